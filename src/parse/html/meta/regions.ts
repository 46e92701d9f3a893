/**
 * Where an element stands on the page for the metadata readers: the site's menus, and comment, sidebar,
 * related and footer sections that are skipped, with their per-page answers and the article's containers.
 */
import type { CheerioAPI } from 'cheerio'
import { attr, isElement, textOf, type AnyNode, type Element } from '../dom.js'
import { isOpeningPost } from '../discussion.js'

/**
 * A pattern of class or id tokens (which matches no empty token), and a pattern of the literals every token it
 * matches holds, with the same flags (so the same case folding): a token is a part of the class or of the id, so
 * when neither holds one of them no token matches, and the attributes are not split (most elements of a page).
 */
interface TokenTest { token: RegExp, holds: RegExp }

// A class or id token that opens a comment, testimonial, related or sidebar section (`related-post-card`, `comments`;
// not `has-sidebar` or `content-sidebar-wrap`, which wrap the article too). A sidebar's `widget`
// (`widget_recent_entries`, `widget-area`), not the layout grid of HubSpot pages (`widget-span
// widget-type-blog_content`: every cell of the page, the article's too). A list of the site's latest, most recent
// or popular items, named by a whole `-`/`_` segment (`jcomments-latest`, `recent-posts`, `popular_posts`; not
// `recentness`): its names and dates are other pages' (WCXB 0427: a commenter in Joomla's latest-comments module). A
// comment box named otherwise: DedeCMS's `feedback` (its comments post to /plus/feedback.php) and the pinyin of 评论 and
// 留言 (`pinglun`, `liuyan`): a commenter's time outranked the info line's (zh-org o91 of session 42's unseen round). A
// chat or guest box (`shoutbox`, `shoutboxdate`: PHP-Fusion's side panel, whose last message's time outranked the news
// item's footer: zh-org o264 of session 62's unseen round; `chatbox`, `guestbook`)
const SKIP_ANCESTOR: TokenTest = {
  token: /^(?:comments?|comment[-_]|testimonial|related|sidebar|widget(?![-_](?:span|type)\b)|footer|reply|replies|recirc|more-stories)|(?:^|[-_])(?:latest|recent|popular)(?:$|[-_])|^(?:feedback|pinglun|liuyan)(?:$|[-_])|^(?:shout|chatbox|guestbook)/i,
  // each alternative above holds one of these (`reply` and `replies` both `repl`)
  holds: /comment|testimonial|related|sidebar|widget|footer|repl|recirc|more-stories|latest|recent|popular|feedback|pinglun|liuyan|shout|chatbox|guestbook/i
}

function $closest (el: Element, tag: string): Element | null {
  for (let p = el.parent; p !== null && isElement(p); p = p.parent) if (p.tagName === tag) return p
  return null
}

// `menu-item`, `x-nav`, `sub-menu`, `wonderful-header--sub-menu-group`, `navbar`; not `offset-nav` (a layout class)
const MENU_TOKEN: TokenTest = {
  token: /^(?:menu|nav|navbar|navigation)(?:$|[-_])|^\w{1,2}-nav$|(?:^|[-_])(?:sub-?menu|mega-?menu|dropdown-menu|main-menu|nav-menu)(?:$|[-_])/i,
  // each alternative above holds `menu` or `nav`
  holds: /menu|nav/i
}

/**
 * Answers of the ancestor tests below for the elements above others, for the page `readHints` is reading: every
 * element below one is asked about, so each ancestor's class and id are split and matched once, not once per
 * element under it. (The element asked about itself is not kept: most are asked once.)
 */
export class AncestorAnswers {
  readonly menu = new Map<Element, boolean>()
  readonly skip = new Map<Element, boolean>()
  readonly skipAboveContent = new Map<Element, boolean>()
  private containers: ReadonlySet<Element> | undefined
  constructor (private readonly $: CheerioAPI) {}
  /** Whether `el` holds the lone `<h1>` and the longest paragraph (`articleContainers`, read when first asked). */
  holdsArticle (el: Element): boolean {
    return (this.containers ??= articleContainers(this.$)).has(el)
  }
}

/**
 * The elements that hold both the page's lone `<h1>` and its longest paragraph: the article's containers, whatever
 * their class says. A template may name the whole content column a sidebar's (`<div class="sidebar inner">` around
 * the side menu and the article, MetInfo 5: zh-gov g235 of session 52's unseen round), and a skipping class there
 * names no sidebar (`inSkipped`).
 */
function articleContainers ($: CheerioAPI): Set<Element> {
  const out = new Set<Element>()
  const h1s = $('body h1').toArray()
  const h1 = h1s.length === 1 ? h1s[0] : undefined
  if (h1 === undefined || !isElement(h1)) return out
  let longest: Element | undefined
  let most = 0
  for (const p of $('body p')) {
    if (!isElement(p)) continue
    const n = textOf(p).length
    if (n > most) [longest, most] = [p, n]
  }
  if (longest === undefined || most < ARTICLE_PARAGRAPH_CHARS) return out
  const above = new Set<Element>()
  for (let p = h1.parent; belowBody(p); p = p.parent) above.add(p)
  for (let p = longest.parent; belowBody(p); p = p.parent) if (above.has(p)) out.add(p)
  return out
}
/** Shortest paragraph read as the article's text for `articleContainers` (characters): a few sentences. */
const ARTICLE_PARAGRAPH_CHARS = 100
let answers: AncestorAnswers | undefined
/** Sets `answers`: `readHints` (./meta.ts) as it starts and ends reading a page. */
export function setAnswers (value: AncestorAnswers | undefined): void {
  answers = value
}

/** `compute(el)`, kept in `memo` (when a page is being read). */
function remembered (memo: Map<Element, boolean> | undefined, el: Element, compute: (el: Element) => boolean): boolean {
  let known = memo?.get(el)
  if (known === undefined) {
    known = compute(el)
    memo?.set(el, known)
  }
  return known
}

/** Whether the walks up from an element go on at `p` (an element below `<body>`). */
export const belowBody = (p: AnyNode | null): p is Element => p !== null && isElement(p) && p.tagName !== 'body'

/** A class or id token of `el` passes `test` (an element without either has none). */
function tokensMatch (el: Element, test: TokenTest): boolean {
  const cls = attr(el, 'class')
  const id = attr(el, 'id')
  if (!test.holds.test(cls) && !test.holds.test(id)) return false
  return (cls + ' ' + id).split(/\s+/).some(t => test.token.test(t))
}

/** Inside the site's navigation (`<nav>`, a `menu`/`nav` list): a link there is the site's, not the article's. */
export function inMenu (el: Element): boolean {
  return belowBody(el) && (el.tagName === 'nav' || tokensMatch(el, MENU_TOKEN) || menuAbove(el.parent))
}

function menuAbove (p: AnyNode | null): boolean {
  return belowBody(p) && remembered(answers?.menu, p, inMenu)
}

/**
 * Inside a comment, testimonial, related or sidebar section, or the page's own footer. A `<footer>` or `<aside>`
 * inside the article holds its byline and dates (`<aside class="insight__content"><h3>Author</h3>`); one that
 * holds the article or the `<main>` (an unclosed announcement `<aside>` wrapping the page) is no sidebar.
 */
export function inSkipped (el: Element): boolean {
  // a thread's opening post is read whatever box holds it (vBulletin 5 builds every part of a page as a widget)
  if (!belowBody(el) || isOpeningPost(el)) return false
  const wrapsContent = el.tagName === 'article' || el.tagName === 'main'
  const section = el.tagName === 'aside' || el.tagName === 'footer'
  if (section && !wrapsContent && $closest(el, 'article') === null) return true
  if (tokensMatch(el, SKIP_ANCESTOR) && answers?.holdsArticle(el) !== true) return true
  return wrapsContent ? skipAboveContent(el.parent) : skippedAbove(el.parent)
}

function skippedAbove (p: AnyNode | null): boolean {
  return belowBody(p) && remembered(answers?.skip, p, inSkipped)
}

/** `inSkipped` above an `<article>` or `<main>`: only a skipping class or id counts there, not `<aside>`/`<footer>`. */
function skipAboveContent (p: AnyNode | null): boolean {
  return belowBody(p) && remembered(answers?.skipAboveContent, p, skipTokenOrAbove)
}

const skipTokenOrAbove = (el: Element): boolean => tokensMatch(el, SKIP_ANCESTOR) || skipAboveContent(el.parent)
