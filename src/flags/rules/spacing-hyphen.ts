import type { Rule } from '../rule.js'

/**
 * `e -government`, `Anti -Epidemic`, `Beijing -Tianjin -Hebei`: MT splits a hyphenated word with a space before the
 * hyphen. A word, a space, a hyphen glued to a letter. The lookbehind anchors each match at a word start, so an
 * endless word is scanned once (no quadratic backtracking). Dashes with spaces on both sides (`word - word`),
 * list bullets and negative numbers (`-5`) do not match.
 */
const SPLIT = /(?<![\p{L}\p{N}\p{M}-])[\p{L}\p{N}\p{M}]+(?:[ \t]+-[\p{L}\p{M}][\p{L}\p{N}\p{M}]*)+/gu

const rule: Rule = {
  id: 'spacing-hyphen',
  category: 'spacing',
  severity: 'warning',
  description: 'A space inside a hyphenated word (`e -government`, `Beijing -Tianjin -Hebei`).',
  lang: 'en',
  example: { text: 'Wang Qinmin pointed out that e -government has become an indispensable means.' },
  check (segment) {
    return [...segment.text.matchAll(SPLIT)].map(m => {
      const fixed = m[0].replace(/[ \t]+-/g, '-')
      return { start: m.index, end: m.index + m[0].length, message: `Space inside the hyphenated word “${fixed}”.`, suggestion: fixed }
    })
  }
}
export default rule
