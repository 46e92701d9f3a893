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

/**
 * Where to cut `bytes` near `at` so that no character is split: `at` itself, or up to three bytes before it when
 * `at` falls inside a character (valid UTF-8 has at most three continuation bytes in a row).
 */
export function characterBoundary (bytes: Uint8Array, at: number, from: number): number {
  let cut = at
  while (cut > from + 1 && cut < bytes.length && isContinuation(bytes[cut])) cut--
  return cut
}
