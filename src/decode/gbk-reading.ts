/**
 * Chinese mojibake of the other kind: UTF-8 bytes read as GBK, and the GBK reading stored as UTF-8 (`鎴戝競鍙紑`
 * for 我市召开, `鍏充簬鎴戜滑` for 关于我们). A crawler writes it when it trusts a UTF-8 page's stale `gb2312`
 * declaration (or a default of GBK) and keeps the text it decoded. Every character of such text is one or two GBK
 * bytes; those bytes, read as UTF-8, are the page as it was written.
 *
 * Not every byte survives. A GBK decoder pairs bytes, and three-byte UTF-8 characters pair evenly only two by two: a
 * run of an odd number of them ends on a lone byte, which takes the next byte as its pair when that is an ASCII
 * letter (then nothing is lost) and is dropped, written as U+FFFD, before a space, a digit or `<`. That character
 * comes back as U+FFFD; the layer reports how many (`utf-8 read as gbk (3 characters lost)`).
 *
 * Real Chinese text scores 0.81-0.92 with the decode stage's scorer (the 260 daniel-zh pages) and its GBK reading of
 * UTF-8 -1.2-0.42, so the repair is tried only on text that reads too poorly to be Chinese (`REPAIR_MARGIN` below
 * the best score) and taken only when its bytes are nearly all UTF-8 and read better by the margin.
 */
import iconv from 'iconv-lite'
import { nextNonAscii } from './ascii.js'
import { REPAIR_MARGIN, MAX_PLAUSIBILITY, type Repair } from './mojibake.js'
import { isValidUtf8, utf8Tally } from './utf8.js'
import { joined, type PageText } from '../text/pieces.js'
import { unitAt } from '../text/index.js'

/** Non-ASCII characters read to tell whether a text is mostly Han (the GBK reading of Chinese UTF-8 is). */
const SAMPLE_CHARS = 2000
/** Of those, at least this share Han: a GBK reading of UTF-8 Chinese is two thirds Han or more. */
const HAN_SHARE = 0.5
/**
 * At most this share of the repaired text's non-ASCII characters may be lost (U+FFFD): a page of short odd runs
 * (links of one or three characters) loses one in ten at worst; more is not this mojibake.
 */
const LOST_SHARE = 0.1
const REPLACEMENT = '\ufffd'

/**
 * Whether at least `HAN_SHARE` of the first `SAMPLE_CHARS` non-ASCII characters of the text are Han, read piece by
 * piece (a page that is not Chinese is not joined to learn it).
 */
function mostlyHan (pieces: PageText): boolean {
  let seen = 0
  let han = 0
  for (const piece of pieces) {
    for (let i = nextNonAscii(piece, 0); i >= 0 && seen < SAMPLE_CHARS; i = nextNonAscii(piece, i + 1)) {
      const c = unitAt(piece, i)
      seen++
      if (c >= 0x4e00 && c <= 0x9fff) han++
    }
    if (seen >= SAMPLE_CHARS) break
  }
  return seen > 0 && han >= seen * HAN_SHARE
}

/** The first code unit above ASCII. */
const ASCII_END = 0x80

/**
 * Whether iconv-lite's GBK encoder writes each ASCII code unit as its own byte and holds nothing across one: ASCII
 * maps to itself and no multi-character sequence is in its tables (then a pending surrogate is all it can carry,
 * and it writes that before an ASCII character exactly as at the end). Read from the codec once.
 */
const ASCII_SPLITS_GBK = ((): boolean => {
  const codec = iconv.getCodec('gbk') as unknown as { encodeTable?: number[][], encodeTableSeq?: unknown[] }
  const first = codec.encodeTable?.[0]
  if (first === undefined || codec.encodeTableSeq === undefined || codec.encodeTableSeq.length > 0) return false
  for (let c = 0; c < ASCII_END; c++) if (first[c] !== c) return false
  return true
})()
/** Runs above ASCII past which the page is encoded in one call (each run is a call of its own below). */
const MAX_SPLIT_RUNS = 64

/**
 * `iconv.encode(text, 'gbk')`, the ASCII between the runs above it written as its bytes: iconv-lite's encoder reads
 * every code unit in JavaScript, and a page that is mostly ASCII (an English page naming `搜索`) is a few runs
 * above it. The same bytes (`ASCII_SPLITS_GBK`); a page of many runs is encoded whole.
 */
function encodeGbk (text: string): Buffer {
  if (!ASCII_SPLITS_GBK) return iconv.encode(text, 'gbk')
  const parts: Buffer[] = []
  let from = 0
  for (let start = nextNonAscii(text, 0); start >= 0; start = nextNonAscii(text, from)) {
    if (parts.length >= 2 * MAX_SPLIT_RUNS) return iconv.encode(text, 'gbk')
    let end = start + 1
    while (end < text.length && unitAt(text, end) >= ASCII_END) end++
    parts.push(Buffer.from(text.slice(from, start), 'latin1'), iconv.encode(text.slice(start, end), 'gbk'))
    from = end
  }
  parts.push(Buffer.from(text.slice(from), 'latin1'))
  return Buffer.concat(parts)
}

/**
 * The GBK bytes of `text`, or null when a character has none. A U+FFFD is a byte the decoder could not pair: it is
 * left out, so the UTF-8 character it ended is one broken sequence (one U+FFFD) when read back.
 */
export function gbkBytes (text: string): Buffer | null {
  const bytes = encodeGbk(text.includes(REPLACEMENT) ? text.split(REPLACEMENT).join('') : text)
  // iconv writes `?` for a character GBK lacks: a text with none keeps its count of `?`
  const questions = (s: string | Buffer): number => {
    let n = 0
    for (let i = s.indexOf('?'); i >= 0; i = s.indexOf('?', i + 1)) n++
    return n
  }
  return questions(bytes) === questions(text) ? bytes : null
}

/**
 * The characters the text's GBK bytes lose read as UTF-8 (U+FFFD), or null when they are more than `LOST_SHARE` of
 * them or a character has no GBK bytes. Read from the runs above ASCII alone, encoded in one call with a line feed
 * between them (`ASCII_SPLITS_GBK`: the page's bytes are these with ASCII around them; an ASCII byte ends a UTF-8
 * sequence, broken or not, as the line feed does, and a `?` is a character GBK lacks only inside a run), so a page
 * that is no such mojibake (an English page naming `搜索`) is not encoded whole. `null` exactly when `gbkBytes` is, or
 * the whole bytes' tally fails.
 */
function lostCharacters (text: string): number | null {
  const runs: string[] = []
  const stripped = text.includes(REPLACEMENT) ? text.split(REPLACEMENT).join('') : text
  if (ASCII_SPLITS_GBK) {
    for (let start = nextNonAscii(stripped, 0); start >= 0; start = nextNonAscii(stripped, start + 1)) {
      let end = start + 1
      while (end < stripped.length && unitAt(stripped, end) >= ASCII_END) end++
      runs.push(stripped.slice(start, end))
      start = end - 1
    }
  }
  // (the whole text when the encoder may carry something across ASCII: the same answer, read the long way)
  const bytes = ASCII_SPLITS_GBK ? iconv.encode(runs.join('\n'), 'gbk') : gbkBytes(text)
  if (bytes === null || (ASCII_SPLITS_GBK && bytes.includes(QUESTION))) return null
  if (isValidUtf8(bytes)) return 0
  const { replacements, nonAscii } = utf8Tally(bytes)
  return replacements > nonAscii * LOST_SHARE ? null : replacements
}
const QUESTION = 0x3f

/**
 * The repair of the text in `pieces` when it is the GBK reading of UTF-8 (see above), or null. `asItCame`: its
 * plausibility as it is; `plausibility`: the decode stage's scorer.
 */
export function repairGbkReading (
  pieces: PageText, asItCame: number, plausibility: (text: string, charset: string) => number
): Repair | null {
  if (asItCame + REPAIR_MARGIN > MAX_PLAUSIBILITY || !mostlyHan(pieces)) return null
  const text = joined(pieces)
  const lost = lostCharacters(text)
  if (lost === null) return null
  const bytes = gbkBytes(text)
  if (bytes === null) return null
  const repaired = bytes.toString('utf8')
  if (plausibility(repaired, 'utf-8') < asItCame + REPAIR_MARGIN) return null
  const layer = lost === 0 ? 'utf-8 read as gbk' : `utf-8 read as gbk (${lost} character${lost === 1 ? '' : 's'} lost)`
  return { text: repaired, layers: [layer] }
}
