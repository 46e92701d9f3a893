/**
 * `pagewash extract` on ARC files (plain and gzipped per record) and on archives given on standard input (WARC
 * or ARC, told by their first bytes), all written by the test from real pages: the seeds and the HTML fixtures,
 * with a request record, an image record, a GBK record only its HTTP header declares, and records cut short.
 */
import t from 'tap'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import { kindOfHead } from '../cli/extract-sniff.js'
import { formatOfMedia, charsetOf } from '../cli/extract-warc.js'
import { arcDate, readArc } from '../cli/extract-arc.js'
import { ByteReader } from '../cli/byte-reader.js'
import { processPage } from '../src/pipeline.js'
import { arcRecords } from '../scripts/arc-write.js'
import { serializeRecord, type WarcPage } from '../scripts/warc-write.js'
import { CLI_RUNS_TIMEOUT_MS, crawlPages, run } from './extract-helpers.js'

t.setTimeout(CLI_RUNS_TIMEOUT_MS)

const tmp = mkdtempSync(join(tmpdir(), 'pagewash-extract-archives-'))
t.teardown(() => rmSync(tmp, { recursive: true, force: true }))

/** The Articles the pipeline gives the crawl's pages, with the hints a record carries. */
function expectedArticles (pages: WarcPage[]): unknown[] {
  return pages.filter(p => formatOfMedia(p.contentType) !== undefined && (p.type ?? 'response') === 'response')
    .map(p => processPage({
      content: p.body,
      format: formatOfMedia(p.contentType),
      charset: charsetOf(p.contentType),
      url: p.url,
      fetchedAt: p.date ?? '2024-05-01T10:00:00Z'
    }).article)
    .map((a): unknown => JSON.parse(JSON.stringify(a)))
}

t.test('an ARC, plain and gzipped per record: every record accounted for; URL, date and HTTP charset used', async t => {
  const pages = crawlPages()
  const expected = expectedArticles(pages)
  for (const gzip of [false, true]) {
    const file = join(tmp, gzip ? 'crawl.arc.gz' : 'crawl.arc')
    writeFileSync(file, Buffer.concat(arcRecords('crawl.arc', pages, gzip)))
    const r = await run([file, '--jobs', '1'])
    t.equal(r.code, 0, r.err)
    t.same(r.lines.map((l): unknown => l.article), expected, 'the Articles of the pipeline, with the record\'s hints')
    for (const line of r.lines) {
      t.match(line.page, { file, record: /^offset \d+$/, offset: Number, date: '2024-05-01T10:00:00Z' })
    }
    const gbk = r.lines.find(l => l.page.url === 'https://gov.example.cn/art/1.html')
    t.equal(gbk?.article?.title, '我市召开秋冬季农业生产工作推进会', 'the GBK record decoded by its HTTP charset')
    t.match(r.err, /skipped: {6}(?=.*ARC version block 1)(?=.*\(application\/http\) 1)(?=.*\(image\/png\) 1)/)
  }
})

t.test('an ARC with a record cut short, or no ARC at all: the record is named, exit 1', async t => {
  const pages = crawlPages()
  const records = arcRecords('cut.arc', [pages[0], pages[1], pages[6]], false)
  const last = records[3]
  const file = join(tmp, 'cut.arc')
  writeFileSync(file, Buffer.concat([...records.slice(0, 3), last.subarray(0, Math.floor(last.length / 2))]))
  const r = await run([file, '--jobs', '1', '--quiet'])
  t.equal(r.code, 1)
  t.equal(r.lines.filter(l => l.article !== undefined).length, 2)
  const offset = records.slice(0, 3).reduce((n, b) => n + b.length, 0)
  t.match(r.lines[2], {
    page: { record: `offset ${offset}`, url: pages[6].url },
    problem: { type: /truncated-record$/, detail: /^The record ends \d+ bytes before its Archive-length\.$/ }
  })

  const gz = arcRecords('cut.arc', [pages[0], pages[6]], true)
  const gzFile = join(tmp, 'cut.arc.gz')
  // cut after the header line, inside the payload
  writeFileSync(gzFile, Buffer.concat([gz[0], gz[1], gz[2].subarray(0, 400)]))
  const g = await run([gzFile, '--jobs', '1', '--quiet'])
  t.equal(g.code, 1)
  t.equal(g.lines.length, 2)
  t.match(g.lines[1], {
    page: { url: pages[6].url, record: `offset ${gz[0].length + gz[1].length}` },
    problem: { type: /truncated-record$/, detail: /^The record ends \d+ bytes before its Archive-length\.$/ }
  }, 'the record the stream broke in is named, by its gzip member\'s offset in the file')

  const corrupt = Buffer.concat([gz[0], gz[1], gz[2]])
  corrupt.fill(0xff, gz[0].length + gz[1].length + 12, gz[0].length + gz[1].length + 40)
  const cFile = join(tmp, 'corrupt.arc.gz')
  writeFileSync(cFile, corrupt)
  const c = await run([cFile, '--jobs', '1', '--quiet'])
  t.equal(c.code, 1)
  t.equal(c.lines.filter(l => l.article !== undefined).length, 1, 'the record before the corrupt member is read')
  t.match(c.lines.at(-1)?.problem, {
    type: /truncated-record$/, detail: new RegExp(`: Corrupt gzip data in the member at byte ${gz[0].length + gz[1].length}: `)
  })

  const notArc = join(tmp, 'not.arc')
  writeFileSync(notArc, '<html><body><p>A page with an ARC name.</p></body></html>\n')
  const n = await run([notArc, '--quiet'])
  t.equal(n.code, 1)
  t.match(n.lines[0].problem, { type: /truncated-record$/, detail: /^No ARC header line at byte 0/ })
})

t.test('standard input: a WARC or an ARC, gzipped or not, told by its first bytes', async t => {
  const pages = crawlPages()
  const expected = expectedArticles(pages)
  const inputs: Array<[string, Buffer]> = [
    ['warc.gz', Buffer.concat(await Promise.all(pages.map(async p => await serializeRecord(p, true))))],
    ['warc', Buffer.concat(await Promise.all(pages.map(async p => await serializeRecord(p, false))))],
    ['arc', Buffer.concat(arcRecords('stdin.arc', pages, false))],
    ['arc.gz', Buffer.concat(arcRecords('stdin.arc', pages, true))]
  ]
  for (const [name, bytes] of inputs) {
    const r = await run(['-', '--jobs', '1'], { stdin: bytes })
    t.equal(r.code, 0, `${name}: ${r.err}`)
    t.same(r.lines.map((l): unknown => l.article), expected, `${name}: every page of the archive`)
    t.ok(r.lines.every(l => l.page.file === '-' && l.page.url !== undefined), name)
    t.match(r.err, /skipped: {6}\S/, `${name}: records skipped as from a file`)
  }
  t.equal(kindOfHead(gzipSync('WARC/1.1\r\n').subarray(0, 12)), 'page', 'a gzip header alone is no archive')
  t.equal(kindOfHead(Buffer.from([0x1f, 0x8b, 0, 0])), 'page', 'bytes that do not inflate are a page')
  const tooBig = await run(['-', '--max-page-bytes', '100', '--quiet'], { stdin: Buffer.alloc(1000, 'a') })
  t.match(tooBig.lines[0].problem, { type: /payload-too-large$/, detail: /Standard input is larger/ })
})

t.test('ARC dates', async t => {
  t.equal(arcDate('20240501100000'), '2024-05-01T10:00:00Z')
  t.equal(arcDate('19960923'), '1996-09-23T00:00:00Z')
  t.equal(arcDate('-'), undefined)
})

/** The items of an ARC given as text and buffers, as `kind reason-or-url` lines. */
async function arcItems (...parts: Array<string | Buffer>): Promise<string[]> {
  const out: string[] = []
  for await (const item of readArc(Readable.from(parts.map(p => Buffer.from(p))))) {
    if (item.kind === 'skip') out.push(`skip ${item.reason}`)
    else if (item.kind === 'truncated') out.push(`truncated ${item.detail}`)
    else out.push(`page ${item.format} ${item.charset ?? '-'} ${Buffer.from(item.payload).toString()}`)
  }
  return out
}

t.test('ARC records: unknown types decided by the HTTP head, non-HTTP blocks, images skipped or cut short', async t => {
  const version = 'filedesc://x.arc 0.0.0.0 20240501100000 text/plain 4\n1 0\n\n'
  const http = 'HTTP/1.0 200 OK\nContent-Type: text/html; charset=big5\n\n<p>hi</p>'
  t.same(await arcItems(version, `http://a/ 1.2.3.4 20240501100000 no-type ${http.length}\n${http}\n`), [
    'skip ARC version block', 'page html big5 <p>hi</p>'
  ], 'a type the crawler did not know: the HTTP head says HTML (head ended by a bare blank line)')
  const plain = 'Just text, no HTTP.'
  t.same(await arcItems(version, `ftp://a/x.txt 1.2.3.4 2024 text/plain ${plain.length}\n${plain}`), [
    'skip ARC version block', 'page text - Just text, no HTTP.'
  ], 'a block with no HTTP head is the payload')
  t.same(await arcItems(version, 'dns:a 1.2.3.4 20240501100000 - 7\n1.2.3.4\n'), [
    'skip ARC version block', 'skip no content type'
  ], 'an unknown type and no HTTP head: no page')
  t.same(await arcItems(version, 'http://a/i.png 1.2.3.4 20240501100000 image/png 100\n', Buffer.alloc(60)), [
    'skip ARC version block', 'truncated The record ends 40 bytes before its Archive-length.'
  ], 'an image cut short while streamed past')
  const gif = 'HTTP/1.1 200 OK\r\nContent-Type: image/gif\r\n\r\nGIF89a'
  t.same(await arcItems(`http://a/ 1.2.3.4 20240501100000 - ${gif.length}\n${gif}`), ['skip not HTML or text (image/gif)'])
  t.same(await arcItems(`http://a/ 1.2.3.4 2024 text/html 5 ${'x'.repeat(20_000)}\n`), [
    'truncated No ARC header line at byte 0.'
  ], 'a header line longer than any header')
  t.same(await arcItems('\n\n'), [], 'blank lines only: no records')
})

t.test('a .arc.gz cut inside a member: every record before the cut is read, however slowly they are taken', async t => {
  const pages = crawlPages()
  const gz = arcRecords('cut.arc', [pages[0], pages[1], pages[6]], true)
  const cut = Buffer.concat([...gz.slice(0, 3), gz[3].subarray(0, 400)])
  // the whole file at once, then a consumer slower than the decompressor: a stream that ends in an error must not
  // take back the records it had already decompressed
  const seen: string[] = []
  for await (const item of readArc(Readable.from([cut]))) {
    await new Promise(resolve => setTimeout(resolve, 20))
    seen.push(`${item.kind} ${item.at.url ?? ''}`)
  }
  t.same(seen, [
    'skip filedesc://cut.arc', `page ${pages[0].url}`, `page ${pages[1].url}`, `truncated ${pages[6].url}`
  ])
})

t.test('the byte reader: lines with CR LF, a last line with no newline, skips past the end', async t => {
  const reader = new ByteReader(Readable.from([Buffer.from('ab\r\ncd'), Buffer.from('\nef')]))
  t.same(String(await reader.line(10)), 'ab')
  t.same(String(await reader.line(10)), 'cd')
  t.equal(reader.offset, 7)
  t.same(String(await reader.line(10)), 'ef', 'the rest, with no newline')
  t.equal(await reader.line(10), null)
  t.equal(await reader.skip(5), 0)
  t.equal(await reader.peek(), undefined)
  const long = new ByteReader(Readable.from([Buffer.from('abcdef'), Buffer.from('gh\n')]))
  t.equal(await long.line(4), null, 'no newline within the bound')
  t.equal(long.offset, 0, 'nothing consumed')
  t.same(String(await long.take(3)), 'abc')
})
