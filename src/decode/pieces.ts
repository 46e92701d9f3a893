/**
 * Decoding bytes into a page's text as pieces (`src/text/pieces.ts`): each piece made from at most PIECE_BYTES of the
 * bytes, so that no string the size of the page is made (V8's large-object space and its page faults, see there).
 */
import iconv from 'iconv-lite'
import { dbcsSafeEnds } from './bytes.js'
import { characterBoundary } from './utf8.js'
import { PIECE_BYTES, type PageText } from '../text/pieces.js'
import { unitAt } from '../text/index.js'

/** The bytes cut into pieces of at most PIECE_BYTES, each decoded on its own (UTF-8: never inside a character). */
export function piecesOf (bytes: Buffer, encoding: 'utf8' | 'latin1'): string[] {
  const out: string[] = []
  for (let from = 0; from < bytes.length;) {
    const end = Math.min(bytes.length, from + PIECE_BYTES)
    const to = encoding === 'utf8' ? characterBoundary(bytes, end, from) : end
    out.push(bytes.toString(encoding, from, to))
    from = to
  }
  return out.length > 0 ? out : ['']
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff

/** How far back from a piece's nominal end a cut after a safe byte is looked for, before looking forward. */
const SAFE_CUT_WINDOW = 1024

/**
 * Where to end the piece of `bytes` that starts at `from` and would end at `from + feed`: after the last byte there
 * after which a double-byte decoder holds nothing (`dbcsSafeEnds`; within SAFE_CUT_WINDOW bytes back), else after the
 * first such byte further on, else at the end. The pieces of a page with no such byte for 32 KiB are longer.
 */
function safeCut (bytes: Uint8Array, from: number, feed: number, safe: Uint8Array): number {
  const end = from + feed
  if (end >= bytes.length) return bytes.length
  for (let i = end; i > from && i > end - SAFE_CUT_WINDOW; i--) if (safe[bytes[i - 1]] === 1) return i
  for (let i = end + 1; i < bytes.length; i++) if (safe[bytes[i - 1]] === 1) return i
  return bytes.length
}

/**
 * `iconv.decode(bytes, charset)` (a leading byte-order mark stripped) as pieces: iconv-lite's streaming decoder fed
 * about PIECE_BYTES at a time. A double-byte charset's pieces are cut where its decoder holds nothing (`safeCut`):
 * iconv-lite 0.7's double-byte decoder writes into room for two bytes per byte fed, and loses what a sequence begun
 * in the previous feed adds beyond that (the low half of a surrogate pair, a U+FFFD for a broken sequence), so its
 * own carrying is never relied on. A piece never ends inside a surrogate pair, so each piece is whole text and the
 * scorers read the pieces as they read the joined text (test/page-pieces.test.ts checks the joined pieces against
 * the whole decoding with feeds of a few bytes). `feed`: bytes per piece.
 */
export function decodeInPieces (bytes: Uint8Array, charset: string, feed = PIECE_BYTES): PageText {
  const decoder = iconv.getDecoder(charset, { stripBOM: true })
  const safe = dbcsSafeEnds(charset)
  const out: string[] = []
  let carried = ''
  const push = (text: string): void => {
    let piece = carried + text
    carried = ''
    if (piece.length > 0 && isHighSurrogate(unitAt(piece, piece.length - 1))) {
      carried = piece.slice(-1)
      piece = piece.slice(0, -1)
    }
    if (piece.length > 0) out.push(piece)
  }
  for (let from = 0; from < bytes.length;) {
    const to = safe === undefined ? Math.min(bytes.length, from + feed) : safeCut(bytes, from, feed, safe)
    push(decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from)))
    from = to
  }
  push(decoder.end() ?? '')
  if (carried.length > 0) out.push(carried)
  return out.length > 0 ? out : ['']
}
