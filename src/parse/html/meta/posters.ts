/**
 * Posters and owners: a forum's or blog's poster and owner where no byline names one (screen names,
 * profile boxes, badges, member links, the account a `<title>` names).
 */
import type { CheerioAPI } from 'cheerio'
import { isText } from 'domhandler'
import {
  attr, classAndId, descendants, elementsOf, hostOf, isElement, sameSiteOrSibling, textOf, type AnyNode, type Element
} from '../dom.js'
import { loadData } from '../../../data.js'
import { EDIT_STAMP } from '../../../text/other-dates.js'
import { titleOwner } from '../../../text/title-owner.js'
import { HAN_ENGLISH_NICKNAME } from '../../../text/han-names.js'
import { boundedText, normalizeLine } from '../short-text.js'
import { addressHoldsId, afterBoardRole, holdsMemberLink, isMemberPage, memberIdOf, onlyPosterId } from '../members.js'
import { inDiscussion } from '../discussion.js'
import { HAN, escapeRegExp, weightedLength } from '../../../text/index.js'
import { NAME_END_WORDS, NAME_START_WORDS } from '../../../text/not-names.js'
import { insideLink, longerThan, spacedText, type Letters } from './dom-helpers.js'
import { bodyElements } from './page-cache.js'
import { inMenu, inSkipped } from './regions.js'
import { ANNOUNCED_PARTS } from './title-parts.js'
import { BADGE_SELECTOR, LABELLED_DATE_SELECTOR, SCREEN_NAME_SELECTOR } from './tags.js'
import { MARKERS, wordsRe } from './names.js'

/**
 * The page's owner or poster where no byline, label, member link or panel names one, read last: the account the
 * `<title>` names, the screen name before its colon, a profile box's, an official account's, the badge on the
 * writer's own replies, a personal site's icon.
 */
export function ownerName ($: CheerioAPI, docTitle: string): string | undefined {
  return accountName($, docTitle) ?? titleColonName($, docTitle) ?? profileOwner($) ?? officialAccount($) ??
    badgedPoster($, true) ?? siteOwner($, docTitle)
}

/** A site's name in its owner's form, `NAME的` and a short noun (`阿澄的慢慢寫`): group 1 the name. */
const OWNED_SITE = /^([^\s的]{2,12})的[^\s的]{1,10}$/u

/**
 * A personal site's owner: its name in the owner's form (`og:site_name` or the `<title>`'s last part `阿澄的慢慢寫`)
 * whose owner the site's icon names, an image linking home with that name as its alt (`<a href="/"
 * class="xlog-site-icon"><img alt="阿澄">`, an xLog-style blog: zh-blogs b484 of session 59's unseen round). Two
 * statements of one name: the writer of the site's every post. Read last, when nothing else names one.
 */
function siteOwner ($: CheerioAPI, docTitle: string): string | undefined {
  const parts = docTitle.split(ANNOUNCED_PARTS)
  const site = normalizeLine($('meta[property="og:site_name"]').attr('content') ?? parts[parts.length - 1] ?? '')
  const name = OWNED_SITE.exec(site)?.[1]
  if (name === undefined || !isScreenName(name)) return undefined
  for (const img of $('body a[href] img[alt]')) {
    if (!isElement(img) || normalizeLine(attr(img, 'alt')) !== name) continue
    const link = img.parent !== null && isElement(img.parent) && img.parent.name === 'a' ? img.parent : undefined
    if (link !== undefined && HOME_LINK.test(attr(link, 'href')) && !inSkipped(link)) return name
  }
  return undefined
}
/** A link to a site's home: its root, relative or absolute. */
const HOME_LINK = /^(?:(?:https?:)?\/\/[^/?#]+\/?|\/)(?:index\.\w{2,5})?$/i

/**
 * A WeChat official account's name in the article's meta line (`<a id="js_name">`, the 2017 template's `<a
 * id="post-user" class="rich_media_meta_nickname">北岸听潮</a>`: zh-blogs b458 of session 57's unseen round), the named
 * byline of an article whose meta line names no writer: read last, when nothing else names one (a writer named beside
 * the account, `原创 孟晓川 苏城慢读`, is read before it).
 */
function officialAccount ($: CheerioAPI): string | undefined {
  for (const el of $('#js_name, .rich_media_meta_nickname')) {
    if (!isElement(el) || inSkipped(el)) continue
    const name = normalizeLine(spacedText(el))
    if (name !== '' && name.length <= OFFICIAL_ACCOUNT_MAX) return name
  }
  return undefined
}
/** Longest official account's name (WeChat allows 30 characters; a meta line's text past that is no name). */
const OFFICIAL_ACCOUNT_MAX = 30

/**
 * The headings of a sidebar's modules whose member links name no writer of the page, lower-cased: the latest comments
 * (data/author-markers.json `commentHeadings`), and the links to other blogs (`linkHeadings`: `友情链接`).
 */
const OTHERS_HEADINGS = new Set([...MARKERS.commentHeadings, ...MARKERS.linkHeadings].map(h => h.text.toLowerCase()))

/**
 * Whether a link stands in a sidebar's module of the latest comments or of links to other blogs, told by its heading,
 * not its class (`<div class="SpaceBox"><strong>最新评论</strong><ul><li><a href="/u/2218">老K</a>：…`, an OSChina space:
 * zh-blogs b338 of session 48's unseen round; `<h3>友情链接</h3><ul><li><a href="…/u/20718/">老张的Shell铺子</a>`, a
 * ChinaUnix blog: b408 of session 53's): its members are commenters or other bloggers. The module is one of the
 * link's few nearest ancestors, its heading that box's first element.
 */
function inOthersModule (a: Element): boolean {
  let p = a.parent
  for (let level = 0; level < PROFILE_BOX_LEVELS && p !== null && isElement(p); level++, p = p.parent) {
    const first = p.children.find(isElement)
    if (first === undefined || first === a) continue
    const own = shortOwnText(first)
    if (own !== undefined && OTHERS_HEADINGS.has(normalizeLine(own).replace(/[:：]$/, '').toLowerCase())) return true
  }
  return false
}

/** The headings of a blog's owner box (data/author-markers.json `profileHeadings`), lower-cased. */
const PROFILE_HEADINGS = new Set(MARKERS.profileHeadings.map(h => h.text.toLowerCase()))
/** Ancestors of a profile heading climbed to find its box (`span.title` in `div.SG_connHead` in `div.SG_conn`). */
const PROFILE_BOX_LEVELS = 3
/** Longest owner box read, in characters: a sidebar module, not a column of modules. */
const PROFILE_BOX_MAX = 600
const PROFILE_NAME_TAGS = new Set(['a', 'b', 'strong', 'span', 'em', 'div', 'h4', 'h5', 'p', 'dd'])

/**
 * A blog's owner named only in the owner box of its sidebar (`<h3>博主档案</h3>` over `<b><a>濠江阿May</a></b>`, a Tianya
 * blog; `<span class="title">个人资料</span>` over `<strong id="ownernick">青石巷老陈</strong>`, a Sina blog: zh-blogs
 * b303, b309 of session 46's unseen round): the first screen name after the box's heading, the writer of a blog's every
 * post. Read last, when nothing else names the writer.
 */
function profileOwner ($: CheerioAPI): string | undefined {
  const body = $('body')[0]
  if (body === undefined) return undefined
  for (const el of bodyElements(body)) {
    if (!PROFILE_HEADING_TAGS.has(el.name)) continue
    const own = shortOwnText(el)
    if (own === undefined) continue
    const heading = normalizeLine(own).replace(/[:：]$/, '').toLowerCase()
    // (a menu's `关于我` link is no box's heading)
    if (!PROFILE_HEADINGS.has(heading) || insideLink(el)) continue
    const box = profileBox(el)
    if (box === undefined) continue
    const inHeading = new Set(elementsOf(el))
    let after = false
    for (const e of elementsOf(box)) {
      if (e === el) after = true
      if (!after || inHeading.has(e) || !PROFILE_NAME_TAGS.has(e.name)) continue
      const text = normalizeLine(spacedText(e))
      if (text === '') continue
      if (isScreenName(text) && !holdsOtherText(e, text)) return text
      // a box of parts is read part by part; the first text of its own after the heading decides
      if (e.children.some(c => isElement(c) && normalizeLine(spacedText(c)) !== '')) continue
      // its first line may label the owner (`Author:阿詩<br>住喺北角嘅上班族…`, FC2's profile plugin: zh-blogs b528 of
      // session 61's unseen round)
      const labelled = labelledOwner(e)
      if (labelled !== undefined) return labelled
      break
    }
  }
  return undefined
}

/** A profile box's first line labelling its owner (`Author:阿詩`, `作者：…`). */
const PROFILE_AUTHOR_LINE = /^(?:Author|作者)\s*[:：]\s*(\S{1,20})$/iu
/** The screen name a profile box's element labels on its first line (`PROFILE_AUTHOR_LINE`), if any. */
function labelledOwner (e: Element): string | undefined {
  const name = PROFILE_AUTHOR_LINE.exec(normalizeLine(brLines(e)[0] ?? ''))?.[1]
  return name !== undefined && isScreenName(name) ? name : undefined
}

/** The elements a profile box's heading is read from. */
const PROFILE_HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'dt', 'span', 'div', 'strong'])
/** Longest text of an element read as a profile box's heading (characters, padding included). */
const PROFILE_HEADING_MAX = 16

/**
 * The text of an element made of at most two children, each a text or an element of texts alone (`<h3>博主档案</h3>`,
 * `<span class="title">个人资料</span>`), when it is short; undefined for any other element: what it reads is bounded,
 * so the walk over every `<div>` and `<span>` of a page costs little.
 */
function shortOwnText (el: Element): string | undefined {
  if (el.children.length > 2) return undefined
  let text = ''
  for (const c of el.children) {
    if (isText(c)) text += c.data
    else if (isElement(c) && c.name !== 'a' && c.children.every(isText)) text += c.children.map(textOf).join('')
    else return undefined
    if (text.length > PROFILE_HEADING_MAX) return undefined
  }
  return text
}

/** Whether a child element of `el` holds a text, other than all of `el`'s own (`text`): a box of parts. */
const holdsOtherText = (el: Element, text: string): boolean => el.children.some(c => {
  if (!isElement(c)) return false
  const own = normalizeLine(spacedText(c))
  return own !== '' && own !== text
})

/** The box a profile heading heads: the nearest ancestor holding more than the heading, short as a sidebar module. */
function profileBox (heading: Element): Element | undefined {
  const own = normalizeLine(spacedText(heading))
  let p = heading.parent
  for (let level = 0; level < PROFILE_BOX_LEVELS && p !== null && isElement(p); level++, p = p.parent) {
    const text = normalizeLine(spacedText(p))
    if (text.length > PROFILE_BOX_MAX) return undefined
    if (text.length > own.length) return p
  }
  return undefined
}

/** A blog's owner as an account name (`qingmu_zhang`): letters, digits and `_.-`, no Han. */
const ACCOUNT = /^[A-Za-z0-9_.-]{3,30}$/

/**
 * The screen name a blog shows for the account its `<title>` names as the owner (`… - qingmu_zhang的博客 - CSDN博客`
 * over `<a class="follow-nickName" href="https://me.csdn.net/qingmu_zhang">青木老张</a>`: zh-blogs b269 of session 43's
 * unseen round): the first link to that account's page (the account a segment of its address) that shows a Han
 * screen name, outside comments, sidebars and related lists. The account itself stays the title's owner otherwise.
 */
function accountName ($: CheerioAPI, docTitle: string): string | undefined {
  const owner = titleOwner(docTitle)
  if (owner === undefined || !ACCOUNT.test(owner)) return undefined
  const page = new RegExp(`(?:^|[/=])${escapeRegExp(owner)}(?:$|[/?&#])`, 'i')
  for (const a of $('body a[href]')) {
    if (!isElement(a) || !page.test(attr(a, 'href'))) continue
    const name = linkedScreenName(a)
    if (name !== undefined && HAN.test(name) && !inSkipped(a)) return name
  }
  return undefined
}

/** A screen name and a colon opening a `<title>`, then a headline of six characters or more: group 1 the name. */
const TITLE_NAME_COLON = /^\s*([^\s:：]{2,16})\s*[:：]\s*\S.{5,}$/su

/**
 * The writer a `<title>` names before a colon (`江城老船长：3月18日复盘 …_实战交流_股道吧`, a stock forum's thread in the 淘股吧
 * manner: zh-blogs b521 of session 60's second unseen round; `沈立新：金砖开发银行…_观察者网`, a columnist's card, zh-news
 * n241) when the page links that screen name from a member's page or from a name's or an author's box (`div.p_lz_name`,
 * `div.author-card`), outside comments, sidebars and related lists: a company before its news (`华锂科技：拟45亿元…`, a
 * stock's link, zh-news n380) or a headline's first clause linked from a list of posts (`县城三家农机店的春天：…`, b493) is
 * no writer.
 */
function titleColonName ($: CheerioAPI, docTitle: string): string | undefined {
  const name = TITLE_NAME_COLON.exec(docTitle)?.[1]
  if (name === undefined || !isScreenName(name)) return undefined
  for (const a of $('body a[href]')) {
    if (!isElement(a) || linkedScreenName(a) !== name || inSkipped(a)) continue
    if (isMemberPage(attr(a, 'href')) || inNameBox(a) || beforeColumnLink(a)) return name
  }
  return undefined
}

/** Characters read after a name's link for a link to the writer's column. */
const COLUMN_LINK_AFTER = 24
/**
 * Whether a link to the writer's column follows a name's link (`<a href="/thinktank/hejiayun.html">何家赟</a> (<a
 * href="/thinktank/hejiayun.html">进入专栏</a>)`, an academic column site in the 爱思想 manner: zh-blogs b543 of session
 * 61's second unseen round): the name is a columnist's.
 */
function beforeColumnLink (a: Element): boolean {
  let after = ''
  for (let n = a.next; n !== null && after.length < COLUMN_LINK_AFTER; n = n.next) after += textOf(n)
  return /^\s*[(（]?\s*(?:进入|進入)?\s*(?:专栏|專欄)/u.test(after)
}

/** Elements above a link looked at for a name's or an author's box (the link's box, its card, the card's holder). */
const NAME_BOX_DEPTH = 3
/** A class or id of a box holding a person's name (`p_lz_name`, `author-card`, `user-info`, `nick`, `columnist`). */
const NAME_BOX = /name|author|user|nick|writer|columnist/i

/** Whether a link stands in a name's or an author's box, a few levels up. */
function inNameBox (a: Element): boolean {
  let p = a.parent
  for (let depth = 0; p !== null && isElement(p) && depth < NAME_BOX_DEPTH; p = p.parent, depth++) {
    if (NAME_BOX.test(classAndId(p))) return true
  }
  return false
}

/** A screen name as blogs and forums show one: no space, no punctuation, a few characters (`梧桐听雨`, `Kevin爸`). */
const SCREEN_NAME = /^[\p{L}\p{N}_\-·]{2,16}$/u
/** What stands where a name is expected and names nobody (data/author-validation.json `notNames`: `关注`, `个人档案`). */
const NOT_A_NAME = new Set(loadData<{ notNames: Array<{ text: string }> }>('author-validation.json').notNames
  .map(e => e.text.toLowerCase()))
/** How a forum toolbar icon's alt text ends (data/author-validation.json `postActionEnds`: `回复这个贴子`). */
const POST_ACTION_END = new RegExp(`(?:${loadData<{ postActionEnds: Array<{ text: string }> }>('author-validation.json')
  .postActionEnds.map(e => escapeRegExp(e.text)).join('|')})$`, 'u')
export const isScreenName = (s: string): boolean =>
  SCREEN_NAME.test(s) && !/^\d+$/.test(s) && !UI_WORD.test(s) && !NOT_A_NAME.has(s.toLowerCase()) &&
  !POST_ACTION_END.test(s)
const SCREEN_NAME_LABELS = MARKERS.screenNameLabels.map(l => escapeRegExp(l.label)).join('|')
// the name, then a nickname in brackets and more fields after a comma or a bar (`发信人: lazywind (懒风), 信区: Career`,
// `提问者：蓝色水杯88 | 悬赏分：20`)
const SCREEN_NAME_LABEL = new RegExp(
  `^(?:${SCREEN_NAME_LABELS})\\s*[:：]\\s*([^\\s(（,，|｜]+)(?:\\s*[(（][^)）]*[)）])?\\s*(?:[,，|｜].*)?$`, 'u')
const SCREEN_NAME_LABEL_START = new RegExp(`(?:${SCREEN_NAME_LABELS})\\s*[:：]`, 'u')

/** The lines an element's own children make, `<br>` between them (a profile box's fields, a BBS post's header). */
export function brLines (el: Element): string[] {
  const lines: string[] = []
  let line = ''
  for (const c of el.children) {
    if (isElement(c) && c.name === 'br') {
      lines.push(line)
      line = ''
    } else line += isText(c) ? c.data : isElement(c) ? ` ${spacedText(c)} ` : ''
  }
  lines.push(line)
  return lines
}
/** Longest profile line read for a labelled screen name (`暱稱：小魚愛吃鬼`), in characters. */
const SCREEN_NAME_LINE = 60

/**
 * The screen name a blog's profile box labels (`<li>暱稱：<a>小秋</a></li>`, `昵称：梧桐听雨<br>园龄：…`) or a BBS
 * post's header gives (`发信人: lazywind (懒风), 信区: Career`): the blog's owner, the post's writer. The first such
 * line outside comment threads and related lists.
 */
export function labelledScreenName ($: CheerioAPI): string | undefined {
  for (const el of $(SCREEN_NAME_SELECTOR)) {
    // the label is the element's own text (`暱稱：<a>聽嵐</a>`): most elements hold none and are not read further
    if (!isElement(el) || !el.children.some(c => isText(c) && SCREEN_NAME_LABEL_START.test(c.data))) continue
    // a blog's owner panel is a sidebar's box: sidebars are read, comment threads and related lists are not
    if (inDiscussion(el)) continue
    // the label and its name, line by line (a profile box writes one field a line, `<br>` between them)
    for (const line of brLines(el)) {
      const text = normalizeLine(line)
      if (text.length > SCREEN_NAME_LINE) continue
      const name = SCREEN_NAME_LABEL.exec(text)?.[1]
      if (name !== undefined && isScreenName(name)) return name
    }
  }
  return undefined
}

/**
 * A thread's poster as its platform states it: the member id in its first link to the poster's posts alone (`<a
 * href="…&authorid=2418765">只看楼主</a>`, ./members.ts), then the first link of the page's own site (or a sibling host,
 * `my.` beside `bbs.`) whose address holds that id and whose text (or avatar's alt) is a screen name: the profile
 * panel's `<a href="/user/profile-27530619.html">阿喆在下沙</a>`, on platforms whose member pages have no shape of
 * their own, and the opening post's panel even where a best answer or a quoted reply links another member first.
 */
export function idLinkedPoster ($: CheerioAPI, host: string | undefined): string | undefined {
  const links = $('body a[href]').toArray().filter(isElement)
  let id: string | undefined
  for (const a of links) if ((id = onlyPosterId(a)) !== undefined) break
  if (id === undefined) return undefined
  for (const a of links) {
    const href = attr(a, 'href')
    if (!addressHoldsId(href, id) || onlyPosterId(a) !== undefined) continue
    const linkHost = hostOf(href)
    if (linkHost !== undefined && !sameSiteOrSibling(linkHost, host)) continue
    const name = linkedScreenName(a)
    if (name !== undefined) return name
  }
  return undefined
}

/**
 * A post's footer that opens with its writer's linked name and the time it was posted (`<td class="postfoot"><a
 * href="…/blog_main.asp?BlogID=284613">舟子老三</a> 发表于 2009-3-12 21:45:00 | 阅读(356) | 回复(7)`, Chinese blog hosts of
 * the 2000s): the name is the post's writer. The link opens the line; a reply's header is in a reply box.
 */
/** The posting word of a post's footer, after its writer's name (`发表于`, `發佈於`). */
const POSTING_WORD = '(?:发表于|發表於|发布于|發佈於|發布於)'
const POSTED_AT = new RegExp(`^\\s*${POSTING_WORD}\\s*\\d{4}[-/年]\\d{1,2}[-/月]\\d{1,2}`, 'u')
/** Longest footer line read for its writer (characters): the name, the time, a few counters. */
const POST_FOOTER_CHARS = 120

export function footerPoster ($: CheerioAPI): string | undefined {
  for (const el of $(LABELLED_DATE_SELECTOR)) {
    if (!isElement(el)) continue
    const first = el.children.find(c => !isText(c) || c.data.trim() !== '')
    if (first === undefined) continue
    // the name as plain text before the posting word (`小米粒 發表於 2005/11/19 23:41 | 回應(4)`, Wretch)
    const plain = isText(first) ? POSTED_BY_NAME.exec(first.data) : null
    if (plain === null && (!isElement(first) || first.name !== 'a')) continue
    const after = first.next
    if (plain === null && (after === null || !isText(after) || !POSTED_AT.test(after.data))) continue
    // (the line's own class may say footer, `td.postfooter`: a post's footer, no site's)
    if (textOf(el).length > POST_FOOTER_CHARS || (el.parent !== null && inDiscussion(el.parent))) continue
    const name = plain === null ? linkedScreenName(first as Element) : isScreenName(plain[1]) ? plain[1] : undefined
    if (name !== undefined) return name
  }
  return undefined
}

/**
 * A post's footer that opens with its writer's name as plain text, then the posting word and the time (`小米粒 發表於
 * 2005/11/19 23:41 | 回應(4) | 人氣(231)`, Taiwan's Wretch; `阿瑋 發表於 22:47 | 回應(3)`, Yahoo!奇摩部落格 under a day's
 * heading): zh-blogs b252 of session 42's unseen round and b163.
 */
const POSTED_BY_NAME = new RegExp(
  `^\\s*([^\\s|｜:：]{1,20})\\s+${POSTING_WORD}\\s*(?:\\d{4}[-/年]\\d{1,2}[-/月]\\d{1,2}|\\d{1,2}:\\d{2})`, 'u')

/** A member's place, level or group in brackets after the name in a link (`北纬43度的猫(上海)`, `老王（Lv5）`). */
const BRACKETED_TAIL = /\s*[(（][^()（）]{1,10}[)）]$/u

/**
 * The screen name a member link shows: its text (or its avatar's alt, or the avatar link's own `title`: `<a class="fn
 * url" href="…/profile/KaChunLeong" title="梁家俊"><img alt="">`, Ning 2.0's poster beside a discussion's headline:
 * zh-blogs b607 of session 63's second unseen round), without a bracketed place or level after the name; undefined
 * when that is no screen name.
 */
function linkedScreenName (a: Element): string | undefined {
  const text = memberOfAction(normalizeLine(spacedText(a) || imageAlt(a) || attr(a, 'title')))
  if (isScreenName(text)) return text
  // a count in the brackets makes the link a feature's with its tally (`eProps (12)`, Xanga's ratings on an address
  // with the member's `uid=`: zh-blogs b164 of session 40's unseen round), no member's name
  if (COUNT_TAIL.test(text)) return undefined
  const bare = text.replace(BRACKETED_TAIL, '')
  return bare !== text && isScreenName(bare) ? bare : undefined
}
const COUNT_TAIL = /[(（]\s*\d+\s*[)）]$/u

/** The words a link's action opens with, no name (data/author-validation.json `notNames` marked `start`). */
const ACTION_START = new RegExp(`^(?:${NAME_START_WORDS})`, 'iu')
/** The words a link's action or a profile's link ends with, no name (`notNames` marked `end`: `發短消息`, `个人资料`). */
const ACTION_END = new RegExp(`(?:${NAME_END_WORDS})$`, 'iu')

/** A field of a board's member panel and its colon (data/author-markers.json `profileLabels`). */
const PROFILE_LABELS = MARKERS.profileLabels.map(l => escapeRegExp(l.label)).sort((a, b) => b.length - a.length)
// the label, then a colon, or a space and the figure (`積分 356　帖子 412　註冊 2003-8-14`, Discuz! 2's poster cell, no
// colons: zh-blogs b510 of session 60's unseen round)
const PROFILE_FIELD = new RegExp(`(?:${PROFILE_LABELS.join('|')})(?:\\s*[:：]|\\s+(?=\\d))`, 'gu')
/** Fields a member panel holds at least (a name, a rank, its posts, its registration). */
const PANEL_FIELDS = 3
/** Longest member panel read, in letters and digits: a name, a rank and a handful of fields. */
const PANEL_LETTERS = 160

/**
 * A board's poster named only in the member panel beside the opening post (`渭河边的狗娃 头衔：老乡 级别：论坛游侠 魅力：215
 * 经验：1630 … 注册：2003/03/22`, DVBBS, LeoBBS, UBB.classic, phpBB 2, home-grown ASP boards: zh-blogs b101, b116,
 * b120, b172, b179, b183): the first short element holding `PANEL_FIELDS` member fields or more, whose text opens with
 * a screen name. Read last, when no byline, label or member link names anyone.
 */
export function panelPoster ($: CheerioAPI, letters: Letters): string | undefined {
  // a board's posts are table rows (`<tr><td>panel</td><td>post</td></tr>`, phpwind 6 in `<th>` cells: zh-blogs b533 of
  // session 61's unseen round); a blog's sidebar box of counts is no panel
  for (const el of $('body td, body th').toArray()) {
    if (!isElement(el) || longerThan(letters, el, PANEL_LETTERS)) continue
    const text = normalizeLine(spacedText(el))
    if (fieldCount(text) < PANEL_FIELDS || inSkipped(el)) continue
    const head = text.slice(0, text.search(PROFILE_FIELD_ONE)).trim()
    const first = head.split(/\s+/)[0] ?? ''
    // a label (`博主：林堃`, `上一篇：`) opens no panel
    return isScreenName(first) && !/^[^\s]*[:：]/u.test(head) ? first : undefined
  }
  return undefined
}
const PROFILE_FIELD_ONE = new RegExp(PROFILE_FIELD.source, 'u')
/** A post's named anchor: its id alone or after a word for a post (`post_2187`, `p12345`, `12345`, `entry88`). */
const POST_ANCHOR = /^(?:post[_-]?|p|entry|msg|reply[_-]?)?\d+$/i
/** Longest text of the element a post's anchor opens, read as a name (characters). */
const ANCHORED_NAME_MAX = 24

/**
 * A board's poster named in plain text right after the opening post's anchor (`<td class='tbl2'><a
 * name='post_2187'></a>竹山阿娟</td>`, PHP-Fusion 6: zh-blogs b597 of session 63's unseen round; phpBB 2's `<span
 * class="name"><a name="12345"></a><b>NAME</b></span>`): the first such anchor's element, when its whole text is a
 * screen name. Read last, when no byline, label, member link or panel names anyone: the poster is no link there.
 */
export function anchoredPoster ($: CheerioAPI): string | undefined {
  for (const a of $('body a[name]').toArray()) {
    if (!isElement(a) || a.attribs.href !== undefined || a.children.length > 0 || !POST_ANCHOR.test(attr(a, 'name'))) {
      continue
    }
    const box = a.parent
    if (box === null || !isElement(box) || inSkipped(box) || inDiscussion(box)) return undefined
    const text = normalizeLine(textOf(box))
    return text.length <= ANCHORED_NAME_MAX && isScreenName(text) ? text : undefined
  }
  return undefined
}

const fieldCount = (text: string): number => text.match(PROFILE_FIELD)?.length ?? 0

/** The badge a thread's page puts beside its opening poster's name (data/author-markers.json `posterBadges`). */
const POSTER_BADGE = new Set(MARKERS.posterBadges.map(b => b.badge))
/** The badge a blog host puts beside its writer's own replies (`ownerBadges`: `作者`, `博主`), read in the replies only. */
const OWNER_BADGE = new Set(MARKERS.ownerBadges.map(b => b.badge))
/** Poster badges looked at, at most (the first is the opening post's; a later one may stand in a reply's quote). */
const MAX_BADGES = 3
/** How far above a poster badge its profile panel is looked for (`<ul><li><a>name</a></li><li><span>楼主</span>`). */
const BADGE_PANEL_DEPTH = 3

/**
 * The poster a `楼主` badge marks (`<li><a href="…/4471263">喆哥爱自驾</a></li><li class="lz-icon"><span class="lz">楼主
 * </span></li>`, Autohome): the last link with a screen name before the badge in its panel (a few levels up), on
 * platforms whose member pages have no known shape. The badge is an element of its own, not a link (a floor's anchor
 * `<a name="1">樓主</a>` numbers the post and stands before the name) nor a label (`楼主：` is read as one).
 * `replies`: the badges in the replies instead, the thread starter's own replies', read last, when nothing else names
 * the poster (a game community's post names its poster above it only in a link classed as a user's name, and again,
 * badged `楼主`, in its replies below: zh-blogs b478 of session 58's unseen round).
 */
export function badgedPoster ($: CheerioAPI, replies = false): string | undefined {
  let tried = 0
  for (const el of $(BADGE_SELECTOR)) {
    if (!isElement(el) || el.children.length !== 1 || !isText(el.children[0])) continue
    const badge = el.children[0].data.trim()
    if (!(POSTER_BADGE.has(badge) || (replies && OWNER_BADGE.has(badge))) || inDiscussion(el) !== replies) continue
    // the opening post's badge comes first: a page of thousands (a reply box's `楼主` each) is not read panel by panel
    if (++tried > MAX_BADGES) return undefined
    const name = nameBeforeBadge(el)
    if (name !== undefined) return name
  }
  return undefined
}

/**
 * The last link with a screen name before `badge` in its nearest ancestor holding links (`BADGE_PANEL_DEPTH`), else
 * the link right after it.
 */
function nameBeforeBadge (badge: Element): string | undefined {
  if (badge.parent === null || !isElement(badge.parent)) return undefined
  let panel: Element = badge.parent
  for (let up = 1; up < BADGE_PANEL_DEPTH && !elementsOf(panel).some(e => e.name === 'a'); up++) {
    if (panel.parent === null || !isElement(panel.parent)) break
    panel = panel.parent
  }
  let name: string | undefined
  for (const a of elementsOf(panel)) {
    if (a === badge) break
    // (a Chinese and an English nickname, `小咪 Mimi`, beside the badge only: a link's text elsewhere, `清除 Cookies`, is a
    // command's)
    if (a.name === 'a' && attr(a, 'href') !== '') name = linkedScreenName(a) ?? hanEnglishName(a) ?? name
  }
  return name ?? nameAfterBadge(badge) ?? namedBeforeBadge(badge)
}

/** A link's text when it is a Chinese and an English nickname (`小咪 Mimi`: `HAN_ENGLISH_NICKNAME`). */
function hanEnglishName (a: Element): string | undefined {
  const text = normalizeLine(spacedText(a))
  return HAN_ENGLISH_NICKNAME.test(text) ? text : undefined
}

/** A member's level as a board badges it (`Lv.6`, `LV12`, `Lv 3`). */
const MEMBER_LEVEL = /^lv\.?\s*\d{1,3}$/i

/** A class or id of the element that holds a member's screen name (`nick`, `user-name`, `author`). */
const NAME_CLASS = /nick|name|user|author/i

/**
 * The screen name in the element right before a poster badge when it is no link (`<span class="nick">三花的铲屎官阿周
 * </span><span class="host-tag">楼主</span>`, a QQ 兴趣部落 post in its mobile view: zh-blogs b369 of session 49's
 * unseen round): an element whose class or id names a name or a user, holding a screen name alone.
 */
function namedBeforeBadge (badge: Element): string | undefined {
  let prev = previousNonBlank(badge)
  // (past the member's level between them: `<span class="nickname">滇池边的饵块</span><span class="level">Lv.6</span><span
  // class="badge badge-lz">楼主</span>`, a phone maker's community replies: zh-blogs b562 of session 61's third unseen
  // round)
  if (prev !== null && isElement(prev) && MEMBER_LEVEL.test(normalizeLine(textOf(prev)))) prev = previousNonBlank(prev)
  if (prev === null || !isElement(prev) || !NAME_CLASS.test(classAndId(prev))) return undefined
  if (elementsOf(prev).some(e => e !== prev && e.name === 'a')) return undefined
  const text = normalizeLine(textOf(prev))
  return isScreenName(text) ? text : undefined
}

/** Elements after a poster badge looked at for the name it marks. */
const AFTER_BADGE = 2

/**
 * The link to a member's page right after a poster badge, where the badge opens the floor's header (`<span
 * class="FM-lzbadge">樓主</span> <a href="…homeindex.php?owner=mistcat0812">霧雨ㄉ貓</a>`, a Bahamut-style board:
 * zh-blogs b258 of session 43's unseen round): one of the next `AFTER_BADGE` elements beside it.
 */
function nameAfterBadge (badge: Element): string | undefined {
  let seen = 0
  for (let n = badge.next; n !== null && seen < AFTER_BADGE; n = n.next) {
    if (!isElement(n)) continue
    seen++
    // a member's page, not the floor's actions (`引用`, `只看楼主`) that follow a badge on other boards
    if (n.name === 'a' && isMemberPage(attr(n, 'href'))) return linkedScreenName(n)
  }
  return undefined
}

/**
 * A forum's or a blog platform's poster: the first link to a member's page on the page's own site (data/author-
 * markers.json `userPages`: `space.php?uid=52107`, `home.php?mod=space&uid=…`, `/people/59813442/`) whose text (or
 * avatar's alt) is a screen name, outside comment threads, related lists, footers and menus, and not one of a list
 * of members. A thread's opening post comes before the replies, and a blog's owner panel is a sidebar's box; a
 * member page on another site (a share link to a microblog) names nobody here, one on a host of the same registered
 * domain does.
 */
export function posterLink ($: CheerioAPI, host: string | undefined): string | undefined {
  return posterLinkElement($, host)?.name
}

/** The poster's link `posterLink` reads, with the name it shows. */
export function posterLinkElement ($: CheerioAPI, host: string | undefined): { a: Element, name: string } | undefined {
  for (const a of $('body a[href]')) {
    if (!isElement(a)) continue
    const href = attr(a, 'href')
    // a blog's owner panel is a sidebar's box: sidebars are read, comment threads and related lists are not, nor a
    // sidebar's module of the latest comments
    if (!isMemberPage(href) || inDiscussion(a) || inMenu(a) || inOthersModule(a)) continue
    const linkHost = hostOf(href)
    // a platform's member spaces on a host of their own (`home.example-51cto.com` beside the blog's
    // `jifanglaosong.blog.example-51cto.com`: zh-blogs b419 of session 54's unseen round) are the platform's
    if (linkHost !== undefined && (host === undefined || !sameSiteOrSibling(linkHost, host))) continue
    // an avatar link names its member in the image's alt text; a link's action (`阅读会员资料`) names nobody
    const name = linkedScreenName(a)
    if (name !== undefined && !ACTION_START.test(name) && !ACTION_END.test(name) && !namesNoPoster(a, href)) {
      return { a, name }
    }
  }
  return undefined
}

/**
 * Whether a member's link stands where no poster of the page does: a list of members, a row of another page's title,
 * after a board's role or a passive's `被`, an editor's card, a last activity's stamp, the site's login box.
 */
function namesNoPoster (a: Element, href: string): boolean {
  return inMemberList(a) || amongMemberLinks(a, href) || besideOtherTitle(a) || afterBoardRole(a) || afterPassive(a) ||
    inEditorCard(a) || inLastActivity(a) || inLoginBox(a)
}

/**
 * Most elements a login box holds (two fields, a button, a few links, their cells): a larger form is a page's whole
 * wrapper (ASP.NET wraps every page in one) and says nothing of the links in it.
 */
const LOGIN_BOX_MAX = 40

/**
 * Whether a link stands in the site's login box: the nearest form holds a password field and is small (`會員名稱 … 密碼 …
 * 登入 免費登記 | 忘記密碼`, a Hong Kong portal's header above its blogs: zh-blogs b564 of session 62's unseen round). Its
 * links (`/member/register.php`, `/member/forgot.php`) are the site's, no member's.
 */
function inLoginBox (a: Element): boolean {
  for (let p = a.parent; p !== null && isElement(p); p = p.parent) {
    if (p.name !== 'form') continue
    const inside = descendants(p, LOGIN_BOX_MAX + 1)
    const password = (e: Element): boolean => e.name === 'input' && attr(e, 'type').toLowerCase() === 'password'
    return inside.length <= LOGIN_BOX_MAX && inside.some(password)
  }
  return false
}

/** Ancestors of a member's link climbed to its card (`<div><a>修车老杨</a><span>2,316</span></div><a><time>…`). */
const CARD_LEVELS = 3
/** Longest card read, in characters: a name, a score and a stamp, not a post. */
const CARD_MAX = 120
/** A posting's word in a card (`提问于`, `发表于`, `Posted`, `asked`): the card is the post's writer's. */
const CARD_POSTING = /提问|提問|发表|發表|发布|發布|发帖|發帖|回答于|回答於|posted|asked|answered/i

/**
 * Whether a member's link stands in a card that stamps an edit and no posting (`修车老杨 2,316 修改于 2 天前` before `骑车上班的
 * 阿文 46 提问于 3 天前`, Apache Answer's two cards under a question: zh-blogs b394 of session 51's unseen round): the
 * editor's card, whose member wrote nothing of the post. A writer's own card that stamps an edit beside the posting
 * (`发表于 … 最后编辑于 …`) stays the writer's.
 */
function inEditorCard (a: Element): boolean {
  let card: AnyNode | null = a.parent
  for (let level = 0; level < CARD_LEVELS && card !== null && isElement(card); level++, card = card.parent) {
    const text = spacedText(card)
    if (text.length > CARD_MAX) return false
    if (EDIT_STAMP.test(text)) return !CARD_POSTING.test(text)
  }
  return false
}

/** The sibling before a node, past white space between them. */
function previousNonBlank (node: AnyNode): AnyNode | null {
  let prev = node.prev
  while (prev !== null && isText(prev) && prev.data.trim() === '') prev = prev.prev
  return prev
}

/** The passive's `被` (by) ending the text right before a member's link. */
const PASSIVE_BEFORE = /被\s*$/u

/**
 * Whether a member's link follows the passive's `被` (by): `本帖被 <a>云中客</a> 推荐至 首页热帖` above a thread, a
 * moderator's action on the post (a recommendation, a featuring, an edit), whose actor wrote nothing of it (zh-blogs
 * b218, once `/user/N.html` was a member page in session 49).
 */
function afterPassive (a: Element): boolean {
  const prev = previousNonBlank(a)
  return prev !== null && isText(prev) && PASSIVE_BEFORE.test(prev.data)
}

/** The least length of a title linked beside a member (Latin-equivalent characters: eight Han characters). */
const ROW_TITLE_MIN = 20
/** Elements before a member's link looked at for another page's title: a row's title comes a step or two before. */
const ROW_SIBLINGS = 3

/**
 * Whether a member's link credits another item: one of the few elements before it links another page by a title (a
 * forum's announcement row `<a href="announcement.php?…"><strong>2009 秋季會員聚會…</strong></a>（<a href="member.php?u=1">
 * 管理員小蔡</a>，10-05-2009）` above a vBulletin thread: zh-blogs b107 of session 37's unseen round). The poster's own
 * panel links their name, their avatar and short actions. A bounded look, whatever the row holds.
 */
function besideOtherTitle (a: Element): boolean {
  let seen = 0
  for (let n = a.prev; n !== null && seen < ROW_SIBLINGS; n = n.prev) {
    if (!isElement(n)) continue
    seen++
    if (n.name === 'a' && !isMemberPage(attr(n, 'href')) && weightedLength(normalizeLine(textOf(n))) >= ROW_TITLE_MIN) {
      return true
    }
  }
  return false
}


/** The alt text of the one image a link holds (an avatar), or ''. */
function imageAlt (a: Element): string {
  const img = elementsOf(a).find(el => el.name === 'img')
  return img === undefined ? '' : attr(img, 'alt').replace(PICTURE_OF, '')
}

/**
 * `的头像` (…'s avatar), `的相片`, `的照片` after the member's name in an avatar's alt (`陳家俊的頭像`, Askbot's Chinese
 * asker card: zh-blogs b513 of session 60's unseen round; Moodle's `Admin User 的相片`, zh-org o230): the picture's, no
 * part of the name.
 */
const PICTURE_OF = /\s*的\s*(?:头像|頭像|相片|照片|大头照|大頭照|个人头像|個人頭像)$/u

/** How far above a member's link its list item is looked for (`<li><p><a>`, `<li><div><span><a>`). */
const ITEM_DEPTH = 4
/** Members a list names from this many on: a box of visitors, friends or followers, no byline. */
const MEMBER_LIST = 3

/**
 * Longest text of a list item that names a member, in characters: a name, an avatar's stamp or a count (`齐卫东 3小时前`);
 * an item holding more is a post (UCenter Home's group thread writes its opening post and each reply as an `<li>` of
 * `ul.post_list`, the poster's link at its head: zh-blogs b620 of session 64's unseen wave). Read up to
 * `MEMBER_ITEM_NODES` nodes, so a member link in a long list is asked of its own item only.
 */
const MEMBER_ITEM_MAX = 200
const MEMBER_ITEM_NODES = 400

/**
 * Whether a member's link is one item of a list of members (`谁看过这篇博文`, 好友, 最近访客: an `<li>` each), the
 * list item's parent holding `MEMBER_LIST` or more items with a member's link; never when its own item is a post.
 */
function inMemberList (a: Element): boolean {
  let item: AnyNode | null = a.parent
  for (let depth = 0; item !== null && depth < ITEM_DEPTH && !(isElement(item) && item.name === 'li'); depth++) {
    item = item.parent
  }
  const list = item?.parent
  if (item === null || list === null || list === undefined || !isElement(list)) return false
  if (isElement(item) && item.name === 'li' && boundedText(item, MEMBER_ITEM_MAX, MEMBER_ITEM_NODES) === undefined) {
    return false
  }
  let members = 0
  for (const li of list.children) {
    if (!isElement(li) || li.name !== 'li') continue
    if (holdsMemberLink(li)) members++
    if (members >= MEMBER_LIST) return true
  }
  return false
}

/** Text between the links of a run of members: list separators and white space (`、`, `，`, `and`). */
const MEMBER_RUN_SEPARATOR = /^[\s、，,;；&]*(?:和|及|与|與|and)?[\s、，,;；&]*$/u

/**
 * Whether a member's link stands in a run of other members' links, only separators between them (`<a>Kelvin Ho</a>、
 * <a>小魚</a>、<a>阿June</a> 等 37 人讚賞了這篇作品`, the appreciators under a Matters post: zh-blogs b82), or one a line
 * with a bullet image before each (`<img src="bullet.gif"> <a>花蓮小皂</a><br><img …> <a>竹山阿娟</a>`, PHP-Fusion's box of
 * the members online: zh-blogs b597 of session 63's unseen round): one of a list of members, none the writer. The
 * poster's avatar and name link the same member page: no run.
 */
/** A line break or an image (a list's bullet) between two members' links. */
const lineMark = (n: AnyNode): boolean => isElement(n) && (n.name === 'br' || n.name === 'img')

function amongMemberLinks (a: Element, href: string): boolean {
  for (const step of [(n: AnyNode) => n.prev, (n: AnyNode) => n.next]) {
    let n = step(a)
    while (n !== null && ((isText(n) && MEMBER_RUN_SEPARATOR.test(n.data)) || lineMark(n))) n = step(n)
    if (n === null || !isElement(n) || n.name !== 'a') continue
    const other = attr(n, 'href')
    if (isMemberPage(other) && other !== href && !sameMemberId(other, href)) return true
  }
  return false
}

/**
 * Whether two addresses carry one member's id (./members.ts `memberIdOf`): vBulletin's toolbar under a post links one
 * member's profile and private message side by side (`member.php?action=getinfo&userid=1127`, `private.php?action=
 * newmessage&userid=1127`: zh-blogs b437 of session 55's unseen round), one member's actions, no run of members.
 */
const sameMemberId = (a: string, b: string): boolean => {
  const x = memberIdOf(a)
  return x !== undefined && x === memberIdOf(b)
}

/**
 * A link's text or icon that names an action on a member, the member's name inside: an author box's link to the
 * writer's archive in WordPress's Chinese translations (`查看%s的所有文章`, zh_TW `檢視 %s 的所有文章`: `檢視阿蕎的所有文章`,
 * zh-blogs b242 of session 42's unseen round), and the icons of a board's member panel, their alt text (DVBBS:
 * `查看老焊工阿强的个人资料`, `给老焊工阿强发送一个短消息`, `把老焊工阿强加入好友`, `搜索老焊工阿强在笔记本维修的所有贴子`, each
 * linked to `dispuser.asp?name=…` and the like: zh-blogs b271 of session 43's unseen round).
 */
const MEMBER_ACTION = new RegExp([
  '^(?:查看|檢視|检视|瀏覽|浏览)\\s*(\\S.{0,30}?)\\s*的(?:(?:所有|全部)(?:文章|日志|日誌|博文|帖子)|' +
    '(?:个人|個人)?(?:资料|資料|主页|主頁|空间|空間|档案|檔案))$',
  '^(?:给|給)\\s*(\\S.{0,30}?)\\s*(?:发送|發送)(?:一个|一個|一条|一條)?(?:短消息|短信|短訊|消息|訊息)$',
  '^把\\s*(\\S.{0,30}?)\\s*加入(?:好友|黑名单|黑名單)$',
  '^(?:搜索|搜尋)\\s*(\\S.{0,30}?)\\s*在.{0,30}的(?:所有|全部)(?:贴子|帖子|文章)$'
].join('|'), 'u')

/** A text that names an action on a member (`MEMBER_ACTION`) as the member; any other as it is. */
export function memberOfAction (text: string): string {
  const m = MEMBER_ACTION.exec(text.trim())
  return m === null ? text : (m[1] ?? m[2] ?? m[3] ?? m[4])
}

/**
 * A thread's last activity, who replied or updated it last and when (`本主题包含 5 回复，有 4 参与人，并且由 墨池小吴 于 1 天前
 * 最后一次更新。`, bbPress's topic description over the posts: zh-blogs b393 of session 51's unseen round; `This topic
 * was last updated by X`, `最后回复：X`; Jive Forums' `最后回复者: <a href="profile.jspa?userID=…">javaboy_cq</a>` above the
 * messages: zh-blogs b401 of session 52's unseen round): its member is the last replier, no writer of the opening post,
 * to the class readers and to the first member link alike.
 */
// (`最後回應 2010/10/20 09:41 by <a>阿嬤的心肝</a>`: Taiwan's word for a reply, a parenting board's thread head: zh-blogs
// b511 of session 60's unseen round)
export const LAST_ACTIVITY = /(?:最后一次|最後一次|最后|最後)(?:更新|回复|回覆|回帖|回應|回应|活动|活動)|last\s+(?:updated|modified|reply|replied|activity|active)\b/iu
/** Longest line read around a byline element for a thread's last activity, in characters. */
const LAST_ACTIVITY_LINE = 200

/**
 * Whether a byline element is a member's link in a line of the thread's last activity (`LAST_ACTIVITY`), its parent's
 * text. Only a member's link: a news byline beside an update's line (`<span class="author">作者：张三</span><span>最后更新：
 * …</span>`) is the writer's.
 */
export function inLastActivity (el: Element): boolean {
  if (el.name !== 'a' || !isMemberPage(attr(el, 'href'))) return false
  const line = el.parent !== null && isElement(el.parent) ? spacedText(el.parent) : ''
  return line.length <= LAST_ACTIVITY_LINE && LAST_ACTIVITY.test(line)
}

// Words of page furniture that a two-word "name" test would let through (`Share This`, `Read Time`).
export const UI_WORD = new RegExp(`^(?:${wordsRe(MARKERS.uiWords.map(w => w.word))})$`, 'i')
