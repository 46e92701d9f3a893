/**
 * The rules' exact prefilters (a rule that cannot fire answers before running its patterns) and the shared helpers
 * they read: each prefilter is checked at its edge, where a looser or wrong one would drop a real flag.
 */
import t from 'tap'
import { isLower, isUpper, letterTokens, tokens } from '../../src/flags/text.js'
import { spans } from './helpers.js'
import { mayHoldTerm } from '../../src/text/spam-lexicon.js'
import type { SegmentRule } from '../../src/flags/rule.js'
import { piecesTexts } from '../generated.js'

t.test('isUpper and isLower read ASCII by its code and give the case mapping answer on every BMP character', async t => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c)
    const upper = ch !== ch.toLowerCase() && ch === ch.toUpperCase()
    const lower = ch !== ch.toUpperCase() && ch === ch.toLowerCase()
    if (isUpper(ch) !== upper || isLower(ch) !== lower) t.fail(`U+${c.toString(16)}`)
  }
  t.notOk(isUpper(''))
  t.ok(isUpper('AB'), 'a longer string by case mapping')
})

t.test('letterTokens are the tokens that hold a letter, shared like tokens', async t => {
  const text = 'In 2024, 42 firms (G7) met 3 times; ١٢ 中文 naïve'
  t.same(letterTokens(text).map(w => w.text), tokens(text).filter(w => /\p{L}/u.test(w.text)).map(w => w.text))
  t.same(letterTokens(text).map(w => w.text), ['In', 'firms', 'G7', 'met', 'times', '中文', 'naïve'])
  t.equal(letterTokens(text), letterTokens(text))
  // every token holds a letter: the text's own tokens serve, no copy; a number later makes a copy from there on
  const words = 'The forum discussed data sharing in Fuzhou'
  t.equal(letterTokens(words), tokens(words))
  const later = 'The forum met on July 24 in Fuzhou'
  t.same(letterTokens(later).map(w => w.text), ['The', 'forum', 'met', 'on', 'July', 'in', 'Fuzhou'])
  t.not(letterTokens(later), tokens(later))
  t.ok(!Object.isFrozen(letterTokens(later)) && !Object.isFrozen(letterTokens(words)), 'plain arrays, as the tokens')
})

t.test('spacing-hyphen starts its pattern before the next spaced hyphen, never past a match', async t => {
  const text = 'A plan - as drafted - for (Digital Anti -Epidemic) work, e\t-government and Beijing -Tianjin -Hebei.'
  t.same(spans('spacing-hyphen', text).map(([found]) => found), ['Anti -Epidemic', 'e\t-government',
    'Beijing -Tianjin -Hebei'])
  t.same(spans('spacing-hyphen', 'well-known state-owned firms - as planned'), [], 'no spaced hyphen glued to a word')
})

t.test('spacing-missing, spacing-before-punctuation and punctuation-apostrophe still see what their prefilter lets by', async t => {
  t.same(spans('spacing-missing', 'Service matters were served at 80.4%throughout the process.'), [
    ['80.4%throughout', '80.4% throughout']
  ])
  t.same(spans('spacing-missing', 'He delivered a speech.Photo by the press office.'), [
    ['speech.Photo', 'speech. Photo']
  ])
  // the prefilter's edges: a combining mark before the stop, a two-letter word after it
  t.same(spans('spacing-missing', 'We met at the cafe\u0301.Then we left.'), [
    ['cafe\u0301.Then', 'cafe\u0301. Then']
  ])
  t.same(spans('spacing-missing', 'It was my idea.Ok we said.'), [['idea.Ok', 'idea. Ok']])
  t.same(spans('spacing-missing', 'The U.S.A. and No.1 and AB.Cd and x.Y.'), [], 'no lower-case word before')
  const spaced = 'The forum was held in Fuzhou\u00a0, and experts from the provinces attended ; the results were good .'
  t.same(spans('spacing-before-punctuation', spaced).map(([found]) => found), ['\u00a0,', ' ;', ' .'])
  t.same(spans('punctuation-apostrophe', 'China`s and Xi´an and China‘s'), [['`', '’'], ['´', '’'], ['‘', '’']])
  // each mark alone: the rule's gate searches for each of the three
  for (const mark of '‘`´') t.same(spans('punctuation-apostrophe', `In China${mark}s capital`), [[mark, '’']], mark)
})

t.test('punctuation-unpaired reads every kind of quote and bracket it pairs', async t => {
  const open = (ch: string): string[] => spans('punctuation-unpaired', `The plan ${ch}draft was adopted today.`)
    .map(([found]) => found)
  for (const ch of ['(', '[', '（', '【', '“']) t.same(open(ch), [ch], `${ch} left open`)
  const close = (ch: string): string[] => spans('punctuation-unpaired', `The plan was adopted${ch} on the day.`)
    .map(([found]) => found)
  for (const ch of [')', ']', '）', '】', '”']) t.same(close(ch), [ch], `${ch} with nothing open`)
})

t.test('repetition-phrase finds a repeat whose second copy starts MAX + 1 words on', async t => {
  t.same(spans('repetition-phrase', 'Now we will work hard on this and we will work hard on this every day.'), [
    ['we will work hard on this and we will work hard on this', 'we will work hard on this']
  ])
  t.same(spans('repetition-phrase', 'The plan calls for coordination and coordination of the work.'), [
    ['coordination and coordination', 'coordination']
  ])
})

t.test('encoding-mojibake skips only texts where neither of its run patterns can match', async t => {
  const rule = (await import('../../src/flags/rules/encoding-mojibake.js')).default
  const { mayHoldMojibake } = await import('../../src/flags/rules/encoding-mojibake.js')
  // every character each run pattern can start with holds gate material, read from the rule's own output on
  // generated text: a flagged run always holds a character of the gate
  const pieces = ['a', ' ', 'é', 'Ã', '©', 'â', '€', '™', '\u0080', '\u00bf', '±', '¾', '\ufffd', '’', '中', 'ð', 'Ÿ', '北京']
  let flagged = 0
  for (const text of piecesTexts(pieces, 5, 20_000, 12)) {
    const found = rule.check({ pointer: '/body/0/text', text, lang: 'other' }, { glossary: [] })
    flagged += found.length
    for (const f of found) if (!mayHoldMojibake(text.slice(f.start, f.end))) t.fail(`run without gate material: ${JSON.stringify(text)}`)
    if (found.length > 0 && !mayHoldMojibake(text)) t.fail(JSON.stringify(text))
  }
  t.ok(flagged > 1000, `the generated texts reach the rule (${flagged} runs)`)
  // the gate's edge: the first and last code units it takes, and their neighbours outside
  t.ok(mayHoldMojibake('\u00a1') && mayHoldMojibake('\u00ff') && mayHoldMojibake('\ufffd'))
  t.notOk(mayHoldMojibake('\u00a0\u0100\ufffe plain text 北京’'))
  t.ok(spans('encoding-mojibake', 'The mayorâ€™s office').length > 0)
})

t.test('zh-spam-residue finds with its gate every term the search without it finds', async t => {
  const rule = (await import('../../src/flags/rules/zh-spam-residue.js')).default as SegmentRule
  const { SPAM_LEXICON } = await import('../../src/text/spam-lexicon.js')
  const terms = SPAM_LEXICON.terms.filter(x => x.kind === 'brand' || x.kind === 'ambiguous').map(x => x.term)
  t.ok(terms.every(x => x.trim() !== ''), 'no term is white space alone')
  // the search as it ran before the gate: every needle in the text with ASCII capitals lower-cased
  const ungated = (text: string): string[] => {
    const lower = text.replace(/[A-Z]/g, c => c.toLowerCase())
    const found: string[] = []
    for (const term of terms) if (lower.includes(term.toLowerCase())) found.push(term)
    return found
  }
  const pieces = ['，', '报道', ':', '：', ' ', '\u3000', 'A', 'ſ', 'İ', 'Σ', '网', ...terms.slice(0, 40),
    ...terms.slice(0, 40).map(x => x.toUpperCase()), ...terms.slice(0, 20).map(x => x.slice(0, -1))]
  let withTerm = 0
  for (const text of piecesTexts(pieces, 13, 20_000, 6)) {
    const any = ungated(text).length > 0
    if (any) withTerm++
    // the gate never stands in the way: a text holding a needle is searched (and a brand standing alone is flagged)
    const flagged = rule.check({ pointer: '/body/0/text', text, lang: 'zh' }, { glossary: [] }).length
    if (any && !mayHoldTerm(text)) t.fail(`gate refused ${JSON.stringify(text)}`)
    if (flagged > 0 && !any) t.fail(`flagged without a term: ${JSON.stringify(text)}`)
  }
  t.ok(withTerm > 5000, `${withTerm} generated texts hold a term`)
  for (const term of terms) t.ok(mayHoldTerm(`报道${term}报道`) && mayHoldTerm(term.toUpperCase()), term)
})
