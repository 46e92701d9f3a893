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

/**
 * A deterministic pseudo-random sequence in [0, 1), so every run generates the same pages: a 32-bit linear
 * congruential generator in integer arithmetic (`Math.imul`). Its first form multiplied in floating point, where
 * `s * 1103515245` passes 2^53 and loses its low bits: the sequence fell into a cycle of about 10,000 draws, and the
 * 2 MB page held 269 distinct paragraphs of 3,679 (the pipeline dropped the rest as a second copy of the content).
 */
function prng (seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0
    return s / 4294967296
  }
}

const WORDS = ('council budget approved transport spending road maintenance mayor vote debate afternoon city plan ' +
  'percent year difficult agreement public service residents district project funding report committee members ' +
  'proposal schools hospital housing water energy program officials analysis growth economy region local').split(' ')

/**
 * An article page of about `bytes` bytes: head, navigation, headline, paragraphs of prose, a footer. The generated
 * pages of `npm run bench -- compare` (20 KB, 200 KB, 2 MB), and the prose page of the tests that measure memory.
 */
export function articlePage (bytes: number): Buffer {
  const next = prng(bytes)
  const sentence = (): string => {
    const n = 8 + Math.floor(next() * 14)
    const w = Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)])
    w[0] = w[0][0].toUpperCase() + w[0].slice(1)
    return w.join(' ').replace(/ (\w+) /, ' $1, ') + '.'
  }
  const head = '<!doctype html><html><head><meta charset="utf-8"><title>Council approves budget - City News</title>' +
    '<meta property="og:title" content="Council approves budget"></head><body><nav><ul>' +
    Array.from({ length: 12 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('') + '</ul></nav>' +
    '<main><article><h1>Council approves budget</h1><p class="byline">By Jane Doe, March 5, 2024</p><div class="story">'
  const tail = '</div></article></main><footer><p>Copyright City News</p></footer></body></html>'
  const parts: string[] = [head]
  let size = head.length + tail.length
  for (let i = 0; size < bytes; i++) {
    const p = i % 9 === 8
      ? `<h2>${sentence().slice(0, -1)}</h2>`
      : `<p>${Array.from({ length: 3 + Math.floor(next() * 4) }, sentence).join(' ')}</p>`
    parts.push(p)
    size += p.length
  }
  parts.push(tail)
  return Buffer.from(parts.join(''))
}
