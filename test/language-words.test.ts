/** The n-gram words (src/language/words.ts) are the words of the pattern they replace, on every input tried. */
import t from 'tap'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { eachWord } from '../src/language/words.js'
import { FIXTURES, SEED_IDS, seed } from './helpers.js'

const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu

const byPattern = (text: string): string[] => text.match(WORD) ?? []
function byScanner (text: string): string[] {
  const out: string[] = []
  eachWord(text, w => { out.push(w); return false })
  return out
}

t.test('the same words as the pattern on every evaluation line and the seeds', async t => {
  const root = join(FIXTURES, 'language')
  const lines = ['dev', 'heldout'].flatMap(split => readdirSync(join(root, split)).filter(f => f.endsWith('.tsv'))
    .flatMap(f => readFileSync(join(root, split, f), 'utf8').split('\n')))
  const texts = [...lines, ...SEED_IDS.map(id => seed(id))]
  t.ok(texts.length > 1000)
  t.same(texts.filter(text => JSON.stringify(byScanner(text)) !== JSON.stringify(byPattern(text))), [])
})

t.test('the same words over every code point, alone, joined and beside lone surrogates', async t => {
  const points: string[] = []
  for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x10000 ? 1 : cp < 0x30000 ? 7 : 97) points.push(String.fromCodePoint(cp))
  for (const glue of ['', ' ', "'", '’', '-', "a'", '-b', '\ud800', '\udc00']) {
    const text = points.join(glue)
    t.same(byScanner(text), byPattern(text), `joined by ${JSON.stringify(glue)}`)
  }
  for (const text of ["don't", "'quoted'", 'well-known-', '--a--b', 'a\u0301b', '\u0301', "a'-b", 'x’y’', '𝐀𝐁 c']) {
    t.same(byScanner(text), byPattern(text), text)
  }
})

t.test('stops at the first word the visitor ends on', async t => {
  const seen: string[] = []
  t.ok(eachWord('one two three', w => { seen.push(w); return w === 'two' }))
  t.same(seen, ['one', 'two'])
  t.notOk(eachWord('no end here', () => false))
})
