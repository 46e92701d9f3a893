/**
 * The inputs of `pagewash extract`, enumerated lazily: files, folders (recursive, by extension), `-` for standard
 * input, gzip undone transparently (by its magic bytes), and WARC files record by record (./extract-warc.ts).
 * Each item is a page to run, something skipped (with why), or a problem naming where it happened; a bad input
 * never stops the enumeration.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { PageInput } from '../src/pipeline.js'
import type { InputFormat } from '../src/types.js'
import { readWarc } from './extract-warc.js'

/** Where a page came from: a file, or a record of an archive file. */
export interface PageOrigin {
  file: string
  record?: string
  offset?: number
  url?: string
  date?: string
}

/** A problem with one input, in the shape of the server's problem details (`type` under the same base). */
export interface PageProblem {
  type: string
  title: string
  detail: string
}

export type SourceItem =
  | { kind: 'page', origin: PageOrigin, input: PageInput }
  | { kind: 'skip', origin: PageOrigin, reason: string }
  | { kind: 'error', origin: PageOrigin, problem: PageProblem }

export const PROBLEM_BASE = 'https://pagewash.dev/problems/'

/** Problems of the inputs themselves (the pipeline's own are the server's: `unprocessable-content`, …). */
export const INPUT_PROBLEMS = {
  'unreadable-input': 'The input could not be read',
  'truncated-record': 'The archive record is cut short',
  'payload-too-large': 'Payload too large',
  'unsupported-archive': 'The archive format is not read'
} as const

export function inputProblem (slug: keyof typeof INPUT_PROBLEMS, detail: string): PageProblem {
  return { type: PROBLEM_BASE + slug, title: INPUT_PROBLEMS[slug], detail }
}

const PAGE_EXTENSIONS: Record<string, InputFormat> = {
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.shtml': 'html', '.txt': 'text'
}
const WARC = /\.warc(?:\.gz)?$/i
/** The older Internet Archive format: reported, not read (the WARC reader reads WARC only). */
const ARC = /\.arc(?:\.gz)?$/i
const GZIP_MAGIC = [0x1f, 0x8b]

/** The format a file name implies, `.gz` looked through; `auto` for names that say nothing. */
export function formatOfName (name: string): InputFormat | 'auto' {
  const m = /(\.[a-z]+)(?:\.gz)?$/i.exec(name)
  return m === null ? 'auto' : PAGE_EXTENSIONS[m[1].toLowerCase()] ?? 'auto'
}

/** Pages and archives a folder walk picks up (other files are not pages: images, scripts, …). */
export function isWanted (name: string): boolean {
  return WARC.test(name) || ARC.test(name) || formatOfName(name) !== 'auto'
}

/** Undoes gzip, never inflating past `limit` bytes (a gzip bomb stops there): null when the page is larger. */
function gunzipIfGzip (bytes: Buffer, limit: number): Buffer | null {
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) return bytes.length > limit ? null : bytes
  try {
    return gunzipSync(bytes, { maxOutputLength: limit })
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return null
    throw error
  }
}

export interface SourceOptions {
  cwd: string
  /** Largest page in bytes (after gzip); larger ones are a `payload-too-large` problem. */
  maxPageBytes: number
  readStdin: () => Promise<Buffer>
}

/** Every wanted file below a folder, sorted, as paths relative to `cwd` where possible. */
function walk (dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...walk(path))
    else if (entry.isFile() && isWanted(entry.name)) out.push(path)
  }
  return out
}

function displayName (path: string, cwd: string): string {
  const rel = relative(cwd, path)
  return rel.startsWith('..') ? path : rel.split(sep).join('/')
}

/** The files the arguments name (folders expanded); a path that does not exist is kept, to be reported. */
export function expandPaths (paths: string[], cwd: string): string[] {
  return paths.flatMap(p => {
    if (p === '-') return ['-']
    const abs = resolve(cwd, p)
    let isDir = false
    try { isDir = statSync(abs).isDirectory() } catch {}
    return isDir ? walk(abs) : [abs]
  })
}

/** The number of pages when it is known before reading (no archives among the files). */
export function knownTotal (files: string[]): number | undefined {
  return files.some(f => WARC.test(f)) ? undefined : files.length
}

function pageOf (bytes: Buffer, origin: PageOrigin, format: InputFormat | 'auto', opts: SourceOptions): SourceItem {
  let content: Buffer | null
  try {
    content = gunzipIfGzip(bytes, opts.maxPageBytes)
  } catch (error) {
    return { kind: 'error', origin, problem: inputProblem('unreadable-input', `gzip: ${(error as Error).message}`) }
  }
  if (content === null) {
    const detail = `The page is larger than the limit of ${opts.maxPageBytes} bytes.`
    return { kind: 'error', origin, problem: inputProblem('payload-too-large', detail) }
  }
  return { kind: 'page', origin, input: { content, format } }
}

async function * archiveItems (path: string, file: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  for await (const item of readWarc(path)) {
    const origin: PageOrigin = { file, ...item.at }
    if (item.kind === 'skip') yield { kind: 'skip', origin, reason: item.reason }
    else if (item.kind === 'truncated') {
      yield { kind: 'error', origin, problem: inputProblem('truncated-record', item.detail) }
    } else {
      const page = pageOf(Buffer.from(item.payload), origin, item.format, opts)
      if (page.kind === 'page') page.input = { ...page.input, charset: item.charset, url: item.at.url }
      yield page
    }
  }
}

/** Every input item of the given files (from `expandPaths`), in order. */
export async function * enumerate (files: string[], opts: SourceOptions): AsyncGenerator<SourceItem> {
  for (const path of files) {
    const file = path === '-' ? '-' : displayName(path, opts.cwd)
    if (ARC.test(path)) {
      const detail = 'ARC files are not read; convert them to WARC first (e.g. with arc2warc from warctools).'
      yield { kind: 'error', origin: { file }, problem: inputProblem('unsupported-archive', detail) }
      continue
    }
    if (path !== '-' && WARC.test(path)) {
      try {
        yield * archiveItems(path, file, opts)
      } catch (error) {
        yield { kind: 'error', origin: { file }, problem: inputProblem('unreadable-input', (error as Error).message) }
      }
      continue
    }
    let bytes: Buffer
    try {
      if (path !== '-' && statSync(path).size > opts.maxPageBytes) {
        const detail = `The file is larger than the limit of ${opts.maxPageBytes} bytes.`
        yield { kind: 'error', origin: { file }, problem: inputProblem('payload-too-large', detail) }
        continue
      }
      bytes = path === '-' ? await opts.readStdin() : readFileSync(path)
    } catch (error) {
      yield { kind: 'error', origin: { file }, problem: inputProblem('unreadable-input', (error as Error).message) }
      continue
    }
    yield pageOf(bytes, { file }, path === '-' ? 'auto' : formatOfName(path), opts)
  }
}
