import type { Finding, Rule } from '../rule.js'

/**
 * `" Big Bang. "`, `" lower strata of society"`, `"matter "`, `“ American Dream ”`: MT's tokenizer split the
 * quotation marks from the words they hold and the detokenizer put the spaces back inside the pair. A quotation that
 * starts with spaces after its opening mark, or ends with spaces before its closing one, is flagged whole.
 * Straight quotes carry no direction, so they are paired in order, and only when the segment holds an even number
 * of them; a pair counts only when its opening mark opens (after the start, a space or an opening bracket or dash,
 * never after a letter or digit: `12.87" x 5.55"` are inch marks, `fades" note … "fine"` is a pair cut by a missing
 * mark) and its closing mark closes (before the end, a space or punctuation). Curly quotes say which way they face
 * and are read as they are. Code (a segment with `{`, `}`, `;`, `=`, `<`, `>`, `\` or `//`) is left alone: string
 * literals hold spaces on purpose (`"price "`).
 */
const CODE = /[{};=<>\\]|\/\//
/** What may stand before an opening straight quote: nothing, a space, an opening bracket, a dash or a colon. */
const OPENS_AFTER = /[\s([{—–:-]/u
/** What may stand after a closing straight quote: nothing, a space, or punctuation that ends a phrase. */
const CLOSES_BEFORE = /[\s.,;:!?)\]}—–-]/u
/** A space just inside either mark: spaces then a letter or digit, or a letter, digit or mark then spaces. */
const SPACED_OPEN = /^[ \t\u00a0]+[\p{L}\p{N}]/u
const SPACED_CLOSE = /[\p{L}\p{N}.,!?][ \t\u00a0]+$/u
/** Curly quotations, one line at most: their marks say which is which. */
const CURLY = /“([^“”\n]*)”/gu

function spacedInside (inner: string): boolean {
  return /\p{L}/u.test(inner) && (SPACED_OPEN.test(inner) || SPACED_CLOSE.test(inner))
}

function finding (text: string, start: number, end: number): Finding {
  const quoted = text.slice(start, end)
  const fixed = quoted[0] + quoted.slice(1, -1).trim() + quoted[quoted.length - 1]
  return { start, end, message: `Space inside the quotation marks of ${quoted}.`, suggestion: fixed }
}

const rule: Rule = {
  id: 'spacing-quote-inside',
  category: 'spacing',
  severity: 'warning',
  description: 'Spaces just inside quotation marks (`" Big Bang. "`), left by MT\'s detokenizer.',
  lang: 'en',
  enabled: false,
  decision: 'Off by default: 10 of 20 flags (50%) land on a rater span on the development MT, none on the human ' +
    'references. All 20 are real spacing slips of two systems (Borderline, SMU): the raters marked SMU\'s and left ' +
    'Borderline\'s, the same quotations, unmarked, so the measured precision is the raters\' policy. On WCXB human ' +
    'text 0.02 per 1,000 words, and those are the pages\' own slips (`“ bridge camera ”`, `" Usage statistics "`). ' +
    'A request turns it on by name.',
  example: {
    text: 'It took decades before people began to use the term " black holes " and realized that black holes were ' +
      'real objects.'
  },
  check (segment) {
    const text = segment.text
    const hasStraight = text.includes('"')
    if (!hasStraight && !text.includes('“')) return []
    if (CODE.test(text)) return []
    const out: Finding[] = []
    for (const m of text.matchAll(CURLY)) {
      if (spacedInside(m[1])) out.push(finding(text, m.index, m.index + m[0].length))
    }
    if (!hasStraight) return out
    const marks: number[] = []
    for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) marks.push(i)
    if (marks.length % 2 !== 0) return out
    for (let k = 0; k < marks.length; k += 2) {
      const a = marks[k]
      const b = marks[k + 1]
      const inner = text.slice(a + 1, b)
      if (inner.includes('\n')) continue
      if (a > 0 && !OPENS_AFTER.test(text[a - 1])) continue
      if (b + 1 < text.length && !CLOSES_BEFORE.test(text[b + 1])) continue
      if (spacedInside(inner)) out.push(finding(text, a, b + 1))
    }
    return out.sort((x, y) => x.start - y.start)
  }
}
export default rule
