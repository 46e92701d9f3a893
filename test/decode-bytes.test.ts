/**
 * The decode stage's reads of a UTF-8 page from its bytes (src/decode/bytes.ts, `utf8Plausibility`,
 * `utf8HasSuspects`) give exactly what the same reads of the decoded text give, and the mojibake repair answers the
 * same with the bytes as without them.
 */
import t from 'tap'
import iconv from 'iconv-lite'
import { highByteRuns, plausibility, repairMojibake, utf8Plausibility } from '../src/decode/index.js'
import { utf8CodePoint, utf8Length } from '../src/decode/bytes.js'
import { needsNoRepair, suspectChars, utf8HasSuspects } from '../src/decode/mojibake.js'
import { utf8Tally } from '../src/decode/utf8.js'
import { fixture } from './helpers.js'
import { randomInts } from './random.js'

/** The runs the way the stage found them before: one pattern over the bytes read as Latin-1. */
function runsByPattern (bytes: Buffer): number[] {
  const runs: number[] = []
  for (const m of bytes.toString('latin1').matchAll(/[\x80-\xff]+/g)) runs.push(m.index, m.index + m[0].length)
  return runs
}

const next = randomInts(29)

// characters a page holds: ASCII, Latin-1 letters and signs, Windows-1252's extras (curly quotes, dashes, €, Œ),
// other punctuation of the same lead byte (arrows, ‐), Han, CJK punctuation, kana, Hangul, emoji (four bytes)
const ALPHABET = [
  'a', ' ', '<', '>', '\n', '0', 'é', 'ü', '\u00a0', '©', '±', '¾', 'Ã', '\u0080', '\u0099', '’', '“', '”', '—', '…',
  '€', '™', 'Œ', 'š', 'Ÿ', 'ƒ', 'ˆ', '˜', '→', '‐', '⁄', '中', '国', '，', '。', 'カ', '한', 'Ł', 'ő', 'Ж', '\u{1F600}',
  '\u{20000}', '\ufffd', '\ufeff'
]

/** Texts of every shape: the alphabet mixed at random, with ASCII runs long and short, and sizes around the spans. */
function samples (): string[] {
  const out = [
    fixture('html/gov-trs.utf8.html').toString('utf8'),
    fixture('html/news.utf8.html').toString('utf8'),
    '',
    'plain ASCII only',
    'a’b'.repeat(600),
    'x'.repeat(511) + 'é' + 'x'.repeat(600) + '中文' + 'y'.repeat(1200) + '“',
    'é'.repeat(2000)
  ]
  for (let k = 0; k < 400; k++) {
    let s = ''
    const pieces = 1 + next(k < 200 ? 12 : 60)
    for (let p = 0; p < pieces; p++) {
      const ascii = next(3) === 0 ? next(900) : next(20)
      s += 'a'.repeat(ascii)
      for (let n = next(5); n >= 0; n--) s += ALPHABET[next(ALPHABET.length)]
    }
    out.push(s)
  }
  return out
}

t.test('highByteRuns finds every run of bytes above ASCII, whole, across the spans it checks at once', async t => {
  let long = 0
  for (const text of samples()) {
    const bytes = Buffer.from(text, 'utf8')
    if (bytes.length > 2048) long++
    t.same(highByteRuns(bytes), runsByPattern(bytes), `${bytes.length} bytes`)
  }
  // random bytes, not UTF-8: the runs are of bytes, whatever they encode
  for (let k = 0; k < 200; k++) {
    const bytes = Buffer.from(Array.from({ length: next(3000) }, () => next(4) === 0 ? 0x80 + next(128) : next(128)))
    t.same(highByteRuns(bytes), runsByPattern(bytes))
  }
  t.ok(long > 50, `${long} samples longer than four spans`)
})

t.test('a UTF-8 sequence is read at its lead byte', async t => {
  for (const ch of ['a', 'é', '’', '中', '\u{1F600}', '\u{10FFFF}', '\u07ff', '\u0800', '\uffff']) {
    const bytes = Buffer.from(ch, 'utf8')
    t.equal(utf8CodePoint(bytes, 0), ch.codePointAt(0), ch)
    t.equal(utf8Length(bytes[0]), bytes.length, ch)
  }
})

t.test('utf8Plausibility of the bytes is plausibility of their text, to the bit', async t => {
  let compared = 0
  for (const text of samples()) {
    const bytes = Buffer.from(text, 'utf8')
    const fromBytes = utf8Plausibility(bytes, highByteRuns(bytes))
    if (!Object.is(fromBytes, plausibility(text))) t.fail(`${fromBytes} != ${plausibility(text)} on ${text.slice(0, 60)}`)
    compared++
  }
  t.ok(compared > 400, `${compared} texts`)
  // the shapes its scoring turns on: a Latin-1 letter alone or in a run, an astral neighbour
  for (const text of ['caf\u00e9 and na\u00efve', 'x\u00e9\u00e9', 'x\u{1F600}\u00e9', '“quoted” — and more']) {
    t.equal(utf8Plausibility(Buffer.from(text), highByteRuns(Buffer.from(text))), plausibility(text), text)
  }
})

t.test('utf8HasSuspects counts as suspectChars does, up to the number asked', async t => {
  let near = 0
  for (const text of samples()) {
    const bytes = Buffer.from(text, 'utf8')
    const count = suspectChars(text)
    if (count > 0 && count < 12) near++
    for (const wanted of [1, 7, 8, 9, 30]) {
      if (utf8HasSuspects(bytes, wanted) !== count >= wanted) t.fail(`${wanted} of ${count} in ${text.slice(0, 60)}`)
    }
  }
  t.ok(near > 20, `${near} texts hold a few suspects, near the threshold`)
  // a page whose only non-ASCII characters are Windows-1252's extras beyond Latin-1 (each a lead byte of its own)
  const quotes = 'He said “yes” – it’s done… €5 ™ Œuvre ƒ ˆ ˜ Šš Ÿ Žž'
  t.equal(suspectChars(quotes), 16)
  t.ok(utf8HasSuspects(Buffer.from(quotes), 16))
  t.notOk(utf8HasSuspects(Buffer.from(quotes), 17))
  t.notOk(utf8HasSuspects(Buffer.from('arrows → ‐ ⁄ and 中文，。'), 1), 'same lead bytes, not Windows-1252')
})

t.test('the repair answers the same with the UTF-8 bytes as from the text alone', async t => {
  const zh = '北京西直门购物中心发生火灾，无人伤亡，北京市消防局确认火势已得到控制。'
  const asCp1252 = (bytes: Buffer): string => iconv.decode(bytes, 'windows-1252')
  const asLatin1 = (bytes: Buffer): string => bytes.toString('latin1')
  const page = (body: string): string => `<html><body><p>${body}</p>${'<div class="x">filler</div>'.repeat(40)}</body></html>`
  const texts = [
    page(asCp1252(iconv.encode(zh, 'gbk'))),
    page(asCp1252(iconv.encode('臺北市政府今天宣布新的防疫措施，民眾應配合社區篩檢。', 'big5'))),
    page(asLatin1(Buffer.from(zh, 'utf8'))),
    page(asLatin1(Buffer.from(asLatin1(iconv.encode(zh, 'gbk')), 'utf8'))),
    page(asLatin1(Buffer.from('A DIY Investor’s Guide: the doctor’s plan, the nurse’s plan, it’s what everyone’s doing.', 'utf8'))),
    page('Grüße aus München, schöne Straße, Äpfel und Öl über alles. São Paulo, Bogotá — “quotes”'),
    page('新闻 ±5'),
    ...samples().slice(0, 60)
  ]
  let repaired = 0
  for (const text of texts) {
    const bytes = Buffer.from(text, 'utf8')
    const plain = repairMojibake(text, plausibility)
    const withBytes = repairMojibake(text, plausibility, {
      bytes, plausibility: () => utf8Plausibility(bytes, highByteRuns(bytes))
    })
    t.same(withBytes, plain, text.slice(0, 40))
    if (plain.layers.length > 0) repaired++
  }
  t.ok(repaired >= 4, `${repaired} texts repaired`)
})

t.test('utf8Tally counts what the UTF-8 reading of any bytes holds, without making it', async t => {
  /** The count the way the stage made it before: decode, then walk the characters. */
  const slow = (bytes: Buffer): { nonAscii: number, replacements: number } => {
    let nonAscii = 0
    let replacements = 0
    for (const ch of bytes.toString('utf8')) {
      const c = ch.codePointAt(0)!
      if (c < 0x80) continue
      nonAscii++
      if (c === 0xfffd) replacements++
    }
    return { nonAscii, replacements }
  }
  // bytes where UTF-8 decoders differ: bounds of each lead's second byte, surrogates, overlong, truncated sequences
  const edges = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbd, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xee,
    0xef, 0xf0, 0xf4, 0xf5, 0xff]
  const cases: Buffer[] = samples().flatMap(s => {
    const utf8 = Buffer.from(s, 'utf8')
    return [utf8, utf8.subarray(0, utf8.length - 1), iconv.encode(s, 'gb18030'), iconv.encode(s, 'big5')]
  })
  for (let k = 0; k < 20000; k++) {
    const b = Buffer.alloc(1 + next(10))
    for (let i = 0; i < b.length; i++) b[i] = next(4) === 0 ? next(256) : edges[next(edges.length)]
    cases.push(b)
  }
  let wrong = 0
  for (const b of cases) {
    const fast = utf8Tally(b)
    const want = slow(b)
    if (fast.nonAscii !== want.nonAscii || fast.replacements !== want.replacements) {
      if (wrong++ < 5) t.fail(`${b.toString('hex').slice(0, 60)}: ${JSON.stringify(fast)} against ${JSON.stringify(want)}`)
    }
  }
  t.equal(wrong, 0, `${cases.length} byte strings counted`)
  t.same(utf8Tally(Buffer.from('a\ufffdb\xff', 'utf8')), { nonAscii: 2, replacements: 1 }, 'a U+FFFD already there counts')
})

t.test('plausibility and the first checks of the repair read a text in pieces as its joined text, to the bit', async t => {
  let compared = 0
  for (const s of samples()) {
    if (s.length < 2) continue
    // cuts anywhere but inside a surrogate pair (the decode stage never makes such pieces)
    const cuts = [0, 1 + next(s.length - 1), 1 + next(s.length - 1), s.length].sort((a, b) => a - b)
      .filter(i => i === 0 || i === s.length || !(s.charCodeAt(i) >= 0xdc00 && s.charCodeAt(i) <= 0xdfff))
    const pieces = cuts.slice(1).map((to, i) => s.slice(cuts[i], to))
    for (const charset of ['utf-8', 'gb18030', 'big5hkscs', 'windows-1252']) {
      if (plausibility(pieces, charset) !== plausibility(s, charset)) t.fail(`${charset} on ${JSON.stringify(s.slice(0, 40))}`)
      compared++
    }
    const whole = repairMojibake(s, plausibility).layers.length === 0
    if (needsNoRepair(pieces, plausibility) && !whole) t.fail(`repair missed on ${JSON.stringify(s.slice(0, 40))}`)
  }
  t.ok(compared > 1500, `${compared} scores compared`)
  t.equal(plausibility(['x\u00e9', '\u00e9 y']), 0.1, 'a run cut between two pieces is still a run')
  t.equal(plausibility(['\u00e9', ' ', '\u00e9']), 0.8, 'ASCII in a piece of its own ends a run')
})
