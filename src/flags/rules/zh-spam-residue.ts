import type { Rule } from '../rule.js'
import { SPAM_LEXICON, mayHoldTerm } from '../../text/spam-lexicon.js'

/**
 * Gambling-spam residue the spam stage left in Chinese text: a betting or casino brand from the spam lexicon
 * (data/spam-lexicon.json, kind `brand`), or an `ambiguous` brand in its injection shape (glued to a colon, `必威体育:`).
 * Generic gambling vocabulary is not flagged (it occurs in real reporting on gambling). Longest term first.
 */
let lexicon: Array<{ needle: string, kind: string }> | undefined
/** The brand and ambiguous terms, longest first, each lower-cased once (the needle a text is searched for). */
function terms (): Array<{ needle: string, kind: string }> {
  lexicon ??= SPAM_LEXICON.terms
    .filter(t => t.kind === 'brand' || t.kind === 'ambiguous')
    .sort((a, b) => b.term.length - a.term.length)
    .map(t => ({ needle: t.term.toLowerCase(), kind: t.kind }))
  return lexicon
}

const rule: Rule = {
  id: 'zh-spam-residue',
  category: 'spam',
  severity: 'error',
  description: 'A gambling brand from the spam lexicon still present in Chinese text (`必威体育:网`).',
  lang: 'zh',
  example: { text: '必威体育:网推出专题报道,展现养老服务新成效。' },
  check (segment) {
    const text = segment.text
    // A needle found in the text is its term lower-cased, found in the text lower-cased as a whole (lower-casing a
    // lower-case character keeps it), which the lexicon's automaton reads: where it finds no term, there is none
    // (an exact gate; one pass instead of a search per term).
    if (!mayHoldTerm(text)) return []
    const lower = text.replace(/[A-Z]/g, c => c.toLowerCase()) // ASCII only: keeps every offset
    const taken = new Uint8Array(text.length)
    const out = []
    for (const { needle, kind } of terms()) {
      for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
        if (taken[at] === 1 || taken[at + needle.length - 1] === 1) continue
        if (kind === 'ambiguous' && !/^[:：]/.test(text.slice(at + needle.length, at + needle.length + 1))) continue
        taken.fill(1, at, at + needle.length)
        const message = `Gambling spam “${text.slice(at, at + needle.length)}” left in the text.`
        out.push({ start: at, end: at + needle.length, message, suggestion: '' })
      }
    }
    return out.sort((a, b) => a.start - b.start)
  }
}
export default rule
