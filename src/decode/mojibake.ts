/**
 * Mojibake: text that is the UTF-8 of a Latin-1 / Windows-1252 reading of other bytes (UTF-8, GBK or Big5), as
 * crawlers store pages they decoded with the wrong charset: `åŒ—äº¬` for 北京 (UTF-8 bytes read as Windows-1252),
 * `±±¾©` (GBK bytes read as Latin-1), sometimes twice over (`Â±Â±`). Every character of such text maps back to
 * one byte; the bytes decoded as meant read far more plausibly. A layer is undone while that holds (at most
 * `MAX_LAYERS`); text with characters that map to no byte is left as it is.
 */
import { isAscii } from 'node:buffer'
import iconv from 'iconv-lite'
import { nextNonAscii } from './ascii.js'
import { isValidUtf8 } from './utf8.js'

/** Windows-1252's characters for bytes 0x80–0x9F (the rest of the range maps to itself in Latin-1). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'
const REVERSE = new Map<number, number>()
for (let i = 0; i < CP1252_HIGH.length; i++) REVERSE.set(CP1252_HIGH.charCodeAt(i), 0x80 + i)

/** Fewer characters of the Latin-1 range than this: too little to tell mojibake from a few accented letters. */
const MIN_SUSPECT_CHARS = 8
/** Layers undone at most (`Â±Â±` is two). */
const MAX_LAYERS = 3
/** How much more plausible (mean character score, see `plausibility`) a repair must read to be taken. */
const REPAIR_MARGIN = 0.3
/** The highest mean score `plausibility` gives (every character scoring 1). */
const MAX_PLAUSIBILITY = 1
/** Legacy decodings tried on recovered bytes that are not UTF-8. */
const TARGETS = ['gb18030', 'big5hkscs']

/** The five bytes Windows-1252 leaves undefined: a decoder that read them wrote U+FFFD instead. */
const UNDEFINED_1252 = [0x81, 0x8d, 0x8f, 0x90, 0x9d]
const REPLACEMENT = 0xfffd

/**
 * The bytes a Latin-1 / Windows-1252 reading turned into `text`, or null when a character maps to no byte. A
 * U+FFFD stands for one of the five bytes Windows-1252 leaves undefined: its position is listed in `unknown`.
 */
export function latin1Bytes (text: string): { bytes: Buffer, unknown: number[] } | null {
  // ASCII and Latin-1 code units are their own bytes (the `latin1` encoding writes each code unit's low byte); only
  // the other code units are looked at, found by skipping ASCII
  const bytes = Buffer.from(text, 'latin1')
  const unknown: number[] = []
  for (let i = nextNonAscii(text, 0); i >= 0; i = nextNonAscii(text, i + 1)) {
    const c = text.charCodeAt(i)
    const b = c < 0x100 ? c : c === REPLACEMENT ? UNDEFINED_1252[0] : REVERSE.get(c)
    if (b === undefined) return null
    if (c === REPLACEMENT) unknown.push(i)
    bytes[i] = b
  }
  return { bytes, unknown }
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
function suspectChars (text: string): number {
  let n = 0
  for (let i = nextNonAscii(text, 0); i >= 0; i = nextNonAscii(text, i)) {
    for (let c = text.charCodeAt(i); c >= 0x80; c = text.charCodeAt(++i)) {
      if (c <= 0xff || (c >= LOWEST_1252_HIGH && REVERSE.has(c))) n++
    }
  }
  return n
}

export interface Repair {
  text: string
  /** What was undone, outermost first: `gb18030 read as windows-1252`. */
  layers: string[]
}

const hasHigh = (bytes: Buffer): boolean => !isAscii(bytes)

/**
 * Undoes Latin-1 / Windows-1252 misreadings of UTF-8, GBK or Big5 text. Bytes that are valid UTF-8 are a UTF-8
 * layer (peeled, and the next looked at); other bytes are a last GBK or Big5 layer, the more plausible of the
 * two. The repair is taken when the result reads plausibly enough beside the text as it came (`plausibility` is
 * the decode stage's scorer); `layers` is empty when nothing was repaired.
 */
export function repairMojibake (text: string, plausibility: (text: string, charset: string) => number): Repair {
  if (suspectChars(text) < MIN_SUSPECT_CHARS) return { text, layers: [] }
  // a repair must read REPAIR_MARGIN better than the text as it came, and nothing reads better than
  // MAX_PLAUSIBILITY: text this plausible keeps its layers (an exact shortcut past two legacy decodings of the page)
  const asItCame = plausibility(text, 'utf-8')
  if (asItCame + REPAIR_MARGIN > MAX_PLAUSIBILITY) return { text, layers: [] }
  const layers: string[] = []
  let current = text
  let charset = 'utf-8'
  for (let layer = 0; layer < MAX_LAYERS && suspectChars(current) >= MIN_SUSPECT_CHARS; layer++) {
    const found = latin1Bytes(current)
    if (found === null || !hasHigh(found.bytes)) break
    const { bytes, unknown } = found
    if (isValidUtf8(bytes)) {
      fillUnknown(bytes, unknown, plausibility)
      current = bytes.toString('utf8')
      const restored = unknown.length > 0 ? ` (${unknown.length} undefined bytes restored)` : ''
      layers.push(`utf-8 read as windows-1252${restored}`)
      continue
    }
    const [best] = TARGETS.map(c => {
      const decoded = iconv.decode(bytes, c)
      return { decoded, c, score: plausibility(decoded, c) }
    }).sort((a, b) => b.score - a.score)
    // under a UTF-8 layer the text may be repaired already: a legacy reading of its bytes must read better than it
    // by the margin too (`Investor’s` is the repair of `Investorâ\u0080\u0099s`; its Windows-1252 bytes read as GBK
    // give `Investor抯`, which a comparison with the text as it came would take)
    if (layers.length > 0 && best.score < plausibility(current, charset) + REPAIR_MARGIN) break
    current = best.decoded
    charset = best.c
    layers.push(`${best.c} read as windows-1252`)
    break
  }
  if (layers.length === 0 || plausibility(current, charset) < asItCame + REPAIR_MARGIN) return { text, layers: [] }
  return { text: current, layers }
}
