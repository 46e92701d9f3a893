/**
 * Stage 2, after either front end: a run of one block repeated many times in a row (`x` on each of half a million
 * lines, `<p>x</p>` 131,072 times) is kept once, and the rest is one removal that says how many. No page writes the
 * same paragraph dozens of times running; a hostile one does, and each later stage (spam, boilerplate, metadata,
 * structure) read every copy, and the Article listed each as a removal of its own: 131,071 removals (about 12 MB of
 * JSON) for a page of 1 MiB. Shorter runs are left to the structure stage's `repeated-block`, which removes them one
 * by one as before.
 */
import type { Candidate, Draft } from '../draft.js'
import type { Removal } from '../types.js'

/**
 * Copies in a row from which a run is collapsed here. Far above any real page (a run of one repeated block is a
 * scraper's or a spammer's); below it the structure stage removes the copies one by one.
 */
export const MIN_COLLAPSED_RUN = 64

const sameBlock = (a: Candidate, b: Candidate): boolean =>
  a.text === b.text && a.type === b.type && a.evidence?.tag === b.evidence?.tag

/** `draft` with each run of `MIN_COLLAPSED_RUN` or more equal blocks in a row kept once (the same draft if none). */
export function collapseRepeats (draft: Draft): Draft {
  const blocks = draft.blocks
  let found = false
  for (let i = 0, run = 1; i + 1 < blocks.length && !found; i++) {
    run = sameBlock(blocks[i], blocks[i + 1]) ? run + 1 : 1
    found = run >= MIN_COLLAPSED_RUN
  }
  if (!found) return draft
  const kept: Candidate[] = []
  const removed: Removal[] = []
  for (let i = 0; i < blocks.length;) {
    let end = i + 1
    while (end < blocks.length && sameBlock(blocks[i], blocks[end])) end++
    if (end - i >= MIN_COLLAPSED_RUN) {
      kept.push(blocks[i])
      const copies = end - i - 1
      const reason = `repeats the ${blocks[i].type} before it (${copies.toLocaleString('en-US')} copies in a row)`
      removed.push({ kind: 'boilerplate', rule: 'repeated-block', text: blocks[i].text, reason })
    } else {
      for (let k = i; k < end; k++) kept.push(blocks[k])
    }
    i = end
  }
  return { ...draft, blocks: kept, removed: [...draft.removed, ...removed] }
}
