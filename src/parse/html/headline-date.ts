/**
 * The date and the reporter's byline printed next to the headline, on pages whose markup gives none and whose info line
 * carries no label (`2011年12月15日23:59 华声在线-湖南日报`, `2012.01.12 02:09 am`, `(2012-01-17 20:00)`): the headline is found
 * in the page's text (the lone `<h1>`, else the `<title>`'s longest part), and the first short text
 * after it that holds a full date, before the article's first long paragraph, is the publication date; else one
 * just above it. Dates in links (teaser lists) and update or comment dates are not taken. A Chinese report byline
 * in the same stretch (`【聯合報╱記者張嘉芳／台北報導】`, `記者孫慶璋／嘉義報導`) is the byline. One pass over the text
 * nodes, each looked at once.
 */
import type { AnyNode, Element } from './dom.js'
import { ElementType, classAndId, isElement, isText, tagOf } from './dom.js'
import { ENGLISH_MONTH, escapeRegExp, unitAt } from '../../text/index.js'
import { loadData } from '../../data.js'
import { ZH_REPORTER_TITLE } from '../../text/roles.js'
import { SIGNED_LABEL_BEFORE, isDatesOnly, parseInfoLine, readBareInfo, readUndatedCredit } from '../../text/fields.js'
import { readDatedZhByline, readZhByline, type ZhByline } from '../../text/zh-byline.js'
import { OTHER_DATES, anyWord } from '../../text/other-dates.js'
import { afterTitleLink, inDatedListingRow, inDatedTeaserItem } from './teaser-item.js'
import { CRUMB_CLASS } from './crumb-title.js'
import {
  IMAGEBOARD_STAMP, US_STAMP, YEAR_LAST_STAMP, ZH_MONTH_NAME_DATE, ZH_MONTH_NAME_MDY, findDate
} from '../../text/date.js'
import { inReplyBox } from './discussion.js'
import { badgeDate } from './date-badge.js'
import { endsLikeOrg, isChineseOrganization } from '../../text/org-names.js'
import { endsLikeSiteName } from '../../text/site-words.js'
import { isCommonHanName } from '../../text/han-names.js'
import { isWord } from '../../text/han-words.js'
import { TITLE_LABEL_AFTER_SPACE } from '../../text/title-label.js'
import { blogOwner } from '../../text/title-owner.js'
import { boundedText } from './short-text.js'

/** A Minguo year (`民國112年`, Taiwan's calendar: 1912 is year 1) or a year in Chinese numerals (`二〇二三年`). */
const ZH_YEAR = String.raw`民[國国]\s*\d{2,3}\s*年|[〇零○一二三四五六七八九]{4}年`
/** A month and a day in Chinese numerals (`十月十八日`). */
const ZH_MONTH_DAY = String.raw`[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日`
/**
 * A full date with a four-digit year, Chinese or numeric shapes, with its time when written; a Minguo year or one in
 * Chinese numerals (`民國112年10月18日`, `二〇二三年十月十八日`); or English, month first (`December 20, 2025`) or
 * day first (`20 December 2025`, `12 December, 2025`).
 */
const DATE = new RegExp(String.raw`((?:\d{4}\s*[-/.年]|${ZH_YEAR})\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?` +
  String.raw`(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:\s*[ap]\.?m\.?)?)?|(?:${ZH_YEAR})${ZH_MONTH_DAY}` +
  // (the year's two digits after an apostrophe: `Mar 14, '09 10:41 PM`, Multiply's stamp under the title)
  String.raw`|${ENGLISH_MONTH}\s+\d{1,2},?\s+(?:\d{4}|['’]\d{2}(?!\d))` +
  String.raw`|\b\d{1,2}(?:st|nd|rd|th)?\s+${ENGLISH_MONTH},?\s+\d{4}` +
  // `14 三月 2006`: Joomla's and Mambo's `%d %B %Y` in their Chinese language packs (zh-org o144, src/text/date.ts)
  // (its groups made non-capturing: the whole date is this pattern's one group)
  `|${ZH_MONTH_NAME_DATE.source.replace(/\((?!\?)/g, '(?:')}` + String.raw`(?:\s+\d{1,2}:\d{2})?` +
  // `三月 14, 2006`: PHP-Nuke's, YaBB SE's and phpBB 2's `%B %d, %Y` in their Chinese language packs (src/text/date.ts)
  `|${ZH_MONTH_NAME_MDY.source.replace(/\((?!\?)/g, '(?:')}` +
  // `05/24/07 09:41 PM`, `4/8/2008 3:15 PM`: US software's date, the year last, with its 12-hour time (UBB.threads,
  // DotNetNuke; src/text/date.ts reads them, the page's order or the numbers settle which is the day)
  `|${US_STAMP}` +
  // `06/10/2009 23:47`, `06-11-2007 21:37`: a stamp with the year last and a 24-hour time, read by the page's order
  `|${YEAR_LAST_STAMP}` +
  // `09/11/24(二)23:52`: the Futaba image boards' stamp (src/text/date.ts `IMAGEBOARD_DATE`)
  `|${IMAGEBOARD_STAMP})`, 'i')
/** A reporter's byline: `…記者 X…`, or a line ending in the kind of report (`／台北報導】`); no sentence. */
const BYLINE = new RegExp(String.raw`^[【〔[(（◎\s]*[^，。！？,]{0,12}${ZH_REPORTER_TITLE}[^，。！？,]{2,24}$|` +
  String.raw`^[^，。！？,]{2,36}(?:報導|报道)\s*[】〕\])）]?$`, 'u')
/**
 * A writer's labelled line standing alone (`作者：王攀`, `撰稿：李明、张华`): the label, then one to four Chinese
 * names; the names are the byline.
 */
const WRITER_LINE = /^(?:作者|撰稿|撰文)\s*[:：]\s*([\p{Script=Han}·]{2,8}(?:\s*[\s、，,]\s*[\p{Script=Han}·]{2,8}){0,3})$/u
/** A byline is short: a medium, a role, two or three names, a place. */
const BYLINE_CHARS = 40
/**
 * Not the publication date: an update, a comment's, a reply's or another article's time, an edit stamp, a profile's
 * date (data/html-other-dates.json).
 */
const OTHER_DATE_WORDS = [...OTHER_DATES.words, ...OTHER_DATES.editWords, ...OTHER_DATES.profileWords]
const OTHER_DATE = anyWord(OTHER_DATE_WORDS)
/**
 * A count beside a word of another date (`回應(3)`, `推薦(12)`, `评论：5`): a post's counters in its info line
 * (`2009/05/12 22:13:05 | 人氣(1,234) | 回應(3) | 推薦(12)`), no other date; and such a word's label ending the text,
 * its count in the next element (`2018-07-19 09:25:31 来源：县委宣传部 评论：<a>0</a>`, PHPCMS). Taken out of a line before
 * it is tested for another date's word; a number that goes on as a date (`评论：2019-06-02`) is no count.
 */
const COUNTED_WORD = new RegExp(
  `(?:${OTHER_DATES.words.map(w => escapeRegExp(w.word)).join('|')})\\s*` +
  '(?:[(（]\\s*\\d[\\d,]*\\s*[)）]|[:：]\\s*\\d[\\d,]*(?![\\d,]*\\s*[-/.:：年月])|[:：]\\s*$)', 'gi'
)
/**
 * A label that ends just before its date, written in an element of its own (`<span>Last Updated on</span> <span>Feb
 * 27, 2026</span>`, `Updated :`, `<td>更新时间：</td>`, `<td>成文日期：</td>`): one of the other-date words, then at most
 * `on`/`at` or a Chinese `date`/`time` word, and a colon, a dash or a bullet (`6 条回复 • 2019-06-14 09:58:31`: the
 * last reply's time).
 */
const OTHER_DATE_LABEL = new RegExp(
  `(?:${OTHER_DATE_WORDS.map(w => escapeRegExp(w.word)).join('|')})(?:\\s+(?:on|at)|日期|时间|時間|于|於)?` +
  '\\s*[:：\\-•·]?\\s*$', 'i'
)
/**
 * Title separators: the headline is what comes before the first one. A bare dash between Chinese text and a
 * Chinese site name separates too (`…分割20亿-《财经网》`).
 */
const TITLE_SEP = /\s*(?:[_|｜]|--|——|\s[-–—]\s|(?<=[\p{Script=Han}\d”」）》])[-–—](?=[\p{Script=Han}《「（]))\s*/u
/** A text longer than this is a paragraph of the article: the info line stands before it. */
const PARAGRAPH_CHARS = 200
/** How far after the headline to look (text nodes), and how far before it. */
const AFTER = 40
const BEFORE = 8
/** A headline shorter than this (characters, spaces removed) is too weak to anchor on. */
const MIN_HEADLINE = 6
/**
 * How far before the headline a date is read in an element labelled as a date (`<td id="date">`, `cont_riqi`), in
 * text nodes: a breadcrumb and a tool bar of tiny nodes (`字型：∣看推薦∣列印∣轉寄`) may stand between them.
 */
const BEFORE_LABELLED = 24
/** Ancestors of a text node whose class or id is read for a date label (the node's element and two above). */
const LABEL_DEPTH = 3
/** Endings of class or id token parts that say `date` (data/html-date-tokens.json). */
const DATE_TOKEN_ENDINGS = loadData<{ endings: Array<{ ending: string }> }>('html-date-tokens.json').endings
  .map(e => e.ending)

const squash = (s: string): string => s.replace(/\s+/g, '')
/** A headline or a text as compared: no white space, no bullet, bracket or quote before it. */
const bare = (s: string): string => squash(s).replace(/^[\p{P}\p{S}]+/u, '')

/** Whether an element's class or id has a token part ending in a date word (`date`, `pubtime`, `cont_riqi`). */
function dateLabelled (el: Element): boolean {
  return classAndId(el).toLowerCase().split(/[\s_-]+/).some(part => DATE_TOKEN_ENDINGS.some(e => part.endsWith(e)))
}

/**
 * Whether a node stands in an element that `test` accepts by its class or id: a text node's element and the two above
 * it (`LABEL_DEPTH`), an element itself and the two above.
 */
function classedAbove (node: AnyNode, test: (el: Element) => boolean): boolean {
  let p: AnyNode | null = isElement(node) ? node : node.parent
  for (let depth = 0; p !== null && depth < LABEL_DEPTH; p = p.parent, depth++) {
    if (isElement(p) && test(p)) return true
  }
  return false
}

/** Whether the text node stands in an element labelled as a date (its own or one of the two above). */
const inDateElement = (node: AnyNode): boolean => classedAbove(node, dateLabelled)

function inLink (node: AnyNode): boolean {
  return withinTag(node, tag => tag === 'a')
}

/** Whether a text node stands in a breadcrumb (its class or id: crumb-title.ts `CRUMB_CLASS`), a few levels up. */
function inCrumb (node: AnyNode): boolean {
  for (let p = node.parent, depth = 0; p !== null && depth < WITHIN_LEVELS; p = p.parent, depth++) {
    if (isElement(p) && CRUMB_CLASS.test(classAndId(p))) return true
  }
  return false
}

/** Levels above a text node its link or heading is looked for. */
const WITHIN_LEVELS = 3

/** Whether an element a few levels above a text node has a tag `is` accepts. */
function withinTag (node: AnyNode, is: (tag: string) => boolean): boolean {
  for (let p = node.parent, depth = 0; p !== null && depth < WITHIN_LEVELS; p = p.parent, depth++) {
    if (is(tagOf(p))) return true
  }
  return false
}

/** Whether a text node stands in a heading element (`<h4><a>标题</a></h4>`), a few levels up at most. */
function inHeading (node: AnyNode): boolean {
  return withinTag(node, tag => /^h[1-6]$/.test(tag))
}

/**
 * The non-empty text nodes of `body`, in document order, outside scripts and styles, and outside a `<select>` (a
 * calendar of past issues, `<option>2016-03-07</option>`: no date of the page's).
 */
function textNodes (body: Element): AnyNode[] {
  const out: AnyNode[] = []
  const stack: AnyNode[] = [body]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (isText(n)) {
      if (n.data.trim() !== '') out.push(n)
    } else if (isElement(n) && n.type === ElementType.Tag && n.name !== 'select') {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i])
    }
  }
  return out
}

/**
 * How well a text node matches the headline: 0 not at all, 1 part of it (at least half: the headline cut short, or
 * the `<title>`'s headline after a site name and a colon, `中國評論新聞：Headline`), 2 the headline with more after it
 * (a copy of the whole `<title>` at the top of the page), 3 the headline.
 */
function headlineMatch (text: string, headlines: string[], longest: number, units: ReadonlySet<number>): number {
  // every match starts the bare text with a code unit of a headline (its first, or any for a part of one): most
  // text nodes start otherwise and are not made bare
  // `主题：Headline`: a board's field label before the thread's title (../../text/title-label.ts)
  const labelled = text.includes('：') || text.includes(':') ? text.replace(TITLE_LABEL_AFTER_SPACE, '') : text
  // and a tag before it (`主題：【報告】麥徑…`), taken off the headlines too (`headlineInfo`)
  const s = labelled.includes('【') || labelled.includes('[') ? labelled.replace(LEAD_TAG, '') : labelled
  const first = bareFirst(s)
  if (first < 0 || !units.has(unitAt(s, first))) return 0
  // `》Headline`: a bullet or bracket before the headline is decoration (taken off the headlines too)
  const t = bareStart(s, longest)
  if (t.length < MIN_HEADLINE) return 0
  if (headlines.includes(t)) return 3
  if (headlines.some(h => t.startsWith(h))) return 2
  return headlines.some(h => h.includes(t) && t.length * 2 >= h.length) ? 1 : 0
}


/** White space anywhere and punctuation or symbols before the first other character: what `bare` takes off a start. */
const BARE_LEAD = /[\s\p{P}\p{S}]*/uy

/**
 * Where the first code unit of `bare(text)` stands in `text`, -1 when it is empty: `squash` takes out every white
 * space and `bare` then the punctuation and symbols before the first other character, so it is the first code
 * point that is neither (the sticky pattern reads code points as `bare`'s does).
 */
function bareFirst (text: string): number {
  BARE_LEAD.lastIndex = 0
  BARE_LEAD.test(text)
  return BARE_LEAD.lastIndex < text.length ? BARE_LEAD.lastIndex : -1
}

/**
 * `bare(text)`, or only its start when that is enough for `headlineMatch`: a paragraph can match only as the
 * headline with more after it, and whether it starts with a headline is read from the bare form of its first
 * characters. Exact: white space comes off each character on its own, and once the bare start holds more than the
 * decoration it is the start of the whole bare text; two code units past the longest headline keep a surrogate pair
 * cut at the slice out of the comparison.
 */
function bareStart (text: string, longest: number): string {
  const probe = 2 * longest + BARE_PROBE_SLACK
  if (text.length <= probe) return bare(text)
  const start = bare(text.slice(0, probe))
  return start.length > longest + 2 && start.length >= MIN_HEADLINE ? start : bare(text)
}
/** Characters read past twice the longest headline before a text is made bare whole (white space between words). */
const BARE_PROBE_SLACK = 64

/**
 * Where the page prints its headline: the first text node that matches it best, a whole headline before one cut
 * short, and one outside a link before one in a link (a teaser or menu list above the article may link the same
 * story, often shortened), the headline alone before a copy of the whole `<title>`. -1 when none matches.
 */
function headlineAt (nodes: AnyNode[], headlines: string[]): number {
  let best = -1
  let bestRank = 0
  let longest = 0
  const units = new Set<number>()
  for (const h of headlines) {
    longest = Math.max(longest, h.length)
    for (let i = 0; i < h.length; i++) units.add(unitAt(h, i))
  }
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]
    const match = isText(n) ? headlineMatch(n.data, headlines, longest, units) : 0
    // the whole headline (with more or not) before a part; outside a link before in one; in a heading before in a
    // list (a blog's permalink heading `<h4><a>标题</a></h4>` after the sidebar's recent posts naming it: zh-blogs b102
    // of session 37's unseen round); the exact one first
    const whole = match >= 2 ? 2 : 1
    // and outside a breadcrumb before in one (Mambo's `<span class="pathway">… 标题</span>` above the sidebars, the
    // article's own heading after them: zh-org o144 of session 47's second wave)
    const apart = !inLink(n) && !inCrumb(n)
    const rank = match === 0 ? 0 : whole * 8 + (apart ? 4 : 0) + (inHeading(n) ? 2 : 0) + (match === 3 ? 1 : 0)
    if (rank > bestRank) {
      best = i
      bestRank = rank
    }
  }
  return best
}

/**
 * The headline as the `<title>` gives it, with any tag before it as written (`【報告】麥徑二、三段一日過（有相）`): its longest
 * part between separators (`Site - Headline` as well as `Headline - Site`: a site's name is shorter than its
 * headlines). A last part that names an organization or a site is the site's name, never the headline, however long
 * (`价格听证--江西省发展和改革委员会`: the commission's name, found again in a notice's signature, would put the headline over
 * the signature's date).
 */
function titleHeadlinePart (docTitle: string): string {
  const parts = docTitle.split(TITLE_SEP)
  const last = parts[parts.length - 1].trim()
  if (parts.length > 1 && (isChineseOrganization(last) || endsLikeSiteName(last))) parts.pop()
  // a site's name before its section (`柘溪县人民政府网--通知公告`, zh-gov g106 of session 38's unseen round): no headline
  // either, whose signature would lend the headline its date; a short part only (`关于…的通报` ends like a paper's name),
  // by a site's words only (a headline may name a shop or a school: `送別街角的祥興茶餐廳 - 博客名 - 港博 HKBlog`); nor a
  // blog's or a writer's collection's name in its owner's form, whatever its length (`外婆的酱缸--南溪月的文集--绿榕文学网`:
  // the box `南溪月的文集 · 其他作品` lists other works with their dates, zh-blogs b467 of session 58's unseen round)
  const named = (p: string): boolean => (squash(p).length <= SITE_PART_MAX && endsLikeSiteName(p.trim())) ||
    blogOwner(p) !== undefined
  const rest = parts.length > 1 ? parts.filter(p => !named(p)) : parts
  return rest.reduce((a, b) => squash(b).length > squash(a).length ? b : a, '')
}
/** A tag in brackets before a title, one to twelve characters (`[陽台菜園] `, `【转载】`). */
const LEAD_TAG = /^\s*[[【][^\]】]{1,12}[\]】]\s*(?=\S)/u
/**
 * A name with no space before a colon opening a `<title>` (`xiaomei_tw: …`, a journal's or a member's name), and the
 * rest. Twenty characters at most: a user name, not a clause.
 */
const NAME_COLON = /^\s*[^\s:：]{1,20}\s*[:：]\s*(\S.*)$/su
/** Longest part of a `<title>` before others read as a site's or organization's name (characters, spaces out). */
const SITE_PART_MAX = 12

/** A label saying a date is the page's serving day (`Today's Hours`, `今天是`; data/html-served-day.json). */
const TODAY = new RegExp(loadData<{ words: Array<{ word: string }> }>('html-served-day.json').words
  .map(w => /^[a-z]+$/i.test(w.word) ? `\\b${escapeRegExp(w.word)}\\b` : escapeRegExp(w.word)).join('|'), 'i')
/** Longest label text read before a date (a heading or a `<strong>` of a few words). */
const LABEL_CHARS = 40
/** Most text nodes a label before a date is read from (`Last Updated` + `on`, `Updated` + `:`). */
const LABEL_PIECES = 3

/** A short text that labels its date as the day the page is served (`今天是2023年10月20日 星期五`, `当前时间：…`). */
export function namesServedDay (text: string): boolean {
  return text.length <= PARAGRAPH_CHARS && TODAY.test(text)
}

/**
 * Whether the text node at `i` holds the day the page is served (`Open Today, March 14, 2026`, or `March 14, 2026`
 * under a `Today's Hours` heading; a portal header's `今天是2023年10月20日`): a visitor's today, no publication date.
 */
function servedDay (nodes: AnyNode[], i: number): boolean {
  const own = nodes[i]
  if (isText(own) && namesServedDay(own.data)) return true
  if (inServedDayElement(own)) return true
  for (let j = i - 1; j >= 0; j--) {
    const before = nodes[j]
    const text = isText(before) ? before.data.trim() : ''
    if (text !== '') return text.length <= LABEL_CHARS && TODAY.test(text)
  }
  return false
}

/** Levels climbed from a date to the table cell it stands in. */
const CELL_LEVELS = 3
/** Longest text of a header's day cell (a date and its weekday, `2006年4月12日 星期三`), and its nodes read at most. */
const DAY_CELL_MAX = 30
const DAY_CELL_NODES = 20
/** Links a cell holds from this many on: a menu's. */
const NAV_LINKS = 5
/** Most elements of a neighbouring cell counted for its links. */
const NAV_CELL_ELEMENTS = 200

/**
 * Whether a date stands in a table cell beside the site's menu, in the same row, the cell a day and its weekday alone
 * (`<td class="nav">首頁｜即時｜政治…</td><td class="date_bar">2006年4月12日 星期三</td>`, a Taiwan portal's header: zh-news
 * n521 of session 64's second unseen wave): the header's day, the day the page was served, no publication's.
 */
function besideNavigation (node: AnyNode): boolean {
  let cell: AnyNode | null = isElement(node) ? node : node.parent
  for (let depth = 0; cell !== null && depth < CELL_LEVELS && !(isElement(cell) && cell.name === 'td'); depth++) {
    cell = cell.parent
  }
  const row = cell?.parent
  if (cell === null || cell === undefined || row === null || row === undefined || !isElement(row)) return false
  // the day's own cell, a day and its weekday alone: a layout's column beside a sidebar of links holds the article, a
  // post's stamp beside its buttons names no weekday (`發表於 2004-6-20 11:48 PM`, `聯合報 2011.05.07 03:20 am`)
  const day = isElement(cell) ? boundedText(cell, DAY_CELL_MAX, DAY_CELL_NODES) : undefined
  if (day === undefined || !WEEKDAY.test(day) || !isDatesOnly(day)) return false
  return row.children.some(c => c !== cell && isElement(c) && c.name === 'td' && linksIn(c) >= NAV_LINKS)
}

/** Links under an element, counted up to `NAV_LINKS` among its first `NAV_CELL_ELEMENTS` elements. */
function linksIn (el: Element): number {
  let links = 0
  let seen = 0
  const stack: AnyNode[] = [...el.children]
  while (stack.length > 0 && seen < NAV_CELL_ELEMENTS && links < NAV_LINKS) {
    const n = stack.pop()!
    if (!isElement(n)) continue
    seen++
    if (n.name === 'a') links++
    for (const c of n.children) stack.push(c)
  }
  return links
}

/**
 * A class or id naming the current day or a clock (`dnn_dnnCURRENTDATE_lblDate`, DotNetNuke's skin object printing the
 * day the page is served: zh-news n472 of session 60's second unseen round; `today`, `curdate`, `nowtime`,
 * `servertime`, `clock`; the top bar's or the header's date, `<td class="top_date">2009年6月18日 星期四</td>` over a central
 * administration's news: zh-gov g319 of session 62's unseen round): a visitor's today, no publication date.
 */
const CLOCK_CLASS = /current[-_]?(?:date|time|day)|cur[-_]?(?:date|time)|now[-_]?(?:date|time)|server[-_]?(?:date|time)|\btoday\b|[-_]today|today[-_]|\bclock\b|[-_]clock|\b(?:top|header)[-_]?(?:date|time)\b/i

/** Whether a node stands in an element whose class or id names the current day (an element itself and two up). */
export const inClockElement = (node: AnyNode): boolean => classedAbove(node, el => CLOCK_CLASS.test(classAndId(el)))
/** Whether a node stands where a page prints the day it is served: a clock's element, or a cell beside the menu. */
export const inServedDayElement = (node: AnyNode): boolean => inClockElement(node) || besideNavigation(node)

/**
 * Whether the date at `i` is labelled as another date than the publication by the text just before it, when that
 * text is a short label of its own (`Updated on` + `February 24, 2026` in two elements): the date's line is both.
 */
function labelledOther (nodes: AnyNode[], i: number): boolean {
  // the label may come in pieces (`Updated`, `:` apart in a React page; `Last Updated`, `on` in two spans)
  let label = ''
  for (let j = i - 1, pieces = 0; j >= 0 && pieces < LABEL_PIECES; j--) {
    const before = nodes[j]
    const text = isText(before) ? before.data.trim() : ''
    if (text === '') continue
    // a member's linked name between the label and the date (`本串最後回覆：<a>shirley_h</a> 2012-06-23 10:15`, `该帖被
    // <a>小鱼儿</a> 设为精华帖`): the label is read past it
    if (inLink(before) && label === '' && text.length <= LINKED_NAME_CHARS) {
      pieces++
      continue
    }
    if (label.length + text.length > LABEL_CHARS) break
    label = `${text} ${label}`
    pieces++
    if (OTHER_DATE_LABEL.test(label)) return true
  }
  return false
}

/**
 * A class or id naming a birthday (`bday`, `birthday`, `dob`, `birth-date`): a member card's child's or member's
 * birthday (`<li>小湯圓（男）<span class="bday">2009/11/21</span></li>` under `我的寶貝`, a Taiwan parenting board's poster
 * card: zh-blogs b511 of session 60's unseen round), no date of the page.
 */
const BIRTHDAY_CLASS = /(?:^|[\s_-])(?:b-?day|birthday|birth|dob)(?:$|[\s_-])/i

/** Whether a text node stands in an element whose class or id names a birthday (the node's element and two above). */
const inBirthday = (node: AnyNode): boolean => classedAbove(node, el => BIRTHDAY_CLASS.test(classAndId(el)))

/** Longest link text read past as a member's name between a date's label and the date. */
const LINKED_NAME_CHARS = 20

/**
 * The date of the text node at `i` when it may be the publication's: not the day the page is served, not labelled
 * as another date before it. The labels are read only around a date found (most text nodes hold none).
 */
function publicationDateAt (nodes: AnyNode[], i: number, anchor?: AnyNode): string | undefined {
  // a blog theme's date badge, its pieces in elements of their own (`May` `17` `2008` `Sat`: ./date-badge.ts)
  const date = dateIn(nodes[i]) ?? (inLink(nodes[i]) ? undefined : badgeDate(nodes[i]))
  // a list item or a listing table's row linking another page (`<li><a>…</a> [2010-10-28]</li>`) dates that page; a
  // comment's or a best answer's time is theirs (./discussion.ts), unless the headline stands in such a box too: a
  // review site calls its reviews comments (`<td class="comment_date">張貼日期：2007-11-18 23:12</td>` under the review's
  // `span.comment_title` in OpenRice's `table.commentbox`: zh-blogs b612 of session 64's unseen wave)
  if (date === undefined || servedDay(nodes, i) || labelledOther(nodes, i) || inBirthday(nodes[i])) return undefined
  const otherReply = inReplyBox(nodes[i]) && !(anchor !== undefined && inReplyBox(anchor))
  return inDatedTeaserItem(nodes[i]) || inDatedListingRow(nodes[i]) || afterTitleLink(nodes[i]) || otherReply
    ? undefined
    : date
}

/**
 * A publication label, in a line that also holds another date's word (`更新時間：2015/05/08 00:36　發佈時間：2015/05/07
 * 23:48`, Sing Tao): the date after it is the publication's.
 */
const PUBLISHED_AT = /(?:发布|發布|發佈|发表|發表|刊登|首发|首發|\bpublished|\bposted)\s*(?:(?:时间|時間|日期|于|於|on|at)\s*)?(?:[:：]\s*)?/giu
/** Characters before a publication label read with it: a label that ends another date's word (`最后发布`) is that. */
const LABEL_LOOKBEHIND = 4

/**
 * A Chinese sentence: a clause's comma and a sentence's end (`一、公示期为7天，自2014年8月12日起至2014年8月18日止。`).
 * A short paragraph of the article's (Chinese paragraphs of government notices and news are often shorter than
 * `PARAGRAPH_CHARS`), whose dates are its events', never the line that dates the page.
 */
const ZH_SENTENCE = /，[^，]*[。！？]/u

/**
 * Shortest Chinese sentence that is the article's text begun (characters): a notice's or a news item's first
 * paragraph (`为交流…，…定于2019年8月16日至18日在昆明召开。`); shorter ones are a caption's or a list item's.
 */
const ARTICLE_SENTENCE_CHARS = 50

/**
 * A subtitle's dash (破折号) opening a line under the headline: `——2007年2月26日在县第十五届人民代表大会第一次会议上`,
 * a report's or a speech's occasion, whose date is the meeting's, not the page's (zh-gov g81 of session 36's unseen
 * round).
 */
const SUBTITLE_DASH = /^(?:——|──|—|--)/u

function dateIn (node: AnyNode): string | undefined {
  const text = isText(node) ? node.data.trim() : ''
  if (text.length > PARAGRAPH_CHARS || inLink(node) || ZH_SENTENCE.test(text)) return undefined
  if (SUBTITLE_DASH.test(text)) return undefined
  if (!OTHER_DATE.test(text.replace(COUNTED_WORD, ' '))) {
    const found = DATE.exec(text)
    // `本帖于 2009-06-15 被版主 <a>城墙根</a> 加入精华`, `此帖于 … 被 X 编辑过`: a date the passive's `被` (by) follows is
    // the time someone did something to the post (a moderator's featuring, an edit), whatever was done; a signing
    // date's label before it (`發文日期：中華民國93年10月12日` in a Taiwan commission's 公告 under the record table that
    // gives `公告日期 93/10/14`: zh-gov g359 of session 65's unseen round) makes it the document's, the info line's
    if (found === null || SIGNED_LABEL_BEFORE.test(text.slice(0, found.index))) return undefined
    return ACTION_AFTER.test(text.slice(found.index + found[0].length)) ? undefined : found[1].trim()
  }
  PUBLISHED_AT.lastIndex = 0
  for (let label = PUBLISHED_AT.exec(text); label !== null; label = PUBLISHED_AT.exec(text)) {
    const end = label.index + label[0].length
    if (OTHER_DATE.test(text.slice(Math.max(0, label.index - LABEL_LOOKBEHIND), end))) continue
    // the date right after the label, another date's word not between them
    const after = text.slice(end)
    const date = DATE.exec(after)
    return date === null || OTHER_DATE.test(after.slice(0, date.index)) ? undefined : date[1].trim()
  }
  return undefined
}

/**
 * The passive's `被` (by) right after a date (`于 2009-06-15 被版主 X 加入精华`, `於2005-6-2 被 X 編輯`): the stamp of
 * an action on the post by a moderator or an editor (zh-blogs b161 of session 40's unseen round: a Sohu board's
 * featuring stamp above the first post, the action's word in the text node after the moderator's link).
 */
const ACTION_AFTER = /^\s*被/u

/** A bare time beside the headline, bracketed (`【16:15】`, `(08:05)`): a live-news item's time of day. */
const BARE_TIME = /^[【〔[(（]\s*(\d{1,2}[:：]\d{2})\s*[】〕\])）]$/u
/** A weekday written beside a date (`2012年1月12日‧星期四`, `週二`, `礼拜三`): a page header's day. */
const WEEKDAY = /(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]/u
/** How many text nodes after the headline a bare time may stand: right under it. */
const TIME_AFTER = 3

/**
 * A live-news item that prints only its time beside the headline (`天冷抵抗力弱 齒源膿瘍患者多 【16:15】`) runs on
 * the day its page's header shows with its weekday (`即時新聞總覽 > 生活 2012年1月12日‧星期四`): that day at
 * that time. Only a date with a weekday counts (the header's day, not a teaser's date), only before the headline.
 */
function dayAndTime (nodes: AnyNode[], at: number): string | undefined {
  let time: string | undefined
  for (let i = at + 1; i < Math.min(nodes.length, at + 1 + TIME_AFTER) && time === undefined; i++) {
    const n = nodes[i]
    time = isText(n) ? BARE_TIME.exec(n.data.trim())?.[1] : undefined
  }
  if (time === undefined) return undefined
  for (let i = at - 1; i >= Math.max(0, at - BEFORE_LABELLED); i--) {
    const n = nodes[i]
    const text = isText(n) ? n.data.trim() : ''
    if (text.length > PARAGRAPH_CHARS || !WEEKDAY.test(text) || inLink(n)) continue
    const date = DATE.exec(text)?.[1].trim()
    if (date !== undefined && !/\d[:：]\d/.test(date)) return `${date} ${time.replace('：', ':')}`
  }
  return undefined
}

export interface HeadlineInfo {
  date?: string
  byline?: string
  /**
   * The source an unlabelled info line beside the headline names (`2012-01-17 09:30 新华社`, `2024-10-15 宁夏日报 马小红`:
   * `readBareInfo`), with its reporters as the byline.
   */
  source?: string
  /** The photographers a byline beside the headline credits after its names (`文/张三 图/李四`). */
  photographers?: string[]
  /** A bare time beside the headline on the day the page's header shows (`2012年1月12日 16:15`). */
  dayTime?: string
  /**
   * The date was found after the article's text began (a Chinese sentence of `ARTICLE_SENTENCE_CHARS` or more): a
   * blog's date under its post, or a notice's signature under paragraphs too short to end the search.
   */
  lateDate?: boolean
  /**
   * The byline was found after the article's text began, as `lateDate`: a line of the text (a notice's numbered
   * heading `五、旁听和新闻报道`, zh-gov g79), no byline beside a headline.
   */
  lateByline?: boolean
  /**
   * The `<title>`'s headline part as the page prints it, a text of its own (`圣元奶粉陷入致死门 …` under a `<title>`
   * that runs on into keywords and a channel): where the `<title>` ends its headline.
   */
  headline?: string
  /**
   * The text node the headline was found at (the lone `<h1>`'s or the `<title>`'s part as printed): what a reader of
   * the lines around the headline anchors on where the page has no `<h1>` (a forum's `<b>` subject).
   */
  anchor?: AnyNode
}

/**
 * A date found only after the article's text began (a reply's, a signature's) gives way to one of another day right
 * above the headline: a blog's info line over its post's title (`2009/05/12 22:13:05 | 人氣(1,234) | 回應(3)`). On the
 * same day (a blog's day heading over the post, its time in the footer) the late date is the precise one.
 */
function preferDateAbove (nodes: AnyNode[], at: number, out: HeadlineInfo): void {
  if (out.lateDate !== true || out.date === undefined) return
  for (let i = at - 1; i >= Math.max(0, at - BEFORE); i--) {
    const above = publicationDateAt(nodes, i)
    if (above === undefined) continue
    if (dayOf(above) !== dayOf(out.date)) {
      out.date = above
      delete out.lateDate
    }
    return
  }
}

/** The day a raw date string gives (`2009-05-12`), or the string itself when it reads as none. */
const dayOf = (raw: string): string => findDate(raw)?.iso.slice(0, 10) ?? raw

/**
 * The text nodes after the headline, up to the article's first long paragraph: its date and byline, the date marked
 * `lateDate` when the article's sentences came before it.
 */
function readAfter (nodes: AnyNode[], at: number, out: HeadlineInfo): void {
  let begun = false
  let relabelled = false
  for (let i = at + 1; i < Math.min(nodes.length, at + 1 + AFTER); i++) {
    const n = nodes[i]
    const text = isText(n) ? n.data.trim() : ''
    if (text.length > PARAGRAPH_CHARS) break
    const undated = out.date === undefined
    // a late date unlabelled (a closing signature's `2009年3月11日夜，于杭州`) gives way to a labelled publication time
    // after it (the post's footer: `发表于 2009-3-12 21:45:00`)
    const labelled = out.lateDate === true && !relabelled ? labelledPublication(n) : undefined
    if (labelled !== undefined) {
      out.date = labelled
      relabelled = true
    }
    const unsigned = out.byline === undefined
    lookAt(nodes, i, out)
    if (unsigned && out.byline !== undefined && begun) out.lateByline = true
    if (undated && out.date !== undefined && begun) {
      out.lateDate = true
      // a late date labelled as the publication's (a forum floor's `发表时间：`) is not given up for a later one
      relabelled = labelledPublication(n) !== undefined
    }
    begun ||= text.length >= ARTICLE_SENTENCE_CHARS && ZH_SENTENCE.test(text)
  }
}

/** The date right after a publication label in a text node (`发表于 2009-3-12 21:45:00 | 阅读(356)`), if any. */
function labelledPublication (node: AnyNode): string | undefined {
  const text = isText(node) && !inLink(node) ? node.data : ''
  PUBLISHED_AT.lastIndex = 0
  const label = text.length <= PARAGRAPH_CHARS ? PUBLISHED_AT.exec(text) : null
  if (label === null || OTHER_DATE.test(text.slice(Math.max(0, label.index - LABEL_LOOKBEHIND), label.index))) {
    return undefined
  }
  const date = DATE.exec(text.slice(label.index + label[0].length))
  return date !== null && date.index === 0 ? date[1].trim() : undefined
}

/** The raw date string and byline next to the headline (each undefined when not found). */
export function headlineInfo (body: Element | undefined, docTitle: string, h1s: string[]): HeadlineInfo {
  if (body === undefined) return {}
  // the `<title>`'s headline part, with the tag before it as written and without: a board's or a section's tag before
  // the headline (`綠手指園藝網 - [陽台菜園] 標題`, XOOPS: zh-blogs b188 of session 41's unseen round) is printed apart,
  // where a writer's own tag (`[心得] …`) is printed too
  const part = titleHeadlinePart(docTitle)
  const headline = part.replace(LEAD_TAG, '')
  const headlines = [...(h1s.length === 1 ? h1s : []), headline].map(bare)
    .filter(h => h.length >= MIN_HEADLINE)
  if (headlines.length === 0) return {}
  const nodes = textNodes(body)
  const subjects = colonSubjects(docTitle)
  const at = headlineOrSubjectAt(nodes, headlines, subjects)
  if (at < 0) return {}
  const out: HeadlineInfo = { anchor: nodes[at] }
  const node = nodes[at]
  const printed = isText(node) ? node.data.replace(/\s+/g, ' ').trim() : ''
  // a board's label before the thread's title (`主題：【報告】…`, a LeoBBS thread: zh-blogs b358 of session 48's second
  // unseen round) is no part of the headline the page prints
  const shown = printed.includes('：') || printed.includes(':') ? printed.replace(TITLE_LABEL_AFTER_SPACE, '') : printed
  // the `<title>`'s part may carry its tag (`【報告】`), which the printed headline does or does not
  const same = [headline, part, ...subjects].some(h => bare(h) === bare(shown))
  if ((same || spacedPart(headline, shown)) && !inLink(nodes[at])) {
    out.headline = shown
  }
  readAfter(nodes, at, out)
  undatedCredit(nodes, at, out)
  preferDateAbove(nodes, at, out)
  lookAbove(nodes, at, out)
  // a date in an element labelled as one, above a breadcrumb or a tool bar
  for (let i = at - BEFORE - 1; i >= Math.max(0, at - BEFORE_LABELLED) && out.date === undefined; i--) {
    if (inDateElement(nodes[i])) out.date = publicationDateAt(nodes, i)
  }
  if (out.date === undefined) {
    const dayTime = dayAndTime(nodes, at)
    if (dayTime !== undefined) out.dayTime = dayTime
  }
  return out
}

/** The text nodes right above the headline, for what its own lines did not give: none of a column beside it. */
function lookAbove (nodes: AnyNode[], at: number, out: HeadlineInfo): void {
  const columns = layoutColumns(nodes[at])
  for (let i = at - 1; i >= Math.max(0, at - BEFORE) && (out.date === undefined || out.byline === undefined); i--) {
    if (!besideColumn(nodes[i], columns)) lookAt(nodes, i, out)
  }
}

/**
 * The layout table cells the headline stands in, by the row that holds each: a text above the headline in another cell
 * of one of those rows (`besideColumn`) is in a column beside the article's.
 */
function layoutColumns (headline: AnyNode): Map<AnyNode, AnyNode> {
  const columns = new Map<AnyNode, AnyNode>()
  for (let n: AnyNode | null = headline; n !== null && n.parent !== null; n = n.parent) {
    if (isElement(n) && n.name === 'td' && isElement(n.parent) && n.parent.name === 'tr') columns.set(n.parent, n)
  }
  return columns
}

/**
 * Whether a text above the headline stands in a cell beside the article's column: a layout table's sidebar, whose
 * box of the paper's latest issue (`第386期 2005年8月9日` under its cover, a county news site of 2005 in tables: zh-news
 * n447 of session 58's unseen round) or of the day's list is no line of the article's head.
 */
function besideColumn (node: AnyNode, columns: ReadonlyMap<AnyNode, AnyNode>): boolean {
  if (columns.size === 0) return false
  for (let n: AnyNode | null = node; n !== null && n.parent !== null; n = n.parent) {
    const own = columns.get(n.parent)
    if (own !== undefined && isElement(n) && n.name === 'td') return n !== own
  }
  return false
}

/**
 * Where the page prints its headline (`headlineAt`), else the subject after a journal's name that opens the `<title>`
 * (`xiaomei_tw: 三月，外公的茶園`, a LiveJournal entry whose subject stands in a `<td class="caption">`: zh-blogs b359 of
 * session 49's unseen round). The subject alone is looked for only when the page prints no part of the whole, so that
 * a headline's own colon (`专访：张三`) keeps it whole wherever the page prints it whole.
 */
function headlineOrSubjectAt (nodes: AnyNode[], headlines: string[], subjects: readonly string[]): number {
  let at = headlineAt(nodes, headlines)
  for (const subject of subjects) {
    if (at >= 0) break
    if (bare(subject).length >= MIN_HEADLINE) at = headlineAt(nodes, [bare(subject)])
  }
  return at
}

/** Most names with a colon read off a `<title>`'s start (`HFMS: 網站新聞: …`: a course's and a forum's). */
const NAME_COLONS_MAX = 3

/**
 * What follows each name with a colon opening a `<title>`, the longest first: a journal's name (`xiaomei_tw: 三月，
 * 外公的茶園`), or a course's and its forum's (`HFMS: 網站新聞: 本校高中部學生…`, Moodle's `course: forum: subject`: zh-org
 * o230 of session 60's unseen round).
 */
function colonSubjects (docTitle: string): string[] {
  const out: string[] = []
  for (let rest = docTitle, m = NAME_COLON.exec(rest); m !== null && out.length < NAME_COLONS_MAX;
    rest = m[1], m = NAME_COLON.exec(rest)) {
    out.push(m[1])
  }
  return out
}

/**
 * Whether the page prints, as a text of its own, the part of a `<title>`'s headline part (between its separators)
 * that white space alone sets apart from the site's and section's names before it or after it (`浙江省公安厅 关于…的
 * 情况通报`, `柳坪县人民政府 乡镇动态 柳河镇…`: the `站名 栏目 标题` of many government CMSs): that part is the
 * headline. The rest must name an organization and sections, no more; a headline's second clause after a space
 * (`途牛发布春节出游调查报告 六成受调者选择自助游`) is its own.
 */
function spacedPart (titlePart: string, shown: string): boolean {
  const title = titlePart.replace(/\s+/g, ' ').trim()
  const part = shown.replace(/\s+/g, ' ').trim()
  if (squash(part).length < MIN_HEADLINE || part.length >= title.length) return false
  const rest = title.endsWith(' ' + part)
    ? title.slice(0, -part.length - 1)
    : title.startsWith(part + ' ') ? title.slice(part.length + 1) : undefined
  if (rest === undefined) return false
  const words = rest.split(' ')
  const named = (w: string): boolean => endsLikeOrg(w) || isChineseOrganization(w)
  return words.some(named) && words.every(w => named(w) || w.length <= SECTION_NAME_MAX)
}
/** Longest section name in a `<title>` beside the site's (`乡镇动态`, `政务公开`, `工作动态`), in characters. */
const SECTION_NAME_MAX = 6

/** Text nodes right after the headline looked at for a credit line with no date and no label. */
const UNDATED_CREDIT_NODES = 2

/**
 * `马小红 宁夏日报` right under the headline, in one text node or two (a WeChat article's header: the writer's name,
 * then the account's in a link): the reporters as the byline and the medium as the source (`readUndatedCredit`),
 * when no other line beside the headline gave either. An account's name need not look like a medium's (`孟晓川` over
 * `<a id="js_name">苏城慢读</a>`): a common name alone, with the next text a link, is the writer (zh-blogs b124 of
 * session 38's unseen round). WeChat's originality tag before them (`原创`) is no part of the credit.
 */
function undatedCredit (nodes: AnyNode[], at: number, out: HeadlineInfo): void {
  if (out.byline !== undefined || out.source !== undefined) return
  const next = nodes[at + 1]
  const from = at + 1 + (next !== undefined && isText(next) && ORIGINAL_TAG.test(next.data.trim()) ? 1 : 0)
  const texts = nodes.slice(from, from + UNDATED_CREDIT_NODES).map(n => isText(n) ? n.data.trim() : '')
  if (texts.length === 0 || inLink(nodes[from])) return
  const credit = readUndatedCredit(texts[0]) ?? (texts.length > 1 ? readUndatedCredit(texts.join(' ')) : null)
  if (credit !== null) {
    out.byline = credit.names
    out.source = credit.source
  } else if (texts.length > 1 && inLink(nodes[from + 1]) && texts[1] !== '' && isCommonHanName(texts[0]) &&
    !isWord(texts[0])) {
    out.byline = texts[0]
  }
}
/** WeChat's mark of an article the account wrote itself, before the writer's name (`原创`). */
const ORIGINAL_TAG = /^(?:原创|原創)$/u

/** A short line's byline: a writer's labelled names, a reporter's byline (its reporters alone when labelled). */
function shortByline (text: string): string | undefined {
  const writer = WRITER_LINE.exec(text)
  if (writer !== null) return writer[1]
  return BYLINE.test(text) ? labelledReporters(text) ?? text : undefined
}

/**
 * The reporters of a byline that is a credit line of several labelled roles (`主持人：陈静　记者：汪宏 赵晓燕　摄像：李斌`, a
 * TV station's): its author field, as the info-line parser reads it; undefined for a byline of another shape.
 */
function labelledReporters (text: string): string | undefined {
  const info = parseInfoLine(text, null)
  const authors = info?.fields.filter(f => f.field === 'author') ?? []
  return info !== null && info.fields.length > authors.length && authors.length === 1 ? authors[0].value : undefined
}

/** A Chinese byline beside the headline: its names the byline, the photographers credited after them. */
function takeZhByline (zh: ZhByline, out: HeadlineInfo): void {
  out.byline = zh.names
  if (zh.photographers.length > 0) out.photographers = zh.photographers
}

/**
 * `headlineInfo`'s look at the node at `i` beside the headline: the first date and byline found fill `out`. A module
 * function, not a closure made per page: V8 holds a closure's optimized code weakly, so a per-page closure is
 * compiled again after every full collection (docs/performance.md, "Closures compiled again").
 */
function lookAt (nodes: AnyNode[], i: number, out: HeadlineInfo): void {
  const n = nodes[i]
  out.date ??= publicationDateAt(nodes, i, out.anchor)
  const text = isText(n) ? n.data.trim() : ''
  if (text === '' || inLink(n)) return
  // `文/张三`, `2023-05-07 10:20 记者 张三 摄影 李四`: the byline grammar of the metadata stage (its date read by the
  // date readers), before the unlabelled info line's, which would take the photographer for a reporter
  const zh = text.length <= BYLINE_CHARS ? readZhByline(text) ?? readDatedZhByline(text, {})?.byline : undefined
  if (zh !== undefined) {
    if (out.byline === undefined) takeZhByline(zh, out)
    return
  }
  if (out.source === undefined) {
    const bare = readBareInfo(text, null)
    if (bare?.source !== undefined) out.source = bare.source
    if (bare?.names !== undefined) out.byline ??= bare.names
  }
  if (out.byline === undefined && text.length <= BYLINE_CHARS) out.byline = shortByline(text)
}
