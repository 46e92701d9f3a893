/**
 * Generated inputs, the same on every run: for tests that compare a fast path with what it replaces, and the hostile
 * shapes that the linear-time test and `npm run bench hostile` share.
 */
import { randomInts } from './random.js'

/**
 * `count` texts of one to `maxPieces` pieces each, drawn from `pieces` by the tests' generator (random.ts) started
 * at `seed`: the same texts on every run, for tests that compare a fast path with what it replaces.
 */
export function * piecesTexts (
  pieces: readonly string[], seed: number, count: number, maxPieces: number
): Generator<string> {
  const next = randomInts(seed)
  for (let k = 0; k < count; k++) {
    let text = ''
    for (let n = next(maxPieces); n >= 0; n--) text += pieces[next(pieces.length)]
    yield text
  }
}

/** `n` short distinct words: the numbers 0 to n - 1 in base 36 (`0` … `1a2b`). */
export function numbered (n: number): string[] {
  return Array.from({ length: n }, (_, i) => i.toString(36))
}

/** `n` bytes from the tests' generator, one character a byte: the same "random" page every run. */
export function randomBytes (n: number): string {
  const next = randomInts(12345)
  const out: string[] = []
  for (let i = 0; i < n; i++) out.push(String.fromCharCode(next(256)))
  return out.join('')
}
