/**
 * A removal never takes the article. A chrome rule of the cleaner (page chrome, forms, hidden elements) does not
 * remove a container that holds most of the page's paragraph text (`articleGuard`). When the cleaning and content
 * rules leave no block from a page that has
 * substantial visible text, the rules misfired (a teaser-list or class rule took the one container holding
 * headline and article together): the page is recovered as its visible text, block by block, with only what a
 * reader never sees taken out (scripts, styles, hidden elements). The later stages (boilerplate, metadata) still
 * run on the recovered blocks. A page with no visible text stays empty (the pipeline answers 422).
 */
import type { Candidate } from '../../draft.js'
import { normalizeLine as foldedLine } from './short-text.js'
import { attr, isElement, isText, tagOf, type AnyNode, type Element } from './dom.js'
import { hidingStyle } from './patterns.js'
import { bodyOf, parseTree } from './tree.js'
import type { PageText } from '../../text/pieces.js'

/** Below this many visible characters a page is not "substantial": nothing to recover. */
export const SUBSTANTIAL_TEXT = 200

const INVISIBLE = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'canvas', 'iframe',
  'object', 'embed', 'select', 'option', 'textarea', 'button', 'datalist', 'map', 'audio', 'video',
])
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'td', 'th', 'table', 'section', 'article',
  'main', 'header', 'footer', 'nav', 'aside', 'form', 'blockquote', 'pre', 'figure', 'figcaption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'center', 'hr', 'address',
])

function hidden (el: AnyNode): boolean {
  if (!isElement(el)) return false
  return attr(el, 'hidden') !== '' || el.attribs?.hidden !== undefined || attr(el, 'aria-hidden') === 'true' ||
    hidingStyle(attr(el, 'style')) !== undefined
}

/** The page's visible text as blocks, one per block-level element; empty when the page has too little text. */
export function recoverBlocks (html: string | PageText): Candidate[] {
  const root: AnyNode = bodyOf(parseTree(html))
  const blocks: Candidate[] = []
  let buf = ''
  const flush = (): void => {
    const text = foldedLine(buf)
    if (text !== '') blocks.push({ type: 'paragraph', text, evidence: { tag: 'div' } })
    buf = ''
  }
  // iterative walk: a marker string on the stack closes a block element
  const stack: Array<AnyNode | 'end'> = [root]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (n === 'end') {
      flush()
      continue
    }
    if (isText(n)) {
      buf += n.data
      continue
    }
    if (!isElement(n) || INVISIBLE.has(tagOf(n)) || hidden(n)) continue
    if (BLOCK.has(tagOf(n))) {
      flush()
      stack.push('end')
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i])
  }
  flush()
  const length = blocks.reduce((a, b) => a + b.text.length, 0)
  return length < SUBSTANTIAL_TEXT ? [] : blocks
}

/** A removal may not take a container holding at least this share of the page's paragraph text. */
export const ARTICLE_SHARE = 0.5

export interface ArticleGuard {
  /** Whether `el` holds most of the page's paragraph text (and the page has substantial text). */
  holdsArticle: (el: Element) => boolean
}

/**
 * The least text an element can hold and still hold the article: `ARTICLE_SHARE` of a page that has
 * `SUBSTANTIAL_TEXT`. Only elements above it are kept (the article's few ancestors): every other one is answered
 * no, as the full count would answer.
 */
const GUARDED_MIN = ARTICLE_SHARE * SUBSTANTIAL_TEXT

/**
 * Counts, in one pass over the page, the text under every element: the text inside `<p>` elements and all
 * visible text (pages with little inside `<p>`, old table-and-`<br>` layouts, are judged on all text alone).
 */
export function articleGuard (root: Element): ArticleGuard {
  const counts: GuardCounts = { guarded: [], paras: [], alls: [], paraOfLast: 0 }
  const allTotal = countBelow(root, false, counts)
  const paraTotal = counts.paraOfLast
  // the counts of the elements that can hold the article on this page (at least `ARTICLE_SHARE` of all its text: the
  // article's few ancestors), kept for the question; every other one is answered no, as its count would answer
  const para = new Map<Element, number>()
  const all = new Map<Element, number>()
  for (let i = 0; i < counts.guarded.length; i++) {
    if (counts.alls[i] < ARTICLE_SHARE * allTotal) continue
    para.set(counts.guarded[i], counts.paras[i])
    all.set(counts.guarded[i], counts.alls[i])
  }
  // most of the `<p>` text AND most of all the text: a footer of `<p>` legal lines beside an article written in
  // `<div>`s holds the one, not the other
  const usePara = paraTotal >= SUBSTANTIAL_TEXT
  return {
    holdsArticle: el => allTotal >= SUBSTANTIAL_TEXT && (all.get(el) ?? 0) >= ARTICLE_SHARE * allTotal &&
      (!usePara || (para.get(el) ?? 0) >= ARTICLE_SHARE * paraTotal)
  }
}

/**
 * The elements over `GUARDED_MIN` and the text under each, inside `<p>` and all (lists in step, not maps: every
 * paragraph of a long page is over it, and most are dropped once the page's total is known); and the `<p>` text of
 * the node counted last.
 */
interface GuardCounts { guarded: Element[], paras: number[], alls: number[], paraOfLast: number }

/**
 * `articleGuard`'s walk: returns the node's visible text and leaves its `<p>` text in `paraOfLast` (no pair allocated
 * per node). A module function, not a closure made per page: V8 holds a closure's optimized code weakly, so a
 * per-page closure is compiled again after every full collection (docs/performance.md, "Closures compiled again").
 */
function countBelow (n: AnyNode, inP: boolean, counts: GuardCounts): number {
  if (isText(n)) {
    const len = n.data.trim().length
    counts.paraOfLast = inP ? len : 0
    return len
  }
  counts.paraOfLast = 0
  if (!isElement(n) || INVISIBLE.has(tagOf(n))) return 0
  const p = inP || tagOf(n) === 'p'
  let sp = 0
  let sa = 0
  for (const c of n.children) {
    sa += countBelow(c, p, counts)
    sp += counts.paraOfLast
  }
  if (sa >= GUARDED_MIN) {
    counts.guarded.push(n)
    counts.paras.push(sp)
    counts.alls.push(sa)
  }
  counts.paraOfLast = sp
  return sa
}
