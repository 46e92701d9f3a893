/**
 * Strict UTF-8, for the decode stage and the mojibake repair (which asks whether recovered bytes are UTF-8), and the
 * cutting of valid UTF-8 into pieces that each decode on their own.
 */
import { isUtf8 } from 'node:buffer'

/** Whether the bytes are valid UTF-8, every sequence whole (Node's vectorized check: no text is made). */
export function isValidUtf8 (bytes: Uint8Array): boolean {
  return isUtf8(bytes)
}

/** A UTF-8 continuation byte (`10xxxxxx`): never the first byte of a character. */
const isContinuation = (byte: number): boolean => (byte & 0xc0) === 0x80

/** The most continuation bytes a UTF-8 sequence has. */
const MAX_CONTINUATION = 3

/**
 * Where to cut `bytes` near `at` so that the two sides read as UTF-8 one after the other give what the whole reads
 * (`toString('utf8')`): up to three bytes before `at`, at the byte that starts the character `at` falls inside; or
 * `at` itself, when it does not fall inside one. In bytes that are not valid UTF-8 (a page cut short, a broken
 * character) the same holds: a cut before a byte that is no continuation byte ends a broken sequence where the
 * decoder would have ended it anyway, and after three continuation bytes in a row the decoder is inside no sequence
 * (for a piece of more than four bytes: `from` is where the piece starts).
 */
export function characterBoundary (bytes: Uint8Array, at: number, from: number): number {
  if (at >= bytes.length) return at
  let cut = at
  while (cut > from + 1 && at - cut < MAX_CONTINUATION && isContinuation(bytes[cut])) cut--
  // four continuation bytes in a row end at `at`: no sequence is open there
  return isContinuation(bytes[cut]) && at - cut === MAX_CONTINUATION ? at : cut
}

/** What a reading of bytes as UTF-8 gives, counted (`utf8Tally`). */
export interface Utf8Tally {
  /** Characters above ASCII, each U+FFFD for a broken sequence included. */
  nonAscii: number
  /** U+FFFD in the text: written for a broken sequence, or there already (a valid EF BF BD). */
  replacements: number
}

/**
 * For each byte that starts a UTF-8 sequence: the continuation bytes it needs (bits 16 and up) and the bounds of the
 * first of them (bits 8-15 and 0-7), which exclude overlong forms, surrogates and code points past U+10FFFF (WHATWG
 * Encoding, "UTF-8 decoder"); 0 for a byte that starts none.
 */
const LEADS = ((): Int32Array => {
  const leads = new Int32Array(256)
  const lead = (needed: number, lower: number, upper: number): number => (needed << 16) | (lower << 8) | upper
  for (let b = 0xc2; b <= 0xdf; b++) leads[b] = lead(1, 0x80, 0xbf)
  for (let b = 0xe0; b <= 0xef; b++) leads[b] = lead(2, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf)
  for (let b = 0xf0; b <= 0xf4; b++) leads[b] = lead(3, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf)
  return leads
})()

/**
 * What `bytes.toString('utf8')` would hold, counted from the bytes without making it: the decoder of the WHATWG
 * Encoding standard (V8's, which Node uses) writes one U+FFFD for each maximal subpart of a broken sequence and
 * reads the byte that broke it again; a U+FFFD already in the text counts too. A page in a legacy charset is read as
 * UTF-8 once, to learn that it is not UTF-8: making its text for that cost as much as the rest of its decoding.
 */
export function utf8Tally (bytes: Uint8Array): Utf8Tally {
  let nonAscii = 0
  let replacements = 0
  // the sequence being read: continuation bytes still needed, and the bounds of the next one
  let needed = 0
  let lower = 0
  let upper = 0
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]
    if (needed === 0) {
      if (b < 0x80) continue
      const lead = LEADS[b]
      if (lead === 0) {
        nonAscii++
        replacements++
        continue
      }
      needed = lead >> 16
      lower = (lead >> 8) & 0xff
      upper = lead & 0xff
    } else if (b < lower || b > upper) {
      // the sequence so far is one U+FFFD, and the byte is read again as the start of a character
      needed = 0
      nonAscii++
      replacements++
      i--
    } else if (--needed === 0) {
      nonAscii++
      if (b === 0xbd && bytes[i - 1] === 0xbf && bytes[i - 2] === 0xef) replacements++
    } else {
      lower = 0x80
      upper = 0xbf
    }
  }
  if (needed !== 0) {
    nonAscii++
    replacements++
  }
  return { nonAscii, replacements }
}
