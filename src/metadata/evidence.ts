/**
 * What the metadata readers collect from a page before anything is chosen: candidates of every field with the
 * kind of evidence they come from (ranked per field in data/metadata-evidence.json), and the lines taken out of
 * the body on the way, each with its removal rule.
 */
import type { Candidate } from '../draft.js'
import type { Dateline, Editor, Removal } from '../types.js'
import type { Proposal } from './choose.js'
import { isRunningText } from '../text/index.js'

/** Blocks still in the body, each with its index in the page's blocks. */
export type Kept = Array<Candidate & { index: number }>

/**
 * The index of the last paragraph of running text among `blocks` (where the text ends), or -1. Read from the end: the
 * first such paragraph met is the last, so a page's earlier paragraphs are not tested (each test reads a paragraph's
 * length and searches it for a sentence's end; the walk from the start tested every one, twice a page).
 */
export function lastRunningParagraph (blocks: Kept): number {
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (blocks[i].type === 'paragraph' && isRunningText(blocks[i].text)) return i
  }
  return -1
}

/**
 * A block of `Kept`: every field of a candidate named, absent ones `undefined`, so every kept block has one shape.
 * A spread (`{ index, ...block }`) copies the properties one by one on V8's slow path (a property before the spread
 * rules out its object-clone path) and gives the blocks as many shapes as their optional fields combine.
 */
export function keptBlock (block: Candidate, index: number, text = block.text): Kept[number] {
  return {
    index,
    type: block.type,
    text,
    evidence: block.evidence,
    items: block.items,
    ordered: block.ordered,
    rows: block.rows,
    header: block.header
  }
}

export interface Evidence {
  /** Publication dates read from the blocks (ISO 8601). */
  dates: Array<Proposal<string>>
  /** Relative date strings near the headline (`3 hours ago`), resolved by the published reader. */
  relatives: string[]
  /** Raw author strings (one or several names), judged by the authors reader. */
  authors: Array<Proposal<string>>
  sources: Array<Proposal<string>>
  editors: Array<Proposal<Editor>>
  originalTitles: Array<Proposal<string>>
  datelines: Array<Proposal<Dateline>>
  removed: Removal[]
}

export function emptyEvidence (): Evidence {
  return {
    dates: [], relatives: [], authors: [], sources: [], editors: [], originalTitles: [], datelines: [], removed: []
  }
}
