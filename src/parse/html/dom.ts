/**
 * Small helpers over the parsed DOM (domhandler nodes, as cheerio builds them). The HTML front end walks nodes
 * directly rather than through selectors: one pass per step keeps large pages fast.
 */
import { ElementType } from 'domelementtype'
import { isCDATA, isComment, isDirective, isTag, isText, type AnyNode, type Element, type Text } from 'domhandler'

export type { AnyNode, Element }
/** domhandler's node kinds and type guards, so the front end never compares a node's `type` with a string. */
export { ElementType, isCDATA, isComment, isDirective, isText }

export function isElement (node: AnyNode): node is Element {
  // domhandler's `isTag` counts <script> and <style> (their own node types) as elements too
  return isTag(node)
}

/** Whether an element's attributes (or a parser's attribute record) hold any attribute. */
export function hasAttributes (attribs: Record<string, string>): boolean {
  for (const _ in attribs) return true
  return false
}

/**
 * An element's tag name, lower case: the tree builder (tree.ts, htmlparser2 in HTML mode) makes every name lower
 * case, so the front end reads `name` as it is (a `toLowerCase` per element read was 1% of a page).
 */
export function tagOf (node: AnyNode): string {
  return isElement(node) ? node.name : ''
}

export function attr (el: Element, name: string): string {
  return el.attribs?.[name] ?? ''
}

/** An element's first class token, `''` when it has none: the part of a class attribute that names a template's box. */
export function firstClass (el: Element): string {
  return attr(el, 'class').trim().split(/\s+/)[0] ?? ''
}

/** `class` and `id` together, the string the class/id patterns are matched against. */
export function classAndId (el: Element): string {
  return `${attr(el, 'class')} ${attr(el, 'id')}`.trim()
}

/** Removes a node from its parent. */
export function detach (node: AnyNode): void {
  const parent = node.parent
  if (parent === null) return
  const i = parent.children.indexOf(node)
  if (i >= 0) parent.children.splice(i, 1)
  if (node.prev !== null) node.prev.next = node.next
  if (node.next !== null) node.next.prev = node.prev
  node.parent = null
  node.prev = null
  node.next = null
}

/** A text node of white space only. */
export const isBlankText = (node: AnyNode): boolean => isText(node) && node.data.trim() === ''

/**
 * An element that holds text and nothing else, as a key (tag, attributes, text): two elements with one key read the
 * same. Undefined for any other node, and for an element with no text (spacers are layout, not copies).
 */
export function leafKey (node: AnyNode): string | undefined {
  if (!isElement(node) || node.children.length === 0) return undefined
  let text = ''
  for (const c of node.children) {
    if (!isText(c)) return undefined
    text += c.data
  }
  if (text.trim() === '') return undefined
  let key = node.name
  for (const name in node.attribs) key += ` ${name}=${node.attribs[name]}`
  return `${key}>${text}`
}

/** Concatenated text of a subtree (no normalization). */
export function textOf (node: AnyNode): string {
  if (isText(node)) return node.data
  if (!isElement(node) || node.type !== ElementType.Tag) return ''
  let out = ''
  for (const c of node.children) out += textOf(c)
  return out
}

/** The elements below `el`, in document order (the first `limit`). */
export function descendants (el: Element, limit = Number.POSITIVE_INFINITY): Element[] {
  const out: Element[] = []
  const stack: AnyNode[] = [...el.children].reverse()
  while (stack.length > 0 && out.length < limit) {
    const n = stack.pop()!
    if (!isElement(n)) continue
    out.push(n)
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i])
  }
  return out
}

/** The texts of a subtree's text nodes in document order, none inside a `<script>` or `<style>` (as `textOf` reads). */
export function * textsOf (root: AnyNode): Generator<string> {
  const stack: AnyNode[] = [root]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (isText(n)) {
      yield n.data
      continue
    }
    if (!isElement(n) || n.type !== ElementType.Tag) continue
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i])
  }
}

/** Every element of a subtree, in document order (the root included when it is an element). */
export function elementsOf (root: AnyNode): Element[] {
  const out: Element[] = []
  const stack: AnyNode[] = [root]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (!isElement(n)) continue
    out.push(n)
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i])
  }
  return out
}

/** Elements that start a new block of text; anything else is inline and flows into the current block. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'caption', 'legend', 'option', 'select', 'textarea', 'output', 'video', 'audio', 'picture'
])

/** Whether an element of this name begins a line of its own: a block, or a line break. */
export const breaksLine = (name: string): boolean => BLOCK_TAGS.has(name) || name === 'br'

/** Whether a link's address leads to no page: none, a fragment of this page alone, a script's (`javascript:;`). */
export const leadsNowhere = (href: string): boolean => NOWHERE.test(href)
const NOWHERE = /^\s*(?:#|javascript:|$)/i

/** Length in "Latin-equivalent characters" (CJK counts 2.5): defined once in src/text, re-exported here. */
export { weightedLength } from '../../text/index.js'

/** Clause punctuation in both scripts: the comma count Readability uses as a sign of prose. */
export const CLAUSE_PUNCT = /[,，、;；。.!?！？:：]/g

export function hostOf (href: string): string | undefined {
  const m = /^(?:https?:)?\/\/([^/?#:]+)/i.exec(href.trim())
  return m === null ? undefined : m[1].toLowerCase()
}

/**
 * Whether a link's host is the page's own site: the same host, `www.` aside, or one a subdomain of the other
 * (`home.example-cnblogs.com` on `example-cnblogs.com`). Without the page's host every host counts as its own.
 */
export function sameSite (linkHost: string, pageHost: string | undefined): boolean {
  if (pageHost === undefined) return true
  const bare = (x: string): string => x.replace(/^www\./, '')
  const h = bare(linkHost)
  const p = bare(pageHost)
  return h === p || linkHost.endsWith('.' + p) || pageHost.endsWith('.' + h)
}

/** Second-level labels under which unrelated sites register (`example.com.cn`): no parent site of their own. */
const GENERIC_SECOND_LEVEL = new Set(['com', 'net', 'org', 'gov', 'edu', 'ac', 'co', 'idv'])

/**
 * `sameSite`, or two hosts of one registered domain (`my.example-tiexue.net` beside `bbs.example-tiexue.net`: a forum's
 * member pages on a host of their own; `bbs.163.com` beside the city board `bbs.gz.163.com`: zh-blogs b181 of session
 * 40's unseen round). The registered domain is the last two labels, three under a generic second level (`com.cn`).
 */
export function sameSiteOrSibling (linkHost: string, pageHost: string | undefined): boolean {
  if (sameSite(linkHost, pageHost) || pageHost === undefined) return true
  const a = registered(linkHost)
  return a !== undefined && a === registered(pageHost)
}

/** The domain a host is registered under (`163.com` of `bbs.gz.163.com`, `example.com.cn`), or none for a bare one. */
function registered (host: string): string | undefined {
  const labels = host.split('.')
  const n = labels.length >= 3 && GENERIC_SECOND_LEVEL.has(labels[labels.length - 2]) ? 3 : 2
  return labels.length > n ? labels.slice(-n).join('.') : labels.length === n ? host : undefined
}

/** Deeper than this, real pages never go; hostile ones do, and recursive walks would overflow the stack. */
export const MAX_DEPTH = 256

/**
 * Flattens whatever sits deeper than `max` levels into the text it holds (iteratively), so that every later walk
 * over the tree can recurse safely. Returns how many elements were flattened.
 */
export function flattenDeep (root: AnyNode, max = MAX_DEPTH): number {
  let flattened = 0
  // two parallel stacks, not a pair per node: this walk runs over every node of every page
  const stack: AnyNode[] = [root]
  const depths: number[] = [0]
  while (stack.length > 0) {
    const node = stack.pop()!
    const depth = depths.pop()!
    if (!('children' in node)) continue
    const children = node.children as AnyNode[]
    if (depth >= max && isElement(node)) {
      let text = ''
      let keep: Text | undefined
      const inner: AnyNode[] = [...children].reverse()
      while (inner.length > 0) {
        const n = inner.pop()!
        if (isText(n)) {
          text += n.data
          keep ??= n
        } else if (isElement(n) && n.type === ElementType.Tag) {
          for (let i = n.children.length - 1; i >= 0; i--) inner.push(n.children[i])
        }
      }
      for (const c of children) c.parent = null
      if (keep !== undefined) {
        // the first text node of the subtree carries all of its text, as the element's only child
        keep.data = text
        keep.parent = node
        keep.prev = null
        keep.next = null
        node.children = [keep] as typeof node.children
      } else {
        node.children = []
      }
      flattened++
      continue
    }
    for (const c of children) {
      stack.push(c)
      depths.push(depth + 1)
    }
  }
  return flattened
}

/** Text of a subtree with a space wherever a block or line break separates words (for `removed` entries). */
export function readableText (node: AnyNode): string {
  let out = ''
  const stack: Array<AnyNode | ' '> = [node]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (n === ' ') {
      out += ' '
      continue
    }
    if (isText(n)) {
      out += n.data
      continue
    }
    if (!isElement(n) || n.type !== ElementType.Tag) continue
    const name = n.name
    const block = breaksLine(name)
    if (block) {
      out += ' '
      stack.push(' ')
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i])
  }
  return out
}
