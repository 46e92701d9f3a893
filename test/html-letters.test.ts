/**
 * `countLetters` (the HTML front end's letter counts, src/text/index.ts) reads a table filled per code unit: it counts
 * what `/[\p{L}\p{N}]/gu` matches, surrogate pairs as one code point and lone surrogates as none.
 */
import t from 'tap'
import { countLetters } from '../src/text/index.js'

const byPattern = (s: string): number => s.match(/[\p{L}\p{N}]/gu)?.length ?? 0

t.test('countLetters counts what the letter pattern matches, on every code point and on mixed texts', async t => {
  let mismatches = 0
  for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x30000 ? 1 : 97) {
    const s = 'a' + String.fromCodePoint(cp) + '中'
    if (countLetters(s) !== byPattern(s)) mismatches++
  }
  t.equal(mismatches, 0, 'every BMP code point and a sample above')
  const texts = ['Reuters 报道：北京 2025年', '\ud83d\ude00 ok 𝐀𝐁 ٣٤', 'lone \ud800 high', 'lone \udc00 low', '\ud800', 'x\ud835',
    '𠀀𠀁 Ⅻ ½', '', '   ', 'abc123']
  for (const s of texts) t.equal(countLetters(s), byPattern(s), JSON.stringify(s))
  t.equal(countLetters('北京 2025'), 6)
})
