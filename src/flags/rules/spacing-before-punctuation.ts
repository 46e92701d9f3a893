import type { Rule } from '../rule.js'

/**
 * `word ,` / `word .`: a space before a comma, period or semicolon. (A space before `:` `!` `?` is a house style in
 * French and on many sites' labels, `Source : Xinhua`, and is left alone.) The lookbehind anchors the
 * match at the first space after a word, so a long run of spaces is scanned once. Ellipses (` ...`) and tokens
 * that start with a dot (` .NET`, ` .com`) are not flagged.
 */
const SPACED = /(?<=[\p{L}\p{N}\p{M})”"’])[ \t\u00a0]+([,.;])(?![.\p{L}\p{N}])/gu

const rule: Rule = {
  id: 'spacing-before-punctuation',
  category: 'spacing',
  severity: 'warning',
  description: 'A space before a comma, period or semicolon (`word ,`).',
  lang: 'en',
  example: { text: 'The forum was held in Fuzhou , and experts attended .' },
  check (segment) {
    return [...segment.text.matchAll(SPACED)].map(m => ({
      start: m.index,
      end: m.index + m[0].length,
      message: `Space before “${m[1]}”.`,
      suggestion: m[1]
    }))
  }
}
export default rule
