/**
 * The page's `<h1>` headings read as headline candidates. A heading is not always the headline, nor all of it:
 * - one whose whole text is a link to the site's home page (`<h1><a href="https://davidbau.com/">davidbau.com</a>
 *   </h1>`), or to the blog's home above the page, is the logo's heading, and so is a blog's name in its owner's
 *   form (`林间小溪的博客`): it gives the site's name, never the headline;
 * - one kept for screen readers only (`<h1 class="screen-reader-text">Post navigation</h1>`) is no headline, and text
 *   so kept inside a heading (`<span class="sr-only">Posted in News: </span>`) is no part of it;
 * - one that ends with a colon (`A message from John Furrier, co-founder of SiliconANGLE:`) introduces what follows
 *   it (a promotion, a form, a list), as a label does: no headline; nor is one that opens with a breadcrumb's label
 *   (`您当前的位置：首页 > 摄影 >`);
 * - one made of parts, one of which is the title the page announces (`og:title`, JSON-LD `headline`, `<title>` with
 *   its site suffix), is that part: a kicker before it (`<div>Get that tech stack</div><span>Klatch Coffee</span>`),
 *   the linked source's host and a comment count after it (`… Guarantee Jobs (latimes.com) 87`).
 * Words in different elements of a heading are different words even where the markup puts no space between them
 * (`The Best Notion Alternatives<span class="block">Top Note-taking Tools…</span>`, a line break made by a style).
 */
import {
  ElementType, attr, breaksLine, descendants, isElement, isText, readableText, textOf, weightedLength, type AnyNode,
  type Element
} from './dom.js'
import { normalizeLine } from './short-text.js'
import { SCREEN_READER_ONLY, SUBTITLE } from './patterns.js'
import { blogOwner } from '../../text/title-owner.js'
import { findDate } from '../../text/date.js'
import { opensWithCrumbLabel } from '../../text/breadcrumb.js'

/** The headings as candidates (in page order) and the site's name a logo heading gives, if any. */
export interface Headings {
  /** Each heading that may be the headline: its text, or the part of it the page announces as its title. */
  headlines: string[]
  /**
   * The whole line of each heading whose headline is not all of it (by the headline: a part of it, or its text
   * without what is kept for screen readers): the line the title stands on in the body.
   */
  lines: Map<string, string>
  /** The text of a heading that links to the site's home page (the logo's). */
  siteName?: string
  /**
   * The text of a heading that names the blog the page is in: a link to the blog's home above the page, or a blog's
   * name in its owner's form (`林间小溪的博客`). A blog host heads every post with it.
   */
  blogName?: string
}

/** A feed's title after the site's name (`Blog » Feed`, `Blog » Comments Feed`, `Blog - RSS`): the name is before. */
const FEED_TITLE_TAIL = /\s+[»›|–-]\s+.*$/u

/**
 * The names a page's feeds give the site or blog (`<link rel="alternate" type="application/rss+xml" title="…">`, the
 * part before a `»`), lower-cased: a feed is the whole site's or blog's, never one article's (a post's comments feed
 * names the blog first: WordPress's `Blog » Post Comments Feed`).
 */
export function feedNames (links: readonly Element[]): string[] {
  const names: string[] = []
  for (const link of links) {
    const type = attr(link, 'type').toLowerCase()
    if (!/rss|atom/.test(type) || !attr(link, 'rel').toLowerCase().split(/\s+/).includes('alternate')) continue
    const name = normalizeLine(attr(link, 'title')).replace(FEED_TITLE_TAIL, '').toLowerCase()
    if (name !== '') names.push(name)
  }
  return names
}

/** Most elements inside a heading searched for the announced part: a headline's markup is a handful. */
const MAX_PARTS = 40
/** Shortest part taken for the whole heading, in characters: shorter ones are a word the title happens to be. */
const MIN_PART = 4

// a link to the site's home page: the root of a host (`/`, `https://example.com`, `//example.com/index.html`)
const HOME_HREF = /^(?:(?:https?:)?\/\/[^/?#]+)?\/?(?:index\.\w{2,5})?$/i
// a breadcrumb's separator before or after a part (`uho優活健康網 〉檢視火線新聞 〉Headline`)
const CRUMB_EDGE = /^[\s〉》>»›/|｜:：-]+|[\s〉》>»›/|｜:：-]+$/gu
// a heading that introduces what follows it
const LEAD_IN = /[:：]$/u

/**
 * Reads the page's `<h1>` elements. `announced(part)` tells whether the page announces `part` as its title (alone
 * or with a site's name after a separator).
 */
export function readHeadings (
  elements: readonly Element[], announced: (part: string) => boolean, pageUrl?: string, feeds: readonly string[] = []
): Headings {
  const out: Headings = { headlines: [], lines: new Map() }
  for (const el of elements) {
    if (screenReaderOnly(el)) continue
    const text = withoutInfoTail(el, withoutCategory(el, headingText(el)))
    if (text === '') continue
    const home = linksHome(el, text, announced, pageUrl)
    // or the name the blog's feed gives (`feeds`)
    const feed = feeds.includes(text.toLowerCase())
    if (home !== undefined || feed || blogOwner(text) !== undefined || inBanner(el) || namesSpace(el)) {
      out.siteName ??= text
      // the blog's own name (above the page, or in its owner's form), not a whole site's logo
      if (home !== 'site') out.blogName ??= text
      continue
    }
    // a breadcrumb a template prints in the `<h1>` (`<h1 class="t_nav"><span>您当前的位置：<a href="/">首页</a> > …`)
    if (LEAD_IN.test(text) || opensWithCrumbLabel(text)) continue
    const part = announced(text) ? undefined : announcedPart(el, text, announced)
    const headline = part ?? text
    out.headlines.push(headline)
    // the heading's line as the body shows it: with the text kept for screen readers, which the body keeps
    const line = normalizeLine(readableText(el))
    if (line !== headline) out.lines.set(headline, line)
  }
  return out
}

/**
 * A heading whose own class or id says it names the site, the blog or the member's space (`<h1 class="space_name">`
 * over every page of a QQ Zone space: zh-blogs b302 of session 46's unseen round; `site-title`, `blog-name`,
 * `sitename`): the place's name, never the headline.
 */
const SPACE_NAME = /(?:^|[\s_-])(?:site|space|blog)[_-]?(?:name|title)(?:$|[\s_-])/i
const namesSpace = (el: Element): boolean => SPACE_NAME.test(`${attr(el, 'class')} ${attr(el, 'id')}`)

/** Longest name an element classed as the space's name gives (weighted characters): a blog's name, not a paragraph. */
const SPACE_NAME_MAX = 40

/**
 * An element of any kind classed as the space's name (`blog_name`, `sitename`, `site-title`), not as a title of the
 * blog's (`blog-title` heads a post in blog themes: zh-blogs b52).
 */
const SPACE_NAME_ANY = /(?:^|[\s_-])(?:(?:site|space|blog)[_-]?name|site[_-]?title)(?:$|[\s_-])/i

/**
 * The name an element of any kind classed as the space's name prints (`<div class="blog_name">蓁蓁的柿子樹下</div>` in a
 * Taiwan community blog's banner, no heading on the page: zh-blogs b588 of session 63's unseen round): the first such,
 * short and not empty; undefined when the page has none.
 */
export function spaceName (elements: readonly Element[]): string | undefined {
  for (const el of elements) {
    if (!SPACE_NAME_ANY.test(`${attr(el, 'class')} ${attr(el, 'id')}`)) continue
    const text = normalizeLine(textOf(el))
    const weight = weightedLength(text)
    if (weight > 0 && weight <= SPACE_NAME_MAX) return text
  }
  return undefined
}

/**
 * The id or class tokens of a page's banner, the box at its top that names the site or the blog (`<div id="header">
 * <h1>小蝸牛Emily的慢慢旅行</h1><div class="desc">…`, a Wretch blog over every post: zh-blogs b122, b138 of sessions 38
 * and 39's unseen rounds). An article's own header is named otherwise (`entry-header`, `page-header`,
 * `article-header`).
 */
const BANNER_TOKENS = new Set(['header', 'banner', 'masthead', 'site-header', 'blog-header', 'blogheader'])
/** Levels above a heading its banner is looked for. */
const BANNER_LEVELS = 2

/**
 * Whether the heading stands in the page's banner: the blog's or the site's name, never the headline. A header inside
 * the post (`<div class="post type-post hentry"><header class="header"><h1>`: WCXB 0137) or the article is the post's.
 */
function inBanner (el: Element): boolean {
  let banner = false
  let level = 0
  for (let p = el.parent; p !== null && isElement(p) && level < POST_LEVELS; p = p.parent, level++) {
    const tokens = `${attr(p, 'id')} ${attr(p, 'class')}`.toLowerCase().split(/\s+/)
    if (p.name === 'article' || p.name === 'main' || tokens.some(t => POST_TOKEN.test(t))) return false
    if (level < BANNER_LEVELS && tokens.some(t => BANNER_TOKENS.has(t))) banner = true
  }
  return banner
}
/**
 * Levels above a heading a post's or an article's box is looked for: a post's header is a level or a few below its box;
 * the walk stays short on pages nested thousands deep.
 */
const POST_LEVELS = 12
/** A class of a post's or an article's box (`post`, `hentry`, `type-post`, `article`, `entry`). */
const POST_TOKEN = /^(?:post|hentry|type-post|article|entry)$/

/**
 * The heading's text without the info line a template prints inside it after a line break (PHPCMS's `<h1>标题<br/>
 * <span>2018-07-19 09:25:31 来源：县委宣传部 评论：0</span></h1>`): the headline is the line before, when the line after
 * holds a full date.
 */
function withoutInfoTail (el: Element, text: string): string {
  const br = el.children.findIndex(c => isElement(c) && c.name === 'br')
  if (br <= 0) return text
  const tail = normalizeLine(el.children.slice(br + 1).map(c => readableText(c)).join(' '))
  if (tail === '' || findDate(tail) === null) return text
  const before = el.children.slice(0, br)
  const head = normalizeLine(before.map(c => isElement(c) ? headingText(c) : readableText(c)).join(''))
  return head === '' || !text.startsWith(head) ? text : head
}

// a board's category in brackets (`[喂养心得]`, `【求助】`)
const CATEGORY = /^[[【][^[\]【】]{1,10}[\]】]$/u
/** An opening bracket alone before a category's link, and the bracket that closes it. */
const OPEN_BRACKET = /^[[【]$/u
const CLOSE_OF: Readonly<Record<string, string>> = { '[': ']', '【': '】' }

/**
 * The heading's text without a board's category that opens it as a link of its own (Discuz!'s thread types: `<h1><a
 * href="forum.php?mod=forumdisplay&fid=168&filter=typeid&typeid=502">[喂养心得]</a> <span id="thread_subject">…`):
 * a link to the board's list, not the title's words. A tag typed into the title's own text stays (`[心得] 離開…`).
 */
function withoutCategory (el: Element, text: string): string {
  const at = el.children.findIndex(c => !isText(c) || c.data.trim() !== '')
  const lead = el.children[at]
  // the brackets around the link rather than in it (`<h1>[<a href="…typeid=5">经验分享</a>] …`, Discuz! 6: zh-blogs b222
  // of session 41's unseen round)
  const bracketed = lead !== undefined && isText(lead) && OPEN_BRACKET.test(lead.data.trim())
  const first = bracketed ? el.children[at + 1] : lead
  if (first === undefined || !isElement(first) || first.name !== 'a') return text
  const inner = headingText(first).trim()
  // a category's link and a colon after it (`<h1><a href="./?CategoryID=3">活動報告</a>: 新馬路永樂戲院門口寫生小記…</h1>`,
  // Vanilla 1's discussion heading: zh-blogs b631 of session 64's second unseen wave)
  const colon = linkBeforeColon(el) !== undefined && inner !== '' && inner.length <= CATEGORY_LINK_MAX
  if (colon && text.startsWith(inner)) {
    const rest = text.slice(inner.length).replace(COLON_LEAD, '').trim()
    if (rest.length >= MIN_REST) return rest
  }
  const category = bracketed ? `${lead.data.trim()}${inner}${CLOSE_OF[lead.data.trim()] ?? ''}` : inner
  if (!CATEGORY.test(category) || !text.startsWith(category)) return text
  const rest = text.slice(category.length).trim()
  return rest === '' ? text : rest
}

/**
 * The link an element opens with and the text node after it that goes on with a colon (`<a href="./?CategoryID=3">
 * 活動報告</a>: 新馬路…`, Vanilla 1's discussion heading; `<a href="…?storytopic=3">衛教天地</a>: 夏日預防…`, XOOPS's
 * news title): a category's or topic's link before the title's words. Undefined when the element opens otherwise.
 */
export function linkBeforeColon (el: Element): { link: Element, after: string } | undefined {
  const at = el.children.findIndex(c => !isText(c) || c.data.trim() !== '')
  const link = el.children[at]
  const next = el.children[at + 1]
  if (link === undefined || !isElement(link) || link.name !== 'a') return undefined
  if (next === undefined || !isText(next)) return undefined
  return LINK_COLON.test(next.data) ? { link, after: next.data.replace(COLON_LEAD, '') } : undefined
}
/** A colon right after a link, words after it. */
const LINK_COLON = /^\s*[:：]\s*\S/u
/** A colon and the white space around it, opening a text. */
const COLON_LEAD = /^\s*[:：]\s*/u
/** Longest category's link read before a colon (characters): a board's category, not a sentence. */
const CATEGORY_LINK_MAX = 12
/** Fewest characters of a title left after a category's link and its colon. */
const MIN_REST = 4

/**
 * Whether the heading's whole text is one link to the home page of a site (`site`), or of the blog or section the
 * page is in (`blog`): an address above the page's own (`/jw!qiu0507` over `/jw!qiu0507/article?mid=123`, `/blog`
 * over `/blog/post/40239832`), the blog's name heading every post.
 */
function linksHome (
  el: Element, text: string, announced: (part: string) => boolean, pageUrl?: string
): 'site' | 'blog' | undefined {
  // a logo's heading is a link and little else: the first elements tell
  const links = descendants(el, MAX_PARTS).filter(e => e.name === 'a')
  if (links.length !== 1) return undefined
  const href = attr(links[0], 'href').trim()
  if (href === '' || headingText(links[0]) !== text) return undefined
  if (HOME_HREF.test(href)) return 'site'
  if (pageUrl === undefined || !above(href, pageUrl)) return undefined
  return ITEM_PATH.test(href) && announced(text) ? undefined : 'blog'
}

/**
 * An address whose last segment is a number (`/3217/`): an item's short address (a question's, a post's) when the
 * heading that links it is the headline the `<title>` opens with, the page's own address extending it with a slug
 * (`/3217/夏天多肉黑腐了-…`, Question2Answer: zh-blogs b404 of session 52's unseen round). A member's number is a
 * space's home (`http://user.qzone.qq.com/562018473` over `<title>毕业前最后一次班级聚餐 [时光不老，我们不散] - QQ空间`:
 * the space's name, b08), and its heading is no headline the `<title>` opens with.
 */
const ITEM_PATH = /\/\d+\/?(?:[?#].*)?$/

/** Whether `href` is an address above `pageUrl` on the same host: a proper prefix of its path, at a `/`. */
function above (href: string, pageUrl: string): boolean {
  let link: URL
  let page: URL
  try {
    page = new URL(pageUrl)
    link = new URL(href, page)
  } catch {
    return false
  }
  if (link.host !== page.host || link.search !== '' || link.hash !== '') return false
  // a link to the page itself (a permalink around the post's heading, `/archives/86/` on `/archives/86/`) is not
  // above it
  const path = link.pathname.replace(/\/+$/, '')
  const pagePath = page.pathname.replace(/\/+$/, '')
  return path !== '' && path !== pagePath && pagePath.startsWith(path + '/')
}

/** The longest element (or text) inside the heading, short of the whole, that the page announces as its title. */
function announcedPart (el: Element, text: string, announced: (part: string) => boolean): string | undefined {
  let best: string | undefined
  // the heading's own texts (`Headline <span>subtitle</span>`) and the elements below it
  const parts: AnyNode[] = [...el.children.slice(0, MAX_PARTS).filter(isText), ...descendants(el, MAX_PARTS)]
  for (const node of parts) {
    const part = (isText(node) ? normalizeLine(node.data) : headingText(node as Element)).replace(CRUMB_EDGE, '')
    const longer = best === undefined || part.length > best.length
    if (part.length >= MIN_PART && part.length < text.length && longer && announced(part)) best = part
  }
  return best
}

/** Whether an element is kept for screen readers and off the screen (its class: data/html-class-patterns.json). */
function screenReaderOnly (el: Element): boolean {
  const cls = attr(el, 'class')
  return cls !== '' && SCREEN_READER_ONLY.test(cls)
}

/** Whether an element inside a headline is its subtitle, by its class (data/html-class-patterns.json `subtitle`). */
function subtitle (el: Element): boolean {
  const cls = attr(el, 'class')
  return cls !== '' && SUBTITLE.test(cls)
}

/**
 * A Han character ending the text so far: Chinese writes no space before a Latin word an element begins (a search
 * snapshot's highlight, `公司顺利通过<b>CCC认证</b>年度…`: zh-org o293 of session 64's second unseen wave).
 */
const HAN_END = /\p{Script=Han}$/u

/**
 * A heading's text on one line: a space at a line break or a block, and between a letter and a capital that two
 * elements put side by side (`Alternatives` + `<span>Top…`), not after a Han character; a part kept for screen
 * readers or classed a subtitle left out.
 */
export function headingText (el: Element): string {
  let out = ''
  const add = (s: string, fromElementEdge: boolean): void => {
    if (fromElementEdge && /[\p{L}\p{N}]$/u.test(out) && !HAN_END.test(out) && /^\p{Lu}/u.test(s)) out += ' '
    out += s
  }
  // each entry: a node, or ' ' for the space after a block; `edge` is set when an element starts or ends
  const stack: Array<AnyNode | ' ' | 'edge'> = [el]
  let edge = false
  while (stack.length > 0) {
    const n = stack.pop()!
    if (n === ' ') {
      out += ' '
      continue
    }
    if (n === 'edge') {
      edge = true
      continue
    }
    if (isText(n)) {
      if (n.data !== '') {
        add(n.data, edge)
        edge = false
      }
      continue
    }
    if (!isElement(n) || n.type !== ElementType.Tag || (n !== el && (screenReaderOnly(n) || subtitle(n)))) continue
    if (breaksLine(n.name)) {
      out += ' '
      stack.push(' ')
    }
    if (n !== el) {
      stack.push('edge')
      edge = true
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i])
  }
  return normalizeLine(out)
}
