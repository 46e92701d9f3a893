/**
 * The `pagewash` command line. `pagewash check FILES...` reads text files (one block per non-blank line), runs the
 * machine-translation flag rules in-process (the same `checkTexts` as `POST /v1/check`) or against a running
 * server (`--server URL`), prints the flags as text, JSON, SARIF 2.1.0 or JUnit XML, and exits
 *   0  no flag at or above the `--fail-on` severity (default `error`),
 *   1  at least one such flag,
 *   2  bad usage or input: unknown option, missing or unreadable file, bad glossary, unknown rule id, server error.
 * `pagewash extract` (./extract.ts) cleans pages, folders and WARC archives into Articles.
 * `main(argv, io)` returns the exit code and never calls process.exit, so tests run it in-process.
 */
import { readFileSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Command, CommanderError, Option } from 'commander'
import { RULES } from '../src/flags/index.js'
import { CheckRequestError, checkTexts, type CheckResult } from '../src/flags/check.js'
import { parseGlossary } from '../src/flags/glossary.js'
import type { Flag, GlossaryEntry, Quality, Severity } from '../src/types.js'
import { addExtractCommand, ExtractUsageError, type ExtractIO } from './extract.js'

export interface CliIO extends ExtractIO {
  stdout: (s: string) => void
  stderr: (s: string) => void
  /** Where relative file names are resolved and reported from (default: process.cwd()). */
  cwd?: string
  fetch?: typeof fetch
}

const defaultIO: CliIO = {
  stdout: s => process.stdout.write(s),
  stderr: s => process.stderr.write(s),
  stderrIsTTY: process.stderr.isTTY
}

export type FailOn = Severity | 'none'
export type Format = 'text' | 'json' | 'sarif' | 'junit'
const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 }

/** A flag with its place in the file: 1-based line and columns (UTF-16 code units, like the offsets). */
export interface LocatedFlag extends Flag {
  line: number
  column: number
  endLine: number
  endColumn: number
}

export interface FileReport {
  file: string
  flags: LocatedFlag[]
  quality: Quality
}

class UsageError extends Error {}

/** The blocks of a text file: every non-blank line, with its 1-based line number. */
export function readBlocks (content: string): Array<{ text: string, line: number }> {
  const text = content.replace(/^\ufeff/, '')
  return text.split('\n').map((raw, i) => ({ text: raw.replace(/\r$/, ''), line: i + 1 })).filter(b => b.text.trim() !== '')
}

function packageVersion (): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 4; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string, version?: string }
      if (pkg.name === 'pagewash') return pkg.version ?? '0.0.0'
    } catch { /* no readable package.json here: look one folder up */ }
    dir = dirname(dir)
  }
  return '0.0.0'
}

function readGlossary (file: string): GlossaryEntry[] {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (e) {
    throw new UsageError(`--glossary ${file}: ${(e as Error).message}`)
  }
  const list = parseGlossary(data)
  if (list === undefined) throw new UsageError(`--glossary ${file}: expected a JSON array of { term, preferred, note? }`)
  return list
}

function parseRules (spec: string | undefined): Record<string, 'off' | Severity> | undefined {
  if (spec === undefined) return undefined
  const out: Record<string, 'off' | Severity> = {}
  for (const part of spec.split(',').map(s => s.trim()).filter(Boolean)) {
    const [id, level] = part.split('=')
    if (id === undefined || ![
      'off', 'error', 'warning', 'info'
    ].includes(level ?? '')) throw new UsageError(`--rules: expected id=off|error|warning|info, got "${part}"`)
    out[id] = level as 'off' | Severity
  }
  return out
}

interface CheckOptions {
  failOn: FailOn
  format: Format
  server?: string
  glossary?: string
  source?: string
  rules?: string
  listRules?: boolean
}

async function checkRemote (server: string, body: unknown, io: CliIO): Promise<CheckResult> {
  const url = new URL('/v1/check', server)
  let res: Response
  try {
    res = await (io.fetch ?? fetch)(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  } catch (e) {
    throw new UsageError(`--server ${server}: ${(e as Error).message}`)
  }
  const answer = await res.json().catch(() => undefined) as (CheckResult & { detail?: string }) | undefined
  if (!res.ok || answer === undefined || !Array.isArray(answer.flags)) {
    throw new UsageError(`--server ${server}: HTTP ${res.status}${answer?.detail !== undefined ? `: ${answer.detail}` : ''}`)
  }
  return answer
}

function locate (flags: Flag[], blocks: Array<{ line: number }>): LocatedFlag[] {
  return flags.map(f => {
    const line = blocks[Number(f.pointer.split('/')[2])]?.line ?? 1
    return { ...f, line, column: f.start + 1, endLine: line, endColumn: f.end + 1 }
  })
}

function displayName (file: string, cwd: string): string {
  const abs = resolve(cwd, file)
  const rel = relative(cwd, abs)
  return rel.startsWith('..') || isAbsolute(rel) ? abs : rel.split(sep).join('/')
}

async function runCheck (files: string[], opts: CheckOptions, io: CliIO): Promise<number> {
  const cwd = io.cwd ?? process.cwd()
  if (opts.listRules === true) {
    io.stdout(renderRuleList(opts.format))
    return 0
  }
  if (files.length === 0) throw new UsageError('no files to check (give FILES..., or --list-rules)')
  const glossary = opts.glossary !== undefined ? readGlossary(resolve(cwd, opts.glossary)) : undefined
  let source: string | undefined
  if (opts.source !== undefined) {
    try { source = readFileSync(resolve(cwd, opts.source), 'utf8') } catch (e) { throw new UsageError(`--source: ${(e as Error).message}`) }
  }
  const rules = parseRules(opts.rules)
  const reports: FileReport[] = []
  for (const file of files) {
    let content: string
    try { content = readFileSync(resolve(cwd, file), 'utf8') } catch (e) { throw new UsageError(`${file}: ${(e as Error).message}`) }
    const blocks = readBlocks(content)
    const request = { blocks: blocks.map(b => ({ text: b.text })), source, glossary, rules }
    let result: CheckResult
    if (opts.server !== undefined) {
      result = await checkRemote(opts.server, request, io)
    } else {
      try { result = checkTexts(request) } catch (e) {
        if (e instanceof CheckRequestError) throw new UsageError(e.message)
        throw e
      }
    }
    reports.push({ file: displayName(file, cwd), flags: locate(result.flags, blocks), quality: result.quality })
  }
  const failing = (f: Flag): boolean => opts.failOn !== 'none' && RANK[f.severity] >= RANK[opts.failOn]
  io.stdout(render(reports, opts, failing))
  return reports.some(r => r.flags.some(failing)) ? 1 : 0
}

function render (reports: FileReport[], opts: CheckOptions, failing: (f: Flag) => boolean): string {
  switch (opts.format) {
    case 'json': return JSON.stringify({ files: reports }, null, 2) + '\n'
    case 'sarif': return JSON.stringify(toSarif(reports), null, 2) + '\n'
    case 'junit': return toJunit(reports, failing)
    default: return toText(reports, failing)
  }
}

export function toText (reports: FileReport[], failing: (f: Flag) => boolean): string {
  const lines: string[] = []
  let total = 0
  let failed = 0
  for (const r of reports) {
    for (const f of r.flags) {
      const fix = f.suggestion !== undefined ? ` → “${f.suggestion}”` : ''
      lines.push(`${r.file}:${f.line}:${f.column}: ${f.severity} [${f.rule}] ${f.message}${fix}`)
    }
    total += r.flags.length
    failed += r.flags.filter(failing).length
    lines.push(`${r.file}: ${r.flags.length} flag${r.flags.length === 1 ? '' : 's'}, quality ${r.quality.score}/100 (${r.quality.flagsPer1000Words} flags per 1,000 words)`)
  }
  lines.push(`${total} flag${total === 1 ? '' : 's'} in ${reports.length} file${reports.length === 1 ? '' : 's'}, ${failed} at or above the --fail-on level`)
  return lines.join('\n') + '\n'
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' }

/**
 * The file's URI in SARIF: relative names stay relative (resolved against the checkout), absolute ones are file: URLs.
 */
function artifactUri (file: string): string {
  return isAbsolute(file) ? pathToFileURL(file).href : file.split('/').map(encodeURIComponent).join('/')
}

export function toSarif (reports: FileReport[]): object {
  const index = new Map(RULES.map((r, i) => [r.id, i]))
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'pagewash',
          version: packageVersion(),
          informationUri: 'https://github.com/pagewash/pagewash/blob/main/docs/rules.md',
          rules: RULES.map(r => ({
            id: r.id,
            name: r.id.replace(/(^|-)(\w)/g, (_, __: string, c: string) => c.toUpperCase()),
            shortDescription: { text: r.description },
            fullDescription: { text: `${r.description} Example: ${r.example.text}` },
            defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
            properties: { category: r.category, tags: [r.category, 'machine-translation'] }
          }))
        }
      },
      columnKind: 'utf16CodeUnits',
      results: reports.flatMap(r => r.flags.map(f => {
        const location = { uri: artifactUri(r.file) }
        const region = { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, snippet: { text: f.text } }
        return {
          ruleId: f.rule,
          ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation: location, region } }],
          ...(f.suggestion !== undefined
            ? {
                fixes: [{
                  description: { text: f.suggestion === '' ? 'Delete the text.' : `Replace with “${f.suggestion}”.` },
                  artifactChanges: [{
                    artifactLocation: location,
                    replacements: [{ deletedRegion: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }, insertedContent: { text: f.suggestion } }]
                  }]
                }]
              }
            : {})
        }
      }))
    }]
  }
}

/** XML 1.0 text: escaped, and without the control characters XML cannot hold. */
export function xml (s: string): string {
  return s.replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '\ufffd')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

/** JUnit XML: one testcase per file; one <failure> per flag at or above --fail-on; the others in <system-out>. */
export function toJunit (reports: FileReport[], failing: (f: Flag) => boolean): string {
  const failures = reports.reduce((n, r) => n + r.flags.filter(failing).length, 0)
  const failedCases = reports.filter(r => r.flags.some(failing)).length
  const out = ['<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="pagewash" tests="${reports.length}" failures="${failedCases}">`,
    `  <testsuite name="pagewash check" tests="${reports.length}" failures="${failedCases}" errors="0" skipped="0">`]
  for (const r of reports) {
    out.push(`    <testcase classname="pagewash.check" name="${xml(r.file)}">`)
    for (const f of r.flags.filter(failing)) {
      const where = `${r.file}:${f.line}:${f.column}`
      const fix = f.suggestion !== undefined ? `\nsuggestion: ${f.suggestion}` : ''
      out.push(`      <failure type="${xml(f.rule)}" message="${xml(`${where} ${f.message}`)}">${xml(`${where}: ${f.severity} [${f.rule}] ${f.message}\ntext: ${f.text}${fix}`)}</failure>`)
    }
    const others = r.flags.filter(f => !failing(f))
    const summary = `quality ${r.quality.score}/100, ${r.quality.flagsPer1000Words} flags per 1,000 words`
    out.push(`      <system-out>${xml([summary, ...others.map(f => `${r.file}:${f.line}:${f.column}: ${f.severity} [${f.rule}] ${f.message}`)].join('\n'))}</system-out>`)
    out.push('    </testcase>')
  }
  out.push('  </testsuite>', '</testsuites>')
  void failures
  return out.join('\n') + '\n'
}

export function renderRuleList (format: Format): string {
  if (format === 'json') {
    return JSON.stringify(RULES.map(r => ({ id: r.id, category: r.category, severity: r.severity, lang: r.lang, description: r.description })), null, 2) + '\n'
  }
  const width = Math.max(...RULES.map(r => r.id.length))
  return RULES.map(r => `${r.id.padEnd(width)}  ${r.category.padEnd(14)}  ${r.severity.padEnd(7)}  ${r.description}`).join('\n') + '\n'
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
    .option('--source <file>', 'the Chinese source text, for bilingual checks (numbers, copied Chinese, glossary terms)')
    .option('--rules <spec>', 'per-rule settings, e.g. "spacing-hyphen=off,terminology-calque=error"')
    .option('--list-rules', 'list the rules and exit')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .action(async (files: string[], opts: CheckOptions) => {
      code = await runCheck(files, opts, io)
    })
  addExtractCommand(program, io, c => { code = c })
  try {
    await program.parseAsync(argv, { from: 'user' })
    return code
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? 0 : 2
    }
    if (e instanceof UsageError || e instanceof ExtractUsageError) {
      io.stderr(`pagewash: ${e.message}\n`)
      return 2
    }
    throw e
  }
}
