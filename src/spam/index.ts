/**
 * Stage 3: strip injected SEO spam (gambling brands put in place of real words). First version: removes every
 * occurrence of a lexicon term (with the colon injections carry) and drops blocks left with nothing real.
 */
import type { Draft } from '../draft.js'
import type { Removal } from '../types.js'
import { loadData } from '../data.js'

interface SpamLexicon { terms: Array<{ term: string, source: string }> }

const LEXICON = loadData<SpamLexicon>('spam-terms.json').terms.map(t => t.term)

function escape (s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export interface SpamOptions { spamTerms?: string[] }

export function stripSpam (draft: Draft, options: SpamOptions = {}): Draft {
  const terms = [...LEXICON, ...(options.spamTerms ?? [])].filter(t => t.trim() !== '')
  if (terms.length === 0) return draft
  const pattern = new RegExp(`(?:${terms.map(escape).sort((a, b) => b.length - a.length).join('|')})[:：]*`, 'gi')
  const removed: Removal[] = []
  const blocks = []
  for (const block of draft.blocks) {
    const found = block.text.match(pattern)
    if (found === null) {
      blocks.push(block)
      continue
    }
    for (const f of found) removed.push({ kind: 'spam', text: f, reason: 'injected gambling-site term' })
    const text = block.text.replace(pattern, '').replace(/\s{2,}/g, ' ').trim()
    if (/[\p{L}\p{N}]/u.test(text)) blocks.push({ ...block, text })
  }
  return { ...draft, blocks, removed: [...draft.removed, ...removed] }
}
