/**
 * HTML text -> a domhandler tree, in time linear in the input on every shape.
 *
 * htmlparser2's tokenizer and tree builder are about ten times faster than parse5 on real pages, but its parser
 * keeps the open elements in an array whose top is index 0 (`unshift`/`shift`/`indexOf`): every open tag moves the
 * whole stack, and a closing tag that matches nothing scans all of it, so 100,000 unclosed or nested elements
 * cost minutes. The parser only ever uses `length`, `[0]`, `shift`, `unshift` and `indexOf` on that stack (and
 * `[i]` once at the end, for names the DOM handler ignores): `TopFirstStack` gives the same answers with the top
 * at the end of an array and a count per tag name, so each operation is O(1) or pays for the elements it closes.
 *
 * htmlparser2 repairs less than a browser: it closes `<p>`, `<li>`, cells and the like implicitly, but does not
 * move misplaced content out of `<head>` or into `<body>`. `ensureBody` does what the later stages rely on: one
 * `<body>` holding everything a reader could see.
 */
import { Parser } from 'htmlparser2'
import { ElementType } from 'domelementtype'
import {
  DomHandler, Document, Element, isDirective, type AnyNode, type ChildNode, type ParentNode
} from 'domhandler'
import { fastTokenizer } from './tokenizer.js'
import { isCmsComment } from './cms-comment.js'
import type { PageText } from '../../text/pieces.js'
import { MIN_COLLAPSED_RUN } from '../repeats.js'
import { hasAttributes, isBlankText, leafKey } from './dom.js'

/** How end tags match open elements: names in one group close each other, `null` marks a name no end tag closes. */
export type EndGroup<T> = (x: T) => unknown

/** What an element is to an `ImpliedClose`: its target, or one of its boundary (else 0). */
const TARGET = 1
const BOUNDARY = 2

/** An element a start tag closes when it is open, unless an element of `boundary` stands above it. */
export interface ImpliedClose<T> { target: T, boundary: ReadonlySet<T> }

/**
 * An open-element stack with its top at index 0, as htmlparser2's parser reads it, backed top-last. For each
 * `ImpliedClose` target it keeps, per level, where the nearest open target is that no boundary hides, so the
 * question "is a `<p>` open in scope?" costs O(1) too.
 */
export class TopFirstStack<T> {
  private readonly items: T[] = []
  private readonly counts = new Map<unknown, number>()
  private readonly nearest: Map<T, number[]>
  /** The levels of each `implied` target, in `implied`'s order (the map's lists, without a lookup per tag). */
  private readonly levels: number[][]
  /** `rolesOf`'s answers: one lookup per open tag instead of a set lookup per `implied` entry. */
  private readonly roles = new Map<T, Uint8Array>()

  constructor (
    initial: T[] = [], private readonly group: EndGroup<T> = x => x,
    private readonly implied: Array<ImpliedClose<T>> = [],
  ) {
    this.levels = implied.map(() => [])
    this.nearest = new Map(implied.map((c, i) => [c.target, this.levels[i]]))
    for (let i = initial.length - 1; i >= 0; i--) this.unshift(initial[i])
  }

  get length (): number {
    return this.items.length
  }

  set length (n: number) {
    while (this.items.length > n) this.shift()
  }

  /**
   * The top of the stack (the parser's `stack[0]`), kept as an own data property: a getter under an index key
   * sends every read of it (each start and end tag) down V8's slow path for indexed accessors.
   */
  0: T | undefined = undefined

  unshift (x: T): number {
    const at = this.items.length
    this.items.push(x)
    this[0] = x
    const g = this.group(x)
    this.counts.set(g, (this.counts.get(g) ?? 0) + 1)
    const roles = this.rolesOf(x)
    for (let i = 0; i < roles.length; i++) {
      const levels = this.levels[i]
      const role = roles[i]
      levels.push(role === TARGET ? at : role === BOUNDARY ? -1 : at > 0 ? levels[at - 1] : -1)
    }
    return this.items.length
  }

  /** What `x` is to each `implied` entry (TARGET, BOUNDARY or neither), worked out once per name. */
  private rolesOf (x: T): Uint8Array {
    let roles = this.roles.get(x)
    if (roles === undefined) {
      roles = Uint8Array.from(this.implied, c => x === c.target ? TARGET : c.boundary.has(x) ? BOUNDARY : 0)
      this.roles.set(x, roles)
    }
    return roles
  }

  shift (): T | undefined {
    if (this.items.length === 0) return undefined
    const x = this.items.pop() as T
    this[0] = this.items[this.items.length - 1]
    const g = this.group(x)
    this.counts.set(g, this.counts.get(g)! - 1)
    for (const levels of this.levels) levels.pop()
    return x
  }

  /**
   * Distance from the top of the nearest element an end tag `x` closes, -1 when none is open (found in O(1); when
   * one is, the parser closes everything above it next, so the scan is paid for).
   */
  indexOf (x: T): number {
    const g = this.group(x)
    if (g === null || (this.counts.get(g) ?? 0) === 0) return -1
    for (let i = this.items.length - 1; i >= 0; i--) {
      if (this.group(this.items[i]) === g) return this.items.length - 1 - i
    }
    return -1
  }

  /** Distance from the top of the nearest open `target` no boundary hides, -1 when none (an `ImpliedClose` target). */
  inScope (target: T): number {
    const levels = this.nearest.get(target)
    const at = levels === undefined || levels.length === 0 ? -1 : levels[levels.length - 1]
    return at < 0 ? -1 : this.items.length - 1 - at
  }
}

/** What may stand in `<head>`; the first other element starts the body, as in a browser. */
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'script', 'style', 'base', 'noscript', 'template'])

function isTag (n: AnyNode, name: string): boolean {
  return n.type === ElementType.Tag && n.name === name
}

/** Finds the first element named `name` among `nodes` and their descendants (document order, no recursion). */
function findTag (nodes: ChildNode[], name: string): Element | undefined {
  const stack: AnyNode[] = [...nodes].reverse()
  while (stack.length > 0) {
    const n = stack.pop()!
    if (!(n instanceof Element)) continue
    if (isTag(n, name)) return n
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i])
  }
  return undefined
}

/** Re-links `nodes` as the children of `parent`. */
function adopt (parent: Element | Document, nodes: ChildNode[]): void {
  parent.children = nodes
  for (let i = 0; i < nodes.length; i++) {
    nodes[i].parent = parent
    nodes[i].prev = nodes[i - 1] ?? null
    nodes[i].next = nodes[i + 1] ?? null
  }
}

const visible = (n: ChildNode): boolean =>
  !isDirective(n) && !isTag(n, 'head') && !isTag(n, 'body') && !isTag(n, 'html')

/**
 * Gives the document one `<body>` under `<html>` holding everything a reader could see: what stands beside it
 * (before or after `<body>`, after `</html>`) and what follows the first non-head element in `<head>` move in.
 */
export function ensureBody (doc: Document): Element {
  let html = doc.children.find((n): n is Element => n instanceof Element && isTag(n, 'html'))
  if (html === undefined) {
    html = new Element('html', {})
    const rest = doc.children.filter(n => isDirective(n))
    adopt(html, doc.children.filter(n => !isDirective(n)))
    adopt(doc, [...rest, html])
  }
  let body = html.children.find((n): n is Element => n instanceof Element && isTag(n, 'body')) ??
    findTag(html.children, 'body')
  if (body === undefined) body = new Element('body', {})
  else if (body.parent !== html && body.parent !== null) {
    // a `<body>` opened inside another element (markup before it left open): lifted out, as a browser does
    const parent = body.parent
    adopt(parent as Element, parent.children.filter(n => n !== body))
  }
  const head = html.children.find((n): n is Element => n instanceof Element && isTag(n, 'head'))
  const before: ChildNode[] = []
  const after: ChildNode[] = []
  if (head !== undefined) {
    const at = head.children.findIndex(n => n.type === ElementType.Tag && !HEAD_CONTENT.has(n.name))
    if (at >= 0) {
      for (const node of head.children.slice(at)) before.push(node)
      adopt(head, head.children.slice(0, at))
    }
  }
  let seen = false
  for (const n of html.children) {
    if (n === body) seen = true
    else if (visible(n)) (seen ? after : before).push(n)
  }
  // after `</html>`: parse5 (and browsers) append it to the body
  const outside = doc.children.filter(n => n !== html && !isDirective(n))
  adopt(body, [...before, ...body.children, ...after, ...outside])
  adopt(html, [...(head !== undefined ? [head] : []), body])
  adopt(doc, [...doc.children.filter(n => isDirective(n)), html])
  return body
}

/** Elements a document has once: a second one (a page pasted into the page) is unwrapped, as parse5 ignores it. */
const ONCE = new Set(['html', 'head', 'body'])
/** The six heading names (a set: asked at every start and end tag, where a pattern test costs more). */
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const isNestedOnce = (c: ChildNode): boolean => c instanceof Element && ONCE.has(c.name)

/**
 * The attributes of every element written without any: one frozen object, not an empty one per element that lives
 * as long as the tree (56 bytes each). Nothing in the pipeline writes attributes; frozen, a write would throw.
 */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({})

/**
 * A tree builder that keeps the `<html>`, `<head>` and `<body>` elements it makes (`ONCE`), so that `repair` can
 * tell from them alone whether a page holds a nested one (most pages do not).
 */
class TreeBuilder extends DomHandler {
  readonly once: Element[] = []
  /** The deepest level an element was made at (the document's children are at 1). */
  deepest = 0
  /** Parents that came to hold `CROWDED_CHILDREN` children (`crowdedParents`), each once. */
  readonly crowded: ParentNode[] = []
  /** The run of equal elements each crowded parent ends with: its text key, its last kept copy, how many kept. */
  private readonly runs = new Map<ParentNode, { key: string, last: Element, kept: number }>()
  /** Copies dropped past `MIN_COLLAPSED_RUN`, by the run's last kept copy (`droppedCopies`). */
  readonly dropped = new Map<AnyNode, number>()
  /** The `<script>` elements with no `src`, in page order (`inlineScripts`). */
  readonly scripts: Element[] = []

  /**
   * An element that closes as one more copy of the run its parent ends with, past `MIN_COLLAPSED_RUN` copies kept,
   * leaves the tree at once (with the blank text before it), and is counted: sibling-runs.ts collapses the copies kept
   * and reports them all. Only a crowded parent's children are looked at.
   */
  override onclosetag (): void {
    const el = this.tagStack[this.tagStack.length - 1]
    super.onclosetag()
    const parent = el?.parent
    if (!(el instanceof Element) || parent === null || parent.children.length < CROWDED_CHILDREN) return
    const key = leafKey(el)
    const run = this.runs.get(parent)
    if (key === undefined) {
      this.runs.delete(parent)
      return
    }
    let prev = el.prev
    while (prev !== null && isBlankText(prev)) prev = prev.prev
    if (run?.key !== key || prev !== run.last) {
      this.runs.set(parent, { key, last: el, kept: 1 })
      return
    }
    if (run.kept < MIN_COLLAPSED_RUN) {
      run.kept++
      run.last = el
      return
    }
    // the copy and the blank text before it are the parent's last children
    while (parent.children.length > 0 && parent.children[parent.children.length - 1] !== run.last) {
      const gone = parent.children.pop()!
      gone.parent = null
      gone.prev = null
    }
    run.last.next = null
    this.dropped.set(run.last, (this.dropped.get(run.last) ?? 0) + 1)
  }

  /**
   * A node added to a parent without children becomes its one-element children list, not a push onto the empty list
   * the parent was made with: V8 grows an empty array's backing store to 17 slots on its first push, so every element
   * of one child (a paragraph's text, a link's) kept 16 empty slots (about 130 bytes) for as long as the tree lives.
   * A later child grows the list as a push does.
   */
  protected override addNode (node: ChildNode): void {
    const parent = this.tagStack[this.tagStack.length - 1]
    if (parent.children.length > 0) {
      super.addNode(node)
      return
    }
    parent.children = [node]
    node.parent = parent
    this.lastNode = null
  }

  override onopentag (name: string, attribs: Record<string, string>): void {
    super.onopentag(name, hasAttributes(attribs) ? attribs : NO_ATTRIBUTES)
    // the open elements under the document, this one the last
    const level = this.tagStack.length - 1
    if (level > this.deepest) this.deepest = level
    if (ONCE.has(name)) this.once.push(this.tagStack[level] as Element)
    else if (name === 'script' && attribs.src === undefined) this.scripts.push(this.tagStack[level] as Element)
    const parent = this.tagStack[level - 1]
    if (parent?.children.length === CROWDED_CHILDREN) this.crowded.push(parent)
  }

  /** The first comment that is a CMS's properties block (cms-comment.ts), caught as it is parsed: no walk finds it. */
  cms: string | undefined

  override oncomment (data: string): void {
    super.oncomment(data)
    if (this.cms === undefined && isCmsComment(data)) this.cms = data
  }
}

/**
 * Levels `ensureBody` may add above an element: what stands beside `<html>` goes into the body under a new or the
 * page's `<html>` (2); what stands in `<html>` beside `<body>` goes one level down (1). Lifting a `<body>` and the
 * repair of nested ones only take levels away.
 */
const LEVELS_ADDED = 2
/** The parsed documents and a level no element of theirs stands at or below (`depthBound`). */
const DEPTH_BOUNDS = new WeakMap<Document, number>()
/** The parsed documents and their CMS properties comment, when they have one (`cmsComment`). */
const CMS_COMMENTS = new WeakMap<Document, string>()
/** The parsed documents and their parents of many children (`crowdedParents`). */
const CROWDED = new WeakMap<Document, readonly ParentNode[]>()
/** The parsed documents and the copies their tree builder dropped (`droppedCopies`). */
const DROPPED = new WeakMap<Document, ReadonlyMap<AnyNode, number>>()
/** The parsed documents and their inline scripts (`inlineScripts`). */
const SCRIPTS = new WeakMap<Document, readonly Element[]>()

/**
 * The `<script>` elements without a `src` of a document `parseTree` made, in page order, caught as they were parsed
 * (redirect-script.ts reads them: no walk finds them); empty for any other document.
 */
export function inlineScripts (doc: Document): readonly Element[] {
  return SCRIPTS.get(doc) ?? []
}

/**
 * The copies of an element the tree builder of a document `parseTree` made dropped as they were parsed, by the last
 * copy it kept of their run (sibling-runs.ts adds them to the run it collapses); empty for any other document.
 */
export function droppedCopies (doc: Document): ReadonlyMap<AnyNode, number> {
  return DROPPED.get(doc) ?? new Map()
}
/**
 * Children from which a parent is listed as crowded: the least that can hold a run of `MIN_COLLAPSED_RUN` equal
 * elements (src/parse/repeats.ts). A run needs that many elements; text between them only adds children.
 */
const CROWDED_CHILDREN = MIN_COLLAPSED_RUN

/**
 * The parents of a document `parseTree` made that held `CROWDED_CHILDREN` children or more as it was parsed (its
 * `<body>` may hold more since: `ensureBody` moves elements into it), so that a pass over runs of children
 * (sibling-runs.ts) looks at them alone, not at every element; empty for any other document.
 */
export function crowdedParents (doc: Document): readonly ParentNode[] {
  return CROWDED.get(doc) ?? []
}

/** The text of the CMS properties comment of a document `parseTree` made (cms-comment.ts), if it has one. */
export function cmsComment (doc: Document): string | undefined {
  return CMS_COMMENTS.get(doc)
}

/**
 * A level below the deepest element of a document `parseTree` made (its elements stand at levels 1 to this minus
 * one; the document's children are at 1), or Infinity for any other document. A walk that acts only on elements at
 * some level or deeper (`flattenDeep`) has nothing to do when that level is at or past the bound.
 */
export function depthBound (doc: Document): number {
  return DEPTH_BOUNDS.get(doc) ?? Number.POSITIVE_INFINITY
}

/**
 * A repair a browser makes that later stages notice, in one pass without recursion: nested `<html>`, `<head>` and
 * `<body>` elements (a page pasted into the page) are replaced by their content.
 *
 * `once` are every such element the parser made (`ensureBody` makes only the root `<html>` and a `<body>` under
 * it). The pass changes the tree only where an element other than `html` holds one of them as a child, and a child's
 * `parent` is the element that holds it (the parser and `adopt` keep them so): when each of them stands under
 * `html` or the document, or under nothing, there is nothing to repair, and the walk over every element is saved.
 */
function repair (html: Element, once: readonly Element[]): void {
  if (once.every(e => e.parent === null || e.parent === html || e.parent === html.parent)) return
  const stack: Element[] = [html]
  while (stack.length > 0) {
    const el = stack.pop()!
    // most elements hold no nested document element: their children are not copied
    if (el === html || !el.children.some(isNestedOnce)) {
      for (const c of el.children) if (c instanceof Element) stack.push(c)
      continue
    }
    const pending = [...el.children].reverse()
    const out: ChildNode[] = []
    let changed = false
    while (pending.length > 0) {
      const c = pending.pop()!
      if (c instanceof Element) {
        if (ONCE.has(c.name) && el !== html) {
          for (let i = c.children.length - 1; i >= 0; i--) pending.push(c.children[i])
          changed = true
          continue
        }
        stack.push(c)
      }
      out.push(c)
    }
    if (changed) adopt(el, out)
  }
}

/**
 * End tags as a browser matches them: `</body>` and `</html>` close nothing (what follows is still the page's body;
 * pages that paste another page's markup into theirs write `</body>` in the middle), and any heading's end tag
 * closes the open heading (`<h1>Title</h2>`).
 */
function endGroup (name: string): string | null {
  if (name === 'body' || name === 'html') return null
  return HEADING.has(name) ? 'h' : name
}

const HEADINGS = [...HEADING]
/** Where a `<p>` hides from later start tags: the HTML standard's "button scope" (and foreign content). */
const BUTTON_SCOPE = new Set([
  'applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template', 'button', 'svg', 'math'
])
/** The standard's "special" elements: an open `<li>`, `<dd>` or `<dt>` below one of them stays open. */
const SPECIAL = [
  'applet', 'area', 'article', 'aside', 'base', 'blockquote', 'body', 'br', 'button', 'caption', 'center', 'col',
  'colgroup', 'details', 'dir', 'dl', 'embed', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame',
  'frameset',
  ...HEADINGS, 'head', 'header', 'hgroup', 'hr', 'html', 'iframe', 'img', 'input', 'li', 'dd', 'dt', 'link', 'listing',
  'main', 'marquee', 'menu', 'meta', 'nav', 'noscript', 'object', 'ol', 'pre', 'script', 'search', 'section', 'select',
  'style', 'summary', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul',
  'xmp', 'svg', 'math'
]
const listScope = (except: string): Set<string> => new Set(SPECIAL.filter(t => t !== except))
/** Where an open `<a>` hides from a new one: the markers of the standard's active formatting list. */
const A_SCOPE = new Set(['applet', 'object', 'marquee', 'template', 'td', 'th', 'caption', 'html', 'svg', 'math'])
const IMPLIED: Array<ImpliedClose<string>> = [
  { target: 'p', boundary: BUTTON_SCOPE },
  { target: 'li', boundary: listScope('li') },
  { target: 'dd', boundary: listScope('dd') },
  { target: 'dt', boundary: listScope('dt') },
  { target: 'a', boundary: A_SCOPE }
]
/** Start tags that close an open `<p>` (the standard's list; htmlparser2 only closes one on top of the stack). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset',
  'figcaption', 'figure', 'footer', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section',
  'summary', 'ul', ...HEADINGS, 'pre', 'listing', 'form', 'table', 'hr', 'li', 'dd', 'dt', 'plaintext', 'xmp'
])

const nearer = (a: number, b: number): number => (a < 0 ? b : b < 0 ? a : Math.min(a, b))

/**
 * How many open elements a start tag closes first, as a browser's tree builder does: an open `<p>` in scope before
 * a block, an open `<li>` (`<dd>`, `<dt>`) before the next one, an open `<a>` before a new link, a heading on top
 * before a heading. -1 when none.
 */
function impliedCloses (name: string, stack: TopFirstStack<string>): number {
  let depth = CLOSES_P.has(name) ? stack.inScope('p') : -1
  if (name === 'li' || name === 'a') depth = Math.max(depth, stack.inScope(name))
  else if (name === 'dd' || name === 'dt') depth = Math.max(depth, nearer(stack.inScope('dd'), stack.inScope('dt')))
  else if (HEADING.has(name) && HEADING.has(stack[0] ?? '')) depth = Math.max(depth, 0)
  return depth
}

/**
 * The pieces of a page to the parser in order, CR LF and lone CR as line feeds, as the standard's input stream
 * preprocessing makes them. A CR that ends a piece waits for the next one, whose LF may complete it.
 */
function feed (parser: Parser, pieces: PageText): void {
  let carried = ''
  for (const piece of pieces) {
    let chunk = carried === '' ? piece : carried + piece
    carried = ''
    if (chunk.endsWith('\r')) {
      carried = '\r'
      chunk = chunk.slice(0, -1)
    }
    parser.write(chunk.includes('\r') ? chunk.replace(/\r\n?/g, '\n') : chunk)
  }
  parser.end(carried === '' ? undefined : '\n')
}

/**
 * Parses an HTML page (one string, or its pieces: `src/text/pieces.ts`) into a domhandler document with a `<body>`
 * (see `ensureBody`); line breaks as `\n`. The tree is the same whichever way the page is cut.
 */
export function parseTree (html: string | PageText): Document {
  const handler = new TreeBuilder()
  const parser = new Parser(handler, { decodeEntities: true, Tokenizer: fastTokenizer })
  const stack = new TopFirstStack<string>([], endGroup, IMPLIED)
  interface ParserInternals { stack: unknown, foreignContext: unknown, emitOpenTag: (name: string) => void }
  const internals = parser as unknown as ParserInternals
  internals.stack = stack
  internals.foreignContext = new TopFirstStack<boolean>([false])
  const emitOpenTag = internals.emitOpenTag.bind(parser)
  internals.emitOpenTag = (name: string): void => {
    for (let i = impliedCloses(name, stack); i >= 0; i--) {
      stack.shift()
      handler.onclosetag()
    }
    emitOpenTag(name)
  }
  feed(parser, typeof html === 'string' ? [html] : html)
  const body = ensureBody(handler.root)
  repair(body.parent as Element, handler.once)
  DEPTH_BOUNDS.set(handler.root, handler.deepest + LEVELS_ADDED + 1)
  if (handler.crowded.length > 0) CROWDED.set(handler.root, handler.crowded)
  if (handler.dropped.size > 0) DROPPED.set(handler.root, handler.dropped)
  if (handler.cms !== undefined) CMS_COMMENTS.set(handler.root, handler.cms)
  if (handler.scripts.length > 0) SCRIPTS.set(handler.root, handler.scripts)
  return handler.root
}

/** The `<body>` of a document that went through `ensureBody`. */
export function bodyOf (doc: Document): Element {
  const html = doc.children.find((n): n is Element => n instanceof Element && isTag(n, 'html'))!
  return html.children.find((n): n is Element => n instanceof Element && isTag(n, 'body'))!
}
