import type { Rule } from '../rule.js'

/**
 * Text cut off: a paragraph that ends with an ellipsis (`... in Tibeta...`, `This scene was distressing ...`,
 * `a national high -tech enterpris...`), as teasers and scraped summaries do. The flag covers the last word and
 * the ellipsis. An ellipsis inside the text, or one closed by a quote or bracket (speech trailing off: `Trust me…)`),
 * is not flagged.
 */
const TAIL = /(?:[\p{L}\p{N}\p{M}]+[ \t]*)?(?:\.{3,}|…+)\s*$/u

const rule: Rule = {
  id: 'truncation',
  category: 'truncation',
  severity: 'warning',
  description: 'Text cut off with `...` or `…` at the end of a paragraph (`in Tibeta...`).',
  lang: 'en',
  example: { text: 'The ancient called stacked state in the ancient times, which means thumb in Tibeta...' },
  check (segment) {
    const text = segment.text
    // Only the last 400 characters can hold the tail: keeps the regex off a long text's body.
    const from = Math.max(0, text.length - 400)
    const m = TAIL.exec(text.slice(from))
    if (m === null) return []
    let start = from + m.index
    while (start > from && /[\p{L}\p{N}\p{M}]/u.test(text[start - 1])) start--
    const end = from + m.index + m[0].trimEnd().length
    return [{ start, end, message: 'The text is cut off (it ends with an ellipsis).' }]
  }
}
export default rule
