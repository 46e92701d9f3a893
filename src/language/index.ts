/**
 * Stage 7: language identification. `detectLanguage` answers for a whole text (the pipeline calls it on the
 * article body); `identify` adds the runners-up and the language of each part (`POST /v1/language`).
 *
 * How it works, in order:
 * 1. Script analysis: each character is assigned its script (data/language-scripts.json); letters of one script
 *    group (Han + kana count as one group) form runs; punctuation, digits and spaces never split a run.
 * 2. Mixed text: a run too small to carry a language of its own (a brand name in Chinese, a Chinese name in
 *    brackets in English) is absorbed by its neighbour; the remaining runs are the spans.
 * 3. Each span is identified from its own script: kana among Han -> Japanese; Han alone -> Chinese, Simplified
 *    or Traditional by characters only one standard has (data/language-han-variants.json); Hangul -> Korean;
 *    scripts of one language decide alone; shared alphabets go to franc + eld, narrowed to the script's
 *    languages (ngram.ts).
 * 4. The document's tag is the language with the most weight (characters × script weight); the confidence is
 *    calibrated (confidence.ts) and text too short or ambiguous is `und`.
 *
 * Short text, decided: n-gram models are not asked below `minLetters` (data/language-calibration.json: 10 letters
 * for Latin, 8 for Cyrillic, Arabic and Devanagari), counted after dropping digits, URLs, file names and ALL-CAPS
 * acronyms, so `OK`, `123`, `iPhone 16 Pro`, `WWDC 2024` are `und` with confidence 0. Below that length the only
 * evidence accepted is a letter that exactly one language we answer writes (data/language-letters.json: `ß`,
 * `ő`, `ł`, `ї`…), answered with a modest confidence (0.5). Han needs 2 characters, and without any character
 * only one Chinese standard has, the zh-Hans default is capped below 0.9; a script only one language writes
 * (Thai, Greek, Hangul, kana…) needs 2 letters and its confidence grows with length.
 */
import type { Language } from '../types.js'
import {
  BMP_SCRIPT, DISTINCTIVE_LETTER, HAN_INDEX, HAN_VARIANT, HIRA_INDEX, KATA_INDEX, LACKED_BIT_OF, LACKED_LETTER_BIT,
  LANGUAGES_BY_GROUP, LANGUAGE_BY_TAG, SCRIPTS, scriptOf, type LanguageInfo
} from './tables.js'
import { scoreNgrams } from './ngram.js'
import { FRANC_TEXT_MAX } from './franc.js'
import { ELD_TEXT_MAX } from './eld-table.js'
import { isAsciiLower, isAsciiUpper, isRegExpSpace, isSpace, isWordJoiner, unitAt } from '../text/index.js'
import { letterWidth, nextWordStart } from './words.js'
import {
  chineseConfidence, japaneseConfidence, letterConfidence, lettersEnough, minLetters, mixedCap, NAMES_SHARE,
  ngramConfidence, scriptConfidence
} from './confidence.js'

export interface Identification extends Language {
  /** Other candidates with their scores, best first. */
  alternatives: Array<{ tag: string, score: number }>
  /** Runs of the text in one language (JavaScript string offsets). */
  spans: Array<{ start: number, end: number, tag: string }>
}

/** Script group per script index (+1), and the group's ISO 15924 code for `und` answers. */
const GROUP_OF: string[] = ['', ...SCRIPTS.map(s => s.group)]
const WEIGHT_OF: number[] = [0, ...SCRIPTS.map(s => s.weight)]
const CASED = new Set(SCRIPTS.filter(s => s.case).map(s => s.group))
const GROUP_SCRIPT = new Map<string, string>()
for (const s of SCRIPTS) if (!GROUP_SCRIPT.has(s.group)) GROUP_SCRIPT.set(s.group, s.group === 'CJK' ? 'Hani' : s.code)

/** A maximal stretch of letters of one script group (neutral characters inside do not break it). */
interface Run {
  group: string
  /** Offset of the first letter and just after the last letter. */
  start: number
  end: number
  letters: number
  weighted: number
  kana: number
  /** Its ASCII letters are not in its counts yet (`countPending`). */
  pending: boolean
}

/** Script groups whose text n-gram models tell (several languages, not CJK): `detectSegment` reads no counts. */
const NGRAM_GROUPS = new Set([...LANGUAGES_BY_GROUP].filter(([g, ls]) => ls.length > 1 && g !== 'CJK').map(([g]) => g))

/** Runs that ended up together: one language each. */
interface Segment {
  group: string
  start: number
  end: number
  /** Runs of the segment's own group: only their letters are identified. */
  runs: Run[]
  letters: number
  weighted: number
  kana: number
}

interface Detection {
  language: LanguageInfo | null
  confidence: number
  alternatives: Array<{ tag: string, score: number }>
}

const UND_DETECTION: Detection = { language: null, confidence: 0, alternatives: [] }

/**
 * Group number per script index (+1): scripts of one group share it, so a run is continued by a number compare.
 * Numbered in the order the groups first appear in SCRIPTS (0 for "no script": never a run's group).
 */
const GROUP_NUMBER: number[] = [0]
{
  const numbers = new Map<string, number>()
  for (const s of SCRIPTS) {
    if (!numbers.has(s.group)) numbers.set(s.group, numbers.size + 1)
    GROUP_NUMBER.push(numbers.get(s.group) ?? 0)
  }
}
/** 1 for the kana scripts (Hiragana, Katakana) per script index (+1), 0 for the others: added, not tested. */
const KANA_OF: number[] = [0, ...SCRIPTS.map((_, i) => i + 1 === HIRA_INDEX || i + 1 === KATA_INDEX ? 1 : 0)]
/** 1 for a letter of a script we track, 0 for "no script" (index 0): added, not tested. */
const LETTER_OF: number[] = [0, ...SCRIPTS.map(() => 1)]

/**
 * The ASCII letters, all Latin (1 for a letter, 0 for a unit of no script), and the Latin group's number: text of a
 * Latin run is mostly ASCII, read by scan's inner loop. Where an ASCII unit were of another script, LATIN_GROUP is
 * -1 (no run's group) and that loop is never taken.
 */
const LATIN_INDEX = SCRIPTS.findIndex(s => s.code === 'Latn') + 1
const ASCII_LATIN = new Uint8Array(0x80).map((_, c) => BMP_SCRIPT[c] === LATIN_INDEX ? 1 : 0)
const LATIN_GROUP = LATIN_INDEX > 0 && BMP_SCRIPT.subarray(0, 0x80).every(s => s === 0 || s === LATIN_INDEX)
  ? GROUP_NUMBER[LATIN_INDEX]
  : -1

/**
 * The runs of the text, in one pass over every code unit (a page of 200 KB is read whole: every run counts). The
 * open run's counts are kept in locals and written to its object when it closes, and a unit's counts are added
 * from tables (0 for a unit of no script: `x + 0` is `x`), so the only branch taken per unit is the rare one that
 * opens a run: letters and spaces alternate too irregularly for a branch on them to be predicted (half the time of
 * the loop). The weight is summed unit by unit as before (1.2 per Hebrew or Arabic letter is no exact binary
 * fraction, so a product would not be the same number).
 */
function scan (text: string): Run[] {
  const runs: Run[] = []
  let run: Run | undefined
  let group = 0
  let runEnd = 0
  let letters = 0
  let weighted = 0
  let kana = 0
  const end = text.length
  for (let i = 0; i < end; i++) {
    if (group === LATIN_GROUP && run !== undefined) {
      // inside a Latin run, ASCII (each unit a Latin letter or of no script) is only searched to its end: its
      // letters are counted later, where the counts are read (`countPending`), and the run's end is found back
      // from the stretch's end
      const from = i
      i = asciiEnd(text, i)
      if (i > from) {
        let last = i
        while (last > from && ASCII_LATIN[unitAt(text, last - 1)] === 0) last--
        if (last > from) {
          runEnd = last
          run.pending = true
        }
      }
      if (i === end) break
    }
    const cp = unitAt(text, i)
    let script: number
    let width = 1
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < end) {
      // a high surrogate with a unit after it is read as one code point of two units (a pair or not), as before
      script = scriptOf(text.codePointAt(i) ?? 0)
      width = 2
    } else {
      script = BMP_SCRIPT[cp]
    }
    const g = GROUP_NUMBER[script]
    // a letter (g not 0) of another group than the open run's (none open: group 0) opens a run
    if ((g ^ group) * g !== 0) {
      if (run !== undefined) closeRun(run, runEnd, letters, weighted, kana)
      group = g
      run = { group: GROUP_OF[script], start: i, end: i + width, letters: 0, weighted: 0, kana: 0, pending: false }
      runs.push(run)
      letters = 0
      weighted = 0
      kana = 0
    }
    const letter = LETTER_OF[script]
    // the run ends after its last letter: moved to this unit's end when it is one
    runEnd += (i + width - runEnd) * letter
    letters += letter
    weighted += WEIGHT_OF[script]
    kana += KANA_OF[script]
    i += width - 1
  }
  if (run !== undefined) closeRun(run, runEnd, letters, weighted, kana)
  return runs
}

/** ASCII units read one by one before the search is handed to NON_ASCII (a call of the pattern costs some dozens). */
const ASCII_PROBE = 64
const NON_ASCII = /[^\0-\x7f]/g

/** Where the ASCII from `i` ends: the first unit past ASCII, or the text's end. */
function asciiEnd (text: string, i: number): number {
  const end = text.length
  const probeEnd = Math.min(end, i + ASCII_PROBE)
  let j = i
  while (j < probeEnd && unitAt(text, j) < 0x80) j++
  if (j < probeEnd || j === end) return j
  // a long stretch: the pattern's compiled loop reads it about three times faster than this one
  NON_ASCII.lastIndex = j
  return NON_ASCII.test(text) ? NON_ASCII.lastIndex - 1 : end
}

/**
 * Counts the letters of the runs whose ASCII `scan` did not count, where they are read: every run unless the text
 * is one run of a script told by n-gram models (ngramText reads its text, not its counts). A run is counted again
 * whole, unit by unit as `scan` reads it (within a run every letter is of its group), so the sums are the same
 * numbers, added in the same order.
 */
function countPending (text: string, runs: Run[]): void {
  if (runs.length === 1 && NGRAM_GROUPS.has(runs[0].group)) return
  for (const run of runs) if (run.pending) recount(text, run)
}

function recount (text: string, run: Run): void {
  let letters = 0
  let weighted = 0
  let kana = 0
  const length = text.length
  for (let i = run.start; i < run.end; i++) {
    const cp = unitAt(text, i)
    let script: number
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < length) {
      script = scriptOf(text.codePointAt(i) ?? 0)
      i++
    } else {
      script = BMP_SCRIPT[cp]
    }
    letters += LETTER_OF[script]
    weighted += WEIGHT_OF[script]
    kana += KANA_OF[script]
  }
  closeRun(run, run.end, letters, weighted, kana)
  run.pending = false
}

function closeRun (run: Run, end: number, letters: number, weighted: number, kana: number): void {
  run.end = end
  run.letters = letters
  run.weighted = weighted
  run.kana = kana
}

const OPENERS = new Set('([{（［｛〔【《〈「『“‘"\'«‹')
const CLOSERS = new Set(')]}）］｝〕】》〉」』”’"\'»›')

/** The run sits inside brackets or quotes: `Wang Yi (王毅)`, `《蓝皮书》`. */
function bracketed (text: string, run: Run): boolean {
  let i = run.start - 1
  while (i >= 0 && isSpace(text[i])) i--
  let j = run.end
  while (j < text.length && isSpace(text[j])) j++
  return i >= 0 && j < text.length && OPENERS.has(text[i]) && CLOSERS.has(text[j])
}

const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu
/** `\w` (ASCII letters, digits, `_`) per ASCII unit. */
const ASCII_WORD = new Uint8Array(0x80).map((_, c) => /\w/u.test(String.fromCharCode(c)) ? 1 : 0)
const isWordUnit = (c: number): boolean => c < 0x80 && ASCII_WORD[c] === 1

/**
 * The text may hold addresses, e-mails, file names or dotted identifiers (letters, but no language): it matches
 * `/[/@]|\w\.\w/u`, found by `indexOf` (a fast search of one unit), not by trying the pattern at every position.
 */
function mayHoldNotWords (text: string): boolean {
  if (text.includes('/') || text.includes('@')) return true
  for (let i = text.indexOf('.', 1); i >= 0 && i + 1 < text.length; i = text.indexOf('.', i + 1)) {
    if (isWordUnit(unitAt(text, i - 1)) && isWordUnit(unitAt(text, i + 1))) return true
  }
  return false
}
/**
 * A whitespace-delimited token (`\S+`) that is an address, e-mail or file name; tested on a whole token (anchored,
 * no nested repetition: linear on any input).
 */
const NOT_WORD = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|@|\/|\w\.\w/iu

/**
 * How long a run must be to carry a language of its own inside text of another script (letters; Han and Hangul
 * count one per character). `alone`: long enough anywhere; `free`: long enough unless it sits in brackets or quotes,
 * where names are given (`Wang Yi (王毅)`). A Chinese or Korean word is one to four characters, so a run of 6 Han or
 * 5 Hangul outside brackets is already a phrase, not a name.
 */
const SIGNIFICANT_RUN = {
  CJK: { alone: 16, free: 6 },
  Hang: { alone: 12, free: 5 },
  other: { alone: 16, free: 8 }
} as const
/**
 * Cased alphabets (Latin, Cyrillic, Greek): a run of 40 letters is running text; under 10 it is a name or a label;
 * in between it needs two lower-case words of two letters or more (names and brands are capitalised).
 */
const CASED_RUN = { alone: 40, min: 10, lowerWords: 2, minWordLength: 2 } as const

/** Whether a run carries a language of its own, or is a name, brand or label inside another language. */
function significant (text: string, run: Run): boolean {
  if (CASED.has(run.group)) return significantCased(text, run)
  const limits = run.group === 'CJK' || run.group === 'Hang' ? SIGNIFICANT_RUN[run.group] : SIGNIFICANT_RUN.other
  return run.letters >= limits.alone || (run.letters >= limits.free && !bracketed(text, run))
}

function significantCased (text: string, run: Run): boolean {
  if (run.letters >= CASED_RUN.alone) return true
  if (run.letters < CASED_RUN.min) return false
  // Running text has lowercase words; names, brands and model numbers are capitalised or mixed.
  let lower = 0
  for (const m of text.slice(run.start, run.end).matchAll(WORD)) {
    if (m[0].length >= CASED_RUN.minWordLength && m[0] === m[0].toLowerCase()) lower++
    if (lower >= CASED_RUN.lowerWords) return true
  }
  return false
}

function newSegment (run: Run): Segment {
  const { group, start, end, letters, weighted, kana } = run
  return { group, start, end, runs: [run], letters, weighted, kana }
}

function addRun (segment: Segment, run: Run): void {
  segment.end = run.end
  if (run.group !== segment.group) return
  segment.runs.push(run)
  segment.letters += run.letters
  segment.weighted += run.weighted
  segment.kana += run.kana
}

/** Groups runs into segments: minor runs join a neighbour, consecutive runs of one group join. */
function segment (text: string, runs: Run[]): Segment[] {
  if (runs.length === 0) return []
  const groups = new Map<string, number>()
  for (const r of runs) groups.set(r.group, (groups.get(r.group) ?? 0) + r.weighted)
  let keep: boolean[]
  if (groups.size === 1) {
    keep = runs.map(() => true)
  } else {
    keep = runs.map(r => significant(text, r))
    if (!keep.some(Boolean)) {
      // Nothing stands on its own (a short label mixing scripts): the heaviest script decides.
      const main = [...groups.entries()].sort((a, b) => b[1] - a[1])[0][0]
      keep = runs.map(r => r.group === main)
    }
  }
  // A minor run at the very start has no earlier neighbour to join; if its script carries a language elsewhere
  // in the text (`Source: China News Service 来源：… The report said…`), it stands as its own segment.
  const keptGroups = new Set(runs.filter((_, i) => keep[i]).map(r => r.group))
  for (let i = 0; i < runs.length && !keep[i]; i++) if (keptGroups.has(runs[i].group)) keep[i] = true
  const segments: Segment[] = []
  const pending: Run[] = []
  runs.forEach((run, i) => {
    const last = segments[segments.length - 1]
    if (keep[i]) {
      if (last?.group === run.group) {
        addRun(last, run)
      } else {
        const s = newSegment(run)
        if (pending.length > 0) s.start = pending[0].start
        pending.length = 0
        segments.push(s)
      }
    } else if (last !== undefined) {
      addRun(last, run)
    } else {
      pending.push(run)
    }
  })
  return segments
}

/** Per script group, the bits (LACKED_BIT_OF) of its languages that eld lacks and that have letters of their own. */
const LACKED_OF_GROUP = new Map<string, number>()
for (const [group, languages] of LANGUAGES_BY_GROUP) {
  let bits = 0
  for (const l of languages) if (l.eld === null) bits |= LACKED_BIT_OF.get(l.tag) ?? 0
  LACKED_OF_GROUP.set(group, bits)
}

/** n-gram models read this much of a segment (franc itself stops at 2,048 characters); more adds time, not accuracy. */
const NGRAM_TEXT_MAX = 4000

/**
 * A run is read in windows of this many code units, each cut at white space. Small, since each window is read
 * whole for addresses before its words are taken (`addRunWords`): past the last word the text needs, at most one
 * window is read for nothing (the whole of a seed page with windows of 8,000).
 */
const NGRAM_WINDOW = 1000

/**
 * The n-gram text's string is built only as far as the models read it: franc its first 2,048 characters, eld its
 * first 1,000. Past that the words are only counted (letters, lower-case words, letters of languages eld lacks),
 * up to NGRAM_TEXT_MAX, and no further than those counts can still change the answer (`settled`).
 */
const NGRAM_STRING_MAX = Math.max(FRANC_TEXT_MAX, ELD_TEXT_MAX)

/**
 * The n-gram text of a segment as it is built: its words (the first NGRAM_STRING_MAX characters' worth), their
 * length joined by spaces, letters, words, lower-case words, and the bits (LACKED_BIT_OF) of the languages eld
 * lacks whose own letters it holds; `lackedWanted`: the bits of the segment's group, `lettersWanted`: the letters
 * past which the count no longer matters (`lettersEnough`).
 */
interface NgramText {
  parts: string[], length: number, letters: number, words: number, lower: number, lacked: number,
  lackedWanted: number, lettersWanted: number,
  /** Words are kept as strings while the text is shorter than this. */
  stringMax: number
}

/**
 * ALL-CAPS (`word === upper && word !== lower`), for the word at `start`..`end` of `piece` whose ASCII cases
 * `readWord` found. A word opening with an ASCII lower-case letter is not: its upper case opens with another letter
 * (upper-casing maps each character without context), so it is not built.
 */
function isAllCaps (piece: string, start: number, end: number, cases: number): boolean {
  if (isAsciiLower(unitAt(piece, start))) return false
  if (cases !== NOT_ASCII) return (cases & HAS_LOWER) === 0 && (cases & HAS_UPPER) !== 0
  const word = piece.slice(start, end)
  return word === word.toUpperCase() && word !== word.toLowerCase()
}

/** Lower case throughout (`word === lower`), read as `isAllCaps`; a word opening with an ASCII capital is not. */
function isLowerCase (piece: string, start: number, end: number, cases: number): boolean {
  if (isAsciiUpper(unitAt(piece, start))) return false
  if (cases !== NOT_ASCII) return (cases & HAS_UPPER) === 0
  const word = piece.slice(start, end)
  return word === word.toLowerCase()
}

/**
 * A word's cases (HAS_LOWER, HAS_UPPER bits) when it is ASCII, or NOT_ASCII. On ASCII, `toUpperCase` and
 * `toLowerCase` change exactly the letters of the other case, one for one, so a word equals its upper case when it
 * has no lower-case letter and differs from its lower case when it has a capital: no string is built.
 */
const HAS_LOWER = 1
const HAS_UPPER = 2
const NOT_ASCII = -1
/** HAS_LOWER or HAS_UPPER per ASCII unit (0 for the others). */
const ASCII_CASE = new Uint8Array(0x80).map((_, c) => isAsciiLower(c) ? HAS_LOWER : isAsciiUpper(c) ? HAS_UPPER : 0)

/** What `readWord` found in the word it read (set by each call: no object made per word). */
const wordFacts = {
  /** Its letters when all are of the group asked (characters of no script do not count), -1 when one is not. */
  letters: 0,
  /** Its ASCII cases, or NOT_ASCII. */
  cases: 0,
  /** The bits of the languages eld lacks whose own letters it holds (LACKED_LETTER_BIT). */
  lacked: 0
}

/**
 * Reads the word that starts at `start` (a letter or mark) as `wordEnd` does and returns its end; on the way, counts
 * its letters of `group` and its cases into `wordFacts`: one pass over the word's units, no string made. A word
 * is letters and marks (a pair for an astral one) and the joiners between them; each is one code point.
 */
function readWord (piece: string, start: number, group: string): number {
  const length = piece.length
  let letters = 0
  let foreign = false
  let cases = 0
  let ascii = true
  let lacked = 0
  let j = start
  for (;;) {
    for (let width = letterWidth(piece, j); width > 0; width = letterWidth(piece, j)) {
      const c = unitAt(piece, j)
      let script: number
      if (width === 2) {
        ascii = false
        script = scriptOf(piece.codePointAt(j) ?? 0)
      } else {
        if (c >= 0x80) {
          ascii = false
          lacked |= LACKED_LETTER_BIT[c]
        } else {
          cases |= ASCII_CASE[c]
        }
        script = BMP_SCRIPT[c]
      }
      if (script !== 0) {
        if (GROUP_OF[script] !== group) foreign = true
        letters++
      }
      j += width
    }
    if (j >= length) break
    const joiner = unitAt(piece, j)
    if (!isWordJoiner(joiner) || letterWidth(piece, j + 1) === 0) break
    // `'` and `-` are ASCII of no case, `’` is not ASCII; none is of a script we track
    if (joiner >= 0x80) ascii = false
    if (BMP_SCRIPT[joiner] !== 0) {
      if (GROUP_OF[BMP_SCRIPT[joiner]] !== group) foreign = true
      letters++
    }
    j++
  }
  wordFacts.letters = foreign ? -1 : letters
  wordFacts.cases = ascii ? cases : NOT_ASCII
  wordFacts.lacked = lacked
  return j
}

/**
 * Adds the words of `piece` (a run's text, or one token of it: a word never spans white space) to `acc`; true when
 * the text is long enough and no more is read.
 */
function addWords (acc: NgramText, piece: string, group: string, cased: boolean): boolean {
  // the words as `eachWord` gives them, read in a loop: no closure made per run or per token, and a word's string
  // made only when it is kept
  for (let i = nextWordStart(piece, 0); i >= 0;) {
    const start = i
    const end = readWord(piece, start, group)
    const { letters, cases, lacked } = wordFacts
    i = nextWordStart(piece, end)
    // ALL-CAPS words (acronyms, shouting headings) say little about the language.
    if (cased && end - start >= 2 && isAllCaps(piece, start, end, cases)) continue
    if (letters <= 0) continue
    if (acc.length < acc.stringMax) acc.parts.push(piece.slice(start, end))
    acc.length += acc.words === 0 ? end - start : end - start + 1
    acc.letters += letters
    acc.words++
    acc.lacked |= lacked
    if (!cased || isLowerCase(piece, start, end, cases)) acc.lower++
    if (acc.length >= NGRAM_TEXT_MAX || (acc.length >= acc.stringMax && settled(acc))) return true
  }
  return false
}

/**
 * No more words can change what is read from the n-gram text: its string is complete (NGRAM_STRING_MAX), the
 * letters are enough, every letter of a language eld lacks that the group has was seen, and the lower-case share
 * is on one side of NAMES_SHARE whatever words may still come. Until NGRAM_TEXT_MAX at most `more` words are added
 * (each at least a letter and a space), so the final share lies between lower / (words + more), all of them
 * capitalised, and (lower + more) / (words + more), all lower-case (or under it: `words` grows with each).
 */
function settled (acc: NgramText): boolean {
  const { letters, words, lower } = acc
  if (letters < acc.lettersWanted || (acc.lacked & acc.lackedWanted) !== acc.lackedWanted) return false
  const more = Math.ceil((NGRAM_TEXT_MAX - acc.length) / 2)
  return lower / (words + more) >= NAMES_SHARE || (lower + more) / (words + more) < NAMES_SHARE
}

/**
 * The run's words, with the tokens that are addresses, e-mails or file names dropped when the run may hold one;
 * true when the text is full. Read only as far as the n-gram text needs: a long page is not scanned to its end.
 */
function addRunWords (acc: NgramText, slice: string, group: string, cased: boolean): boolean {
  if (!mayHoldNotWords(slice)) return addWords(acc, slice, group, cased)
  // Only a token holding `/`, `@` or `.` can be NOT_WORD (each of its alternatives needs one): those tokens are
  // found from these characters and tested; the text between them is read whole, since a word never spans white
  // space, so the words come in the same order as token by token.
  let from = 0
  NOT_WORD_MARK.lastIndex = 0
  for (let m = NOT_WORD_MARK.exec(slice); m !== null; m = NOT_WORD_MARK.exec(slice)) {
    let start = m.index
    while (start > 0 && !isRegExpSpace(unitAt(slice, start - 1))) start--
    let end = m.index + 1
    while (end < slice.length && !isRegExpSpace(unitAt(slice, end))) end++
    NOT_WORD_MARK.lastIndex = end
    if (!NOT_WORD.test(slice.slice(start, end))) continue
    if (start > from && addWords(acc, slice.slice(from, start), group, cased)) return true
    from = end
  }
  return from < slice.length && addWords(acc, from === 0 ? slice : slice.slice(from), group, cased)
}

/** The characters without which no token is NOT_WORD. */
const NOT_WORD_MARK = /[/@.]/g


/**
 * The n-gram text as the models read it.
 * `clean`: the text, whole or its first NGRAM_STRING_MAX characters or more (all that franc and eld read);
 * `letters`: its letters, or any count at or past `lettersEnough` (the same answer);
 * `lowerShare`: its share of lower-case words, or a share on the same side of NAMES_SHARE (`settled`);
 * `lacked`: the bits of the languages eld lacks whose own letters it holds.
 */
interface Ngrams { clean: string, letters: number, lowerShare: number, lacked: number }

/**
 * The segment's own letters as words for the n-gram models: other scripts, digits and acronyms dropped. Where its
 * letters are too few for the models the whole text is read and built (`detectShort` reads it).
 */
function ngramText (text: string, seg: Segment): Ngrams {
  const read = readNgramText(text, seg)
  if (read.letters >= minLetters(seg.group) || read.clean.length < NGRAM_STRING_MAX) return read
  // short in letters though long in characters (words of marks): only a text of hundreds of letters is cut
  return readNgramText(text, seg, true)
}

function readNgramText (text: string, seg: Segment, whole = false): Ngrams {
  const cased = CASED.has(seg.group)
  const acc: NgramText = {
    parts: [], length: 0, letters: 0, words: 0, lower: 0, lacked: 0,
    lackedWanted: LACKED_OF_GROUP.get(seg.group) ?? 0, lettersWanted: lettersEnough(seg.group),
    stringMax: whole ? Infinity : NGRAM_STRING_MAX
  }
  runs: for (const run of seg.runs) {
    // a run is read a window at a time, each cut at white space (no word spans it): a long page is read only as
    // far as the n-gram text needs, not scanned to its end for addresses first
    for (let from = run.start; from < run.end;) {
      let to = Math.min(run.end, from + NGRAM_WINDOW)
      while (to < run.end && !isRegExpSpace(unitAt(text, to))) to++
      if (addRunWords(acc, text.slice(from, to), seg.group, cased)) break runs
      from = to
    }
  }
  const { parts, letters, words, lower, lacked } = acc
  return { clean: parts.join(' '), letters, lowerShare: words === 0 ? 0 : lower / words, lacked }
}

function detectCjk (text: string, seg: Segment): Detection {
  if (seg.letters < 2) return UND_DETECTION
  if (seg.kana > 0) {
    const confidence = japaneseConfidence(seg.weighted, seg.kana)
    const alternatives = [{ tag: 'zh-Hans', score: round((1 - confidence) / 2) }]
    return { language: LANGUAGE_BY_TAG.get('ja') ?? null, confidence, alternatives }
  }
  let simplified = 0
  let traditional = 0
  let han = 0
  for (const run of seg.runs) {
    for (let i = run.start; i < run.end; i++) {
      const cp = text.codePointAt(i) ?? 0
      if (cp > 0xffff) i++
      if (scriptOf(cp) !== HAN_INDEX) continue
      han++
      if (cp < 0x10000) {
        const variant = HAN_VARIANT[cp]
        if (variant === 1) simplified++
        else if (variant === 2) traditional++
      }
    }
  }
  const tag = traditional > simplified ? 'zh-Hant' : 'zh-Hans'
  const other = tag === 'zh-Hant' ? 'zh-Hans' : 'zh-Hant'
  const variants = simplified + traditional
  const confidence = chineseConfidence(han, simplified, traditional)
  const otherScore = (variants === 0 ? 0.5 : Math.min(simplified, traditional) / variants) * (1 - confidence)
  return {
    language: LANGUAGE_BY_TAG.get(tag) ?? null,
    confidence,
    alternatives: [{ tag: other, score: round(otherScore) }, { tag: 'ja', score: round((1 - confidence) / 4) }]
  }
}

function detectShort (clean: string): Detection {
  let found: string | undefined
  for (const ch of clean) {
    const tag = DISTINCTIVE_LETTER.get(ch)
    if (tag === undefined) continue
    if (found !== undefined && found !== tag) return UND_DETECTION
    found = tag
  }
  if (found === undefined) return UND_DETECTION
  return { language: LANGUAGE_BY_TAG.get(found) ?? null, confidence: letterConfidence(), alternatives: [] }
}

function detectSegment (text: string, seg: Segment): Detection {
  if (seg.group === 'CJK') return detectCjk(text, seg)
  const candidates = LANGUAGES_BY_GROUP.get(seg.group) ?? []
  if (candidates.length === 1) {
    if (seg.letters < minLetters('default')) return UND_DETECTION
    return { language: candidates[0], confidence: scriptConfidence(seg.weighted), alternatives: [] }
  }
  if (candidates.length === 0) return UND_DETECTION
  const { clean, letters, lowerShare, lacked } = ngramText(text, seg)
  if (letters < minLetters(seg.group)) return detectShort(clean)
  const { ranked, agree, gap, twin } = scoreNgrams(clean, seg.group, lacked)
  if (ranked.length === 0) return UND_DETECTION
  const confidence = ngramConfidence(letters, gap, agree, twin, lowerShare)
  return {
    language: ranked[0].language,
    confidence,
    // Runner-up scores on the confidence's scale: how much of the remaining doubt each one takes.
    alternatives: ranked.slice(1, 4).map(r => ({ tag: r.language.tag, score: round(r.score * (1 - confidence)) }))
  }
}

function round (x: number): number {
  return Math.round(x * 1000) / 1000
}

/** Span offsets: a segment owns the punctuation after it up to the first space, and the opening marks before it. */
function spanBounds (text: string, segments: Segment[]): Array<{ start: number, end: number }> {
  const bounds = segments.map(s => ({ start: s.start, end: s.end }))
  let first = 0
  while (first < text.length && isSpace(text[first])) first++
  let last = text.length
  while (last > 0 && isSpace(text[last - 1])) last--
  if (bounds.length === 0) return bounds
  bounds[0].start = Math.min(bounds[0].start, first)
  bounds[bounds.length - 1].end = Math.max(bounds[bounds.length - 1].end, last)
  for (let k = 0; k + 1 < bounds.length; k++) {
    const a = bounds[k].end
    const b = bounds[k + 1].start
    let firstSpace = -1
    let lastSpace = -1
    for (let i = a; i < b; i++) {
      if (isSpace(text[i])) { if (firstSpace < 0) firstSpace = i; lastSpace = i }
    }
    if (firstSpace >= 0) {
      bounds[k].end = firstSpace
      bounds[k + 1].start = lastSpace + 1
    } else {
      let split = b
      while (split > a && OPENERS.has(text[split - 1])) split--
      bounds[k].end = split
      bounds[k + 1].start = split
    }
  }
  return bounds
}

function toLanguage (detection: Detection, fallbackScript: string): Language {
  const l = detection.language
  if (l === null) return { tag: 'und', iso6393: 'und', script: fallbackScript, confidence: 0 }
  return { tag: l.tag, iso6393: l.iso6393, script: l.script, confidence: detection.confidence }
}

/** Neighbouring segments that came out the same language, merged into one part. */
interface Part {
  start: number
  end: number
  tag: string
  weight: number
  segments: Segment[]
  detection: Detection
}

/** Merge neighbours that came out the same language. */
function mergeParts (
  segments: Segment[], detections: Detection[], bounds: Array<{ start: number, end: number }>
): Part[] {
  const parts: Part[] = []
  segments.forEach((seg, i) => {
    const tag = detections[i].language?.tag ?? 'und'
    const prev = parts[parts.length - 1]
    if (prev?.tag === tag) {
      prev.end = bounds[i].end
      prev.weight += seg.weighted
      prev.segments.push(seg)
    } else {
      const { start, end } = bounds[i]
      parts.push({ start, end, tag, weight: seg.weighted, segments: [seg], detection: detections[i] })
    }
  })
  return parts
}

/** The main language's detection: its one segment's, or all its pieces identified together. */
function mainDetection (text: string, parts: Part[], mainTag: string): Detection {
  const mainParts = parts.filter(p => p.tag === mainTag)
  if (mainParts.length === 1 && mainParts[0].segments.length === 1) return mainParts[0].detection
  // Several pieces in the main language: identify them together (more evidence, one confidence).
  const segs = mainParts.flatMap(p => p.segments)
  const merged: Segment = { ...segs[0], runs: segs.flatMap(s => s.runs), letters: 0, weighted: 0, kana: 0 }
  for (const s of segs) { merged.letters += s.letters; merged.weighted += s.weighted; merged.kana += s.kana }
  const again = detectSegment(text, merged)
  return again.language?.tag === mainTag ? again : mainParts[0].detection
}

/** Runners-up shown at most. */
const MAX_ALTERNATIVES = 5

/** Full identification for `POST /v1/language`: the answer, the runners-up, and the language of each part. */
export function identify (text: string): Identification {
  const runs = scan(text)
  countPending(text, runs)
  const segments = segment(text, runs)
  if (segments.length === 0) {
    const trimmed = text.trim()
    const start = text.indexOf(trimmed)
    return {
      tag: 'und', iso6393: 'und', script: 'Zyyy', confidence: 0, alternatives: [],
      spans: trimmed === '' ? [] : [{ start, end: start + trimmed.length, tag: 'und' }]
    }
  }
  const bounds = spanBounds(text, segments)
  if (segments.length === 1) {
    // One language part (most texts): no merging, no weighing.
    const detection = detectSegment(text, segments[0])
    const language = toLanguage(detection, GROUP_SCRIPT.get(segments[0].group) ?? 'Zyyy')
    const alternatives = detection.alternatives.filter(a => a.score > 0)
    return { ...language, alternatives, spans: [{ ...bounds[0], tag: language.tag }] }
  }
  const parts = mergeParts(segments, segments.map(s => detectSegment(text, s)), bounds)
  const weights = new Map<string, number>()
  for (const p of parts) weights.set(p.tag, (weights.get(p.tag) ?? 0) + p.weight)
  const ranked = [...weights.entries()].filter(([tag]) => tag !== 'und').sort((a, b) => b[1] - a[1])
  const spans = parts.map(p => ({ start: p.start, end: p.end, tag: p.tag }))
  const heaviestGroup = [...segments].sort((a, b) => b.weighted - a.weighted)[0].group
  const fallbackScript = GROUP_SCRIPT.get(heaviestGroup) ?? 'Zyyy'
  if (ranked.length === 0) {
    const best = parts.map(p => p.detection).find(d => d.alternatives.length > 0)
    return { ...toLanguage(UND_DETECTION, fallbackScript), alternatives: best?.alternatives ?? [], spans }
  }
  const [mainTag, mainWeight] = ranked[0]
  const total = ranked.reduce((sum, [, w]) => sum + w, 0)
  const detection = mainDetection(text, parts, mainTag)
  const language = toLanguage(detection, fallbackScript)
  language.confidence = mixedCap(language.confidence, mainWeight / total)
  const alternatives = detection.alternatives.filter(a => a.tag !== mainTag)
  for (const [tag, w] of ranked.slice(1)) {
    if (!alternatives.some(a => a.tag === tag)) alternatives.push({ tag, score: round(w / total) })
  }
  alternatives.sort((a, b) => b.score - a.score)
  return { ...language, alternatives: alternatives.filter(a => a.score > 0).slice(0, MAX_ALTERNATIVES), spans }
}

/** The language of a whole text (the pipeline calls this on the article body). */
export function detectLanguage (text: string): Language {
  const { tag, iso6393, script, confidence } = identify(text)
  return { tag, iso6393, script, confidence }
}
