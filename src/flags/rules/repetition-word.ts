import type { Rule } from '../rule.js'
import { hasSpaceGap, isEnglishWord, isLowerToken, isSpaceGapAt, tokens } from '../text.js'

/**
 * `the the`: the same word twice in a row, separated only by spaces. Not flagged: grammatical doubles (`that that`,
 * `had had`, `is is` in `what it is is`), numbers, and capitalized pairs that are names (`Bora Bora`, `Lin Lin`);
 * `The the` (capital, then the same word in lower case) is flagged. Nor (WCXB dev pages): emphasis (`really
 * really`), a word three times in a row (`layers layers layers!`), an all-capital word then its lower case.
 * Nor a doubled word that is not an English word (`ylang ylang`, `peri peri`, `mahi mahi`): a reduplicated loanword
 * or name, written that way on purpose; MT slips double ordinary words.
 */
const GRAMMATICAL = new Set([
  'that', 'had', 'is', 'do', 'did', 'was', 'bye', 'ha', 'no', 'yes', 'very', 'knock', 'tut', 'so', 'win', 'etc', 'many',
  'bye-bye',
  // Emphasis and reduplicated names seen on human web pages (WCXB dev): `really really well`, `peri peri chicken`.
  'really', 'peri', 'very'
])

const rule: Rule = {
  id: 'repetition-word',
  category: 'repetition',
  severity: 'warning',
  description: 'The same word twice in a row (`the the`).',
  lang: 'en',
  example: { text: 'The forum discussed the the role of data sharing.' },
  check (segment) {
    // the two words are set apart by spaces only: no space, no doubled word
    if (!hasSpaceGap(segment.text)) return []
    const words = tokens(segment.text)
    const out = []
    for (let i = 1; i < words.length; i++) {
      const a = words[i - 1]
      const b = words[i]
      // keys first: two strings are compared by a call unless they are one string, the keys inline
      if (a.key !== b.key || a.lower !== b.lower) continue
      if (GRAMMATICAL.has(a.lower) || /\d/.test(a.text)) continue
      if (!isLowerToken(b) || !isEnglishWord(b.text)) continue
      // `STRASSE strasse`: a case variant listed on purpose; `layers layers layers!`: a chant, not a slip.
      if (a.text.length > 1 && a.text === a.text.toUpperCase()) continue
      if (words[i + 1]?.lower === b.lower || words[i - 2]?.lower === b.lower) continue
      if (!isSpaceGapAt(segment.text, a.end, b.start)) continue
      if (/^[-‐]/.test(segment.text.slice(b.end, b.end + 1))) continue // `in in-person`
      out.push({ start: a.start, end: b.end, message: `Repeated word “${b.text}”.`, suggestion: a.text })
    }
    return out
  }
}
export default rule
