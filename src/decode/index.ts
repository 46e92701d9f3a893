/**
 * Stage 1: bytes -> Unicode text.
 *
 * Order of evidence, as browsers do (WHATWG Encoding): a byte-order mark, then the charset the client declared
 * (HTTP `Content-Type`), then an in-document `<meta charset>` / `http-equiv`, then detection. Declarations are
 * checked against the bytes: Chinese pages often declare gb2312 while being UTF-8, or declare nothing at all, so a
 * declaration the bytes contradict (invalid UTF-8, or a legacy label on text that decodes badly) falls through
 * to detection. GB2312/GBK labels decode as GB18030 (their superset) and Big5 as Big5-HKSCS.
 */
import { isAscii as bufferIsAscii } from 'node:buffer'
import chardet from 'chardet'
import iconv from 'iconv-lite'
import { compactable, compactAscii, highByteRuns } from './bytes.js'
import {
  MAX_PLAUSIBILITY, REPAIR_MARGIN, needsNoRepair, repairMojibake, utf8NeedsNoRepair, westernReadable, type Repair
} from './mojibake.js'
import { repairGbkReading } from './gbk-reading.js'
import { alphabetFit, highByteCounts } from './alphabets.js'
import { keepsThaiOrder } from './thai-order.js'
import { plausibility, sbcsPlausibility, sbcsTable, utf8Plausibility } from './plausibility.js'
import { isValidUtf8, utf8Tally, type Utf8Tally } from './utf8.js'
import { decodeInPieces, piecesOf } from './pieces.js'
import { joined, type PageText } from '../text/pieces.js'
import { loadData } from '../data.js'

export { repairMojibake } from './mojibake.js'
export { compactAscii, dbcsSequenceMax, highByteRuns } from './bytes.js'
export { plausibility, sbcsPlausibility, sbcsTable, utf8Plausibility } from './plausibility.js'

export type CharsetEvidence = 'bom' | 'declared' | 'meta' | 'detected' | 'ascii'

export interface Decoded {
  text: string
  /** The charset the bytes were decoded with (WHATWG name, lower case). */
  charset: string
  via: CharsetEvidence
  /** Mojibake undone after decoding (`gb18030 read as windows-1252`), outermost layer first; absent when none. */
  repaired?: string[]
}

/** WHATWG-style label folding onto what iconv-lite decodes. Unknown labels return undefined. */
export function normalizeCharset (label: string | undefined): string | undefined {
  if (label === undefined) return undefined
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '')
  if (l === '') return undefined
  if (['utf8', 'utf-8', 'unicode-1-1-utf-8', 'x-unicode20utf8'].includes(l)) return 'utf-8'
  if ([
    'gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'ms936', 'windows-936', 'gb_2312-80', 'csgb2312', 'chinese',
    'iso-ir-58', 'euc-cn', 'x-euc-cn', 'hz-gb-2312'
  ].includes(l)) return 'gb18030'
  if (['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5', 'cp950'].includes(l)) return 'big5hkscs'
  if ([
    'us-ascii', 'ascii', 'iso-8859-1', 'latin1', 'l1', 'iso8859-1', 'cp1252', 'windows-1252', 'x-cp1252'
  ].includes(l)) return 'windows-1252'
  if (['shift_jis', 'shift-jis', 'sjis', 'x-sjis', 'ms_kanji', 'windows-31j'].includes(l)) return 'shift_jis'
  if (['euc-kr', 'ks_c_5601-1987', 'windows-949', 'cp949'].includes(l)) return 'euc-kr'
  if (['utf-16', 'utf-16le'].includes(l)) return 'utf-16le'
  if (l === 'utf-16be') return 'utf-16be'
  return iconv.encodingExists(l) ? l : undefined
}

/**
 * UTF-8 with at most a few broken sequences: a page cut mid-character (truncated downloads, scrapers' size limits)
 * or one mangled character is still UTF-8, not a legacy charset. Bytes of a legacy charset read as UTF-8 break on
 * nearly every non-ASCII character, so the two cannot be confused.
 */
export function isMostlyUtf8 (bytes: Buffer): boolean {
  return isValidUtf8(bytes) || fewBrokenSequences(bytes)
}

/**
 * `isMostlyUtf8` of bytes that failed the strict check: the U+FFFD of their UTF-8 reading (`utf8Tally`, counted
 * from the bytes) are at most a few, and fewer than half its non-ASCII characters.
 */
function fewBrokenSequences (bytes: Uint8Array): boolean {
  return fewBroken(utf8Tally(bytes))
}

function fewBroken ({ replacements, nonAscii }: Utf8Tally): boolean {
  return replacements <= Math.max(2, nonAscii / 500) && replacements < nonAscii / 2
}

/**
 * A UTF-8 reading with more broken sequences than `fewBroken` allows is still scored against the legacy readings
 * (`detect`) when at most this share of its non-ASCII characters is broken (or at most `FEW_BROKEN_FLOOR`): a Chinese
 * page whose CMS cut teaser titles inside a character and which a crawler then cut short has five broken characters
 * in 1,800, and was read as windows-1252, all of its text mojibake. Each broken character scores -3 in the reading's
 * plausibility, so a reading with many loses on its own; bytes of a legacy charset break on nearly every non-ASCII
 * character and are not scored.
 */
const SCORED_BROKEN_SHARE = 0.1
const FEW_BROKEN_FLOOR = 2

function fewEnoughToScore ({ replacements, nonAscii }: Utf8Tally): boolean {
  return replacements <= Math.max(FEW_BROKEN_FLOOR, nonAscii * SCORED_BROKEN_SHARE)
}

// Node's own check (vectorized): the byte iterator it replaces was 1% of the HTML profile
const isAscii = (bytes: Uint8Array): boolean => bufferIsAscii(bytes)

function bomCharset (bytes: Uint8Array): { charset: string, skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', skip: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', skip: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', skip: 2 }
  const gb18030 = bytes[0] === 0x84 && bytes[1] === 0x31 && bytes[2] === 0x95 && bytes[3] === 0x33
  if (gb18030) return { charset: 'gb18030', skip: 4 }
  return undefined
}

const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i

/** Finds a `<meta charset>` or `<meta http-equiv content="...; charset=...">` in the first 8 KiB. */
export function sniffMetaCharset (bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 8192)).toString('latin1')
  const m = META_CHARSET.exec(head)
  return m === null ? undefined : m[1]
}


const LEGACY_CANDIDATES = ['gb18030', 'big5hkscs', 'shift_jis', 'euc-kr']
/** How much better a legacy decoding must score than UTF-8 before valid UTF-8 bytes are read as legacy. */
const UTF8_MARGIN = 0.3
/**
 * What a single-byte reading loses for each share of its accented letters that the best-fitting language does not
 * write, against the best-fitting reading (`alphabetMisfit`): 1, the whole score of a letter. Chosen on pages built
 * from the Czech, Polish, Turkish, Spanish, Portuguese, German, French, Italian and Russian messages TypeScript ships
 * and on the WCXB pages in windows-1252 (0.25 left Turkish wrong, 0.5 one Turkish page, 2 read an English page as
 * Shift_JIS), then checked on pages of the language fixtures' sentences, which it was not chosen on
 * (docs/performance.md).
 */
const ALPHABET_WEIGHT = 1
/**
 * Accented letters a page needs for its fit to count in full: a page of a few (an English page naming `Müller` and
 * `Dvořák`) fits no one alphabet by chance, and its fit counts in proportion (1 read four more WCXB pages wrong, 40
 * six of the fixture pages).
 */
const FULL_WEIGHT_LETTERS = 20
/**
 * The alphabets weigh only when some reading's letters nearly all fit one language (every page of real text above
 * has one at 0.95 or more): random bytes fit none, and weighing their readings only sent them to chardet (0.8 ->
 * 1.15 s/MiB on `npm run bench hostile`'s random page) for no better answer.
 */
const MIN_BEST_FIT = 0.95

/**
 * The bytes read as UTF-8, once: whether they are valid (Node's vectorized check), the text in pieces (made at most
 * once, and joined only for a page that may be mojibake), whether it is mostly UTF-8 (counted from the bytes), and its
 * plausibility when asked. Every check of the decode stage used to decode and scan the page again (up to four UTF-8
 * decodings a page).
 */
class Utf8Reading {
  /** Valid UTF-8, every sequence whole. */
  readonly valid: boolean
  private cut: PageText | undefined
  private mostlyUtf8: boolean | undefined
  private counts: Utf8Tally | undefined
  private score: number | undefined
  private highRuns: number[] | undefined

  constructor (readonly bytes: Buffer) {
    this.valid = isValidUtf8(bytes)
  }

  /** The bytes read as UTF-8 (a broken sequence as U+FFFD), in pieces (`piecesOf`), made at most once. */
  pieces (): PageText {
    this.cut ??= piecesOf(this.bytes, 'utf8')
    return this.cut
  }

  /** The same as one string (a page that may be mojibake). */
  get text (): string {
    return joined(this.pieces())
  }

  /** Valid, or with at most a few broken sequences (`fewBroken`, read from the bytes). */
  get mostly (): boolean {
    this.mostlyUtf8 ??= this.valid || fewBroken(this.tally())
    return this.mostlyUtf8
  }

  /** Mostly UTF-8, or broken few enough times to be scored against the legacy readings (`fewEnoughToScore`). */
  get scored (): boolean {
    return this.mostly || fewEnoughToScore(this.tally())
  }

  /** The U+FFFD and non-ASCII characters of the UTF-8 reading, counted from the bytes at most once. */
  private tally (): Utf8Tally {
    this.counts ??= utf8Tally(this.bytes)
    return this.counts
  }

  /** The bytes' runs above ASCII (`highByteRuns`), found at most once. */
  runs (): number[] {
    this.highRuns ??= highByteRuns(this.bytes)
    return this.highRuns
  }

  /** `plausibility` of the UTF-8 reading, computed at most once (from the bytes when they are valid UTF-8). */
  plausibility (): number {
    this.score ??= this.valid ? utf8Plausibility(this.bytes, this.runs()) : plausibility(this.pieces())
    return this.score
  }
}

/**
 * Multi-byte sequences in valid UTF-8 from which no legacy charset is left in doubt. A GBK or Big5 character is a
 * valid UTF-8 sequence by chance about one time in twelve (lead 0xC2-0xDF, trail 0x80-0xBF), a Latin-1 accented
 * letter almost never (it must be followed by two bytes of 0x80-0xBF): eight such sequences in a row by chance is
 * about 1 in 10^9. Pages in scripts `plausibility` scores low (Arabic, Hebrew, Thai, Devanagari, ...) skip chardet
 * and the legacy decodings; pages of only a few non-ASCII characters still go through them.
 */
const CERTAIN_UTF8_SEQUENCES = 8
/** Bytes that start a multi-byte UTF-8 sequence. */
const UTF8_LEAD = 0xc0

/**
 * Spans `hasSequences` asks Node's vectorized ASCII check about before it reads their bytes: a lead byte is above
 * ASCII, so an ASCII span holds none (an English page of a few curly quotes was read byte by byte to its end).
 */
const LEAD_SPAN_BYTES = 512

function hasSequences (bytes: Buffer, wanted: number): boolean {
  let n = 0
  for (let start = 0; start < bytes.length && n < wanted; start += LEAD_SPAN_BYTES) {
    const end = Math.min(start + LEAD_SPAN_BYTES, bytes.length)
    if (isAscii(bytes.subarray(start, end))) continue
    for (let i = start; i < end && n < wanted; i++) if (bytes[i] >= UTF8_LEAD) n++
  }
  return n >= wanted
}

/**
 * Every name chardet 2.2.0 gives (the `name()` of each of its recognisers and their base classes;
 * test/decode-chardet.test.ts reads them from the installed package): the charsets its top three can put forward,
 * once normalized.
 */
export const CHARDET_NAMES = [
  'UTF-8', 'UTF-16BE', 'UTF-16LE', 'UTF-32', 'UTF-32BE', 'UTF-32LE', 'mbcs', 'Shift_JIS', 'Big5', 'EUC-JP', 'EUC-KR',
  'GB18030', 'ISO_2022', 'ISO-2022-JP', 'ISO-2022-KR', 'ISO-2022-CN', 'sbcs', 'ISO-8859-1', 'windows-1252',
  'ISO-8859-2', 'windows-1250', 'ISO-8859-5', 'ISO-8859-6', 'ISO-8859-7', 'windows-1253', 'ISO-8859-8',
  'windows-1255', 'ISO-8859-9', 'windows-1254', 'windows-1251', 'windows-1256', 'windows-1257', 'windows-1258',
  'windows-874', 'KOI8-R', 'ASCII'
]
/**
 * Names chardet gives only to bytes that open with their byte-order mark (its UTF-16 recognisers match nothing
 * else), which `decodeBytes` reads before any detection: never among chardet's answers in `detect`. Decoding a page
 * as UTF-16 to score it would cost more than the rest (every two ASCII bytes read as one Han character).
 */
const CHARDET_BOM_ONLY = new Set(['UTF-16BE', 'UTF-16LE'])
let possible: string[] | undefined

/** Charset names as `normalizeCharset` writes them, those it does not know and UTF-8 left out. */
const legacyNames = (names: string[]): string[] =>
  names.map(normalizeCharset).filter((n): n is string => n !== undefined && n !== 'utf-8')

/** Every candidate `detect` can try: the legacy candidates (tried first), then each charset chardet can name. */
function possibleCandidates (): string[] {
  if (possible !== undefined) return possible
  const named = legacyNames(CHARDET_NAMES.filter(n => !CHARDET_BOM_ONLY.has(n)))
  possible = [...new Set([...LEGACY_CANDIDATES, ...withVariants(named), 'windows-1252'])]
  return possible
}

/**
 * No decoding `detect` could try beats the UTF-8 reading by the margin, whichever three chardet ranks first: an
 * exact shortcut past chardet, which reads the page once per single-byte charset (3 ms on a 6 KB page of three
 * non-ASCII characters, seed 004; decoding it in every candidate costs a fifth of that).
 */
function utf8Unbeatable (utf8: number, score: (charset: string) => number, bytes: Buffer): boolean {
  // a UTF-32 reading of bytes without a zero byte is U+FFFD alone (below): the lowest score, which loses to any
  const utf32Broken = !bytes.includes(0)
  return possibleCandidates().every(c => (utf32Broken && UTF32.has(c)) || score(c) <= utf8 + UTF8_MARGIN)
}

/**
 * The UTF-32 readings chardet can name. Each four bytes are one code point, the highest byte first (big-endian) or
 * last: one that is not zero makes it 0x01000000 or more, past Unicode, and iconv-lite writes U+FFFD for it (and for
 * the one to three bytes left at the end), which `plausibility` scores -3 in every charset, its least. No byte-order
 * mark is read either (each holds zeros).
 */
const UTF32 = new Set(['utf-32', 'utf-32le', 'utf-32be'])

/** Picks the most plausible charset for undeclared bytes. Valid UTF-8 wins unless a legacy reading is far better. */
function detect (bytes: Buffer, reading: Utf8Reading): string {
  if (reading.valid && hasSequences(bytes, CERTAIN_UTF8_SEQUENCES)) return 'utf-8'
  // no decoding scores above 1: valid UTF-8 this plausible wins whatever the legacy candidates score, so they are
  // not tried (the common case, and the costly part: chardet and four decodings of the page)
  const utf8 = reading.scored ? reading.plausibility() : -Infinity
  if (utf8 + UTF8_MARGIN >= MAX_PLAUSIBILITY) return 'utf-8'
  // each candidate's score computed once: the shortcut's are reused below when it does not apply
  const scores = new Map<string, number>()
  // the page with its long ASCII runs cut, for the double-byte candidates (`compactAscii`: the same score)
  let compact: Buffer | undefined
  const misfit = alphabetMisfit(bytes, reading)
  const score = (c: string): number => {
    let s = scores.get(c)
    if (s === undefined) {
      if (sbcsTable(c) !== undefined) s = sbcsPlausibility(bytes, reading.runs(), c) - misfit(c)
      else if (compactable(c)) {
        compact ??= compactAscii(bytes, reading.runs())
        s = plausibility(decodeInPieces(compact, c), c)
      } else s = plausibility(decodeInPieces(bytes, c), c)
      scores.set(c, s)
    }
    return s
  }
  if (reading.mostly && utf8Unbeatable(utf8, score, bytes)) return 'utf-8'
  let [best, bestScore] = firstBest(ALWAYS_TRIED, score)
  // chardet only adds its three first guesses to the candidates tried anyway, and the most plausible wins. It is
  // asked only when a charset it could name reads as plausibly as the best of those and reads the page's bytes as
  // other characters: otherwise its guesses cannot change the text (a charset that reads the same characters scores
  // the same), at most the name of an equal reading. It reads the page once per single-byte charset it knows: 20 ms
  // on a Chinese page of 80 KB in GBK, 100 ms on an English page of 350 KB in windows-1252 (which windows-1250, 1254
  // and 1257 read alike), many times the rest of the decoding. Still asked: Cyrillic (windows-1251, KOI8-R and
  // ISO-8859-5 read the same bytes as other letters, scored alike).
  const rivals = possibleCandidates().filter(c => !ALWAYS_TRIED.includes(c) && score(c) >= bestScore)
  if (!rivals.every(c => readsAlike(bytes, reading.runs(), c, best))) {
    const named = withVariants(legacyNames(chardet.analyse(chardetSample(bytes)).slice(0, 3).map(m => m.name)))
    // chardet ranks EUC-JP, GB18030 and EUC-KR above windows-874 for Thai pages: a Thai reading at least as
    // plausible as the best so far is tried too when it keeps the orders Thai is written in, which Chinese bytes read
    // as Thai do not (thai-order.ts)
    const thai = rivals.filter(c => keepsThaiOrder(bytes, reading.runs(), c));
    [best, bestScore] = firstBest([...new Set([...LEGACY_CANDIDATES, ...named, ...thai, 'windows-1252'])], score)
  }
  if (utf8 + UTF8_MARGIN >= bestScore) return 'utf-8'
  return best
}

/**
 * What a single-byte reading of the page loses for fitting one language's alphabet worse than the best-fitting
 * single-byte reading (`alphabetFit`): `ALPHABET_WEIGHT` for all of its letters, less on a page of few accented
 * letters (`FULL_WEIGHT_LETTERS`), nothing when no reading fits (`MIN_BEST_FIT`). Relative to the best reading, so
 * the best loses nothing against the multi-byte candidates, which are not read this way; the fits are computed at the
 * first ask.
 */
function alphabetMisfit (bytes: Buffer, reading: Utf8Reading): (charset: string) => number {
  let fits: Map<string, { fit: number, letters: number, latin: boolean }> | undefined
  let best = 0
  return charset => {
    if (fits === undefined) {
      const counts = highByteCounts(bytes, reading.runs())
      fits = new Map()
      for (const c of possibleCandidates()) {
        const fit = alphabetFit(counts, c)
        if (fit === undefined) continue
        fits.set(c, fit)
        // the best of the Latin-script charsets' readings, one with no accented letter at all included (`£12` in
        // windows-1252, where windows-1250 reads `Ł12`); a Cyrillic or Greek reading says nothing of the alphabets
        if (fit.latin) best = Math.max(best, fit.fit)
      }
    }
    const own = fits.get(charset)
    if (own === undefined || own.letters === 0 || best < MIN_BEST_FIT) return 0
    return ALPHABET_WEIGHT * (best - own.fit) * Math.min(1, own.letters / FULL_WEIGHT_LETTERS)
  }
}

/**
 * Whether single-byte charsets `a` and `b` read every byte above ASCII that the page holds (`runs`: its runs of such
 * bytes) as the same character: then their decodings of the page are the same text.
 */
function readsAlike (bytes: Uint8Array, runs: number[], a: string, b: string): boolean {
  const ta = sbcsTable(a)
  const tb = sbcsTable(b)
  if (ta === undefined || tb === undefined) return false
  for (let r = 0; r < runs.length; r += 2) {
    for (let i = runs[r]; i < runs[r + 1]; i++) if (ta[bytes[i]] !== tb[bytes[i]]) return false
  }
  return true
}

/**
 * chardet reads at most this many bytes of a page. Its recognisers count byte and character frequencies, so a
 * quarter of a MiB ranks the charsets of a page as the whole does; it reads every byte once per single-byte charset
 * it knows, a quarter of the time of 1 MiB of random bytes through the whole pipeline. Pages under this size (nearly
 * all) are read whole, as before.
 */
const CHARDET_SAMPLE_BYTES = 256 * 1024

/** The bytes chardet is asked about: the page, or its first `CHARDET_SAMPLE_BYTES`. */
function chardetSample (bytes: Buffer): Buffer {
  return bytes.length <= CHARDET_SAMPLE_BYTES ? bytes : bytes.subarray(0, CHARDET_SAMPLE_BYTES)
}

interface VariantFile { variants: Array<{ of: string, variant: string }> }
/** The variants of a charset chardet may name for them (data/charset-variants.json: KOI8-U beside KOI8-R). */
const VARIANTS = new Map<string, string[]>()
for (const { of, variant } of loadData<VariantFile>('charset-variants.json').variants) {
  VARIANTS.set(of, [...(VARIANTS.get(of) ?? []), variant])
}

/** Each charset followed by its variants: a variant wins only where it reads the page better (ties keep the first). */
const withVariants = (charsets: string[]): string[] => charsets.flatMap(c => [c, ...(VARIANTS.get(c) ?? [])])

/** The candidates `detect` tries whatever chardet guesses, in the order it tries them. */
const ALWAYS_TRIED = [...LEGACY_CANDIDATES, 'windows-1252']

/** The first of `candidates` with the highest score, and that score. */
function firstBest (candidates: readonly string[], score: (charset: string) => number): [string, number] {
  let best = candidates[0]
  let bestScore = -Infinity
  for (const c of candidates) {
    const s = score(c)
    if (s > bestScore) {
      best = c
      bestScore = s
    }
  }
  return [best, bestScore]
}

/**
 * A declared charset the bytes contradict: UTF-8 declared on invalid UTF-8, or a legacy charset whose decoding is
 * implausible, or far less plausible than reading the same (valid) bytes as UTF-8. `decoded`: the bytes decoded in a
 * legacy charset, made once (the decoding checked here is the one kept).
 */
function contradicts (charset: string, reading: Utf8Reading, decoded: (charset: string) => PageText): boolean {
  if (charset === 'utf-8') return !reading.mostly
  const declared = plausibility(decoded(charset), charset)
  if (declared < 0.2) return true
  return reading.mostly && reading.plausibility() > declared + UTF8_MARGIN
}

export interface DecodeOptions {
  /** The charset parameter of the request's Content-Type, if any. */
  declared?: string
  /** Whether to look for `<meta charset>` (HTML, or format unknown). */
  sniffMeta?: boolean
}

/** A page decoded, its text as pieces (`src/text/pieces.ts`). */
export interface DecodedPage {
  /**
   * The text: pieces made from about PIECE_BYTES of the bytes each (src/decode/pieces.ts), in any charset; one piece
   * when the page was mojibake and repaired.
   */
  pieces: PageText
  charset: string
  via: CharsetEvidence
  /** As `Decoded.repaired`. */
  repaired?: string[]
}

/** A decoding made as one string, as a page of one piece. */
function whole ({ text, ...how }: Decoded): DecodedPage {
  return { pieces: [text], ...how }
}

/**
 * The repair of the UTF-8 reading (which is mostly UTF-8), or null when there is nothing to repair. Its first checks
 * are made on the bytes (valid UTF-8) or on the pieces, so that the text is made whole only for a page that may be
 * mojibake.
 */
function utf8Repair (reading: Utf8Reading): Repair | null {
  // a text no Western reading can have written is no mojibake of that kind (`repairMojibake` would find nothing):
  // asked before the page is made one string
  const suspect = !(reading.valid ? utf8NeedsNoRepair(reading) : needsNoRepair(reading.pieces(), plausibility))
  if (suspect && westernReadable(reading.pieces())) {
    const repair = repairMojibake(reading.text, plausibility, reading.valid ? reading : undefined)
    if (repair.layers.length > 0) return repair
  }
  // the other mojibake: UTF-8 read as GBK (src/decode/gbk-reading.ts), tried only on a reading too implausible to
  // be real text, which Chinese pages never are
  const asItCame = reading.plausibility()
  return asItCame + REPAIR_MARGIN > MAX_PLAUSIBILITY ? null : repairGbkReading(reading.pieces(), asItCame, plausibility)
}

/** Decodes page bytes to text, choosing the charset from BOM, declaration, meta tag or detection. */
export function decodePage (input: Uint8Array, options: DecodeOptions = {}): DecodedPage {
  const bytes = Buffer.isBuffer(input) ? input : Buffer.from(input)
  const bom = bomCharset(bytes)
  if (bom !== undefined) {
    const pieces = decodeInPieces(bytes.subarray(bom.skip), bom.charset)
    return repairedPieces({ pieces, charset: bom.charset, via: 'bom' })
  }
  // ASCII holds no mojibake: every suspect character is above ASCII
  if (isAscii(bytes)) return { pieces: piecesOf(bytes, 'latin1'), charset: 'utf-8', via: 'ascii' }
  const reading = new Utf8Reading(bytes)
  // the UTF-8 reading's repair, made once: valid UTF-8 that is mojibake of other text is UTF-8 (repaired), whatever
  // the page declares
  const repair = reading.mostly ? utf8Repair(reading) : null
  if (repair !== null) return { pieces: [repair.text], charset: 'utf-8', via: 'detected', repaired: repair.layers }
  // each legacy decoding made at most once: the one a declaration is checked with is the one kept
  const decodings = new Map<string, PageText>()
  const decoded = (c: string): PageText => {
    let pieces = decodings.get(c)
    if (pieces === undefined) decodings.set(c, pieces = decodeInPieces(bytes, c))
    return pieces
  }
  const declared = normalizeCharset(options.declared)
  const meta = options.sniffMeta === false ? undefined : normalizeCharset(sniffMetaCharset(bytes))
  const [charset, via]: [string, CharsetEvidence] =
    declared !== undefined && !contradicts(declared, reading, decoded) ? [declared, 'declared']
      : meta !== undefined && !contradicts(meta, reading, decoded) ? [meta, 'meta']
        : [detect(bytes, reading), 'detected']
  if (charset !== 'utf-8') return repairedPieces({ pieces: decoded(charset), charset, via })
  // the UTF-8 reading (valid, or cut short or with a broken character) was found to need no repair (above)
  if (reading.mostly) return { pieces: reading.pieces(), charset, via }
  return repairedPieces({ pieces: reading.pieces(), charset, via })
}

/**
 * A page decoded in pieces with its mojibake undone: left in pieces when the repair's first checks, read piece by
 * piece, find nothing to do (nearly always), made one string and repaired otherwise.
 */
function repairedPieces (page: DecodedPage): DecodedPage {
  if (needsNoRepair(page.pieces, plausibility)) return page
  const { pieces, ...how } = page
  return whole(repaired({ text: joined(pieces), ...how }))
}

/**
 * Text that came as a string (a JSON body) with its mojibake undone, as the bytes of a page are: the Western readings
 * first, then UTF-8 read as GBK. `repaired` lists the layers, empty when there was nothing to undo.
 */
export function repairText (text: string): { text: string, repaired: string[] } {
  const western = repairMojibake(text, plausibility)
  if (western.layers.length > 0) return { text: western.text, repaired: western.layers }
  const gbk = repairGbkReading([text], plausibility(text), plausibility)
  return gbk === null ? { text, repaired: [] } : { text: gbk.text, repaired: gbk.layers }
}

/** `decodePage` with the text as one string. */
export function decodeBytes (input: Uint8Array, options: DecodeOptions = {}): Decoded {
  const { pieces, ...how } = decodePage(input, options)
  return { text: joined(pieces), ...how }
}

// crawls store pages as the UTF-8 of a Latin-1 reading of their bytes: undone here, and reported
function repaired (result: Decoded): Decoded {
  return withRepair(result, repairMojibake(result.text, plausibility))
}

function withRepair (result: Decoded, fixed: Repair): Decoded {
  return fixed.layers.length === 0 ? result : { ...result, text: fixed.text, repaired: fixed.layers }
}
