/**
 * Writes ARC (version 1) files from pages, for the extract tests: the version block, then per page a header line
 * `URL IP-address Archive-date Content-type Archive-length` and the HTTP response as served (status line,
 * Content-Type, payload); one gzip member per record for `.arc.gz`, as the Internet Archive's crawlers wrote them.
 */
import { gzipSync } from 'node:zlib'
import type { WarcPage } from './warc-write.js'

/** The address field: the writer does not resolve hosts. */
const NO_ADDRESS = '0.0.0.0'
const VERSION_BODY = '1 0 pagewash\nURL IP-address Archive-date Content-type Archive-length\n'

/** `2024-05-01T10:00:00Z` as the archive date `20240501100000`. */
export function arcStamp (iso: string): string {
  return iso.replace(/[^0-9]/g, '').slice(0, 14)
}

function record (url: string, stamp: string, media: string, block: Buffer): Buffer {
  const header = `${url} ${NO_ADDRESS} ${stamp} ${media} ${block.length}\n`
  return Buffer.concat([Buffer.from(header), block, Buffer.from('\n')])
}

/** The records of an ARC file, one buffer each (gzipped each when `gzip`), the version block first. */
export function arcRecords (name: string, pages: WarcPage[], gzip: boolean): Buffer[] {
  const first = pages[0]?.date ?? '2024-05-01T10:00:00Z'
  const out = [record(`filedesc://${name}`, arcStamp(first), 'text/plain', Buffer.from(VERSION_BODY))]
  for (const page of pages) {
    const head = `HTTP/1.1 200 OK\r\nContent-Type: ${page.contentType}\r\nContent-Length: ${page.body.length}\r\n\r\n`
    const media = page.contentType.split(';')[0].trim()
    out.push(record(page.url, arcStamp(page.date ?? first), media, Buffer.concat([Buffer.from(head), page.body])))
  }
  return gzip ? out.map(r => gzipSync(r)) : out
}
