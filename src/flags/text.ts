/**
 * Text helpers shared by the rules: word tokens and sentence spans with exact offsets. Everything here is a single
 * left-to-right pass (or a regex that cannot backtrack more than a constant), so every rule built on it stays
 * linear on hostile input.
 */
import { readFileSync } from 'node:fs'
import wordListPath from 'word-list'
import { loadData } from '../data.js'
import {
  codeUnitClasses, countWords, isAsciiLower, isAsciiUpper, isHighSurrogate, isLowSurrogate, isRegExpSpace, isWordJoiner,
  pairClass, sliceOf, unitAt
} from '../text/index.js'

export interface Token {
  /** The word as written. */
  text: string
  /** Lower-cased word, for comparisons. */
  lower: string
  start: number
  end: number
  /**
   * What the scan saw of the word's code units (`SHAPE_*` bits): enough to answer `isTitleCaseWord`, `isLowerWord`,
   * a capital first unit and `/\p{L}/u` for a word of ASCII without reading it again (`isTitleCaseToken` …).
   */
  shape: number
  /**
   * A hash of `lower` (`lowerKey`): two tokens whose keys differ differ in lower case, so a rule comparing words
   * compares keys first and strings only when they agree (a call for two strings of one length).
   */
  key: number
}


/**
 * Recent answers of a function of a text: several rules tokenize and split the same segment. The rules run segment
 * by segment (flags/index.ts `runRules`), so most asks repeat the one before: that answer is kept in front of the
 * map and found without hashing. The map is bounded by the characters it holds and by its entries: a rule may read
 * every segment of the page at once (capitalization-midsentence's recurring capitals), and a page of 100,000 tiny
 * lines filled a map bounded only by characters with tens of thousands of entries, each ask a hash lookup in it.
 * The map is keyed by a text's print (`printOf`: its length and three of its units), not by the text: a page's texts
 * are new strings, and a map of strings hashed each one whole at its first ask (6% of the flags on a generated
 * article). Texts of one print are chained and told apart by `===`; past `CHAIN_MAX` of them (a hostile page of
 * look-alike lines) a text goes to a map of strings, as before.
 */
class PageCache<T> {
  private answers = new Map<number, CacheEntry<T>>()
  private overflow: Map<string, T> | undefined
  private chars = 0
  private entries = 0
  private lastText: string | undefined
  private lastAnswer: T | undefined

  /**
   * Forgets every answer (a new page) with a new map, not `Map.prototype.clear`: the cache lives as long as the
   * process, so its map is in the old generation, and V8 gives a cleared old map its new table there too. A page's
   * token arrays put in that table were then held through every scavenge by the old-to-new remembered set, promoted,
   * and freed only by a full collection: on the seed pages the flag rules took 3x as long, and the old generation grew
   * by over 100 MB between full collections (test/old-generation.test.ts).
   */
  clear (): void {
    this.answers = new Map()
    this.overflow = undefined
    this.chars = 0
    this.entries = 0
    this.lastText = undefined
    this.lastAnswer = undefined
  }

  /** The answer kept for `text`, or the one `compute` gives (kept unless the text is too long). */
  get (text: string, compute: (text: string) => T): T {
    if (text === this.lastText) return this.lastAnswer as T
    const print = printOf(text)
    const head = this.answers.get(print)
    let chained = 0
    for (let e = head; e !== undefined; e = e.next, chained++) if (e.text === text) return this.remember(text, e.answer)
    const known = this.overflow?.get(text)
    if (known !== undefined) return this.remember(text, known)
    const answer = compute(text)
    // a text longer than the map holds is still kept in front: the rules ask for one segment's tokens one after the
    // other, and a page of one 1 MiB segment (`word word word…`) was tokenized by each of six rules (1.2 s of 1.3)
    if (text.length > RECENT_MAX_CHARS) return this.remember(text, answer)
    if (this.chars + text.length > RECENT_MAX_CHARS || this.entries >= RECENT_MAX_ENTRIES) {
      this.clear()
      this.answers.set(print, new CacheEntry(text, answer, undefined))
    } else if (chained >= CHAIN_MAX) {
      (this.overflow ??= new Map()).set(text, answer)
    } else {
      this.answers.set(print, new CacheEntry(text, answer, head))
    }
    this.chars += text.length
    this.entries++
    return this.remember(text, answer)
  }

  /** The answer kept for `text`, or `undefined` when none is (nothing is computed). */
  peek (text: string): T | undefined {
    if (text === this.lastText) return this.lastAnswer
    for (let e = this.answers.get(printOf(text)); e !== undefined; e = e.next) if (e.text === text) return e.answer
    return this.overflow?.get(text)
  }

  private remember (text: string, answer: T): T {
    this.lastText = text
    this.lastAnswer = answer
    return answer
  }
}

/** A kept answer, and the one kept before it for a text of the same print. */
class CacheEntry<T> {
  constructor (readonly text: string, readonly answer: T, readonly next: CacheEntry<T> | undefined) {}
}

/** Texts of one print chained at most: each ask of a text of that print compares it with them. */
const CHAIN_MAX = 8

/**
 * A text's print, a small integer: its length and its first, middle and last code units. Texts that differ here
 * are different; those that agree are compared (`PageCache`).
 */
function printOf (text: string): number {
  const n = text.length
  if (n === 0) return 0
  return ((n << 12) ^ (unitAt(text, 0) << 8) ^ (unitAt(text, n >> 1) << 4) ^ unitAt(text, n - 1)) & PRINT_MASK
}
/** Prints are kept to small integers (V8 keys a map by them without a heap number). */
const PRINT_MASK = 0x3fffffff

/** Characters of text whose answers are kept: a long page's body, a few MB of tokens at most. */
const RECENT_MAX_CHARS = 256 * 1024
/**
 * Texts whose answers are kept: more segments than real pages have (the most among the 711 WCXB pages is 981),
 * few enough that the map stays small on a page of 100,000 tiny lines.
 */
const RECENT_MAX_ENTRIES = 4096

const recentTokens = new PageCache<readonly Token[]>()

/**
 * A token made by a constructor, and its list by `new Array`, not by literals: V8 pretenures a literal's allocation
 * site whose objects outlive a scavenge, and a page's tokens live while its rules run, so a scavenge in the middle of
 * a page had every later token allocated in the old generation, where it died (tokenizing the seeds' segments went
 * from 8 to 75 ns a character; test/old-generation.test.ts). A constructor's objects carry no allocation site.
 */
class WordToken implements Token {
  constructor (
    readonly text: string, readonly lower: string, readonly start: number, readonly end: number, readonly shape: number,
    readonly key: number
  ) {}
}

/** `Token.key`: a polynomial hash of the lower-case word's units; the scan folds an ASCII word's in as it reads. */
const foldKey = (key: number, unit: number): number => (Math.imul(key, KEY_BASE) + unit) | 0
const KEY_BASE = 31
export function lowerKey (lower: string): number {
  let key = 0
  for (let i = 0; i < lower.length; i++) key = foldKey(key, unitAt(lower, i))
  return key
}
/** An ASCII capital's code plus this is its lower case's. */
const ASCII_CASE = 0x20

/** `Token.shape`: the word holds a letter (class 1 of the word table, a unit or a surrogate pair). */
const SHAPE_LETTER = 1
/** The word has a code unit past ASCII: the ASCII answers below do not hold, the word is read again. */
const SHAPE_NON_ASCII = 2
/** Its first unit is an ASCII capital. */
const SHAPE_FIRST_UPPER = 4
/** Its first unit is an ASCII lower-case letter. */
const SHAPE_FIRST_LOWER = 8
/** Every unit after its first is an ASCII lower-case letter (so too for a word of one unit). */
const SHAPE_REST_LOWER = 16

/** Code units below this are ASCII. */
const ASCII_END = 0x80

/**
 * Word tokens: runs of letters, digits and combining marks. Apostrophes and hyphens split tokens. Letters are class
 * 1 and digits and marks class 2 of the one table (a word unit is any class): `letterTokens` reads the letters from
 * it, so the table is built once (about 5 ms a pattern) for both.
 */
const WORD_CHARS = [/^\p{L}$/u, /^[\p{N}\p{M}]$/u]
const LETTER_UNIT = 1
let wordUnits: Uint8Array | undefined

/**
 * The text lower-cased once, when a token's lower case is then its slice: every character keeps its length and
 * none is lower-cased by its context. In JavaScript's locale-free `toLowerCase` only the capital sigma is
 * (`Σ` becomes `ς` at a word's end, and an apostrophe, which ends a token, does not end the word).
 */
function lowerWhole (text: string): string | null {
  if (text.includes('Σ')) return null
  const lower = text.toLowerCase()
  return lower.length === text.length ? lower : null
}

/**
 * The runs of `WORD_CHARS`, found with one table lookup per code unit (no match object per token). The arrays the
 * caches share are typed `readonly`, not frozen: V8's optimized code reads a frozen array's elements through a call
 * (its keyed-load inline cache), and the rules read every token of every segment by index (2.4% of a seed page's
 * instructions, valgrind).
 */
function tokenize (text: string): readonly Token[] {
  return scanTokens(text)
}

/**
 * The scan's class of each code unit, bits of one table (`scanTable`): the word tokens' runs are read with one
 * look-up per unit, in a loop over the units between words and one over a word's units, where a loop over every
 * unit with the word table, a surrogate test and a case test each read most of the seeds' tokenizing time.
 */
const UNIT_WORD = 1
/** Class 1 of `WORD_CHARS`: a letter. */
const UNIT_LETTER = 2
/** A high surrogate: the pair it may start is classed by the patterns (`pairClass`). */
const UNIT_HIGH = 4
const UNIT_NON_ASCII = 8
const UNIT_ASCII_UPPER = 16
const UNIT_ASCII_LOWER = 32
/** A unit lower-casing may change: an ASCII capital or anything past ASCII (a word of neither is its lower case). */
const UNIT_MAY_CHANGE = UNIT_NON_ASCII | UNIT_ASCII_UPPER
/** The classes of a surrogate pair of word characters (`pair` its class in `WORD_CHARS`). */
const pairUnit = (pair: number): number => UNIT_WORD | UNIT_NON_ASCII | (pair === LETTER_UNIT ? UNIT_LETTER : 0)
let scanUnits: Uint8Array | undefined

function scanTable (): Uint8Array {
  wordUnits ??= codeUnitClasses(WORD_CHARS)
  const table = new Uint8Array(wordUnits.length)
  for (let c = 0; c < table.length; c++) {
    let k = wordUnits[c] > 0 ? UNIT_WORD : 0
    if (wordUnits[c] === LETTER_UNIT) k |= UNIT_LETTER
    if (isHighSurrogate(c)) k |= UNIT_HIGH
    if (c >= ASCII_END) k |= UNIT_NON_ASCII
    else if (isAsciiUpper(c)) k |= UNIT_ASCII_UPPER
    else if (isAsciiLower(c)) k |= UNIT_ASCII_LOWER
    table[c] = k
  }
  return table
}

/** A token's `shape` from the classes of its first unit and of all its units, and those after the first. */
function shapeOf (first: number, all: number, rest: number): number {
  return ((all & UNIT_LETTER) !== 0 ? SHAPE_LETTER : 0) |
    ((all & UNIT_NON_ASCII) !== 0 ? SHAPE_NON_ASCII : 0) |
    ((first & UNIT_ASCII_UPPER) !== 0 ? SHAPE_FIRST_UPPER : 0) |
    ((first & UNIT_ASCII_LOWER) !== 0 ? SHAPE_FIRST_LOWER : 0) |
    ((rest & UNIT_ASCII_LOWER) !== 0 ? SHAPE_REST_LOWER : 0)
}

/**
 * The word tokens of `text`. A surrogate pair is one word character when the patterns class it as one (`pairClass`);
 * a lone surrogate, or a pair of no word character, ends a word.
 */
function scanTokens (text: string): Token[] {
  scanUnits ??= scanTable()
  const units = scanUnits
  const out: Token[] = new Array<Token>()
  const to = text.length
  // the text lower-cased (`lowerWhole`), made at the first word past ASCII that lower-casing may change: an ASCII
  // word is lower-cased alone (the same string as its slice of the whole), and most texts have no other
  let lower: string | null | undefined
  let i = 0
  while (i < to) {
    let c = OWN_CHAR_CODE_AT.call(text, i)
    let k = units[c]
    if (k === 0) { i++; continue }
    const start = i
    // the lower-case word's key, right while the word is ASCII (a word past ASCII is keyed from its lower case below)
    let key = 0
    // the first unit: a word unit, a surrogate pair of a word character, or no word (a unit past ASCII, a lone
    // surrogate: passed alone; a pair of no word character: passed whole)
    if ((k & UNIT_WORD) !== 0) {
      key = (k & UNIT_ASCII_UPPER) !== 0 ? c + ASCII_CASE : c
      i++
    } else if ((k & UNIT_HIGH) !== 0) {
      const pair = pairAt(text, i)
      if (pair <= 0) {
        i += pair === 0 ? 2 : 1
        continue
      }
      k = pairUnit(pair)
      i += 2
    } else {
      i++
      continue
    }
    const first = k
    let all = k
    let rest = -1
    // the word's other units (a word unit is never a high surrogate: the word test comes first)
    while (i < to) {
      c = OWN_CHAR_CODE_AT.call(text, i)
      k = units[c]
      if ((k & UNIT_WORD) !== 0) {
        key = foldKey(key, (k & UNIT_ASCII_UPPER) !== 0 ? c + ASCII_CASE : c)
        i++
      } else if ((k & UNIT_HIGH) !== 0) {
        const pair = pairAt(text, i)
        if (pair <= 0) break
        k = pairUnit(pair)
        i += 2
      } else {
        break
      }
      rest &= k
      all |= k
    }
    const word = sliceOf(text, start, i)
    // a word of ASCII lower-case letters and digits is its own lower case: the one string serves both
    const ascii = (all & UNIT_NON_ASCII) === 0
    let lowered = word
    if ((all & UNIT_MAY_CHANGE) !== 0) {
      if (!ascii && lower === undefined) lower = lowerWhole(text)
      lowered = ascii ? word.toLowerCase() : lowerWord(word, start, i, lower ?? null)
    }
    out.push(new WordToken(word, lowered, start, i, shapeOf(first, all, rest), ascii ? key : lowerKey(lowered)))
  }
  return out
}

/**
 * `String.prototype.charCodeAt`, called through this module's own constant in the scan's loops: through `unitAt`,
 * imported from another module, the scan's loops took about a fifth longer (a micro-benchmark of the seeds' and the
 * generated pages' segments, in turns); the call is the same, `unitAt`'s way of reading any representation.
 */
// eslint-disable-next-line @typescript-eslint/unbound-method -- called only with `.call` and a string
const OWN_CHAR_CODE_AT = String.prototype.charCodeAt

/** The class of the surrogate pair at `i` (`pairClass`), -1 at the text's last unit. */
function pairAt (text: string, i: number): number {
  return i + 1 < text.length ? pairClass(text, i, WORD_CHARS) : -1
}

/** A word's lower case: its slice of the text lower-cased (`lowerWhole`), or its own when that is null. */
function lowerWord (word: string, start: number, end: number, lower: string | null): string {
  return lower === null ? word.toLowerCase() : sliceOf(lower, start, end)
}

/** The word tokens of `text` (shared between callers: do not modify the array or its tokens). */
export function tokens (text: string): Token[] {
  return recentTokens.get(text, tokenize) as Token[]
}

/**
 * `countWords(text)` (the quality score's words), read from the text's tokens when a rule has made them for the page:
 * a token of ASCII units is letters and digits only, one of `countWords`' runs unless a single joiner (`'`, `’`, `-`)
 * ties it to the token before (`well-known`, `don’t`: one word). A text with a token past ASCII (Han characters are
 * words alone there, marks end a word), or with a character `countWords` counts that no token holds (a Han-script
 * symbol, `HAN_SYMBOL`), is counted by `countWords` itself, as is a text whose tokens were not made: the same count.
 */
export function wordCount (text: string): number {
  const all = recentTokens.peek(text)
  if (all === undefined) return countWords(text)
  let n = 0
  let end = -2
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- an indexed loop, as in `withLetters`
  for (let i = 0; i < all.length; i++) {
    const t = all[i]
    if ((t.shape & SHAPE_NON_ASCII) !== 0) return countWords(text)
    if (t.start !== end + 1 || !isWordJoiner(unitAt(text, end))) n++
    end = t.end
  }
  return HAN_SYMBOL.test(text) ? countWords(text) : n
}
/** What `countWords` counts and no token holds: its Han words (`\p{Script=Han}`) that are no letter, digit or mark. */
const HAN_SYMBOL = /[\p{Script=Han}--[\p{L}\p{N}\p{M}]]/v

const recentLetterTokens = new PageCache<readonly Token[]>()

/**
 * Whether a token holds a letter (`/\p{L}/u`): the scan noted it (`SHAPE_LETTER`), from the word table's letter class
 * of each unit and the patterns' class of each pair, as a read of the word again would.
 */
const hasLetter = (t: Token): boolean => (t.shape & SHAPE_LETTER) !== 0

/** The word tokens of `text` that hold a letter (not numbers alone), shared like `tokens`. */
export function letterTokens (text: string): Token[] {
  return recentLetterTokens.get(text, withLetters) as Token[]
}

/**
 * The tokens of `text` that hold a letter, shared like the tokens. An indexed loop: V8's `filter` and the array
 * iterator (`for...of`) cost more than the loop here.
 */
function withLetters (text: string): readonly Token[] {
  const all = tokens(text)
  // the text's own tokens while every one holds a letter: a copy only from the first that does not
  let first = 0
  while (first < all.length && hasLetter(all[first])) first++
  if (first === all.length) return all
  const out: Token[] = all.slice(0, first)
  for (let i = first + 1; i < all.length; i++) if (hasLetter(all[i])) out.push(all[i])
  return out
}

/**
 * The tokens of `all` (a text's `letterTokens` or `tokens`, in order) that lie wholly between `start` and `end`: a
 * binary search, no new tokenizing. For a span of `sentences(text)` these are the tokens of the sentence's own text,
 * word for word and lower case for lower case: a sentence starts at the text's start or after white space or a mark
 * or closer, and ends after a mark or closer or before white space (none of them a word unit), so no token crosses
 * its edges, and a token's lower case is the word's own (test/flags-text.test.ts). The rules that read a sentence's
 * words tokenized and cached each sentence's slice again (3% of a seed page). The caller passes the text's tokens
 * once: a text over the caches' bound is not kept, and asking for them per sentence would tokenize it per sentence.
 */
export function tokensIn (all: readonly Token[], start: number, end: number): Token[] {
  const out: Token[] = []
  for (let i = firstAtOrAfter(all, start); i < all.length && all[i].end <= end; i++) out.push(all[i])
  return out
}

/** The index of the first of `all` (in order) that starts at or after `start`: a binary search. */
function firstAtOrAfter (all: readonly Token[], start: number): number {
  let lo = 0
  let hi = all.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (all[mid].start < start) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * How many tokens `tokensIn` gives for the span, counted up to `limit` + 1 at most and with no list made: a rule
 * that reads only short sentences' words asks this of every sentence first.
 */
export function tokenCountIn (all: readonly Token[], start: number, end: number, limit: number): number {
  let n = 0
  for (let i = firstAtOrAfter(all, start); i < all.length && all[i].end <= end && n <= limit; i++) n++
  return n
}

/** The characters of a space gap between two tokens: space, tab, no-break space (a RegExp character class). */
export const SPACE_GAP_CLASS = '[ \\t\\u00a0]'
const SPACE_GAP = new RegExp(`^${SPACE_GAP_CLASS}+$`)
const SPACE_GAP_CHAR = new RegExp(SPACE_GAP_CLASS)

/** True when `s` (the gap between two tokens) is only spaces and tabs, at least one. */
export function isSpaceGap (s: string): boolean {
  return s.length > 0 && SPACE_GAP.test(s)
}

/**
 * `isSpaceGap(text.slice(from, to))` read in place: the gap between two tokens is asked of every pair a rule
 * compares, and a slice and a pattern run for each was a string made to be thrown away.
 */
export function isSpaceGapAt (text: string, from: number, to: number): boolean {
  if (from >= to) return false
  for (let i = from; i < to; i++) {
    const c = unitAt(text, i)
    if (c !== SPACE && c !== TAB && c !== NO_BREAK_SPACE) return false
  }
  return true
}
const SPACE = 0x20
const TAB = 0x09
const NO_BREAK_SPACE = 0xa0

/**
 * Whether two of the text's tokens may be set apart by a space gap (`isSpaceGap`): the text holds a space, a tab or
 * a no-break space. Rules about words side by side (a word doubled, a phrase repeated, a capital after a lower-case
 * word) answer a text without one at once, before tokenizing it: a page of 100,000 one-word blocks (a list, a
 * hostile page) tokenized every block for nothing.
 */
export function hasSpaceGap (text: string): boolean {
  return SPACE_GAP_CHAR.test(text)
}

/**
 * Whether `sentences(text)` may find two sentences: a sentence ends before the text's end only at a Chinese mark or
 * at a mark followed by white space (`endsSentence`), so a text with neither is one sentence at most.
 */
export function mayHoldSentences (text: string): boolean {
  return SENTENCE_BREAK_CHAR.test(text)
}
const SENTENCE_BREAK_CHAR = /[\s。！？]/

/** Upper case (`A`, `É`): ASCII by its code (no other ASCII character has a case), the rest by case mapping. */
export function isUpper (ch: string): boolean {
  const c = unitAt(ch, 0)
  if (c < ASCII_END && ch.length === 1) return isAsciiUpper(c)
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase()
}

/** Lower case (`a`, `é`): ASCII by its code, the rest by case mapping. */
export function isLower (ch: string): boolean {
  const c = unitAt(ch, 0)
  if (c < ASCII_END && ch.length === 1) return isAsciiLower(c)
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase()
}

/** `Goals`: first letter upper case, the rest lower case (not an acronym such as `AI`, not `iPhone`). */
export function isTitleCaseWord (w: string): boolean {
  if (w.length < 2) return false
  // ASCII code units answered from their code, as `isUpper`/`isLower` do, without a string per unit
  const first = unitAt(w, 0)
  if (first < ASCII_END ? !isAsciiUpper(first) : !isUpper(w[0])) return false
  for (let i = 1; i < w.length; i++) {
    const c = unitAt(w, i)
    if (c < ASCII_END ? !isAsciiLower(c) : !isLower(w[i])) return false
  }
  return true
}

/**
 * `isTitleCaseWord(t.text)` from the token's shape when the word is ASCII (an ASCII unit's case is its code, as there);
 * a word past ASCII is read again.
 */
export function isTitleCaseToken (t: Token): boolean {
  if ((t.shape & SHAPE_NON_ASCII) !== 0) return isTitleCaseWord(t.text)
  const title = SHAPE_FIRST_UPPER | SHAPE_REST_LOWER
  return t.end - t.start >= 2 && (t.shape & title) === title
}

/** `isLowerWord(t.text)` from the token's shape when the word is ASCII; a word past ASCII is read again. */
export function isLowerToken (t: Token): boolean {
  if ((t.shape & SHAPE_NON_ASCII) !== 0) return isLowerWord(t.text)
  const lower = SHAPE_FIRST_LOWER | SHAPE_REST_LOWER
  return (t.shape & lower) === lower
}

/** `isUpper(t.text[0])`: the token's first unit is a capital, from its shape when that unit is ASCII. */
export function startsUpper (t: Token): boolean {
  if ((t.shape & SHAPE_FIRST_UPPER) !== 0) return true
  return unitAt(t.text, 0) >= ASCII_END && isUpper(t.text[0])
}

export function isLowerWord (w: string): boolean {
  // code point by code point as `for...of` reads them; an ASCII one from its code
  for (let i = 0; i < w.length; i++) {
    const c = unitAt(w, i)
    if (c < ASCII_END) {
      if (!isAsciiLower(c)) return false
      continue
    }
    const width = isHighSurrogate(c) && i + 1 < w.length && isLowSurrogate(unitAt(w, i + 1)) ? 2 : 1
    if (!isLower(w.slice(i, i + width))) return false
    i += width - 1
  }
  return w.length > 0
}

interface AbbreviationFile { groups: Array<{ source: string, abbreviations: string[] }> }
let abbreviations: Set<string> | undefined

/** Abbreviations that take a period inside a sentence (`Nov.`, `Co.`, `e.g.`), from data/flags-abbreviations.json. */
export function abbreviationSet (): Set<string> {
  abbreviations ??= new Set(loadData<AbbreviationFile>('flags-abbreviations.json').groups.flatMap(g => g.abbreviations))
  return abbreviations
}

/**
 * `/[\p{L}.]/u` on one code unit, from the word table's letter class (a lone surrogate is no letter there either): the
 * pattern ran on a string made of each unit read back from every period that ends a word.
 */
function isLetterOrDot (c: number): boolean {
  wordUnits ??= codeUnitClasses(WORD_CHARS)
  return c === DOT || wordUnits[c] === LETTER_UNIT
}
const DOT = 0x2e

/** The word before a period is read back this far at most (`isAbbreviationDot`). */
const ABBREVIATION_MAX = 12
/** `ABBREVIATION_ENDS`' row of a last unit past ASCII: all such units share it. */
const NON_ASCII_END = ASCII_END
let abbreviationEnds: Uint8Array | undefined

/**
 * Which (length, last unit) pairs the abbreviations have, a byte per pair (an ASCII last unit its own row, the rest
 * one row): a word before a period whose pair no abbreviation has is not in the set, and when its last unit is ASCII
 * and no capital it is no initial either, so most sentence ends are answered without a slice, a hash and a pattern.
 */
function abbreviationEndTable (): Uint8Array {
  const table = new Uint8Array((ABBREVIATION_MAX + 1) * (NON_ASCII_END + 1))
  for (const a of abbreviationSet()) {
    if (a.length === 0 || a.length > ABBREVIATION_MAX) continue
    table[a.length * (NON_ASCII_END + 1) + Math.min(unitAt(a, a.length - 1), NON_ASCII_END)] = 1
  }
  return table
}

/** Is the period at `dot` the end of an abbreviation or an initial (`Nov.`, `e.g.`, `J.`, `C.P.C.`)? */
export function isAbbreviationDot (text: string, dot: number): boolean {
  // The token before the dot: letters and inner dots (`e.g`, `U.S`, `C.P.C`).
  let i = dot
  while (i > 0 && isLetterOrDot(unitAt(text, i - 1)) && dot - i < ABBREVIATION_MAX) i--
  if (i === dot) return false
  const last = unitAt(text, dot - 1)
  abbreviationEnds ??= abbreviationEndTable()
  const listed = abbreviationEnds[(dot - i) * (NON_ASCII_END + 1) + Math.min(last, NON_ASCII_END)] === 1
  // no abbreviation ends so, and an ASCII unit other than a capital ends no initial (`\p{Lu}` below)
  if (!listed && last < ASCII_END && !isAsciiUpper(last)) return false
  const word = text.slice(i, dot)
  if (abbreviationSet().has(word)) return true
  // An initial or a dotted acronym: single capital letters separated by dots (`J.`, `C.P.C.`, `U.S.A.`).
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)
}

/** The code units of `chars` (each one unit), as a set of numbers. */
function codeSet (chars: string): Set<number> {
  const set = new Set<number>()
  for (let k = 0; k < chars.length; k++) set.add(unitAt(chars, k))
  return set
}

export interface Sentence {
  start: number
  /** End offset, after the final punctuation and closing quotes/brackets. */
  end: number
  /** The character that ended it (`.`, `!`, `?`, `。`…), or '' when the text ran out. */
  terminator: string
}

/**
 * Closing quotes and brackets after a sentence mark, and the marks that repeat one (`pastMark`), by code unit: a
 * set of one-character strings asked with `text[j]` made a string and hashed it for every unit read past each mark.
 */
const CLOSERS = codeSet('"”’\')]」』）')

const recentSentences = new PageCache<readonly Sentence[]>()

/**
 * Starts a page: the caches keep answers for one page's texts only (the rules share them), never from one page to
 * the next. A crawl meets a text once; a bench that cycles the same pages would otherwise read the last round's
 * answers and time what no crawl pays (1.22x on the seeds, measured in session 10).
 */
export function startPage (): void {
  recentTokens.clear()
  recentLetterTokens.clear()
  recentSentences.clear()
  englishAsked = new Map()
}

/**
 * Splits text into sentences. A sentence ends at `.`, `!`, `?` (or `。！？`) followed by optional closing quotes or
 * brackets and then whitespace or the end of the text; a period after an abbreviation or an initial does not end
 * one. One pass, kept for the page like `tokens` (shared between callers: do not modify the array or its sentences).
 */
export function sentences (text: string): Sentence[] {
  return recentSentences.get(text, splitSentences) as Sentence[]
}

/**
 * A sentence made by a constructor, in a list made by `new Array`, for the reason `WordToken` is: a page's sentences
 * live while its rules run, V8 pretenured the literals' allocation sites, and every later sentence was born in the
 * old generation, in pages mapped afresh after each full collection and faulted in one by one (the flag rules on the
 * 200 KB generated article: 90 faults a run with the literals, 53 now; docs/performance.md, session 25).
 */
class SentenceSpan implements Sentence {
  constructor (readonly start: number, readonly end: number, readonly terminator: string) {}
}

function splitSentences (text: string): readonly Sentence[] {
  const out = new Array<Sentence>()
  let start = skipSpace(text, 0)
  let i = start
  const end = text.length
  while (i < end) {
    i = nextSentenceMark(text, i)
    if (i < 0) break
    const j = pastMark(text, i)
    if (endsSentence(text, i, j)) {
      out.push(new SentenceSpan(start, j, text[i]))
      start = skipSpace(text, j)
      i = start
    } else {
      i = j
    }
  }
  // The text ran out inside a sentence: it ends at the last non-space character.
  if (start < end) {
    let last = end
    while (last > start && isRegExpSpace(unitAt(text, last - 1))) last--
    if (last > start) out.push(new SentenceSpan(start, last, ''))
  }
  return out
}

/**
 * Marks that can end a sentence (`. ! ?` and `。！？`), each one code unit: the engine's search finds the next one
 * (`test` with the pattern's `lastIndex`, no match object), where a loop in JavaScript read every code unit of every
 * segment (a seventh of the time of the flags on the seeds went to splitting sentences).
 */
const SENTENCE_MARK = /[.!?\u3002\uff01\uff1f]/g

/** The offset of the first sentence mark at or after `from`, -1 when there is none. */
function nextSentenceMark (text: string, from: number): number {
  SENTENCE_MARK.lastIndex = from
  return SENTENCE_MARK.test(text) ? SENTENCE_MARK.lastIndex - 1 : -1
}
/** The Chinese marks end a sentence wherever they stand. */
const CJK_SENTENCE_MARKS = codeSet('。！？')
/** Marks that repeat at a sentence end (`?!`, `...`, `.…`). */
const REPEATED_MARKS = codeSet('.!?…')

/** Just past the sentence mark at `i`: past marks that repeat it, then closing quotes and brackets. */
function pastMark (text: string, i: number): number {
  let j = i + 1
  while (j < text.length && REPEATED_MARKS.has(unitAt(text, j))) j++
  while (j < text.length && CLOSERS.has(unitAt(text, j))) j++
  return j
}

/** The mark at `i` ends a sentence: a Chinese one always; else a space or the end follows, and not an abbreviation. */
function endsSentence (text: string, i: number, j: number): boolean {
  const ch = text[i]
  if (CJK_SENTENCE_MARKS.has(unitAt(text, i))) return true
  const atSpace = j >= text.length || isRegExpSpace(unitAt(text, j))
  return atSpace && !(ch === '.' && j === i + 1 && isAbbreviationDot(text, i))
}

/** Past the white space at `i` (`/\s/`'s, read from the codes: `isRegExpSpace`). */
function skipSpace (text: string, i: number): number {
  const end = text.length
  while (i < end && isRegExpSpace(unitAt(text, i))) i++
  return i
}

const ECHO_STOP = new Set([
  'you', 'it', 'me', 'i', 'we', 'they', 'so', 'yes', 'no', 'thank', 'thanks', 'not', 'never', 'right', 'really', 'the',
  'a', 'an'
])

/** Words that begin a sentence only as a loose tail (`And speech.`). */
export const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor'])

/** An echo fragment is two or three words long. */
const ECHO_MAX_WORDS = 3
/** An echo repeats words from this far back in the sentence before: its last six words. */
const ECHO_TAIL_WORDS = 6

/**
 * An echo fragment: a very short sentence (two or three words ending in a period, opened by a conjunction or made of
 * at least two content words) whose words all repeat the last words of the sentence before it
 * (`delivered a speech. And speech.`). `all` is the text's `tokens`: each sentence's words are read from them
 * (`tokensIn`, the same words and lower cases as the sentence's own), counted first and listed only when there are
 * three at most; a scan of each sentence's first words was a fifth of the flags on a generated article.
 */
export function isEchoFragment (text: string, all: readonly Token[], previous: Sentence, current: Sentence): boolean {
  if (current.terminator !== '.') return false
  if (tokenCountIn(all, current.start, current.end, ECHO_MAX_WORDS) > ECHO_MAX_WORDS) return false
  const words = tokensIn(all, current.start, current.end)
  if (words.length < 2) return false
  const content = CONJUNCTIONS.has(words[0].lower) ? words.slice(1) : words
  // `Thank you.`, `Never. Never.`: a lone word or pronouns repeated for effect are English.
  if (content.length === 0) return false
  const contentWords = content.filter(w => !ECHO_STOP.has(w.lower)).length
  if (content.length === words.length && contentWords < 2) return false
  const tail = tokensIn(all, previous.start, previous.end).slice(-ECHO_TAIL_WORDS).map(w => w.lower)
  return content.every(w => tail.includes(w.lower))
}

/** Upper-cases the first letter. */
export function capitalize (s: string): string {
  return s === '' ? s : s[0].toUpperCase() + s.slice(1)
}

/**
 * The word list as one table built once for the process: the file's text kept whole, and an open-addressing hash
 * table of its lines (a line's start plus one, and its length; 0 an empty slot) keyed by `lowerKey`. A set of 274,000
 * strings was asked through a hash, a bucket, an entry and a string each in its own place in memory, which missed the
 * processor's caches (about 0.5 µs a word); a slot of the table and the word in the text are two reads.
 */
interface WordList { text: string, starts: Int32Array, lengths: Uint8Array, mask: number }
let english: WordList | undefined

/** Slots of the table: a power of two, about twice the list's 274,000 words. */
const ENGLISH_SLOTS = 1 << 19
/** Fibonacci hashing: the key times 2^32 / φ, its top bits the slot (`slotOf`), so the low bits of keys mix in. */
const GOLDEN = 0x9e3779b1
const ENGLISH_SHIFT = 32 - Math.log2(ENGLISH_SLOTS)
const slotOf = (key: number): number => Math.imul(key, GOLDEN) >>> ENGLISH_SHIFT

function englishTable (): WordList {
  const text = readFileSync(wordListPath, 'utf8')
  const starts = new Int32Array(ENGLISH_SLOTS)
  const lengths = new Uint8Array(ENGLISH_SLOTS)
  const mask = ENGLISH_SLOTS - 1
  const list: WordList = { text, starts, lengths, mask }
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    // a line listed twice is found at its first slot: the second is never read, and the answers are the set's
    let slot = slotOf(lowerKey(sliceOf(text, start, end)))
    while (starts[slot] !== 0) slot = (slot + 1) & mask
    starts[slot] = start + 1
    lengths[slot] = end - start
    start = end + 1
  }
  return list
}

/** `word` is a line of the list: its slot and the next ones, until an empty slot, compared in place. */
function listed (list: WordList, word: string): boolean {
  const { text, starts, lengths, mask } = list
  for (let slot = slotOf(lowerKey(word)); starts[slot] !== 0; slot = (slot + 1) & mask) {
    if (lengths[slot] === word.length && text.startsWith(word, starts[slot] - 1)) return true
  }
  return false
}

/**
 * Is `word` (any case) an English word or inflection? The list is the `word-list` package (about 274,000 words of
 * two letters or more, from the SCOWL/12dicts lists); loaded on first use. Used to tell a word cut off by a
 * length limit (`enterpris...`, `Tibeta...`) from a whole word trailing off (`Until next time…`).
 */
export function isEnglishWord (word: string): boolean {
  const known = englishAsked.get(word)
  if (known !== undefined) return known
  english ??= englishTable()
  const lower = word.toLowerCase()
  const answer = lower === 'a' || lower === 'i' || listed(english, lower)
  if (englishAsked.size >= RECENT_MAX_ENTRIES) englishAsked = new Map()
  englishAsked.set(word, answer)
  return answer
}

/**
 * The page's answers of `isEnglishWord`, by the word as asked: a look-up in the list's set of 274,000 words missed
 * the processor's caches (about 0.5 µs a word, 5% of the flags on a generated article, whose doubled words recur), a
 * small map of the page's words does not. Made anew for each page (`startPage`), bounded like the page caches.
 */
let englishAsked = new Map<string, boolean>()

/**
 * A headline: short and with no sentence end. Translators shorten headlines on purpose (figures left out, a clause
 * dropped): the bilingual rules that report what is missing let them be.
 */
const HEADLINE_WORDS = 15
export function isHeadline (text: string): boolean {
  const tail = text.trimEnd()
  if (/[.!?。！？]["”’)]*$/.test(tail.slice(-4))) return false
  // Count words only up to the limit: a long block is no headline, however long it is.
  let words = 0
  for (const _ of tail.matchAll(/\S+/g)) if (++words > HEADLINE_WORDS) return false
  return true
}
