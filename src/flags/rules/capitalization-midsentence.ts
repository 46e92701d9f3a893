import type { Finding, Rule, Segment } from '../rule.js'
import { loadData } from '../../data.js'
import {
  hasSpaceGap, isLowerToken, isSpaceGapAt, isTitleCaseToken, letterTokens, startsUpper, tokens, type Token
} from '../text.js'

/**
 * `construction Goals and tasks`, `development Achieve new breakthroughs`, `so Enterprises and the masses`: MT glued
 * two sentences and kept the capital of the second one. Built for precision; a word is flagged only when
 * - it is Title-case (`Goals`, not `AI`) and a common lower-case English word (data/flags-common-words.json, which
 *   leaves out words that are usually parts of names);
 * - the word before it is lower case, separated by spaces only (so never after `:`, `.`, a quote or a bracket),
 *   and is not a determiner (`the Party`, `the Guidelines`);
 * - walking back over name links (`of`, `and`, `for`, `the`…) does not reach a capitalized word
 *   (`Ministry of Education`, `Department of Planning and Development`);
 * - it is not followed, past name links, by another capitalized word (multi-word names: `Digital China`,
 *   `Guidelines for the Construction of ...`);
 * - it is followed by a lower-case word (after spaces, or a comma), as the rest of a glued sentence is, and does not
 *   follow a possessive (`Perez’s Moving`);
 * - the text is not a Title Case heading (more than half its words capitalized), and has at least one sentence end
 *   inside or at its end (`.`, `!`, `?`): a block without one is a table row or a list of cells joined by spaces
 *   (`manageable units Not ideal for projects`, `Set a clear goal Decide what you want`), where every cell starts
 *   with a capital;
 * - it does not follow `and`/`or` after a capitalized word (`Light, Composition, Subject, or Conditions`,
 *   `Enterprise or Hertz`), nor precede `or` + a capitalized word (`Stories or Highlights`);
 * - the same capitalized content word does not come after a lower-case word a second time in the document
 *   (`awarded Enterprise`, `locations of Enterprise`; `share clips to Stories`, `watching Stories`): a product, a
 *   plan or a brand named with a common word recurs, a slip of MT does not. Function words (`The`, `If`) are
 *   exempt: MT glues sentences that start with them again and again;
 * - it is not the object of a preposition that names things (`stickers in Stories`) nor a title after `called`.
 */
interface WordFile { groups: Array<{ name: string, source: string, words: string[] }> }
let common: Set<string> | undefined
function commonWords (): Set<string> {
  common ??= new Set(loadData<WordFile>('flags-common-words.json').groups.flatMap(g => g.words))
  return common
}

/**
 * The word, or its lemma after stripping a regular inflection, is a common lower-case word. The lemmas are tried in
 * turn and the first found answers: no list of them made first, none made past the one that is found.
 */
export function isCommonWord (lower: string): boolean {
  const set = commonWords()
  if (set.has(lower)) return true
  const known = (w: string): boolean => w.length > 2 && set.has(w)
  if (lower.endsWith('ies') && known(lower.slice(0, -3) + 'y')) return true
  if (lower.endsWith('es') && known(lower.slice(0, -2))) return true
  if (lower.endsWith('s') && known(lower.slice(0, -1))) return true
  if (lower.endsWith('ing') && (known(lower.slice(0, -3)) || known(lower.slice(0, -3) + 'e'))) return true
  return lower.endsWith('ed') && (known(lower.slice(0, -2)) || known(lower.slice(0, -1)))
}

const NAME_LINKS = new Set([
  'of', 'and', 'for', 'the', 'on', 'in', 'to', 'at', 'de', 'du', 'von', 'van', 'der', 'la', 'le', 'del', 'da', 'y',
  'with', 'under'
])
const COORDINATORS = new Set(['and', 'or', '&'])
/**
 * A sentence end somewhere in the text: `.`, `!` or `?` (closing quotes or brackets allowed) before a space or the end.
 */
const SENTENCE_END = /[.!?]["”’)\]]*(?:\s|$)/u

let functionWords: Set<string> | undefined
function isFunctionWord (lower: string): boolean {
  functionWords ??= new Set(loadData<WordFile>('flags-common-words.json').groups
    .filter(g => g.name === 'function words').flatMap(g => g.words))
  return functionWords.has(lower)
}

/** Capitalized words between two lower-case words (`awarded Enterprise an`), counted over the whole document. */
const midCapsCache = new WeakMap<Segment[], Map<string, number>>()
function midSentenceCapitals (segments: Segment[]): Map<string, number> {
  let counts = midCapsCache.get(segments)
  if (counts !== undefined) return counts
  counts = new Map()
  for (const segment of segments) {
    if (segment.lang !== 'en') continue
    const words = tokens(segment.text)
    for (let i = 1; i < words.length; i++) {
      const w = words[i]
      if (!isTitleCaseToken(w) || !isLowerToken(words[i - 1])) continue
      if (!isSpaceGapAt(segment.text, words[i - 1].end, w.start)) continue
      // Used as a word in running text (`awarded Enterprise an impressive score`), not as the head of a longer
      // name (`Construction of Digital Government`).
      if (!/^,?[ \t]+\p{Ll}/u.test(segment.text.slice(w.end, w.end + 8))) continue
      counts.set(w.text, (counts.get(w.text) ?? 0) + 1)
    }
  }
  midCapsCache.set(segments, counts)
  return counts
}
const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'whose'
])

const capitalized = (t: Token): boolean => startsUpper(t)

/**
 * How many of the words are capitalized: an indexed loop (V8's `filter` cost about four times the loop on the shared
 * token arrays when they were frozen, 1.5% of a seed page; its array iterator, `for...of`, about twice).
 */
function capitalizedCount (words: readonly Token[]): number {
  let n = 0
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- an indexed loop: see above
  for (let i = 0; i < words.length; i++) if (capitalized(words[i])) n++
  return n
}

/**
 * Words after which a capitalized word is the object named (human web text, WCXB dev: `stickers in Stories`,
 * `filters under Effects`, `started with Play`, `a fertilizer like Grow`, `click on Add product`), not the start of
 * a glued sentence; after `called`, `titled` and `named` even a function word opens a title (`titled The clown`).
 * MT on the development talks glues sentences after nouns, adverbs and verbs, never after these.
 */
const NAMING_PREPOSITIONS = new Set(['in', 'on', 'under', 'with', 'like', 'via', 'into', 'onto', 'from'])
const TITLE_VERBS = new Set(['called', 'titled', 'entitled', 'named', 'dubbed'])

/** The word at `i` is named by the word before it: the object of a preposition, or a title after `called`. */
function namedObject (words: Token[], i: number): boolean {
  const prev = words[i - 1].lower
  return TITLE_VERBS.has(prev) || (NAMING_PREPOSITIONS.has(prev) && !isFunctionWord(words[i].lower))
}

/** Name links walked over at most on each side: a name rarely has more in a row (`Office of the …`). */
const MAX_NAME_LINKS = 4
/** What follows the word is read this far: a comma, spaces and the first letter of the next word. */
const FOLLOW_WINDOW = 8
/** A capitalized common word seen this often mid-sentence in the document is used as a name there. */
const NAME_RECURRENCE = 2

/** One segment's words, for the checks on each candidate. */
interface Words {
  text: string
  words: Token[]
  spacedBefore: (i: number) => boolean
}

/** Inside a name, over name links back or forward: `Ministry of Education`, `Guidelines for the Construction`. */
function insideName ({ words, spacedBefore }: Words, i: number): boolean {
  let b = i - 1
  let steps = 0
  while (b > 0 && NAME_LINKS.has(words[b].lower) && spacedBefore(b) && steps < MAX_NAME_LINKS) { b--; steps++ }
  if (capitalized(words[b]) && b !== i - 1) return true
  let f = i + 1
  steps = 0
  while (f < words.length && NAME_LINKS.has(words[f].lower) && spacedBefore(f) && steps < MAX_NAME_LINKS) {
    f++
    steps++
  }
  return f < words.length && spacedBefore(f) && capitalized(words[f])
}

/** A list of names: `Subject, or Conditions`, `Enterprise or Hertz`, `Stories or Highlights`. */
function inNameList ({ text, words }: Words, i: number): boolean {
  const prev = words[i - 1]
  if (COORDINATORS.has(prev.lower) && i >= 2 && capitalized(words[i - 2]) &&
    /^[,\s]*$/.test(text.slice(words[i - 2].end, prev.start))) return true
  const next = words[i + 1]
  return next?.lower === 'or' && words[i + 2] !== undefined && capitalized(words[i + 2])
}

/** The word at `i` is a common word capitalized after a lower-case word, and the sentence goes on in lower case. */
function gluedCandidate ({ text, words, spacedBefore }: Words, i: number): boolean {
  const w = words[i]
  if (!isTitleCaseToken(w)) return false
  const prev = words[i - 1]
  if (!isLowerToken(prev) || DETERMINERS.has(prev.lower) || !spacedBefore(i)) return false
  // the lexicon look-up (and its inflections) last: every test here is a pure condition, so the order only costs
  if (!isCommonWord(w.lower)) return false
  // `Perez’s Moving`, `Hootsuite’s Digital 2021`: after a possessive comes a name.
  if (/['’]/.test(text[prev.start - 1] ?? '')) return false
  // The glued sentence goes on in lower case (`Goals and tasks`, `Function, continuously`); a word followed by
  // `:`, `-`, a number or the end of the sentence is a label or a name (`Key:`, `Old-meets-New`, `to Drive.`).
  return /^,?[ \t]+\p{Ll}/u.test(text.slice(w.end, w.end + FOLLOW_WINDOW))
}

const rule: Rule = {
  id: 'capitalization-midsentence',
  category: 'capitalization',
  severity: 'warning',
  description: 'A common word capitalized mid-sentence where MT glued two sentences (`construction Goals`).',
  lang: 'en',
  example: { text: 'The country is uniformly deploying digital government construction Goals and tasks.' },
  check (segment, context) {
    const text = segment.text
    // a candidate follows a lower-case word across spaces (`gluedCandidate`)
    if (!hasSpaceGap(text)) return []
    const words = letterTokens(text)
    if (words.length === 0) return []
    if (capitalizedCount(words) * 2 > words.length) return []
    if (!SENTENCE_END.test(text)) return []
    // the document's counts only once a candidate passed every check of its own segment (few do): counting reads the
    // tokens of every segment, which a page of more text than the token cache holds makes twice (flags/text.ts)
    const recurring = (): Map<string, number> | undefined =>
      context.segments !== undefined ? midSentenceCapitals(context.segments) : undefined
    const spacedBefore = (i: number): boolean => i > 0 && isSpaceGapAt(text, words[i - 1].end, words[i].start)
    const seg: Words = { text, words, spacedBefore }
    const out: Finding[] = []
    for (let i = 1; i < words.length; i++) {
      const w = words[i]
      if (!gluedCandidate(seg, i) || insideName(seg, i) || inNameList(seg, i) || namedObject(words, i)) continue
      // A common word used as a name recurs in the document; a glued sentence does not.
      const usedAsName = (recurring()?.get(w.text) ?? 0) >= NAME_RECURRENCE
      if (usedAsName && !isFunctionWord(w.lower)) continue
      const lower = w.text[0].toLowerCase() + w.text.slice(1)
      const message = `“${w.text}” is capitalized mid-sentence: two sentences glued together, or a stray capital.`
      out.push({ start: w.start, end: w.end, message, suggestion: lower })
    }
    return out
  }
}
export default rule
