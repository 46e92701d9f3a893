/**
 * Content scoring: which part of the page is the article. The reasoning, in the spirit of Readability.js
 * (Mozilla) and trafilatura, all in this one module:
 *
 * 1. Unlikely candidates go first (optional, retried without when the result is too short): elements whose
 *    class/id says comments, sidebars, share bars, menus, footers... and does not also say content.
 * 2. Every run of prose scores points: 1, plus one per clause punctuation mark (`,` `，` `、` `。`...), plus one
 *    per 100 characters (up to 3), Chinese characters weighted 2.5 (see `weightedLength`). Runs shorter than 25
 *    characters score nothing. A run is the inline text of an element between block children; `<br>`s split it.
 * 3. Points flow to the containers above: all of them to the paragraph's container, half to the next, then
 *    1/(3·level). A container that holds runs split by `<br>`s (Chinese CMS pages) is itself the first container.
 * 4. Each container starts from evidence: its tag (div +5, blockquote/pre/td +3, lists and forms -3, headings
 *    -5), its class/id (+25 when it says content, e.g. `article`, `TRS_Editor`, `zoom`, `正文`; -25 when it says
 *    comment, sidebar, share, related, ranking...), schema.org/ARIA structure (`itemprop=articleBody` +25,
 *    `<article>` +10, `<main>`/`role=main` +5). Its final score is scaled by (1 - link density).
 * 5. The best container wins; if several of the top five nearly tie and share an ancestor, the ancestor wins
 *    (the article is split into sections); we climb to a parent that scores better, to ancestors whose added text
 *    is at least 90% prose (or 60% prose and under 5% links: the article's own lists and tables between its
 *    sections), to the parent of a run of sibling sections of one kind when the winner lies in one of them and at
 *    least three of them hold prose (framework pages wrap each section alike, deeper than the points flow), and past
 *    single-child wrappers.
 * 6. Siblings join: those that score at least max(10, 20% of the winner) (more easily when they share its class),
 *    and plain paragraphs with little link text (Readability's sibling rule), so articles split by ads or
 *    wrappers come out whole.
 *
 * Pages where the article is not the largest text block (a long comment thread, a link list beside a short
 * story) are handled by steps 1, 4 and the link-density scaling: a comment thread loses its class evidence and
 * carries -25 per comment container, a link list is scaled to nearly nothing.
 */
import {
  BLOCK_TAGS, CLAUSE_PUNCT, attr, classAndId, isElement, isText, readableText, tagOf, weightedLength,
  type AnyNode, type Element,
} from './dom.js'
import { BOILERPLATE, MAYBE, NEGATIVE, POSITIVE, UNLIKELY, classMarkReason } from './patterns.js'
import { clip } from './clean.js'
import { opensSection } from './section-heads.js'
import { normalizeLine } from '../../text/normalize.js'
import { collapsedWeightedLength, isPlainAscii, plainEnds } from '../../text/index.js'
import type { Removal } from '../../types.js'

export interface ScoreOptions {
  /** Drop unlikely candidates before scoring (step 1). */
  stripUnlikely: boolean
  /** Use class/id evidence (step 4). */
  weightClasses: boolean
}

/**
 * Text length and the part of it inside links, for every element, Chinese weighted. `plain`: every text node right
 * under the element is plain ASCII (`isPlainAscii`, ../../text/index.ts), so a line joined from such texts needs
 * no normalizing but its trim when no two of them meet space to space (blocks.ts).
 */
export interface TextStats { len: number, linkLen: number, punct: number, plain?: boolean }

export function computeStats (root: Element): Map<Element, TextStats> {
  const stats = new Map<Element, TextStats>()
  statsBelow(root, false, stats)
  return stats
}

/**
 * `computeStats`' walk: one object per element; a text node adds into its parent's (no object per text node).
 * A module function, not a closure made per page: V8 holds a closure's optimized code weakly, so a per-page
 * closure is compiled again after every full collection (docs/performance.md, "Closures compiled again").
 */
function statsBelow (el: Element, inLink: boolean, stats: Map<Element, TextStats>): TextStats {
  const s: TextStats = { len: 0, linkLen: 0, punct: 0, plain: true }
  const link = inLink || el.name === 'a'
  for (const c of el.children) {
    if (isText(c)) {
      const data = c.data
      // a plain ASCII text (most of an English page's) is told apart by one scan, which then serves the length, the
      // marks and the block walk's normalizing (`plain`); any other is measured with its white-space runs folded to
      // one space and trimmed, without the folded copy
      const plain = isPlainAscii(data)
      const len = plain ? data.length - plainEnds(data) : collapsedWeightedLength(data)
      s.len += len
      if (link) s.linkLen += len
      s.punct += plain ? countAsciiPunct(data) : countClausePunct(data)
      if (!plain) s.plain = false
    } else if (isElement(c)) {
      const cs = statsBelow(c, link, stats)
      s.len += cs.len
      s.linkLen += cs.linkLen
      s.punct += cs.punct
    }
  }
  stats.set(el, s)
  return s
}

/** How many clause punctuation marks the text holds (`CLAUSE_PUNCT`), without an array of them. */
function countClausePunct (text: string): number {
  let n = 0
  CLAUSE_PUNCT.lastIndex = 0
  while (CLAUSE_PUNCT.test(text)) n++
  return n
}

/** The ASCII marks of `CLAUSE_PUNCT`: all a plain ASCII text can hold. */
const ASCII_CLAUSE_PUNCT = [',', ';', '.', '!', '?', ':']

/**
 * `countClausePunct` of a plain ASCII text: each mark found by the engine's one-character search, several times
 * cheaper than a match of the class per mark.
 */
function countAsciiPunct (text: string): number {
  let n = 0
  for (const mark of ASCII_CLAUSE_PUNCT) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) n++
  }
  return n
}

export function linkDensity (stats: Map<Element, TextStats>, el: Element): number {
  const s = stats.get(el)
  return s === undefined || s.len === 0 ? 0 : s.linkLen / s.len
}

/** +25 for content evidence in class/id, -25 for boilerplate evidence (both may apply, as in Readability). */
export function classWeight (el: Element): number {
  const ci = classAndId(el)
  if (ci === '') return 0
  let w = 0
  if (NEGATIVE.test(ci)) w -= 25
  if (POSITIVE.test(ci)) w += 25
  return w
}

function structureWeight (el: Element): number {
  const ip = attr(el, 'itemprop').toLowerCase()
  if (ip === 'articlebody' || ip === 'text') return 25
  if (tagOf(el) === 'article') return 10
  if (tagOf(el) === 'main' || attr(el, 'role').toLowerCase() === 'main') return 5
  return 0
}

/** Step 4: the evidence of a container's tag (Readability's `initializeNode` weights). */
const TAG_WEIGHT = new Map<string, number>([
  ...['div', 'article', 'section', 'main'].map(tag => [tag, 5] as const),
  ...['pre', 'td', 'blockquote'].map(tag => [tag, 3] as const),
  ...['address', 'ol', 'ul', 'dl', 'dd', 'dt', 'li', 'form'].map(tag => [tag, -3] as const),
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th'].map(tag => [tag, -5] as const),
])

function tagWeight (tag: string): number {
  return TAG_WEIGHT.get(tag) ?? 0
}

/** Share of prose an ancestor must add (of all the text it adds) to be climbed to. */
const PROSE_SHARE = 0.9
/** ...or this share of prose, when the rest is not links (the article's lists, tables, short lines). */
const MIXED_PROSE_SHARE = 0.6
const MIXED_LINK_SHARE = 0.05

const KEEP_ALWAYS = new Set(['html', 'body', 'article', 'main', 'a'])

/**
 * Step 1: removes unlikely candidates in place, listing those that held text in `removed`; returns how many went.
 * `stats` (the text stats of `root`'s tree, computed when not given) are left true of the pruned tree: what each
 * removed element held is taken off its former ancestors, so the scoring needs no second count.
 */
export function stripUnlikely (root: Element, removed: Removal[] = [], stats = computeStats(root)): number {
  const walk: UnlikelyWalk = { stats, pageLen: stats.get(root)?.len ?? 0, removed, gone: [], n: 0 }
  stripUnlikelyBelow(root, false, walk)
  untally(root, stats, walk.gone)
  return walk.n
}

/** What `stripUnlikely`'s walk reads and gathers (a module walk, not a per-page closure: see `statsBelow`). */
interface UnlikelyWalk {
  stats: Map<Element, TextStats>
  pageLen: number
  removed: Removal[]
  gone: Array<{ parent: Element, el: Element }>
  n: number
}

/** A misnamed layout column ("sidebar-container" holding the article) carries most of the page's prose: it stays. */
function holdsTheProse (el: Element, ci: string, w: UnlikelyWalk): boolean {
  const st = w.stats.get(el)
  if (st === undefined || /comment|disqus|repl/i.test(ci)) return false
  return st.len >= 2000 && st.len >= 0.5 * w.pageLen && st.linkLen < 0.25 * st.len
}

function stripUnlikelyBelow (el: Element, protectedBy: boolean, w: UnlikelyWalk): void {
  // the children in place (a copy per element was the walk's main allocation): a removal steps the index back
  const children = el.children
  for (let at = 0; at < children.length; at++) {
    const c = children[at]
    if (!isElement(c)) continue
    const tag = tagOf(c)
    const ci = classAndId(c)
    const prot = protectedBy || tag === 'table' || tag === 'code' || tag === 'pre'
    const unlikely = !prot && ci !== '' && !KEEP_ALWAYS.has(tag) && UNLIKELY.test(ci) && !MAYBE.test(ci)
    // a comment section's heading opening its box stays for the walk, which takes the whole section it names
    if (unlikely && opensSection(c, el)) continue
    if (unlikely && attr(c, 'itemprop') === '' && !holdsTheProse(c, ci, w)) {
      children.splice(at--, 1)
      c.parent = null
      w.gone.push({ parent: el, el: c })
      w.n++
      const text = normalizeLine(readableText(c))
      if (text !== '') {
        const kind = BOILERPLATE.find(b => b.re.test(ci))?.kind ?? 'boilerplate'
        const reason = `${classMarkReason(ci, kind)} (unlikely to be content)`
        w.removed.push({ kind, rule: 'unlikely-class', text: clip(text), reason })
      }
      continue
    }
    stripUnlikelyBelow(c, prot, w)
  }
}

/**
 * Takes the stats of removed elements off their former ancestors, up to `root`. Every length is a sum of 1s and
 * 2.5s (`weightedLength`), so the subtraction is exact: the stats are those a new count of the pruned tree gives.
 * Removals deep in a deep tree could make the climbs cost more than a recount: past that many steps, it recounts.
 */
function untally (root: Element, stats: Map<Element, TextStats>, gone: Array<{ parent: Element, el: Element }>): void {
  let budget = stats.size
  for (const { parent, el } of gone) {
    const s = stats.get(el)
    if (s === undefined) continue
    for (let a: Element | null = parent; a !== null; a = a === root ? null : elementParent(a)) {
      const t = stats.get(a)
      if (t === undefined || --budget < 0) return recount(root, stats)
      t.len -= s.len
      t.linkLen -= s.linkLen
      t.punct -= s.punct
    }
  }
}

const elementParent = (el: Element): Element | null => el.parent !== null && isElement(el.parent) ? el.parent : null

/** Replaces the stats with a new count of the tree (what `untally` falls back to). */
function recount (root: Element, stats: Map<Element, TextStats>): void {
  stats.clear()
  for (const [el, s] of computeStats(root)) stats.set(el, s)
}

interface Run { container: Element, len: number, punct: number }

const NON_SCORED = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'a', 'th', 'dt', 'figcaption', 'caption', 'button', 'label', 'option',
  'summary', 'legend'
])

interface Segment { len: number, punct: number, linkLen: number }
/** The inline prose of one element: its segments, split by `<br>`s and block children. */
interface ElementRuns { el: Element, segments: Segment[] }

/**
 * Step 2's walk: the inline text of the element being read and the segments it has ended. One reader per tree, no
 * closure or array per element (an element with no text gets no segment list).
 */
class RunReader {
  readonly out: ElementRuns[] = []
  private cur = ''
  private linkLen = 0
  private segments: Segment[] | undefined

  constructor (private readonly stats: Map<Element, TextStats>) {}

  visit (el: Element): void {
    // a block child is read while its parent's text is flushed (`cur` is empty); the parent's segments wait here
    const outer = this.segments
    this.segments = undefined
    const only = el.children.length === 1 ? el.children[0] : undefined
    const counted = only !== undefined && isText(only) ? this.stats.get(el) : undefined
    if (counted !== undefined) {
      // `<p>text</p>`: the one run is the one text, whose length and marks the stats hold (kept true by the pruning);
      // it is in no link of the element's own (`inline` starts outside one), so no link length
      if (counted.len > 0) this.segments = [{ len: counted.len, punct: counted.punct, linkLen: 0 }]
    } else {
      for (const c of el.children) this.inline(c, false)
      this.flush()
    }
    if (this.segments !== undefined) this.out.push({ el, segments: this.segments })
    this.segments = outer
  }

  private inline (node: AnyNode, inLink: boolean): void {
    if (isText(node)) {
      this.cur += node.data
      if (inLink) this.linkLen += weightedLength(node.data.trim())
      return
    }
    if (!isElement(node)) return
    const tag = node.name
    if (tag === 'br') {
      this.flush()
      return
    }
    if (BLOCK_TAGS.has(tag)) {
      this.flush()
      this.visit(node)
      return
    }
    const link = inLink || tag === 'a'
    for (const c of node.children) this.inline(c, link)
  }

  private flush (): void {
    const cur = this.cur
    if (cur !== '') {
      // the run's text folded and trimmed is measured without being made: folding white space changes no mark
      // `countClausePunct` counts, and a folded text is empty exactly when its weighted length is 0
      const len = collapsedWeightedLength(cur)
      if (len > 0) (this.segments ??= []).push({ len, punct: countClausePunct(cur), linkLen: this.linkLen })
    }
    this.cur = ''
    this.linkLen = 0
  }
}

/** Step 2: runs of inline prose, each with the element that holds it (`stats`: the tree's, true). */
function proseRuns (root: Element, stats: Map<Element, TextStats>): ElementRuns[] {
  const reader = new RunReader(stats)
  reader.visit(root)
  return reader.out
}

/** A run reads as prose: long enough, punctuated, not mostly link text. */
function isProse (seg: Segment): boolean {
  return seg.linkLen < 0.3 * seg.len && (seg.len >= 80 || (seg.len >= 25 && seg.punct > 0))
}

/** Prose and non-heading text below every element, for the climb of step 5. */
interface Totals { prose: number, total: number, links: number }

function proseTotals (runs: ElementRuns[]): Map<Element, Totals> {
  const totals = new Map<Element, Totals>()
  for (const { el, segments } of runs) {
    if (/^h[1-6]$/.test(tagOf(el))) continue
    let prose = 0
    let total = 0
    let links = 0
    for (const seg of segments) {
      total += seg.len
      links += seg.linkLen
      if (isProse(seg)) prose += seg.len
    }
    let node: AnyNode | null = el
    while (node !== null && isElement(node)) {
      const t = totals.get(node) ?? { prose: 0, total: 0, links: 0 }
      t.prose += prose
      t.total += total
      t.links += links
      totals.set(node, t)
      node = node.parent
    }
  }
  return totals
}

export interface ContentChoice {
  /** The chosen container and the siblings that join it, in document order. */
  nodes: Element[]
  top: Element
  score: number
}

/** The content chosen (steps 2-6), with the text stats of the tree it scored (the walker reads them too). */
export interface ContentScoring {
  choice: ContentChoice | undefined
  stats: Map<Element, TextStats>
}

/**
 * Steps 2-6 on the (cleaned) page, with the text stats they read (given when `stripUnlikely` kept them true, else
 * computed): the walker reads the same ones.
 */
export function scoreContent (root: Element, options: ScoreOptions, stats = computeStats(root)): ContentScoring {
  return { choice: chooseContent(root, stats, options), stats }
}

/** Runs shorter than this (weighted characters) score nothing (step 2). */
const MIN_RUN_LENGTH = 25
/** Step 3: points flow this many containers up, and no further. */
const FLOW_LEVELS = 5
/** Step 5: the runners-up looked at for near ties (Readability's top five candidates, the best included). */
const NEAR_TIE_CANDIDATES = 5
/** Step 5: a candidate within this share of the best one's score nearly ties with it. */
const NEAR_TIE_SHARE = 0.75
/** Step 5: this many near ties under one ancestor make it the article (sections of one text). */
const NEAR_TIES_FOR_ANCESTOR = 3
/** Step 5: the climb to a better-scoring parent stops at a parent below this fraction of the start's score. */
const CLIMB_FLOOR_DIVISOR = 3
/** Step 6: a sibling joins at this share of the winner's score, or this many points, whichever is more. */
const SIBLING_SHARE = 0.2
const SIBLING_MIN_SCORE = 10
/** Step 6: a plain paragraph beside the winner joins past this length (weighted) when under this link density. */
const SIBLING_PARAGRAPH_LENGTH = 80
const SIBLING_PARAGRAPH_LINK_DENSITY = 0.25

/** Steps 2-6: scores the (cleaned) page and picks the content nodes. Undefined when nothing scores. */
function chooseContent (
  root: Element, stats: Map<Element, TextStats>, options: ScoreOptions
): ContentChoice | undefined {
  const allRuns = proseRuns(root, stats)
  const runs = scoredRuns(allRuns)
  if (runs.length === 0) return undefined
  const final = containerScores(runs, stats, options)
  const ranked = [...final.entries()].sort((a, b) => b[1] - a[1])
  if (ranked.length === 0) return undefined // prose only directly under <html>: nothing to rank
  const [best, bestScore] = ranked[0]
  let top = ancestorOfNearTies(best, bestScore, ranked)
  top = climbToBetterParent(top, final)
  top = climbWhileProse(top, proseTotals(allRuns), options)
  top = parentOfSections(top, stats)
  top = pastSingleChildWrappers(top)
  const topScore = final.get(top) ?? bestScore
  const container = top.parent
  if (container === null || !isElement(container)) return { nodes: [top], top, score: topScore }
  return { nodes: joiningSiblings(container, top, topScore, final, stats, options), top, score: topScore }
}

/** Step 2: the runs that score, each with the first container its points flow to. */
function scoredRuns (allRuns: ElementRuns[]): Run[] {
  const runs: Run[] = []
  for (const { el, segments } of allRuns) {
    if (NON_SCORED.has(tagOf(el))) continue
    // several <br>-separated runs: the element is a container of paragraphs; one run: it is the paragraph
    const first = segments.length > 1 && tagOf(el) !== 'p' ? el : el.parent
    if (first === null || !isElement(first)) continue
    for (const seg of segments) {
      if (seg.len < MIN_RUN_LENGTH) continue
      runs.push({ container: first, len: seg.len, punct: seg.punct })
    }
  }
  return runs
}

/** Steps 3-4: every container's evidence plus the points that flow to it, scaled by (1 - link density). */
function containerScores (runs: Run[], stats: Map<Element, TextStats>, options: ScoreOptions): Map<Element, number> {
  const scores = new Map<Element, number>()
  const init = (el: Element): void => {
    if (scores.has(el)) return
    let s = tagWeight(tagOf(el)) + structureWeight(el)
    if (options.weightClasses) s += classWeight(el)
    scores.set(el, s)
  }
  for (const run of runs) {
    const points = 1 + run.punct + Math.min(Math.floor(run.len / 100), 3)
    let node: AnyNode | null = run.container
    for (let level = 0; level < FLOW_LEVELS && node !== null && isElement(node) && tagOf(node) !== 'html'; level++) {
      init(node)
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3
      scores.set(node, scores.get(node)! + points / divider)
      node = node.parent
    }
  }
  const final = new Map<Element, number>()
  for (const [el, s] of scores) final.set(el, s * (1 - linkDensity(stats, el)))
  return final
}

/** Step 5: several near-equal candidates under one ancestor: the ancestor is the article. */
function ancestorOfNearTies (top: Element, topScore: number, ranked: Array<[Element, number]>): Element {
  const alternatives = ranked.slice(1, NEAR_TIE_CANDIDATES)
    .filter(([, s]) => s / topScore >= NEAR_TIE_SHARE)
    .map(([el]) => el)
  if (alternatives.length < NEAR_TIES_FOR_ANCESTOR) return top
  let parent = top.parent
  while (parent !== null && isElement(parent) && tagOf(parent) !== 'body') {
    const p = parent
    if (alternatives.filter(a => contains(p, a)).length >= NEAR_TIES_FOR_ANCESTOR) return p
    parent = parent.parent
  }
  return top
}

/** Step 5: climb to a parent that scores better (the article's paragraphs sit in several sub-containers). */
function climbToBetterParent (top: Element, final: Map<Element, number>): Element {
  let lastScore = final.get(top) ?? 0
  const floor = lastScore / CLIMB_FLOOR_DIVISOR
  let parent = top.parent
  while (parent !== null && isElement(parent) && tagOf(parent) !== 'body') {
    const ps = final.get(parent)
    if (ps !== undefined) {
      if (ps < floor) break
      if (ps > lastScore) return parent
      lastScore = ps
    }
    parent = parent.parent
  }
  return top
}

/** Step 5: the article split into sections deeper than the points flow: climb while what an ancestor adds is
 * mostly prose. */
function climbWhileProse (start: Element, totals: Map<Element, Totals>, options: ScoreOptions): Element {
  let top = start
  let anc = top.parent
  while (anc !== null && isElement(anc) && tagOf(anc) !== 'body' && tagOf(anc) !== 'html') {
    const a = totals.get(anc)
    const b = totals.get(top)
    if (a !== undefined && b !== undefined) {
      const dProse = a.prose - b.prose
      const dTotal = a.total - b.total
      const dLinks = a.links - b.links
      // mostly prose; or prose with the article's own lists and tables between (short lines, but hardly any links)
      const adds = dProse >= PROSE_SHARE * dTotal ||
        (dProse >= MIXED_PROSE_SHARE * dTotal && dLinks <= MIXED_LINK_SHARE * dTotal)
      if (dProse > 0 && adds && !(options.weightClasses && classWeight(anc) < 0)) top = anc
    }
    anc = anc.parent
  }
  return top
}

/** Step 5: sibling sections of one kind make the article when at least this many of them hold prose. */
const SECTIONS_FOR_PARENT = 3
/** Step 5: a section holds prose from this length (weighted characters: a paragraph) under this link density. */
const SECTION_MIN_LENGTH = 200
const SECTION_MAX_LINK_DENSITY = 0.25
/** Step 5: how many single-child wrappers a section's kind looks through (`div > div.row > div.col > div.x`). */
const SECTION_KIND_DEPTH = 4

/**
 * Step 5: the article written as a run of sibling sections of one kind (`<div class="section">` each with its
 * heading and paragraphs), which the points do not flow far enough to join: the winner lies in one of them, and
 * at least two more sections of its kind beside it hold prose. Their parent is the article. A section's kind is its
 * tag and class, and those of the single-child wrappers inside it (frameworks wrap each section alike).
 */
function parentOfSections (start: Element, stats: Map<Element, TextStats>): Element {
  for (let el: Element = start; el.parent !== null && isElement(el.parent); el = el.parent) {
    const parent = el.parent
    if (tagOf(parent) === 'body' || tagOf(parent) === 'html') break
    const kind = sectionKind(el)
    if (!kind.includes('.')) continue // bare elements all the way down say nothing of their kind
    let sections = 0
    for (const sib of parent.children) {
      if (!isElement(sib) || sectionKind(sib) !== kind) continue
      const st = stats.get(sib)
      if (st !== undefined && st.len >= SECTION_MIN_LENGTH && linkDensity(stats, sib) < SECTION_MAX_LINK_DENSITY) {
        sections++
      }
    }
    if (sections >= SECTIONS_FOR_PARENT) return parent
  }
  return start
}

/**
 * An element's tag and class; for an element without a class, its single element child's too, and so on down
 * SECTION_KIND_DEPTH wrappers, to the first that has one (`div > div.row`): what the framework made the section of.
 */
function sectionKind (el: Element): string {
  let kind = ''
  let node: Element | undefined = el
  for (let depth = 0; node !== undefined && depth <= SECTION_KIND_DEPTH; depth++) {
    const cls = attr(node, 'class')
    kind += (depth === 0 ? '' : '>') + tagOf(node) + (cls === '' ? '' : '.' + cls)
    if (cls !== '') break
    let only: Element | undefined
    let count = 0
    for (const c of node.children) {
      if (isElement(c) && ++count === 1) only = c
    }
    node = count === 1 ? only : undefined
  }
  return kind
}

/** Step 5: past wrappers with a single child. */
function pastSingleChildWrappers (start: Element): Element {
  let top = start
  while (top.parent !== null && isElement(top.parent) && tagOf(top.parent) !== 'body' &&
    top.parent.children.filter(isElement).length === 1) top = top.parent
  return top
}

/** Step 6: the winner and the siblings that join it, in document order. */
function joiningSiblings (
  container: Element, top: Element, topScore: number, final: Map<Element, number>, stats: Map<Element, TextStats>,
  options: ScoreOptions,
): Element[] {
  const nodes: Element[] = []
  const joinAt = Math.max(SIBLING_MIN_SCORE, topScore * SIBLING_SHARE)
  const topClass = attr(top, 'class')
  for (const sib of container.children) {
    if (!isElement(sib)) continue
    if (sib === top) {
      nodes.push(sib)
      continue
    }
    if (options.weightClasses && classWeight(sib) < 0) continue // a footer or share bar beside the article
    const bonus = topClass !== '' && attr(sib, 'class') === topClass ? topScore * SIBLING_SHARE : 0
    const s = final.get(sib)
    if ((s !== undefined && s + bonus >= joinAt) || isJoiningParagraph(sib, stats) || isJoiningFrame(top, sib, stats)) {
      nodes.push(sib)
    }
  }
  return nodes
}

/** Step 6: a frame beside the winner joins past this length of text (weighted), under the paragraphs' link density. */
const FRAME_PROSE_LENGTH = 2 * SIBLING_PARAGRAPH_LENGTH
/** An absolutely positioned box's inline style (`position:absolute`, `position: absolute`). */
const POSITIONED = /(?:^|;)\s*position\s*:\s*absolute/i

/**
 * Step 6: the next text frame of a layout that places its boxes absolutely (Microsoft Publisher's and FrontPage's HTML
 * export, Dreamweaver's layers: `<span style='position:absolute;…;top:950px'>` around a text box's `<table>`, the
 * article's text flowing from one frame to the next: zh-org o180 of session 52's unseen round). The winner is such a
 * frame, and a sibling frame holding prose with little link text joins it; a frame of links (a menu) or of a short
 * caption does not.
 */
function isJoiningFrame (top: Element, sib: Element, stats: Map<Element, TextStats>): boolean {
  if (!POSITIONED.test(attr(top, 'style')) || !POSITIONED.test(attr(sib, 'style'))) return false
  const st = stats.get(sib)
  return st !== undefined && st.len > FRAME_PROSE_LENGTH && st.punct > 0 &&
    linkDensity(stats, sib) < SIBLING_PARAGRAPH_LINK_DENSITY
}

/** Step 6, Readability's sibling rule: a plain paragraph with little link text, or a short linkless sentence. */
function isJoiningParagraph (sib: Element, stats: Map<Element, TextStats>): boolean {
  if (tagOf(sib) !== 'p' && (tagOf(sib) !== 'div' || hasBlockChild(sib))) return false
  const st = stats.get(sib)
  if (st === undefined) return false
  const ld = linkDensity(stats, sib)
  if (st.len > SIBLING_PARAGRAPH_LENGTH && ld < SIBLING_PARAGRAPH_LINK_DENSITY) return true
  return st.len > 0 && st.len <= SIBLING_PARAGRAPH_LENGTH && ld === 0 && st.punct > 0 &&
    /[.。!?！？]\s*$/.test(rawText(sib))
}

function contains (ancestor: Element, el: Element): boolean {
  let n: AnyNode | null = el
  while (n !== null) {
    if (n === ancestor) return true
    n = n.parent
  }
  return false
}

function hasBlockChild (el: Element): boolean {
  return el.children.some(c => isElement(c) && BLOCK_TAGS.has(tagOf(c)))
}

/**
 * The text of an element's descendants as written, without the whitespace and block handling of `readableText`
 * (enough to see how a sibling ends). An explicit stack: nesting depth is the page's to choose.
 */
function rawText (el: Element): string {
  let out = ''
  const stack: AnyNode[] = [...el.children].reverse()
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (isText(node)) out += node.data
    else if (isElement(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i])
  }
  return out
}
