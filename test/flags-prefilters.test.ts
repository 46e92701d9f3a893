/**
 * Exact prefilters of the flag rules: a rule skips its pattern only when the pattern cannot match. Each is checked
 * against the pattern it stands for, on every code point and on real lines.
 */
import t from 'tap'
import { GLUE_POINT, hasGluePoint } from '../src/flags/rules/spacing-missing.js'
import { CJK_TEXT_RUN, mayHoldCjkRun } from '../src/text/index.js'
import {
  hasSpaceGap, isLower, isLowerWord, isSpaceGap, isTitleCaseWord, isUpper, mayHoldSentences, sentences, startPage,
  tokens
} from '../src/flags/text.js'
import { runRules } from '../src/flags/index.js'
import { piecesTexts } from './generated.js'
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

/** Whether two tokens of `text` are set apart by a space gap, and how many sentences it has, read the long way. */
function spacedTokens (text: string): boolean {
  const words = tokens(text)
  return words.some((w, i) => i > 0 && isSpaceGap(text.slice(words[i - 1].end, w.start)))
}

t.test('hasSpaceGap and mayHoldSentences say no only where no tokens are spaced apart and one sentence at most is', async t => {
  let gapless = 0
  let single = 0
  const check = (text: string): void => {
    startPage()
    if (!hasSpaceGap(text)) {
      gapless++
      if (spacedTokens(text)) t.fail(`tokens spaced apart in ${JSON.stringify(text)}`)
    }
    if (!mayHoldSentences(text)) {
      single++
      if (sentences(text).length > 1) t.fail(`two sentences in ${JSON.stringify(text)}`)
    }
  }
  // every character between two words and after a sentence mark
  for (const ch of everyCharacter()) for (const shape of ['ab{}cd', 'It ends.{}Next one.', 'x.{}Y', '1{}2.']) check(shape.replace('{}', ch))
  // texts of the pieces the tokenizer and the splitter read: letters, digits, marks, closers, Chinese marks, spaces
  const pieces = ['a', 'Bc', '7', '.', '!', '?', '…', '”', ')', '。', '？', ' ', '\t', '\u00a0', '\n', '\u3000', '-', "'",
    'Mr.', 'e.g.', '中']
  for (const text of piecesTexts(pieces, 7, 20_000, 8)) check(text)
  t.ok(gapless > 100_000 && single > 100_000, `both said no often enough to test them (${gapless}, ${single})`)
  t.ok(hasSpaceGap('the the') && mayHoldSentences('One. Two.') && mayHoldSentences('一。二'))
  t.notOk(hasSpaceGap('1a2b') || mayHoldSentences('Mr.Li.'))
})

t.test('the rules gated by them flag as before on texts the gates let through', async t => {
  // the gated rules' own examples still flag (the gate lets real findings through)
  const flagged = runRules([
    { pointer: '/0', text: 'The forum discussed the the role of data sharing.' },
    { pointer: '/1', text: 'Cao Shumin attended the forum and delivered a speech. And speech.' },
    { pointer: '/2', text: 'Various departments have worked together and worked together to promote growth.' },
    { pointer: '/3', text: 'The country is uniformly deploying digital government construction Goals and tasks.' },
    { pointer: '/4', text: 'Shandong will strive to insert “digital wings” for high-quality development “. Then it will act.' }
  ]).map(f => `${f.pointer} ${f.rule}`)
  for (const want of ['/0 repetition-word', '/1 repetition-echo', '/2 repetition-phrase', '/3 capitalization-midsentence',
    '/4 punctuation-unpaired']) t.ok(flagged.includes(want), want)
})
