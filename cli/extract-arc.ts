/**
 * Pages out of an ARC file (`.arc`, `.arc.gz`), the Internet Archive's format before WARC, streamed record by record:
 * a version block (`filedesc://…`), then per record a header line `URL IP-address Archive-date Content-type
 * Archive-length` (version 1; version 2 adds fields between the type and the length, which stays last), then
 * Archive-length bytes: for HTTP, the response as served (status line, headers, payload). A `.arc.gz` is one gzip
 * member per record, undone member by member. Records come out as the WARC reader's items (./extract-warc.ts): an
 * HTML or text record is a page with its URL, archive date and HTTP charset; others are skipped with the reason;
 * a record cut short, or a header that is no header, is reported as truncated (the reader cannot find the next
 * record after it). A record's offset is where it starts in the file: in a `.arc.gz`, its gzip member's offset
 * (./gzip-members.ts, as for WARC), which is what a CDX index gives to seek to. A gzip member cut short gives all
 * it holds before the cut, so the records before it are read and the one it breaks is reported as cut short,
 * whatever the timing. A chunked or compressed HTTP body is decoded.
 */
import { ByteReader } from './byte-reader.js'
import { GZIP_MAGIC_BYTES, GzipMembers, startsGzip } from './gzip-members.js'
import { decodeHttpBody, headerValue } from './http-body.js'
import { charsetOf, formatOfMedia, type ArchiveItem, type ArchiveRecord } from './extract-warc.js'

/** A header line longer than this is no ARC header (URLs are at most a few KiB). */
const MAX_HEADER_LINE = 16 * 1024
/** The same bound for one line of an HTTP response head. */
const MAX_HTTP_HEAD = 64 * 1024
/** Fields of a version 1 header line; version 2 has more, the length always last. */
const MIN_HEADER_FIELDS = 5
const VERSION_BLOCK = 'filedesc://'
/** Content types crawlers write when they did not know one: the HTTP head decides then. */
const UNKNOWN_TYPES = new Set(['', '-', 'no-type', 'unk', 'unknown'])

interface ArcHeader { url: string, date: string, contentType: string, length: number }

/** `YYYYMMDDhhmmss` (the archive date; shorter forms are cut at a field) as ISO 8601 UTC. */
export function arcDate (stamp: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?$/.exec(stamp)
  if (m === null) return undefined
  const [, y, mo, d, h = '00', mi = '00', s = '00'] = m
  return `${y}-${mo}-${d}T${h}:${mi}:${s}Z`
}

function parseHeader (line: string): ArcHeader | null {
  const fields = line.trim().split(/ +/)
  if (fields.length < MIN_HEADER_FIELDS) return null
  const length = Number(fields[fields.length - 1])
  if (!Number.isSafeInteger(length) || length < 0) return null
  return { url: fields[0], date: fields[2], contentType: fields[3], length }
}

/**
 * The content type and document of an HTTP response block (chunking and compression undone, ./http-body.ts); null
 * when the block is no HTTP response.
 */
function splitHttp (block: Buffer): { contentType?: string, payload: Buffer } | null {
  if (!block.subarray(0, 5).equals(Buffer.from('HTTP/'))) return null
  const crlf = block.indexOf('\r\n\r\n')
  const lf = block.indexOf('\n\n')
  const ends = [crlf >= 0 ? crlf + 4 : -1, lf >= 0 ? lf + 2 : -1].filter(e => e >= 0 && e <= MAX_HTTP_HEAD)
  if (ends.length === 0) return null
  const end = ends.reduce((least, e) => Math.min(least, e))
  const head = block.subarray(0, end).toString('latin1')
  const contentType = headerValue(head, 'content-type')
  const { payload } = decodeHttpBody(head, block.subarray(end))
  return { ...(contentType !== undefined ? { contentType } : {}), payload }
}

function media (contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim()
}

/** One record's item, the reader placed after its header line. */
async function itemOf (reader: ByteReader, header: ArcHeader, at: ArchiveRecord): Promise<ArchiveItem> {
  const known = !UNKNOWN_TYPES.has(header.contentType.toLowerCase())
  if (known && formatOfMedia(header.contentType) === undefined) {
    const skipped = await reader.skip(header.length)
    if (skipped < header.length) return cutShort(at, header.length - skipped)
    return { kind: 'skip', at, reason: `not HTML or text (${media(header.contentType)})` }
  }
  const block = await reader.take(header.length)
  if (block.length < header.length) return cutShort(at, header.length - block.length)
  const http = splitHttp(block)
  const contentType = http?.contentType ?? (known ? header.contentType : undefined)
  // no type anywhere: DNS answers, crawler notes; a page always comes with one
  if (contentType === undefined) return { kind: 'skip', at, reason: 'no content type' }
  const format = formatOfMedia(contentType)
  if (format === undefined) return { kind: 'skip', at, reason: `not HTML or text (${media(contentType)})` }
  return { kind: 'page', at, payload: http?.payload ?? block, format, charset: charsetOf(contentType) }
}

function cutShort (at: ArchiveRecord, missing: number): ArchiveItem {
  return { kind: 'truncated', at, detail: `The record ends ${missing} bytes before its Archive-length.` }
}

function unreadable (at: ArchiveRecord, detail: string): ArchiveItem {
  return { kind: 'truncated', at, detail }
}

/** The bytes of an ARC, gzip undone when the first bytes say so, and where a byte of them starts in the file. */
async function arcBytes (source: AsyncIterable<Uint8Array>): Promise<{
  bytes: AsyncIterable<Uint8Array>, fileOffset: (plain: number) => number, passed: (plain: number) => void
}> {
  const raw = new ByteReader(source)
  const head = await raw.take(GZIP_MAGIC_BYTES)
  raw.unread(head)
  if (!startsGzip(head)) return { bytes: raw.rest(), fileOffset: plain => plain, passed: () => undefined }
  const members = new GzipMembers(raw.rest())
  return {
    bytes: members.plain(),
    fileOffset: plain => members.memberAt(plain),
    passed: plain => { members.forgetBefore(plain) }
  }
}

/** The records of an ARC stream, in order (see the header). */
export async function * readArc (source: AsyncIterable<Uint8Array>): AsyncGenerator<ArchiveItem> {
  // the record being read, named in the error when the stream breaks inside it
  let current: ArchiveRecord = { record: 'offset 0', offset: 0 }
  try {
    const { bytes, fileOffset, passed } = await arcBytes(source)
    const reader = new ByteReader(bytes)
    const record = (plain: number): ArchiveRecord => {
      const offset = fileOffset(plain)
      return { record: `offset ${offset}`, offset }
    }
    for (;;) {
      current = record(reader.offset)
      while (await reader.peek() === 0x0a || await reader.peek() === 0x0d) await reader.skip(1)
      const start = reader.offset
      passed(start)
      current = record(start)
      const line = await reader.line(MAX_HEADER_LINE)
      if (line === null) {
        if (!await reader.atEnd()) yield unreadable(current, `No ARC header line at byte ${current.offset}.`)
        return
      }
      const header = parseHeader(line.toString('utf8'))
      if (header === null) {
        const shown = JSON.stringify(line.toString('latin1'))
        yield unreadable(current, `No ARC header line at byte ${current.offset}: ${shown}`)
        return
      }
      const at: ArchiveRecord = { ...current, url: header.url }
      const date = arcDate(header.date)
      if (date !== undefined) at.date = date
      current = at
      if (header.url.startsWith(VERSION_BLOCK)) {
        await reader.skip(header.length)
        yield { kind: 'skip', at, reason: 'ARC version block' }
        continue
      }
      const item = await itemOf(reader, header, at)
      yield item
      if (item.kind === 'truncated') return
    }
  } catch (error) {
    const detail = `Unreadable from byte ${current.offset}: ${(error as Error).message}`
    yield { kind: 'truncated', at: current, detail }
  }
}
