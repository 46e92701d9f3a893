/**
 * Phrase matching for the terminology rules: the built-in calques (data/calques.json) plus glossary entries from the
 * request or a config file. Entries are indexed by their first word, so matching is one pass over the text's words
 * with a handful of candidate entries per word (linear in the text, whatever the glossary size).
 */
import type { GlossaryEntry } from '../types.js'
import { loadData } from '../data.js'
import { HAN, unitAt } from '../text/index.js'
import { SPACE_GAP_CLASS, capitalize, isTitleCaseWord, tokens, type Token } from './text.js'

export interface Calque {
  term: string
  preferred: string
  zh: string
  source: string
  accepted: string
  note?: string
  notBefore?: string[]
  /** `split`: the rendering is in contested use (official usage differs, or careful human translators write it). */
  usage?: 'split'
}

interface CalqueFile { about: string, source: string, entries: Calque[] }

export interface PhraseEntry {
  term: string
  preferred: string
  note?: string
  notBefore?: string[]
  usage?: 'split'
  /** Where the entry comes from: `calques` (built in) or `glossary` (request/config). */
  origin: 'calques' | 'glossary'
  words: string[]
}

let calques: Calque[] | undefined
export function builtInCalques (): Calque[] {
  calques ??= loadData<CalqueFile>('calques.json').entries
  return calques
}

const words = (s: string): string[] => tokens(s).map(t => t.lower)

/** Index: first word -> entries, longest first. Glossary entries replace built-ins with the same term. */
export type PhraseIndex = Map<string, PhraseEntry[]>

function buildIndex (glossary: GlossaryEntry[]): PhraseIndex {
  const byTerm = new Map<string, PhraseEntry>()
  for (const c of builtInCalques()) {
    const { term, preferred, note, notBefore, usage } = c
    const entry = { term, preferred, note, notBefore, usage, origin: 'calques' as const, words: words(term) }
    byTerm.set(words(term).join(' '), entry)
  }
  for (const g of glossary) {
    if (HAN.test(g.term)) continue
    const w = words(g.term)
    if (w.length === 0) continue
    byTerm.set(w.join(' '), { term: g.term, preferred: g.preferred, note: g.note, origin: 'glossary', words: w })
  }
  const index: PhraseIndex = new Map()
  for (const entry of byTerm.values()) {
    // An entry whose preferred form is the term itself (a glossary confirming a spelling) flags nothing.
    if (words(entry.preferred).join(' ') === entry.words.join(' ') && entry.preferred === entry.term) continue
    const list = index.get(entry.words[0]) ?? []
    list.push(entry)
    index.set(entry.words[0], list)
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length)
  let fewest = Infinity
  for (const list of index.values()) for (const entry of list) fewest = Math.min(fewest, entry.words.length)
  const firstWords = new Uint32Array(FIRST_WORD_KEYS)
  for (const first of index.keys()) firstWords[firstWordKey(first)] |= lengthBit(first)
  facts.set(index, { fewest, firstWords })
  return index
}

/**
 * What matching needs to know of an index besides its map: the fewest words an entry has (the built-in calques all
 * have two or more: `my country`), and which first words it has, by `firstWordKey` and `lengthBit`.
 */
interface IndexFacts { fewest: number, firstWords: Uint32Array }
const facts = new WeakMap<PhraseIndex, IndexFacts>()

/**
 * A word's first two code units, five bits of each (0 for a word of one unit): with the word's length
 * (`lengthBit`), a test that most words of a text fail before the index's map is asked. The map hashes every word it
 * is asked about (each token's string is new on every page), and that was the rule's largest cost: 93% of the seeds'
 * words and 96% of a generated article's fail this test (`the`, `of`, `and`, `in` among them).
 */
// (never a read past the word's end: `charCodeAt` answers NaN there, and the shared `unitAt` whose answer was once NaN
// took every caller that had not inlined it off its fast path: the flags took 1.25x as long)
const firstWordKey = (w: string): number => ((unitAt(w, 0) & 0x1f) << 5) | (w.length > 1 ? unitAt(w, 1) & 0x1f : 0)
const FIRST_WORD_KEYS = 1 << 10
/** A bit per length of a word, lengths of 31 code units and more sharing the last. */
const lengthBit = (w: string): number => 1 << Math.min(w.length, 31)

const cache = new WeakMap<GlossaryEntry[], PhraseIndex>()
let plain: PhraseIndex | undefined

export function phraseIndex (glossary: GlossaryEntry[]): PhraseIndex {
  if (glossary.length === 0) return (plain ??= buildIndex([]))
  let index = cache.get(glossary)
  if (index === undefined) {
    index = buildIndex(glossary)
    cache.set(glossary, index)
  }
  return index
}

/** What may join two words of a phrase instead of spaces, with spaces around it or not (`COVID-19`, `well‐off`). */
const JOINER_CLASS = "[-+'’‐]"
/** The gap between two words of a phrase: space gap characters (`SPACE_GAP_CLASS`), or one joiner among them. */
const GAP = new RegExp(`^(?:${SPACE_GAP_CLASS}+|${SPACE_GAP_CLASS}*${JOINER_CLASS}${SPACE_GAP_CLASS}*)$`)
/** A character `GAP` needs: a text with none holds no two words of a phrase side by side. */
const GAP_CHAR = new RegExp(`${SPACE_GAP_CLASS}|${JOINER_CLASS}`)

export interface PhraseMatch {
  entry: PhraseEntry
  start: number
  end: number
}

/** The longest of `candidates` (entries whose first word is token `i`'s) that the tokens from `i` on spell. */
function longestAt (text: string, toks: Token[], i: number, candidates: PhraseEntry[]): PhraseEntry | undefined {
  for (const entry of candidates) {
    const n = entry.words.length
    if (i + n > toks.length) continue
    let ok = true
    for (let k = 1; k < n && ok; k++) {
      ok = toks[i + k].lower === entry.words[k] && GAP.test(text.slice(toks[i + k - 1].end, toks[i + k].start))
    }
    if (!ok) continue
    const next = toks[i + n]
    if (next !== undefined && entry.notBefore?.includes(next.lower) === true && /^\s+$/.test(text.slice(toks[i + n - 1].end, next.start))) continue
    return entry
  }
  return undefined
}

/** Non-overlapping, longest-first matches of the index's phrases in `text`. */
export function matchPhrases (text: string, index: PhraseIndex): PhraseMatch[] {
  // an index of phrases only (every built-in entry) needs a gap between words: a text with no gap character is not
  // tokenized (a page of 100,000 one-word lines was tokenized for this rule alone, a fifth of its flags' time)
  const known = facts.get(index)
  if ((known?.fewest ?? 1) > 1 && !GAP_CHAR.test(text)) return []
  const firstWords = known?.firstWords
  const toks: Token[] = tokens(text)
  const out: PhraseMatch[] = []
  let i = 0
  while (i < toks.length) {
    const lower = toks[i].lower
    // a word no first word of the index shares its first two units and its length with begins no phrase: no look-up
    if (firstWords !== undefined && (firstWords[firstWordKey(lower)] & lengthBit(lower)) === 0) { i++; continue }
    const candidates = index.get(lower)
    // most words begin no phrase: no empty list made for them
    const hit = candidates === undefined ? undefined : longestAt(text, toks, i, candidates)
    if (hit === undefined) { i++; continue }
    const n = hit.words.length
    out.push({ entry: hit, start: toks[i].start, end: toks[i + n - 1].end })
    i += n
  }
  return out
}

/**
 * The preferred rendering in a case that fits where it goes: kept as written when it has capitals of its own
 * (`COVID-19`, `China Mobile`); otherwise capitalized when the matched text starts with a capital, and title-cased
 * when every matched word is (`Electronic Government` -> `E-Government`).
 */
export function fitCase (matched: string, preferred: string): string {
  if (/\p{Lu}/u.test(preferred)) return preferred
  if (!/^\p{Lu}/u.test(matched)) return preferred
  const matchedWords = tokens(matched)
  if (matchedWords.length > 1 && matchedWords.every(w => isTitleCaseWord(w.text) || w.text.length === 1)) {
    return preferred.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())
  }
  return capitalize(preferred)
}

const isEntry = (e: unknown): e is GlossaryEntry =>
  typeof (e as GlossaryEntry | null)?.term === 'string' && typeof (e as GlossaryEntry | null)?.preferred === 'string'

/**
 * A glossary file's parsed JSON: an array of `{term, preferred, note?}`, or an object holding that array as
 * `entries`. The one reader of both front ends (the server's `GLOSSARY_FILE`, the CLI's `--glossary`); undefined when
 * the data has neither shape, for the caller to report in its own terms.
 */
export function parseGlossary (data: unknown): GlossaryEntry[] | undefined {
  const list = Array.isArray(data) ? data as unknown[] : (data as { entries?: unknown } | null)?.entries
  if (!Array.isArray(list) || !list.every(isEntry)) return undefined
  return list
}
