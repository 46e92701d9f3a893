/**
 * Posts laid out as a few rows each rather than one element each. The table forums of the 2000s write a thread as one
 * table whose posts are runs of rows with no class or id of their own: XMB gives each post three rows (the poster's
 * cell spanning them, the message, a footer of icons), AspNetForums a post's row and a spacer row, and the two colours
 * a board alternates between posts (`forumRow`, `forumAlternate`) keep any one class from marking them. What repeats is
 * the rhythm: from the first child that holds a member's link on, the children of one parent fall into chunks of `p`
 * children whose tags, and whose holding of a member's link, are the same chunk after chunk. Each chunk is a post. Only
 * a table's rows are read so (a run of paragraphs that each mention a member is an article's text).
 */
import { isElement, type AnyNode, type Element } from './dom.js'

/** Rows a post spans, at most (a header, the message, a signature, a footer and a spacer between posts). */
const MAX_PERIOD = 6

/** Each element child's tag and whether it holds a member's link (`tr+`, `tr-`): what a chunk must repeat. */
const stepOf = (el: Element, holders: ReadonlySet<AnyNode>): string => `${el.name}${holders.has(el) ? '+' : '-'}`

/**
 * The chunks of `kids` from `start` on with period `period`: as many as repeat the first chunk's steps, each chunk
 * the same tags and the same holding of a member's link.
 */
function chunksOf (kids: Element[], steps: string[], start: number, period: number): Element[][] {
  const chunks: Element[][] = []
  for (let at = start; at + period <= kids.length; at += period) {
    for (let i = 0; i < period; i++) if (steps[at + i] !== steps[start + i]) return chunks
    chunks.push(kids.slice(at, at + period))
  }
  return chunks
}

/**
 * The posts among a table's rows when they repeat in chunks of one to `MAX_PERIOD` rows (the shortest period that gives
 * at least `minPosts` chunks), the first chunk opening with a row that holds a member's link; else undefined.
 */
export function postChunks (el: Element, holders: ReadonlySet<AnyNode>, minPosts: number): Element[][] | undefined {
  const kids = el.children.filter(isElement)
  if (!kids.some(k => k.name === 'tr')) return undefined
  const start = kids.findIndex(k => holders.has(k))
  if (start < 0) return undefined
  const steps = kids.map(k => stepOf(k, holders))
  for (let period = 1; period <= MAX_PERIOD; period++) {
    if (start + minPosts * period > kids.length) break
    const chunks = chunksOf(kids, steps, start, period)
    if (chunks.length >= minPosts) return chunks
  }
  return undefined
}
