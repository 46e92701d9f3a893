import type { Finding, Rule } from '../rule.js'

/**
 * `155 ° F`, `44 ° C`: MT's tokenizer cut the degree sign from its scale letter and the detokenizer left the space,
 * so the unit reads as a stray letter. A figure, an optional space, `°`, spaces, then `C` or `F` standing alone (not
 * the start of a word: `° Cooler`). The space between the figure and `°C` is left alone (SI writes `20 °C`); only the
 * space inside the unit symbol is the slip. Development MT: 2 of 2 on a rater span; none on the human references
 * nor on WCXB's human English (`195 – 205 °F` is spaced before the sign, not inside it).
 */
const SPLIT_DEGREE = /(?<=\d[ \t\u00a0]?)°[ \t\u00a0]+([CF])(?![\p{L}\p{N}])/gu

const rule: Rule = {
  id: 'spacing-unit-symbol',
  category: 'spacing',
  severity: 'warning',
  description: 'A degree sign split from its scale letter (`44 ° C`).',
  lang: 'en',
  example: { text: 'Not only will it warm up to 155 ° F, 43 or 44 ° C for two days, but also it will remain warm.' },
  check (segment) {
    const text = segment.text
    if (!text.includes('°')) return []
    const out: Finding[] = []
    for (const m of text.matchAll(SPLIT_DEGREE)) {
      const written = m[0]
      out.push({
        start: m.index,
        end: m.index + written.length,
        message: `“${written}”: the degree sign is split from its scale letter.`,
        suggestion: `°${m[1]}`
      })
    }
    return out
  }
}
export default rule
