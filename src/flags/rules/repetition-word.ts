import type { Rule } from '../rule.js'
import { isLowerWord, isSpaceGap, tokens } from '../text.js'

/**
 * `the the`: the same word twice in a row, separated only by spaces. Not flagged: grammatical doubles (`that that`,
 * `had had`, `is is` in `what it is is`), numbers, and capitalized pairs that are names (`Bora Bora`, `Lin Lin`);
 * `The the` (capital, then the same word in lower case) is flagged.
 */
const GRAMMATICAL = new Set(['that', 'had', 'is', 'do', 'did', 'was', 'bye', 'ha', 'no', 'yes', 'very', 'knock', 'tut', 'so', 'win', 'etc', 'many', 'bye-bye'])

const rule: Rule = {
  id: 'repetition-word',
  category: 'repetition',
  severity: 'warning',
  description: 'The same word twice in a row (`the the`).',
  lang: 'en',
  example: { text: 'The forum discussed the the role of data sharing.' },
  check (segment) {
    const words = tokens(segment.text)
    const out = []
    for (let i = 1; i < words.length; i++) {
      const a = words[i - 1]
      const b = words[i]
      if (a.lower !== b.lower || GRAMMATICAL.has(a.lower) || /\d/.test(a.text)) continue
      if (!isLowerWord(b.text)) continue
      if (!isSpaceGap(segment.text.slice(a.end, b.start))) continue
      if (/^[-‐]/.test(segment.text.slice(b.end, b.end + 1))) continue // `in in-person`
      out.push({ start: a.start, end: b.end, message: `Repeated word “${b.text}”.`, suggestion: a.text })
    }
    return out
  }
}
export default rule
