/**
 * The body's final shape: candidates become the Article's blocks, and every block gives the strings the flag
 * rules read, each with its JSON Pointer. A list or a table carries its items or rows; its `text` is their join
 * (`ROW_SEPARATOR`, `CELL_SEPARATOR`), which is what the stages between the front end and here clean. When a
 * stage changed that text (a spam term cut out of a cell), the items or rows are read back from it.
 */
import type { Candidate } from '../draft.js'
import { CELL_SEPARATOR, ROW_SEPARATOR, joinItems, joinRows, type Block } from '../types.js'

function listItems (c: Candidate): string[] {
  if (c.items !== undefined && joinItems(c.items) === c.text) return c.items
  return c.text.split(ROW_SEPARATOR).map(s => s.trim()).filter(s => s !== '')
}

function tableRows (c: Candidate): string[][] {
  if (c.rows !== undefined && joinRows(c.rows) === c.text) return c.rows
  return c.text.split(ROW_SEPARATOR)
    .map(r => r.split(CELL_SEPARATOR).map(s => s.trim()))
    .filter(r => r.some(s => s !== ''))
}

/** The Article block of a candidate: evidence dropped, a list's items and a table's rows kept beside the text. */
export function toBlock (c: Candidate): Block {
  if (c.type === 'list') {
    const items = listItems(c)
    return { type: 'list', text: joinItems(items), items, ordered: c.ordered === true }
  }
  if (c.type === 'table') {
    const rows = tableRows(c)
    return { type: 'table', text: joinRows(rows), rows, header: c.header === true && rows.length > 1 }
  }
  return { type: c.type, text: c.text }
}

/** `block` of the title's target: it is no block of the body. */
const TITLE = -1

/**
 * A string of the Article the flag rules read, and where it lives. Its JSON Pointer is written when asked, which is
 * for a flag only: a page of 200,000 short lines spent a tenth of its time writing a pointer for each.
 */
export class FlagTarget {
  /** `item` is a list item's index, `row` and `cell` a table cell's; -1 where the string is the block's text. */
  constructor (
    readonly text: string, readonly block: number, readonly item = -1, readonly row = -1, readonly cell = -1
  ) {}

  get pointer (): string {
    if (this.block === TITLE) return '/title'
    if (this.item >= 0) return `/body/${this.block}/items/${this.item}`
    if (this.row >= 0) return `/body/${this.block}/rows/${this.row}/${this.cell}`
    return `/body/${this.block}/text`
  }
}

/**
 * The strings the flag rules read: the title when there is one, then the body, a list item by item, a table cell by
 * cell, others whole. Loops, not callbacks made per call: V8 holds a closure's optimized code weakly, so a closure
 * made per page is compiled again after every full collection (docs/performance.md, "Closures compiled again").
 */
export function flagTargets (body: Block[], title: string | null = null): FlagTarget[] {
  const out: FlagTarget[] = []
  if (title !== null) out.push(new FlagTarget(title, TITLE))
  for (let i = 0; i < body.length; i++) {
    const b = body[i]
    if (b.items !== undefined) {
      for (let j = 0; j < b.items.length; j++) out.push(new FlagTarget(b.items[j], i, j))
    } else if (b.rows !== undefined) {
      for (let r = 0; r < b.rows.length; r++) {
        const row = b.rows[r]
        for (let c = 0; c < row.length; c++) out.push(new FlagTarget(row[c], i, -1, r, c))
      }
    } else {
      out.push(new FlagTarget(b.text, i))
    }
  }
  return out
}
