/**
 * The decode stage's scorer: how plausible a decoding of a page is as real text (`plausibility`), and the same score
 * read straight from the bytes where the decoding need not be made (valid UTF-8, single-byte charsets). Used to choose
 * a charset, to check a declared one, and to tell mojibake from text.
 */
import iconv from 'iconv-lite'
import { nextNonAscii } from './ascii.js'
import { ASCII_END, perCharset, utf8CodePoint, utf8Length } from './bytes.js'
import { BIG5_LEVEL1, COMMON_HAN, GB2312_LEVEL1 } from './common-han.js'
import type { PageText } from '../text/pieces.js'
import { unitAt } from '../text/index.js'

/**
 * How plausible a decoding is, from -3 to 1: the mean, over non-ASCII characters, of how likely each is in real
 * text decoded with `charset`. The most frequent Han characters score 1, the charset's own level-1 (common)
 * characters 0.6, other Han little (and Han barely at all in EUC-KR, where Korean text is Hangul); Latin-1
 * letters score high beside ASCII but low in runs (runs of accented letters are what CJK bytes read as Latin-1
 * look like); punctuation, kana, Hangul, Greek, Cyrillic, Hebrew, Arabic and Thai letters score high; mojibake
 * material (IPA, box drawing, ...) nothing; replacement characters, C1 controls and private-use characters count
 * against.
 */
export function plausibility (text: string | PageText, charset = 'utf-8'): number {
  let sum = 0
  let n = 0
  // each non-ASCII character is scored once its right neighbour is known, which may be in the next piece: `pending`
  // is the last one met, not yet scored (-1: none, or an ASCII character came after it), `pendingPrevHigh` whether a
  // non-ASCII character stands before it. The scores are added in the characters' order, so a text in pieces sums
  // to the same bits as the joined text.
  let pending = -1
  let pendingPrevHigh = false
  for (const piece of typeof text === 'string' ? [text] : text) {
    // run by run of non-ASCII characters (ASCII scores nothing and only ends a run), code point by code point
    // without building an array of the page's characters
    for (let i = 0; ;) {
      const start = nextNonAscii(piece, i)
      if (pending >= 0 && (start < 0 ? i < piece.length : start > i)) {
        sum += scoreIn(pending, pendingPrevHigh, charset)
        pending = -1
      }
      if (start < 0) break
      for (i = start; i < piece.length;) {
        const c = piece.codePointAt(i)!
        if (c < 0x80) break
        n++
        const prevHigh = pending >= 0
        if (prevHigh) sum += scoreIn(pending, true, charset)
        pending = c
        pendingPrevHigh = prevHigh
        i += c > 0xffff ? 2 : 1
      }
    }
  }
  if (pending >= 0) sum += scoreIn(pending, pendingPrevHigh, charset)
  return n === 0 ? 1 : sum / n
}

/**
 * The score of the non-ASCII code point `c` in a decoding in `charset`; `inRun`: a non-ASCII character stands next to
 * it (a Latin-1 character scores by itself only alone between ASCII).
 */
function scoreIn (c: number, inRun: boolean, charset: string): number {
  if (c >= 0xa0 && c <= 0xff) return inRun ? 0.1 : latin1Score(c)
  return charScore(c, charset)
}

/**
 * `plausibility(text)` of the text that valid UTF-8 `bytes` decode to, read from the bytes' runs above ASCII
 * (`highByteRuns`): a run of non-ASCII characters is exactly the run of their sequences' bytes (no ASCII byte stands
 * inside a sequence), so the same characters are scored in the same order with the same neighbours, and the sum is
 * the same to the bit. The text's code units are not read at all: on a mostly ASCII page the runs are found by
 * Node's vectorized check instead of a scan of every code unit.
 */
export function utf8Plausibility (bytes: Uint8Array, runs: number[]): number {
  let sum = 0
  let n = 0
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r]
    const end = runs[r + 1]
    for (let i = start; i < end;) {
      const width = utf8Length(bytes[i])
      n++
      sum += scoreIn(utf8CodePoint(bytes, i), i > start || i + width < end, 'utf-8')
      i += width
    }
  }
  return n === 0 ? 1 : sum / n
}

function latin1Score (c: number): number {
  return c >= 0xc0 || c === 0xa0 || c === 0xa9 || c === 0xb7 || c === 0xb0 || NUMBER_SIGNS.has(c) ? 0.8 : 0.3
}
/** Signs written beside numbers in running text, alone between ASCII: `£12`, `¥1,800`, `2½`, `±3`. */
const NUMBER_SIGNS = new Set([0xa2, 0xa3, 0xa5, 0xb1, 0xbc, 0xbd, 0xbe])

/** Bits of `HAN_SETS`: the character is in COMMON_HAN, GB2312_LEVEL1, BIG5_LEVEL1. */
const IN_COMMON = 1
const IN_GB2312 = 2
const IN_BIG5 = 4

/**
 * The three sets as bits per BMP code unit, built once: `hanScore` is asked of every Han character of a page (a
 * Chinese page's plausibility is thousands of them) and reads one byte instead of making a string and looking it up
 * in up to three sets. Only one-unit entries can equal the one character asked, so only they are marked.
 */
const HAN_SETS = ((): Uint8Array => {
  const bits = new Uint8Array(0x10000)
  const mark = (set: ReadonlySet<string>, bit: number): void => {
    for (const ch of set) if (ch.length === 1) bits[unitAt(ch, 0)] |= bit
  }
  mark(COMMON_HAN, IN_COMMON)
  mark(GB2312_LEVEL1, IN_GB2312)
  mark(BIG5_LEVEL1, IN_BIG5)
  return bits
})()

/** The score of the Han character `c` (one code unit) in text decoded with `charset`. */
function hanScore (c: number, charset: string): number {
  if (charset === 'euc-kr') return 0.1
  const bits = HAN_SETS[c]
  if ((bits & IN_COMMON) !== 0) return 1
  if (charset === 'gb18030') return (bits & IN_GB2312) !== 0 ? 0.6 : 0.2
  if (charset === 'big5hkscs') return (bits & IN_BIG5) !== 0 ? 0.6 : 0.2
  if (charset === 'shift_jis') return 0.5
  return (bits & (IN_GB2312 | IN_BIG5)) !== 0 ? 0.6 : 0.3
}

/** Scores of code point ranges outside Han and the invalid ones: [first, last, score]. */
const RANGE_SCORES: ReadonlyArray<readonly [number, number, number]> = [
  [0x2000, 0x206f, 0.9], // general punctuation: curly quotes, dashes, ellipsis
  [0x3000, 0x303f, 0.9], // CJK punctuation
  // half-width katakana and Hangul: rare in real text (Shift_JIS writes kana as two bytes), and what single bytes of
  // 0xA1-0xDF read as in Shift_JIS (a KOI8-R page's lower-case Cyrillic letters)
  [0xff61, 0xffdc, 0.3],
  [0xff00, 0xffef, 0.8], // full-width forms
  [0x3040, 0x30ff, 0.7], // kana
  [0xac00, 0xd7af, 0.7], // Hangul
  [0x0370, 0x03ff, 0.6], // Greek
  [0x0400, 0x04ff, 0.6], // Cyrillic
  [0x05d0, 0x05ea, 0.6], // Hebrew letters
  [0x0621, 0x064a, 0.6], // Arabic letters
  [0x0e01, 0x0e5b, 0.6], // Thai
  [0x0100, 0x017f, 0.5] // Latin Extended-A (Central European letters)
]

/** The score of the code point `c` (only a Han character, always one code unit, is looked up). */
function charScore (c: number, charset: string): number {
  if (c >= 0x4e00 && c <= 0x9fff) return hanScore(c, charset)
  return c < BMP_END ? BMP_SCORES[c] : rangeScore(c)
}

/** The score of the code point `c` that is not Han: an invalid one, or by its range (`RANGE_SCORES`). */
function rangeScore (c: number): number {
  if (c === 0xfffd || c < 0xa0 || (c >= 0xe000 && c <= 0xf8ff)) return -3
  for (const [first, last, score] of RANGE_SCORES) if (c >= first && c <= last) return score
  return 0
}

const BMP_END = 0x10000

/**
 * `rangeScore` of every code point of the BMP, read once: `plausibility` asks it of every non-ASCII character that is
 * not Han, and searched the ranges one by one (a decoding of a hostile megabyte is a million such characters, scored
 * in each candidate charset). The same numbers, so the same sums.
 */
const BMP_SCORES = ((): Float64Array => {
  const scores = new Float64Array(BMP_END)
  for (let c = 0; c < BMP_END; c++) scores[c] = rangeScore(c)
  return scores
})()

/**
 * The character each byte decodes to in a single-byte charset, when `plausibility` can read the bytes through it
 * without decoding them: ASCII bytes decode to themselves and every other byte to one code unit above ASCII that
 * is neither half of a surrogate pair nor a byte-order mark (the one character `iconv.decode` would strip). Then
 * the decoded text has one character per byte, ASCII exactly where the bytes are, and its score can be summed from
 * the bytes in the same order (`sbcsPlausibility`). Undefined for any other charset (multi-byte or stateful).
 */
export const sbcsTable = perCharset(readSbcsTable)
const BYTE_VALUES = 256

function readSbcsTable (charset: string): Uint16Array | null {
  // iconv-lite's single-byte codecs map each byte through a table of 256 characters (its SBCSCodec, `decodeBuf`);
  // any other codec (DBCS, UTF-16/32, internal) is read the slow way
  const codec = iconv.getCodec(charset) as { decodeBuf?: unknown }
  if (!Buffer.isBuffer(codec.decodeBuf) || codec.decodeBuf.length !== 2 * BYTE_VALUES) return null
  const all = Buffer.from(Array.from({ length: BYTE_VALUES }, (_, b) => b))
  const text = iconv.decode(all, charset, { stripBOM: false })
  if (text.length !== BYTE_VALUES) return null
  const table = new Uint16Array(BYTE_VALUES)
  for (let b = 0; b < BYTE_VALUES; b++) {
    const c = unitAt(text, b)
    const fits = b < ASCII_END ? c === b : c >= ASCII_END && (c < 0xd800 || c > 0xdfff) && c !== 0xfeff
    if (!fits) return null
    table[b] = c
  }
  return table
}

/** A single-byte charset's score of each byte's character: alone between ASCII, and in a run of non-ASCII. */
interface SbcsScores { alone: Float64Array, inRun: Float64Array }

/**
 * `scoreIn` of each byte's character in a single-byte charset with a table, read once per charset: `detect` scores a
 * page in up to twenty such charsets, and a Chinese page in GBK is thousands of bytes above ASCII in each.
 */
const sbcsScores = perCharset((charset: string): SbcsScores | null => {
  const table = sbcsTable(charset)
  if (table === undefined) return null
  const alone = new Float64Array(BYTE_VALUES)
  const inRun = new Float64Array(BYTE_VALUES)
  for (let b = ASCII_END; b < BYTE_VALUES; b++) {
    alone[b] = scoreIn(table[b], false, charset)
    inRun[b] = scoreIn(table[b], true, charset)
  }
  return { alone, inRun }
})

/**
 * `plausibility(iconv.decode(bytes, charset), charset)` for a single-byte charset with a table (`sbcsTable`),
 * read from the runs of bytes above ASCII (`highByteRuns`, found once for every charset): the same characters met in
 * the same order, scored from the charset's table of scores (`sbcsScores`), so the same sum to the bit. A page that
 * is mostly ASCII is not decoded once per single-byte charset `detect` may try (about 17) to score a few bytes.
 */
export function sbcsPlausibility (bytes: Uint8Array, runs: number[], charset: string): number {
  const scores = sbcsScores(charset)
  if (scores === undefined) throw new Error(`${charset} is not a single-byte charset with a table`)
  const { alone, inRun } = scores
  let sum = 0
  let n = 0
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r]
    const end = runs[r + 1]
    n += end - start
    // a run is maximal: its neighbours outside it are ASCII, so a run of one byte is a character alone
    if (end - start === 1) sum += alone[bytes[start]]
    else for (let i = start; i < end; i++) sum += inRun[bytes[i]]
  }
  return n === 0 ? 1 : sum / n
}
