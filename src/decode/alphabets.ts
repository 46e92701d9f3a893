/**
 * How well a single-byte charset's reading of a page fits one language's alphabet: the share of the page's accented
 * Latin letters that the best-fitting language writes (data/latin-alphabets.json, from CLDR's exemplar characters).
 * The charset a page was written in gives the letters of its language (`příliš` in windows-1250, `compañía` in
 * windows-1252); another one that reads the same bytes as letters mixes alphabets (`pøíliš`, `compańía`). The
 * plausibility scorer cannot see that: it scores each character alone (a Latin-1 letter in a run of accented letters
 * scores low, to catch CJK bytes read as Latin-1, so `ñí` in windows-1252 scored below `ńí` in windows-1250).
 */
import { loadData } from '../data.js'
import { ASCII_END, perCharset } from './bytes.js'
import { sbcsTable } from './plausibility.js'
import { unitAt } from '../text/index.js'

interface AlphabetFile { languages: Array<{ tag: string, letters: string }> }

/** The letters read: Latin-1 Supplement to Latin Extended-B (the accented letters of the legacy Latin charsets). */
const FIRST_LETTER = 0xc0
const LAST_LETTER = 0x24f
/** Bytes above ASCII, the ones a single-byte charset reads as other characters than ASCII. */
const HIGH_BYTES = 0x80

const ALPHABETS = loadData<AlphabetFile>('latin-alphabets.json').languages
const LANGUAGES = ALPHABETS.length

/** Per lower-case letter (its code point less `FIRST_LETTER`), the languages that write it, as bits. */
const WRITTEN_BY = ((): Uint32Array => {
  // a bit per language in an unsigned 32-bit word
  if (LANGUAGES > 32) throw new Error('data/latin-alphabets.json: at most 32 languages')
  const bits = new Uint32Array(LAST_LETTER - FIRST_LETTER + 1)
  ALPHABETS.forEach(({ letters }, i) => {
    for (const ch of letters) bits[ch.codePointAt(0)! - FIRST_LETTER] |= (1 << i) >>> 0
  })
  return bits
})()

/**
 * The code point of the lower case of `c` when it is a Latin letter of U+00C0-U+024F (either case), else -1. `İ`
 * lower-cases to `i` and a combining dot: it is the Turkish capital of `i`, an ASCII letter, and not read.
 */
function letterOf (c: number): number {
  if (c < FIRST_LETTER || c > LAST_LETTER) return -1
  const lower = String.fromCharCode(c).toLowerCase()
  if (lower.length !== 1 || !/\p{L}/u.test(lower)) return -1
  const l = unitAt(lower, 0)
  return l >= FIRST_LETTER && l <= LAST_LETTER ? l : -1
}

/**
 * Per byte above ASCII in a single-byte charset: whether it reads as a letter some language writes, the languages that
 * write it, and whether it reads as what never stands inside a word: a symbol (`©`, `€`), a number such as `³`, a
 * control. Not punctuation (`don’t`, `l·l`), math signs (`1920×1080`) nor spacing accents (`don´t`), which do.
 */
interface ByteLetters {
  isLetter: Uint8Array
  languages: Uint32Array
  notInWord: Uint8Array
  isUpper: Uint8Array
  /** How many bytes read as a letter of the alphabets. */
  count: number
}
/**
 * A charset of the Latin script reads at least this many of its 128 high bytes as accented Latin letters (windows-1252
 * and ISO-8859-2 about 60, windows-1256 a dozen of French, windows-1251 none).
 */
const LATIN_CHARSET_LETTERS = 32
const NOT_IN_WORD = /^[\p{So}\p{Sc}\p{No}\p{C}]$/u

const byteLetters = perCharset((charset: string): ByteLetters | null => {
  const table = sbcsTable(charset)
  if (table === undefined) return null
  const isLetter = new Uint8Array(HIGH_BYTES)
  const languages = new Uint32Array(HIGH_BYTES)
  const notInWord = new Uint8Array(HIGH_BYTES)
  const isUpper = new Uint8Array(HIGH_BYTES)
  for (let b = 0; b < HIGH_BYTES; b++) {
    const ch = String.fromCharCode(table[ASCII_END + b])
    notInWord[b] = NOT_IN_WORD.test(ch) ? 1 : 0
    isUpper[b] = ch !== ch.toLowerCase() ? 1 : 0
    const letter = letterOf(table[ASCII_END + b])
    // a letter no language of the table writes (`ƒ`, the florin sign of windows-1252) is read as a symbol
    if (letter < 0 || WRITTEN_BY[letter - FIRST_LETTER] === 0) continue
    isLetter[b] = 1
    languages[b] = WRITTEN_BY[letter - FIRST_LETTER]
  }
  return { isLetter, languages, notInWord, isUpper, count: isLetter.reduce((n, x) => n + x, 0) }
})

/**
 * What the fit is read from: how many times each byte above ASCII stands in the page, and how many of those times it
 * stands alone inside a word (an ASCII letter on each side: `Micha³`, where windows-1252 reads the `ł` of
 * windows-1250 as a superscript three). A reading that puts no letter there is as wrong as one that puts another
 * alphabet's letter there.
 */
export interface ByteCounts {
  all: Uint32Array
  inWord: Uint32Array
  apart: Uint32Array
  /** The bytes (less `ASCII_END`) the page holds, ascending: every other byte's three counts are 0. */
  held: number[]
}

const isAsciiDigit = (b: number | undefined): boolean => b !== undefined && b >= 0x30 && b <= 0x39
const isAsciiLetter = (b: number | undefined): boolean =>
  b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a))

/** `ByteCounts` of the page (`runs`: its runs of bytes above ASCII, `highByteRuns`). */
export function highByteCounts (bytes: Uint8Array, runs: number[]): ByteCounts {
  const all = new Uint32Array(HIGH_BYTES)
  const inWord = new Uint32Array(HIGH_BYTES)
  const apart = new Uint32Array(HIGH_BYTES)
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r]
    const end = runs[r + 1]
    for (let i = start; i < end; i++) all[bytes[i] - ASCII_END]++
    if (end - start !== 1) continue
    const before = isAsciiLetter(bytes[start - 1])
    const after = isAsciiLetter(bytes[end])
    if (before && after) inWord[bytes[start] - ASCII_END]++
    else if (!before && !after && (isAsciiDigit(bytes[start - 1]) || isAsciiDigit(bytes[end]))) {
      apart[bytes[start] - ASCII_END]++
    }
  }
  const held: number[] = []
  for (let b = 0; b < HIGH_BYTES; b++) if (all[b] !== 0) held.push(b)
  return { all, inWord, apart, held }
}

/**
 * How well single-byte `charset`'s reading of the page fits one alphabet, with how much evidence: `fit` is the share,
 * from 0 to 1, of its accented Latin letters (and of the other characters it reads alone inside a word) that the
 * language fitting them best writes, 1 when there are none; `letters` how many there are; `latin` whether the charset
 * is one of the Latin script (`LATIN_CHARSET_LETTERS`). Undefined for a charset without a byte table.
 */
export function alphabetFit (
  counts: ByteCounts, charset: string
): { fit: number, letters: number, latin: boolean } | undefined {
  const letters = byteLetters(charset)
  if (letters === undefined) return undefined
  const latin = letters.count >= LATIN_CHARSET_LETTERS
  const written = new Float64Array(LANGUAGES)
  let total = 0
  // the bytes the page holds: a byte it lacks adds nothing below (its counts are all 0), and each charset of the
  // page's candidates is asked (a page of a few curly quotes read 128 bytes for each)
  for (const b of counts.held) {
    if (letters.isLetter[b] === 0) {
      // a symbol where a letter stands: a letter no language writes
      if (letters.notInWord[b] === 1) total += counts.inWord[b]
      continue
    }
    // a capital alone against a number (`Ł12` for `£12`, `Ą6` for `¥6`, `1Ľ` for `1¼`) is no word of any language (a
    // capital alone before a space is one: Portuguese `É`, Irish `Ó`)
    const n = letters.isUpper[b] === 1 ? counts.all[b] - counts.apart[b] : counts.all[b]
    total += counts.all[b]
    const by = letters.languages[b]
    for (let l = 0; l < LANGUAGES; l++) if (((by >>> l) & 1) === 1) written[l] += n
  }
  if (total === 0) return { fit: 1, letters: 0, latin }
  let best = 0
  for (let l = 0; l < LANGUAGES; l++) best = Math.max(best, written[l])
  return { fit: best / total, letters: total, latin }
}
