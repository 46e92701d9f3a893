/**
 * Lists and data tables of the content, kept whole: a `<ul>`/`<ol>` of plain items becomes one `list` block, a
 * data table one `table` block with its rows of cells (the header row marked). The walker (`blocks.ts`) asks here
 * first and walks the element as before when the answer is no:
 * - a list whose items hold other blocks (paragraphs aside), whose text is mostly links (menus, related links,
 *   tables of contents: the walker's link rules deal with those item by item) or that has a single item;
 * - a layout table: tables inside it, blocks inside its cells, form controls, a single column, or cells of long
 *   prose (a page laid out in a grid, not a grid of data).
 * Each block's `text` is the join the Article promises (`src/structure/parts.ts`).
 */
import type { Candidate } from '../../draft.js'
import { joinItems, joinRows } from '../../types.js'
import { normalizeLine as foldedLine } from './short-text.js'
import { isElement, readableText, weightedLength, type AnyNode, type Element } from './dom.js'
import type { TextStats } from './score.js'

/** A list of one item is a paragraph with a bullet: nothing to keep together. */
const MIN_LIST_ITEMS = 2
/** Above this share of link text a list is navigation, related links or a table of contents, not content. */
const LIST_LINK_DENSITY_MAX = 0.5
/** A data table has at least a header and a row, or two rows... */
const MIN_TABLE_ROWS = 2
/** ...and at least two columns: a one-column table is a stack of paragraphs. */
const MIN_TABLE_COLUMNS = 2
/**
 * Mean cell length (Latin-equivalent characters) above which the cells are prose laid out in a grid, not data:
 * a data cell is a name, a number, a short phrase; a layout cell holds paragraphs.
 */
const DATA_CELL_MEAN_MAX = 120

/** Tags inside a list item that make it more than a line of text (a `<p>` around the text is common and fine). */
const ITEM_BLOCKS = new Set(['div', 'ul', 'ol', 'dl', 'table', 'blockquote', 'pre', 'figure', 'section', 'article',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'form', 'hr'])
/** Tags that make a table a layout or a form, never data. */
const LAYOUT_IN_TABLE = new Set(['table', 'p', 'div', 'ul', 'ol', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'form', 'input', 'select', 'textarea', 'button', 'iframe', 'video'])

function lineOf (node: AnyNode): string {
  return foldedLine(readableText(node))
}

function hasDescendant (el: Element, tags: Set<string>): boolean {
  const stack: AnyNode[] = [...el.children]
  while (stack.length > 0) {
    const x = stack.pop()!
    if (!isElement(x)) continue
    if (tags.has(x.name)) return true
    for (const c of x.children) stack.push(c)
  }
  return false
}

function evidence (el: Element, stats: Map<Element, TextStats>): Candidate['evidence'] {
  const st = stats.get(el)
  const ld = st === undefined || st.len === 0 ? 0 : st.linkLen / st.len
  return { tag: el.name, linkDensity: Math.round(ld * 1000) / 1000 }
}

/** A `<ul>`/`<ol>` of plain items as one `list` candidate, or null when the walker should walk it. */
export function listCandidate (el: Element, stats: Map<Element, TextStats>): Candidate | null {
  const tag = el.name
  if (tag !== 'ul' && tag !== 'ol') return null
  const lis = el.children.filter((c): c is Element => isElement(c) && c.name === 'li')
  if (lis.length < MIN_LIST_ITEMS || lis.some(li => hasDescendant(li, ITEM_BLOCKS))) return null
  const ev = evidence(el, stats)
  if ((ev?.linkDensity ?? 0) > LIST_LINK_DENSITY_MAX) return null
  const items = lis.map(lineOf).filter(s => s !== '')
  if (items.length < MIN_LIST_ITEMS) return null
  return { type: 'list', text: joinItems(items), items, ordered: tag === 'ol', evidence: ev }
}

/** The rows of a table (`<tr>`s in document order, in its sections), each as its cell elements. */
function rowElements (table: Element): Element[][] {
  const rows: Element[][] = []
  rowsBelow(table, rows)
  return rows
}

/*
 * The walk and the callbacks below are module functions, not closures made per call: V8 holds a closure's optimized
 * code weakly, so a closure made per page is compiled again after every full collection (docs/performance.md,
 * "Closures compiled again").
 */
function rowsBelow (el: Element, rows: Element[][]): void {
  for (const c of el.children) {
    if (!isElement(c)) continue
    const t = c.name
    if (t === 'tr') rows.push(c.children.filter(isCell))
    else if (t === 'thead' || t === 'tbody' || t === 'tfoot') rowsBelow(c, rows)
  }
}

const isCell = (x: AnyNode): x is Element => isElement(x) && /^t[hd]$/i.test(x.name)
const nonEmpty = (s: string): boolean => s !== ''
const rowTexts = (r: Element[]): string[] => r.flatMap(cellTexts)
const holdsText = (r: string[]): boolean => r.some(nonEmpty)
const widerOf = (most: number, r: string[]): number => Math.max(most, r.length)
const addWeighted = (n: number, s: string): number => n + weightedLength(s)

/** A cell's text, then an empty cell for each further column it spans, so that the columns stay aligned. */
function cellTexts (cell: Element): string[] {
  const span = Math.min(Math.max(1, Number.parseInt(cell.attribs?.colspan ?? '1', 10) || 1), 1000)
  return [lineOf(cell), ...Array.from({ length: span - 1 }, () => '')]
}

function isHeaderRow (cells: Element[], tr: Element | undefined): boolean {
  const inHead = tr?.parent !== null && tr?.parent !== undefined && isElement(tr.parent) && tr.parent.name === 'thead'
  return inHead || (cells.length > 0 && cells.every(c => c.name === 'th'))
}

/** A data table as one `table` candidate, or null for a layout table (the walker walks it as before). */
export function tableCandidate (table: Element, stats: Map<Element, TextStats>): Candidate | null {
  if (hasDescendant(table, LAYOUT_IN_TABLE)) return null
  const cellRows = rowElements(table)
  // too few rows whatever their cells say: no cell's text is read (a row of 100,000 unclosed cells)
  if (cellRows.length < MIN_TABLE_ROWS) return null
  const rows = cellRows.map(rowTexts).filter(holdsText)
  const widest = rows.reduce(widerOf, 0)
  if (rows.length < MIN_TABLE_ROWS || widest < MIN_TABLE_COLUMNS) return null
  const cells = rows.flat().filter(nonEmpty)
  const mean = cells.reduce(addWeighted, 0) / cells.length
  if (mean > DATA_CELL_MEAN_MAX) return null
  const first = cellRows.find(r => holdsText(rowTexts(r)))
  const header = first !== undefined && isHeaderRow(first, first[0]?.parent as Element | undefined)
  return { type: 'table', text: joinRows(rows), rows, header, evidence: evidence(table, stats) }
}

/** A table's `<caption>` as a caption candidate (a kept table keeps its caption above it). */
export function tableCaption (table: Element): Candidate | null {
  const caption = table.children.find((c): c is Element => isElement(c) && c.name === 'caption')
  const text = caption === undefined ? '' : lineOf(caption)
  return text === '' ? null : { type: 'caption', text, evidence: { tag: 'caption', linkDensity: 0 } }
}

/** A list or a data table as its candidates (a table's caption first), or null when the walker walks the element. */
export function structuredCandidates (el: Element, stats: Map<Element, TextStats>): Candidate[] | null {
  const tag = el.name
  if (tag === 'ul' || tag === 'ol') {
    const list = listCandidate(el, stats)
    return list === null ? null : [list]
  }
  if (tag !== 'table') return null
  const table = tableCandidate(el, stats)
  if (table === null) return null
  const caption = tableCaption(el)
  return caption === null ? [table] : [caption, table]
}
