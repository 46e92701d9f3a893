/**
 * Whether a text or an element stands in an item of a list of other pages: a list item (`<li>`) a few levels up that
 * links to a page beside it (`<li>【筆陣】<a href="…/fa1.htm">城市發展不能只看地價</a> <span class="writer">李慕賢</span>
 * </li>`, `<li>·<a href="ShowArticle.asp?ArticleID=850">街道召开人口普查工作动员大会</a>&nbsp;[2010-10-28]</li>`). A
 * byline or a date there is that page's. Not such a link: one to a site's or a section's front page (an info line set
 * as a list item: `<li><a href="http://www.china.com.cn">中国网</a> <span>2012-01-17 16:56</span></li>`), nor a link
 * inside the element itself (a byline's link to the writer's page).
 */
import type { AnyNode, Element } from './dom.js'
import { attr, elementsOf, isElement, isText, leadsNowhere, textOf, weightedLength } from './dom.js'

/** How many levels up from the text or element its list item is looked for (`<li><a>标题</a> <span>日期</span>`). */
const TEASER_ITEM_LEVELS = 2
/**
 * Shortest text of a link to another page's title beside a date (Latin-equivalent characters: 5 Han characters,
 * `熱錢與樓市`): an info line may link its source's page under the source's name (`来源：<a href="/source/12.html">新华网
 * </a> 2012-01-17`).
 */
const DATED_TITLE_MIN = 12

/** A byline's list item: any link to another page. */
export function inTeaserItem (node: AnyNode): boolean {
  return teaserLinks(node).length > 0
}

/** A date's list item: a link to another page under a title longer than a source's name. */
export function inDatedTeaserItem (node: AnyNode): boolean {
  return teaserLinks(node).some(a => weightedLength(textOf(a).trim()) >= DATED_TITLE_MIN)
}

/**
 * A date's row in a listing table: a table row (`<tr><td><a href="news_view.asp?id=1186">学院召开…会议</a></td><td
 * class="date">[2013-11-04]</td></tr>`) that links another page under a title, beside other rows. A lone row is
 * not a listing: a layout table's info row holds the article's own date (with a link to its source, its print page).
 */
export function inDatedListingRow (node: AnyNode): boolean {
  const links = teaserLinks(node, isRow)
  if (!links.some(a => weightedLength(textOf(a).trim()) >= DATED_TITLE_MIN)) return false
  const row = enclosing(node, isRow)
  const rows = row?.parent?.children.filter(isRow).length ?? 0
  return rows >= LISTING_ROWS
}

/** Fewest rows of a table that make it a listing of pages. */
const LISTING_ROWS = 3

/**
 * A listing of other pages, each item dated (`<tr><td><a href="read.php?id=1387245">re:说得太对了</a> [河南老乡] (312字节)
 * 2004-11-23 20:41:07</td></tr>`, an old board's reply tree under the first post; `<li><a href="…/3321.html">…</a>
 * (2011-05-03)</li>`): of a table's rows or a list's items, how many there are and how many are short, link another
 * page under a title and carry a date. A post or a paragraph is longer than an item; a table of figures links nothing.
 */
export function datedItems (el: Element): { items: number, dated: number } {
  const items = el.name === 'table' ? rowsOf(el) : el.children.filter(isListItem)
  let dated = 0
  for (const item of items) {
    const text = shortText(item)
    if (text === undefined || weightedLength(text) > DATED_ITEM_MAX || !DATE_STAMP.test(text)) continue
    if (elementsOf(item).some(a => a.name === 'a' && linksPage(attr(a, 'href')) &&
      weightedLength(textOf(a).trim()) >= DATED_TITLE_MIN && !DATE_STAMP.test(textOf(a)))) dated++
  }
  return { items: items.length, dated }
}
/** Longest item of a dated listing (Latin-equivalent characters: a 30-character title, a name, a size and a time). */
const DATED_ITEM_MAX = 120
/** A date with its year (`2004-11-23`, `2011/5/3`, `2011年5月3日`), anywhere in an item. */
const DATE_STAMP = /(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}/u

/**
 * The text of a listing's item, read only while it is short and holds no table or list (undefined otherwise): each node
 * is read for one listing at most, whatever the nesting, and a long row stops being read at its limit.
 */
function shortText (item: Element): string | undefined {
  let out = ''
  const stack: AnyNode[] = [item]
  while (stack.length > 0) {
    const x = stack.pop()!
    if (isText(x)) {
      out += x.data
      if (out.length > DATED_ITEM_MAX) return undefined
      continue
    }
    if (!isElement(x)) continue
    if (x !== item && NESTED_LISTINGS.has(x.name)) return undefined
    for (let i = x.children.length - 1; i >= 0; i--) stack.push(x.children[i])
  }
  return out
}

const NESTED_LISTINGS = new Set(['table', 'ul', 'ol'])

/** The rows of a table, not those of a table inside one of its cells. */
function rowsOf (table: Element): Element[] {
  const rows: Element[] = []
  const stack: AnyNode[] = [...table.children]
  while (stack.length > 0) {
    const x = stack.pop()!
    if (!isElement(x) || x.name === 'table') continue
    if (x.name === 'tr') rows.push(x)
    else for (const c of x.children) stack.push(c)
  }
  return rows
}

/** The links of the list item (or row) `node` stands in to other pages, outside `node` itself. */
function teaserLinks (node: AnyNode, isItem: (n: AnyNode) => n is Element = isListItem): Element[] {
  const item = enclosing(node, isItem)
  if (item === undefined) return []
  return elementsOf(item).filter(a => a.name === 'a' && a !== node && !within(a, node) && linksPage(attr(a, 'href')))
}

/**
 * A date standing right after a link to another page's title, in no list or row (`<marquee><a href="…/2150.html">沣溪县
 * 2006年公开招聘中小学教师公告</a>(2006-8-15)　　<a …>`, an old CMS's scrolling notices: zh-news n112 of session 36's
 * unseen round; a board's announcement above a thread, `<a href="ShowBulletin.asp?id=31">关于严厉打击…的通知</a> （管理员
 * 2006-7-28）`, its poster's name before the date: zh-blogs b155 of session 40's): that page's date. Only a text that is
 * a date alone, or a short name and a date, bracketed or not, with white space around it.
 */
export function afterTitleLink (node: AnyNode): boolean {
  if (isElement(node) || !DATE_ALONE.test(textOf(node))) return false
  let prev = node.prev
  while (prev !== null && !isElement(prev) && textOf(prev).trim() === '') prev = prev.prev
  return prev !== null && isElement(prev) && prev.name === 'a' && linksPage(attr(prev, 'href')) &&
    weightedLength(textOf(prev).trim()) >= DATED_TITLE_MIN
}
/**
 * A date alone in its text, or after a short name with no label (`(2006-8-15)`, `[2010-10-28]`, `2006-8-15`, `（管理员
 * 2006-7-28）`), with its clock or not (`(2005-11-7 10:12:45)`, a Dvbbs board's announcement in a `<marquee>` above a
 * thread: zh-org o272 of session 63's unseen round), in brackets or not, white space around it.
 */
const DATE_ALONE = /^\s*[(（[【]?\s*(?:[^\s()（）[\]【】:：]{1,12}\s*[,，]?\s*)?\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）\]】]?\s*$/u

/** The item `node` is or stands in, up to TEASER_ITEM_LEVELS levels up. */
function enclosing (node: AnyNode, isItem: (n: AnyNode) => n is Element): Element | undefined {
  let item: AnyNode | null = isElement(node) ? node : node.parent
  for (let level = 0; level <= TEASER_ITEM_LEVELS && item !== null && !isItem(item); level++) {
    item = item.parent !== null && isElement(item.parent) ? item.parent : null
  }
  return item !== null && isItem(item) ? item : undefined
}

const isListItem = (n: AnyNode): n is Element => isElement(n) && n.name === 'li'
const isRow = (n: AnyNode): n is Element => isElement(n) && n.name === 'tr'

/** Whether `n` stands inside `root`. */
function within (n: AnyNode, root: AnyNode): boolean {
  for (let p = n.parent; p !== null; p = p.parent) if (p === root) return true
  return false
}

/**
 * A front page's address: a host alone, a folder (`/stock/`), or a folder's index page (`/index.shtml`). What is left
 * of the address once the scheme and host are taken off, and the query with them when there is no path.
 */
const FRONT_PAGE = /^(?:[a-z][a-z0-9+.-]*:)?(?:\/\/[^/?#]*)?(?:\/?(?:[^?#]*\/)?(?:index|default)\.\w+|\/(?:[^?#]*\/)?)?(?:[?#].*)?$/i

/**
 * A folder's address that is an article's own, no section's: the last folder named by a long number, an id or a time
 * stamp (`/article/20170314/s00012/1489428300000/`, a Hong Kong daily's permalinks: zh-news n437 of session 57's
 * unseen round), or a slug after a dated run of folders (WordPress's `/2017/03/14/slug/`). A day's own folder
 * (`/20170314/`, `/2025/07/27/`, WordPress's day archive) lists that day's pages, as a section's named by words
 * (`/stock/`) does.
 */
const ARTICLE_FOLDER =
  /(?:\/(?!(?:19|20)\d{6}\/)\d{5,}|\/(?:19|20)\d{2}\/\d{1,2}\/\d{1,2}\/[^/?#]+)\/(?:[?#].*)?$/

/**
 * A query that names one item by its number (`index.php?_m=mod_article&_a=article_content&article_id=89`, SiteStar's;
 * `index.php?m=content&c=index&a=show&catid=6&id=42`, PHPCMS's; `index.php?option=com_content&view=article&id=12`,
 * Joomla's): an article served by the site's front script, no front page. A category's number (`catid`, `classid`)
 * or a page's (`page=2`, and `p=2`, which WordPress's `?p=123` shares) names a listing and is not one.
 */
const ITEM_QUERY = /[?&;](?:amp;)?(?:id|aid|nid|tid|(?:article|news|content|item|info|doc|post|thread)_?id)=\d+(?:[&#;]|$)/i

/** Whether an `href` links another page: not empty, no fragment of this page, no script, no front page. */
function linksPage (href: string): boolean {
  if (leadsNowhere(href)) return false
  const trimmed = href.trim()
  return !FRONT_PAGE.test(trimmed) || ARTICLE_FOLDER.test(trimmed) || ITEM_QUERY.test(trimmed)
}
