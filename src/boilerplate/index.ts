/**
 * Stage 4: strip boilerplate. First version: an end-marker line ends the article; everything after it goes.
 */
import type { Draft } from '../draft.js'
import type { Removal } from '../types.js'

const END_MARKER = /^[-—–_\s]*(?:END|完|over|the end)[-—–_\s]*$|^[(（](?:完|over|end)[)）]$/i

export function stripBoilerplate (draft: Draft): Draft {
  const end = draft.blocks.findIndex(b => END_MARKER.test(b.text))
  if (end < 0) return draft
  const removed: Removal[] = [{ kind: 'end-marker', text: draft.blocks[end].text, reason: 'end-of-article marker' }]
  for (const b of draft.blocks.slice(end + 1)) removed.push({ kind: 'related', text: b.text, reason: 'after the end-of-article marker' })
  return { ...draft, blocks: draft.blocks.slice(0, end), removed: [...draft.removed, ...removed] }
}
