/**
 * The HTML front end's side of `src/parse/repeats.ts`: a run of one element repeated many times in a row among its
 * siblings (`<p>x</p>` 131,072 times, `<td>a` 209,715 times in one row) is kept once, right after the tree is built,
 * so that reading the hints, cleaning, scoring and walking the page see one copy, not every one. Only elements
 * holding nothing but text, and some of it, are compared (tag, attributes and text); white space between the copies
 * goes with them. Only the parents the tree builder saw crowded are read (tree.ts, `crowdedParents`), and the body.
 * The tree builder itself keeps no more than `MIN_COLLAPSED_RUN` copies of a run as it parses (tree.ts): a page of
 * 200,000 copies never holds them all, which cost more in the collector than in the parser.
 */
import type { Document, ParentNode } from 'domhandler'
import type { Removal } from '../../types.js'
import { normalizeLine } from '../../text/normalize.js'
import { MIN_COLLAPSED_RUN } from '../repeats.js'
import { isBlankText, isElement, leafKey, textOf, type AnyNode } from './dom.js'
import { bodyOf, crowdedParents, droppedCopies } from './tree.js'

interface Run { first: number, last: number, copies: number }

/** The runs of `MIN_COLLAPSED_RUN` or more equal elements among `parent`'s children (blank text between them). */
function runsOf (parent: ParentNode): Run[] {
  const runs: Run[] = []
  let key: string | undefined
  let run: Run | undefined
  const close = (): void => {
    if (run !== undefined && run.copies >= MIN_COLLAPSED_RUN) runs.push(run)
    run = undefined
    key = undefined
  }
  const kids = parent.children
  for (let i = 0; i < kids.length; i++) {
    if (run !== undefined && isBlankText(kids[i])) continue
    const k = leafKey(kids[i])
    if (k !== undefined && k === key && run !== undefined) {
      run.copies++
      run.last = i
      continue
    }
    close()
    if (k !== undefined) {
      key = k
      run = { first: i, last: i, copies: 1 }
    }
  }
  close()
  return runs
}

/** Keeps the first element of each run among `parent`'s children and drops the rest; the removals, one per run. */
function collapse (parent: ParentNode, runs: Run[], dropped: ReadonlyMap<AnyNode, number>): Removal[] {
  const kids = parent.children
  const kept: typeof kids = []
  const removed: Removal[] = []
  let next = 0
  for (const run of runs) {
    for (let i = next; i <= run.first; i++) kept.push(kids[i])
    for (let i = run.first + 1; i <= run.last; i++) kids[i].parent = null
    const first = kids[run.first]
    const text = normalizeLine(textOf(first))
    const name = isElement(first) ? first.name : ''
    // with the copies the tree builder dropped as they were parsed, after the run's last kept one
    const copies = run.copies - 1 + (dropped.get(kids[run.last]) ?? 0)
    const reason = `repeats the <${name}> before it (${copies.toLocaleString('en-US')} copies in a row)`
    removed.push({ kind: 'boilerplate', rule: 'repeated-block', text, reason })
    next = run.last + 1
  }
  for (let i = next; i < kids.length; i++) kept.push(kids[i])
  for (let i = 0; i < kept.length; i++) {
    kept[i].prev = i > 0 ? kept[i - 1] : null
    kept[i].next = i + 1 < kept.length ? kept[i + 1] : null
  }
  parent.children = kept
  return removed
}

/** Collapses every run of equal elements in `doc` (see above); the removals, in document order of the parents read. */
export function collapseSiblingRuns (doc: Document): Removal[] {
  const parents = new Set<ParentNode>(crowdedParents(doc))
  const body = bodyOf(doc)
  if (body.children.length >= MIN_COLLAPSED_RUN) parents.add(body)
  const removed: Removal[] = []
  const dropped = droppedCopies(doc)
  for (const parent of parents) {
    const runs = runsOf(parent)
    if (runs.length > 0) for (const r of collapse(parent, runs, dropped)) removed.push(r)
  }
  return removed
}
