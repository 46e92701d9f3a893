/**
 * `pagewash extract [inputs...]`: the service's pipeline, in-process, over files, folders, standard input and
 * WARC and ARC archives (./extract-sources.ts), on `--jobs` threads (./extract-runner.ts). Output: NDJSON on standard
 * output, one line per page, `{page, article}` or `{page, problem}` (`page` names the file, the archive record
 * and its URL), or with `--out DIR` one JSON or Markdown file per page. Pages come out in input order. A bad page
 * is reported and skipped; the exit code is 1 when any page failed, 0 otherwise (2 for bad usage).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { basename, dirname, isAbsolute, join, resolve } from 'node:path'
import { Command, Option } from 'commander'
import { toProblem } from '../plugins/errors.js'
import { renderMarkdown } from '../src/render/markdown.js'
import type { PageResult } from '../src/pipeline.js'
import { createPoolRunner, type PageRunner } from './extract-runner.js'
import {
  enumerate, expandPaths, knownTotal, type PageOrigin, type PageProblem, type SourceItem
} from './extract-sources.js'
import { Progress } from './extract-progress.js'
import { Summary } from './extract-summary.js'

export interface ExtractIO {
  stdout: (s: string) => void
  stderr: (s: string) => void
  cwd?: string
  /** Standard input as a stream (a page, read whole, or a WARC or ARC, read record by record). */
  stdin?: () => AsyncIterable<Uint8Array>
  /** Whether standard error is a terminal (a redrawn progress bar) or not (plain lines). */
  stderrIsTTY?: boolean
}

export interface ExtractOptions {
  out?: string
  format: 'json' | 'markdown'
  jobs: string
  quiet?: boolean
  footnotes?: boolean
  maxPageBytes: string
  deadline: string
}

/** The server's default body limit (`BODY_LIMIT`): the same page is refused by both. */
const DEFAULT_MAX_PAGE_BYTES = 5 * 1024 * 1024
/**
 * Pages in flight per job. Output keeps input order, so a slow page at the head of the window holds back the
 * pages behind it; 16 keeps the workers fed behind one (4 gave 61-63 pages/s on `npm run bench extract --jobs 1`
 * where 16 gave 66-69, alternating on a quiet machine), and memory stays bounded: at most 16 x jobs payloads of
 * `--max-page-bytes` are held, and the 2 GiB run's resident set stayed at 546-965 MiB as with 4.
 */
const IN_FLIGHT_PER_JOB = 16
/** The server's default deadline per page (`PAGE_DEADLINE_MS`). */
const DEFAULT_DEADLINE_MS = 10_000

export class ExtractUsageError extends Error {}

type Outcome =
  | { kind: 'ok', origin: PageOrigin, result: PageResult }
  | { kind: 'error', origin: PageOrigin, problem: PageProblem }
  | { kind: 'skip', origin: PageOrigin, reason: string }

/** A pipeline error as the server reports it; an internal error keeps its message (no client to hide it from). */
export function problemOf (error: unknown): PageProblem {
  const p = toProblem(error)
  return { type: p.type, title: p.title, detail: p.status >= 500 ? `${(error as Error).message}` : p.detail }
}

async function settle (item: SourceItem, runner: PageRunner): Promise<Outcome> {
  if (item.kind !== 'page') return item
  try {
    return { kind: 'ok', origin: item.origin, result: await runner.run(item.input) }
  } catch (error) {
    return { kind: 'error', origin: item.origin, problem: problemOf(error) }
  }
}

function where (o: PageOrigin): string {
  return [o.file, o.record, o.url].filter(x => x !== undefined).join(' ')
}

/** Names of the per-page files under `--out`: a file keeps its relative path, archive records are numbered. */
class OutNames {
  private readonly seq = new Map<string, number>()
  constructor (private readonly dir: string, private readonly ext: string) {}

  next (o: PageOrigin): string {
    const stem = (o.file === '-' ? 'stdin' : isAbsolute(o.file) ? basename(o.file) : o.file)
      .replace(/(?:\.[a-z]+)?(?:\.gz)?$/i, '')
    if (o.record === undefined) return join(this.dir, stem + this.ext)
    const n = (this.seq.get(o.file) ?? 0) + 1
    this.seq.set(o.file, n)
    return join(this.dir, stem, String(n).padStart(6, '0') + this.ext)
  }
}

function wholeNumber (given: string, name: string): number {
  const n = Number(given)
  if (!Number.isInteger(n) || n < 1) {
    throw new ExtractUsageError(`${name}: expected a whole number >= 1, got "${given}"`)
  }
  return n
}

export async function runExtract (paths: string[], opts: ExtractOptions, io: ExtractIO): Promise<number> {
  const cwd = io.cwd ?? process.cwd()
  const jobs = wholeNumber(opts.jobs, '--jobs')
  const maxPageBytes = wholeNumber(opts.maxPageBytes, '--max-page-bytes')
  if (paths.length === 0) {
    throw new ExtractUsageError('no inputs (give files, folders, WARC or ARC files, or - for standard input)')
  }
  const files = expandPaths(paths, cwd)
  const progress = new Progress({
    write: io.stderr, tty: io.stderrIsTTY === true, quiet: opts.quiet === true, total: knownTotal(files)
  })
  const summary = new Summary()
  const ext = opts.format === 'json' ? '.json' : '.md'
  const names = opts.out === undefined ? undefined : new OutNames(resolve(cwd, opts.out), ext)
  const stdin = io.stdin ?? (() => process.stdin)
  const deadlineMs = wholeNumber(opts.deadline, '--deadline')
  const runner = createPoolRunner({ jobs, deadlineMs, maxQueue: jobs * IN_FLIGHT_PER_JOB })
  const started = performance.now()
  const emit = (o: Outcome): void => {
    if (o.kind === 'skip') {
      summary.skip(o.reason)
      return
    }
    progress.page(o.kind === 'ok')
    if (o.kind === 'error') {
      summary.error(o.problem)
      progress.log(`pagewash: ${where(o.origin)}: ${o.problem.type.replace(/^.*\//, '')}: ${o.problem.detail}`)
    } else {
      summary.article(o.result.article)
    }
    write(o, opts, names, io)
  }
  try {
    const window: Array<Promise<Outcome>> = []
    for await (const item of enumerate(files, { cwd, maxPageBytes, stdin })) {
      window.push(settle(item, runner))
      if (window.length >= jobs * IN_FLIGHT_PER_JOB) emit(await window.shift()!)
    }
    for (const pending of window) emit(await pending)
  } finally {
    await runner.close()
  }
  progress.end()
  if (opts.quiet !== true) io.stderr(summary.render((performance.now() - started) / 1000))
  return summary.errorCount > 0 ? 1 : 0
}

type Written = Exclude<Outcome, { kind: 'skip' }>

function write (o: Written, opts: ExtractOptions, names: OutNames | undefined, io: ExtractIO): void {
  const record = o.kind === 'ok'
    ? { page: o.origin, article: o.result.article }
    : { page: o.origin, problem: o.problem }
  if (names === undefined) {
    if (opts.format === 'json') io.stdout(JSON.stringify(record) + '\n')
    else if (o.kind === 'ok') io.stdout(markdownOf(o, opts))
    return
  }
  if (o.kind === 'error') return
  const file = names.next(o.origin)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, opts.format === 'json' ? JSON.stringify(record, null, 2) + '\n' : markdownOf(o, opts))
}

function markdownOf (o: Extract<Outcome, { kind: 'ok' }>, opts: ExtractOptions): string {
  const given = Object.entries(o.origin).filter(([, v]) => v !== undefined)
  const meta = Object.fromEntries(given) as Record<string, string | number>
  return renderMarkdown(o.result.article, { footnotes: opts.footnotes === true, meta })
}

/** Adds `extract` to the program; `done` receives the exit code. */
export function addExtractCommand (program: Command, io: ExtractIO, done: (code: number) => void): void {
  program.command('extract')
    .description('Clean pages into Articles: files, folders (recursive), - for standard input, ' +
      'WARC and ARC files (.warc, .warc.gz, .arc, .arc.gz); - reads a page, a WARC or an ARC.')
    .argument('[inputs...]', 'files, folders, WARC or ARC files, or -')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'markdown']).default('json'))
    .option('--out <dir>', 'write one file per page into this folder instead of NDJSON on standard output')
    .option('--jobs <n>', 'pages processed in parallel (worker threads)', String(availableParallelism()))
    .option('--footnotes', 'Markdown: the flags as footnotes')
    .option('--deadline <ms>', 'a page still running after this many ms is stopped (page-too-complex)',
      String(DEFAULT_DEADLINE_MS))
    .option('--max-page-bytes <n>', 'larger pages are reported and skipped', String(DEFAULT_MAX_PAGE_BYTES))
    .option('-q, --quiet', 'no progress and no summary on standard error (errors are still reported)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .action(async (inputs: string[], opts: ExtractOptions) => {
      done(await runExtract(inputs, opts, io))
    })
}
