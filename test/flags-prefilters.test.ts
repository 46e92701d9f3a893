/**
 * Exact prefilters of the flag rules: a rule skips its pattern only when the pattern cannot match. Each is checked
 * against the pattern it stands for, on every code point and on real lines.
 */
import t from 'tap'
import { GLUE_POINT, hasGluePoint } from '../src/flags/rules/spacing-missing.js'
import { CJK_TEXT_RUN, mayHoldCjkRun } from '../src/text/index.js'
import { isLower, isLowerWord, isTitleCaseWord, isUpper } from '../src/flags/text.js'
import { fixture } from './helpers.js'

/** Every BMP character, each pair of the planes' first letters, and lone surrogates. */
function everyCharacter (): string[] {
  const out: string[] = []
  for (let c = 0; c < 0x10000; c++) out.push(String.fromCharCode(c))
  out.push('𝐚', '𝐀', '𠀀', '\ud835\udc00')
  return out
}

t.test('hasGluePoint answers as GLUE_POINT, wherever the mark stands', async t => {
  const shapes = ['{}.Ab', 'x{}!Zz', '5%{}', '{}%a', 'ab{}.Cd', 'a.{}b', 'a?B{}', '9{}%x']
  let compared = 0
  let matched = 0
  for (const ch of everyCharacter()) {
    for (const shape of shapes) {
      const text = shape.replace('{}', ch)
      const expected = GLUE_POINT.test(text)
      if (expected) matched++
      if (hasGluePoint(text) !== expected) t.fail(`${JSON.stringify(text)}: ${String(expected)}`)
      compared++
    }
  }
  for (const line of fixture('html/gov-trs.utf8.html').toString('utf8').split('\n')) {
    if (hasGluePoint(line) !== GLUE_POINT.test(line)) t.fail(line.slice(0, 60))
  }
  t.ok(matched > 1000 && compared > 500_000, `${compared} texts, ${matched} with a glue point`)
  t.ok(hasGluePoint('at 80.4%throughout the process') && hasGluePoint('a speech.Photo by X'))
  t.notOk(hasGluePoint('Nov. 17, U.S. and No.1 said.“The'))
})

t.test('mayHoldCjkRun says no only where CJK_TEXT_RUN finds nothing', async t => {
  let runs = 0
  for (const ch of everyCharacter()) {
    CJK_TEXT_RUN.lastIndex = 0
    const found = CJK_TEXT_RUN.test(`a ${ch} b`)
    if (found) runs++
    if (found && !mayHoldCjkRun(`a ${ch} b`)) t.fail(`U+${ch.codePointAt(0)?.toString(16) ?? ''}`)
  }
  t.ok(runs > 20_000, `${runs} characters make a run`)
  t.notOk(mayHoldCjkRun('English text with “curly quotes” — and dashes…'))
  t.ok(mayHoldCjkRun('left in Chinese 色 here') && mayHoldCjkRun('full-width，comma'))
})

t.test('isTitleCaseWord and isLowerWord read ASCII from its codes, the rest by case mapping, as before', async t => {
  // the definitions the fast paths replace: every unit (title case) or code point (lower word) by isUpper/isLower
  const titleCase = (w: string): boolean => {
    if (w.length < 2 || !isUpper(w[0])) return false
    for (let i = 1; i < w.length; i++) if (!isLower(w[i])) return false
    return true
  }
  const lowerWord = (w: string): boolean => [...w].every(isLower) && w.length > 0
  let compared = 0
  for (const ch of everyCharacter()) {
    for (const w of [`A${ch}`, `${ch}bc`, `a${ch}`, ch, `Ab${ch}`, `${ch}${ch}`]) {
      if (isTitleCaseWord(w) !== titleCase(w)) t.fail(`title case ${JSON.stringify(w)}`)
      if (isLowerWord(w) !== lowerWord(w)) t.fail(`lower word ${JSON.stringify(w)}`)
      compared++
    }
  }
  t.ok(compared > 390_000, `${compared} words`)
  t.ok(isTitleCaseWord('Goals') && isTitleCaseWord('Éclair') && !isTitleCaseWord('AI') && !isTitleCaseWord('iPhone'))
  t.ok(isLowerWord('naïve') && !isLowerWord('') && !isLowerWord('ok1'))
})
