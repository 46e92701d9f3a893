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

export interface FlagTarget {
  pointer: string
  text: string
}

/**
 * The strings of the body the flag rules read: a list item by item, a table cell by cell, others whole. Loops, not
 * callbacks made per call: V8 holds a closure's optimized code weakly, so a closure made per page is compiled again
 * after every full collection (docs/performance.md, "Closures compiled again").
 */
export function flagTargets (body: Block[]): FlagTarget[] {
  const out: FlagTarget[] = []
  for (let i = 0; i < body.length; i++) {
    const b = body[i]
    if (b.items !== undefined) {
      for (let j = 0; j < b.items.length; j++) out.push({ pointer: `/body/${i}/items/${j}`, text: b.items[j] })
    } else if (b.rows !== undefined) {
      for (let r = 0; r < b.rows.length; r++) {
        const row = b.rows[r]
        for (let c = 0; c < row.length; c++) out.push({ pointer: `/body/${i}/rows/${r}/${c}`, text: row[c] })
      }
    } else {
      out.push({ pointer: `/body/${i}/text`, text: b.text })
    }
  }
  return out
}
