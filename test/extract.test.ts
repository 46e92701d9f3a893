/**
 * `pagewash extract` through `main(argv, io)`, in-process: real files (the seeds, the HTML fixtures), a folder,
 * standard input, gzip, and WARC archives the test writes from the same real pages (with a GBK record that only
 * its HTTP header declares, an image record, a request record, and a record cut short); NDJSON, `--out` with JSON and
 * Markdown, `--jobs 2` through worker threads, bad pages, usage errors, and the progress display.
 */
import t from 'tap'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import iconv from 'iconv-lite'
import { Progress } from '../cli/extract-progress.js'
import { formatOfName, isWanted } from '../cli/extract-sources.js'
import { charsetOf, formatOfMedia } from '../cli/extract-warc.js'
import { inProcessRunner } from '../cli/extract-runner.js'
import { problemOf } from '../cli/extract.js'
import { EmptyContentError, processPage } from '../src/pipeline.js'
import { serializeRecord, writeWarc } from '../scripts/warc-write.js'
import { FIXTURES, SEEDS_DIR, fixture } from './helpers.js'
import { CLI_RUNS_TIMEOUT_MS, HTML_FILES, SEED_FILES, crawlPages, run } from './extract-helpers.js'

t.setTimeout(CLI_RUNS_TIMEOUT_MS)

const tmp = mkdtempSync(join(tmpdir(), 'pagewash-extract-'))
t.teardown(() => rmSync(tmp, { recursive: true, force: true }))

t.test('files: one NDJSON line per page, the same Article as the pipeline, in input order', async t => {
  const files = [...SEED_FILES.map(f => `seeds/${f}`), ...HTML_FILES.map(f => `html/${f}`)]
  const r = await run([...files, '--jobs', '1', '--quiet'])
  t.equal(r.code, 0, r.err)
  t.equal(r.err, '', 'quiet: nothing on standard error')
  t.same(r.lines.map(l => l.page.file), files)
  for (const line of r.lines) {
    const format = line.page.file.endsWith('.txt') ? 'text' : 'html'
    const expected = processPage({ content: readFileSync(join(FIXTURES, line.page.file)), format })
    t.same(line.article, JSON.parse(JSON.stringify(expected.article)), line.page.file)
  }
})

t.test('a folder, recursively, by extension; gzip undone; other files ignored', async t => {
  const dir = join(tmp, 'folder')
  mkdirSync(join(dir, 'deeper'), { recursive: true })
  writeFileSync(join(dir, 'a.html'), fixture('html/news.utf8.html'))
  writeFileSync(join(dir, 'deeper', 'b.txt.gz'), gzipSync(readFileSync(join(SEEDS_DIR, SEED_FILES[4]))))
  writeFileSync(join(dir, 'deeper', 'c.html.gz'), gzipSync(fixture('html/gov-trs.utf8.html')))
  writeFileSync(join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  writeFileSync(join(dir, 'notes.md'), '# not a page')
  // a UTF-8 page a crawler read as GBK and stored as UTF-8: mojibake, repaired
  writeFileSync(join(dir, 'deeper', 'e.html'), Buffer.from(iconv.decode(fixture('html/gov-trs.utf8.html'), 'gbk')))
  const r = await run([dir, '--jobs', '1'], { cwd: tmp })
  t.equal(r.code, 0, r.err)
  t.same(r.lines.map(l => l.page.file),
    ['folder/a.html', 'folder/deeper/b.txt.gz', 'folder/deeper/c.html.gz', 'folder/deeper/e.html'])
  t.match(r.lines[3].article?.decoding, { charset: 'utf-8', repaired: [/^utf-8 read as gbk/] })
  t.ok(r.lines[3].article?.body.some(b => b.text.includes('藏粮于地、藏粮于技')), 'the mojibake page read back')
  t.match(r.err, /^charsets: {5}utf-8 4$/m, 'the charsets the pages were read in')
  t.match(r.err, /^mojibake: {5}1 of 4 pages repaired$/m)
  const seed4 = processPage({ content: readFileSync(join(SEEDS_DIR, SEED_FILES[4])), format: 'text' })
  t.equal(r.lines[1].article?.title, seed4.article.title)
  t.equal(r.lines[2].article?.title, '我市召开秋冬季农业生产工作推进会')
  t.match(r.err, /^pages: {8}4 cleaned, 0 failed, 0 records skipped/m, 'summary when not quiet')
  t.match(r.err, /^progress: /m, 'plain progress lines off a terminal')
})

t.test('standard input, gzipped or not', async t => {
  const page = readFileSync(join(SEEDS_DIR, SEED_FILES[0]))
  const plain = await run(['-', '--quiet', '--jobs', '1'], { stdin: page })
  const gz = await run(['-', '--quiet', '--jobs', '1'], { stdin: gzipSync(page) })
  t.equal(plain.code, 0)
  t.equal(plain.lines[0].page.file, '-')
  t.same(gz.lines, plain.lines)
  t.same(plain.lines[0].article, JSON.parse(JSON.stringify(processPage({ content: page }).article)))
})

t.test('a WARC: every record accounted for; URL, id and HTTP charset used', async t => {
  const file = join(tmp, 'crawl.warc.gz')
  await writeWarc(file, crawlPages())
  const r = await run([file, '--jobs', '1'])
  t.equal(r.code, 0, r.err)
  t.equal(r.lines.length, SEED_FILES.length + HTML_FILES.length + 1)
  for (const line of r.lines) {
    const record = /^<urn:uuid:[0-9a-f-]+>$/
    t.match(line.page, { file, record, url: /^https:\/\//, date: '2024-05-01T10:00:00Z', offset: Number })
    t.ok((line.article?.body.length ?? 0) > 0, line.page.url ?? line.page.file)
  }
  const gbk = r.lines.find(l => l.page.url === 'https://gov.example.cn/art/1.html')
  t.equal(gbk?.article?.title, '我市召开秋冬季农业生产工作推进会', 'the GBK record decoded by its HTTP charset')
  t.match(r.err, /skipped: {6}(?=.*request record 1)(?=.*not HTML or text \(image\/png\) 1)/)
})

t.test('a WARC with a record cut short: the record is named, the others come through, exit 1', async t => {
  const pages = crawlPages()
  const whole = await Promise.all(pages.slice(0, 3).map(async p => await serializeRecord(p, false)))
  const last = await serializeRecord(pages[6], false)
  const file = join(tmp, 'cut.warc')
  writeFileSync(file, Buffer.concat([...whole, last.subarray(0, Math.floor(last.length / 2))]))
  const r = await run([file, '--jobs', '1'])
  t.equal(r.code, 1)
  t.equal(r.lines.filter(l => l.article !== undefined).length, 3)
  const bad = r.lines.find(l => l.problem !== undefined)
  const type = 'https://pagewash.dev/problems/truncated-record'
  t.match(bad, { page: { record: /^<urn:uuid:/, url: pages[6].url }, problem: { type } })
  t.match(r.err, new RegExp('pagewash: .*cut\\.warc <urn:uuid:.*> https://example\\.org/html/news\\.utf8\\.html: ' +
    'truncated-record: The record ends \\d+ bytes before'))
  t.match(r.err, /errors: {7}truncated-record 1/)

  const gzFile = join(tmp, 'cut.warc.gz')
  const gzWhole = await serializeRecord(pages[0], true)
  const gzLast = await serializeRecord(pages[6], true)
  writeFileSync(gzFile, Buffer.concat([gzWhole, gzLast.subarray(0, 40)]))
  const g = await run([gzFile, '--jobs', '1', '--quiet'])
  t.equal(g.code, 1)
  t.equal(g.lines.length, 2)
  t.match(g.lines[1], { page: { record: `offset ${gzWhole.length}` }, problem: { detail: /40 bytes at the end/ } })
})

t.test('bad pages are reported and skipped; the run goes on', async t => {
  const dir = join(tmp, 'bad')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'empty.html'), '<html><body>  </body></html>')
  writeFileSync(join(dir, 'broken.html.gz'), Buffer.from([0x1f, 0x8b, 1, 2, 3]))
  writeFileSync(join(dir, 'big.txt'), 'word '.repeat(400))
  writeFileSync(join(dir, 'ok.txt'), readFileSync(join(SEEDS_DIR, SEED_FILES[4])))
  writeFileSync(join(dir, 'old.arc.gz'), gzipSync('an ARC by its name, not by its bytes\n'))
  const r = await run([dir, join(dir, 'missing.html'), '--jobs', '1', '--max-page-bytes', '1000'])
  t.equal(r.code, 1)
  const slug = (type: string | undefined): string => type?.replace(/^.*\//, '') ?? 'ok'
  const problems = Object.fromEntries(r.lines.map(l => [l.page.file.replace(/^.*\//, ''), slug(l.problem?.type)]))
  t.same(problems, {
    'big.txt': 'payload-too-large',
    'broken.html.gz': 'unreadable-input',
    'empty.html': 'unprocessable-content',
    'missing.html': 'unreadable-input',
    'old.arc.gz': 'truncated-record',
    'ok.txt': 'payload-too-large'
  })
  const small = await run([join(dir, 'ok.txt'), join(dir, 'empty.html'), '--jobs', '1'])
  t.equal(small.code, 1)
  t.ok(small.lines[0].article !== undefined)
  const unprocessable = 'https://pagewash.dev/problems/unprocessable-content'
  t.match(small.lines[1].problem, { type: unprocessable, title: 'Nothing usable in the content' })
  const gzBomb = join(dir, 'bomb.txt.gz')
  writeFileSync(gzBomb, gzipSync(Buffer.alloc(100_000, 'a')))
  t.match((await run([gzBomb, '--quiet', '--max-page-bytes', '1000'])).lines[0].problem?.type, /payload-too-large$/)
})

t.test('--out writes one file per page, JSON or Markdown', async t => {
  const warc = join(tmp, 'out.warc.gz')
  await writeWarc(warc, crawlPages().slice(0, 2))
  const outJson = join(tmp, 'out-json')
  const j = await run([warc, 'seeds/' + SEED_FILES[1], '--out', outJson, '--quiet', '--jobs', '1'])
  t.equal(j.code, 0)
  t.equal(j.out, '', 'nothing on standard output')
  t.same(readdirSync(join(outJson, 'seeds')), [SEED_FILES[1].replace(/\.txt$/, '.json')])
  t.same(readdirSync(outJson).sort(), ['out', 'seeds'])
  t.same(readdirSync(join(outJson, 'out')), ['000001.json', '000002.json'])
  const first = JSON.parse(readFileSync(join(outJson, 'out', '000001.json'), 'utf8'))
  t.equal(first.page.url, 'https://example.org/seed/0.html')
  t.ok(first.article.title !== undefined)

  const outMd = join(tmp, 'out-md')
  const m = await run([warc, '--out', outMd, '--format', 'markdown', '--footnotes', '--quiet', '--jobs', '1'])
  t.equal(m.code, 0)
  const md = readFileSync(join(outMd, 'out', '000001.md'), 'utf8')
  t.match(md, /^---\nfile: .*out\.warc\.gz\nrecord: <urn:uuid:.*>\noffset: 0\n/)
  t.match(md, /^url: https:\/\/example\.org\/seed\/0\.html$/m)
  t.match(md, /^\[\^1\]: /m, 'seed 000 has flags: footnotes')
  const stdoutMd = await run(['seeds/' + SEED_FILES[4], '--format', 'markdown', '--quiet'])
  t.match(stdoutMd.out, /^---\nfile: seeds\/004_.*\n[\s\S]*\n# Data Sharing Enabling/)
})

t.test('--jobs 2 runs in worker threads and gives the same lines in the same order', async t => {
  const file = join(tmp, 'jobs.warc.gz')
  await writeWarc(file, crawlPages())
  const one = await run([file, '--jobs', '1', '--quiet'])
  const two = await run([file, '--jobs', '2', '--quiet'])
  t.equal(two.code, 0)
  t.same(two.lines, one.lines)
})

t.test('usage errors exit 2', async t => {
  t.equal((await run(['--jobs', '0', 'seeds'])).code, 2)
  t.equal((await run(['--max-page-bytes', 'lots', 'seeds'])).code, 2)
  const none = await run([])
  t.equal(none.code, 2)
  t.match(none.err, /no inputs/)
  t.equal((await run(['--format', 'pdf', 'seeds'])).code, 2)
})

t.test('progress: a bar with time left on a terminal, plain lines otherwise', async t => {
  let clock = 0
  let out = ''
  const p = new Progress({ write: s => { out += s }, tty: true, quiet: false, total: 4, now: () => clock })
  clock = 1000
  p.page(true)
  // eslint-disable-next-line no-control-regex -- the progress line starts with the terminal's erase-line escape
  t.match(out, /\r\x1b\[K\[#{6}\.{18}\] 1\/4 pages {2}1\.0 pages\/s {2}0 errors {2}3s left$/)
  clock = 1050
  p.page(false)
  t.notMatch(out, /2\/4/, 'not redrawn within 100 ms')
  p.log('pagewash: x: bad')
  // eslint-disable-next-line no-control-regex -- the erase-line escape before a log line
  t.match(out, /\r\x1b\[Kpagewash: x: bad\n.*2\/4 pages .* 1 error /)
  p.end()
  t.match(out, /\n$/)
  const plain: string[] = []
  const q = new Progress({ write: s => plain.push(s), tty: false, quiet: false, now: () => clock })
  clock += 2000
  q.page(true)
  q.page(true)
  t.same(plain.length, 1, 'one plain line per interval')
  t.match(plain[0], /^progress: 1 pages {2}0\.5 pages\/s {2}0 errors\n$/)
  q.end()
  t.equal(plain.length, 1)
  const silent: string[] = []
  const s = new Progress({ write: x => silent.push(x), tty: true, quiet: true })
  s.page(true)
  s.end()
  t.same(silent, [])
})

t.test('names, media types and errors', async t => {
  t.equal(formatOfName('a/b.HTML.gz'), 'html')
  t.equal(formatOfName('b.txt'), 'text')
  t.equal(formatOfName('README'), 'auto')
  t.ok(isWanted('x.warc.gz') && isWanted('x.warc') && isWanted('y.htm') && !isWanted('z.png'))
  t.equal(formatOfMedia('application/xhtml+xml; charset=utf-8'), 'html')
  t.equal(formatOfMedia(undefined), 'auto')
  t.equal(formatOfMedia('application/json'), undefined)
  t.equal(charsetOf('text/html; charset="GBK"'), 'GBK')
  t.match(problemOf(new Error('boom')), { type: 'https://pagewash.dev/problems/internal', detail: 'boom' })
  const runner = inProcessRunner()
  await t.rejects(runner.run({ content: '   ' }), EmptyContentError)
  await runner.close()
})

t.test('a page still running at --deadline is stopped and reported; the run goes on with a fresh worker', async t => {
  const dir = join(tmp, 'hostile')
  mkdirSync(dir, { recursive: true })
  // 350,000 unclosed <p><b><i> (4.9 MB, under the 5 MiB page limit): about 6 s of CPU on a quiet machine, twice the
  // three-second deadline. The next page is short: a worker's first page pays for its warm-up (about 0.2 s of CPU
  // for a seed, seconds of wall time on a loaded machine), which a one-second deadline and a seed did not always leave
  const hostile = `<html><body>${'<p><b><i>text '.repeat(350_000)}</body></html>`
  writeFileSync(join(dir, 'a-hostile.html'), hostile)
  writeFileSync(join(dir, 'b-short.txt'), 'The council approved the budget on Tuesday, after a long debate about ' +
    'schools, roads and parks.\n\nThe vote was seven to two, and the new budget takes effect in January.\n')
  const r = await run([dir, '--jobs', '1', '--deadline', '3000'], { cwd: tmp })
  t.equal(r.code, 1, 'a failed page makes the exit code 1')
  t.same(r.lines.map(l => l.page.file), ['hostile/a-hostile.html', 'hostile/b-short.txt'])
  t.equal(r.lines[0].problem?.type, 'https://pagewash.dev/problems/page-too-complex')
  t.match(r.lines[0].problem?.detail, /3000 ms/)
  t.ok((r.lines[1].article?.body.length ?? 0) > 0, 'the next page is served by the replacement worker')
})
