/** The glossary file reader both front ends use (server GLOSSARY_FILE, CLI --glossary). */
import t from 'tap'
import { parseGlossary } from '../../src/flags/glossary.js'

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
