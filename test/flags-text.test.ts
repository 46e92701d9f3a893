/**
 * The rules' shared tokenizer (src/flags/text.ts): exact offsets, a cache that holds a page's segments (the rules run
 * segment by segment, and one of them reads every segment of the page first).
 */
import t from 'tap'
import { isAbbreviationDot, letterTokens, sentences, startPage, tokens, tokensIn, type Token } from '../src/flags/text.js'
import { runRules } from '../src/flags/index.js'
import { randomInts } from './random.js'

t.test('tokens are runs of letters, digits and marks with exact offsets', async t => {
  const text = 'The U.S. don\'t 中文 naïve 42'
  const got = tokens(text)
  t.same(got.map(k => k.text), ['The', 'U', 'S', 'don', 't', '中文', 'naïve', '42'])
  for (const k of got) t.equal(text.slice(k.start, k.end), k.text)
  t.equal(got[0].lower, 'the')
})

t.test('a page of segments stays cached while every rule walks it; an oversized text is kept only in front', async t => {
  const page = Array.from({ length: 500 }, (_, i) => `Segment number ${i} of a long page, with a few words.`)
  const first = page.map(tokens)
  t.ok(page.every((s, i) => tokens(s) === first[i]), 'the same answers on the second walk')
  const huge = 'word '.repeat(60_000)
  const hugeTokens = tokens(huge)
  // the rules ask for one segment's tokens one after the other: six rules tokenized a 1 MiB segment six times
  t.equal(tokens(huge), hugeTokens, 'over the budget: asked again at once, the same answer')
  t.equal(tokens(page[0]), first[0], 'and it evicted nothing')
  t.not(tokens(huge), hugeTokens, 'once another text was asked, tokenized anew: it is not in the map')
  // shared, but not frozen: V8's optimized code reads a frozen array's elements through a call (src/flags/text.ts)
  t.notOk(Object.isFrozen(first[0]), 'a plain array')
})

t.test('sentences are kept for the page like tokens, and fill the cache until it is full', async t => {
  const page = Array.from({ length: 500 }, (_, i) => `Segment ${i} ends here. Then Mr. Li spoke!`)
  const first = page.map(sentences)
  t.same(first[7].map(s => page[7].slice(s.start, s.end)), ['Segment 7 ends here.', 'Then Mr. Li spoke!'])
  t.ok(page.every((s, i) => sentences(s) === first[i]), 'the same answers on the second walk')
  t.notOk(Object.isFrozen(first[0]), 'a plain array, as the tokens')
  const huge = 'A sentence. '.repeat(30_000)
  const hugeSentences = sentences(huge)
  t.equal(sentences(huge), hugeSentences, 'over the budget: asked again at once, the same answer')
  t.equal(sentences(page[0]), first[0], 'and it evicted nothing')
  t.not(sentences(huge), hugeSentences, 'once another text was asked, split anew: it is not in the map')
  // a full cache starts again: pages of many segments keep being cached, with the same answers
  const other = Array.from({ length: 10_000 }, (_, i) => `Another page, segment ${i}. It has two sentences.`)
  const answers = other.map(sentences)
  t.same(sentences(other[0]), answers[0], 'an evicted text is split again, the same way')
  t.equal(sentences(other[9_999]), answers[9_999], 'the last ones are still kept')
})

t.test('tokens are the runs of [\\p{L}\\p{N}\\p{M}]+ on every code point', async t => {
  const byPattern = (text: string): string[] => [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map(m => `${m.index}:${m[0]}`)
  for (let cp = 0; cp < 0x30000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue
    const ch = String.fromCodePoint(cp)
    const text = `a${ch}b ${ch}`
    const got = tokens(text).map(k => `${k.start}:${k.text}`)
    if (got.join('|') !== byPattern(text).join('|')) t.fail(`U+${cp.toString(16)}`)
  }
  t.same(tokens('x\ud840y\udc00').map(k => k.text), ['x', 'y'], 'lone surrogates split tokens')
})

t.test("a token's lower case is the word's own, whatever its context in the text", async t => {
  // the text is lower-cased once when that is exact: not when a character changes length (İ) or follows its
  // context (Σ is ς at a word's end, σ before an apostrophe and a letter)
  for (const text of ['ΟΔΟΣ\'Α ΣΙΣΥΦΟΣ', 'İstanbul and ISTANBUL', 'Straße STRASSE', 'ǅungla ǈ', 'Plain ASCII Words']) {
    for (const k of tokens(text)) t.equal(k.lower, k.text.toLowerCase(), `${text}: ${k.text}`)
  }
  for (let cp = 0x80; cp < 0x30000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue
    const text = `Ab${String.fromCodePoint(cp)}c Σ`
    for (const k of tokens(text)) if (k.lower !== k.text.toLowerCase()) t.fail(`U+${cp.toString(16)}: ${k.text}`)
  }
})

t.test('the cache holds one page: a new page starts empty, so a bench that cycles pages times what a crawl pays', async t => {
  const text = 'The council approved the budget on Tuesday, after a long debate about schools and roads.'
  const first = tokens(text)
  t.equal(tokens(text), first, 'kept within a page')
  startPage()
  t.not(tokens(text), first, 'computed again on the next page')
  const again = sentences(text)
  runRules([{ pointer: '/body/0', text }])
  t.not(sentences(text), again, 'each run of the rules is a page of its own')
})

t.test('letter tokens are the tokens holding a /\\p{L}/u letter, on every code point', async t => {
  // the letters are read from the word table's class, not by a pattern per token
  for (let cp = 0; cp < 0x30000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue
    const ch = String.fromCodePoint(cp)
    const text = `${ch} 1${ch} ${ch}2 a${ch} 7`
    startPage()
    const want = tokens(text).filter(k => /\p{L}/u.test(k.text)).map(k => `${k.start}:${k.text}`).join('|')
    if (letterTokens(text).map(k => `${k.start}:${k.text}`).join('|') !== want) t.fail(`U+${cp.toString(16)}`)
  }
  t.same(letterTokens('42 x7 \u0301\u0301 9\u{1d400}').map(k => k.text), ['x7', '9\u{1d400}'])
})

/** The splitter as it read marks and white space before (a string per code unit, `Set`s and `/\s/`). */
function sentencesByStrings (text: string): Array<{ start: number, end: number, terminator: string }> {
  const marks = new Set(['.', '!', '?', '。', '！', '？'])
  const cjk = new Set(['。', '！', '？'])
  const repeated = new Set(['.', '!', '?', '…'])
  const closers = new Set(['"', '”', '’', "'", ')', ']', '」', '』', '）'])
  const skip = (i: number): number => { while (i < text.length && /\s/.test(text[i])) i++; return i }
  const out = []
  let start = skip(0)
  let i = start
  while (i < text.length) {
    if (!marks.has(text[i])) { i++; continue }
    let j = i + 1
    while (j < text.length && repeated.has(text[j])) j++
    while (j < text.length && closers.has(text[j])) j++
    const ch = text[i]
    const ends = cjk.has(ch) || ((j >= text.length || /\s/.test(text[j])) && !(ch === '.' && j === i + 1 && isAbbreviationDot(text, i)))
    if (ends) {
      out.push({ start, end: j, terminator: ch })
      start = skip(j)
      i = start
    } else i = j
  }
  if (start < text.length) {
    let end = text.length
    while (end > start && /\s/.test(text[end - 1])) end--
    if (end > start) out.push({ start, end, terminator: '' })
  }
  return out
}

t.test('sentences split as the string-per-unit splitter did, on generated texts', async t => {
  const pieces = ['Mr', 'Li', 'said', 'U.S', '中文', '说', '.', '!', '?', '。', '！', '？', '…', '"', '”', ')', '」', '）',
    ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\u2028', '\ufeff', '\u200b', '\u2009', '\u180e', 'e.g', 'J', '1', '\ud83d\ude00', '\ud800']
  const next = randomInts(11)
  for (let k = 0; k < 20000; k++) {
    let text = ''
    for (let n = next(24); n > 0; n--) text += pieces[next(pieces.length)]
    startPage()
    const got = sentences(text).map(s => ({ start: s.start, end: s.end, terminator: s.terminator }))
    if (JSON.stringify(got) !== JSON.stringify(sentencesByStrings(text))) { t.fail(JSON.stringify(text)); break }
  }
  t.pass('20,000 texts')
})

t.test("a sentence's letter tokens from the text's are its own slice's, on generated texts", async t => {
  const pieces = ['Mr', 'Li', 'said', 'ΟΔΟΣ', 'Σ', 'İx', 'U.S', '中文', '42', '.', '!', '?', '。', '！', '…', '"', '”', ')', '」',
    ' ', '\t', '\n', '\u3000', "'", '-', 'e.g', 'J', 'and', '\u0301', '\ud835\udc00', '\ud800', 'x\ud840']
  const next = randomInts(7)
  const show = (ks: Token[]): string => ks.map(k => `${k.text}/${k.lower}`).join('|')
  for (let k = 0; k < 20000; k++) {
    let text = ''
    for (let n = next(30); n > 0; n--) text += pieces[next(pieces.length)]
    startPage()
    for (const s of sentences(text)) {
      const own = letterTokens(text.slice(s.start, s.end))
      const got = tokensIn(letterTokens(text), s.start, s.end)
      if (show(got) !== show(own) || got.some(w => text.slice(w.start, w.end) !== w.text)) {
        t.fail(JSON.stringify(text.slice(s.start, s.end)))
        return
      }
    }
  }
  t.pass('20,000 texts')
})
