/**
 * Reading a page's bytes without decoding them: where its bytes above ASCII stand, a UTF-8 sequence's code point,
 * the page with its long ASCII runs cut for a double-byte trial decoding, and per-charset facts of iconv-lite's
 * codecs. The decode stage's scorers read only characters above ASCII, and a page is mostly ASCII (its markup).
 */
import { isAscii } from 'node:buffer'
import iconv from 'iconv-lite'

/** Bytes below this are ASCII. */
export const ASCII_END = 0x80

/**
 * Spans of a page asked of Node's vectorized ASCII check at once (`highByteRuns`); below this a span is read byte
 * by byte. A check costs a call and a view of the bytes (about what a few hundred bytes read one by one cost), so
 * the spans are halved only while they are long.
 */
const SPAN_READ_BYTE_BY_BYTE = 512

/**
 * Runs of bytes above ASCII, as [start, end) pairs in order, each run maximal. Spans that are all ASCII are skipped
 * by Node's vectorized check and the others halved (`SPAN_READ_BYTE_BY_BYTE`): an English page of 350 KB with a
 * few dozen curly quotes is read in about a tenth of the time a scan of every byte (or of every code unit of its
 * text) takes, and a page dense with them costs about such a scan.
 */
export function highByteRuns (bytes: Uint8Array): number[] {
  const runs: number[] = []
  // spans still to read, as [start, end) pairs, the next one on top
  const spans = [0, bytes.length]
  while (spans.length > 0) {
    const end = spans.pop()!
    const start = spans.pop()!
    if (end - start > SPAN_READ_BYTE_BY_BYTE) {
      if (isAscii(bytes.subarray(start, end))) continue
      const mid = (start + end) >>> 1
      spans.push(mid, end, start, mid)
      continue
    }
    for (let i = start; i < end; i++) {
      if (bytes[i] < ASCII_END) continue
      let j = i + 1
      while (j < end && bytes[j] >= ASCII_END) j++
      // a run cut by a span's edge goes on from the run before it
      if (runs.length > 0 && runs[runs.length - 1] === i) runs[runs.length - 1] = j
      else runs.push(i, j)
      i = j
    }
  }
  return runs
}

/**
 * The code point of the UTF-8 sequence that starts at `i` of valid UTF-8 `bytes` (`i` at a lead byte), and its
 * length in bytes: `utf8CodePoint` then `utf8Length`. Bytes that are not valid UTF-8 give no meaningful answer.
 */
export function utf8CodePoint (bytes: Uint8Array, i: number): number {
  const b = bytes[i]
  if (b < ASCII_END) return b
  if (b < 0xe0) return ((b & 0x1f) << 6) | (bytes[i + 1] & 0x3f)
  if (b < 0xf0) return ((b & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f)
  return ((b & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) | (bytes[i + 3] & 0x3f)
}

/** The length of the UTF-8 sequence whose lead byte is `b`. */
export function utf8Length (b: number): number {
  return b < ASCII_END ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4
}

/** `read` of a charset, read once per charset (null: the codec has no such table, kept as such). */
export function perCharset<T> (read: (charset: string) => T | null): (charset: string) => T | undefined {
  const known = new Map<string, T | null>()
  return charset => {
    let value = known.get(charset)
    if (value === undefined) {
      value = read(charset)
      known.set(charset, value)
    }
    return value ?? undefined
  }
}

/** iconv-lite's double-byte tries (dbcs-codec.js): a table value at or below NODE_START links to another table. */
const DBCS_NODE_START = -1000
/** Deeper than any trie iconv-lite builds (gb18030's four-byte sequences are the deepest): a table of another shape. */
const DBCS_DEPTH_LIMIT = 8
/** ASCII bytes kept at the start of a long ASCII run by `compactAscii`: at least a sequence's length less one. */
export const ASCII_RUN_KEEP = 8

/**
 * For a double-byte codec of iconv-lite (`decodeTables`: a trie of 256-entry tables, decoded from the first table at
 * each character's start): the most bytes one sequence reads (the trie's depth), when the first table maps every ASCII
 * byte to itself. Undefined for any other codec (single-byte, UTF-16/32, internal) or table shape.
 */
export const dbcsSequenceMax = perCharset(readDbcsDepth)

function readDbcsDepth (charset: string): number | null {
  const { decodeTables } = iconv.getCodec(charset) as { decodeTables?: unknown }
  if (!Array.isArray(decodeTables) || !Array.isArray(decodeTables[0])) return null
  const tables = decodeTables as number[][]
  for (let b = 0; b < ASCII_END; b++) if (tables[0][b] !== b) return null
  // breadth first from the first table: the level at which no table links further is the depth
  let level = [0]
  for (let depth = 1; depth <= DBCS_DEPTH_LIMIT; depth++) {
    const next = new Set<number>()
    for (const node of level) {
      for (const v of tables[node] ?? []) if (v <= DBCS_NODE_START) next.add(DBCS_NODE_START - v)
    }
    if (next.size === 0) return depth
    level = [...next]
  }
  return null
}

/**
 * For a double-byte codec whose first table maps ASCII to itself (`dbcsSequenceMax`): 1 for each byte after which
 * the decoder holds nothing, wherever in a sequence it met it. These are the ASCII bytes no table links onward from:
 * met inside a sequence, such a byte completes it or breaks it (and the decoder reads the sequence's bytes again
 * from the one after its start, until it meets the byte at the start of a character, where it is itself). For
 * GB18030 they are the ASCII bytes but the digits (its four-byte sequences have digits inside); for Big5, Shift_JIS
 * and EUC-KR every ASCII byte (a trail byte in 0x40-0x7E completes its sequence). Undefined for any other codec.
 */
export const dbcsSafeEnds = perCharset(readSafeEnds)

function readSafeEnds (charset: string): Uint8Array | null {
  if (dbcsSequenceMax(charset) === undefined) return null
  const tables = (iconv.getCodec(charset) as unknown as { decodeTables: number[][] }).decodeTables
  const safe = new Uint8Array(256)
  for (let b = 0; b < ASCII_END; b++) safe[b] = tables.every(table => table[b] > DBCS_NODE_START) ? 1 : 0
  return safe
}

/** Whether `compactAscii`'s cut keeps a decoding in `charset` scored the same (see there). */
export function compactable (charset: string): boolean {
  const sequence = dbcsSequenceMax(charset)
  return sequence !== undefined && sequence <= ASCII_RUN_KEEP + 1
}

/**
 * The bytes with every ASCII run longer than `ASCII_RUN_KEEP + 1` bytes cut to its first `ASCII_RUN_KEEP` bytes and
 * its last byte (`runs`: the runs of bytes above ASCII, `highByteRuns`). A double-byte decoder whose sequences are at
 * most `ASCII_RUN_KEEP + 1` bytes long and whose first table maps ASCII to itself (`dbcsSequenceMax`) reads the cut
 * bytes as it reads the whole ones less some ASCII characters: a sequence that starts before a run reads at most
 * `ASCII_RUN_KEEP` bytes of it (all kept), and once every such sequence is done (valid, or restarted one byte on as
 * iconv-lite does after an unassigned one), each later byte of the run starts a sequence of its own in the first
 * table, which gives the byte itself, up to the run's last byte, kept. So the decodings hold the same non-ASCII
 * characters in the same order with ASCII between the same ones (at least the last byte's), and `plausibility`, which
 * reads only non-ASCII characters and whether their neighbours are ASCII, is the same to the bit.
 */
export function compactAscii (bytes: Buffer, runs: number[]): Buffer {
  const pieces: Buffer[] = []
  let from = 0
  let cut = false
  const asciiRun = (p: number, q: number): void => {
    if (q - p <= ASCII_RUN_KEEP + 1) return
    pieces.push(bytes.subarray(from, p + ASCII_RUN_KEEP))
    from = q - 1
    cut = true
  }
  let p = 0
  for (let r = 0; r < runs.length; r += 2) {
    asciiRun(p, runs[r])
    p = runs[r + 1]
  }
  asciiRun(p, bytes.length)
  if (!cut) return bytes
  pieces.push(bytes.subarray(from))
  return Buffer.concat(pieces)
}
