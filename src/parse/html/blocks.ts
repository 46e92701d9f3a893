/**
 * Walks the chosen content into blocks, in document order:
 * headings -> `heading`; paragraphs, list items, `<pre>` and the text of plain `<div>`s -> `paragraph`
 * (`<br>` ends a paragraph: Chinese CMS pages separate paragraphs with `<br>`s inside one `<div>`);
 * `<blockquote>` -> `quote`; `<figcaption>` and table `<caption>` -> `caption`; data tables -> one paragraph per
 * row, cells joined by ` | `; layout tables (cells holding blocks) are walked through.
 *
 * Inside the content, what the reader did not come for is taken out and listed: elements whose class/id says
 * share bar, related list, comments, breadcrumb, tags, newsletter, ranking (`data/html-class-patterns.json`,
 * `boilerplate`), and link lists (at least 3 links, more than half the text in links, little punctuation).
 * Each block keeps its evidence: the tag it came from and its link density.
 */
import type { Candidate } from '../../draft.js'
import type { BlockType, Removal } from '../../types.js'
import { normalizeLine } from '../normalize.js'
import { clip } from './clean.js'
import { BLOCK_TAGS, classAndId, isElement, readableText, tagOf, type AnyNode, type Element } from './dom.js'
import { BOILERPLATE, POSITIVE, RELATED_LABEL } from './patterns.js'
import { linkDensity, type TextStats } from './score.js'

export interface WalkContext {
  removed: Removal[]
  stats: Map<Element, TextStats>
  /** Weighted text length of the whole content, to tell a boilerplate box from the content itself. */
  contentLen: number
  /** The winning container: never itself taken for boilerplate (its joined siblings may be). */
  top?: Element
}

const HEADING = /^h[1-6]$/
const LIST_LIKE = new Set(['ul', 'ol', 'dl', 'div', 'section', 'table', 'menu', 'p', 'span', 'center', 'font'])

/** Why a block inside the content is boilerplate, or undefined when it is content. */
export function boilerplateOf (el: Element, ctx: WalkContext): Pick<Removal, 'kind' | 'reason'> | undefined {
  const st = ctx.stats.get(el)
  const len = st?.len ?? 0
  const ci = classAndId(el)
  if (ci !== '' && len < 0.3 * ctx.contentLen) {
    for (const b of BOILERPLATE) {
      if (b.re.test(ci) && !(POSITIVE.test(ci) && len > 500)) return { kind: b.kind, reason: `class/id "${ci.slice(0, 60)}" marks ${b.kind === 'related' ? 'a related list' : b.kind === 'navigation' ? 'navigation' : 'boilerplate'}` }
    }
  }
  const tag = tagOf(el)
  if (LIST_LIKE.has(tag) && st !== undefined && st.len > 0) {
    const ld = linkDensity(ctx.stats, el)
    const links = countLinks(el)
    if (links >= 3 && ld > 0.5 && st.punct < 10 && len < 0.5 * ctx.contentLen) {
      return { kind: 'related', reason: `link list: ${links} links, ${Math.round(ld * 100)}% of the text in links` }
    }
  }
  return undefined
}

function countLinks (el: Element): number {
  let n = 0
  const stack: AnyNode[] = [el]
  while (stack.length > 0) {
    const x = stack.pop() as AnyNode
    if (!isElement(x)) continue
    if (x.name === 'a') n++
    for (const c of x.children) stack.push(c)
  }
  return n
}

function isLayoutTable (table: Element): boolean {
  const stack: AnyNode[] = [...table.children]
  while (stack.length > 0) {
    const x = stack.pop() as AnyNode
    if (!isElement(x)) continue
    const t = x.name.toLowerCase()
    if (t === 'table' || t === 'p' || t === 'div' || HEADING.test(t) || t === 'ul' || t === 'ol' || t === 'blockquote') return true
    for (const c of x.children) stack.push(c)
  }
  return false
}

function typeFor (tag: string, inherited: BlockType): BlockType {
  if (HEADING.test(tag)) return 'heading'
  if (tag === 'blockquote' || tag === 'q') return 'quote'
  if (tag === 'figcaption' || tag === 'caption') return 'caption'
  return inherited
}

/** Walks the content nodes into candidate blocks, listing boilerplate taken out on the way in `ctx.removed`. */
export function walkBlocks (nodes: Element[], ctx: WalkContext): Candidate[] {
  const blocks: Candidate[] = []
  let buf = ''
  let linkChars = 0
  let bufTag = ''
  let bufType: BlockType = 'paragraph'

  const flush = (): void => {
    const text = normalizeLine(buf.replace(/\s+/g, ' ')) // source line breaks are white space in HTML
    if (text !== '') {
      const ld = text.length === 0 ? 0 : Math.min(1, linkChars / text.length)
      blocks.push({ type: bufType, text, evidence: { tag: bufTag === '' ? 'div' : bufTag, linkDensity: Math.round(ld * 1000) / 1000 } })
    }
    buf = ''
    linkChars = 0
    bufTag = ''
  }

  const add = (text: string, inLink: boolean, tag: string, type: BlockType): void => {
    if (buf === '' && text.trim() === '') return
    if (buf === '') {
      bufTag = tag
      bufType = type
    }
    buf += text
    if (inLink) linkChars += normalizeLine(text).length
  }

  const walk = (node: AnyNode, tag: string, type: BlockType, inLink: boolean, top: boolean): void => {
    if (node.type === 'text') {
      add(node.data, inLink, tag, type)
      return
    }
    if (!isElement(node)) return
    const t = node.name.toLowerCase()
    if (t === 'br') {
      flush()
      return
    }
    if (t === 'hr') {
      flush()
      return
    }
    const block = BLOCK_TAGS.has(t) || HEADING.test(t)
    if (block && !top) {
      const b = boilerplateOf(node, ctx)
      if (b !== undefined) {
        const text = normalizeLine(readableText(node))
        if (text !== '') ctx.removed.push({ kind: b.kind, text: clip(text), reason: b.reason })
        return
      }
    }
    if (t === 'table' && !isLayoutTable(node)) {
      flush()
      tableRows(node, type)
      return
    }
    if (!block) {
      for (const c of node.children) walk(c, tag, type, inLink || t === 'a', false)
      return
    }
    flush()
    const childType = typeFor(t, type)
    for (const c of node.children) walk(c, t, childType, inLink, false)
    flush()
  }

  const tableRows = (table: Element, type: BlockType): void => {
    const rows: Element[] = []
    const stack: AnyNode[] = [table]
    while (stack.length > 0) {
      const x = stack.pop() as AnyNode
      if (!isElement(x)) continue
      if (x.name === 'tr') {
        rows.push(x)
        continue
      }
      if (x.name === 'caption') {
        const text = normalizeLine(readableText(x).replace(/\s+/g, ' '))
        if (text !== '') blocks.push({ type: 'caption', text, evidence: { tag: 'caption', linkDensity: 0 } })
        continue
      }
      for (let i = x.children.length - 1; i >= 0; i--) stack.push(x.children[i])
    }
    for (const tr of rows) {
      const cells = tr.children.filter(isElement).map(c => normalizeLine(readableText(c).replace(/\s+/g, ' '))).filter(c => c !== '')
      if (cells.length === 0) continue
      const st = ctx.stats.get(tr)
      blocks.push({ type, text: cells.join(' | '), evidence: { tag: 'tr', linkDensity: st === undefined || st.len === 0 ? 0 : Math.round(st.linkLen / st.len * 1000) / 1000 } })
    }
  }

  for (const n of nodes) walk(n, tagOf(n), typeFor(tagOf(n), 'paragraph'), false, n === ctx.top || nodes.length === 1)
  flush()
  return dropRelatedLinks(blocks, ctx.removed)
}

/**
 * `Related: <a>Other story</a>` paragraphs and bare `RELATED` labels before a link line: links to other stories,
 * not the article. Taken out here, where the link evidence still exists.
 */
export function dropRelatedLinks (blocks: Candidate[], removed: Removal[]): Candidate[] {
  const out: Candidate[] = []
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]
    if (b.type === 'paragraph' && (b.evidence?.linkDensity ?? 0) >= 0.9 && b.text.length < 60) {
      // a lone short link (a button, "Read the review", a call to action): not the article's prose
      removed.push({ kind: 'navigation', text: clip(b.text), reason: 'a lone link inside the content' })
      continue
    }
    const m = RELATED_LABEL.exec(b.text)
    if (m !== null && b.type !== 'quote') {
      const rest = m[1] ?? ''
      const ld = b.evidence?.linkDensity ?? 0
      const next = blocks[i + 1]
      const bare = rest === '' && b.text.length <= 40
      if (rest !== '' && b.text.length > 0 && ld * b.text.length >= 0.5 * rest.length) {
        removed.push({ kind: 'related', text: clip(b.text), reason: 'a link to another story after a related-story label' })
        continue
      }
      if (bare && (next === undefined || (next.evidence?.linkDensity ?? 0) >= 0.5)) {
        removed.push({ kind: 'related', text: clip(b.text), reason: 'a related-story label before links to other stories' })
        continue
      }
    }
    out.push(b)
  }
  return out
}

