/** The glossary file reader both front ends use (server GLOSSARY_FILE, CLI --glossary). */
import t from 'tap'
import { builtInCalques, matchPhrases, parseGlossary, phraseIndex } from '../../src/flags/glossary.js'

const entries = [
  { term: 'new crown pneumonia', preferred: 'COVID-19' },
  { term: '新冠肺炎', preferred: 'COVID-19', note: 'WHO' }
]

t.test('an array of entries and an object with `entries` give the same glossary', async t => {
  t.same(parseGlossary(entries), entries)
  t.same(parseGlossary({ entries }), entries)
  t.same(parseGlossary([]), [])
})

t.test('anything else is refused (undefined), never half read', async t => {
  for (const data of [null, undefined, 'x', 42, {}, { entries: 'x' }, [{ term: 'a' }], [{ preferred: 'b' }],
    [...entries, null], [{ term: 1, preferred: 'b' }]]) {
    t.equal(parseGlossary(data), undefined, JSON.stringify(data))
  }
})

t.test('every calque is found in a sentence, and glossary terms of any shape', async t => {
  const index = phraseIndex([])
  let found = 0
  for (const c of builtInCalques()) {
    const text = `The report said ${c.term} mattered.`
    const matches = matchPhrases(text, index)
    if (matches.length > 0) found++
  }
  t.equal(found, builtInCalques().length, `${found} of ${builtInCalques().length} calques found in a sentence`)
  const long = 'pneumonoultramicroscopicsilicovolcanoconiosis'
  const glossary = [
    { term: `${long} case`, preferred: 'lung disease case' },
    { term: '𝐀lpha beta', preferred: 'alpha-beta' },
    { term: 'é tude', preferred: 'étude' },
    { term: 'x', preferred: 'y' }
  ]
  const gIndex = phraseIndex(glossary)
  const text = `A ${long} case, an 𝐀lpha beta and an É tude, then x and ${long.slice(0, 31)} case.`
  t.same(matchPhrases(text, gIndex).map(m => text.slice(m.start, m.end)), [`${long} case`, '𝐀lpha beta', 'É tude', 'x'])
})

t.test('a phrase needs a gap between its words: texts without one are answered unread, one-word terms still match', async t => {
  const index = phraseIndex([])
  // every calque with its words run together, then each gap character the matcher accepts between words
  for (const c of builtInCalques()) {
    const joinedUp = c.term.replace(/[\s\-+'’‐]+/g, '')
    t.same(matchPhrases(`(${joinedUp})`, index), [], joinedUp)
  }
  for (const gap of [' ', '\t', '\u00a0', '-', '+', "'", '’', '‐', ' - ']) {
    const text = `my${gap}country`
    t.same(matchPhrases(text, index).map(m => text.slice(m.start, m.end)), [text], JSON.stringify(gap))
  }
  // a glossary of one-word terms is read in texts with no gap at all
  const one = phraseIndex([{ term: 'Weibo', preferred: 'Sina Weibo' }])
  t.same(matchPhrases('(Weibo)', one).map(m => m.entry.term), ['Weibo'])
})
