/**
 * HTTP bodies as ARC files keep them (./cli/http-body.ts): chunked transfer coding and gzip, deflate or brotli
 * content coding undone on real pages, bodies whose headers lie kept as they are, and an ARC of chunked and
 * compressed responses read back to the pages that were served.
 */
import t from 'tap'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib'
import { readArc } from '../cli/extract-arc.js'
import { decodeHttpBody, dechunk, MAX_DECODED_BYTES } from '../cli/http-body.js'
import { ROOT } from './helpers.js'

const page = readFileSync(join(ROOT, 'test/fixtures/html/gov-trs.nodecl.gbk.html'))

/** `body` in chunked transfer coding, in chunks of `size` bytes, with a chunk extension on the first. */
function chunked (body: Buffer, size: number): Buffer {
  const parts: Buffer[] = []
  for (let at = 0; at < body.length; at += size) {
    const chunk = body.subarray(at, at + size)
    const extension = at === 0 ? ';name=value' : ''
    parts.push(Buffer.from(`${chunk.length.toString(16)}${extension}\r\n`), chunk, Buffer.from('\r\n'))
  }
  parts.push(Buffer.from('0\r\n\r\n'))
  return Buffer.concat(parts)
}

t.test('chunked bodies are joined, whatever the chunk size; a body that is not chunked is refused', async t => {
  for (const size of [1, 7, 1000, page.length]) t.same(dechunk(chunked(page, size)), page, `chunks of ${size}`)
  // 700 bytes: `1f4;name=value` CRLF (16), 500 bytes, CRLF (2), `1f4` CRLF (5), then 177 bytes of the second chunk
  t.same(dechunk(chunked(page, 500).subarray(0, 700)), page.subarray(0, 500 + 177),
    'a body cut inside a chunk keeps what arrived')
  t.equal(dechunk(page), null, 'an HTML page is no chunked body')
  t.equal(dechunk(Buffer.from('zz\r\nhello')), null)
})

t.test('content codings undone, in the order the header lists them', async t => {
  const head = (headers: string): string => `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n${headers}\r\n\r\n`
  const cases: Array<[string, Buffer]> = [
    ['Content-Encoding: gzip', gzipSync(page)],
    ['Content-Encoding: x-gzip', gzipSync(page)],
    ['Content-Encoding: deflate', deflateSync(page)],
    ['Content-Encoding: deflate', deflateRawSync(page)],
    ['Content-Encoding: br', brotliCompressSync(page)],
    ['Content-Encoding: deflate, gzip', gzipSync(deflateSync(page))],
    ['Transfer-Encoding: chunked\r\nContent-Encoding: gzip', chunked(gzipSync(page), 4096)]
  ]
  for (const [headers, body] of cases) {
    t.same(decodeHttpBody(head(headers), body).payload, page, headers.replace(/\r\n/g, '; '))
  }
  const both = head('Transfer-Encoding: chunked\r\nContent-Encoding: gzip')
  t.same(decodeHttpBody(both, chunked(gzipSync(page), 9)).decoded, ['chunked', 'gzip'])
})

t.test('headers that do not match the stored body: the body is kept as stored', async t => {
  const head = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n'
  const kept = decodeHttpBody(head, page)
  t.same(kept.payload, page, 'already de-chunked and decompressed by the crawler')
  t.same(kept.decoded, [])
  t.same(decodeHttpBody('HTTP/1.1 200 OK\r\nContent-Encoding: compress\r\n\r\n', page).payload, page, 'unknown coding')
})

t.test('a compressed body that would expand past the bound is not expanded (zip bomb)', async t => {
  const bomb = gzipSync(Buffer.alloc(MAX_DECODED_BYTES + 1))
  const out = decodeHttpBody('HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n', bomb)
  t.equal(out.payload, bomb)
  t.same(out.decoded, [])
})

t.test('an ARC of chunked, gzipped responses reads back to the pages that were served', async t => {
  const head = 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=gbk\r\nTransfer-Encoding: chunked\r\n' +
    'Content-Encoding: gzip\r\n\r\n'
  const block = Buffer.concat([Buffer.from(head), chunked(gzipSync(page), 1024)])
  const arc = Buffer.concat([
    Buffer.from('filedesc://t.arc 0.0.0.0 20240501100000 text/plain 0\n\n'),
    Buffer.from(`https://gov.example.cn/a.html 0.0.0.0 20240501100000 text/html ${block.length}\n`), block,
    Buffer.from('\n')
  ])
  const items = []
  for await (const item of readArc(Readable.from([arc]))) items.push(item)
  const pageItem = items.find(i => i.kind === 'page')
  t.ok(pageItem?.kind === 'page' && Buffer.from(pageItem.payload).equals(page))
  t.equal(pageItem?.kind === 'page' ? pageItem.charset : undefined, 'gbk')
})
