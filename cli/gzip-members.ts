/**
 * A `.warc.gz` undone with Node's own zlib (native code on libuv's thread pool, not on the main thread), member by
 * member, keeping where each gzip member starts in the file. Crawlers write one member per record so that a record
 * can be read by seeking to its member; the extract CLI reports that offset, and this map gives it back from the
 * offset of the record in the uncompressed stream. (warcio undoes gzip itself, with pako, in JavaScript on the main
 * thread: a few milliseconds a page, which held back `--jobs` scaling.)
 *
 * A member is a header (RFC 1952: magic, method, flags, optional extra, name, comment and header CRC), a raw
 * deflate stream, and a trailer (CRC-32 and the size mod 2^32). The inflater tells how many input bytes the deflate
 * stream used, so the bytes it was given past the stream's end are given back to the reader for the next member.
 */
import { once } from 'node:events'
import { createInflateRaw, type InflateRaw } from 'node:zlib'
import { ByteReader } from './byte-reader.js'

/** The two bytes every gzip member starts with (RFC 1952). */
export const GZIP_MAGIC_BYTES = 2

/** Whether `bytes` start like a gzip member. */
export function startsGzip (bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b
}
const METHOD_DEFLATE = 8
const FIXED_HEADER_BYTES = 10
const TRAILER_BYTES = 8
const FLAG = { hcrc: 0x02, extra: 0x04, name: 0x08, comment: 0x10 }
/** Name and comment are zero-terminated; longer than this, the header is not a real one. */
const MAX_HEADER_FIELD = 64 * 1024
/**
 * Compressed bytes given to the inflater at a time. Deflate expands at most about 1,032 to 1, so one step never
 * holds more than about 16 MiB of output, however the file was made.
 */
const FEED_BYTES = 16 * 1024
/** Output buffers of 64 KiB (zlib's default is 16): a quarter of the callbacks on the main thread per page. */
const OUTPUT_CHUNK_BYTES = 64 * 1024

export class GzipFormatError extends Error {
  override name = 'GzipFormatError'
}

interface Member { plain: number, packed: number }

/** The stream's bytes undone, and the member offsets; `plain()` is read once. */
export class GzipMembers {
  private readonly reader: ByteReader
  /** Where the members began, in both streams, oldest first (earlier ones are dropped once passed). */
  private readonly members: Member[] = []
  private plainBytes = 0
  /** Packed offset right after the last whole member (where the next one starts, or the end). */
  private wholeEnd = 0

  constructor (source: AsyncIterable<Uint8Array>) {
    this.reader = new ByteReader(source)
  }

  /** Compressed bytes read so far. */
  get packedBytes (): number { return this.reader.offset }

  /** The file offset of the member holding the byte at `plain` (of the uncompressed stream). */
  memberAt (plain: number): number {
    let found = this.members[0]?.packed ?? 0
    for (const m of this.members) {
      if (m.plain > plain) break
      found = m.packed
    }
    return found
  }

  /**
   * The file offset where what follows `plain` starts: the next member at or after it, else the end of the last
   * whole member (the bytes after it are no whole member).
   */
  offsetAfter (plain: number): number {
    return this.members.find(m => m.plain >= plain)?.packed ?? this.wholeEnd
  }

  /** Forgets the members that hold only bytes before `plain` (the caller will not ask about them again). */
  forgetBefore (plain: number): void {
    while (this.members.length > 1 && this.members[1].plain <= plain) this.members.shift()
  }

  /** The uncompressed bytes, member after member. A member cut short ends the stream after what it gave. */
  async * plain (): AsyncGenerator<Uint8Array> {
    while (!await this.reader.atEnd()) {
      const packed = this.reader.offset
      if (!await this.skipHeader()) return
      this.members.push({ plain: this.plainBytes, packed })
      const whole = yield * this.inflateMember(packed)
      if (!whole) return
      this.wholeEnd = this.reader.offset
    }
  }

  /** Reads a member header; false when the stream ends inside it. */
  private async skipHeader (): Promise<boolean> {
    const at = this.reader.offset
    const head = await this.reader.take(FIXED_HEADER_BYTES)
    if (head.length < FIXED_HEADER_BYTES) return false
    if (!startsGzip(head) || head[2] !== METHOD_DEFLATE) {
      throw new GzipFormatError(`No gzip member at byte ${at}.`)
    }
    const flags = head[3]
    if ((flags & FLAG.extra) !== 0) {
      const size = await this.reader.take(2)
      if (size.length < 2) return false
      const length = size.readUInt16LE(0)
      if (await this.reader.skip(length) < length) return false
    }
    for (const flag of [FLAG.name, FLAG.comment]) {
      if ((flags & flag) !== 0 && !await this.skipZeroTerminated(at)) return false
    }
    if ((flags & FLAG.hcrc) !== 0 && await this.reader.skip(2) < 2) return false
    return true
  }

  /** Skips a zero-terminated header field; false when the stream ends inside it. */
  private async skipZeroTerminated (member: number): Promise<boolean> {
    for (let n = 0; n < MAX_HEADER_FIELD; n++) {
      const byte = await this.reader.take(1)
      if (byte.length === 0) return false
      if (byte[0] === 0) return true
    }
    throw new GzipFormatError(`The gzip member at byte ${member} has a header field over ${MAX_HEADER_FIELD} bytes.`)
  }

  /**
   * Inflates one member's deflate stream (the member starts at file offset `member`) and checks its trailer; false
   * when the stream ends first.
   */
  private async * inflateMember (member: number): AsyncGenerator<Uint8Array, boolean> {
    const inflater = new Inflater()
    let fed = 0
    let size = 0
    for (;;) {
      const input = await this.reader.some(FEED_BYTES)
      if (input === null) return yield * this.finish(inflater)
      fed += input.length
      await inflater.write(input)
      if (inflater.failure !== undefined) {
        throw new GzipFormatError(`Corrupt gzip data in the member at byte ${member}: ${inflater.failure.message}`)
      }
      for (const chunk of inflater.out.splice(0)) {
        size += chunk.length
        this.plainBytes += chunk.length
        yield chunk
      }
      const unused = fed - inflater.stream.bytesWritten
      if (unused > 0) {
        this.reader.unread(input.subarray(input.length - unused))
        inflater.stream.destroy()
        return await this.checkTrailer(member, size)
      }
    }
  }

  /** The file ended while the deflate stream was open: whatever it still gives, then "cut short". */
  private async * finish (inflater: Inflater): AsyncGenerator<Uint8Array, boolean> {
    inflater.stream.end()
    // a stream cut short ends in an error ("unexpected end of file"): that is the answer, not a failure
    await Promise.race([once(inflater.stream, 'end'), once(inflater.stream, 'close')]).catch(() => undefined)
    for (const chunk of inflater.out.splice(0)) {
      this.plainBytes += chunk.length
      yield chunk
    }
    return false
  }

  /** The trailer's size (mod 2^32) must be what was inflated; false when the stream ends inside the trailer. */
  private async checkTrailer (member: number, size: number): Promise<boolean> {
    const trailer = await this.reader.take(TRAILER_BYTES)
    if (trailer.length < TRAILER_BYTES) return false
    const expected = trailer.readUInt32LE(4)
    if (expected !== size % 2 ** 32) {
      throw new GzipFormatError(
        `Corrupt gzip member at byte ${member}: it says ${expected} bytes, its data gave ${size}.`
      )
    }
    return true
  }
}

/**
 * An inflater whose output is collected in `out`, and a `write` that waits until a piece has been processed or
 * refused (`failure` then says why).
 */
class Inflater {
  readonly stream: InflateRaw = createInflateRaw({ chunkSize: OUTPUT_CHUNK_BYTES })
  readonly out: Buffer[] = []
  failure: Error | undefined
  private settle: (() => void) | undefined

  constructor () {
    this.stream.on('data', (chunk: Buffer) => this.out.push(chunk))
    this.stream.on('error', error => {
      this.failure = error
      this.settle?.()
    })
  }

  async write (input: Buffer): Promise<void> {
    await new Promise<void>(resolve => {
      this.settle = resolve
      this.stream.write(input, () => { resolve() })
    })
  }
}
