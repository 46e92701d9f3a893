/**
 * The tests' seeded generator (mulberry32): the same numbers from the same seed on every run, so a failure repeats.
 *
 * One generator for every test that draws inputs. The copies it replaced stepped a linear congruential generator on
 * doubles (`(s * 1103515245 + 12345) % 2147483648`): the product passes 2^53, its low bits are lost, and `s % n`
 * then reads those bits, so `next(2)` gave 0 on every call and `next(10)` almost only even numbers. This one answers
 * from its high bits.
 */

/** Numbers in [0, 1), drawn from `seed`. */
export function random (seed: number): () => number {
  let state = seed | 0
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let x = Math.imul(state ^ (state >>> 15), 1 | state)
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296
  }
}

/** `next(n)`: an integer in [0, n), drawn from `seed`. */
export function randomInts (seed: number): (n: number) => number {
  const next = random(seed)
  return n => Math.floor(next() * n)
}
