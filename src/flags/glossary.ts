/**
 * Phrase matching for the terminology rules: the built-in calques (data/calques.json) plus glossary entries from the
 * request or a config file. Entries are indexed by their first word, so matching is one pass over the text's words
 * with a handful of candidate entries per word (linear in the text, whatever the glossary size).
 */
import type { GlossaryEntry } from '../types.js'
import { loadData } from '../data.js'
import { HAN } from '../text/index.js'
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
  fewestWords.set(index, fewest)
  return index
}

/** The fewest words an entry of the index has: the built-in calques all have two or more (`my country`). */
const fewestWords = new WeakMap<PhraseIndex, number>()

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

/** Non-overlapping, longest-first matches of the index's phrases in `text`. */
export function matchPhrases (text: string, index: PhraseIndex): PhraseMatch[] {
  // an index of phrases only (every built-in entry) needs a gap between words: a text with no gap character is not
  // tokenized (a page of 100,000 one-word lines was tokenized for this rule alone, a fifth of its flags' time)
  if ((fewestWords.get(index) ?? 1) > 1 && !GAP_CHAR.test(text)) return []
  const toks: Token[] = tokens(text)
  const out: PhraseMatch[] = []
  let i = 0
  while (i < toks.length) {
    const candidates = index.get(toks[i].lower)
    // most words begin no phrase: no empty list made for them
    if (candidates === undefined) { i++; continue }
    let hit: PhraseEntry | undefined
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
      hit = entry
      break
    }
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
