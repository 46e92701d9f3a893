/**
 * Writes WARC files from pages, for the extract tests and the extract bench (warcio's serializer): each page a
 * `response` record with its HTTP status line and headers, gzip per record for `.warc.gz`. Records are written
 * one at a time, so a large archive never sits in memory.
 */
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { WARCRecord, WARCSerializer } from 'warcio'

export interface WarcPage {
  url: string
  /** The payload as it was served (any charset). */
  body: Uint8Array
  /** HTTP Content-Type, e.g. `text/html; charset=gbk`. */
  contentType: string
  date?: string
  /** Record type (default `response`). */
  type?: 'response' | 'resource' | 'request' | 'metadata'
}

export async function serializeRecord (page: WarcPage, gzip: boolean): Promise<Uint8Array> {
  const type = page.type ?? 'response'
  const http = type === 'response'
    ? { statusline: 'HTTP/1.1 200 OK', httpHeaders: { 'Content-Type': page.contentType } }
    : { warcHeaders: { 'Content-Type': page.contentType } }
  const date = page.date ?? '2024-05-01T10:00:00Z'
  const record = WARCRecord.create({ url: page.url, date, type, ...http }, [page.body])
  return await WARCSerializer.serialize(record, { gzip })
}

/** Writes the pages to `file` as a WARC (gzipped per record when the name ends in `.gz`). */
export async function writeWarc (file: string, pages: Iterable<WarcPage> | AsyncIterable<WarcPage>): Promise<void> {
  const out = createWriteStream(file)
  const gzip = file.endsWith('.gz')
  for await (const page of pages) {
    if (!out.write(await serializeRecord(page, gzip))) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
}
