/**
 * Shared text measures and patterns: the one home of knowledge every stage needs about text (issue #14). It sits
 * below every stage (like `data.ts`): it imports nothing from `src/` but `data.ts`, and any stage may import it.
 * Beside this file: `roles.ts` (reporter roles, data/reporter-roles.json) and `spam-lexicon.ts` (the gambling-spam
 * lexicon and its matcher, data/spam-lexicon.json).
 *
 * - Han and CJK: which characters are Chinese (`HAN`), runs of Chinese text with its punctuation (`CJK_TEXT_RUN`),
 *   and the length that counts a CJK character as about 2.5 Latin ones (`weightedLength`).
 * - Words: `countWords` counts Latin-script words and each Han character as one word (the usual CJK convention).
 * - Whitespace: `isSpace` (ASCII spaces plus the no-break and ideographic spaces Chinese pages use).
 * - Scanning: `codeUnitClasses` and `pairClass` turn one-character patterns into a table read one code unit at a
 *   time (the flags' tokens, `countWords`, the flags' segment language), exact on every code point.
 * - Patterns: `escapeRegExp` for literal terms in a pattern; English month names (`ENGLISH_MONTH`, `MONTH_NUMBER`);
 *   the Chinese and English reporter role words (`ZH_REPORTER_ROLE`, `EN_REPORTER_ROLE`).
 *
 * The `g` regexes here are meant for `matchAll`, `match` and `replace` (which do not keep `lastIndex` between
 * calls); test a single character with the non-global ones.
 */
export { EN_REPORTER_ROLE, ZH_REPORTER_ROLE } from './roles.js'

/** One Han character (Chinese, and the kanji of Japanese). */
export const HAN = /\p{Script=Han}/u
/** A run of Han characters. */
export const HAN_RUN = /\p{Script=Han}+/gu
/**
 * One character of Chinese text as it stands in a line, a pattern's source: a Han character, CJK punctuation
 * (U+3000–303F) or a full-width form.
 */
export const CJK_TEXT_CHAR = String.raw`[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]`
/** Chinese text as it stands in a line: a run of `CJK_TEXT_CHAR`s. */
export const CJK_TEXT_RUN = new RegExp(`${CJK_TEXT_CHAR}+`, 'gu')

/** The lowest code unit below the surrogates that is a `CJK_TEXT_RUN` character (U+2E80, the first Han radical). */
const CJK_RUN_MIN = ((): number => {
  // one scan of a text of every unit below the surrogates, in order: the first match starts at the lowest
  const units = Uint16Array.from({ length: 0xd800 }, (_, c) => c)
  const m = new RegExp(CJK_TEXT_RUN.source, 'u').exec(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(units))
  return m === null ? 0xd800 : m.index
})()
/** A code unit at or above CJK_RUN_MIN: every run holds one (a character beyond the BMP has a surrogate, higher). */
const CJK_RUN_GATE = new RegExp(`[\\u${CJK_RUN_MIN.toString(16).padStart(4, '0')}-\\uffff]`)

/**
 * Whether `text` may hold a `CJK_TEXT_RUN`; `false` is exact, so a rule over English text skips the run pattern
 * (one scan of the engine for a code unit, instead of the pattern tried at every position).
 */
export function mayHoldCjkRun (text: string): boolean {
  return CJK_RUN_GATE.test(text)
}

/**
 * `HAN.test(text)`, asked of the engine's one-range search first: every Han character is a `CJK_TEXT_RUN` character,
 * so a text without a unit at or above CJK_RUN_MIN holds none. The stages ask it of whole blocks, most of them English
 * on an English page; on a two-byte line (a curly quote, a dash) `HAN` compares every unit with its many ranges,
 * where the gate compares each unit once (the seeds' lines: 4.2 against 1.4 µs a page).
 */
export function holdsHan (text: string): boolean {
  return CJK_RUN_GATE.test(text) && HAN.test(text)
}

/** What the length measure weighs 2.5: Han (every block, radicals and `〇`), kana (with `ー` and `・`), Hangul. */
const CJK_CHAR = /[\p{Script=Han}\u3040-\u30ff\p{Script=Hangul}]/u
/**
 * A Han, kana or Hangul character carries about as much as 2.5 letters of English (a Chinese word averages 1.5
 * characters, an English one 5 letters plus a space).
 */
const CJK_WEIGHT = 2.5
/** No code point below U+1100 (Hangul Jamo; Han starts at U+2E80, kana at U+3040) is weighed as CJK. */
const FIRST_CJK = 0x1100
/** CJK Unified Ideographs, U+4E00–U+9FFF: Han throughout (the last unassigned ones were filled in Unicode 14). */
const CJK_UNIFIED_FIRST = 0x4e00
const CJK_UNIFIED_LAST = 0x9fff
/** ASCII letters by their code: `A`-`Z`, `a`-`z`. */
export const isAsciiUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a
export const isAsciiLower = (c: number): boolean => c >= 0x61 && c <= 0x7a
/**
 * Whether `c` (a UTF-16 code unit) is white space as `\s` reads it (Unicode White_Space and line terminators): what
 * `\s+` matches and `\S+` stops at (the spam lexicon's term scan, the language stage's tokens).
 */
export function isRegExpSpace (c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/**
 * `text.charCodeAt(i)` and `text.slice(start, end)` called through the prototype's own functions, for the loops that
 * read every code unit or cut every word. A call written `text.charCodeAt(i)` looks the method up on the string's
 * map, and the texts a helper is given come in many representations (flat one- and two-byte strings, slices of the
 * page, joins, internalized copies): past four of them the look-up site goes megamorphic, and every call searches V8's
 * global cache before it reads the unit (a loop over strings of eight representations measured 8-10x slower than over
 * one). Through a constant function the optimizing compiler reads the unit inline whatever the representation.
 */
// eslint-disable-next-line @typescript-eslint/unbound-method -- called only with `.call` and a string
const CHAR_CODE_AT = String.prototype.charCodeAt
// eslint-disable-next-line @typescript-eslint/unbound-method -- called only with `.call` and a string
const SLICE = String.prototype.slice
export const unitAt = (text: string, i: number): number => CHAR_CODE_AT.call(text, i)
export const sliceOf = (text: string, start: number, end?: number): string => SLICE.call(text, start, end)

export const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff
export const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff

/**
 * Length of a text in "Latin-equivalent characters", so that thresholds written for English apply to Chinese too:
 * each CJK character (Han, kana, Hangul) counts 2.5, every other character (code point) 1. The one length measure
 * of the project: every stage compares its limits with it.
 */
export function weightedLength (text: string): number {
  return weightUpTo(text, Number.POSITIVE_INFINITY)
}

/**
 * `weightedLength(text) >= min`, reading the text only until the count reaches `min` (the count only grows): a
 * paragraph test reads 80 characters of a 2,000-character paragraph, not all of them.
 */
export function weightedLengthAtLeast (text: string, min: number): boolean {
  return weightUpTo(text, min) >= min
}

/** The least length of a paragraph of running text (Latin-equivalent characters): an article's, not a label's. */
const RUNNING_TEXT_MIN = 80
/** A sentence's end inside a text (`。`, `；`, or `.` before a space or the end). */
const SENTENCE_END = /[。！？；]|[.!?;](?:\s|$)/

/** A paragraph of running text: long enough and with a sentence in it (the article's, not a label's or a menu's). */
export function isRunningText (text: string): boolean {
  return weightedLengthAtLeast(text, RUNNING_TEXT_MIN) && SENTENCE_END.test(text)
}

/**
 * `weightedLength(text)` when it is under `limit`, else a count at or past `limit` (the text is read only until the
 * count reaches it): for a sum that only decides below a bound.
 */
export function weightedLengthUpTo (text: string, limit: number): number {
  return weightUpTo(text, limit)
}

/**
 * `weightedLength(text) > max`, reading the text only until the count passes `max` (a count stopped at `max + 1` or
 * more is past it; one that ran to the end is the whole length).
 */
export function weightedLengthOver (text: string, max: number): boolean {
  return weightUpTo(text, max + 1) > max
}

/**
 * `weightedLength(text.replace(/\s+/g, ' ').trim())` without making either string: each run of white space between
 * two other characters counts as the one space it folds to, the runs at the ends count nothing. White space (`\s`,
 * which is what `trim` takes too: `isRegExpSpace`) holds no surrogate, so every other character has the neighbours
 * it has in the folded text, and a surrogate pair is weighed as `weightedLength` weighs it.
 */
export function collapsedWeightedLength (text: string): number {
  if (isPlainAscii(text)) return text.length - plainEnds(text)
  let n = 0
  let seen = false
  let gap = false
  const end = text.length
  for (let i = 0; i < end; i++) {
    const c = unitAt(text, i)
    if (c > ASCII_SPACE && c < ASCII_END) {
      // printable ASCII (most of a Latin page's text): no white space, one character of weight 1; the general
      // tests below cost a page's stats about a third more
      if (gap) n += 1
      gap = false
      seen = true
      n += 1
      continue
    }
    if (isRegExpSpace(c)) {
      gap = seen
      continue
    }
    if (gap) n += 1
    gap = false
    seen = true
    n += weightAt(text, i, c)
    if (c >= FIRST_CJK && pairAt(text, i, c)) i++
  }
  return n
}

/**
 * Whether a text is plain ASCII words between single spaces: no code unit other than a printable ASCII character or
 * the space, and no two spaces in a row. Such a text (most of an English page's) weighs one per code unit, each space
 * between two words counted once: its folded length is its length less a space at either end, and `normalizeLine`
 * changes nothing in it but its ends. The engine's scan finds this about twice as fast as a loop reads the units (a
 * gen20 page's texts: 45 µs against 80); the class alone, then the two spaces by the string search, a fifth cheaper
 * on English paragraphs than one pattern with both alternatives, which tries the second at every position.
 */
export const isPlainAscii = (text: string): boolean => !PAST_ASCII_PRINTABLE.test(text) && !text.includes('  ')
const PAST_ASCII_PRINTABLE = /[^\x20-\x7e]/

/** How many of a plain ASCII text's two ends are a space (one space at most each: `isPlainAscii`). */
export function plainEnds (text: string): number {
  const last = text.length - 1
  if (last < 0) return 0
  if (last === 0) return unitAt(text, 0) === ASCII_SPACE ? 1 : 0
  return (unitAt(text, 0) === ASCII_SPACE ? 1 : 0) + (unitAt(text, last) === ASCII_SPACE ? 1 : 0)
}

/** Whether the code unit `c` at `i` opens a surrogate pair. */
function pairAt (text: string, i: number, c: number): boolean {
  return isHighSurrogate(c) && i + 1 < text.length && isLowSurrogate(unitAt(text, i + 1))
}

/**
 * The weight of the character whose first code unit `c` is at `i` (a surrogate pair weighs as one character; the
 * caller steps over its second unit): only code units at or above the first CJK code point are looked at closely.
 */
function weightAt (text: string, i: number, c: number): number {
  if (c < FIRST_CJK) return 1
  if (c >= CJK_UNIFIED_FIRST && c <= CJK_UNIFIED_LAST) return CJK_WEIGHT
  return CJK_CHAR.test(pairAt(text, i, c) ? text.slice(i, i + 2) : text[i]) ? CJK_WEIGHT : 1
}

/** The weighted length of `text`, or of a prefix of it once the count has reached `limit`. */
function weightUpTo (text: string, limit: number): number {
  // One pass over the code units, no string per character (a per-character regex test on a 5 MiB line allocated
  // millions of strings)
  let n = 0
  const end = text.length
  for (let i = 0; i < end && n < limit; i++) {
    const c = unitAt(text, i)
    n += weightAt(text, i, c)
    if (c >= FIRST_CJK && pairAt(text, i, c)) i++
  }
  return n
}

const LETTER = /\p{L}/u
const ONE_HAN = /\p{Script=Han}/u
const ASCII_END = 0x80
/** The ASCII space: every code unit above it and below `ASCII_END` is a printable character or DEL, no white space. */
const ASCII_SPACE = 0x20
/** Setting this bit makes an ASCII capital lower case. */
const ASCII_CASE_BIT = 0x20
const A_LOWER = 0x61
const Z_LOWER = 0x7a

/** One letter or digit: `codeUnitClasses` makes it a table (class 1), built on first use by `countLetters`. */
const ONE_LETTER_OR_DIGIT = [/^[\p{L}\p{N}]$/u]
let letterUnits: Uint8Array | undefined
/**
 * The same classes of the ASCII code units, made at load (a look-up in it costs an ASCII text about half the range
 * tests it replaced); the whole table waits for a text past ASCII.
 */
const ASCII_LETTERS = codeUnitClasses(ONE_LETTER_OR_DIGIT, ASCII_END)

/**
 * Letters and digits of a text (what `/[\p{L}\p{N}]/gu` matches: a surrogate pair is one code point, a lone
 * surrogate none), one table lookup per code unit, without an array of the matches. Shared by the HTML front end's
 * letter counts (parse/html/meta.ts, noscript.ts).
 */
export function countLetters (text: string): number {
  return countLettersUpTo(text, Number.POSITIVE_INFINITY)
}

/**
 * `countLetters(text)` when it is under `limit`, else a count of `limit`: the text is read only until the count
 * reaches it (a count that decides only below a bound: the HTML hints' `longerThan`).
 */
export function countLettersUpTo (text: string, limit: number): number {
  let n = 0
  const end = text.length
  for (let i = 0; i < end && n < limit; i++) {
    const c = unitAt(text, i)
    if (c < ASCII_END) {
      n += ASCII_LETTERS[c]
      continue
    }
    const pair = isHighSurrogate(c) ? pairClass(text, i, ONE_LETTER_OR_DIGIT) : -1
    if (pair >= 0) {
      n += pair
      i++
    } else if ((letterUnits ??= codeUnitClasses(ONE_LETTER_OR_DIGIT))[c] !== 0) n++
  }
  return n
}

/** Han characters as a share of the letters, in one pass over the code units (a 5 MiB line stays cheap). */
export function hanShare (text: string): number {
  let letters = 0
  let han = 0
  const end = text.length
  for (let i = 0; i < end; i++) {
    const c = unitAt(text, i)
    // ASCII and the CJK Unified Ideographs answered by their code, the rest by the patterns (one string each)
    if (c < ASCII_END) {
      if ((c | ASCII_CASE_BIT) >= A_LOWER && (c | ASCII_CASE_BIT) <= Z_LOWER) letters++
      continue
    }
    if (c >= CJK_UNIFIED_FIRST && c <= CJK_UNIFIED_LAST) {
      letters++
      han++
      continue
    }
    const pair = isHighSurrogate(c) && i + 1 < end && isLowSurrogate(unitAt(text, i + 1))
    const ch = pair ? text.slice(i, i + 2) : text[i]
    if (pair) i++
    if (!LETTER.test(ch)) continue
    letters++
    if (ONE_HAN.test(ch)) han++
  }
  return letters === 0 ? 0 : han / letters
}

const BMP_UNITS = 0x10000

/**
 * A class for every UTF-16 code unit (or the first `units` of them), from single-character patterns tested once each
 * (about 5 ms per pattern for all of them):
 * 1 + the index of the first pattern the unit matches alone, 0 for none (a lone surrogate matches no `u` pattern).
 * Scanners read text through it with one array lookup per code unit, and test a surrogate pair with the patterns.
 */
export function codeUnitClasses (patterns: RegExp[], units = BMP_UNITS): Uint8Array {
  const table = new Uint8Array(units)
  for (let c = 0; c < units; c++) {
    const ch = String.fromCharCode(c)
    const k = patterns.findIndex(re => re.test(ch))
    table[c] = k + 1
  }
  return table
}

/** The class of the surrogate pair at `i` by the same patterns, or -1 when `i` does not start a pair. */
export function pairClass (text: string, i: number, patterns: RegExp[]): number {
  if (!isHighSurrogate(unitAt(text, i)) || !isLowSurrogate(unitAt(text, i + 1))) return -1
  const pair = sliceOf(text, i, i + 2)
  return patterns.findIndex(re => re.test(pair)) + 1
}

/** Word classes for `countWords`: a Han character is a word alone; other letters and digits run into words. */
const WORD_CLASSES = [/^\p{Script=Han}$/u, /^[\p{L}\p{N}]$/u]
const HAN_WORD = 1
const WORD_PART = 2
let wordClasses: Uint8Array | undefined
/** Inside a word between two of its parts: `don't`, `don’t`, `well-known`. */
export const isWordJoiner = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2d

/**
 * Words: Latin-script word tokens, plus each Han character counted as one word (the usual CJK convention). A word is
 * one Han character, or a run of other letters and digits with inner apostrophes and hyphens (`don't`, `well-known`).
 * One pass over the code units: the same count as the pattern it replaces (`\p{Script=Han}`, or runs of
 * `[\p{L}\p{N}]` without Han joined by `'`, `’` or `-`), tested on every code point.
 */
export function countWords (text: string): number {
  wordClasses ??= codeUnitClasses(WORD_CLASSES)
  // the table as a local: the loop reads one unit and one class a character (the module's variable, read through
  // its context at every character with the pair test called first, made the loop 1.6x as costly)
  const classes = wordClasses
  let n = 0
  let inWord = false
  let i = 0
  const end = text.length
  while (i < end) {
    const c = unitAt(text, i)
    // only a high surrogate may start a pair (`pairClass` answers -1 for any other unit)
    const pair = isHighSurrogate(c) ? pairClass(text, i, WORD_CLASSES) : -1
    const k = pair >= 0 ? pair : classes[c]
    const next = i + (pair >= 0 ? 2 : 1)
    if (k === HAN_WORD) {
      n++
      inWord = false
    } else if (k === WORD_PART) {
      if (!inWord) n++
      inWord = true
    } else {
      // a joiner keeps the word going only when a part of it follows
      inWord = inWord && isWordJoiner(c) && classOfWordChar(text, next) === WORD_PART
    }
    i = next
  }
  return n
}

function wordClassAt (text: string, i: number): number {
  wordClasses ??= codeUnitClasses(WORD_CLASSES)
  return wordClasses[unitAt(text, i)]
}

/** The word class of the character at `i` (0 past the end). */
function classOfWordChar (text: string, i: number): number {
  if (i >= text.length) return 0
  const pair = pairClass(text, i, WORD_CLASSES)
  return pair >= 0 ? pair : wordClassAt(text, i)
}

/** Whitespace as pages write it: ASCII spaces and line breaks, the no-break space and the ideographic space. */
export function isSpace (c: string): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u3000' || c === '\u00a0' ||
    c === '\f' || c === '\v'
}

/** `s` as a literal inside a regular expression. */
export function escapeRegExp (s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The words of a data file's lists (`[{ words: [...], source }]`), escaped and joined as a pattern's alternatives. */
export function listedWords (lists: ReadonlyArray<{ words: readonly string[] }>): string {
  return lists.flatMap(l => l.words).map(escapeRegExp).join('|')
}

/** `s` as a pattern that matches it literally, except that any run of white space in it matches any run. */
export function spacedLiteral (s: string): string {
  return escapeRegExp(s).replace(/\s+/g, '\\s+')
}


/** The month names as regex alternatives (no group, no period): `Jan(?:uary)?|Feb(?:ruary)?|…`. */
export const ENGLISH_MONTH_NAMES =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|' +
  'Nov(?:ember)?|Dec(?:ember)?'

/**
 * An English month name, full or abbreviated, with an optional period: `Jan`, `Jan.`, `January`, `Sept.`. Regex
 * source, no capture; capitalized as pages write it (add the `i` flag to accept any case).
 */
export const ENGLISH_MONTH = `(?:${ENGLISH_MONTH_NAMES})\\.?`

/** The month number of each English month name and abbreviation, lower case. */
export const MONTH_NUMBER: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12
}

export {
  UNIT_MS, findRelativeDate, resolveRelativeDate, type RelativeDate, type RelativeUnit
} from './relative-date.js'
