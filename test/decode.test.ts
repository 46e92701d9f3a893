/**
 * Stage 1, bytes -> text: every path (BOM, HTTP charset, <meta>, detection) and the hostile cases: Chinese pages in
 * GBK/GB2312/Big5 with no or a wrong declaration, UTF-8 declared as gb2312, truncated multibyte sequences, random
 * bytes.
 */
import t from 'tap'
import { randomBytes } from 'node:crypto'
import iconv from 'iconv-lite'
import {
  decodeBytes, normalizeCharset, sniffMetaCharset, plausibility, isMostlyUtf8, sbcsPlausibility, sbcsTable,
  highByteRuns, compactAscii, dbcsSequenceMax
} from '../src/decode/index.js'
import { nextNonAscii } from '../src/decode/ascii.js'
import { fixture } from './helpers.js'
import { randomInts } from './random.js'

const GOV_TEXT = fixture('html/gov-trs.utf8.html').toString('utf8')
const BIG5_TEXT = fixture('html/news.utf8.html').toString('utf8')
const PARAGRAPH = '会议强调，要坚持藏粮于地、藏粮于技，落实最严格的耕地保护制度，加强高标准农田建设，推广绿色高效种植技术。'

t.test('normalizeCharset folds labels the way browsers do', async t => {
  t.equal(normalizeCharset('GB2312'), 'gb18030')
  t.equal(normalizeCharset(' "gbk" '), 'gb18030')
  t.equal(normalizeCharset('x-gbk'), 'gb18030')
  t.equal(normalizeCharset('Big5'), 'big5hkscs')
  t.equal(normalizeCharset('UTF8'), 'utf-8')
  t.equal(normalizeCharset('ISO-8859-1'), 'windows-1252')
  t.equal(normalizeCharset('Shift_JIS'), 'shift_jis')
  t.equal(normalizeCharset('koi8-r'), 'koi8-r')
  t.equal(normalizeCharset('no-such-charset'), undefined)
  t.equal(normalizeCharset(''), undefined)
  t.equal(normalizeCharset(undefined), undefined)
})

t.test('sniffMetaCharset reads <meta charset> and http-equiv', async t => {
  t.equal(sniffMetaCharset(Buffer.from('<html><head><meta charset="gbk"></head>')), 'gbk')
  t.equal(sniffMetaCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />')), 'gb2312')
  t.equal(sniffMetaCharset(Buffer.from("<META CONTENT='text/html; CHARSET=Big5' HTTP-EQUIV='content-type'>")), 'Big5')
  t.equal(sniffMetaCharset(Buffer.from('<html><head><title>x</title></head>')), undefined)
})

t.test('BOM wins over every declaration', async t => {
  const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="gbk">正文', 'utf8')])
  t.match(decodeBytes(utf8, { declared: 'gbk' }), { charset: 'utf-8', via: 'bom', text: '<meta charset="gbk">正文' })
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('中文 text é', 'utf16le')])
  t.match(decodeBytes(le), { charset: 'utf-16le', via: 'bom', text: '中文 text é' })
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('中文', 'utf16le').swap16()])
  t.match(decodeBytes(be), { charset: 'utf-16be', via: 'bom', text: '中文' })
  const gb = Buffer.concat([Buffer.from([0x84, 0x31, 0x95, 0x33]), iconv.encode('中文', 'gb18030')])
  t.match(decodeBytes(gb), { charset: 'gb18030', via: 'bom', text: '中文' })
})

t.test('pure ASCII is ASCII whatever is declared', async t => {
  t.match(decodeBytes(Buffer.from('<p>hello</p>'), { declared: 'gbk' }), { via: 'ascii', text: '<p>hello</p>' })
})

t.test('GB2312 declared in the HTTP header and in <meta>', async t => {
  const gbk = fixture('html/gov-trs.gb2312.html')
  const viaHeader = decodeBytes(gbk, { declared: 'gb2312' })
  t.match(viaHeader, { charset: 'gb18030', via: 'declared' })
  t.ok(viaHeader.text.includes(PARAGRAPH))
  const viaMeta = decodeBytes(gbk)
  t.match(viaMeta, { charset: 'gb18030', via: 'meta' })
  t.equal(viaMeta.text, GOV_TEXT)
})

t.test('chardet is asked only when its guesses could change the text', async t => {
  const real = (await import('chardet')).default
  let asked = 0
  const { decodeBytes: decode } = await t.mockImport<typeof import('../src/decode/index.js')>('../src/decode/index.js', {
    chardet: { default: { ...real, analyse: (bytes: Uint8Array) => { asked++; return real.analyse(bytes) } } }
  })
  // GBK and Big5 read better in their own charset than in any charset chardet knows: not asked
  t.match(decode(fixture('html/gov-trs.nodecl.gbk.html')), { charset: 'gb18030', via: 'detected' })
  t.match(decode(fixture('html/news.nodecl.big5.html')), { charset: 'big5hkscs', via: 'detected' })
  t.equal(asked, 0, 'not asked of GBK or Big5')
  // English in windows-1252: windows-1250, 1254 and 1257 read its curly quotes and accents as the same characters
  const english = '<p>The mayor’s plan — “a café on every corner” — was approved on Monday.</p>'.repeat(20)
  const en = decode(iconv.encode(english, 'windows-1252'))
  t.match(en, { charset: 'windows-1252', via: 'detected' })
  t.equal(en.text, english)
  t.equal(asked, 0, 'not asked of a page other candidates read as the same text')
  // Cyrillic reads alike in windows-1251 and KOI8-R: its guess decides
  const russian = 'Правительство Российской Федерации утвердило новую программу развития регионов страны. '.repeat(8)
  const d = decode(iconv.encode(`<p>${russian}</p>`, 'windows-1251'))
  t.equal(asked, 1, 'asked of a Cyrillic page')
  t.equal(d.charset, 'windows-1251')
  t.ok(d.text.includes(russian))
})

t.test('chardet reads at most the first 256 KiB of a page', async t => {
  const real = (await import('chardet')).default
  const sizes: number[] = []
  const { decodeBytes: decode } = await t.mockImport<typeof import('../src/decode/index.js')>('../src/decode/index.js', {
    chardet: {
      default: { ...real, analyse: (bytes: Uint8Array) => { sizes.push(bytes.length); return real.analyse(bytes) } }
    }
  })
  const russian = 'Правительство Российской Федерации утвердило новую программу развития регионов страны. '
  const page = `<p>${russian.repeat(8000)}</p>`
  const bytes = iconv.encode(page, 'windows-1251')
  t.ok(bytes.length > 2 * 256 * 1024, 'a page of over half a MiB')
  const d = decode(bytes)
  t.same(sizes, [256 * 1024], 'asked once, of the first 256 KiB')
  t.equal(d.charset, 'windows-1251')
  t.equal(d.text, page)
})

t.test('KOI8-R Cyrillic is not read as Shift_JIS half-width katakana', async t => {
  // KOI8-R writes lower-case Cyrillic as 0xC0-0xDF, the bytes Shift_JIS reads as half-width katakana, which scored as
  // full-width forms (0.8) above Cyrillic (0.6): every undeclared KOI8-R page came out in katakana
  const russian = 'Правительство Российской Федерации утвердило новую программу развития регионов страны. '.repeat(8)
  const d = decodeBytes(iconv.encode(`<p>${russian}</p>`, 'koi8-r'))
  t.equal(d.charset, 'koi8-r')
  t.ok(d.text.includes(russian))
  t.ok(plausibility('ｱｲｳｴｵｶｷｸｹｺ') < plausibility('абвгдежзий'), 'half-width katakana score under Cyrillic')
  t.ok(plausibility('ＡＢＣ１２３（）') > plausibility('абвгдежзий'), 'full-width forms still score high')
})

t.test('UTF-8 with a few broken characters in a short page is still UTF-8', async t => {
  // six 3-byte sequences cut short among 765 non-ASCII characters (CMS teasers cut inside a character, then a crawl cut
  // short): too many for "mostly UTF-8" (at most 2, or one in 500), and the page was read in a legacy charset, all of
  // its Chinese mojibake. Its UTF-8 reading is now scored against the legacy ones and wins.
  const page = fixture('html/gov-trs.utf8.html')
  const leads: number[] = []
  for (let i = 0; i < page.length; i++) if (page[i] >= 0xe0 && page[i] < 0xf0) leads.push(i)
  const dropped = new Set([1, 2, 3, 4, 5, 6].map(k => leads[Math.floor(k * leads.length / 7)] + 2))
  const broken = Buffer.from(page.filter((_, i) => !dropped.has(i)))
  t.notOk(isMostlyUtf8(broken), 'more broken sequences than "mostly UTF-8" allows')
  const d = decodeBytes(broken, { sniffMeta: false })
  t.equal(d.charset, 'utf-8')
  t.equal(d.text.split('\ufffd').length - 1, 6, 'one U+FFFD per broken character')
  t.ok(d.text.includes('我市召开秋冬季农业生产工作推进会'))
  // bytes of a legacy charset break on nearly every character: still read in their charset
  t.match(decodeBytes(fixture('html/gov-trs.nodecl.gbk.html')), { charset: 'gb18030' })
})

t.test('GBK with no declaration at all is detected', async t => {
  const d = decodeBytes(fixture('html/gov-trs.nodecl.gbk.html'))
  t.match(d, { charset: 'gb18030', via: 'detected' })
  t.ok(d.text.includes(PARAGRAPH))
  t.ok(d.text.includes('我市召开秋冬季农业生产工作推进会'))
})

t.test('declared UTF-8 (header or meta) but the bytes are GBK', async t => {
  const bytes = fixture('html/gov-trs.declared-utf8.gbk.html')
  const viaMeta = decodeBytes(bytes)
  t.match(viaMeta, { charset: 'gb18030', via: 'detected' })
  t.ok(viaMeta.text.includes(PARAGRAPH))
  const viaHeader = decodeBytes(bytes, { declared: 'utf-8' })
  t.equal(viaHeader.charset, 'gb18030')
  t.ok(viaHeader.text.includes(PARAGRAPH))
})

t.test('declared gb2312 but the bytes are UTF-8', async t => {
  const bytes = fixture('html/gov-trs.utf8.html') // its <meta> says gb2312
  const d = decodeBytes(bytes)
  t.equal(d.charset, 'utf-8')
  t.equal(d.text, GOV_TEXT)
  t.equal(decodeBytes(bytes, { declared: 'gbk' }).charset, 'utf-8')
})

t.test('Big5 with and without a declaration', async t => {
  const declared = decodeBytes(fixture('html/news.big5.html'))
  t.match(declared, { charset: 'big5hkscs', via: 'meta' })
  t.equal(declared.text, BIG5_TEXT)
  const bare = decodeBytes(fixture('html/news.nodecl.big5.html'))
  t.match(bare, { charset: 'big5hkscs', via: 'detected' })
  t.ok(bare.text.includes('中央氣象局表示，颱風中心目前位於臺灣東南方海面'))
})

t.test('windows-1252 / Latin-1 pages', async t => {
  const bytes = Buffer.from('<p>Caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve fa\xe7ade \x93quoted\x94 \x96 dash.</p>', 'latin1')
  const declared = decodeBytes(bytes, { declared: 'windows-1252' })
  t.match(declared, { charset: 'windows-1252', via: 'declared', text: '<p>Café crème brûlée, naïve façade “quoted” – dash.</p>' })
  const detected = decodeBytes(bytes)
  t.equal(detected.via, 'detected')
  t.ok(detected.text.includes('Café crème brûlée, naïve façade'))
})

t.test('UTF-8 cut in the middle of a character stays UTF-8', async t => {
  const utf8 = Buffer.from(GOV_TEXT.replace('charset=gb2312', 'charset=utf-8'), 'utf8')
  const at = utf8.indexOf(Buffer.from('会议强调')) + 2 // inside the first character's three bytes
  const cut = utf8.subarray(0, at)
  t.notOk(isMostlyUtf8(Buffer.from(iconv.encode('会议强调，要坚持藏粮于地', 'gbk'))))
  t.ok(isMostlyUtf8(cut))
  for (const d of [decodeBytes(cut), decodeBytes(cut, { declared: 'utf-8' })]) {
    t.equal(d.charset, 'utf-8')
    t.ok(d.text.includes('11月25日，全市秋冬季农业生产工作推进会'))
    t.ok(d.text.endsWith('\ufffd'))
  }
})

t.test('valid UTF-8 with many multi-byte sequences is UTF-8 whatever a legacy reading scores', async t => {
  // Latin-1 guillemets score low in plausibility and their bytes read as Shift_JIS half-width katakana score
  // high: detection used to pick shift_jis (a real page of the WCXB set, its meta tag ignored)
  const ids = Buffer.from('<label for="radix-«R2basl2nbH2»" id="radix-«R2basl2nbH1»">'.repeat(6), 'utf8')
  const d = decodeBytes(ids, { sniffMeta: false })
  t.same([d.charset, d.via], ['utf-8', 'detected'])
  t.ok(d.text.includes('radix-«R2basl2nbH2»'))
  const arabic = Buffer.from('<p>أعلنت الحكومة اليوم عن خطة جديدة للنقل العام في المدينة</p>', 'utf8')
  t.equal(decodeBytes(arabic).charset, 'utf-8')
  // a few sequences are not enough to rule a legacy charset out: GBK bytes that happen to be valid UTF-8
  const gbk = iconv.encode('一为要时', 'gbk')
  t.ok(isMostlyUtf8(gbk))
  t.equal(decodeBytes(Buffer.concat([Buffer.from('Note: '), gbk])).text, 'Note: 一为要时')
})

t.test('GBK cut in the middle of a character stays GBK', async t => {
  const gbk = fixture('html/gov-trs.nodecl.gbk.html')
  const at = gbk.indexOf(iconv.encode('会议强调', 'gbk')) + 1
  const d = decodeBytes(gbk.subarray(0, at))
  t.equal(d.charset, 'gb18030')
  t.ok(d.text.includes('11月25日，全市秋冬季农业生产工作推进会'))
})

t.test('plausibility prefers the right decoding of Chinese bytes', async t => {
  const bytes = iconv.encode(PARAGRAPH, 'gbk')
  const right = plausibility(iconv.decode(bytes, 'gb18030'), 'gb18030')
  const wrong = plausibility(iconv.decode(bytes, 'big5hkscs'), 'big5hkscs')
  const latin = plausibility(iconv.decode(bytes, 'windows-1252'), 'windows-1252')
  t.ok(right > wrong, `${right} > ${wrong}`)
  t.ok(right > latin, `${right} > ${latin}`)
  t.equal(plausibility('plain ascii'), 1)
})

t.test('plausibility reads runs of non-ASCII characters whole, wherever they stand', async t => {
  // a Latin-1 letter alone scores as a letter; in a run (what CJK bytes read as Latin-1 look like) it scores 0.1
  t.equal(plausibility('é'), 0.8)
  t.equal(plausibility('caf\u00e9 and na\u00efve'), 0.8)
  t.equal(plausibility('x\u00e9\u00e9'), 0.1)
  t.equal(plausibility('\u00e9\u00e9 x'), 0.1)
  // an astral character (two code units) scores nothing and makes its neighbour part of a run
  t.equal(plausibility('x\u{1F600}\u00e9'), 0.05)
  t.equal(plausibility('“quoted” — and more'), 0.9)
})

t.test('nextNonAscii finds the next code unit past ASCII, or -1', async t => {
  t.equal(nextNonAscii('plain', 0), -1)
  t.equal(nextNonAscii('', 0), -1)
  t.equal(nextNonAscii('ab中c中', 0), 2)
  t.equal(nextNonAscii('ab中c中', 3), 4)
  t.equal(nextNonAscii('ab中c中', 5), -1)
  t.equal(nextNonAscii('\u{1F600}', 0), 0)
})

t.test('random and hostile bytes never throw', async t => {
  const labels = ['utf-8', 'gbk', 'big5', 'shift_jis', 'no-such', undefined, 'utf-16le']
  for (let i = 0; i < 150; i++) {
    const bytes = randomBytes(1 + (i * 37) % 4000)
    const d = decodeBytes(bytes, { declared: labels[i % labels.length] })
    t.type(d.text, 'string')
  }
  t.type(decodeBytes(Buffer.alloc(0)).text, 'string')
  t.type(decodeBytes(Buffer.from([0xff])).text, 'string')
  t.type(decodeBytes(Buffer.from([0xfe, 0xff, 0x00])).text, 'string') // odd-length UTF-16
  t.type(decodeBytes(Buffer.from('<meta charset="utf-16">\x81\x82', 'latin1')).text, 'string')
})

t.test('a single-byte charset is scored from the bytes exactly as its decoding is', async t => {
  // every charset detect may try (chardet's names and the legacy candidates): the single-byte ones take the table
  const charsets = [...new Set([
    'gb18030', 'big5hkscs', 'shift_jis', 'euc-kr', 'euc-jp', 'utf-32', 'utf-32be', 'utf-32le', 'windows-1252',
    'iso-8859-2', 'windows-1250', 'iso-8859-5', 'iso-8859-6', 'iso-8859-7', 'windows-1253', 'iso-8859-8',
    'windows-1255', 'iso-8859-9', 'windows-1254', 'windows-1251', 'windows-1256', 'windows-1257', 'windows-1258',
    'windows-874', 'koi8-r'
  ])]
  const withTable = charsets.filter(c => sbcsTable(c) !== undefined)
  t.ok(withTable.includes('windows-1252') && withTable.includes('koi8-r') && withTable.length >= 15,
    `single-byte charsets read from the bytes: ${withTable.join(' ')}`)
  for (const c of ['gb18030', 'big5hkscs', 'shift_jis', 'euc-kr', 'utf-32le']) t.equal(sbcsTable(c), undefined, c)
  const samples = [
    Buffer.from('Plain ASCII only.'),
    Buffer.from('café – “quoted” naïve 中文'),
    iconv.encode(PARAGRAPH, 'gb18030'),
    iconv.encode(PARAGRAPH, 'big5'),
    Buffer.from([0x80, 0x41, 0xff, 0xfe, 0x42, 0xa0, 0xe9, 0x20, 0xe9]),
    Buffer.from(Array.from({ length: 256 }, (_, b) => b))
  ]
  for (let k = 0; k < 40; k++) samples.push(randomBytes(1 + k * 7))
  let compared = 0
  for (const c of withTable) {
    for (const bytes of samples) {
      const slow = plausibility(iconv.decode(bytes, c), c)
      if (sbcsPlausibility(bytes, highByteRuns(bytes), c) !== slow) t.fail(`${c} on ${bytes.toString('hex').slice(0, 40)}`)
      compared++
    }
  }
  t.ok(compared >= 15 * samples.length, `${compared} scores compared`)
})

t.test('a double-byte charset scores the page with its long ASCII runs cut exactly as the whole page', async t => {
  const dbcs = ['gb18030', 'big5hkscs', 'shift_jis', 'euc-kr', 'euc-jp']
  for (const c of dbcs) t.ok((dbcsSequenceMax(c) ?? 99) <= 9, `${c}: sequences of ${dbcsSequenceMax(c)} bytes at most`)
  t.equal(dbcsSequenceMax('gb18030'), 4, 'gb18030 reads four-byte sequences')
  for (const c of ['utf-32', 'utf-32le', 'windows-1252', 'utf-16le']) t.equal(dbcsSequenceMax(c), undefined, c)
  // runs of ASCII of every length around the cut, between high bytes that start, continue or break sequences
  // (gb18030 four-byte sequences have ASCII digits inside: 0x81 0x30 0x81 0x30)
  const high = [0x81, 0x82, 0x8e, 0x8f, 0xa1, 0xa4, 0xb0, 0xc8, 0xe0, 0xfe, 0xff, 0x80]
  const ascii = [0x30, 0x39, 0x40, 0x41, 0x5c, 0x7e, 0x20, 0x0a, 0x00, 0x7f, 0x61]
  const next = randomInts(17)
  const samples: Buffer[] = [
    Buffer.from('English page with two curly quotes “here” and a long tail of plain ASCII text. '.repeat(20)),
    Buffer.concat([iconv.encode(PARAGRAPH, 'gb18030'), Buffer.from(' ascii '.repeat(30)), iconv.encode(PARAGRAPH, 'big5')]),
    Buffer.from([0x81, 0x30, 0x81, ...Array<number>(40).fill(0x30), 0x81, 0x30, 0x81, 0x30])
  ]
  for (let k = 0; k < 3000; k++) {
    const bytes: number[] = []
    for (let piece = next(8); piece >= 0; piece--) {
      for (let n = next(4); n >= 0; n--) bytes.push(high[next(high.length)])
      const run = next(2) === 0 ? 8 + next(40) : next(12)
      for (let n = 0; n < run; n++) bytes.push(ascii[next(ascii.length)])
    }
    samples.push(Buffer.from(bytes))
  }
  let cut = 0
  for (const bytes of samples) {
    const compact = compactAscii(bytes, highByteRuns(bytes))
    if (compact.length < bytes.length) cut++
    for (const c of dbcs) {
      const whole = plausibility(iconv.decode(bytes, c), c)
      if (plausibility(iconv.decode(compact, c), c) !== whole) t.fail(`${c} on ${bytes.toString('hex')}`)
    }
  }
  t.ok(cut > 1000, `${cut} of ${samples.length} samples were cut`)
  t.equal(compactAscii(Buffer.from('short'), []).toString(), 'short', 'a short run stays')
  t.equal(compactAscii(Buffer.from('a'.repeat(30)), []).toString(), 'a'.repeat(9), 'its first eight bytes and its last')
})
