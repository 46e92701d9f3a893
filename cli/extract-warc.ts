/**
 * Pages out of a WARC stream (a `.warc` or `.warc.gz` file, or standard input), record by record with warcio's
 * parser: the file is never in memory, one record's payload at a time is. `response` (and `resource`) records
 * whose payload is HTML or text become pages, with the record's URL, date and id, and the charset of the HTTP
 * `Content-Type` as the declared charset; every other record is accounted for as skipped (with the reason) or as
 * an error (a record cut short, bytes at the end that are no record). A `.warc.gz` is undone by Node's zlib member by
 * member (./gzip-members.ts), off the main thread, and each record's offset is its gzip member's in the file.
 */
import { WARCParser, type WARCRecord } from 'warcio'
import type { InputFormat } from '../src/types.js'
import { ByteReader } from './byte-reader.js'
import { GZIP_MAGIC_BYTES, GzipMembers, startsGzip } from './gzip-members.js'

export interface ArchiveRecord {
  /** `WARC-Record-ID` (`<urn:uuid:…>`), or the record's byte offset when it has none. */
  record: string
  /** Byte offset of the record in the file (of its gzip member in a `.warc.gz`). */
  offset: number
  url?: string
  date?: string
}

export type ArchiveItem =
  | { kind: 'page', at: ArchiveRecord, payload: Uint8Array, format: InputFormat | 'auto', charset?: string }
  | { kind: 'skip', at: ArchiveRecord, reason: string }
  | { kind: 'truncated', at: ArchiveRecord, detail: string }

/** Record types that carry a captured document. */
const PAGE_RECORD_TYPES = new Set(['response', 'resource'])

/** The format of a payload by its media type; undefined when it is no page (images, scripts, JSON, …). */
export function formatOfMedia (contentType: string | undefined): InputFormat | 'auto' | undefined {
  const media = (contentType ?? '').split(';')[0].trim().toLowerCase()
  if (media === '') return 'auto'
  if (media === 'text/html' || media === 'application/xhtml+xml') return 'html'
  if (media === 'text/plain') return 'text'
  return undefined
}

export function charsetOf (contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')
  return m === null ? undefined : m[1]
}

function describe (record: WARCRecord, offset: number): ArchiveRecord {
  return {
    record: record.warcHeader('WARC-Record-ID') ?? `offset ${offset}`,
    offset,
    ...(record.warcTargetURI != null ? { url: record.warcTargetURI } : {}),
    ...(record.warcDate != null ? { date: record.warcDate } : {})
  }
}

/** The payload's media type: the HTTP header of a `response`, the WARC `Content-Type` of a `resource`. */
function payloadType (record: WARCRecord): string | undefined {
  if (record.warcType === 'response') return record.httpHeaders?.headers.get('content-type') ?? undefined
  return record.warcContentType ?? undefined
}

/** Bytes of the block the parser still expected when the stream ended (0 for a whole record). */
function missingBytes (record: WARCRecord): number {
  // the raw block reader (warcio's LimitReader), which counts down what is left; `record.reader` refuses access
  // once the content was read
  const reader = record._reader as { limit?: unknown }
  return typeof reader.limit === 'number' ? reader.limit : 0
}

async function itemOf (record: WARCRecord, at: ArchiveRecord): Promise<ArchiveItem> {
  if (!PAGE_RECORD_TYPES.has(record.warcType)) {
    await record.skipFully()
    return { kind: 'skip', at, reason: `${record.warcType} record` }
  }
  const contentType = payloadType(record)
  const format = formatOfMedia(contentType)
  if (format === undefined) {
    await record.skipFully()
    return { kind: 'skip', at, reason: `not HTML or text (${(contentType ?? '').split(';')[0].trim()})` }
  }
  const payload = await record.readFully(true)
  const missing = missingBytes(record)
  if (missing > 0) {
    return { kind: 'truncated', at, detail: `The record ends ${missing} bytes before its Content-Length.` }
  }
  return { kind: 'page', at, payload, format, charset: charsetOf(contentType) }
}

/** Each record ends with two CRLFs, which the parser does not count in the record's length. */
const RECORD_TRAILER_BYTES = 4

/** Counts the bytes of a stream as they pass (a file's size, or standard input's, known at its end). */
function counted (source: AsyncIterable<Uint8Array>): { bytes: AsyncGenerator<Uint8Array>, total: () => number } {
  let total = 0
  async function * bytes (): AsyncGenerator<Uint8Array> {
    for await (const chunk of source) {
      total += chunk.length
      yield chunk
    }
  }
  return { bytes: bytes(), total: () => total }
}

/** Where the parser's offsets point in the file: the same bytes, or the gzip members they were undone from. */
interface Offsets {
  /** The file offset of the record that starts at `plain`. */
  recordAt: (plain: number) => number
  /** The file offset of what follows `plain`, the end of a record. */
  after: (plain: number) => number
  /** The records before `plain` will not be asked about again. */
  passed: (plain: number) => void
  /** Bytes of the file after `plain` (the end of the last record) that are no record. */
  leftAfter: (plain: number) => number
}

/** The bytes for warcio's parser, and how its offsets map to the file's. */
interface OpenedWarc { bytes: AsyncIterable<Uint8Array>, offsets: Offsets }

async function openWarc (source: AsyncIterable<Uint8Array>): Promise<OpenedWarc> {
  const reader = new ByteReader(source)
  const head = await reader.take(GZIP_MAGIC_BYTES)
  reader.unread(head)
  if (startsGzip(head)) {
    const members = new GzipMembers(reader.rest())
    const offsets: Offsets = {
      recordAt: plain => members.memberAt(plain),
      // the trailer's CRLFs are inside the record's member: its end is where the next member starts
      after: plain => members.offsetAfter(plain),
      passed: plain => { members.forgetBefore(plain) },
      leftAfter: plain => members.packedBytes - members.offsetAfter(plain)
    }
    return { bytes: members.plain(), offsets }
  }
  const input = counted(reader.rest())
  const same = (plain: number): number => plain
  const offsets: Offsets = {
    recordAt: same,
    after: same,
    // nothing is kept per record of a plain file
    passed: () => undefined,
    leftAfter: plain => {
      const left = input.total() - plain
      return left > RECORD_TRAILER_BYTES ? left : 0
    }
  }
  return { bytes: input.bytes, offsets }
}

function unreadable (offset: number, detail: string): ArchiveItem {
  return { kind: 'truncated', at: { record: `offset ${offset}`, offset }, detail }
}

/** The records of a WARC stream, in order; bytes after the last readable record are reported as truncated. */
export async function * readWarc (source: AsyncIterable<Uint8Array>): AsyncGenerator<ArchiveItem> {
  const { bytes, offsets } = await openWarc(source)
  const parser = new WARCParser(bytes)
  let end = 0
  try {
    for await (const record of parser) {
      const offset = offsets.recordAt(parser.offset)
      offsets.passed(parser.offset)
      yield await itemOf(record, describe(record, offset))
      end = parser.offset + parser.recordLength
    }
  } catch (error) {
    const at = offsets.after(end)
    yield unreadable(at, `Unreadable from byte ${at}: ${(error as Error).message}`)
    return
  }
  const left = offsets.leftAfter(end)
  if (left > 0) {
    yield unreadable(offsets.after(end), `${left} bytes at the end of the file are no complete record.`)
  }
}
