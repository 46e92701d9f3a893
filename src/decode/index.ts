/**
 * Stage 1: bytes -> Unicode text.
 *
 * Order of evidence, as browsers do (WHATWG Encoding): a byte-order mark, then the charset the client declared
 * (HTTP `Content-Type`), then an in-document `<meta charset>` / `http-equiv`, then detection. Declarations are
 * checked against the bytes: Chinese pages often declare gb2312 while being UTF-8, or declare nothing at all, so a
 * declaration the bytes contradict (invalid UTF-8, or a legacy label on text that decodes badly) falls through
 * to detection. GB2312/GBK labels decode as GB18030 (their superset) and Big5 as Big5-HKSCS.
 */
import chardet from 'chardet'
import iconv from 'iconv-lite'
import { COMMON_HAN } from './common-han.js'

export type CharsetEvidence = 'bom' | 'declared' | 'meta' | 'detected' | 'ascii'

export interface Decoded {
  text: string
  /** The charset the bytes were decoded with (WHATWG name, lower case). */
  charset: string
  via: CharsetEvidence
}

/** WHATWG-style label folding onto what iconv-lite decodes. Unknown labels return undefined. */
export function normalizeCharset (label: string | undefined): string | undefined {
  if (label === undefined) return undefined
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '')
  if (l === '') return undefined
  if (['utf8', 'utf-8', 'unicode-1-1-utf-8', 'x-unicode20utf8'].includes(l)) return 'utf-8'
  if (['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'ms936', 'windows-936', 'gb_2312-80', 'csgb2312', 'chinese', 'iso-ir-58', 'euc-cn', 'x-euc-cn', 'hz-gb-2312'].includes(l)) return 'gb18030'
  if (['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5', 'cp950'].includes(l)) return 'big5hkscs'
  if (['us-ascii', 'ascii', 'iso-8859-1', 'latin1', 'l1', 'iso8859-1', 'cp1252', 'windows-1252', 'x-cp1252'].includes(l)) return 'windows-1252'
  if (['shift_jis', 'shift-jis', 'sjis', 'x-sjis', 'ms_kanji', 'windows-31j'].includes(l)) return 'shift_jis'
  if (['euc-kr', 'ks_c_5601-1987', 'windows-949', 'cp949'].includes(l)) return 'euc-kr'
  if (['utf-16', 'utf-16le'].includes(l)) return 'utf-16le'
  if (l === 'utf-16be') return 'utf-16be'
  return iconv.encodingExists(l) ? l : undefined
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

function isValidUtf8 (bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes)
    return true
  } catch {
    return false
  }
}

function isAscii (bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return false
  return true
}

function bomCharset (bytes: Uint8Array): { charset: string, skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', skip: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', skip: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', skip: 2 }
  if (bytes[0] === 0x84 && bytes[1] === 0x31 && bytes[2] === 0x95 && bytes[3] === 0x33) return { charset: 'gb18030', skip: 4 }
  return undefined
}

const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)/i

/** Finds a `<meta charset>` or `<meta http-equiv content="...; charset=...">` in the first 8 KiB. */
export function sniffMetaCharset (bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 8192)).toString('latin1')
  const m = META_CHARSET.exec(head)
  return m === null ? undefined : m[1]
}

/**
 * How plausible a decoding is: share of Han characters among the 500 most frequent ones (in either script),
 * kana or Hangul count as plausible for their charsets; replacement characters and C1 controls count against.
 */
export function plausibility (text: string): number {
  let han = 0
  let commonHan = 0
  let bad = 0
  let kanaHangul = 0
  let nonAscii = 0
  for (const ch of text) {
    const c = ch.codePointAt(0) as number
    if (c < 0x80) continue
    nonAscii++
    if (c === 0xfffd || (c >= 0x80 && c < 0xa0) || (c >= 0xe000 && c <= 0xf8ff)) bad++
    else if (c >= 0x4e00 && c <= 0x9fff) {
      han++
      if (COMMON_HAN.has(ch)) commonHan++
    } else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7af)) kanaHangul++
  }
  if (nonAscii === 0) return 1
  const hanScore = han > 0 ? commonHan / han : 0
  return hanScore * (han / nonAscii) + 0.5 * (kanaHangul / nonAscii) - 3 * (bad / nonAscii)
}

const DETECTION_CANDIDATES = ['gb18030', 'big5hkscs', 'shift_jis', 'euc-kr']

function detect (bytes: Buffer): string {
  if (isValidUtf8(bytes)) return 'utf-8'
  const named = chardet.analyse(bytes)
    .slice(0, 3)
    .map(m => normalizeCharset(m.name))
    .filter((n): n is string => n !== undefined && n !== 'utf-8')
  const candidates = [...new Set([...DETECTION_CANDIDATES, ...named])]
  let best = 'windows-1252'
  let bestScore = 0.15 // a CJK decoding must beat this to win over the single-byte fallback
  for (const c of candidates) {
    const score = plausibility(iconv.decode(bytes, c))
    if (score > bestScore) {
      best = c
      bestScore = score
    }
  }
  if (best === 'windows-1252' && named.length > 0 && !DETECTION_CANDIDATES.includes(named[0])) return named[0]
  return best
}

function decodeWith (bytes: Buffer, charset: string): string {
  if (charset === 'utf-8') return bytes.toString('utf8')
  return iconv.decode(bytes, charset, { stripBOM: true })
}

/** A declared legacy charset the bytes contradict: decoding leaves replacement characters, or the text is implausible. */
function contradicts (bytes: Buffer, charset: string): boolean {
  if (charset === 'utf-8') return !isValidUtf8(bytes)
  if (charset === 'windows-1252') return isValidUtf8(bytes) && !isAscii(bytes)
  if (isValidUtf8(bytes)) return true
  return plausibility(decodeWith(bytes, charset)) < 0.05
}

export interface DecodeOptions {
  /** The charset parameter of the request's Content-Type, if any. */
  declared?: string
  /** Whether to look for `<meta charset>` (HTML, or format unknown). */
  sniffMeta?: boolean
}

/** Decodes page bytes to text, choosing the charset from BOM, declaration, meta tag or detection. */
export function decodeBytes (input: Uint8Array, options: DecodeOptions = {}): Decoded {
  const bytes = Buffer.isBuffer(input) ? input : Buffer.from(input)
  const bom = bomCharset(bytes)
  let text: string
  let result: Decoded
  if (bom !== undefined) {
    text = iconv.decode(bytes.subarray(bom.skip), bom.charset)
    result = { text, charset: bom.charset, via: 'bom' }
  } else if (isAscii(bytes)) {
    result = { text: bytes.toString('latin1'), charset: 'utf-8', via: 'ascii' }
  } else {
    const declared = normalizeCharset(options.declared)
    const meta = options.sniffMeta === false ? undefined : normalizeCharset(sniffMetaCharset(bytes))
    if (declared !== undefined && !contradicts(bytes, declared)) {
      result = { text: decodeWith(bytes, declared), charset: declared, via: 'declared' }
    } else if (meta !== undefined && !contradicts(bytes, meta)) {
      result = { text: decodeWith(bytes, meta), charset: meta, via: 'meta' }
    } else {
      const charset = detect(bytes)
      result = { text: decodeWith(bytes, charset), charset, via: 'detected' }
    }
  }
  return result
}
