/** The typed-table franc (src/language/franc.ts) answers exactly what franc's `francAll` answers. */
import t from 'tap'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { francAll } from 'franc'
import { data } from 'franc/data.js'
import { expressions } from 'franc/expressions.js'
import { francScores } from '../src/language/franc.js'
import { FIXTURES, SEED_IDS, seed } from './helpers.js'

const LANG_FIXTURES = join(FIXTURES, 'language')

function fixtureTexts (): string[] {
  return ['dev', 'heldout'].flatMap(split => readdirSync(join(LANG_FIXTURES, split)).filter(f => f.endsWith('.tsv'))
    .flatMap(file => readFileSync(join(LANG_FIXTURES, split, file), 'utf8').split('\n')
      .filter(l => l.includes('\t')).map(l => l.slice(l.indexOf('\t') + 1))))
}

/** Candidate sets as the language stage asks them: a few models of one script, and odd ones. */
const ONLY_SETS: string[][] = [
  ['eng', 'sco', 'fra'], ['spa', 'por', 'glg', 'cat'], ['ind', 'zlm', 'jav'], ['deu', 'nld', 'eng'],
  ['rus', 'ukr', 'bel', 'kaz', 'mkd', 'bul'], ['arb', 'pes', 'urd'], ['hin', 'mar', 'npi'], ['eng', 'rus'],
  ['xyz', 'eng'], ['nob', 'dan', 'swe']
]

t.test('each script with several models is disjoint from every other script pattern', async t => {
  // Every code point once, as a string; each pattern's matches give the code points it takes.
  const points: string[] = []
  for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) points.push(String.fromCodePoint(cp))
  const all = points.join('\n')
  const taken = new Map<string, Set<string>>()
  for (const [name, pattern] of Object.entries(expressions)) {
    taken.set(name, new Set(all.match(new RegExp(pattern.source, 'g')) ?? []))
  }
  for (const script of Object.keys(data)) {
    const own = taken.get(script) ?? new Set()
    t.ok(own.size > 0, `${script} takes letters`)
    for (const [other, set] of taken) {
      if (other === script) continue
      let shared = 0
      for (const ch of own) if (set.has(ch)) shared++
      t.equal(shared, 0, `${script} and ${other} share no code point`)
    }
  }
})

t.test('francScores equals francAll on every language fixture line and the seeds, for several candidate sets',
  async t => {
    const texts = [...fixtureTexts(), ...SEED_IDS.map(id => seed(id)), ...SEED_IDS.map(id => seed(id).slice(0, 700))]
    let compared = 0
    let mismatches = 0
    for (const text of texts) {
      for (const only of ONLY_SETS) {
        const want = francAll(text, { only, minLength: 1 })
        const got = francScores(text, only)
        compared++
        if (JSON.stringify(got) !== JSON.stringify(want)) {
          mismatches++
          if (mismatches < 5) t.same(got, want, `${only.join(',')}: ${text.slice(0, 60)}`)
        }
      }
    }
    t.ok(compared > 10_000, `${compared} comparisons`)
    t.equal(mismatches, 0)
  })

t.test('francScores equals francAll on edge cases: empty, no letters, mixed scripts, case folding, long', async t => {
  const cases = [
    '', ' ', '12345', '!!!', 'a', 'ab', 'İstanbul İzmir Işık', 'ΣΊΣΥΦΟΣ and Straße', 'half латиница half',
    'abc абв где', 'abc абв где ёжз', 'Москва is a city', 'word '.repeat(1000), 'déjà vu, naïve café — “quoted”',
    '𝐀𝐁𝐂 math letters and words', 'tab\tand\nnewline  spaces', 'नमस्ते दुनिया and hello', 'مرحبا بالعالم', '中文 text 中文'
  ]
  for (const text of cases) {
    for (const only of ONLY_SETS) t.same(francScores(text, only), francAll(text, { only, minLength: 1 }), text)
  }
})
