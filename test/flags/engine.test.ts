/** The engine: offsets contract, language gate, rule settings, ordering, quality scores, precision on clean text. */
import t from 'tap'
import {
  RULES, countWords, runRules, scoreQuality, segmentLanguage, unknownRuleIds, validSpan
} from '../../src/flags/index.js'
import { processPage } from '../../src/pipeline.js'
import { SEED_IDS, seed } from '../helpers.js'
import { cleanEnglish, seed004Body, seedLines } from './helpers.js'

const blocks = (lines: string[]) => lines.map((text, i) => ({ pointer: `/blocks/${i}/text`, text }))

t.test('every flag on every seed: text is exactly the slice, offsets in range, pointer resolves', async t => {
  let n = 0
  for (const id of SEED_IDS) {
    const texts = blocks(seedLines(id))
    const flags = runRules(texts)
    for (const f of flags) {
      const target = texts[Number(f.pointer.split('/')[2])].text
      t.equal(target.slice(f.start, f.end), f.text)
      t.ok(f.start >= 0 && f.start < f.end && f.end <= target.length)
      n++
    }
    const { article } = processPage({ content: seed(id), format: 'text' })
    for (const f of article.flags) {
      const target = f.pointer === '/title' ? article.title ?? '' : article.body[Number(f.pointer.split('/')[2])].text
      t.equal(target.slice(f.start, f.end), f.text, `${id} ${f.rule}`)
    }
  }
  t.ok(n > 80, `${n} flags checked on the seed lines`)
})

t.test('the engine drops spans that are out of range, empty or split a surrogate pair', async t => {
  t.ok(validSpan('abc', { start: 0, end: 3 }))
  t.notOk(validSpan('abc', { start: 2, end: 2 }))
  t.notOk(validSpan('abc', { start: -1, end: 2 }))
  t.notOk(validSpan('abc', { start: 1, end: 4 }))
  t.notOk(validSpan('abc', { start: 0.5, end: 2 }))
  t.notOk(validSpan('a😀b', { start: 2, end: 4 }))
  t.notOk(validSpan('a😀b', { start: 0, end: 2 }))
  t.ok(validSpan('a😀b', { start: 1, end: 3 }))
})

t.test('language gate: English rules never run on Chinese text, Chinese rules never on English', async t => {
  t.equal(segmentLanguage('数字政府建设报告'), 'zh')
  t.equal(segmentLanguage('Digital government report'), 'en')
  t.equal(segmentLanguage('2021 - 16:24'), 'other')
  const zhFlags = runRules(blocks(seedLines('002').slice(4, 12)))
  t.ok(zhFlags.length > 0)
  const zhOnly = new Set(['zh-halfwidth-punctuation', 'zh-spam-residue'])
  t.ok(zhFlags.every(f => zhOnly.has(f.rule)), 'only Chinese rules on the Chinese seed body')
  const enFlags = runRules(blocks(seedLines('003')))
  t.ok(enFlags.every(f => !zhOnly.has(f.rule)))
  for (const rule of RULES) t.ok(['en', 'zh', 'any'].includes(rule.lang), rule.id)
})

t.test('rule settings: off, severity override, unknown ids', async t => {
  const text = [{ pointer: '/text', text: 'Wang said that e -government and the the forum grew.' }]
  t.same(runRules(text).map(f => f.rule), ['spacing-hyphen', 'repetition-word'])
  t.same(runRules(text, { rules: { 'spacing-hyphen': 'off' } }).map(f => f.rule), ['repetition-word'])
  t.same(runRules(text, { rules: { 'repetition-word': 'error' } }).map(f => f.severity), ['warning', 'error'])
  t.same(unknownRuleIds({ 'spacing-hyphen': 'off', 'no-such-rule': 'info' }), ['no-such-rule'])
  t.same(unknownRuleIds(undefined), [])
})

t.test('flags are sorted by segment, then offset; ids are unique and documented', async t => {
  const flags = runRules(blocks(seedLines('003')))
  for (let i = 1; i < flags.length; i++) {
    const a = flags[i - 1]
    const b = flags[i]
    const pa = Number(a.pointer.split('/')[2])
    const pb = Number(b.pointer.split('/')[2])
    t.ok(pa < pb || (pa === pb && a.start <= b.start), `${a.rule}@${pa}:${a.start} before ${b.rule}@${pb}:${b.start}`)
  }
  const ids = RULES.map(r => r.id)
  t.equal(new Set(ids).size, ids.length)
  for (const r of RULES) t.ok(r.description.length > 10 && r.example.text.length > 0, r.id)
})

t.test('countWords: Latin words and one word per Han character', async t => {
  t.equal(countWords('The e-government forum’s 2nd day.'), 5)
  t.equal(countWords('数字政府 grows'), 5)
  t.equal(countWords(''), 0)
})

t.test('quality: the well-translated seed 004 scores better than 000 and 003', async t => {
  const score = (id: string) => {
    const texts = blocks(seedLines(id))
    return scoreQuality(runRules(texts), texts)
  }
  const q = Object.fromEntries(SEED_IDS.map(id => [id, score(id)]))
  t.ok(q['004'].score > q['000'].score, `004 ${q['004'].score} > 000 ${q['000'].score}`)
  t.ok(q['004'].score > q['003'].score, `004 ${q['004'].score} > 003 ${q['003'].score}`)
  const articles = Object.fromEntries([
    '000', '003', '004'
  ].map(id => [id, processPage({ content: seed(id), format: 'text' }).article.quality]))
  t.ok(articles[
    '004'
  ].score > articles['000'].score && articles['004'].score > articles['003'].score, JSON.stringify(articles))
  t.same(scoreQuality([], [{ text: '' }]), { score: 100, flagsPer1000Words: 0 })
  // Info-level flags are notes (a house style, a term in split usage): they do not lower the score, but every flag
  // is counted in flagsPer1000Words.
  const words1000 = [{ text: 'word '.repeat(1000) }]
  type Flag = Parameters<typeof scoreQuality>[0][number]
  const flag = (rule: string, severity: 'info' | 'warning' | 'error') => ({ rule, severity }) as unknown as Flag
  t.same(scoreQuality(Array.from({ length: 98 }, () => flag('zh-halfwidth-punctuation', 'info')), words1000),
    { score: 100, flagsPer1000Words: 98 })
  t.same(scoreQuality([flag('a', 'warning')], words1000), { score: 95, flagsPer1000Words: 1 })
  t.same(scoreQuality([flag('a', 'error')], words1000), { score: 87, flagsPer1000Words: 1 })
  t.same(scoreQuality(Array.from({ length: 20 }, () => flag('b', 'warning')), words1000),
    { score: 50, flagsPer1000Words: 20 })
  t.equal(q['002'].score, 36, 'seed 002: its 19 spam-residue errors set the score, not its 98 half-width marks')
  for (const v of Object.values(q)) t.ok(v.score >= 0 && v.score <= 100)
})

t.test('precision: no flags on correct English (the clean fixture, >= 2000 words) nor on seed 004 body', async t => {
  const clean = blocks(cleanEnglish())
  const words = clean.reduce((n, b) => n + countWords(b.text), 0)
  t.ok(words >= 2000, `${words} words`)
  const flags = runRules(clean)
  t.same(flags.map(f => `${f.rule}: ${f.text}`), [])
  t.ok(scoreQuality(flags, clean).flagsPer1000Words <= 0.5)
  t.same(runRules(blocks(seed004Body())).map(f => `${f.rule}: ${f.text}`), [])
})
