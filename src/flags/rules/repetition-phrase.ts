import type { Rule } from '../rule.js'
import { hasSpaceGap, isSpaceGapAt, tokens, type Token } from '../text.js'

/**
 * A phrase of two to six words repeated at once, or joined by `and`/`or`/a comma: `worked together and worked
 * together`, `more fair and more fair`, `in the in the`. One-word doubles joined by `and` (`more and more`,
 * `again and again`) are English and are not matched. Linear: at most 6 phrase lengths per word.
 * Seen on human web pages (WCXB dev) and not flagged: a one-word chain (`and more and more`, `war after war after`,
 * `region to region to`), `I know, I know`, a comma repeat that goes on (`a skill, a skill that can be learned`,
 * `the world, the world’s best`: the second copy starts a new phrase; only `X, X` closed by punctuation or the end
 * is flagged; `if the universe is empty, if the universe is empty, it would…`: a clause repeated with a comma after
 * the second copy is rhetoric), `the tape and the tape can be retracted` (joined copies that open with a determiner are
 * two noun phrases), repeats in a block with no sentence end or with tabs (table rows: `Free plan Free plan`),
 * and copies whose first letters differ in case (`transaction fees Transaction fees`).
 */
const MAX = 6
/** `and`, `or`: compared, not looked up in a set (which would hash the word first). */
const isJoiner = (lower: string): boolean => lower === 'and' || lower === 'or'

/** Two tokens' lower cases are one word: their keys compared first (inline), their strings only when those agree. */
const sameWord = (a: Token, b: Token): boolean => a.key === b.key && a.lower === b.lower

function same (words: Token[], a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (!sameWord(words[a + k], words[b + k])) return false
  return true
}

/** Tokens a..b (inclusive) are separated by spaces only. */
function spaced (text: string, words: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!isSpaceGapAt(text, words[k].end, words[k + 1].start)) return false
  return true
}

/** Table rows (`Yes Yes Yes Yes`, `265 lbs 265 lbs`) and idioms (`and so on and so on`) are not MT repetition. */
function plausible (phrase: Token[]): boolean {
  if (phrase.every(w => /^\p{Lu}/u.test(w.text)) || phrase.some(w => /\d/.test(w.text))) return false
  return !IDIOMS.has(phrase.map(w => w.lower).join(' '))
}
const IDIOMS = new Set([
  'and so on', 'so on', 'and so forth', 'so forth', 'on and on', 'over and over', 'round and round', 'i know'
])
/** Words that chain one word to itself in English (`more and more`, `war after war after war`, `region to region`). */
const CHAIN = new Set(['and', 'or', 'after', 'to', 'by', 'upon', 'for'])
/** `the tape and the tape can be retracted`, `your boss and your boss' boss`: two noun phrases, not a stutter. */
const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'my', 'your', 'his', 'her', 'its', 'our', 'their'
])
/** A sentence end in the text: a block without one is a table row or a list of cells, where cells repeat. */
const SENTENCE_END = /[.!?]["”’)\]]*(?:\s|$)/u

/**
 * `coordination and coordination`, `management or management`: an abstract noun (by its suffix) joined to itself.
 * English doubles a word with `and` for degree or duration (`more and more`, `on and on`, `years and years`), but
 * never a noun of this kind: MT writes it where the source had two near-synonyms (协调和协同).
 */
const ABSTRACT = /(?:tion|sion|ment|ness|ity|ance|ence|ship|ism)$/u
/** A repeat found at a word: where it ends, the word to go on from, and the phrase's length in words. */
interface Repeat { end: number, next: number, n: number }

function abstractDouble (text: string, words: Token[], i: number): Repeat | undefined {
  const w = words[i]
  const joiner = words[i + 1]
  const again = words[i + 2]
  if (again === undefined || !isJoiner(joiner.lower) || again.lower !== w.lower) return undefined
  if (!ABSTRACT.test(w.lower)) return undefined
  if (!/^\p{Ll}/u.test(w.text) || !spaced(text, words, i, i + 2)) return undefined
  return { end: again.end, next: i + 3, n: 1 }
}

/** Direct repeat of `n` words: P P (not a chaining word such as `more and more`, not a number). */
function directRepeat (text: string, words: Token[], i: number, n: number): Repeat | undefined {
  // the copies' words compared first: the chain test hashes words, a new string on every page
  if (!same(words, i, i + n, n)) return undefined
  const chain = n === 2 && (CHAIN.has(words[i].lower) || CHAIN.has(words[i + 1].lower))
  if (chain || !spaced(text, words, i, i + 2 * n - 1) || /\d/.test(words[i].text)) return undefined
  return { end: words[i + 2 * n - 1].end, next: i + 2 * n, n }
}

/** Joined repeat of `n` words: P and P, P or P (not two noun phrases opened by a determiner). */
function joinedRepeat (text: string, words: Token[], i: number, n: number): Repeat | undefined {
  const j = i + n
  // the cheap tests first (a set's look-up hashes the word, a new string on every page)
  if (j + 1 + n > words.length || !isJoiner(words[j].lower) || words[j + 1].lower !== words[i].lower) return undefined
  if (DETERMINERS.has(words[i].lower)) return undefined
  if (!same(words, i, j + 1, n) || !spaced(text, words, i, j + n)) return undefined
  return { end: words[j + n].end, next: j + 1 + n, n }
}

/** Comma repeat of `n` words closed by punctuation or the end: `I know, I know.` (not a run of capitalized cells). */
function commaRepeat (text: string, words: Token[], i: number, n: number): Repeat | undefined {
  const last = words[i + 2 * n - 1]
  if (!same(words, i, i + n, n) || !spaced(text, words, i, i + n - 1) || !spaced(text, words, i + n, i + 2 * n - 1)) {
    return undefined
  }
  if (!/^,[ \t]+$/.test(text.slice(words[i + n - 1].end, words[i + n].start))) return undefined
  if (words.slice(i, i + n).every(w => /^\p{Lu}/u.test(w.text))) return undefined
  if (!/^(?:\s*[.;:!?]|\s*$)/.test(text.slice(last.end, last.end + 2))) return undefined
  return { end: last.end, next: i + 2 * n, n }
}

/**
 * Every repeat at word `i` starts its second copy with word `i` again, 2 to `MAX` + 1 words on (a direct or comma
 * repeat of n words at i + n, a joined one at i + n + 1, an abstract noun doubled at i + 2): a word none of those
 * repeats starts no repeat, and the phrase patterns are not tried there (an exact prefilter).
 */
function mayRepeatAt (words: Token[], i: number): boolean {
  const word = words[i]
  const last = Math.min(words.length - 1, i + MAX + 1)
  for (let j = i + 2; j <= last; j++) if (sameWord(words[j], word)) return true
  return false
}

/** The longest repeat starting at word `i`, of `MAX` words down to 2, then a single abstract noun doubled. */
function findRepeat (text: string, words: Token[], i: number, prose: boolean): Repeat | undefined {
  const lower = words[i].lower
  for (let n = MAX; n >= 2; n--) {
    if (i + 2 * n > words.length) continue
    // a direct or comma repeat of n words starts its second copy with word i at i + n, a joined one at i + n + 1:
    // where neither word is word i again, none of the three can match (an exact gate, as `mayRepeatAt` is)
    if (words[i + n].lower !== lower && words[i + n + 1]?.lower !== lower) continue
    const found = (prose ? directRepeat(text, words, i, n) ?? joinedRepeat(text, words, i, n) : undefined) ??
      commaRepeat(text, words, i, n)
    if (found !== undefined) return found
  }
  // One word joined to itself: English chains a few (`more and more`, `again and again`), never an abstract noun.
  return prose ? abstractDouble(text, words, i) : undefined
}

const rule: Rule = {
  id: 'repetition-phrase',
  category: 'repetition',
  severity: 'warning',
  description: 'A repeated phrase (`worked together and worked together`, `more fair and more fair`).',
  lang: 'en',
  example: {
    text: 'Various departments have worked together and worked together to promote the development of e-government.'
  },
  check (segment) {
    const text = segment.text
    // every repeat has words set apart by spaces (`spaced`): a text without a space has none
    if (!hasSpaceGap(text)) return []
    const words = tokens(text)
    const prose = SENTENCE_END.test(text) && !text.includes('\t')
    const out = []
    let i = 0
    while (i < words.length) {
      const found = mayRepeatAt(words, i) ? findRepeat(text, words, i, prose) : undefined
      // Copies that differ in the case of their first letter are cells (`transaction fees Transaction fees`).
      const secondCopy = found === undefined ? 0 : found.end - (words[i + found.n - 1].end - words[i].start)
      const caseDiffers = found !== undefined && !text.startsWith(words[i].text[0], secondCopy)
      if (found === undefined || caseDiffers || !plausible(words.slice(i, i + found.n))) { i++; continue }
      const phrase = text.slice(words[i].start, words[i + found.n - 1].end)
      out.push({ start: words[i].start, end: found.end, message: `Repeated phrase “${phrase}”.`, suggestion: phrase })
      i = found.next
    }
    return out
  }
}
export default rule
