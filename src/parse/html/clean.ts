/**
 * Cleaning, before any scoring: drop what a reader never sees or never wanted.
 *
 * - Non-content elements (scripts, styles, embedded objects, form controls) go silently: they carry no text.
 * - Hidden elements go and are listed: the `hidden` attribute, `aria-hidden="true"`, inline styles that hide
 *   (`display:none`, `visibility:hidden`, `font-size:0`, off-screen positioning, zero-height clipping, ...; see
 *   `data/html-hidden-styles.json`), simple style-sheet rules in the page's own `<style>` that do the same
 *   (`.x{display:none}`, outside media queries), and `<marquee>`. A hidden block is `spam` when it links to
 *   gambling sites, carries gambling terms, or is a block of links to other sites (the usual shape of an SEO
 *   injection); otherwise it is `boilerplate` (hidden menus, dialogs).
 * - Visible links to gambling sites (`data/spam-lexicon.json`) go as `spam`, one removal per containing block.
 * - Page chrome: `<nav>`, `<footer>`, `<aside>`, page-level `<header>`, small `<form>`s and ARIA landmarks that are
 *   not the main content go as `navigation` / `boilerplate`.
 */
import { normalizeLine } from '../../text/normalize.js'
import { normalizeLine as foldedLine } from './short-text.js'
import { weightedLengthAtLeast, weightedLengthOver } from '../../text/index.js'
import type { Removal, RemovalKind } from '../../types.js'
import {
  attr, classAndId, detach, elementsOf, hostOf, isCDATA, isComment, isDirective, isElement, isText, readableText, tagOf,
  textOf, weightedLength, type AnyNode, type Element,
} from './dom.js'
import { hidingStyle } from './patterns.js'
import { hasSpamBrandLinkText, hasSpamLinkText, isSpamHost } from '../../text/spam-lexicon.js'
import { articleGuard, type ArticleGuard } from './guard.js'
import { isPhoto, notePhoto, notePhotoText } from './photos.js'
import { dropGroupUnits, RuleReader, stripCommentUnits, unitsOf } from './css.js'

const SILENT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'frame', 'frameset', 'object',
  'embed', 'applet', 'link', 'meta', 'base', 'button', 'input', 'select', 'textarea', 'option', 'datalist', 'map',
  'area', 'audio', 'video', 'source', 'track', 'img', 'picture', 'head', 'title', 'dialog'
])

const CHROME: Record<string, RemovalKind> = {
  nav: 'navigation', footer: 'boilerplate', aside: 'related', menu: 'navigation',
}
const ROLE_CHROME: Record<string, RemovalKind> = {
  navigation: 'navigation', banner: 'boilerplate', contentinfo: 'boilerplate', complementary: 'related',
  search: 'navigation', menubar: 'navigation', menu: 'navigation', dialog: 'boilerplate', alertdialog: 'boilerplate',
}

/** How many of the gambling hosts a reason names: enough to recognise the injection. */
const HOSTS_IN_REASON = 3

/** How long a removed text may be in `removed` before it is cut. */
export const REMOVED_TEXT_MAX = 200

export function clip (text: string): string {
  const t = foldedLine(text)
  return t.length <= REMOVED_TEXT_MAX ? t : t.slice(0, REMOVED_TEXT_MAX - 1) + '…'
}

export interface CleanContext {
  removed: Removal[]
  /** Host of the page's URL, when known: links elsewhere are "external". */
  host?: string
  /** A hidden block of gambling links or terms was found: the page shows an injection. */
  hiddenSpam?: boolean
}

/** Why an element is hidden: the evidence for `removed`, and whether scripts commonly reveal it. */
export interface Hiding {
  reason: string
  revealable: boolean
  /** Hidden as a read-more fold clips the rest of an article (`HidingStyle.foldable`). */
  foldable?: boolean
}

interface SheetRules { classes: Map<string, Hiding>, ids: Map<string, Hiding> }

/** One selector of a rule's list that the cleaning reads: `.cls`, `#id`, `tag.cls`, `tag#id`. */
const SIMPLE_ITEM = /^\s*[a-z0-9]*([.#])([\w-]+)\s*$/i
/**
 * Whether a selector list holds such a selector: `SIMPLE_ITEM` between two commas (or an end), which no character
 * of it can cross, so the answer is that of testing each item of the list split at its commas.
 */
const SIMPLE_SELECTOR = /(?:^|,)\s*[a-z0-9]*[.#][\w-]+\s*(?:,|$)/i

/** Simple hiding rules (`.cls`, `#id`, `tag.cls`) from the page's own style sheets, media queries left out. */
export function hiddenSelectors (css: string): SheetRules {
  const rules: SheetRules = { classes: new Map(), ids: new Map() }
  // drop conditional groups (@media, @supports, ...): what they hide depends on the screen
  // read as code units, shortened in place: no string the size of the sheet is made (css.ts `Units`)
  const rule = new RuleReader(dropGroupUnits(stripCommentUnits(unitsOf(css))))
  while (rule.next()) {
    // most rules name no simple selector: their declarations are not read
    const selectors = rule.selectors
    if (!SIMPLE_SELECTOR.test(selectors)) continue
    const style = hidingStyle(rule.declarations)
    // a class that starts at opacity 0 is the first frame of a scroll animation (Divi .et_animated, AOS, WOW.js):
    // scripts fade it in. Injected spam is hidden for good, inline or with display/visibility.
    if (style === undefined || style.inlineOnly) continue
    for (const raw of selectors.split(',')) {
      const sel = SIMPLE_ITEM.exec(raw)
      if (sel === null) continue
      const map = sel[1] === '.' ? rules.classes : rules.ids
      map.set(sel[2], {
        reason: `hidden by style sheet rule ${sel[1]}${sel[2]}{${style.reason}}`,
        revealable: style.revealable,
        ...(style.foldable ? { foldable: true } : {})
      })
    }
  }
  return rules
}

/** The hiding rules of every `<style>` in the document the element belongs to (the head's included). */
function sheetRulesOf (el: Element): SheetRules {
  const rules: SheetRules = { classes: new Map(), ids: new Map() }
  let top: AnyNode = el
  while (top.parent !== null) top = top.parent
  const stack: AnyNode[] = 'children' in top ? [...(top.children as AnyNode[])] : [top]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (!isElement(n)) continue
    if (tagOf(n) === 'style') {
      const r = hiddenSelectors(n.children.map(c => (isText(c) ? c.data : '')).join(''))
      for (const [k, v] of r.classes) rules.classes.set(k, v)
      for (const [k, v] of r.ids) rules.ids.set(k, v)
    } else {
      // only elements are read: text and comments are not stacked
      for (const c of n.children) if (isElement(c)) stack.push(c)
    }
  }
  return rules
}

/**
 * Why an element is hidden from the reader, or undefined when it is visible. The `hidden` attribute is what
 * React/Next.js streaming and expanders use (revealable); `aria-hidden` and `<marquee>` are not.
 */
export function hidingOf (el: Element, sheet?: SheetRules): Hiding | undefined {
  if (el.attribs.hidden !== undefined) return { reason: 'hidden attribute', revealable: true }
  if (attr(el, 'aria-hidden').toLowerCase() === 'true') return { reason: 'aria-hidden="true"', revealable: false }
  if (tagOf(el) === 'marquee') return { reason: '<marquee> scrolling text', revealable: false }
  const style = attr(el, 'style')
  if (style !== '') {
    const r = hidingStyle(style)
    if (r !== undefined) {
      const fold = r.foldable ? { foldable: true } : {}
      return { reason: `hidden by inline style ${r.reason}`, revealable: r.revealable, ...fold }
    }
  }
  if (sheet !== undefined) {
    const id = attr(el, 'id')
    const byId = id !== '' ? sheet.ids.get(id) : undefined
    if (byId !== undefined) return byId
    const cls = attr(el, 'class')
    if (cls !== '' && sheet.classes.size > 0 && mayHoldClass(cls, sheet.classes)) {
      for (const c of cls.split(/\s+/)) {
        const byClass = c !== '' ? sheet.classes.get(c) : undefined
        if (byClass !== undefined) return byClass
      }
    }
  }
  return undefined
}

/** Up to this many hiding classes, a class attribute is first searched for each of them (no split). */
const CLASSES_SEARCHED = 8

/**
 * Whether a class attribute may name one of a sheet's hiding classes: false only when it holds none of them as a
 * substring (so none as a class), checked when they are few; most elements of a page go by with no split.
 */
function mayHoldClass (cls: string, classes: Map<string, Hiding>): boolean {
  if (classes.size > CLASSES_SEARCHED) return true
  for (const k of classes.keys()) if (cls.includes(k)) return true
  return false
}

interface LinkFacts { links: number, spam: number, external: Set<string>, spamHosts: Set<string> }

/** The page's own host, or one of its subdomains or parent domains. */
function isSameSite (h: string, host: string | undefined): boolean {
  return h === host || (host !== undefined && (h.endsWith('.' + host) || host.endsWith('.' + h)))
}

function linkFacts (el: Element, host: string | undefined): LinkFacts {
  const facts: LinkFacts = { links: 0, spam: 0, external: new Set(), spamHosts: new Set() }
  const stack: AnyNode[] = [el]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (!isElement(n)) continue
    if (n.name === 'a') {
      facts.links++
      const h = hostOf(attr(n, 'href'))
      if (isSpamLink(n, host)) {
        facts.spam++
        if (h !== undefined) facts.spamHosts.add(h)
      }
      if (h !== undefined && !isSameSite(h, host)) facts.external.add(h)
    }
    for (const c of n.children) stack.push(c)
  }
  return facts
}

/**
 * A link to a gambling site: by its host name, by a brand in its text or title, or by gambling words in a link that
 * leaves the page's site. A link within the site whose text only speaks of gambling is the site's own headline
 * (`警方打擊非法賭博行動` in a Hong Kong press office's list, `七年級生開賭場…` in a Taiwan broadcaster's): an injection
 * links out to the gambling site, or names its brand.
 */
export function isSpamLink (a: Element, pageHost: string | undefined): boolean {
  return isSpamTarget(hostOf(attr(a, 'href')), [textOf(a), attr(a, 'title')], pageHost)
}

/**
 * Whether an address's host (`host`) and the texts naming it (a link's text and title, an option's label) are a
 * gambling site's.
 */
function isSpamTarget (host: string | undefined, texts: readonly string[], pageHost: string | undefined): boolean {
  if (host !== undefined && isSpamHost(host)) return true
  if (texts.some(hasSpamBrandLinkText)) return true
  const leaves = host !== undefined && !isSameSite(host, pageHost)
  return leaves && texts.some(hasSpamLinkText)
}

/** The removal of gambling links (`what`: `link(s)`, `option(s) of a drop-down of links`), their texts and hosts. */
function spamLinksRemoval (texts: readonly string[], hosts: ReadonlySet<string>, what: string): Removal {
  const hostList = [...hosts].slice(0, HOSTS_IN_REASON).join(', ')
  return {
    kind: 'spam',
    rule: 'spam-links',
    text: clip(texts.join(' ')),
    reason: `${texts.length} ${what} to gambling sites${hostList !== '' ? ` (${hostList})` : ''}`
  }
}

function classifyHidden (el: Element, reason: string, ctx: CleanContext): Removal | undefined {
  const text = normalizeLine(readableText(el))
  if (text === '') return undefined
  const r = hiddenRemoval(el, text, reason, ctx)
  // gambling itself, not a block of links to other sites (a hidden menu of a real site may be one)
  if (r.rule === 'hidden-spam-links' || r.rule === 'hidden-spam-terms') ctx.hiddenSpam = true
  return r
}

function hiddenRemoval (el: Element, text: string, reason: string, ctx: CleanContext): Removal {
  const f = linkFacts(el, ctx.host)
  if (f.spam > 0) {
    const hosts = [...f.spamHosts].slice(0, HOSTS_IN_REASON).join(', ')
    const reasonText = `${reason}; ${f.spam} link(s) to gambling sites${hosts !== '' ? ` (${hosts})` : ''}`
    return { kind: 'spam', rule: 'hidden-spam-links', text: clip(text), reason: reasonText }
  }
  if (hasSpamLinkText(text)) {
    return { kind: 'spam', rule: 'hidden-spam-terms', text: clip(text), reason: `${reason}; gambling terms` }
  }
  if (f.external.size >= 2 && f.links >= 3) {
    const reasonText = `${reason}; a block of ${f.links} links to ${f.external.size} other sites`
    return { kind: 'spam', rule: 'hidden-link-farm', text: clip(text), reason: reasonText }
  }
  // on a page whose hidden blocks already showed gambling, another short hidden text with no sentence is the same
  // injection (`<span style="display:none">百家樂必勝法 娛樂城註冊送1000</span>` inside a paragraph, after a hidden
  // link farm naming brands the lexicon knows: zh-news n103, n117 of session 36's unseen round)
  if (ctx.hiddenSpam === true && !weightedLengthOver(text, CONTEXT_SPAM_MAX) && !SENTENCE_END.test(text)) {
    return { kind: 'spam', rule: 'hidden-spam-context', text: clip(text), reason: `${reason}; beside hidden gambling` }
  }
  return { kind: f.links > 0 ? 'navigation' : 'boilerplate', rule: 'hidden-element', text: clip(text), reason }
}

/** Longest hidden text read as the same injection (Latin-equivalent characters: a line of keywords, no paragraph). */
const CONTEXT_SPAM_MAX = 80
/** A sentence's end, which a hidden line of keywords has none of. */
const SENTENCE_END = /[。！？.!?](?:\s|$)|[。！？]/u

/**
 * Script-revealed content: a `hidden` / `display:none` wrapper holding the page's prose (React/Next.js streaming
 * puts the article in `<div hidden>` and moves it into place; "read more" expanders hide the rest of the text).
 * Long, punctuated, few links and no gambling evidence: a reader does see it. The spam-only techniques (zero font
 * size, off-screen, clipping, marquee) never qualify, nor does a hidden second copy of text the page already shows
 * (a raw-Markdown or print copy of the article kept in the page for scripts). A clip qualifies only on an element whose
 * class names a fold (`<div class="fold-content" style="max-height:0;overflow:hidden">` under a share page's `点击展开全文`:
 * zh-news n532 of session 65's unseen round).
 */
function isRevealedProse (el: Element, hiding: Hiding, pageWords: () => PageShingles): boolean {
  if (!hiding.revealable && !(hiding.foldable === true && FOLD_CLASS.test(classAndId(el)))) return false
  const text = normalizeLine(textOf(el))
  if (weightedLength(text) < 200 || hasSpamLinkText(text)) return false
  const f = linkFacts(el, undefined)
  if (f.spam > 0) return false
  let linkLen = 0
  const stack: AnyNode[] = [el]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (!isElement(n)) continue
    if (n.name === 'a') linkLen += normalizeLine(textOf(n)).length
    else for (const c of n.children) stack.push(c)
  }
  const punct = text.match(/[,，、。.!?！？]/g)?.length ?? 0
  return linkLen / text.length < 0.3 && punct >= text.length / 150 && !isShownElsewhere(text, pageWords())
}

/** A class or id that names a read-more fold (`fold-content`, `collapse`, `read-more`, `expandable`, `truncated`). */
const FOLD_CLASS = /(?:^|[\s_-])(?:un)?fold(?:ed|able)?(?:$|[\s_-])|collaps|expand|read-?more|truncat/i

/** Words, and each Han/kana/Hangul character on its own: what two renderings of one text share. */
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}]+/gu
/** Runs of this many words are compared; this many runs are sampled along the hidden text. */
const SHINGLE = 8
const PROBES = 6

/**
 * Whether most of `text` (a hidden element's) is also somewhere else in the page: sampled 8-word runs occur at
 * least twice in the whole page's words (once is the hidden element itself). Compared on words, not characters,
 * so a Markdown copy (`_emphasis_`, `[link](url)`) still matches the rendered paragraphs.
 */
function isShownElsewhere (text: string, page: PageShingles): boolean {
  const words = text.toLowerCase().match(WORD) ?? []
  if (words.length < SHINGLE * 2) return false
  const step = Math.max(1, Math.floor((words.length - SHINGLE) / PROBES))
  const probes: string[][] = []
  for (let i = 0; i + SHINGLE <= words.length && probes.length < PROBES; i += step) {
    probes.push(words.slice(i, i + SHINGLE))
  }
  const twice = page.counts(probes).filter(n => n >= 2).length
  return twice * 2 > probes.length
}

/**
 * Most hidden blocks a page's words are scanned for (each scan reads the page once); past them the page's 8-word runs
 * are counted once in a map, so each probe costs one lookup and a page of many hidden blocks stays linear.
 */
const SHINGLE_SCANS = 4

/**
 * How many times runs of SHINGLE words occur in the page's words (read once, when a hidden block of prose first
 * needs them). Most pages ask for one block or none: its few probes are counted by one pass over the words, with
 * no string made per word of the page; the words hold no space, so a run joined by spaces equals another exactly
 * when their words do, and both ways give the same counts.
 */
class PageShingles {
  private readonly words: string[]
  private scans = 0
  private map: Map<string, number> | undefined

  constructor (root: Element) {
    this.words = textOf(root).toLowerCase().match(WORD) ?? []
  }

  /** The count of each probe (a run of SHINGLE words) in the page. */
  counts (probes: string[][]): number[] {
    if (this.map === undefined && this.scans < SHINGLE_SCANS) {
      this.scans++
      return this.scan(probes)
    }
    const map = (this.map ??= shingleCounts(this.words))
    return probes.map(p => map.get(p.join(' ')) ?? 0)
  }

  private scan (probes: string[][]): number[] {
    const out = probes.map(() => 0)
    const firsts = new Set(probes.map(p => p[0]))
    const words = this.words
    for (let i = 0; i + SHINGLE <= words.length; i++) {
      if (!firsts.has(words[i])) continue
      for (let j = 0; j < probes.length; j++) if (sameRun(words, i, probes[j])) out[j]++
    }
    return out
  }
}

/** Whether `run` stands in `words` at `at`. */
function sameRun (words: string[], at: number, run: string[]): boolean {
  for (let k = 0; k < run.length; k++) if (words[at + k] !== run[k]) return false
  return true
}

/** How many times each run of SHINGLE words occurs in the page's words. */
function shingleCounts (words: string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const k = words.slice(i, i + SHINGLE).join(' ')
    counts.set(k, (counts.get(k) ?? 0) + 1)
  }
  return counts
}

/**
 * Shortest run of text (Latin-equivalent characters, a Han character counting two) read as a paragraph of prose in a
 * form: two or three sentences, longer than any label, hint or notice line of a login, search or comment form.
 */
const FORM_PROSE_MIN = 160

/**
 * Whether a form holds a paragraph of prose: one text run at least `FORM_PROSE_MIN` long with a sentence's end. A
 * Q&A or forum platform wraps a post in a `<form>` for its vote and edit buttons (Question2Answer's question view,
 * `<form method="post" action="…">` around `div.qa-q-view-content`: zh-blogs b404 of session 52's unseen round), and
 * that form, with prose and no field to fill in (`holdsEntryField`), is the post, not a control. A login, search,
 * subscription, contact or comment form has fields, and may have prose too (a consent or privacy paragraph, a pitch).
 */
function holdsProse (form: Element): boolean {
  const stack: AnyNode[] = [form]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (isText(n)) {
      const text = n.data.trim()
      if (weightedLengthAtLeast(text, FORM_PROSE_MIN) && SENTENCE_END.test(text)) return true
    } else if (isElement(n) && n.name !== 'a' && !SILENT.has(tagOf(n))) {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i])
    }
  }
  return false
}

/** The `<input>` types that are no field a reader fills in: buttons and values the page carries. */
const NO_ENTRY_INPUT = new Set(['hidden', 'submit', 'button', 'image', 'reset'])

/** Whether a form has a field to fill in: a text box of any kind, a choice, a drop-down or a text area. */
function holdsEntryField (form: Element): boolean {
  for (const el of elementsOf(form)) {
    if (el.name === 'textarea' || el.name === 'select') return true
    if (el.name === 'input' && !NO_ENTRY_INPUT.has(attr(el, 'type').trim().toLowerCase())) return true
  }
  return false
}

/** Whether a page-level chrome element may go: a `<header>` or `<form>` wrapping the whole article stays. */
function isSmall (el: Element): boolean {
  return weightedLength(normalizeLine(textOf(el))) < 1000
}

/** Makes `kept` the children of `el` (in order) and unlinks the `dropped` ones. */
function relink (el: Element, kept: AnyNode[], dropped: Set<AnyNode>): void {
  for (const d of dropped) {
    d.parent = null
    d.prev = null
    d.next = null
  }
  el.children = kept
  for (let i = 0; i < kept.length; i++) {
    kept[i].prev = kept[i - 1] ?? null
    kept[i].next = kept[i + 1] ?? null
  }
}

/** The visible gambling links of one block: their texts and hosts. */
interface SpamLinks { texts: string[], hosts: Set<string> }

/** What one page's cleaning reads more than once, each read the first time a rule needs it. */
class PageFacts {
  readonly sheet: SheetRules
  readonly spamByParent = new Map<Element, SpamLinks>()
  private shingles: PageShingles | undefined
  private guard: ArticleGuard | undefined

  constructor (private readonly root: Element, readonly ctx: CleanContext) {
    this.sheet = sheetRulesOf(root)
  }

  /**
   * The page's 8-word runs, counted once and only when a hidden block of prose needs them (a page of many hidden
   * blocks must not read itself once per block).
   */
  readonly pageWords = (): PageShingles => (this.shingles ??= new PageShingles(this.root))

  /** A removal never takes the article (guard.ts): the guard is built once, when a rule first needs it. */
  holdsArticle (el: Element): boolean {
    return (this.guard ??= articleGuard(this.root)).holdsArticle(el)
  }

  noteSpamLink (parent: Element, link: Element): void {
    const entry = this.spamByParent.get(parent) ?? { texts: [], hosts: new Set<string>() }
    entry.texts.push(normalizeLine(textOf(link)))
    const h = hostOf(attr(link, 'href'))
    if (h !== undefined) entry.hosts.add(h)
    this.spamByParent.set(parent, entry)
  }
}

/** What becomes of a child: unlinked, cleaned in turn, or left as it is (text). */
type Fate = 'drop' | 'visit' | 'keep'

/** Cleans the subtree in place, listing hidden, spam and chrome removals in `ctx.removed`. */
export function cleanPage (root: Element, ctx: CleanContext): void {
  const page = new PageFacts(root, ctx)
  cleanBelow(root, page)
  dropSpamLinks(page.spamByParent, ctx)
}

/**
 * `cleanPage`'s walk. A module function, not a closure made per page: V8 holds a closure's optimized code weakly, so
 * a per-page closure is compiled again after every full collection (docs/performance.md, "Closures compiled again").
 */
function cleanBelow (el: Element, page: PageFacts): void {
  // what goes is unlinked once after the loop: one splice per removed child was quadratic in the siblings. No
  // rule changes `el.children` while they are read (a visit relinks the child's own), so they are not copied.
  let dropped: Set<AnyNode> | undefined
  const children = el.children
  // nothing but white space and line breaks read yet: a photo here opens the element (photos.ts)
  let opening = true
  for (const child of children) {
    const fate = fateOf(child, el, page)
    if (isElement(child) && isPhoto(child)) notePhotoText(child)
    if (opening && isElement(child) && isPhoto(child)) notePhoto(el)
    else if (opening) opening = isText(child) ? child.data.trim() === '' : !isElement(child) || child.name === 'br'
    if (fate === 'drop') (dropped ??= new Set<AnyNode>()).add(child)
    else if (fate === 'visit' && isElement(child)) cleanBelow(child, page)
  }
  if (dropped !== undefined) {
    const gone = dropped
    relink(el, children.filter(c => !gone.has(c)), gone)
  }
}

/** The rules in order: markup nothing shows, hidden blocks, gambling links, page chrome. */
function fateOf (child: AnyNode, parent: Element, page: PageFacts): Fate {
  if (isComment(child) || isDirective(child) || isCDATA(child)) return 'drop'
  if (!isElement(child)) return 'keep'
  const tag = tagOf(child)
  if (tag === 'select') noteSpamOptions(child, page.ctx)
  if (SILENT.has(tag)) return 'drop'
  const hidden = hidingOf(child, page.sheet)
  if (hidden !== undefined && !isRevealedProse(child, hidden, page.pageWords)) {
    const r = classifyHidden(child, hidden.reason, page.ctx)
    if (r?.kind !== 'spam' && page.holdsArticle(child)) return 'visit'
    if (r !== undefined) page.ctx.removed.push(r)
    return 'drop'
  }
  if (tag === 'a' && isSpamLink(child, page.ctx.host)) {
    page.noteSpamLink(parent, child)
    return 'drop'
  }
  return chromeFate(child, tag, page)
}

/**
 * A drop-down of links (a friend-links `<select>` whose options' values are addresses) that names gambling sites
 * (`<option value="http://www.example-hgtz.com/">皇冠投注网</option>`: zh-org o85 of session 41's unseen round): the
 * `<select>` goes unread as every form control does; its gambling options are listed as the links they are.
 */
function noteSpamOptions (select: Element, ctx: CleanContext): void {
  const texts: string[] = []
  const hosts = new Set<string>()
  for (const o of elementsOf(select)) {
    if (o.name !== 'option') continue
    const h = hostOf(attr(o, 'value'))
    const text = normalizeLine(textOf(o))
    // as a link: a gambling host, a brand, or gambling words in an option that leaves the site
    if (!isSpamTarget(h, [text], ctx.host)) continue
    texts.push(text)
    if (h !== undefined) hosts.add(h)
  }
  if (texts.length > 0) ctx.removed.push(spamLinksRemoval(texts, hosts, 'option(s) of a drop-down of links'))
}

/** `<nav>`, `<footer>`, `<aside>`, `<menu>`, their ARIA roles, and small headers and forms: page chrome. */
function chromeFate (el: Element, tag: string, page: PageFacts): Fate {
  const role = attr(el, 'role').toLowerCase()
  const chrome = CHROME[tag] ?? ROLE_CHROME[role]
  const isChrome = chrome !== undefined || (tag === 'header' && isSmall(el)) ||
    (tag === 'form' && isSmall(el) && !(holdsProse(el) && !holdsEntryField(el)))
  if (!isChrome || page.holdsArticle(el)) return 'visit'
  dropHiddenSpam(el, page)
  const text = normalizeLine(readableText(el))
  if (text !== '') {
    const what = chrome !== undefined && CHROME[tag] === undefined ? `role="${role}"` : `<${tag}>`
    const kind = chrome ?? (tag === 'form' ? 'navigation' : 'boilerplate')
    page.ctx.removed.push({ kind, rule: 'page-chrome', text: clip(text), reason: `${what} element (page chrome)` })
  }
  return 'drop'
}

/**
 * Hidden gambling spam inside page chrome (an off-screen block of casino links in a hacked site's `<footer>`, the
 * classic injection): listed as the spam it is, with its own reason, and taken out before the chrome's own removal is
 * written. The chrome's descendants are read once here; the chrome is dropped and never walked again.
 */
function dropHiddenSpam (chrome: Element, page: PageFacts): void {
  const gone = new Set<Element>()
  for (const el of elementsOf(chrome)) {
    if (el === chrome || (el.parent !== null && isElement(el.parent) && gone.has(el.parent))) {
      if (el !== chrome) gone.add(el)
      continue
    }
    const hidden = hidingOf(el, page.sheet)
    if (hidden === undefined) continue
    // gambling evidence only: a hidden menu of a few sites' links (a footer's social icons) is the chrome's own
    const r = classifyHidden(el, hidden.reason, page.ctx)
    if (r?.kind !== 'spam' || r.rule === 'hidden-link-farm') continue
    page.ctx.removed.push(r)
    gone.add(el)
    detach(el)
  }
}

/**
 * The visible gambling links, one removal per block that held them (their links are already unlinked); a block
 * that held nothing but them (and separators) goes too.
 */
function dropSpamLinks (spamByParent: Map<Element, SpamLinks>, ctx: CleanContext): void {
  for (const [parent, { texts, hosts }] of spamByParent) {
    const rest = normalizeLine(textOf(parent)).replace(/[\s|·•,，、\-–—]/g, '')
    ctx.removed.push(spamLinksRemoval(texts, hosts, 'link(s)'))
    if (rest === '' && parent.parent !== null && tagOf(parent) !== 'body') detach(parent)
  }
}
