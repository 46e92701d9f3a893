/**
 * The payload of an HTTP response as it was sent, turned back into the document: `Transfer-Encoding: chunked`
 * undone, then `Content-Encoding` (gzip, deflate, br) decompressed. ARC files keep responses byte for byte, so a
 * chunked or compressed page would otherwise reach the pipeline as chunk sizes and binary noise. (WARC records are
 * decoded by warcio itself.) Crawlers do not always keep headers and body consistent: some store the body already
 * de-chunked or decompressed under the original headers, so a body that does not parse as declared is kept as it is.
 */
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib'

/** Largest document a compressed body may expand to: 16x the service's 4 MiB page limit stops a zip bomb. */
export const MAX_DECODED_BYTES = 64 * 1024 * 1024
/** A chunk-size line longer than this is not one (16 hex digits plus extensions). */
const MAX_CHUNK_LINE = 1024

export interface DecodedBody {
  payload: Buffer
  /** What was undone, in order (`chunked`, `gzip`, …); empty when the payload was kept as it was. */
  decoded: string[]
}

/** One pattern per header name asked for (a handful), compiled once. */
const HEADER_PATTERNS = new Map<string, RegExp>()

/** The value of one header in an HTTP head (latin1 text), or undefined. */
export function headerValue (head: string, name: string): string | undefined {
  let pattern = HEADER_PATTERNS.get(name)
  if (pattern === undefined) {
    pattern = new RegExp(`^${name}:[ \\t]*(.*?)[ \\t]*\\r?$`, 'im')
    HEADER_PATTERNS.set(name, pattern)
  }
  return pattern.exec(head)?.[1]
}

/** The chunks of a chunked body joined; null when the body is not in chunked form. */
export function dechunk (body: Buffer): Buffer | null {
  const parts: Buffer[] = []
  let at = 0
  for (;;) {
    const eol = body.indexOf('\n', at)
    if (eol < 0 || eol - at > MAX_CHUNK_LINE) return null
    const sizeText = body.subarray(at, eol).toString('latin1').split(';')[0].trim()
    if (!/^[0-9a-f]+$/i.test(sizeText)) return null
    const size = parseInt(sizeText, 16)
    at = eol + 1
    if (size === 0) return Buffer.concat(parts)
    // a last chunk cut short by the crawler is kept: the page is worth more than the missing tail
    if (at + size > body.length) return Buffer.concat([...parts, body.subarray(at)])
    parts.push(body.subarray(at, at + size))
    at += size
    if (body[at] === 0x0d) at++
    if (body[at] === 0x0a) at++
    if (at >= body.length) return Buffer.concat(parts)
  }
}

function inflate (body: Buffer, encoding: string): Buffer | null {
  const options = { maxOutputLength: MAX_DECODED_BYTES }
  try {
    switch (encoding) {
      case 'gzip': case 'x-gzip': return gunzipSync(body, options)
      case 'br': return brotliDecompressSync(body, options)
      case 'deflate':
        // RFC 9110 deflate is zlib-wrapped; some servers send raw deflate
        try { return inflateSync(body, options) } catch { return inflateRawSync(body, options) }
      default: return null
    }
  } catch {
    return null
  }
}

/** The document of an HTTP response, given its head (the status line and headers) and its body as stored. */
export function decodeHttpBody (head: string, body: Buffer): DecodedBody {
  const decoded: string[] = []
  let payload = body
  if (/\bchunked\b/i.test(headerValue(head, 'transfer-encoding') ?? '')) {
    const joined = dechunk(payload)
    if (joined !== null) {
      payload = joined
      decoded.push('chunked')
    }
  }
  const encodings = (headerValue(head, 'content-encoding') ?? '').toLowerCase().split(',')
    .map(e => e.trim()).filter(e => e !== '' && e !== 'identity')
  // encodings apply in the order listed, so they are undone from the last
  for (const encoding of encodings.reverse()) {
    const inflated = inflate(payload, encoding)
    if (inflated === null) break
    payload = inflated
    decoded.push(encoding)
  }
  return { payload, decoded }
}
