import type { Rule } from '../rule.js'
import { isHighSurrogate, isLowSurrogate, unitAt } from '../../text/index.js'

/**
 * `speech.Photo`, `mouth!The`, `80.4%throughout`: MT glues two sentences, or a number to the next word. A sentence
 * mark between a lower-case word (two letters or more) and a capitalized word, or `%` directly followed by a letter.
 * Not: `Nov. 17` (spaced), `C.P.C` and `U.S.` (capitals), `Hebei.com.cn`, file names and e-mail addresses
 * (lower case after the dot, or the whole token is a URL/e-mail), code and dotted names (`os.Create(`,
 * `appsettings.Development.json`), decimals.
 */
const GLUED = /(?<![\p{L}\p{M}])(\p{Ll}[\p{Ll}\p{M}]+)([.!?])(\p{Lu}\p{Ll}[\p{L}\p{M}]*)|(?<![\d.,])(\d+(?:[.,]\d+)*%)(\p{L}[\p{L}\p{M}]*)/gu

/**
 * What every match of `GLUED` holds: a lower-case letter (or a mark) and a sentence mark before a capital and a
 * lower-case letter, or a digit and `%` before a letter. Its leading look-behind is tried at every position, this
 * pattern is not: a text without either skips `GLUED` (`U.S.`, `No.1` and `said.“The` do not pass).
 */
export const GLUE_POINT = /[\p{Ll}\p{M}][.!?]\p{Lu}\p{Ll}|\d%\p{L}/u
/** Each alternative of GLUE_POINT, tried at one position (sticky). */
const GLUED_MARK_AT = /[\p{Ll}\p{M}][.!?]\p{Lu}\p{Ll}/uy
const GLUED_PERCENT_AT = /\d%\p{L}/uy
/**
 * The marks GLUE_POINT turns on (ASCII): found by the engine's scan, a few per sentence, with `test` and the
 * pattern's `lastIndex` (no match object per mark).
 */
const MARK = /[.!?%]/g

/**
 * `GLUE_POINT.test(text)`, tried only where a match can stand: each match holds one of `.!?%` right after its
 * first character (one code point: two units for a pair), so the alternatives are tried at the character before
 * each mark instead of at every position of the text.
 */
export function hasGluePoint (text: string): boolean {
  MARK.lastIndex = 0
  while (MARK.test(text)) {
    const mark = MARK.lastIndex - 1
    if (mark === 0) continue
    const pair = mark >= 2 && isLowSurrogate(unitAt(text, mark - 1)) && isHighSurrogate(unitAt(text, mark - 2))
    const re = text[mark] === '%' ? GLUED_PERCENT_AT : GLUED_MARK_AT
    re.lastIndex = pair ? mark - 2 : mark - 1
    if (re.test(text)) return true
  }
  return false
}

/** The whitespace-delimited token around [start, end): URL, e-mail and path tokens are left alone. */
function tokenAround (text: string, start: number, end: number): string {
  let a = start
  let b = end
  while (a > 0 && !/\s/.test(text[a - 1]) && start - a < 200) a--
  while (b < text.length && !/\s/.test(text[b]) && b - end < 200) b++
  return text.slice(a, b)
}

const rule: Rule = {
  id: 'spacing-missing',
  category: 'spacing',
  severity: 'warning',
  description: 'A missing space after sentence punctuation or a percent sign (`speech.Photo`, `80.4%throughout`).',
  lang: 'en',
  decision: 'Kept at warning: its MT flags without a rater span are real missing spaces the raters left ' +
    'unmarked (`poetic.These`, `you.Thank`: raters seldom mark a lone space); it is mechanical, gives no false flag ' +
    'on the human references and about 0.02 per 1,000 words on human web text.',
  example: { text: 'Fujian provincial government service matters have been served at 80.4%throughout the process.' },
  check (segment) {
    if (!hasGluePoint(segment.text)) return []
    const out = []
    for (const m of segment.text.matchAll(GLUED)) {
      const start = m.index
      const end = start + m[0].length
      const token = tokenAround(segment.text, start, end)
      if (/:\/\/|www\.|@|[\\/(){}=;<>[\]]/i.test(token) || (token.match(/\./g) ?? []).length >= 2) continue
      // Code: a pointer or reference (`*nylas.Client`), a parameter type (`ctx context.Context,`), an assignment
      // (`options.IgnoreRequestContent = true`) or a block that is only the name (`builder.Services`).
      const after = segment.text.slice(end, end + 3)
      if (/^[*&]/.test(token) || /^(?:,|\s*$| =)/.test(after)) continue
      const fixed = m[1] !== undefined ? `${m[1]}${m[2]} ${m[3]}` : `${m[4]} ${m[5]}`
      out.push({ start, end, message: `Missing space in “${m[0]}”.`, suggestion: fixed })
    }
    return out
  }
}
export default rule
