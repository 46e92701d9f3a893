/**
 * Strict UTF-8: one decoding that both checks the bytes and reads them, for the decode stage and the mojibake
 * repair (which asks whether recovered bytes are UTF-8).
 */

// ignoreBOM keeps a leading U+FEFF in the text, as Buffer's own decoding does
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** The bytes' text when they are valid UTF-8, else undefined. */
export function strictUtf8Text (bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    return undefined
  }
}

/** Whether the bytes are valid UTF-8, every sequence whole. */
export function isValidUtf8 (bytes: Uint8Array): boolean {
  return strictUtf8Text(bytes) !== undefined
}
