import type { Rule } from '../rule.js'
import { SPAM_LEXICON } from '../../text/spam-lexicon.js'

/**
 * Gambling-spam residue the spam stage left in Chinese text: a betting or casino brand from the spam lexicon
 * (data/spam-lexicon.json, kind `brand`), or an `ambiguous` brand in its injection shape (glued to a colon, `必威体育:`).
 * Generic gambling vocabulary is not flagged (it occurs in real reporting on gambling). Longest term first.
 */
let lexicon: Array<{ term: string, kind: string }> | undefined
function terms (): Array<{ term: string, kind: string }> {
  lexicon ??= SPAM_LEXICON.terms
    .filter(t => t.kind === 'brand' || t.kind === 'ambiguous')
    .sort((a, b) => b.term.length - a.term.length)
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
    const lower = text.replace(/[A-Z]/g, c => c.toLowerCase()) // ASCII only: keeps every offset
    const taken = new Uint8Array(text.length)
    const out = []
    for (const { term, kind } of terms()) {
      const needle = term.toLowerCase()
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
