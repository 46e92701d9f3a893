import type { Rule } from '../rule.js'

/**
 * `word ,` / `word .`: a space before a comma, period or semicolon. (A space before `:` `!` `?` is a house style in
 * French and on many sites' labels, `Source : Xinhua`, and is left alone.) The lookbehind anchors the
 * match at the first space after a word, so a long run of spaces is scanned once. Ellipses (` ...`) and tokens
 * that start with a dot (` .NET`, ` .com`) are not flagged.
 *
 * Decision (measured on 711 human-written web pages): a lone ` ,` in otherwise well-spaced prose is nearly always
 * left by text extraction, where an inline element (a link, `<b>`, a price tag) ends right before the comma and the
 * extractor joins text nodes with a space (`how to use a camera , our guide to lenses`, `Zack Kadish , SEO Lead`).
 * That is a real spacing error, but of the page's extraction, not of the translation, and it made up a third of
 * all flags on human text. A translation pipeline that spaces punctuation does it as a habit (a detokenizer that
 * failed): so the rule fires only when a segment has at least two spaced marks and they outnumber
 * its marks written the normal way, in a segment of at least 12 words (a `Name , Title , Company` byline is link
 * residue, and so is a comma before a capital: `Name , Title , Company` lists of links). A mark after a number is not
 * counted (`$2000 ,`, `0x C3 9F ,`: prices and byte values sit in their own inline elements). Spaced-out code
 * (`sz_find ( text , length )`) is not prose and is skipped.
 */
const SPACED = /(?<=[\p{L}\p{M})”"’])[ \t\u00a0]+(;|\.(?![.\p{L}\p{N}])|,(?= *[\p{Ll}\p{N}]))/gu
/** A comma, period or semicolon written the normal way: right after a word, then a space or the end. */
const TIGHT = /(?<=[\p{L}\p{N}\p{M})”"’])[,.;](?=\s|$)/gu
/** What every match of `SPACED` holds: a space or tab right before the mark (tested without look-behind). */
const SPACE_BEFORE_MARK = /[ \t\u00a0][;.,]/
/** Tokens spaced out like source code: `f ( x , y )`, `a . b`. */
const SPACED_CODE = /[\p{L}\p{N}_] [(.] [\p{L}\p{N}_"']/u

const rule: Rule = {
  id: 'spacing-before-punctuation',
  category: 'spacing',
  severity: 'warning',
  description: 'A space before a comma, period or semicolon (`word ,`), when the segment does it as a habit (at ' +
    'least twice, and more often than not).',
  lang: 'en',
  example: { text: 'The forum was held in Fuzhou , and experts from the provinces attended ; the results were good .' },
  check (segment) {
    if (!SPACE_BEFORE_MARK.test(segment.text)) return []
    const found = [...segment.text.matchAll(SPACED)]
    if (found.length < 2 || SPACED_CODE.test(segment.text) || segment.text.split(/\s+/).length < 12) return []
    let tight = 0
    for (const _ of segment.text.matchAll(TIGHT)) tight++
    if (tight >= found.length) return []
    return found.map(m => ({
      start: m.index,
      end: m.index + m[0].length,
      message: `Space before “${m[1]}”.`,
      suggestion: m[1]
    }))
  }
}
export default rule
