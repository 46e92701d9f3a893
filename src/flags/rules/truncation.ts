import type { Rule } from '../rule.js'
import { isRegExpSpace, unitAt } from '../../text/index.js'
import { isEnglishWord } from '../text.js'

/**
 * Text cut off: a paragraph that ends with an ellipsis where a length limit cut it, as teasers and scraped summaries
 * do. Two shapes are a cut: a word broken off (`in Tibeta...`, `high -tech enterpris...`: the last word, glued to
 * the ellipsis, is not an English word) and an ellipsis set apart by a space (`This scene was distressing ...`,
 * `hands-on training, and …`: summaries cut at a word boundary get ` ...` appended). A whole word with the ellipsis
 * glued to it is a writer trailing off (`Until next time…`, `Well...`, `in no particular order…`), common in blogs,
 * and is not flagged; nor is an ellipsis inside the text or one closed by a quote or bracket (`Trust me…)`). The flag
 * covers the last word and the ellipsis.
 */
const TAIL = /(?:[\p{L}\p{N}\p{M}]+([ \t]*))?(?:\.{3,}|…+)\s*$/u

const rule: Rule = {
  id: 'truncation',
  category: 'truncation',
  severity: 'warning',
  description: 'Text cut off with `...` or `…` at the end of a paragraph: a broken word (`in Tibeta...`) or a ' +
    'spaced ellipsis (`distressing ...`).',
  lang: 'en',
  example: { text: 'The ancient called stacked state in the ancient times, which means thumb in Tibeta...' },
  check (segment) {
    const text = segment.text
    // No ellipsis at the end, no match: most paragraphs are answered without running the pattern (read in place,
    // past the white space `trimEnd` drops, without the copy it makes)
    let last = text.length
    while (last > 0 && isRegExpSpace(unitAt(text, last - 1))) last--
    if (!text.startsWith('...', last - 3) && !text.startsWith('…', last - 1)) return []
    // Only the last 400 characters can hold the tail: keeps the regex off a long text's body.
    const from = Math.max(0, text.length - 400)
    const m = TAIL.exec(text.slice(from))
    if (m === null) return []
    let start = from + m.index
    while (start > from && /[\p{L}\p{N}\p{M}]/u.test(text[start - 1])) start--
    const end = from + m.index + m[0].trimEnd().length
    if (m[1] === undefined) {
      // A bare ellipsis: a cut only when set apart by a space after some text (`training, …`), not glued to a
      // quote or a bracket (`a little extra "flavoring"…`).
      const before = text[from + m.index - 1]
      if (before === undefined || !/\s/.test(before) || text.slice(0, from + m.index).trim() === '') return []
    } else if (m[1] === '') {
      const word = /^[\p{L}\p{N}\p{M}]+/u.exec(text.slice(start))?.[0] ?? ''
      // A whole word, a number or an acronym (`speaking of RTOS…`) trailing off is style, not a cut.
      if (/\p{N}/u.test(word) || (word.length > 1 && word === word.toUpperCase()) || isEnglishWord(word)) return []
    }
    return [{ start, end, message: 'The text is cut off (it ends with an ellipsis).' }]
  }
}
export default rule
