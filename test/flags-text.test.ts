/**
 * The rules' shared tokenizer (src/flags/text.ts): exact offsets, and a cache that holds a whole page's segments
 * (the rules run one after another over all of them, so a cache of a few entries was never hit on real pages).
 */
import t from 'tap'
import { tokens } from '../src/flags/text.js'

t.test('tokens are runs of letters, digits and marks with exact offsets', async t => {
  const text = 'The U.S. don\'t 中文 naïve 42'
  const got = tokens(text)
  t.same(got.map(k => k.text), ['The', 'U', 'S', 'don', 't', '中文', 'naïve', '42'])
  for (const k of got) t.equal(text.slice(k.start, k.end), k.text)
  t.equal(got[0].lower, 'the')
})

t.test('a page of segments stays cached while every rule walks it; an oversized text is not kept', async t => {
  const page = Array.from({ length: 500 }, (_, i) => `Segment number ${i} of a long page, with a few words.`)
  const first = page.map(tokens)
  t.ok(page.every((s, i) => tokens(s) === first[i]), 'the same answers on the second walk')
  const huge = 'word '.repeat(60_000)
  t.not(tokens(huge), tokens(huge), 'over the budget: tokenized anew each time')
  t.equal(tokens(page[0]), first[0], 'and it evicted nothing')
  t.ok(Object.isFrozen(first[0]))
})
