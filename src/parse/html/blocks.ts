/**
 * Walks the chosen content into blocks, in document order:
 * headings -> `heading`; paragraphs, `<pre>` and the text of plain `<div>`s -> `paragraph`
 * (`<br>` ends a paragraph: Chinese CMS pages separate paragraphs with `<br>`s inside one `<div>`);
 * `<blockquote>` -> `quote`; `<figcaption>` and table `<caption>` -> `caption`; lists of plain items -> `list` and
 * data tables -> `table` (./lists-tables.ts); other lists -> one paragraph per item; tables with no blocks in their
 * cells that are no data table (one column, prose) -> one paragraph per row, cells joined by ` | `; layout tables
 * (cells holding blocks) are walked through.
 *
 * Inside the content, what the reader did not come for is taken out and listed: elements whose class/id says
 * share bar, related list, comments, breadcrumb, tags, newsletter, ranking (`data/html-class-patterns.json`,
 * `boilerplate`; a navigation word in the class of a block of prose is not enough: menus are links), link lists
 * (at least 3 links, more than half the text in links, little punctuation), teaser grids (3+ headings that link
 * to other pages of the same site, with short excerpts: "latest posts" cards), and a second copy of a run of the
 * content (pages that carry the article twice).
 * Each block keeps its evidence: the tag it came from and its link density.
 */
import type { Candidate } from '../../draft.js'
import type { BlockType, Removal } from '../../types.js'
import { normalizeLine } from '../../text/normalize.js'
import { unitAt, weightedLengthAtLeast } from '../../text/index.js'
import { normalizeLine as foldedLine } from './short-text.js'
import { clip } from './clean.js'
import {
  BLOCK_TAGS, attr, classAndId, hostOf, isElement, isText, readableText, sameSite, tagOf, textOf, weightedLength,
  type AnyNode, type Element,
} from './dom.js'
import { bbsPost, screenText } from './bbs-post.js'
import { prosePre } from './prose-pre.js'
import { BOILERPLATE, POSITIVE, RELATED_LABEL, classMarkReason } from './patterns.js'
import { headedBy } from './section-heads.js'
import { linkDensity, type TextStats } from './score.js'
import { structuredCandidates } from './lists-tables.js'
import { opensWithPhoto, photoTexts } from './photos.js'
import { datedItems } from './teaser-item.js'

export interface WalkContext {
  removed: Removal[]
  stats: Map<Element, TextStats>
  /** Weighted text length of the whole content, to tell a boilerplate box from the content itself. */
  contentLen: number
  /** The winning container: never itself taken for boilerplate (its joined siblings may be). */
  top?: Element
  /** Host of the page's URL, when known: teasers link to the same site. */
  host?: string
  /**
   * Teaser headings (headings that link to another page of the same site) below each element; filled by `walkBlocks`.
   */
  teasers?: TeaserCounts
}

/** Below each element, the headings that link to another page of the same site, and those that link to other sites. */
export interface TeaserCounts { sameSite: Map<Element, number>, otherSite: Map<Element, number> }

/** A teaser list holds at least this many headings that link to other pages... */
const TEASER_MIN = 3
/** ...and this little text (Latin-equivalent characters) per such heading: a title and an excerpt, not a section. */
const TEASER_TEXT_PER_ITEM = 600

/**
 * Counts, below every element, the headings that are links to another page of the same site
 * (`<h3><a href="/story">` or `<a href="/story"><h3>`): the shape of a card in a "latest posts" grid. In-page
 * anchors (`#section`) do not count, nor links to other sites (a round-up's items link to shops and sources):
 * those are counted apart, so that a round-up that also links some of the site's own pages is told from a grid.
 */
export function teaserHeadings (nodes: Element[], host?: string): TeaserCounts {
  const counts: TeaserCounts = { sameSite: new Map(), otherSite: new Map() }
  for (const n of nodes) teasersBelow(n, 'none', host, counts)
  return counts
}

/**
 * `teaserHeadings`' walk (a module function, not a per-page closure: see `walkNode`): the counts below `el` of both
 * kinds, packed as same + OTHER_UNIT * other (one number per visit, no pair made).
 */
function teasersBelow (el: Element, link: LinkKind, host: string | undefined, counts: TeaserCounts): number {
  const t = el.name
  const here = link !== 'none' ? link : t === 'a' ? linkKind(el, host) : 'none'
  let n = 0
  if (/^h[2-6]$/.test(t)) {
    const kind = here !== 'none' ? here : headingLinkKind(el, host)
    n = kind === 'same' ? 1 : kind === 'other' ? OTHER_UNIT : 0
  } else {
    for (const c of el.children) if (isElement(c)) n += teasersBelow(c, here, host, counts)
  }
  // only elements with teasers below them are kept (a missing one reads as 0): most elements hold none
  const same = n % OTHER_UNIT
  const other = Math.floor(n / OTHER_UNIT)
  if (same > 0) counts.sameSite.set(el, same)
  if (other > 0) counts.otherSite.set(el, other)
  return n
}

/** The packing of `teaserHeadings`' two counts: more same-site headings than any page holds. */
const OTHER_UNIT = 2 ** 26

type LinkKind = 'same' | 'other' | 'none'

/**
 * A link to another page of the same site (relative, or to the page's host or a sub/parent domain of it), to another
 * site, or neither (an in-page anchor, a script, no href).
 */
function linkKind (a: Element, host: string | undefined): LinkKind {
  const href = (a.attribs?.href ?? '').trim()
  if (href === '' || href.startsWith('#') || /^(?:javascript|mailto|tel):/i.test(href)) return 'none'
  const h = hostOf(href)
  if (h === undefined) return /^[a-z][a-z0-9+.-]*:/i.test(href) ? 'other' : 'same'
  return sameSite(h, host) ? 'same' : 'other'
}

/** Whether a heading's text is (nearly) all link to another page of the same site, or to other sites. */
function headingLinkKind (h: Element, host: string | undefined): LinkKind {
  const chars: LinkChars = { all: 0, same: 0, other: 0 }
  linkCharsBelow(h, 'none', host, chars)
  if (chars.all === 0) return 'none'
  return chars.same >= 0.8 * chars.all ? 'same' : chars.other >= 0.8 * chars.all ? 'other' : 'none'
}

/** A heading's characters: all, and those in links of each kind. */
interface LinkChars { all: number, same: number, other: number }

function linkCharsBelow (n: AnyNode, link: LinkKind, host: string | undefined, chars: LinkChars): void {
  if (isText(n)) {
    const l = n.data.trim().length
    chars.all += l
    if (link === 'same') chars.same += l
    else if (link === 'other') chars.other += l
    return
  }
  if (!isElement(n)) return
  const here = link !== 'none' ? link : n.name === 'a' ? linkKind(n, host) : 'none'
  for (const c of n.children) linkCharsBelow(c, here, host, chars)
}

const HEADING = /^h[1-6]$/
const LIST_LIKE = new Set(['ul', 'ol', 'dl', 'div', 'section', 'table', 'menu', 'p', 'span', 'center', 'font'])

type BoilerplateVerdict = Pick<Removal, 'kind' | 'rule' | 'reason'>

/** Why a block inside the content is boilerplate, or undefined when it is content. */
export function boilerplateOf (el: Element, ctx: WalkContext): BoilerplateVerdict | undefined {
  const st = ctx.stats.get(el)
  return boilerplateClass(el, st, ctx) ?? commentItem(el, st, ctx) ?? headedSection(el, st, ctx) ??
    teaserList(el, st?.len ?? 0, ctx) ?? linkList(el, st, ctx) ?? datedListing(el, st, ctx)
}

/**
 * An attribute that carries a comment's id (`comment_id="4263602871235519"` on each of Weibo's `div.list_li` under a
 * 头条文章: zh-org o248 of session 61's second unseen round; `data-comment-id`, `data-commentid`): a comment, whatever
 * its class says.
 */
const COMMENT_ID_ATTRIBUTE = /^(?:data-)?comment[-_]?id$/i

/** A block that carries a comment's id (`COMMENT_ID_ATTRIBUTE`) and is not a large part of the content. */
function commentItem (el: Element, st: TextStats | undefined, ctx: WalkContext): BoilerplateVerdict | undefined {
  if ((st?.len ?? 0) >= 0.3 * ctx.contentLen) return undefined
  const attribute = Object.keys(el.attribs).find(k => COMMENT_ID_ATTRIBUTE.test(k))
  return attribute === undefined
    ? undefined
    : { kind: 'boilerplate', rule: 'boilerplate-class', reason: `a comment (its \`${attribute}\` attribute)` }
}

/**
 * The content outside a section headed by a comment heading keeps at least this much text (Latin-equivalent
 * characters, as a thread's opening post): comments often outgrow the entry, so no share of the content is asked,
 * only that an article is left beside them.
 */
const HEADED_SECTION_REST = 150

/** A container whose first element is a comment section's heading (./section-heads.ts) is that section. */
function headedSection (el: Element, st: TextStats | undefined, ctx: WalkContext): BoilerplateVerdict | undefined {
  if (el === ctx.top || st === undefined || ctx.contentLen - st.len < HEADED_SECTION_REST) return undefined
  const mark = headedBy(el)
  if (mark === undefined) return undefined
  const reason = `a section headed by ${classMarkReason(mark.classAndId, mark.kind)}`
  return { kind: mark.kind, rule: 'boilerplate-class', reason }
}

/** A boilerplate class or id on a block that is not a large part of the content. */
function boilerplateClass (el: Element, st: TextStats | undefined, ctx: WalkContext): BoilerplateVerdict | undefined {
  const len = st?.len ?? 0
  const ci = classAndId(el)
  if (ci === '' || len >= 0.3 * ctx.contentLen) return undefined
  for (const b of BOILERPLATE) {
    // a navigation class on a block of prose is a false friend ("image-position-left", "contextmenu"): menus,
    // breadcrumbs, pagers, tag lists and click rankings are made of links (related lists may carry excerpts: not
    // exempt)
    if (b.notProse && st !== undefined && (isProseBlock(st) || isLinklessSentence(st))) continue
    if (b.re.test(ci) && !(POSITIVE.test(ci) && len > 500)) {
      return { kind: b.kind, rule: 'boilerplate-class', reason: classMarkReason(ci, b.kind) }
    }
  }
  return undefined
}

/** Headings that link to other pages, with little text each. */
function teaserList (el: Element, len: number, ctx: WalkContext): BoilerplateVerdict | undefined {
  const teasers = ctx.teasers?.sameSite.get(el) ?? 0
  if (teasers < TEASER_MIN || len >= TEASER_TEXT_PER_ITEM * teasers || len >= 0.6 * ctx.contentLen) return undefined
  // a round-up: as many of its headings link to other sites (the shops, makers and sources it gathers)
  if ((ctx.teasers?.otherSite.get(el) ?? 0) >= teasers) return undefined
  const each = Math.round(len / teasers)
  const reason = `teaser list: ${teasers} headings linking to other pages, ${each} characters each`
  return { kind: 'related', rule: 'teaser-list', reason }
}

/** A list-like block of several links with little punctuation, mostly link text. */
function linkList (el: Element, st: TextStats | undefined, ctx: WalkContext): BoilerplateVerdict | undefined {
  if (!LIST_LIKE.has(tagOf(el)) || st === undefined || st.len <= 0) return undefined
  const ld = linkDensity(ctx.stats, el)
  const links = countLinks(el)
  if (links < 3 || ld <= 0.5 || st.punct >= 10 || st.len >= 0.5 * ctx.contentLen) return undefined
  const share = Math.round(ld * 100)
  return { kind: 'related', rule: 'link-list', reason: `link list: ${links} links, ${share}% of the text in links` }
}

/**
 * A table or list whose items are mostly short, dated links to other pages (teaser-item.ts `datedItems`): a reply tree
 * or a list of related stories, whatever share of its text the names, sizes and times beside the links take.
 */
function datedListing (el: Element, st: TextStats | undefined, ctx: WalkContext): BoilerplateVerdict | undefined {
  if (!DATED_LISTS.has(el.name) || st === undefined || st.len >= 0.5 * ctx.contentLen) return undefined
  const { items, dated } = datedItems(el)
  if (dated < DATED_LISTING_MIN || dated < DATED_LISTING_SHARE * items) return undefined
  const reason = `dated listing: ${dated} of ${items} items link another page beside a date`
  return { kind: 'related', rule: 'dated-listing', reason }
}
const DATED_LISTS = new Set(['table', 'ul', 'ol'])
/** Fewest dated items of a listing: two may be a story's own links (its earlier parts). */
const DATED_LISTING_MIN = 3
/** Least share of the items that are dated links: a header row and a "more" link beside ten items. */
const DATED_LISTING_SHARE = 2 / 3

/** Prose, not links: long enough, punctuated, with hardly any link text. */
function isProseBlock (st: TextStats): boolean {
  return st.len >= PROSE_MIN && st.linkLen < 0.15 * st.len && st.punct >= 2
}

/** A sentence with no link in it ("contextmenu" paragraphs): whatever its class says, not a menu of links. */
function isLinklessSentence (st: TextStats): boolean {
  return st.linkLen === 0 && st.len >= 40 && st.punct >= 2
}

/** Below this length (Latin-equivalent characters) a block's class still decides; above it, prose is content. */
const PROSE_MIN = 200

function countLinks (el: Element): number {
  let n = 0
  const stack: AnyNode[] = [el]
  while (stack.length > 0) {
    const x = stack.pop()!
    if (!isElement(x)) continue
    if (x.name === 'a') n++
    for (const c of x.children) stack.push(c)
  }
  return n
}

/** Blocks a data table's cells do not hold: a table holding one lays the page out. */
const LAYOUT_TABLE_CONTENT = new Set(['table', 'p', 'div', 'ul', 'ol', 'blockquote', 'pre'])

function isLayoutTable (table: Element): boolean {
  const stack: AnyNode[] = [...table.children]
  while (stack.length > 0) {
    const x = stack.pop()!
    if (!isElement(x)) continue
    const t = x.name
    if (LAYOUT_TABLE_CONTENT.has(t) || HEADING.test(t)) return true
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

/** Link density as evidence keeps it: a share of 0..1, rounded to three places. */
const densityOf = (linkLen: number, len: number): number => len === 0 ? 0 : Math.round(linkLen / len * 1000) / 1000

/**
 * Longest caption typed from its place (Latin-equivalent characters: 50 Han characters): a photo's caption is a
 * line; a longer centred text under a photo is a paragraph set centred.
 */
const PLACED_CAPTION_MAX = 100
/** Largest share of a caption typed from its place that may sit in links (a caption linking its photo's page). */
const PLACED_CAPTION_LINKS = 0.5

/** The inline text of the block being read, with its tag, type and how much of it sits in links. */
class BlockBuffer {
  private text = ''
  /**
   * The text is plain ASCII joined from plain texts (`TextStats.plain`) with no space meeting a space where two met:
   * normalizing it (`foldedLine`) would only trim it, and the test that says so, a scan of the block, is saved.
   */
  private plain = true
  private linkChars = 0
  private tag = ''
  private type: BlockType = 'paragraph'
  /**
   * The block opens right under a photo, in a centred block (`<p align="center"><img></p><p align="center">签约仪式
   * 现场</p>`, `<div align="center"><img><br>签约仪式现场</div>`): the caption Chinese CMSs print as a paragraph.
   */
  underPhoto = false

  constructor (private readonly blocks: Candidate[], private readonly photoTexts: ReadonlySet<string> = new Set()) {}

  get empty (): boolean {
    return this.text === ''
  }

  add (text: string, inLink: boolean, tag: string, type: BlockType, plain: boolean): void {
    if (this.text === '' && text.trim() === '') return
    if (this.text === '') {
      this.tag = tag
      this.type = type
      this.plain = plain
    } else {
      this.plain &&= plain && !(endsWithSpace(this.text) && unitAt(text, 0) === SPACE)
    }
    this.text += text
    if (inLink) this.linkChars += plain ? text.trim().length : normalizeLine(text).length
  }

  /** Ends the block: its text (source line breaks are white space in HTML) becomes a candidate when not empty. */
  flush (): void {
    const text = this.plain ? this.text.trim() : foldedLine(this.text)
    if (text !== '') {
      const linkDensity = densityOf(Math.min(this.linkChars, text.length), text.length)
      const evidence = { tag: this.tag === '' ? 'div' : this.tag, linkDensity }
      // a caption is no link (a sponsor's label under its banner is one) nor a label before what follows
      const placed = this.type === 'paragraph' && linkDensity < PLACED_CAPTION_LINKS &&
        weightedLength(text) <= PLACED_CAPTION_MAX && !/[:：]$/.test(text) &&
        // under a photo in a centred block, or the words a photo of the page says it shows (photos.ts)
        (this.underPhoto || (this.photoTexts.size > 0 && this.photoTexts.has(normalizeLine(text))))
      this.blocks.push({ type: placed ? 'caption' : this.type, text, evidence })
    }
    this.text = ''
    this.plain = true
    this.linkChars = 0
    this.tag = ''
    this.underPhoto = false
  }
}

const SPACE = 0x20
const endsWithSpace = (s: string): boolean => unitAt(s, s.length - 1) === SPACE

/**
 * A cell's text as one line. A cell of one text node (most) is read directly: `readableText` would only put the
 * spaces of a block around it, which the trimming takes off again.
 */
function cellLine (cell: Element): string {
  const only = cell.children.length === 1 ? cell.children[0] : undefined
  const raw = only !== undefined && isText(only) ? only.data : readableText(cell)
  return foldedLine(raw)
}

/**
 * A table read row by row, one block per row (cells joined by ` | `), after its caption: a table that is no layout
 * table and that lists-tables.ts did not keep whole.
 */
function tableRowBlocks (table: Element, type: BlockType, stats: WalkContext['stats']): Candidate[] {
  const out: Candidate[] = []
  const rows: Element[] = []
  const stack: AnyNode[] = [table]
  while (stack.length > 0) {
    const x = stack.pop()!
    if (!isElement(x)) continue
    if (x.name === 'tr') {
      rows.push(x)
      continue
    }
    if (x.name === 'caption') {
      const text = foldedLine(readableText(x))
      if (text !== '') out.push({ type: 'caption', text, evidence: { tag: 'caption', linkDensity: 0 } })
      continue
    }
    for (let i = x.children.length - 1; i >= 0; i--) stack.push(x.children[i])
  }
  for (const tr of rows) {
    const cells: string[] = []
    for (const c of tr.children) {
      if (!isElement(c)) continue
      const text = cellLine(c)
      if (text !== '') cells.push(text)
    }
    if (cells.length === 0) continue
    const st = stats.get(tr)
    const linkDensity = st === undefined ? 0 : densityOf(st.linkLen, st.len)
    out.push({ type, text: cells.join(' | '), evidence: { tag: 'tr', linkDensity } })
  }
  return out
}

/** Walks the content nodes into candidate blocks, listing boilerplate taken out on the way in `ctx.removed`. */
export function walkBlocks (nodes: Element[], ctx: WalkContext): Candidate[] {
  ctx.teasers ??= teaserHeadings(nodes, ctx.host)
  const blocks: Candidate[] = []
  const buffer = new BlockBuffer(blocks, nodes.length > 0 ? photoTexts(nodes[0]) : undefined)
  const w: BlockWalk = { ctx, blocks, buffer, photoAt: -1, centred: false, bbsPosts: 0 }
  for (const n of nodes) {
    walkNode(n, tagOf(n), typeFor(tagOf(n), 'paragraph'), false, n === ctx.top || nodes.length === 1, w)
  }
  w.buffer.flush()
  const read = w.post === undefined ? blocks : postView(blocks, w.post, ctx.removed)
  return dropRepeats(dropRelatedLinks(read, ctx.removed), ctx.removed)
}

/**
 * The blocks of a BBS web view that printed a post in a `<pre>` (`readBbsPost`): the post's paragraphs; the view's
 * bars and lines around them (`主题: … 共 9 篇 [本讨论区]`, `[本篇全文] [回复文章] [本篇作者: …]`, the station's footer)
 * go, when together they are shorter than the post (a page of its own prose that quotes a post keeps it all).
 */
function postView (blocks: Candidate[], post: Set<Candidate>, removed: Removal[]): Candidate[] {
  let postLen = 0
  let otherLen = 0
  for (const b of blocks) {
    if (post.has(b)) postLen += weightedLength(b.text)
    else otherLen += weightedLength(b.text)
  }
  if (otherLen >= postLen) return blocks
  for (const b of blocks) {
    if (post.has(b)) continue
    removed.push({ kind: 'navigation', rule: 'post-view-chrome', text: clip(b.text), reason: POST_VIEW_REASON })
  }
  return blocks.filter(b => post.has(b))
}

/**
 * What `walkBlocks`' walk reads and fills. The walk is a module function, not a closure made per page: V8 holds a
 * closure's optimized code weakly, so a per-page closure is compiled again after every full collection
 * (docs/performance.md, "Closures compiled again").
 */
interface BlockWalk {
  ctx: WalkContext
  blocks: Candidate[]
  buffer: BlockBuffer
  /** How many blocks there were when the walk entered the last element a photo opened (-1: none yet; photos.ts). */
  photoAt: number
  /** The block being read stands in a centred element (`align="center"`, `text-align: center`). */
  centred: boolean
  /** BBS posts read so far (`readBbsPost`). */
  bbsPosts: number
  /** The first BBS post's paragraphs (`readBbsPost`), when the walk met one. */
  post?: Set<Candidate>
}

const CENTRED_STYLE = /text-align\s*:\s*center/i

function isCentred (el: Element): boolean {
  return attr(el, 'align').toLowerCase() === 'center' || CENTRED_STYLE.test(attr(el, 'style')) || el.name === 'center'
}

/** A text node's text into the block being read; a block's first text right under a photo is marked (photos.ts). */
function addText (text: string, inLink: boolean, tag: string, type: BlockType, w: BlockWalk, plain: boolean): void {
  // a block's first text, in a centred element, with no block read since the last photo: its caption
  if (w.buffer.empty && w.centred && w.photoAt === w.blocks.length && text.trim() !== '') w.buffer.underPhoto = true
  w.buffer.add(text, inLink, tag, type, plain)
}

/** The stats told the text's parent's texts plain ASCII (`TextStats.plain`; an element they do not count is not). */
function plainText (node: AnyNode, stats: WalkContext['stats']): boolean {
  const parent = node.parent
  return parent !== null && isElement(parent) && stats.get(parent)?.plain === true
}

function walkNode (node: AnyNode, tag: string, type: BlockType, inLink: boolean, top: boolean, w: BlockWalk): void {
  if (isText(node)) {
    addText(node.data, inLink, tag, type, w, plainText(node, w.ctx.stats))
    return
  }
  if (!isElement(node)) return
  const t = node.name
  // the cleaning took the photo out and marked the element it opened (photos.ts)
  if (opensWithPhoto(node)) w.photoAt = w.blocks.length
  if (t === 'br' || t === 'hr') {
    w.buffer.flush()
    return
  }
  const block = BLOCK_TAGS.has(t) || HEADING.test(t)
  if (block && !top) {
    const b = boilerplateOf(node, w.ctx)
    if (b !== undefined) {
      const text = normalizeLine(readableText(node))
      if (text !== '') w.ctx.removed.push({ kind: b.kind, rule: b.rule, text: clip(text), reason: b.reason })
      return
    }
  }
  const structured = structuredCandidates(node, w.ctx.stats) // lists and data tables kept whole (lists-tables.ts)
  if (structured !== null || (t === 'table' && !isLayoutTable(node))) {
    w.buffer.flush()
    for (const kept of structured ?? tableRowBlocks(node, type, w.ctx.stats)) w.blocks.push(kept)
    return
  }
  if (!block) {
    for (const c of node.children) walkNode(c, tag, type, inLink || t === 'a', false, w)
    return
  }
  walkBlock(node, t, type, inLink, w)
}

/** A block element: the block before it ends, its children are read (centred when it is), and it ends. */
function walkBlock (node: Element, t: string, type: BlockType, inLink: boolean, w: BlockWalk): void {
  w.buffer.flush()
  if (t === 'pre' ? readPre(node, w) : SCREEN_TAGS.has(t) && readBbsScreen(node, w)) return
  const childType = typeFor(t, type)
  const centred = w.centred
  w.centred = centred || isCentred(node)
  for (const c of node.children) walkNode(c, t, childType, inLink, false, w)
  w.buffer.flush()
  w.centred = centred
}

const REPLY_REASON = 'a reply\'s post after the thread\'s opening post'
const HEADER_REASON = 'the post\'s header: sender, title, station and time'
const SIGNATURE_REASON = 'the post\'s signature and stamps, after its `--` line'
const POST_VIEW_REASON = 'a bar or line of the BBS view around the post'

/** Elements a board's web mirror lays a post's screen out in with `<br>` (./bbs-post.ts `screenText`). */
const SCREEN_TAGS = new Set(['div', 'td'])

/** A `<pre>` read as a BBS post (`readBbsPost`) or as hand-wrapped Chinese prose (./prose-pre.ts); false otherwise. */
function readPre (pre: Element, w: BlockWalk): boolean {
  const text = textOf(pre)
  if (readBbsPost(pre, text, w)) return true
  const paragraphs = prosePre(text)
  if (paragraphs === undefined) return false
  for (const p of paragraphs) w.blocks.push({ type: 'paragraph', text: p, evidence: { tag: 'pre', linkDensity: 0 } })
  return true
}

/** A `<div>` or `<td>` that lays out a BBS post's screen with `<br>`, read as a `<pre>` (`readBbsPost`). */
function readBbsScreen (el: Element, w: BlockWalk): boolean {
  const text = screenText(el)
  return text !== undefined && readBbsPost(el, text, w)
}

/**
 * A `<pre>` that holds a BBS post (./bbs-post.ts): the first one's paragraphs are the post's, its header and signature
 * are listed; a later one is a reply (同主题文章阅读 prints the whole thread, one `<pre>` a post). False for any other
 * `<pre>`, which is read as a block.
 */
function readBbsPost (pre: Element, text: string, w: BlockWalk): boolean {
  const post = bbsPost(text)
  // a header over no text is read as any `<pre>` is: a removal never leaves the page without its text
  if (post === undefined || post.paragraphs.length === 0) return false
  const { removed } = w.ctx
  if (w.bbsPosts++ > 0) {
    removed.push({ kind: 'boilerplate', rule: 'thread-replies', text: clip(normalizeLine(text)), reason: REPLY_REASON })
    return true
  }
  removed.push({ kind: 'metadata', rule: 'post-header', text: clip(normalizeLine(post.header)), reason: HEADER_REASON })
  if (post.tail !== '') {
    const text = clip(normalizeLine(post.tail))
    removed.push({ kind: 'boilerplate', rule: 'signature', text, reason: SIGNATURE_REASON })
  }
  w.post = new Set()
  for (const p of post.paragraphs) {
    const block: Candidate = { type: 'paragraph', text: p, evidence: { tag: 'pre', linkDensity: 0 } }
    w.post.add(block)
    w.blocks.push(block)
  }
  return true
}

/** Shorter blocks may repeat in an article ("Pros", a table cell); a repeated sentence or paragraph is evidence. */
const REPEAT_MIN = 40
/** A copy is this many long blocks repeating, in the same order, a run of earlier ones. */
const COPY_RUN = 3

/**
 * A second copy of a run of the content: the page carries the text twice (a desktop and a mobile version of the
 * article, a call to action repeated down the page). Long blocks that repeat, in order, at least `COPY_RUN`
 * consecutive earlier long blocks go, with the short repeated blocks between them; the first copy stays. A lone
 * repeated paragraph (the same notice under every item of a listing) is not a copy and stays.
 */
/** The one character whose lowercase is longer than itself: `İ` (U+0130) lowercases to `i̇`, two code units. */
const LOWERCASE_LONGER = '\u0130'

/** Code units of a text read for its `caseKey` (besides its lowercase length). */
const CASE_KEY_SAMPLES = 8
/** Any code unit past ASCII, and the ASCII letters one lowercases to (`K` KELVIN SIGN to `k`, `İ` to `i`), in a key. */
const NOT_ASCII_KEY = 0
const ASCII_END = 0x80
const UPPER_A = 0x41
const UPPER_Z = 0x5a
const LOWER_I = 0x69
const LOWER_K = 0x6b
const CASE_BIT = 0x20

/** A code unit as `caseKey` reads it: an ASCII one in lower case, any that a lowercase could come from as one. */
function caseUnit (c: number): number {
  if (c >= ASCII_END) return NOT_ASCII_KEY
  const lower = c >= UPPER_A && c <= UPPER_Z ? c | CASE_BIT : c
  return lower === LOWER_I || lower === LOWER_K ? NOT_ASCII_KEY : lower
}

/**
 * A number that texts of one lowercase share, read from a few of their code units without making the lowercase:
 * the lowercase length, and at `CASE_KEY_SAMPLES` places spread over it the unit in lower case (`caseUnit`). Every
 * character but `İ` lowercases to as many code units as it has (Σ to σ or ς by its context, a surrogate pair to a
 * pair), so two texts of one lowercase have it at the same places: a unit there is one ASCII letter in either case, or
 * ASCII in neither, or a `k`/`i` a non-ASCII character lowercases to, each read as the same key part. A text holding
 * `İ` is read in lowercase. Different texts may share a key too (the caller then compares their lowercases).
 */
function caseKey (text: string): number {
  const read = text.includes(LOWERCASE_LONGER) ? text.toLowerCase() : text
  const n = read.length
  let key = n
  for (let j = 0; j < CASE_KEY_SAMPLES && n > 0; j++) {
    key = (Math.imul(key, HASH_MULTIPLIER) + caseUnit(unitAt(read, Math.floor(j * n / CASE_KEY_SAMPLES)))) | 0
  }
  return key
}
/** An odd multiplier that spreads a key's parts over its 32 bits. */
const HASH_MULTIPLIER = 0x9e3779b1

/**
 * For each long block (`longIdx`), the position in `longIdx` of the first one whose text is its text in lowercase,
 * else -1. Texts of one lowercase share a `caseKey`: a block's lowercase copy is made (and hashed) only when another
 * long block has its key, most blocks (of a length of their own, or other letters at the places read) having theirs.
 */
function firstOccurrences (blocks: Candidate[], longIdx: number[]): number[] {
  // case key -> position of the first block of that key, or -1 once its blocks are keyed by text
  const byKey = new Map<number, number>()
  const byText = new Map<string, number>()
  const orig: number[] = []
  for (let k = 0; k < longIdx.length; k++) {
    const text = blocks[longIdx[k]].text
    const caseOf = caseKey(text)
    const first = byKey.get(caseOf)
    if (first === undefined) {
      byKey.set(caseOf, k)
      orig.push(-1)
      continue
    }
    if (first >= 0) {
      // the first block of this key is keyed by text now: no earlier block has its lowercase (none has its key)
      byText.set(blocks[longIdx[first]].text.toLowerCase(), first)
      byKey.set(caseOf, -1)
    }
    const key = text.toLowerCase()
    const f = byText.get(key)
    if (f === undefined) byText.set(key, k)
    orig.push(f ?? -1)
  }
  return orig
}

export function dropRepeats (blocks: Candidate[], removed: Removal[]): Candidate[] {
  const keyOf = (b: Candidate): string => b.text.toLowerCase()
  const longIdx: number[] = []
  for (let i = 0; i < blocks.length; i++) if (weightedLengthAtLeast(blocks[i].text, REPEAT_MIN)) longIdx.push(i)
  const orig = firstOccurrences(blocks, longIdx)
  const drop = new Set<number>()
  let k = 0
  while (k < longIdx.length) {
    if (orig[k] < 0) {
      k++
      continue
    }
    let e = k
    while (e + 1 < longIdx.length && orig[e + 1] >= 0 && orig[e + 1] === orig[e] + 1) e++
    if (e - k + 1 >= COPY_RUN) {
      const seen = new Set(blocks.slice(0, longIdx[k]).map(keyOf))
      for (let i = longIdx[k]; i <= longIdx[e]; i++) if (seen.has(keyOf(blocks[i]))) drop.add(i)
    }
    k = e + 1
  }
  if (drop.size === 0) return blocks
  const out: Candidate[] = []
  const dropped: string[] = []
  blocks.forEach((b, i) => (drop.has(i) ? dropped.push(b.text) : out.push(b)))
  const reason = `a second copy of ${dropped.length} blocks of the content (the page carries this text twice)`
  removed.push({ kind: 'boilerplate', rule: 'duplicate-content', text: clip(dropped.join(' ')), reason })
  return out
}

/**
 * `Related: <a>Other story</a>` paragraphs and bare `RELATED` labels before a link line: links to other stories,
 * not the article. Taken out here, where the link evidence still exists.
 */
export function dropRelatedLinks (blocks: Candidate[], removed: Removal[]): Candidate[] {
  const out: Candidate[] = []
  blocks.forEach((b, i) => {
    const removal = relatedLinkRemoval(b, blocks[i + 1])
    if (removal === undefined) out.push(b)
    else removed.push(removal)
  })
  return out
}

/** Why `b` links to other stories (a lone link, a link after a related label, a bare label), or undefined. */
function relatedLinkRemoval (b: Candidate, next: Candidate | undefined): Removal | undefined {
  if (b.type === 'paragraph' && (b.evidence?.linkDensity ?? 0) >= 0.9 && b.text.length < 60) {
    // a lone short link (a button, "Read the review", a call to action): not the article's prose
    return { kind: 'navigation', rule: 'lone-link', text: clip(b.text), reason: 'a lone link inside the content' }
  }
  const m = RELATED_LABEL.exec(b.text)
  if (m === null || b.type === 'quote') return undefined
  const rest = m[1] ?? ''
  const ld = b.evidence?.linkDensity ?? 0
  if (rest !== '' && b.text.length > 0 && ld * b.text.length >= 0.5 * rest.length) {
    const reason = 'a link to another story after a related-story label'
    return { kind: 'related', rule: 'related-link', text: clip(b.text), reason }
  }
  const bare = rest === '' && b.text.length <= 40
  if (bare && (next === undefined || (next.evidence?.linkDensity ?? 0) >= 0.5)) {
    const reason = 'a related-story label before links to other stories'
    return { kind: 'related', rule: 'related-label', text: clip(b.text), reason }
  }
  return undefined
}

