/**
 * segmentLanguage (src/flags/index.ts) counts Han and Latin code units with a table: the same answers as the runs of
 * `\p{Script=Han}` and `\p{Script=Latin}` it was first written with, on every code point.
 */
import t from 'tap'
import { CODE_PUNCTUATION, hasCodePunctuation, looksLikeCode, segmentLanguage } from '../src/flags/index.js'
import { piecesTexts } from './generated.js'

/** The first version: runs of each script, measured in code units. */
function byRuns (text: string): string {
  if (looksLikeCode(text)) return 'other'
  let han = 0
  let latin = 0
  for (const m of text.matchAll(/(\p{Script=Han}+)|(\p{Script=Latin}+)/gu)) {
    if (m[1] !== undefined) han += m[1].length
    else latin += m[0].length
  }
  if (han === 0 && latin === 0) return 'other'
  return han * 3 >= latin ? 'zh' : 'en'
}

t.test('English, Chinese and neither', async t => {
  t.equal(segmentLanguage('The State Council met on Tuesday.'), 'en')
  t.equal(segmentLanguage('国务院常务会议周二召开。'), 'zh')
  t.equal(segmentLanguage('2024-03-19 08:30'), 'other')
  t.equal(segmentLanguage('err := os.Create(dst)'), 'other', 'code')
  t.equal(segmentLanguage('𠀀𠀁 ab'), 'zh', 'Han outside the BMP counts two code units')
})

t.test('the table gives the runs\' answer on every code point', async t => {
  let checked = 0
  for (let cp = 0; cp < 0x30000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue
    const ch = String.fromCodePoint(cp)
    // beside Latin letters and beside Han characters: the character tips the balance either way when it counts
    for (const text of [`${ch}ab`, `${ch}${ch}中abcdef`, `中${ch}`]) {
      if (segmentLanguage(text) !== byRuns(text)) t.fail(`U+${cp.toString(16)} in ${JSON.stringify(text)}`)
      checked++
    }
  }
  for (const text of ['\ud840', 'a\ud840b', '\udc00中', '中\ud840\ud840']) t.equal(segmentLanguage(text), byRuns(text))
  t.ok(checked > 500_000)
})

t.test('hasCodePunctuation answers as the code pattern on generated text', async t => {
  const pieces = ['=', '>', '(', ')', '{', '}', ':', '!', ';', ',', 'a', 'Z', '_', '1', ' ', '\n', '\u00a0', '\ufeff', '\u3000',
    'é', '中', '.', 'word ']
  let matched = 0
  for (const text of piecesTexts(pieces, 3, 100_000, 10)) {
    const expected = CODE_PUNCTUATION.test(text)
    if (expected) matched++
    if (hasCodePunctuation(text) !== expected) t.fail(JSON.stringify(text))
  }
  t.ok(matched > 10_000 && matched < 90_000, `both answers reached (${matched} of 100,000 match)`)
  for (const text of ['f(x)', 'f(x,', 'é(x)', '(x)', 'a == b', 'x;  \n', 'x; y', 'a => b', '', '(']) {
    t.equal(hasCodePunctuation(text), CODE_PUNCTUATION.test(text), text)
  }
})
