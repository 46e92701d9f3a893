/**
 * Mojibake the decode stage could not repair: a run of characters that is the Windows-1252 / Latin-1 reading of
 * multibyte text (`â€™` for `’`, `Ã©` for `é`, `åŒ—äº¬` for `北京`, `±±¾©` for GBK `北京`), left in the answer
 * because it is mixed with well-decoded text or its bytes no longer decode cleanly (a byte lost to `?` or U+FFFD).
 * Each run is reported; where its bytes re-decode cleanly the decoded text is the suggestion, otherwise the
 * message says it cannot be repaired.
 */
import iconv from 'iconv-lite'
import type { Finding, SegmentRule } from '../rule.js'
import { latin1Bytes } from '../../decode/mojibake.js'
import { gbkBytes } from '../../decode/gbk-reading.js'
import { plausibility } from '../../decode/index.js'
import { CJK_TEXT_CHAR, unitAt } from '../../text/index.js'

// What Windows-1252 shows for the continuation bytes 0x80–0xBF: C1 controls and Latin-1 symbols, and its own
// characters for 0x80–0x9F (`€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ`).
const CONT = '[\\u0080-\\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\\ufffd]'
// A UTF-8 sequence as Windows-1252 shows it: a lead byte and exactly the continuation bytes it announces.
const UTF8_SEQ = `(?:[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3})`
const UTF8_RUN = new RegExp(`${UTF8_SEQ}+`, 'gu')
/**
 * Legacy double-byte text (GBK, Big5) as Latin-1 shows it: Latin-1 letters and symbols (0xA1–0xFF) side by side.
 * European words mix them with ASCII letters; four or more in a row are two Han characters or more read wrong.
 */
const LEGACY_RUN = /[\u00a1-\u00ff\ufffd]{4,}/gu
const REPLACEMENT = '\ufffd'
/**
 * A character every run holds: a UTF-8 run opens with a lead U+00C2-U+00F4, a double-byte run is made of
 * U+00A1-U+00FF and U+FFFD. A text with none of them has no run, and the two patterns are not run over it (most
 * English and Chinese text: 1% of a seed page went to scanning for runs that were not there).
 */
const RUN_MATERIAL = /[\u00a1-\u00ff\ufffd]/

/** Whether `text` may hold a run (exact: false only where neither pattern finds one). */
export const mayHoldMojibake = (text: string): boolean => RUN_MATERIAL.test(text)
/** The legacy double-byte charsets a run is re-decoded as; the more plausible reading wins. */
const LEGACY = ['gb18030', 'big5hkscs']
const CJK_ONLY = new RegExp(`^${CJK_TEXT_CHAR}+$`, 'u')

/** How much more plausible (the decode stage's scorer) a re-decoding must read than the run, as in `src/decode`. */
const REPAIR_MARGIN = 0.3
/** Characters an unrepairable double-byte run has at least: four could be a row of symbols. */
const MIN_LEGACY_IRREPARABLE = 6
/** Distinct characters an unrepairable double-byte run has at least. */
const MIN_DISTINCT = 3
/** A UTF-8 run with no clean decoding counts only with this many bytes or more (`â€™` less a byte). */
const MIN_UTF8_IRREPARABLE = 3

const better = (fixed: string, run: string, charset = 'utf-8'): boolean =>
  plausibility(fixed, charset) >= plausibility(run) + REPAIR_MARGIN

/** The bytes of `run` decoded as UTF-8, when they decode cleanly and read better than the run. */
function asUtf8 (run: string): string | null {
  const found = latin1Bytes(run)
  if (found === null || found.unknown.length > 0) return null
  const text = found.bytes.toString('utf8')
  return !text.includes(REPLACEMENT) && better(text, run) ? text : null
}

/**
 * The bytes of `run` decoded as GBK or Big5 (the more plausible, by the decode stage's scorer) when every
 * character comes out as Han or CJK punctuation and reads better than the run.
 */
function asLegacy (run: string): string | null {
  const found = latin1Bytes(run)
  if (found === null || found.unknown.length > 0 || found.bytes.length % 2 !== 0) return null
  const [best] = LEGACY.map(c => ({ text: iconv.decode(found.bytes, c), c }))
    .filter(d => CJK_ONLY.test(d.text) && better(d.text, run, d.c))
    .map(d => ({ text: d.text, score: plausibility(d.text, d.c) }))
    .sort((a, b) => b.score - a.score)
  return best?.text ?? null
}

interface Run { start: number, end: number, text: string, fixed: string | null, what: string, as?: string }

/**
 * Every match of `re` (global) in `text` as a run. An `exec` loop, not a spread of `matchAll`: a segment of tens of
 * thousands of runs then allocates one object a run, not an iterator's result and a match array as well, and the
 * rule's time stays close to linear (the spread made 8x the runs cost 15x the time: old-space allocation).
 */
function runs (text: string, re: RegExp, decode: (run: string) => string | null, what: string): Run[] {
  const out: Run[] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const run = m[0]
    out.push({ start: m.index, end: m.index + run.length, text: run, fixed: decode(run), what })
  }
  return out
}

/** Whether `text` holds at least `n` distinct characters (stops as soon as it does; no set of the whole run). */
function hasDistinct (text: string, n: number): boolean {
  const seen: string[] = []
  for (const ch of text) {
    if (!seen.includes(ch)) seen.push(ch)
    if (seen.length >= n) return true
  }
  return false
}

function finding (r: Run): Finding {
  const read = `${r.what} read as ${r.as ?? 'Latin-1/Windows-1252'}`
  return r.fixed !== null
    ? { start: r.start, end: r.end, message: `“${r.text}” is ${read}: “${r.fixed}”.`, suggestion: r.fixed }
    : { start: r.start, end: r.end, message: `“${r.text}” looks like ${read}; it cannot be re-decoded.` }
}

/**
 * For runs queried in increasing order: whether each overlaps one of `sorted` (runs in order, none overlapping).
 * One pointer sweeps `sorted` once, so a segment of thousands of runs stays linear.
 */
function overlapTest (sorted: readonly Run[]): (r: Run) => boolean {
  let i = 0
  return r => {
    while (i < sorted.length && sorted[i].end <= r.start) i++
    return i < sorted.length && sorted[i].start < r.end
  }
}

/**
 * For double-byte runs in increasing order: whether a repaired UTF-8 run reaches beyond the run. Only the first and
 * the last UTF-8 run that overlap it can reach out; a UTF-8 run overlaps at most two double-byte runs, so the sweep is
 * linear.
 */
function reachesBeyond (utf8: readonly Run[]): (r: Run) => boolean {
  let i = 0
  return r => {
    while (i < utf8.length && utf8[i].end <= r.start) i++
    if (i >= utf8.length || utf8[i].start >= r.end) return false
    const reaches = (u: Run): boolean => u.fixed !== null && (u.start < r.start || u.end > r.end)
    let last = i
    while (last + 1 < utf8.length && utf8[last + 1].start < r.end) last++
    return reaches(utf8[i]) || reaches(utf8[last])
  }
}

/**
 * UTF-8 read as GBK and left so (`mayor鈥檚` for `mayor’s`, `鎴戝競` for 我市): what the decode stage repairs when the
 * whole page is such text (src/decode/gbk-reading.ts), here in a page that is not all of it. A UTF-8 character of
 * three bytes read as GBK gives, every other time or so, a character whose GBK bytes are a UTF-8 lead byte
 * (0xE0-0xEF) and a byte 0x80-0xA0: a rare character of GBK's fourth extension area (`鈥`, E2 80, the first two
 * bytes of `’`, `“`, `—`). Only runs holding one are read back.
 */
const GBK_SIGNATURE = ((): Set<string> => {
  const out = new Set<string>()
  for (let lead = 0xe0; lead <= 0xef; lead++) {
    for (let trail = 0x80; trail <= 0xa0; trail++) {
      const ch = iconv.decode(Buffer.from([lead, trail]), 'gbk')
      if (ch.length === 1 && ch !== REPLACEMENT) out.add(ch)
    }
  }
  return out
})()
const GBK_SIGNATURE_CLASS = new RegExp(`[${[...GBK_SIGNATURE].join('')}]`, 'u')
/** A run of characters above ASCII: GBK writes each in two bytes (U+FFFD: a byte the GBK decoder dropped). */
const NON_ASCII_RUN = /[\u0080-\u{10ffff}]+/gu

/** The UTF-8 that `run`'s GBK bytes are, when it reads better than the run (U+FFFD for a byte lost), or null. */
function asGbkReading (run: string): string | null {
  const bytes = gbkBytes(run)
  if (bytes === null || !isValidUtf8Prefix(bytes)) return null
  const text = bytes.toString('utf8')
  const clean = text.split(REPLACEMENT).join('')
  return clean.length > 0 && better(clean, run.split(REPLACEMENT).join('')) ? text : null
}

/**
 * Whether `bytes` are UTF-8 but for sequences cut short (a byte the GBK decoder dropped): every lead byte is followed
 * by at most the continuation bytes it announces, and no continuation byte stands alone.
 */
function isValidUtf8Prefix (bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]
    const need = b < 0x80 ? 0
      : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1
    if (need < 0) return false
    let j = i + 1
    while (j < bytes.length && j <= i + need && (bytes[j] & 0xc0) === 0x80) j++
    i = j
  }
  return true
}

/**
 * A telltale character right before a U+FFFD: the GBK decoder dropped the last byte of that UTF-8 character (`鈥�`
 * for `—` or `”` before a space), which no longer decodes, but is no text either.
 */
const GBK_SIGNATURE_LOST = new RegExp(`${GBK_SIGNATURE_CLASS.source}\ufffd`, 'u')

/**
 * The range of code units GBK's telltale characters lie in (all in the BMP, U+911D-U+9907): one comparison a unit, a
 * test most texts fail (every English one) before the class of two hundred characters is searched for.
 */
const GBK_SIGNATURE_RANGE = ((): RegExp => {
  const units = [...GBK_SIGNATURE].map(ch => unitAt(ch, 0))
  const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`
  const low = units.reduce((a, b) => Math.min(a, b))
  const high = units.reduce((a, b) => Math.max(a, b))
  return new RegExp(`[${hex(low)}-${hex(high)}]`)
})()

/** Runs of UTF-8 read as GBK, where a text holds GBK's telltale characters. */
function gbkReadings (text: string): Run[] {
  if (!GBK_SIGNATURE_RANGE.test(text) || !GBK_SIGNATURE_CLASS.test(text)) return []
  return runs(text, NON_ASCII_RUN, asGbkReading, 'UTF-8')
    .filter(r => r.fixed !== null ? GBK_SIGNATURE_CLASS.test(r.text) : GBK_SIGNATURE_LOST.test(r.text))
    .map(r => ({ ...r, as: 'GBK' }))
}

/** Every run of mojibake in `text`, in text order: multibyte text read as Latin-1, and UTF-8 read as GBK. */
function mojibake (text: string): Run[] {
  return byStart(latinReadings(text), gbkReadings(text))
}

/**
 * Runs of multibyte text read as Latin-1 / Windows-1252: those that re-decode as CJK text first (their bytes may also
 * parse as short UTF-8 sequences), then UTF-8 runs outside them, then what neither repairs, when its shape alone is
 * telling.
 */
function latinReadings (text: string): Run[] {
  if (!mayHoldMojibake(text)) return []
  // a row of one or two symbols (`»»»»`, `·°·°`) is decoration, not text read wrong
  const legacy = runs(text, LEGACY_RUN, asLegacy, 'GBK or Big5 text').filter(r => hasDistinct(r.text, MIN_DISTINCT))
  const utf8 = runs(text, UTF8_RUN, asUtf8, 'UTF-8')
  // a double-byte reading wins over UTF-8 sequences inside it, not over a UTF-8 run that reaches beyond it
  const beyond = reachesBeyond(utf8)
  const repaired = legacy.filter(r => r.fixed !== null && !beyond(r))
  const inRepaired = overlapTest(repaired)
  const bytes = (r: Run): number => latin1Bytes(r.text)?.bytes.length ?? 0
  const kept = utf8.filter(r => !inRepaired(r) && (r.fixed !== null || bytes(r) >= MIN_UTF8_IRREPARABLE))
  const out = byStart(repaired, kept)
  const inOut = overlapTest(out)
  return byStart(out, legacy.filter(r => r.fixed === null && r.text.length >= MIN_LEGACY_IRREPARABLE && !inOut(r)))
}

/**
 * Two lists of runs, each in text order, merged in text order. A merge, not a sort: linear, and no spread of a list
 * into arguments (a segment can hold hundreds of thousands of runs). When one list is empty the other is the answer,
 * not a copy of it (the common case: a segment holds runs of one kind).
 */
function byStart (a: readonly Run[], b: readonly Run[]): Run[] {
  if (b.length === 0) return a as Run[]
  if (a.length === 0) return b as Run[]
  const out: Run[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].start <= b[j].start)) out.push(a[i++])
    else out.push(b[j++])
  }
  return out
}

const rule: SegmentRule = {
  id: 'encoding-mojibake',
  category: 'encoding',
  severity: 'error',
  description: 'Text left as mojibake: multibyte characters read as Latin-1/Windows-1252 (`â€™`, `Ã©`, `±±¾©`) ' +
    'or UTF-8 read as GBK (`鈥檚`, `鎴戝競`).',
  lang: 'any',
  example: { text: 'The mayorâ€™s office said the cafÃ© would reopen.' },
  check (segment) {
    return mojibake(segment.text).map(finding)
  }
}
export default rule
