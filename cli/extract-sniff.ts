/**
 * What a stream holds, by its first bytes (gzip looked through): a WARC (`WARC/1.x`), an ARC (`filedesc://`), or
 * a single page. For standard input, where no file name says it.
 */
import { constants, gunzipSync } from 'node:zlib'
import { ByteReader } from './byte-reader.js'
import { startsGzip } from './gzip-members.js'

export type StreamKind = 'warc' | 'arc' | 'page'

/** Raw bytes looked at: a gzip header and enough of its first block to show the first record's start. */
const SNIFF_BYTES = 512
const SIGNATURES: Array<[string, StreamKind]> = [['WARC/', 'warc'], ['filedesc://', 'arc']]

/** The kind of a stream from its first bytes (a gzip member may be cut anywhere in them). */
export function kindOfHead (head: Buffer): StreamKind {
  let text = head
  if (startsGzip(head)) {
    try {
      // what the bytes at hand inflate to, without asking for the member's end
      text = gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH })
    } catch {
      return 'page'
    }
  }
  const start = text.subarray(0, SNIFF_BYTES).toString('latin1')
  return SIGNATURES.find(([signature]) => start.startsWith(signature))?.[1] ?? 'page'
}

/** The stream's kind, and the stream itself, whole (the bytes looked at come first again). */
export async function sniffStream (
  source: AsyncIterable<Uint8Array>
): Promise<{ kind: StreamKind, bytes: AsyncGenerator<Uint8Array> }> {
  const reader = new ByteReader(source)
  const head = await reader.take(SNIFF_BYTES)
  async function * bytes (): AsyncGenerator<Uint8Array> {
    if (head.length > 0) yield head
    yield * reader.rest()
  }
  return { kind: kindOfHead(head), bytes: bytes() }
}

/** The whole stream, or null when it is longer than `limit` bytes (reading stops there). */
export async function readUpTo (bytes: AsyncIterable<Uint8Array>, limit: number): Promise<Buffer | null> {
  const parts: Uint8Array[] = []
  let size = 0
  for await (const chunk of bytes) {
    size += chunk.length
    if (size > limit) return null
    parts.push(chunk)
  }
  return Buffer.concat(parts)
}
