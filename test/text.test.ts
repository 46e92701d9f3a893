import t from 'tap'
import {
  CJK_TEXT_RUN, ENGLISH_MONTH, EN_REPORTER_ROLE, HAN, HAN_RUN, MONTH_NUMBER, ZH_REPORTER_ROLE, collapsedWeightedLength,
  countWords, escapeRegExp, isSpace, sliceOf, unitAt, weightedLength, weightedLengthAtLeast, weightedLengthOver
} from '../src/text/index.js'
import { piecesTexts } from './generated.js'
import { holdsInvisible, normalizeLine, ownString, splitLines } from '../src/text/normalize.js'
import { serialize } from 'node:v8'
import { randomInts } from './random.js'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

t.test('weightedLength: a CJK character (Han, kana, Hangul) counts 2.5, anything else 1', async t => {
  t.equal(weightedLength('news'), 4)
  t.equal(weightedLength('新闻'), 5)
  t.equal(weightedLength('ニュース'), 10)
  t.equal(weightedLength('뉴스 EU'), 8)
  t.equal(weightedLength(''), 0)
  // one character is one character: an emoji or a Han character outside the BMP is not two
  t.equal(weightedLength('🙂 ok'), 4)
  t.equal(weightedLength('𠀀'), 2.5)
  t.equal(weightedLength('〇'), 2.5)
})

t.test('the bounded weighted length tests answer as the whole length does', async t => {
  const pieces = ['a', ' ', '新', 'ニ', '뉴', '𠀀', '🙂', '\ud840', 'é', '。']
  const next = randomInts(11)
  for (let k = 0; k < 3000; k++) {
    let text = ''
    for (let n = next(40); n > 0; n--) text += pieces[next(pieces.length)]
    const whole = weightedLength(text)
    for (const limit of [0, 1, 2.5, 3, 7.5, 10, 24, 40, whole - 0.5, whole, whole + 0.5]) {
      if (weightedLengthAtLeast(text, limit) !== (whole >= limit)) t.fail(`at least ${limit}: ${JSON.stringify(text)}`)
      if (weightedLengthOver(text, limit) !== (whole > limit)) t.fail(`over ${limit}: ${JSON.stringify(text)}`)
    }
  }
  t.ok(weightedLengthAtLeast('x'.repeat(80), 80))
  t.notOk(weightedLengthAtLeast('x'.repeat(79), 80))
  t.ok(weightedLengthOver('新'.repeat(5), 12))
  t.notOk(weightedLengthOver('新'.repeat(5), 12.5))
})

t.test('collapsedWeightedLength is the weighted length of the text folded and trimmed', async t => {
  // every kind of \s (tab, line feed, no-break, ideographic, line separator, BOM), CJK, pairs and lone surrogates,
  // white space between the halves of a pair
  const pieces = ['a', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\u2028', '\ufeff', '\u1680', '新', 'ニ', '뉴', '𠀀',
    '🙂', '\ud840', '\udc00', 'é', '。', '\u200b']
  let n = 0
  for (const text of piecesTexts(pieces, 5, 20_000, 12)) {
    const want = weightedLength(text.replace(/\s+/g, ' ').trim())
    if (collapsedWeightedLength(text) !== want) t.fail(`${JSON.stringify(text)}: ${collapsedWeightedLength(text)} != ${want}`)
    n++
  }
  t.equal(n, 20_000)
  t.equal(collapsedWeightedLength('  two \n\t words  '), 9, 'the inner run is one space, the ends nothing')
  t.equal(collapsedWeightedLength('新\u3000 闻'), 6, 'an ideographic space folds like any other')
  t.equal(collapsedWeightedLength('\ud840 \udc00'), 3, 'halves of a pair apart stay two characters')
  t.equal(collapsedWeightedLength(' \t\n'), 0)
})

t.test('holdsInvisible: exactly the characters normalizeLine takes out', async t => {
  let taken = 0
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c)
    if (/\s/.test(ch)) continue // white space is folded to a space, never taken out
    const out = normalizeLine(`a${ch}b`) === 'ab'
    if (out) taken++
    if (holdsInvisible(`a${ch}b`) !== out) t.fail(`U+${c.toString(16)}: holdsInvisible ${!out}, normalizeLine takes it ${out ? 'out' : 'not'}`)
  }
  t.ok(taken > 60, `${taken} characters taken out`)
  t.ok(holdsInvisible('by\u00adline'))
  t.notOk(holdsInvisible('By Jane Doe\u00a0\t'))
})

t.test('weightedLength reads code units fast and exactly', async t => {
  t.equal(weightedLength('𠀀a'), 3.5) // a Han character outside the BMP: one code point, two code units
  t.equal(weightedLength('\ud840a'), 2) // a lone surrogate is one code point that is not CJK
  // the fast paths give exactly what the per-character test gives, on every BMP code point
  const cjk = /[\p{Script=Han}\u3040-\u30ff\p{Script=Hangul}]/u
  let expected = 0
  let all = ''
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue
    const ch = String.fromCharCode(c)
    all += ch
    expected += cjk.test(ch) ? 2.5 : 1
  }
  t.equal(weightedLength(all), expected)
})

t.test('countWords: Latin words and one word per Han character', async t => {
  t.equal(countWords('The e-government forum’s 2nd day.'), 5)
  t.equal(countWords('数字政府 grows'), 5)
  t.equal(countWords(''), 0)
})

t.test('HAN, HAN_RUN and CJK_TEXT_RUN tell Chinese from other scripts', async t => {
  t.ok(HAN.test('中'))
  t.notOk(HAN.test('ア'))
  t.same('EU 欧盟 and 中国'.match(HAN_RUN), ['欧盟', '中国'])
  t.same([...'见 “EU”：欧盟（布鲁塞尔）。 Next'.matchAll(CJK_TEXT_RUN)].map(m => m[0]), ['见', '：欧盟（布鲁塞尔）。'])
})

t.test('isSpace accepts the no-break and ideographic spaces, not letters or zero-width marks', async t => {
  for (const c of [' ', '\n', '\t', '\r', '\f', '\v', '\u00a0', '\u3000']) t.ok(isSpace(c), JSON.stringify(c))
  for (const c of ['a', '中', '\u200b', '']) t.notOk(isSpace(c), JSON.stringify(c))
})

t.test('escapeRegExp makes every special character literal', async t => {
  const term = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o'
  t.ok(new RegExp(`^${escapeRegExp(term)}$`).test(term))
  t.notOk(new RegExp(escapeRegExp('a.c')).test('abc'))
})

t.test('ENGLISH_MONTH matches month names and abbreviations, MONTH_NUMBER numbers them', async t => {
  const month = new RegExp(`^${ENGLISH_MONTH}$`, 'u')
  for (const m of ['Jan', 'Jan.', 'January', 'Sept.', 'Sep', 'September', 'May', 'June', 'Jul']) t.ok(month.test(m), m)
  for (const m of ['Janus', 'Mayor', 'Decimal', 'jan']) t.notOk(month.test(m), m)
  t.ok(new RegExp(`^${ENGLISH_MONTH}$`, 'iu').test('jan'))
  t.equal(MONTH_NUMBER.sept, 9)
  t.equal(MONTH_NUMBER.december, 12)
  t.equal(Object.keys(MONTH_NUMBER).length, 24)
})

t.test('reporter roles: Chinese outlet and grade prefixes, English singular and plural', async t => {
  const zh = new RegExp(`^${ZH_REPORTER_ROLE}$`, 'u')
  for (const r of ['记者', '本报记者', '新华社特约记者', '实习记者', '通讯员']) t.ok(zh.test(r), r)
  t.notOk(zh.test('编辑'))
  const en = new RegExp(`^${EN_REPORTER_ROLE}$`, 'u')
  for (const r of ['Reporter', 'Reporters', 'Correspondent']) t.ok(en.test(r), r)
  // traditional forms too (data/reporter-roles.json)
  for (const r of ['記者', '本報記者', '新華社特約記者']) t.ok(zh.test(r), r)
  t.notOk(en.test('Editor'))
})

t.test('normalizeLine: the shortcut for lines needing no change gives what the two replacements give', async t => {
  // eslint-disable-next-line no-control-regex -- the same classes as src/text/normalize.ts
  const invisible = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufffc]/g
  const spaces = /[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g
  const slow = (line: string): string => line.replace(invisible, '').replace(spaces, ' ').trim()
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c)
    for (const line of [`a${ch}b`, ` ${ch} x `, `a ${ch} b`, `${ch}${ch}`, `x ${ch}`]) {
      if (normalizeLine(line) !== slow(line)) t.fail(`U+${c.toString(16)} in ${JSON.stringify(line)}`)
    }
  }
  t.equal(normalizeLine('  two  spaces\u3000and\u00a0more\u200b '), 'two spaces and more')
  t.equal(normalizeLine(' plain line '), 'plain line')
})

t.test('splitLines gives each line as its own string, one-byte when its characters are all Latin-1', async t => {
  // V8's serializer writes a one-byte string with the tag `"` and a two-byte one with `c`: the width is observable
  const width = (s: string): string => serialize(s)[2] === 0x22 ? 'one-byte' : 'two-byte'
  // a page with one Chinese name: the page is a two-byte string, and so is every line cut from it
  const page = 'The forum was held in Fuzhou on Monday afternoon.\n李军华 spoke there.\r\n' +
    '  Déjà vu: café, ñandú, ÿ and × signs (Latin-1 only).  \nok\n'
  t.equal(width(page.split('\n')[0]), 'two-byte', 'a line cut from the page has its width')
  const lines = splitLines(page)
  t.same(lines, page.split(/\r\n|\n/).map(l => normalizeLine(l)).filter(l => l !== ''), 'the same lines as before')
  t.same(lines.map(width), ['one-byte', 'two-byte', 'one-byte', 'two-byte'],
    'Latin-1 lines of 13 units or more become one-byte; a wider line stays two-byte; a short line is left as it is')
  for (let c = 0; c < 0x10000; c += 7) {
    const line = `line ${String.fromCharCode(c)} of text 中`.slice(0, -2)
    if (ownString(line) !== line) t.fail(`U+${c.toString(16)}`)
  }
  t.equal(ownString('x'.repeat(12) + '中'), 'x'.repeat(12) + '中')
})

t.test('splitLines answers as the line-by-line reading, whatever breaks and spaces a text holds', async t => {
  // splitLines asks the whole text once which line ends and which normalizing it needs: these texts mix them
  const reference = (text: string): string[] =>
    text.split(/\r\n|[\r\n\u2028\u2029\u0085]/).map(l => normalizeLine(l)).filter(l => l !== '')
  const pieces = ['a', 'line', '中文', ' ', '  ', '\n', '\r\n', '\r', '\u2028', '\u0085', '\t', '\u00a0', '\u3000', '\u200b', '\n\n']
  const next = randomInts(9)
  for (let k = 0; k < 3000; k++) {
    let text = ''
    for (let n = 1 + next(12); n > 0; n--) text += pieces[next(pieces.length)]
    // a third of the texts hold only LF and plain spaces: the native split and the trim alone
    if (k % 3 === 0) text = text.replace(/[\r\u2028\u0085]/g, '\n').replace(/[\t\u00a0\u3000\u200b]/g, ' ').replace(/ {2,}/g, ' ')
    if (JSON.stringify(splitLines(text)) !== JSON.stringify(reference(text))) { t.fail(JSON.stringify(text)); return }
  }
  t.same(splitLines(' a \n\n b\tc \r\n d '), ['a', 'b c', 'd'])
  t.same(splitLines(' a \n\n b c \n d '), ['a', 'b c', 'd'])
})

t.test('countWords counts what the word pattern matches, on every code point and joiner', async t => {
  const pattern = /\p{Script=Han}|[[\p{L}\p{N}]--\p{Script=Han}]+(?:['’\-][[\p{L}\p{N}]--\p{Script=Han}]+)*/gv
  const byPattern = (text: string): number => [...text.matchAll(pattern)].length
  for (let cp = 0; cp < 0x30000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue
    const ch = String.fromCodePoint(cp)
    for (const text of [`a${ch}b`, `a'${ch}`, `${ch}-x`, `中${ch}${ch}`, `${ch}'`]) {
      if (countWords(text) !== byPattern(text)) t.fail(`U+${cp.toString(16)} in ${JSON.stringify(text)}`)
    }
  }
  for (const text of ["don't stop", 'well-known', "a''b", "a'-b", '--', "x'", '中文 and English', '\ud840x', 'a\udc00']) {
    t.equal(countWords(text), byPattern(text), text)
  }
})

t.test('countWords counts what the word pattern matches on real pages (the seeds, the Chinese test pages)', async t => {
  const pattern = /\p{Script=Han}|[[\p{L}\p{N}]--\p{Script=Han}]+(?:['’\-][[\p{L}\p{N}]--\p{Script=Han}]+)*/gv
  const byPattern = (text: string): number => [...text.matchAll(pattern)].length
  const fixtures = join(import.meta.dirname, 'fixtures')
  const files = [
    ...readdirSync(join(fixtures, 'seeds')).filter(f => f.endsWith('.txt')).map(f => join(fixtures, 'seeds', f)),
    ...readdirSync(join(fixtures, 'zh-news', 'html')).slice(0, 10).map(f => join(fixtures, 'zh-news', 'html', f))
  ]
  let words = 0
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      words += countWords(line)
      if (countWords(line) !== byPattern(line)) t.fail(`${f}: ${line.slice(0, 60)}`)
    }
  }
  t.ok(words > 10_000, `${words} words`)
})

t.test('unitAt and sliceOf read a text as charCodeAt and slice do, in every representation a page gives', async t => {
  // seed 000's opening sentence and seed 002's first line (test/fixtures/seeds)
  const english = 'On July 24, the Fifth Digital China Construction Summit Electronic Government Affairs ' +
    '(Digital Anti -Epidemic) Forum was held in Fuzhou.'
  const chinese = '中新网广州11月26日电 2021(第十六届)中国电子政务论坛暨首届数字政府建设峰会26日在广州举行。'
  const joined = english + ' ' + chinese
  const texts = [
    english, english.slice(3), [english, ''].join(''), 'x' + english, joined, joined.slice(0, english.length),
    joined.slice(english.length + 1), chinese + ' 𠀀 ' + english, Buffer.from(english).toString('latin1')
  ]
  const read = (text: string, unit: typeof unitAt, slice: typeof sliceOf): unknown[] =>
    Array.from({ length: text.length + 2 }, (_, k) => k - 1).map(i =>
      [unit(text, i), slice(text, i), slice(text, i, i + 7), slice(text, 0, i)])
  for (const text of texts) {
    t.same(read(text, unitAt, sliceOf), read(text, (s, i) => s.charCodeAt(i), (s, a, b) => s.slice(a, b)), text)
  }
})
