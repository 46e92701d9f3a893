import type { Finding, Rule } from '../rule.js'

/**
 * Quotes and brackets that do not pair up, in one left-to-right pass with two stacks (quotes, brackets):
 * - a left quote `“` in closing position (after a word and right before punctuation or the end: `development “.`), which
 *   MT writes where a right quote belongs: suggestion `”`;
 * - a right quote `”` or a `)`/`]` with nothing open (list markers such as `1)` and `a)` are not brackets);
 * - a `“`, `(` or `[` still open at the end of the text. A paragraph that opens with `“` and never closes it is the
 *   usual multi-paragraph quotation style and is not flagged (same for a straight `"`);
 * - straight double quotes: each `"` is an opener or a closer by what surrounds it; leftovers are flagged.
 */
const OPEN_BRACKET: Record<string, string> = { '(': ')', '[': ']', '（': '）', '【': '】' }
const CLOSE_BRACKET: Record<string, string> = { ')': '(', ']': '[', '）': '（', '】': '【' }

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}\p{M}%]/u.test(ch)
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch)

/** `1)`, `a)`, `iv)` at the start of the text or after a space: an enumeration, not a closing bracket. */
function isListMarker (text: string, i: number): boolean {
  let j = i
  while (j > 0 && /[\p{L}\p{N}]/u.test(text[j - 1]) && i - j < 4) j--
  if (j > 0 && text[j - 1] === '#') j-- // `#1)`
  return j < i && i - j <= 4 && (j === 0 || /\s/.test(text[j - 1])) && (/^#?\d+$/.test(text.slice(j, i)) || /^[a-z]$|^[ivx]{1,3}$/.test(text.slice(j, i)))
}

const rule: Rule = {
  id: 'punctuation-unpaired',
  category: 'punctuation',
  severity: 'warning',
  description: 'Unpaired or wrong-way quotes and brackets (`high-quality development “.`, a `(` never closed).',
  lang: 'en',
  example: { text: 'Shandong will strive to insert “digital wings” for high-quality development “. In the next step, it will act.' },
  check (segment) {
    const text = segment.text
    const out: Finding[] = []
    const quotes: number[] = []
    const straight: number[] = []
    const brackets: Array<{ ch: string, at: number }> = []
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]
      if (ch === '“') {
        const next = text[i + 1]
        const closingPosition = (isWordChar(text[i - 1]) || (text[i - 1] === ' ' && isWordChar(text[i - 2]))) &&
          (next === undefined || /[.,;:!?)]/.test(next)) && quotes.length === 0
        if (closingPosition) {
          out.push({ start: i, end: i + 1, message: 'Left quotation mark “ where a closing quotation mark belongs.', suggestion: '”' })
        } else {
          quotes.push(i)
        }
      } else if ((ch === '”' || ch === '"') && /\d/.test(text[i - 1] ?? '') && (ch === '"' ? straight : quotes).length === 0) {
        // 9" x 4", 5’5”: inch marks, not quotes (unless a quotation is open: `"until 1645",`).
      } else if (ch === '”') {
        if (quotes.length > 0) quotes.pop()
        else out.push({ start: i, end: i + 1, message: 'Closing quotation mark ” with no opening “.' })
      } else if (ch === '"') {
        const before = text[i - 1]
        const after = text[i + 1]
        const opener = (isSpace(before) || /[(\[{—–-]/.test(before)) && !isSpace(after)
        if (opener) straight.push(i)
        else if (straight.length > 0) straight.pop()
        else if (isSpace(after) || /[.,;:!?)]/.test(after)) out.push({ start: i, end: i + 1, message: 'Closing quotation mark " with no opening one.' })
        else straight.push(i)
      } else if (OPEN_BRACKET[ch] !== undefined) {
        brackets.push({ ch, at: i })
      } else if (CLOSE_BRACKET[ch] !== undefined) {
        const top = brackets[brackets.length - 1]
        if (top !== undefined && top.ch === CLOSE_BRACKET[ch]) brackets.pop()
        else if (top !== undefined) {
          out.push({ start: i, end: i + 1, message: `“${ch}” closes “${top.ch}”: brackets do not match.`, suggestion: OPEN_BRACKET[top.ch] })
          brackets.pop()
        } else if (!(ch === ')' && (isListMarker(text, i) || /[:;]/.test(text[i - 1] ?? '')))) {
          out.push({ start: i, end: i + 1, message: `Closing bracket “${ch}” with no opening one.` })
        }
      }
    }
    const multiParagraphQuote = /^\s*“/.test(text)
    for (const at of quotes) {
      if (multiParagraphQuote && at === text.search(/“/)) continue
      out.push({ start: at, end: at + 1, message: 'Opening quotation mark “ is never closed.' })
    }
    const straightParagraphQuote = /^\s*"/.test(text)
    for (const at of straight) {
      if (straightParagraphQuote && at === text.indexOf('"')) continue
      out.push({ start: at, end: at + 1, message: 'Quotation mark " is never closed.' })
    }
    for (const b of brackets) out.push({ start: b.at, end: b.at + 1, message: `Bracket “${b.ch}” is never closed.` })
    return out
  }
}
export default rule
