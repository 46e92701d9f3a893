/** Generated inputs for tests that compare a fast path with what it replaces: the same on every run. */
/**
 * `count` texts of one to `maxPieces` pieces each, drawn from `pieces` by a linear congruential generator started
 * at `seed`: the same texts on every run, for tests that compare a fast path with what it replaces.
 */
export function * piecesTexts (
  pieces: readonly string[], seed: number, count: number, maxPieces: number
): Generator<string> {
  let state = seed
  const next = (n: number): number => { state = (state * 1103515245 + 12345) % 2147483648; return state % n }
  for (let k = 0; k < count; k++) {
    let text = ''
    for (let n = next(maxPieces); n >= 0; n--) text += pieces[next(pieces.length)]
    yield text
  }
}
