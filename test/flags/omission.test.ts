/**
 * bilingual-omission on real sentences: human reference translations of the WMT 2021 TED-talk zh→en MQM set (Google's
 * `wmt-mqm-human-evaluation`, Apache-2.0; five consecutive blocks quoted, the set stays in ../shared/dev-data) with one
 * block deleted on purpose, and the free translations the rule must let be.
 */
import t from 'tap'
import { checkTexts } from '../../src/flags/check.js'
import type { Flag } from '../../src/types.js'

const omissions = (blocks: Array<{ text: string, source?: string }>, source?: string): Flag[] =>
  checkTexts({ blocks, ...(source === undefined ? {} : { source }) }).flags.filter(f => f.rule === 'bilingual-omission')

/** [reference translation, source] of five consecutive blocks of talk 2. */
const BLACK_HOLE: Array<[string, string]> = [
  [
    'So we move this Earth very close -- 30 kilometers outside -- and we notice it\'s perfectly fine orbiting around the black hole.',
    '所以我们把这个地球移动到离黑洞接近的地方– 30公里处– 我们注意到它沿着完美的轨道绕黑洞运行。'
  ],
  [
    'There\'s a sort of myth that black holes devour everything in the universe, but you actually have to get very close to fall in.',
    '有一些传言说黑洞将吞噬宇宙中的一切， 但实际上你必须离得非常近才会真的掉进去。'
  ],
  [
    'But what\'s very impressive is that, from our vantage point, we can always see the Earth.',
    '但令人印象深刻的是，从我们的角度来看， 我们总能看到地球。'
  ],
  ['It cannot hide behind the black hole.', '它无法躲在黑洞后面。'],
  [
    'The light from the Earth, some of it falls in, but some of it gets lensed around and brought back to us.',
    '从地球发出的光，一部分落入黑洞， 但还有一部分被黑洞弯折后被我们看到。'
  ]
]
const source = BLACK_HOLE.map(([, s]) => s).join('\n')

t.test('a whole-document source: a deleted block is found and pointed to in the source', async t => {
  t.same(omissions(BLACK_HOLE.map(([text]) => ({ text })), source), [], 'the whole translation: no flag')
  const cut = BLACK_HOLE.filter((_, i) => i !== 2).map(([text]) => ({ text }))
  const flags = omissions(cut, source)
  t.equal(flags.length, 1)
  t.equal(flags[0].source?.text, BLACK_HOLE[2][1], 'the source span is the left-out sentence')
  t.equal(flags[0].source?.pointer, '/source')
  t.match(flags[0].message, /seems left out/)
  t.match(flags[0].pointer, /^\/blocks\/[12]\/text$/, 'flagged next to where it belongs')
  t.same(omissions(cut), [], 'no source, no bilingual flag')
})

t.test('aligned blocks: a sentence of a block\'s own source with no counterpart in it', async t => {
  const blocks = [
    { text: BLACK_HOLE[0][0], source: BLACK_HOLE[0][1] },
    { text: BLACK_HOLE[1][0], source: BLACK_HOLE[1][1] },
    // The block's source holds two sentences; its translation renders the second only.
    { text: BLACK_HOLE[3][0], source: BLACK_HOLE[2][1] + BLACK_HOLE[3][1] },
    { text: BLACK_HOLE[4][0], source: BLACK_HOLE[4][1] }
  ]
  const flags = omissions(blocks)
  t.equal(flags.length, 1)
  t.equal(flags[0].pointer, '/blocks/2/text')
  t.equal(flags[0].source?.pointer, '/blocks/2/source')
  t.equal(flags[0].source?.text, BLACK_HOLE[2][1])
  t.same(omissions(blocks.map((b, i) => i === 2 ? { ...b, source: BLACK_HOLE[3][1] } : b)), [], 'the right pairs')
})

t.test('free translations are let be: a short block whose words are rendered, pronouns and adverbs aside', async t => {
  // A system's translation the rule flagged before pronouns and adverbs (我们) stopped counting as content words and
  // before inflections met their glosses (`find`/`found` aside, `contrast`/`contrasts`): 研究 is left unsaid, the rest
  // is there. Rated by the raters as a minor style issue at most, no omission.
  const doc: Array<[string, string]> = [
    ['Its benefits are also less.', '它的福利也比较少。'],
    ['We found stark contrasts across the US states.', '而对美国各州的研究中， 我们发现了鲜明的对比。'],
    [
      'Some states are doing well through redistribution, while others are doing well because of small pre-tax income inequality.',
      '有一些州表现好是通过再分配， 而另外有一些州表现好是因为税前收入差距小。'
    ]
  ]
  t.same(omissions(doc.map(([text]) => ({ text })), doc.map(([, s]) => s).join('\n')), [])
  t.same(omissions(doc.map(([text, src]) => ({ text, source: src }))), [], 'aligned blocks too')
})
