import { ENGLISH_MONTH } from '../../text/index.js'
import type { Finding, Rule } from '../rule.js'
import {
  CONJUNCTIONS, isEchoFragment, isLowerWord, letterTokens, mayHoldSentences, sentences, tokenCountIn, tokens, tokensIn,
  type Sentence, type Token
} from '../text.js'

/**
 * Sentences that are only a tail of the one before (`... security and stability such as government data. run.`,
 * `... vertical and horizontal collaboration, and sharing. Merge guarantee.`). Built for precision, a sentence in
 * the middle or at the end of a paragraph (never the first one) is a fragment when
 * - it starts with a lower-case word, has at most three words, only letters, and it and the sentence before end
 *   with a period (`run.`), or
 * - it starts with `And`/`Or`/`But`/`Nor`, ends with a period, has at most three words and no verb-like word
 *   (`But slowly.`; not `And you should.`, `And so on.`), or
 * - it has exactly two words, only letters, follows a sentence of four words or more, is not followed by a number
 *   (citations: `Heliyon. 2020;6(4)`), no word is a pronoun, an auxiliary or a past-tense verb, and the last one
 *   does not end in -s (`Fujian Experience.`, `Merge guarantee.`; `He left.`, `Prices rose.` and `Nobody knows.`
 *   are English).
 * - never when the sentence before ended inside a quote or a bracket, or with an ellipsis, nor when a word is an
 *   adverb in -ly or all capitals (`Design accordingly.`, `BOOK DIRECT.`; a tail opened by a conjunction is still one),
 *   nor for reference-list titles followed by a year, a date or a URL; a question or an exclamation (`And the movers?`,
 *   `But hey!`) is not a tail.
 * Echo fragments (`And speech.`) are left to `repetition-echo`; sentences inside quotation marks are skipped.
 */
const VERBISH = new Set([
  'i', 'he', 'she', 'it', 'we', 'they', 'you', 'this', 'that', 'there', 'is', 'was', 'are', 'were', 'be', 'has', 'have',
  'had', 'do', 'does', 'did', 'will', 'can', 'could', 'would', 'should', 'may', 'might', 'must', 'not', 'no', 'yes',
  'thanks', 'amen', 'okay', 'ok', 'indeed', 'exactly', 'sure', 'why', 'how', 'what', 'who', 'where', 'when',
  // Irregular past tenses and common verbs that make a two-word sentence complete (`Prices rose.`, `Thank you.`).
  'rose', 'fell', 'grew', 'won', 'lost', 'came', 'went', 'said', 'saw', 'began', 'left', 'ran', 'sat', 'stood', 'spoke',
  'wrote', 'took', 'gave', 'made', 'got', 'held', 'kept', 'knew', 'thought', 'felt', 'found', 'told', 'paid', 'met',
  'led', 'set', 'cut', 'put', 'hit', 'let', 'shut', 'quit', 'sank', 'rang', 'drew', 'broke', 'chose', 'thank',
  'please', 'welcome', 'agree', 'disagree',
  // Object pronouns, quantifiers and stock words of emphatic web English (`Trust me.`, `Too many.`, `Something big.`,
  // `Full stop.`, `Seems cheap.`) and imperatives of how-to pages (`Click Continue.`, `Learn more.`): WCXB dev pages.
  'me', 'us', 'him', 'her', 'them', 'too', 'many', 'much', 'more', 'very', 'so', 'something', 'nothing', 'everything',
  'anything', 'stop', 'seems', 'click', 'tap', 'press', 'select', 'learn', 'read', 'see', 'trust', 'try', 'wait'
])
/** Sentences that follow a conjunction and are English all the same (`And so on.`, `But wait.`). */
const STOCK_TAILS = /^(?:and|but|or) (?:so on|so forth|then some|wait|yet|still|then|now|again|more)\.$/i

/** A sentence inside quotation marks opens with one of these or ends with one of these (each one code unit). */
const OPENING_QUOTES = '"“‘\''
const CLOSING_QUOTES = '"”’\''

/** Longest tail: a fragment has at most three words. */
const MAX_FRAGMENT_WORDS = 3
/** A two-word verbless tail counts only after a sentence of four words or more: the sentence it was cut from. */
const MIN_PREVIOUS_WORDS = 4
/** The last characters of the sentence before that show it did not end: a closing mark after the period, `...`. */
const PREVIOUS_END_WINDOW = 3
/** What follows a reference-list title: a year or a number, a bracket, a URL, or a date (`August 18, 2020`). */
const CITATION_START = new RegExp(`^(?:[\\d([]|https?:|www\\.|${ENGLISH_MONTH} \\d)`, 'u')
/** How much of the next sentence `CITATION_START` reads: a month name, a period, a space and a digit fit in 12. */
const CITATION_WINDOW = 12

/** The sentence before did not really end: a period inside a quote or a bracket, or an ellipsis. */
function previousOpen (text: string, prev: Sentence): boolean {
  // `the "Three Sisters." system`, `(B.S.) degree`, `controlling... something.`
  const prevEnd = text.slice(Math.max(prev.start, prev.end - PREVIOUS_END_WINDOW), prev.end)
  return /[.!?]["”’)\]]$|\.\.\.|…/u.test(prevEnd)
}

/** Adverbs and all-capital words make emphatic fragments of web English (`Design accordingly.`, `BOOK DIRECT.`). */
function emphatic (words: Token[]): boolean {
  if (CONJUNCTIONS.has(words[0].lower)) return false
  return words.some(w => w.lower.endsWith('ly') || (w.text.length > 1 && w.text === w.text.toUpperCase()))
}

/** Why sentence `i` is a tail of the one before, or undefined when it is not one. */
function tailReason (
  text: string, list: Sentence[], i: number, words: Token[], all: readonly Token[]
): string | undefined {
  const s = list[i]
  const prev = list[i - 1]
  const body = text.slice(s.start, s.end)
  const verbless = !words.some(w => VERBISH.has(w.lower) || w.lower.endsWith('ed'))
  const plain = s.terminator === '.' && prev.terminator === '.' && /^[\p{L}\s]+\.$/u.test(body)
  if (isLowerWord(words[0].text) && /^\p{Ll}/u.test(body) && plain) return 'starts in lower case'
  if (CONJUNCTIONS.has(words[0].lower) && verbless && s.terminator === '.' && !STOCK_TAILS.test(body)) {
    return `starts with “${words[0].text}”`
  }
  if (words.length !== 2 || !plain || !verbless || words[1].lower.endsWith('s')) return undefined
  if (tokensIn(all, prev.start, prev.end).length < MIN_PREVIOUS_WORDS) return undefined
  // A reference list: the title is followed by a year, a date, a URL or a bracket (`Google Blog. https://…`,
  // `Psychological Medicine. August 18, 2020.`).
  const next = list[i + 1]
  const citation = next !== undefined && CITATION_START.test(text.slice(next.start, next.start + CITATION_WINDOW))
  return citation ? undefined : 'has no verb'
}

const rule: Rule = {
  id: 'fragment-sentence',
  category: 'fragment',
  severity: 'warning',
  description: 'A sentence that is only a tail of the previous one (`... computing power. run.`).',
  lang: 'en',
  example: { text: 'Zhejiang will promote high-quality supply, security and stability such as government data. run.' },
  check (segment) {
    const text = segment.text
    // a fragment is a second sentence or a later one
    if (!mayHoldSentences(text)) return []
    const list = sentences(text)
    // the text's letter tokens once: each sentence's words are read from them (`tokensIn`)
    const all = letterTokens(text)
    // and all its words (numbers too), for the echo test
    const every = tokens(text)
    const out: Finding[] = []
    for (let i = 1; i < list.length; i++) {
      const s = list[i]
      // a sentence is never empty: its first and last characters are read in place, and its words counted before
      // any are listed (most sentences are long; a slice and a list for each of them were most of the rule's work)
      if (OPENING_QUOTES.includes(text[s.start]) || CLOSING_QUOTES.includes(text[s.end - 1])) continue
      const count = tokenCountIn(all, s.start, s.end, MAX_FRAGMENT_WORDS)
      if (count === 0 || count > MAX_FRAGMENT_WORDS) continue
      const words = tokensIn(all, s.start, s.end)
      const body = text.slice(s.start, s.end)
      if (isEchoFragment(text, every, list[i - 1], s) || previousOpen(text, list[i - 1]) || emphatic(words)) continue
      const why = tailReason(text, list, i, words, all)
      if (why === undefined) continue
      const message = `Sentence fragment “${body}” (${why}): a tail cut from the previous sentence.`
      out.push({ start: s.start, end: s.end, message })
    }
    return out
  }
}
export default rule
