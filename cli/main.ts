/**
 * The `pagewash` command line: `check` (./check.ts) flags machine-translation problems in text files and exits
 *   0  no flag at or above the `--fail-on` severity (default `error`),
 *   1  at least one such flag,
 *   2  bad usage or input: unknown option, missing or unreadable file, bad glossary, unknown rule id, server error;
 * `extract` (./extract.ts) cleans pages, folders and WARC archives into Articles.
 * `main(argv, io)` returns the exit code and never calls process.exit, so tests run it in-process. Each command's
 * code is loaded when it runs, so that `extract` does not load the flag rules and their language model here.
 */
import { Command, CommanderError, Option } from 'commander'
import type { CheckIO, CheckOptions } from './check.js'
import { addExtractCommand, ExtractUsageError, type ExtractIO } from './extract.js'
import { UsageError } from './usage-error.js'
import { packageVersion } from './version.js'

export interface CliIO extends ExtractIO, CheckIO {
  stderr: (s: string) => void
}

/** Commander's exits that answered what was asked (help or version): success. */
const HELP_OR_VERSION = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help'])

const defaultIO: CliIO = {
  stdout: s => process.stdout.write(s),
  stderr: s => process.stderr.write(s),
  stderrIsTTY: process.stderr.isTTY
}

export async function main (argv: string[], io: CliIO = defaultIO): Promise<number> {
  const program = new Command('pagewash')
    .description('Clean news pages and flag machine-translation problems.')
    .version(packageVersion())
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
  let code = 0
  program.command('check')
    .description('Flag machine-translation problems in text files (one block per non-blank line).')
    .argument('[files...]', 'text files to check')
    .addOption(new Option('--fail-on <level>', 'exit 1 when a flag at or above this severity is found').choices([
      'error', 'warning', 'info', 'none'
    ]).default('error'))
    .addOption(new Option('--format <format>', 'output format').choices([
      'text', 'json', 'sarif', 'junit'
    ]).default('text'))
    .option('--server <url>', 'check against a running pagewash server (POST /v1/check) instead of in-process')
    .option('--glossary <file>', 'JSON glossary: [{ "term": ..., "preferred": ..., "note"?: ... }]')
    .option('--source <file>',
      'the Chinese source text, for bilingual checks (numbers, copied Chinese, glossary terms)')
    .option('--rules <spec>', 'per-rule settings, e.g. "spacing-hyphen=off,terminology-calque=error"')
    .option('--list-rules', 'list the rules and exit')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .action(async (files: string[], opts: CheckOptions) => {
      const { runCheck } = await import('./check.js')
      code = await runCheck(files, opts, io)
    })
  addExtractCommand(program, io, c => { code = c })
  try {
    await program.parseAsync(argv, { from: 'user' })
    return code
  } catch (e) {
    if (e instanceof CommanderError) {
      return HELP_OR_VERSION.has(e.code) ? 0 : 2
    }
    if (e instanceof UsageError || e instanceof ExtractUsageError) {
      io.stderr(`pagewash: ${e.message}\n`)
      return 2
    }
    throw e
  }
}
