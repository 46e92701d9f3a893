/**
 * The inputs of `pagewash extract`, enumerated lazily: files, folders (recursive, by extension), `-` for standard
 * input (a page, a WARC or an ARC, told by its first bytes: ./extract-sniff.ts), gzip undone transparently (by its
 * magic bytes), and WARC and ARC files record by record (./extract-warc.ts, ./extract-arc.ts).
 * Each item is a page to run, something skipped (with why), or a problem naming where it happened; a bad input
 * never stops the enumeration.
 */
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { PageInput } from '../src/pipeline.js'
import type { InputFormat } from '../src/types.js'
import { asBuffer } from './byte-reader.js'
import { readArc } from './extract-arc.js'
import { startsGzip } from './gzip-members.js'
import { readUpTo, sniffStream, type StreamKind } from './extract-sniff.js'
import { readWarc, type ArchiveItem } from './extract-warc.js'

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
  'payload-too-large': 'Payload too large'
} as const

export function inputProblem (slug: keyof typeof INPUT_PROBLEMS, detail: string): PageProblem {
  return { type: PROBLEM_BASE + slug, title: INPUT_PROBLEMS[slug], detail }
}

const PAGE_EXTENSIONS: Record<string, InputFormat> = {
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.shtml': 'html', '.txt': 'text'
}
const WARC = /\.warc(?:\.gz)?$/i
/** The Internet Archive's format before WARC. */
const ARC = /\.arc(?:\.gz)?$/i

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
  if (!startsGzip(bytes)) return bytes.length > limit ? null : bytes
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
  /** Standard input, as a stream of chunks (read only when `-` is among the inputs). */
  stdin: () => AsyncIterable<Uint8Array>
}

/** Every wanted file below a folder, sorted, as paths relative to `cwd` where possible. */
function walk (dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) for (const file of walk(path)) out.push(file)
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
    try { isDir = statSync(abs).isDirectory() } catch { /* missing or unreadable: read as a file, which reports it */ }
    return isDir ? walk(abs) : [abs]
  })
}

/** The number of pages when it is known before reading (no archives among the files). */
export function knownTotal (files: string[]): number | undefined {
  return files.some(f => f === '-' || WARC.test(f) || ARC.test(f)) ? undefined : files.length
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

type ArchiveReader = (source: AsyncIterable<Uint8Array>) => AsyncGenerator<ArchiveItem>
const ARCHIVE_READERS: Record<Exclude<StreamKind, 'page'>, ArchiveReader> = { warc: readWarc, arc: readArc }

/** The page of an archive record, with the record's hints: URL, HTTP charset, and its date as the fetch time. */
function recordPage (
  item: Extract<ArchiveItem, { kind: 'page' }>, origin: PageOrigin, opts: SourceOptions
): SourceItem {
  const page = pageOf(asBuffer(item.payload), origin, item.format, opts)
  if (page.kind !== 'page') return page
  const { url, date } = item.at
  page.input = {
    ...page.input, charset: item.charset, url, ...(date !== undefined ? { fetchedAt: date } : {})
  }
  return page
}

async function * archiveItems (
  kind: keyof typeof ARCHIVE_READERS, source: AsyncIterable<Uint8Array>, file: string, opts: SourceOptions
): AsyncGenerator<SourceItem> {
  try {
    for await (const item of ARCHIVE_READERS[kind](source)) {
      const origin: PageOrigin = { file, ...item.at }
      if (item.kind === 'skip') yield { kind: 'skip', origin, reason: item.reason }
      else if (item.kind === 'truncated') {
        yield { kind: 'error', origin, problem: inputProblem('truncated-record', item.detail) }
      } else yield recordPage(item, origin, opts)
    }
  } catch (error) {
    yield { kind: 'error', origin: { file }, problem: inputProblem('unreadable-input', (error as Error).message) }
  }
}

/** Standard input: an archive read record by record, or one page (read whole, up to the page limit). */
async function * stdinItems (opts: SourceOptions): AsyncGenerator<SourceItem> {
  const origin = { file: '-' }
  const { kind, bytes } = await sniffStream(opts.stdin())
  if (kind !== 'page') {
    yield * archiveItems(kind, bytes, '-', opts)
    return
  }
  const page = await readUpTo(bytes, opts.maxPageBytes)
  if (page === null) {
    const detail = `Standard input is larger than the limit of ${opts.maxPageBytes} bytes.`
    yield { kind: 'error', origin, problem: inputProblem('payload-too-large', detail) }
  } else yield pageOf(page, origin, 'auto', opts)
}

/** One file: an archive by its name, else a page. */
async function * fileItems (path: string, file: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const archive = WARC.test(path) ? 'warc' : ARC.test(path) ? 'arc' : undefined
  if (archive !== undefined) {
    yield * archiveItems(archive, createReadStream(path), file, opts)
    return
  }
  let bytes: Buffer
  try {
    if (statSync(path).size > opts.maxPageBytes) {
      const detail = `The file is larger than the limit of ${opts.maxPageBytes} bytes.`
      yield { kind: 'error', origin: { file }, problem: inputProblem('payload-too-large', detail) }
      return
    }
    bytes = readFileSync(path)
  } catch (error) {
    yield { kind: 'error', origin: { file }, problem: inputProblem('unreadable-input', (error as Error).message) }
    return
  }
  yield pageOf(bytes, { file }, formatOfName(path), opts)
}

/** Every input item of the given files (from `expandPaths`), in order. */
export async function * enumerate (files: string[], opts: SourceOptions): AsyncGenerator<SourceItem> {
  for (const path of files) {
    if (path === '-') yield * stdinItems(opts)
    else yield * fileItems(path, displayName(path, opts.cwd), opts)
  }
}
