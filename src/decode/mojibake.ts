/**
 * Mojibake: text that is the UTF-8 of a Latin-1 / Windows-1252 reading of other bytes (UTF-8, GBK or Big5), as
 * crawlers store pages they decoded with the wrong charset: `åŒ—äº¬` for 北京 (UTF-8 bytes read as Windows-1252),
 * `±±¾©` (GBK bytes read as Latin-1), sometimes twice over (`Â±Â±`). Every character of such text maps back to
 * one byte; the bytes decoded as meant read far more plausibly. A layer is undone while that holds (at most
 * `MAX_LAYERS`); text with characters that map to no byte is left as it is.
 *
 * The Western single-byte reading is not always Windows-1252: systems whose default is ISO-8859-15 (Latin-9) write
 * `±±Ÿ©` for the GBK bytes of 北京 (Latin-9 puts `Ÿ` at 0xBE, where Latin-1 has `¾`; Windows-1252 has it at 0x9F).
 * Eight characters sit at other bytes in the two, so the legacy layer is read back both ways and the more
 * plausible decoding wins.
 */
import { isAscii } from 'node:buffer'
import iconv from 'iconv-lite'
import { nextNonAscii } from './ascii.js'
import { compactable, compactAscii, highByteRuns, utf8CodePoint } from './bytes.js'
import { isValidUtf8 } from './utf8.js'
import type { PageText } from '../text/pieces.js'
import { unitAt } from '../text/index.js'

/** Windows-1252's characters for bytes 0x80–0x9F (the rest of the range maps to itself in Latin-1). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'
const REVERSE = new Map<number, number>()
for (let i = 0; i < CP1252_HIGH.length; i++) REVERSE.set(unitAt(CP1252_HIGH, i), 0x80 + i)

/**
 * ISO-8859-15 (Latin-9): Latin-1 with eight characters replaced (ISO/IEC 8859-15:1999, table of changes from
 * 8859-1). Its 0x80–0x9F are the C1 controls, i.e. Latin-1's.
 */
const LATIN9_CHANGES: ReadonlyArray<[number, string]> = [
  [0xa4, '€'], [0xa6, 'Š'], [0xa8, 'š'], [0xb4, 'Ž'], [0xb8, 'ž'], [0xbc, 'Œ'], [0xbd, 'œ'], [0xbe, 'Ÿ']
]
const LATIN9_REVERSE = new Map<number, number>(LATIN9_CHANGES.map(([b, c]) => [unitAt(c, 0), b]))
/** The Latin-1 characters Latin-9 replaced: no Latin-9 reading writes them. */
const LATIN9_ABSENT = new Set(LATIN9_CHANGES.map(([b]) => b))

/** A Western single-byte reading a crawler may have used, by the charset name reported in `layers`. */
export type WesternReading = 'windows-1252' | 'iso-8859-15'
/** Tried in this order: Windows-1252 (what browsers use for Latin-1 too) first. */
const READINGS: readonly WesternReading[] = ['windows-1252', 'iso-8859-15']

/** Fewer characters of the Latin-1 range than this: too little to tell mojibake from a few accented letters. */
const MIN_SUSPECT_CHARS = 8
/** Layers undone at most (`Â±Â±` is two). */
const MAX_LAYERS = 3
/** How much more plausible (mean character score, see `plausibility`) a repair must read to be taken. */
export const REPAIR_MARGIN = 0.3
/** The highest mean score `plausibility` gives (every character scoring 1). */
export const MAX_PLAUSIBILITY = 1
/** Legacy decodings tried on recovered bytes that are not UTF-8. */
const TARGETS = ['gb18030', 'big5hkscs']

/** The five bytes Windows-1252 leaves undefined: a decoder that read them wrote U+FFFD instead. */
const UNDEFINED_1252 = [0x81, 0x8d, 0x8f, 0x90, 0x9d]
const REPLACEMENT = 0xfffd

/**
 * The bytes a Latin-1 / Windows-1252 reading (or, asked, a Latin-9 one) turned into `text`, or null when a
 * character maps to no byte. A U+FFFD stands for one of the five bytes Windows-1252 leaves undefined: its position
 * is listed in `unknown` (a Latin-9 reading has no undefined bytes: U+FFFD maps to none).
 */
export function latin1Bytes (
  text: string, reading: WesternReading = 'windows-1252'
): { bytes: Buffer, unknown: number[] } | null {
  // ASCII and Latin-1 code units are their own bytes (the `latin1` encoding writes each code unit's low byte); only
  // the other code units are looked at, found by skipping ASCII
  const bytes = Buffer.from(text, 'latin1')
  const unknown: number[] = []
  for (let i = nextNonAscii(text, 0); i >= 0; i = nextNonAscii(text, i + 1)) {
    const c = unitAt(text, i)
    const b = byteOf(c, reading)
    if (b === undefined) return null
    if (c === REPLACEMENT) unknown.push(i)
    bytes[i] = b
  }
  return { bytes, unknown }
}

/** The byte a Western reading turned into the code unit `c` (above ASCII), as `latin1Bytes` maps it. */
function byteOf (c: number, reading: WesternReading): number | undefined {
  if (reading === 'iso-8859-15') return c < 0x100 ? (LATIN9_ABSENT.has(c) ? undefined : c) : LATIN9_REVERSE.get(c)
  return c < 0x100 ? c : c === REPLACEMENT ? UNDEFINED_1252[0] : REVERSE.get(c)
}

/**
 * Whether some Western reading maps every character of the text to a byte (`latin1Bytes` of the joined text is not
 * null for it), read piece by piece. Mojibake of this kind is such a reading's output: a text with a character that
 * no reading writes (a Chinese character, an arrow, an emoji beside the accented letters of a real page) is none, and
 * the page need not be made one string to learn that (130 of the 711 WCXB dev pages have enough suspect characters to
 * be looked at; 103 of them have such a character).
 */
export function westernReadable (text: PageText): boolean {
  return READINGS.some(reading => text.every(piece => {
    for (let i = nextNonAscii(piece, 0); i >= 0; i = nextNonAscii(piece, i + 1)) {
      if (byteOf(unitAt(piece, i), reading) === undefined) return false
    }
    return true
  }))
}

/**
 * Fills each unknown byte of UTF-8 `bytes` with the undefined Windows-1252 byte that makes its character the most
 * plausible (they are all continuation bytes: the sequence stays valid whichever is chosen).
 */
function fillUnknown (bytes: Buffer, unknown: number[], plausibility: (text: string, charset: string) => number): void {
  for (const at of unknown) {
    let lead = at
    while (lead > 0 && at - lead < 3 && (bytes[lead] & 0xc0) === 0x80) lead--
    const len = bytes[lead] >= 0xf0 ? 4 : bytes[lead] >= 0xe0 ? 3 : 2
    let best = { b: UNDEFINED_1252[0], score: -Infinity }
    for (const b of UNDEFINED_1252) {
      bytes[at] = b
      const score = plausibility(bytes.subarray(lead, lead + len).toString('utf8'), 'utf-8')
      if (score > best.score) best = { b, score }
    }
    bytes[at] = best.b
  }
}

/** The lowest code of Windows-1252's 0x80–0x9F characters that lies outside Latin-1 (`Œ`, U+0152). */
const LOWEST_1252_HIGH = [...REVERSE.keys()].filter(c => c > 0xff).reduce((least, c) => Math.min(least, c))

/** Characters of the Latin-1 range and Windows-1252's extras; ASCII and most other text skip the map lookup. */
export function suspectChars (text: string): number {
  let n = 0
  for (let i = nextNonAscii(text, 0); i >= 0; i = nextNonAscii(text, i)) {
    for (let c = unitAt(text, i); c >= 0x80; c = unitAt(text, ++i)) {
      if (c <= 0xff || (c >= LOWEST_1252_HIGH && REVERSE.has(c))) n++
    }
  }
  return n
}

/** The lead bytes of U+0080–U+00FF in UTF-8: each such sequence is a suspect character. */
const LATIN1_LEADS = [0xc2, 0xc3]
/** The lead bytes of Windows-1252's characters outside Latin-1 in UTF-8 (0xC5, 0xC6, 0xCB, 0xE2). */
const EXTRA_LEADS = [...new Set([...REVERSE.keys()].filter(c => c > 0xff)
  .map(c => Buffer.from(String.fromCharCode(c), 'utf8')[0]))]

/**
 * `suspectChars(text) >= wanted` for the text that valid UTF-8 `bytes` decode to, read from the bytes: a character
 * of the Latin-1 range is a sequence led by 0xC2 or 0xC3, and one of Windows-1252's extras a sequence led by one of
 * `EXTRA_LEADS` (a lead byte never stands inside another sequence). Each lead is found by Node's `indexOf` (a
 * vectorized search) and the count stops at `wanted`: a page is not read code unit by code unit to learn that it
 * holds fewer than eight accented letters, or that it holds eight.
 */
export function utf8HasSuspects (bytes: Buffer, wanted: number): boolean {
  if (wanted <= 0) return true
  let n = 0
  for (const lead of LATIN1_LEADS) {
    for (let i = bytes.indexOf(lead); i >= 0; i = bytes.indexOf(lead, i + 1)) if (++n >= wanted) return true
  }
  for (const lead of EXTRA_LEADS) {
    for (let i = bytes.indexOf(lead); i >= 0; i = bytes.indexOf(lead, i + 1)) {
      if (REVERSE.has(utf8CodePoint(bytes, i)) && ++n >= wanted) return true
    }
  }
  return false
}

/**
 * A repair must read REPAIR_MARGIN better than the text as it came, and nothing reads better than MAX_PLAUSIBILITY:
 * text this plausible keeps its layers (an exact shortcut past two legacy decodings of the page).
 */
const tooPlausibleToRepair = (asItCame: number): boolean => asItCame + REPAIR_MARGIN > MAX_PLAUSIBILITY

/**
 * Whether `repairMojibake` of the text valid UTF-8 decode to would find nothing to repair by its first two checks,
 * both read from the bytes: too few suspect characters, or a reading too plausible to be bettered. A caller that
 * has not made the text asks this first (most pages, whose curly quotes are suspects, pass the second), so that the
 * text is made whole only for a page that may be mojibake.
 */
export function utf8NeedsNoRepair (origin: Utf8Origin): boolean {
  return !utf8HasSuspects(origin.bytes, MIN_SUSPECT_CHARS) || tooPlausibleToRepair(origin.plausibility())
}

/**
 * Whether `repairMojibake` of the joined `text` would find nothing to repair by its first two checks (too few suspect
 * characters, or a reading too plausible to be bettered), read piece by piece: a page decoded in pieces is joined
 * only when it may be mojibake. `plausibility` must score pieces as it scores their joined text.
 */
export function needsNoRepair (
  text: PageText, plausibility: (text: PageText, charset: string) => number
): boolean {
  let suspects = 0
  for (const piece of text) if ((suspects += suspectChars(piece)) >= MIN_SUSPECT_CHARS) break
  return suspects < MIN_SUSPECT_CHARS || tooPlausibleToRepair(plausibility(text, 'utf-8'))
}

/**
 * What a caller that decoded the text from valid UTF-8 knows of it, cheaper to read from the bytes than from the
 * text (the decode stage's UTF-8 reading).
 */
export interface Utf8Origin {
  /** The valid UTF-8 bytes the text is the decoding of. */
  readonly bytes: Buffer
  /** The scorer's `plausibility(text, 'utf-8')`. */
  plausibility: () => number
}

export interface Repair {
  text: string
  /** What was undone, outermost first: `gb18030 read as windows-1252`. */
  layers: string[]
}

const hasHigh = (bytes: Buffer): boolean => !isAscii(bytes)

interface ReadBack { reading: WesternReading, bytes: Buffer, unknown: number[] }

/**
 * The bytes each Western reading would have turned into `text` (those that map every character and give some
 * non-ASCII byte); a reading whose bytes equal an earlier one's is left out (text without Latin-9's eight moved
 * characters reads back the same both ways).
 */
function bytesByReading (text: string): ReadBack[] {
  const out: ReadBack[] = []
  for (const reading of READINGS) {
    const found = latin1Bytes(text, reading)
    if (found === null || !hasHigh(found.bytes) || out.some(o => o.bytes.equals(found.bytes))) continue
    out.push({ reading, ...found })
  }
  return out
}

/**
 * A legacy decoding of `bytes` to score: for a double-byte charset the bytes with their long ASCII runs cut
 * (`compactAscii`: `plausibility` reads the same characters with the same neighbours, so the same score to the bit),
 * else the whole decoding. `runs`: the bytes' runs above ASCII, found once for both targets.
 */
function trialDecoding (bytes: Buffer, charset: string, runs: () => number[]): string {
  return iconv.decode(compactable(charset) ? compactAscii(bytes, runs()) : bytes, charset)
}

/**
 * Undoes Latin-1 / Windows-1252 / Latin-9 misreadings of UTF-8, GBK or Big5 text. Bytes that are valid UTF-8 are
 * a UTF-8 layer (peeled, and the next looked at); other bytes are a last GBK or Big5 layer, the most plausible of
 * the readings back and decodings. Where two readings give different bytes, the more plausible result wins. The
 * repair is taken when the result reads plausibly enough beside the text as it came (`plausibility` is the decode
 * stage's scorer, which reads only the characters above ASCII and whether their neighbours are ASCII); `layers` is
 * empty when nothing was repaired. `origin`: the valid UTF-8 the text was decoded from, when it was, from which the
 * first checks are read instead of from the text.
 */
export function repairMojibake (
  text: string, plausibility: (text: string, charset: string) => number, origin?: Utf8Origin
): Repair {
  const nothing = origin !== undefined ? utf8NeedsNoRepair(origin) : suspectChars(text) < MIN_SUSPECT_CHARS
  if (nothing) return { text, layers: [] }
  const asItCame = origin !== undefined ? origin.plausibility() : plausibility(text, 'utf-8')
  if (tooPlausibleToRepair(asItCame)) return { text, layers: [] }
  const layers: string[] = []
  let current = text
  // the text as it came holds enough suspects (above): only a peeled layer is counted again
  for (let layer = 0; layer < MAX_LAYERS && (layer === 0 || suspectChars(current) >= MIN_SUSPECT_CHARS); layer++) {
    const readings = bytesByReading(current)
    if (readings.length === 0) break
    const utf8 = readings.filter(r => isValidUtf8(r.bytes))
    if (utf8.length > 0) {
      const peeled = utf8.map(r => {
        fillUnknown(r.bytes, r.unknown, plausibility)
        const decoded = r.bytes.toString('utf8')
        return { ...r, decoded, score: utf8.length === 1 ? 0 : plausibility(decoded, 'utf-8') }
      })
      const best = peeled.reduce((a, b) => b.score > a.score ? b : a)
      current = best.decoded
      const restored = best.unknown.length > 0 ? ` (${best.unknown.length} undefined bytes restored)` : ''
      layers.push(`utf-8 read as ${best.reading}${restored}`)
      continue
    }
    // each reading scored in both targets; only the decoding taken is made whole
    const best = readings.flatMap(r => {
      let runs: number[] | undefined
      const runsOf = (): number[] => (runs ??= highByteRuns(r.bytes))
      return TARGETS.map(c => ({ r, c, score: plausibility(trialDecoding(r.bytes, c, runsOf), c) }))
    }).reduce((a, b) => b.score > a.score ? b : a)
    // under a UTF-8 layer the text may be repaired already: a legacy reading of its bytes must read better than it
    // by the margin too (`Investor’s` is the repair of `Investorâ\u0080\u0099s`; its Windows-1252 bytes read as GBK
    // give `Investor抯`, which a comparison with the text as it came would take)
    if (layers.length > 0 && best.score < plausibility(current, 'utf-8') + REPAIR_MARGIN) break
    // a legacy layer is the last: the repair is taken when its decoding (scored above) reads better than the text
    // as it came
    if (best.score < asItCame + REPAIR_MARGIN) return { text, layers: [] }
    layers.push(`${best.c} read as ${best.r.reading}`)
    return { text: iconv.decode(best.r.bytes, best.c), layers }
  }
  if (layers.length === 0 || plausibility(current, 'utf-8') < asItCame + REPAIR_MARGIN) return { text, layers: [] }
  return { text: current, layers }
}
