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

/**
 * The GBK bytes of `text`, or null when a character has none. A U+FFFD is a byte the decoder could not pair: it is
 * left out, so the UTF-8 character it ended is one broken sequence (one U+FFFD) when read back.
 */
export function gbkBytes (text: string): Buffer | null {
  const bytes = iconv.encode(text.includes(REPLACEMENT) ? text.split(REPLACEMENT).join('') : text, 'gbk')
  // iconv writes `?` for a character GBK lacks: a text with none keeps its count of `?`
  const questions = (s: string | Buffer): number => {
    let n = 0
    for (let i = s.indexOf('?'); i >= 0; i = s.indexOf('?', i + 1)) n++
    return n
  }
  return questions(bytes) === questions(text) ? bytes : null
}

/**
 * The repair of the text in `pieces` when it is the GBK reading of UTF-8 (see above), or null. `asItCame`: its
 * plausibility as it is; `plausibility`: the decode stage's scorer.
 */
export function repairGbkReading (
  pieces: PageText, asItCame: number, plausibility: (text: string, charset: string) => number
): Repair | null {
  if (asItCame + REPAIR_MARGIN > MAX_PLAUSIBILITY || !mostlyHan(pieces)) return null
  const text = joined(pieces)
  const bytes = gbkBytes(text)
  if (bytes === null) return null
  let lost = 0
  if (!isValidUtf8(bytes)) {
    const { replacements, nonAscii } = utf8Tally(bytes)
    if (replacements > nonAscii * LOST_SHARE) return null
    lost = replacements
  }
  const repaired = bytes.toString('utf8')
  if (plausibility(repaired, 'utf-8') < asItCame + REPAIR_MARGIN) return null
  const layer = lost === 0 ? 'utf-8 read as gbk' : `utf-8 read as gbk (${lost} character${lost === 1 ? '' : 's'} lost)`
  return { text: repaired, layers: [layer] }
}
