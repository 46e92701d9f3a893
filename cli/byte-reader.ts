/**
 * A pull reader over a stream of byte chunks, for the archive readers: lines, exact byte counts and skips, holding
 * no more than the bytes asked for plus one chunk. `offset` counts the bytes consumed so far.
 */
export class ByteReader {
  private buf: Buffer = Buffer.alloc(0)
  private ended = false
  private readonly chunks: AsyncIterator<Uint8Array>
  /** Bytes consumed (returned by `line`, `take` or `skip`) since the start. */
  offset = 0

  constructor (source: AsyncIterable<Uint8Array>) {
    this.chunks = source[Symbol.asyncIterator]()
  }

  /** Pulls one more chunk into the buffer; false at the end of the stream. */
  private async pull (): Promise<boolean> {
    if (this.ended) return false
    const next = await this.chunks.next()
    if (next.done === true) {
      this.ended = true
      return false
    }
    this.buf = this.buf.length === 0 ? asBuffer(next.value) : Buffer.concat([this.buf, next.value])
    return true
  }

  private consume (n: number): Buffer {
    const out = this.buf.subarray(0, n)
    this.buf = this.buf.subarray(n)
    this.offset += n
    return out
  }

  /** Whether a byte is left to read. */
  async atEnd (): Promise<boolean> {
    while (this.buf.length === 0) if (!await this.pull()) return true
    return false
  }

  /** The next byte without consuming it; undefined at the end. */
  async peek (): Promise<number | undefined> {
    return await this.atEnd() ? undefined : this.buf[0]
  }

  /**
   * The next line without its `\n` (nor a `\r` before it), or the rest of the stream when it has no `\n`; null at
   * the end, or when no `\n` comes within `max` bytes (nothing is consumed then).
   */
  async line (max: number): Promise<Buffer | null> {
    let from = 0
    for (;;) {
      const nl = this.buf.indexOf(0x0a, from)
      if (nl >= 0 && nl <= max) {
        const line = this.consume(nl + 1).subarray(0, nl)
        return line.at(-1) === 0x0d ? line.subarray(0, -1) : line
      }
      if (nl >= 0 || this.buf.length > max) return null
      from = this.buf.length
      if (!await this.pull()) return this.buf.length === 0 ? null : this.consume(this.buf.length)
    }
  }

  /** The next `n` bytes, or fewer when the stream ends first. */
  async take (n: number): Promise<Buffer> {
    const parts: Buffer[] = []
    let left = n
    while (left > 0 && !await this.atEnd()) {
      const part = this.consume(Math.min(left, this.buf.length))
      parts.push(part)
      left -= part.length
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts)
  }

  /** Up to `max` of the bytes at hand (at least one, waiting for a chunk when none is buffered); null at the end. */
  async some (max: number): Promise<Buffer | null> {
    return await this.atEnd() ? null : this.consume(Math.min(max, this.buf.length))
  }

  /** Gives back the last bytes consumed (a decoder took more than its part): they are read again next. */
  unread (bytes: Buffer): void {
    if (bytes.length === 0) return
    this.buf = this.buf.length === 0 ? bytes : Buffer.concat([bytes, this.buf])
    this.offset -= bytes.length
  }

  /** Everything not yet consumed, chunk by chunk as it arrives (the reader is spent after this). */
  async * rest (): AsyncGenerator<Uint8Array> {
    while (!await this.atEnd()) yield this.consume(this.buf.length)
  }

  /** Discards the next `n` bytes, chunk by chunk; the number discarded (fewer when the stream ends first). */
  async skip (n: number): Promise<number> {
    let left = n
    while (left > 0 && !await this.atEnd()) left -= this.consume(Math.min(left, this.buf.length)).length
    return n - left
  }
}

/**
 * The same bytes as a Buffer, not a copy: every copy of a page is memory V8 counts toward the next full collection
 * of the reading thread (pool/protocol.ts, `transferablesOf`).
 */
export function asBuffer (bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
