/**
 * The headline as the page shows it: a title-classed or large-type headline, the same story under other
 * words, a headline over its subtitle or after a badge, and the date and byline beside it (`titleAndNear`).
 */
import type { CheerioAPI } from 'cheerio'
import { isText } from 'domhandler'
import type { MetadataHints } from '../../../draft.js'
import { attr, classAndId, descendants, elementsOf, isElement, readableText, textOf, type Element } from '../dom.js'
import { SUBTITLE } from '../patterns.js'
import { isDatesOnly } from '../../../text/fields.js'
import { headlineInfo, type HeadlineInfo } from '../headline-date.js'
import { blogOwner } from '../../../text/title-owner.js'
import { isChineseOrganization } from '../../../text/org-names.js'
import { wholeTitle } from '../truncated-title.js'
import { boundedText, firstShownChar, normalizeLine } from '../short-text.js'
import { findDate } from '../../../text/date.js'
import { headingText, linkBeforeColon } from '../headings.js'
import { isKeywordTitle } from '../../../text/spam-lexicon.js'
import { printsLarge } from '../large-type.js'
import { crumbHeadline } from '../crumb-title.js'
import { subjectBar } from '../subject-bar.js'
import { HAN, weightedLength } from '../../../text/index.js'
import { insideLink } from './dom-helpers.js'
import { bodyElements, largeType, pageLargeType } from './page-cache.js'
import { inSkipped } from './regions.js'
import { ANNOUNCED_PARTS, MIN_HEADLINE, SUBTITLE_DASH, titleNamed } from './title-parts.js'
import { SUBHEADING_TAGS } from './tags.js'
import type { Page } from './page.js'
import { sameName } from './names.js'
import { LABELS, labelRe, type InfoFields } from './info-line.js'
import {
  CLASSED_TITLE_MAX, CLASSED_TITLE_MIN, h1Printing, linksAddress, namesPlacesOnly, namesSection, namesSiteOnly,
  titleWords
} from './title.js'

/**
 * The title the page prints where the announced one (`title`, or the `<title>`) says less: with no `<h1>` and a
 * `<title>` that names only the site (or is a hacked site's gambling keywords), the document's title its table of
 * particulars gives; with no `<h1>` and a `<title>` of the site alone, of the site and its sections, or of gambling
 * keywords, a title-classed element's (`titleClassed`: a college's
 * `<td class="newstitle">` under `<title>南湖理工大学经济与管理学院`); else the part of the whole
 * `<title>` the page prints as a text of its own (`printedTitle`).
 */
interface TitleSources {
  $: CheerioAPI, info: InfoFields, h1s: string[], near: HeadlineInfo, siteName?: string
  /** The title-classed headline the date and byline were looked for beside (no `<h1>`, no info line). */
  classed?: string
}

function shownTitle (title: string | undefined, docTitle: string, page: TitleSources): string | undefined {
  const announced = title ?? docTitle
  const noHeadline = namesNoHeadline(announced, docTitle, page.siteName)
  // (a `<title>` of the site and its section names no headline either: `苗栗縣桐林鄉公所-最新消息` over a table of
  // particulars whose `標　　題` row holds it, a Taiwan township office's page: zh-gov g190 of session 46's unseen round)
  // (an `<h1>` that is the `<title>`'s section part, `<h1>新聞稿</h1>` under `華港銀行 - 關於華港 - 新聞稿`, heads no
  // story either: a bank's press release whose headline is `<h2 class="prTitle">`, zh-org o223 of session 59's second
  // unseen round)
  const noH1 = page.h1s.every(h => namesSection(h, docTitle))
  const sectioned = noH1 && namesPlacesOnly(announced)
  // or a thread's subject bar
  const tabled = tabledTitle(page, docTitle, noHeadline || sectioned) ?? barredSubject(page, docTitle)
  const classed = tabled === undefined && noH1 &&
    (noHeadline || (title === docTitle && namesOrganizationOnly(docTitle)) || sectioned)
    ? titleClassed(page.$)
    : undefined
  // a title-classed headline the `<title>` shortens, words differently or runs a kicker into (no `<h1>` either way)
  const story = tabled === undefined && classed === undefined && page.h1s.length === 0
    ? sameStoryClassed(page.$, announced)
    : undefined
  // a title-classed headline with its date and byline right beside it (`nearHeadline`)
  return tabled ?? classed ?? story ?? placedHeading(page, docTitle) ?? rewordedClassed(page, title, docTitle) ??
    page.classed ?? printedTitle(title, docTitle, page.near.headline)
}

/** Fewest Han character pairs a printed headline shares with the `<title>`'s to tell the same story in other words. */
const REWORDED_PAIRS = 2

/**
 * The title-classed or large headline (`titleClassed`) a Chinese page prints where its `<title>` tells the same story
 * in other words printed nowhere on the page: a web editor's headline for search engines (`<title>宿州：农家书屋建到村头
 * 农民家门口借书不花钱--中民网安徽视窗` over `<td class=fbt>宿州首批120个农家书屋建成开放`, a central site's provincial channel of
 * 2007: zh-news n433 of session 56's unseen round). The two share at least `REWORDED_PAIRS` pairs of Han characters
 * (`宿州`, `农家`, `书屋`): a box's caption or a sidebar's heading shares none.
 */
function rewordedClassed (page: TitleSources, title: string | undefined, docTitle: string): string | undefined {
  // (a page with an `<h1>` prints its headline there; a title the markup announces is the page's own choice)
  if (page.h1s.length > 0 || title !== docTitle) return undefined
  const $ = page.$
  const parts = docTitle.split(ANNOUNCED_PARTS).map(p => normalizeLine(p))
  const longest = parts.reduce((a, b) => b.length > a.length ? b : a, '')
  const pairs = hanPairs(longest)
  if (pairs.size < REWORDED_PAIRS) return undefined
  const classed = titleClassed($)?.replace(TRAILING_STAMP, '')
  if (classed === undefined) return undefined
  let shared = 0
  for (const pair of hanPairs(classed)) if (pairs.has(pair)) shared++
  // one inside the other is the same headline cut or run on (`途牛发布春节出游调查报告` in `… 六成受调者选择自助游`), which
  // `sameStoryClassed` weighs
  if (classed.includes(longest) || longest.includes(classed)) return undefined
  return shared >= REWORDED_PAIRS && printedNowhere($, longest) ? classed : undefined
}

/**
 * A time stamp in brackets after a headline in its box (`老街最后一家茶馆 (2010-04-18 21:37:05)`, a blog's title bar with
 * the post's time beside it: zh-blogs b353): the post's time, no part of the headline.
 */
const TRAILING_STAMP = /\s*[(（]\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）]$/u

/** The pairs of Han characters that stand side by side in a text. */
function hanPairs (text: string): Set<string> {
  const out = new Set<string>()
  for (const run of text.match(/\p{Script=Han}{2,}/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2))
  }
  return out
}

/** Whether a headline is printed nowhere in the page's text (the body's text read once for it). */
function printedNowhere ($: CheerioAPI, headline: string): boolean {
  const body = $('body')[0]
  return body !== undefined && !normalizeLine(readableText(body)).includes(headline)
}

/**
 * With no `<h1>`, the heading right above the info line, the headline's place; or the heading that prints the
 * breadcrumb's last step, or the last step of a trail the `<title>` repeats (./crumb-title.ts).
 */
function placedHeading (page: TitleSources, docTitle: string): string | undefined {
  if (page.h1s.length > 0) return undefined
  const body = page.$('body')[0]
  return page.info.headingAbove ?? (body === undefined ? undefined : crumbHeadline(bodyElements(body), docTitle))
}

/**
 * With no `<h1>`, the title a BBS post's header gives (`标  题:`), else, when the announced title names no headline,
 * the one a table of particulars gives.
 */
function tabledTitle (page: TitleSources, docTitle: string, noHeadline: boolean): string | undefined {
  if (page.h1s.length > 0) return undefined
  const tabled = page.info.title
  // nor does a `<title>` that shares no word with the table's title row but the issuing body's name: a directory
  // system's (`甘肃省民政厅政府信息公开目录系统` over `发文机关：甘肃省民政厅`, `名　　称：甘肃省民政厅关于做好…的通知`: zh-gov g218
  // of session 49's unseen round)
  const unrelated = unrelatedTitle(docTitle, tabled, page.info.source)
  return page.info.headerTitle ?? (noHeadline || unrelated ? tabled : undefined)
}

/**
 * With no `<h1>`, a thread's subject bar (../subject-bar.ts) longer than every part of the `<title>`: the `<title>`
 * names the site or its board (`台灣手工皂同好會`, `笨港溪文史工作室 -- 討論區`), never the thread, whose subject only the bar
 * prints (zh-blogs b597, b584 of sessions 63 and 62's unseen rounds). A `<title>` that holds the subject is the
 * thread's own.
 */
function barredSubject (page: Pick<TitleSources, '$' | 'h1s'>, docTitle: string): string | undefined {
  const body = page.$('body')[0]
  const subject = body === undefined || page.h1s.length > 0 ? undefined : subjectBar(bodyElements(body))
  if (subject === undefined) return undefined
  const parts = docTitle.split(ANNOUNCED_PARTS).map(p => normalizeLine(p))
  const longer = weightedLength(subject)
  return parts.every(p => weightedLength(p) < longer) ? subject : undefined
}

/**
 * Share of a `<title>`'s words (the issuing body's aside) that a table's title row must hold for the two to name one
 * document: a `<title>` that shortens or lengthens the title row keeps most of its words; a school's and its board's
 * name shares a place name at most (`新竹縣立竹湖國民中學--校園公告` over `公告標題 | 賀！本校學生參加新竹縣第四十七屆…`,
 * Taiwan schools' SFS3 board: zh-org o218 of session 59's unseen round).
 */
const RELATED_TITLE_SHARE = 1 / 3

/** Whether a `<title>` shares (almost) no word with a table's title row, the words of the issuing body's name aside. */
function unrelatedTitle (docTitle: string, tabled: string | undefined, issuer: string | undefined): boolean {
  if (tabled === undefined) return false
  const own = titleWords(issuer ?? '')
  const row = titleWords(tabled)
  const words = [...titleWords(docTitle)].filter(w => !own.has(w))
  return words.length === 0 || words.filter(w => row.has(w)).length < words.length * RELATED_TITLE_SHARE
}

/**
 * Whether the announced title names no headline: the site's name alone (by its words, or as the markup gives it:
 * `<meta name="SiteName">`, JSON-LD's publisher, the logo's or the banner's heading, with the host's name or not), or
 * a hacked site's gambling keywords alone (`澳门威尼斯人官网_北京赛车pk10开奖直播`).
 */
function namesNoHeadline (announced: string, docTitle: string, siteName: string | undefined): boolean {
  if (namesSiteOnly(announced) || isKeywordTitle(docTitle)) return true
  if (siteName === undefined) return false
  // the blog's name its banner prints, and the host's (`小蝸牛Emily的慢慢旅行 :: 無名小站`); after an `@` only a site's name
  // stands, the host's after the blog's (`北角慢行 @ Blogtown 博客鎮`, a Hong Kong blog host's classic template: zh-blogs
  // b469 of session 58's unseen round) as the blog's after a post's (`標題 @ 部落格 :: 痞客邦 ::`)
  const parts = announced.split(ANNOUNCED_PARTS).map(p => p.trim()).filter(p => p !== '')
  const hosted = AT_HOST.exec(announced)
  if (hosted !== null && sameName(hosted[1].trim(), siteName)) return true
  return parts.some(p => sameName(p, siteName)) && parts.every(p => sameName(p, siteName) || namesSiteOnly(p))
}

/** A name, then ` @ ` and the site that hosts it (`北角慢行 @ Blogtown 博客鎮`). */
const AT_HOST = /^([^@]+)\s@\s[^@]+$/u

/**
 * The fewest characters (white space and punctuation left out) a title-classed headline shares in one run with a part
 * of the `<title>`, and the least share of the shorter of the two, for the two to tell the same story.
 */
const SAME_STORY_RUN = 6
const SAME_STORY_SHARE = 0.6
/** Longest texts compared for a shared run (characters): a headline and a `<title>`. */
const SAME_STORY_MAX = 250
/**
 * A labelled field of data/metadata-labels.json (`作者：`, `Date:`) or a counter's: a headline's box that holds its info
 * line too, no headline alone. Not any colon: a headline quotes its speaker after one (`羅斯密圖書館中文藏書倍增 華裔家長：孩子學中文有好去處`,
 * a `<td class="headline">` under a `<title>` that cuts it short: zh-news n212 of session 39's unseen round).
 */
const LABELLED_FIELD = labelRe(LABELS)
/** A counter's field (`回覆：20 評分：38`, a forum's thread head). */
const COUNT_FIELD = /\p{L}[:：]\s*\d/u
const holdsField = (text: string): boolean => LABELLED_FIELD.test(text) || COUNT_FIELD.test(text)

/**
 * The headline a title-classed element prints (`titleClassed`) when it tells the story a part of the `<title>` tells
 * in other words: a run of at least `SAME_STORY_RUN` characters in common, at least `SAME_STORY_SHARE` of the shorter
 * text (`<td class="main_ArticleTitle">在日华人联合义演赈灾 一晚募款逾三千万日元` under `侨社动态--在日华人联合义演赈灾--…`,
 * `<td class=title>出租车运价调整听证会昨举行` under `起步价拟由7元调至8元 出租车运价调整听证会昨举行--江城在线`): the page's own.
 * Not a box that holds the info line too (a label), nor the title with only a time or a count after it (`【16:15】`),
 * nor the main title of a `<title>` that runs its subtitle on after it.
 */
/** A Chinese headline, an ASCII comma and a space, then more words: a template's join of a topic and a description. */
const DESCRIBED = /\p{Script=Han}, \S/u

function sameStoryClassed ($: CheerioAPI, announced: string): string | undefined {
  const classed = titleClassed($)
  if (classed === undefined || (holdsField(classed) && !holdsField(announced))) return undefined
  const a = storyChars(classed)
  if (a.length > SAME_STORY_MAX) return undefined
  const words = a.replace(/\d+/g, '').length
  // the topic's description joined after an ASCII comma (`<b>養巴西龜三年，終於搞清楚…</b>, 附燈具比較相片`, Invision Board
  // 1's title bar under `<title>论坛名 -> 主题`: zh-blogs b438 of session 55's unseen round): the topic the `<title>` ends
  // with
  const described = DESCRIBED.exec(classed)
  const topic = described === null ? '' : classed.slice(0, described.index + 1)
  if (topic !== '' && announced.endsWith(topic) && announced.length > topic.length) return topic
  for (const part of storyParts(announced, classed)) {
    const b = storyChars(part)
    if (b.length > SAME_STORY_MAX) continue
    const run = longestCommonRun(a, b)
    const shared = (run >= SAME_STORY_RUN && run >= SAME_STORY_SHARE * Math.min(a.length, b.length)) ||
      sharesWords(a, b)
    // the `<title>` runs the subtitle on after the printed main title (`途牛发布春节出游调查报告 六成受调者选择自助游`): its
    // whole is the fuller headline; a kicker before it is not (`起步价拟由7元调至8元 出租车运价调整听证会昨举行`)
    const subtitled = b.length > a.length && b.startsWith(a)
    if (shared && !subtitled && !(a.length > b.length && words <= run)) return classed
  }
  return kickerAbove($, announced, classed) ? classed : undefined
}

/** Nodes visited per character when a line's text is read for `kickerAbove` (a line is a few elements). */
const KICKER_NODES_PER_CHAR = 2

/**
 * Whether a part of the `<title>` is printed as the line right above the title-classed or large-type headline, its
 * element's next sibling: a kicker over the headline (引题, `<tr><td class="font02">我市农村饮水安全工程全面铺开</td></tr><tr>
 * <td class="font01">首批四十二个村年底喝上“放心水”</td></tr>` under `<title>我市农村饮水安全工程全面铺开--沅州日报网络版`, a party
 * daily's web edition of 2005 whose `<title>` holds the kicker alone: zh-news n413 of session 53's unseen round).
 */
function kickerAbove ($: CheerioAPI, announced: string, classed: string): boolean {
  const body = $('body')[0]
  const parts = new Set(announced.split(ANNOUNCED_PARTS).map(p => normalizeLine(p))
    .filter(p => p.length >= MIN_HEADLINE))
  if (body === undefined || !isElement(body) || parts.size === 0) return false
  // most elements' lines cannot be a part: their first shown character is none of the parts' (no text is read)
  const firsts = new Set([...parts].map(p => p.charAt(0)))
  const max = SAME_STORY_MAX
  for (const el of bodyElements(body)) {
    const first = firstShownChar(el)
    if (first === undefined || !firsts.has(first)) continue
    let next = el.next
    while (next !== null && !isElement(next) && (!isText(next) || next.data.trim() === '')) next = next.next
    if (next === null || !isElement(next)) continue
    const line = boundedText(el, max, max * KICKER_NODES_PER_CHAR)
    if (line === undefined || !parts.has(line)) continue
    if (boundedText(next, max, max * KICKER_NODES_PER_CHAR) === classed) return true
  }
  return false
}

const storyChars = (s: string): string => s.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '')

/**
 * The `<title>`'s parts a headline is compared with: each part, and a part's piece after a full-width colon whose
 * name before it the headline does not print (a blog's name before its post's title: `騎樓下的雨天：停電的那晚，七根蠟燭 -
 * PChome 個人新聞台`, zh-blogs b239 of session 42's unseen round).
 */
function storyParts (announced: string, classed: string): string[] {
  return announced.split(ANNOUNCED_PARTS).flatMap(p => {
    const colon = p.indexOf('：')
    // (a name the printed headline holds too is the headline's speaker: `勞委會：春節連假勞安不鬆懈`)
    return colon > 0 && !classed.includes(p.slice(0, colon).trim()) ? [p, p.slice(colon + 1)] : [p]
  })
}

/**
 * The fewest pairs of characters, and the least share of the `<title>` part's pairs, a title-classed headline must
 * hold for the two to tell one story in other words (`面板廠擴大減產 第四季稼動率恐跌破五成` under `面板減產潮擴大 Q4稼動率恐剩五成`:
 * 7 of 15; `英国移民新政出台 计点积分制将分阶段实施` under `移民新政：五级计点积分制出台`: 8 of 12; zh-news n114, n118 of
 * session 36's unseen round). Chinese words are mostly two characters: pairs are what two wordings of a story share.
 */
const SAME_STORY_PAIRS = 5
const SAME_STORY_PAIR_SHARE = 0.45
/**
 * The least share of the headline's own pairs: a notice of another kind shares a document type's words and little
 * else (`普通對外入職開考通告（技術員職程第一職階二等技術員）` beside `環境衛生技術員開考通告`: 5 of its 23).
 */
const SAME_STORY_HEADLINE_SHARE = 0.3
/** Whether most of a text's characters are Han. */
const mostlyHan = (s: string): boolean => (s.match(/\p{Script=Han}/gu)?.length ?? 0) * 2 > s.length

/**
 * Whether the `<title>` part `b` shares enough pairs of characters with the headline `a` (both `storyChars`), both
 * Chinese: in a Latin script two characters are no word, and any two English headlines share many pairs.
 */
function sharesWords (a: string, b: string): boolean {
  if (b.length < SAME_STORY_PAIRS + 1 || !mostlyHan(a) || !mostlyHan(b)) return false
  const pairs = new Set<string>()
  for (let i = 0; i + 1 < a.length; i++) pairs.add(a.slice(i, i + 2))
  const own = new Set<string>()
  for (let i = 0; i + 1 < b.length; i++) own.add(b.slice(i, i + 2))
  let shared = 0
  for (const p of own) if (pairs.has(p)) shared++
  return shared >= SAME_STORY_PAIRS && shared >= SAME_STORY_PAIR_SHARE * own.size &&
    shared >= SAME_STORY_HEADLINE_SHARE * pairs.size
}

/** The length of the longest run of code units two short strings share (dynamic programming, one row). */
function longestCommonRun (a: string, b: string): number {
  let best = 0
  const row = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : 0
      if (row[j] > best) best = row[j]
      diagonal = above
    }
  }
  return best
}

/**
 * Whether every part of a `<title>` is a Chinese organization's name (`南湖理工大学经济与管理学院`, `青禾慈善基金会`):
 * Han text ending in a unit's word, so never a headline with its site after an unspaced dash.
 */
function namesOrganizationOnly (title: string): boolean {
  const parts = title.split(ANNOUNCED_PARTS).map(p => p.trim()).filter(p => p !== '')
  return parts.length > 0 && parts.every(isChineseOrganization)
}


/**
 * The headline of a page with no `<h1>` under a `<title>` that names only the site and its sections: the longest
 * text of an element whose class or id says title (`<td class="doctitle">`, old government templates' title cell),
 * of a classed `<h2>`/`<h3>` (`<h3 class="ewb-article-tt">`, a trading centre's notice), or of an element the page
 * sets in large type whatever its name (large-type.ts: `<td class="t18">` under `.t18 { font-size:20px }`,
 * `<td class="ztbt">`, `<font size="5">`: zh-gov g97, zh-news n127, n138 of session 37's unseen rounds), outside
 * links and sidebars. A box's title (`通知公告`, `最新信息`) is shorter than a document's.
 */
function titleClassed ($: CheerioAPI): string | undefined {
  // asked up to four times for a page with no `<h1>` (the title, its story, its date and byline): walked once
  if (largeType?.$ === $ && largeType.classed !== undefined) return largeType.classed ?? undefined
  const best = classedHeadline($)
  if (largeType?.$ === $) largeType.classed = best ?? null
  return best
}

/**
 * Whether an element is set as a heading or classed a title (`named`: its class and id); a subtitle's class names a
 * title too (`newssubtitle`): it is the line under the headline.
 */
const titleClassedAs = (el: Element, named: string): boolean => named !== '' &&
  (SUBHEADING_TAGS.has(el.name) || titleNamed(named)) && !SUBTITLE.test(named)

/**
 * A headline after its topic's link and a colon (`<span class="itemTitle"><a href="…?storytopic=3">衛教天地</a>: 夏日預防
 * 腸胃炎 飲食衛生五要點</span>`, XOOPS's news module: zh-org o117 of session 45's unseen round): the text after the
 * colon; undefined for any other element.
 */
function afterTopicLink (el: Element): string | undefined {
  if (el.children.filter(c => !isText(c) || c.data.trim() !== '').length !== 2) return undefined
  const topic = linkBeforeColon(el)
  return topic === undefined ? undefined : normalizeLine(topic.after)
}

/**
 * The text a title-classed or large element gives as a headline: a line break inside it a space, a subtitle classed
 * inside it no part of it (`headingText`); undefined for one holding a link elsewhere, but a topic's before a colon.
 */
function headlineTextOf (el: Element, classed: boolean): string | undefined {
  const topical = classed ? afterTopicLink(el) : undefined
  if (topical !== undefined) return topical
  return elementsOf(el).some(e => e.name === 'a' && !linksPage(e)) ? undefined : headingText(el)
}

/**
 * The page's description (`<meta name="description">`, `og:description`), its white space one space: a review site
 * quotes the review's title in it (`祥興糕品 深水埗 北河街 食評: 四十年老字號，砵仔糕仲係五蚊一個`).
 */
function pageDescription ($: CheerioAPI): string {
  const meta = $('meta[name="description" i], meta[property="og:description"]').toArray()
  return meta.map(m => normalizeLine(attr(m, 'content'))).join(' ')
}

/**
 * The headline a title-classed or large element offers, outside links and skipped parts. A title-classed element in a
 * part read as comments is a comment's, unless the page's description quotes it (`quoted`): a review site's review is
 * its `comment` (`<span class="comment_title"><b>四十年老字號…</b></span>` in OpenRice's `table.commentbox`, quoted after
 * `食評:` in the description: zh-blogs b612 of session 64's unseen wave).
 */
function offeredText (el: Element, classed: boolean, quoted: (text: string) => boolean): string | undefined {
  if (insideLink(el)) return undefined
  const skipped = inSkipped(el)
  if (skipped && !classed) return undefined
  const text = headlineTextOf(el, classed)
  return text === undefined || (skipped && !quoted(text)) ? undefined : text
}

function classedHeadline ($: CheerioAPI): string | undefined {
  let best: string | undefined
  const body = $('body')[0]
  if (body === undefined) return undefined
  const large = pageLargeType()
  let description: string | undefined
  const quoted = (text: string): boolean => (description ??= pageDescription($)).includes(text)
  for (const el of bodyElements(body)) {
    const named = classAndId(el)
    const classed = titleClassedAs(el, named)
    const sized = !classed && printsLarge(el, large)
    if (!classed && !sized) continue
    const text = offeredText(el, classed, quoted)
    if (text === undefined) continue
    const weight = weightedLength(text)
    if (weight < CLASSED_TITLE_MIN || weight > CLASSED_TITLE_MAX) continue
    // large type alone may set a lead sentence: a headline ends with no full stop; and no headline holds a Chinese
    // full stop inside it: a box's title with its note (`网友评论：（只显示最新10条。评论内容只代表网友观点…！）` in
    // PowerEasy's comment box, longer than the article's title: zh-org o64 of session 39's unseen round)
    // nor with a colon: a line leading into a list or a table (`…不得超过下表所列水平：` in a notice pasted from Word, all
    // in 16pt: zh-gov g201 of session 47's second wave)
    if ((sized && leadsIn(text)) || text.includes('。') || !HEADLINE_WORDS.test(text)) continue
    if (notHeadline(text)) continue
    if (best === undefined || weight > weightedLength(best)) best = text
  }
  return best
}

/**
 * Texts set as a title that are no headline: a blog's date header over its posts (`<h2 class="date-header">2004年10月17日
 * 星期日</h2>`, Blogger's and BlogDriver's templates: zh-blogs b191 of session 41's unseen round), a bilingual banner, a
 * name in Han and then its Latin rendering alone (`民政總署Instituto para os Assuntos Cívicos e Municipais` set large in a
 * Macau bureau's header: zh-gov g150; a university's), a reply's subject, and a blog's name in its owner's form (`<h3
 * class="moduleHead">小满的碎碎念</h3>` over a sidebar's module, a MySpace China-style blog: zh-blogs b468 of session 58's
 * unseen round; the headline is the `<title>`'s part after it).
 */
const notHeadline = (text: string): boolean =>
  isDatesOnly(text) || BILINGUAL_NAME.test(text) || REPLY_SUBJECT.test(text) || blogOwner(text) !== undefined
/**
 * A reply's subject (`回复：西城墙根的修车摊…` over each reply of a LeadBBS thread, longer than the first post's own
 * subject: zh-blogs b221 of session 41's unseen round; `Re: …`, `回覆：`).
 */
const REPLY_SUBJECT = /^(?:回复|回覆|答复|答覆|re)\s*[:：]/iu
/** A Han name, then Latin words alone: an organisation's name with its rendering in Portuguese or English. */
const BILINGUAL_NAME = /^[\p{Script=Han}\s·]{2,20}\p{Script=Latin}[\p{Script=Latin}\s.,'’&()-]{7,}$/u

/**
 * Words a headline holds: two letters or Han characters in a row. A price with its change set large in a sidebar's
 * box (`28.65 +0.35 +1.24%`, a listed company's stock widget: zh-org o75 of session 40's unseen round) holds none.
 */
const HEADLINE_WORDS = /\p{L}{2}/u
/**
 * Whether a text set large ends as a sentence or a lead-in does, so is no headline: a full stop, or a colon; a question
 * only when it is longer than a headline (`強制驗樓：業界準備好了嗎？` set in `<font size="5">` is one: zh-org o137 of
 * session 47's unseen round).
 */
function leadsIn (text: string): boolean {
  const question = QUESTION_END.test(text) && weightedLength(text) <= QUESTION_HEADLINE_MAX
  return (SENTENCE_END.test(text) && !question) || LEAD_IN_END.test(text)
}
/** A question mark ending a text, and the longest such text set large that is a headline (Latin-equivalent: 24 Han). */
const QUESTION_END = /[？?](?:[”」』"）)]*)$/u
const QUESTION_HEADLINE_MAX = 60
/** A colon ending a text set large: a line that leads into what follows it (a list, a table), no headline. */
const LEAD_IN_END = /[：:]$/u
/** A sentence's end: a text set large that ends so is a lead or a notice, not a headline. */
const SENTENCE_END = /[。！？!?](?:[”」』"）)]*)$|[a-z]{2}\.$/u

/**
 * Whether a link leads to the page itself (its address, the fragment aside): a blog's post title linked as its own
 * permalink (`<h3 class="title"><a href="…/blog/ahkai0912/8812345">` on that address, Wretch: zh-blogs b273 of session
 * 43's unseen round) is the headline, not a link away.
 */
function linksPage (a: Element): boolean {
  const url = largeType?.url
  const href = attr(a, 'href')
  return url !== undefined && href !== '' && linksAddress(href, url)
}

/**
 * The date and byline beside the headline (`headlineInfo`). With no `<h1>` and no info line, a title-classed headline
 * with both a date and a byline right beside it is the headline they belong to (`<td class="news_title">` over
 * `2010/09/21 17:35　記者張雅琪∕台南報導`, a Taiwan radio network's: zh-news n128 of session 37's unseen round), and
 * `classed` gives it. A date alone beside such an element may be a sidebar box's: it will do only when the `<title>`'s
 * headline is printed nowhere (a wire's `<title>` rewording `東港今年首尾黑鮪魚進港　每公斤四千二百元拍出` in other figures,
 * over `環島社　2004/05/07 12:18`: zh-news n149 of session 38's unseen round; n116, zh-gov g78, WCXB 0462 too).
 */
function nearHeadline (
  page: Page, body: Element | undefined, info: InfoFields
): { near: HeadlineInfo, classed?: string } {
  // a `<title>` that names the organisation alone is printed in its signature too (`江岚省发展和改革委员会` over
  // `二〇一二年六月二十日` closing a notice: zh-gov g201 of session 47's second wave): no headline's line to look beside
  // nor one a thread's subject bar outweighs (`barredSubject`): the bar is the headline's line
  const barred = barredSubject(page, page.docTitle)
  const titled = barred !== undefined || namesOrganizationOnly(page.docTitle) ? '' : page.docTitle
  const near = headlineInfo(body, titled, barred === undefined ? page.h1s : [barred])
  if (page.h1s.length > 0 || info.date !== undefined || (near.date !== undefined && near.byline !== undefined)) {
    return { near }
  }
  const classed = titleClassed(page.$)
  if (classed === undefined) return { near }
  // nor when it names the site or the blog alone: its line is the banner's (`蓁蓁的柿子樹下 - 網社群部落格` over `<div
  // class="blog_name">`, a top bar's day beside it: zh-blogs b588 of session 63's unseen round), no headline's
  const siteTitled = namesNoHeadline(page.docTitle, page.docTitle, page.siteName)
  const beside = headlineInfo(body, siteTitled ? '' : titled, [classed])
  // a date alone will do when the `<title>`'s headline is printed nowhere (nothing beside it was found)
  const unanchored = siteTitled || (near.headline === undefined && near.date === undefined && near.byline === undefined)
  return beside.date !== undefined && (beside.byline !== undefined || unanchored) ? { near: beside, classed } : { near }
}

/** Most characters of a badge read before a headline (`原`, `转`, `置顶`). */
const BADGE_MAX = 2
/** A badge's characters: Han alone (a Latin word or a number before a headline is the headline's). */
const BADGE = /^\p{Script=Han}+$/u
/** A board's or a blog's name in square brackets closing a `<title>` part (`【考研吧】`). */
const BOARD_AFTER = /\s*【[^【】]{1,12}】\s*$/u
/** Fewest characters of a `<title>` part that vouches for a headline without its badge. */
const BADGE_TITLE_MIN = 6

/**
 * A headline read with a badge's character or two before it (`原Nginx 反向代理后…` from `<h2><span class="blog_type
 * original">原</span>Nginx …</h2>`, an OSChina space blog: zh-blogs b220 of session 41's unseen round), where a part of
 * the `<title>` is the headline alone: that part; else undefined.
 */
function withoutBadge (title: string | undefined, docTitle: string): string | undefined {
  if (title === undefined) return undefined
  // a part with the board's name in brackets after it (`二战上岸…【考研吧】_百度贴吧`, Tieba: zh-blogs b328 of session 47's
  // second wave) vouches for the headline without it
  const parts = docTitle.split(ANNOUNCED_PARTS).flatMap(part => {
    const bare = part.replace(BOARD_AFTER, '')
    return bare === part ? [part] : [part, bare]
  })
  for (const part of parts) {
    const p = normalizeLine(part)
    const extra = title.length - p.length
    // a badge is a Han word glued before the headline (`原`, `转`, `置顶`), never a Latin word or a number (`A `, `5 `)
    // the badge's element apart from the headline's text reads as a space between them (`原 Nginx …`)
    const badge = extra >= 1 ? title.slice(0, extra).trim() : ''
    if (p.length >= BADGE_TITLE_MIN && badge.length >= 1 && badge.length <= BADGE_MAX && title.endsWith(p) &&
      BADGE.test(badge)) return p
  }
  return undefined
}

/** A badge element's marks: an icon's or a label's class (`ico`, `icon`, `badge`, `tag`, `label`, `flag`, `type`). */
const BADGE_CLASS = /(?:^|[\s_-])(?:ico|icon|badge|tag|label|flag|type)(?:$|[\s_-])/i

/**
 * A headline read with a badge before it, where the badge is an element of its own at the head of the `<h1>`: an
 * icon's or a label's class, or a `title` that names it (`<h1><span class="ico ico-original" title="原创">原</span>记一次
 * MySQL 主从延迟的排查过程</h1>`, an OSChina space whose `<title>` words the headline otherwise: zh-blogs b338 of session
 * 48's unseen round): the `<h1>`'s text after it; else undefined. The badge is a Han word of `BADGE_MAX` characters at
 * most, and what stays is a headline's length.
 */
function afterBadgeElement ($: CheerioAPI, title: string | undefined): string | undefined {
  if (title === undefined) return undefined
  const h1 = h1Printing($, title)
  const first = h1?.children.find(c => !isText(c) || c.data.trim() !== '')
  if (first === undefined || !isElement(first)) return undefined
  const badge = normalizeLine(textOf(first))
  const marked = BADGE_CLASS.test(first.attribs.class ?? '') || (first.attribs.title ?? '').includes(badge)
  if (!marked || badge.length === 0 || badge.length > BADGE_MAX || !BADGE.test(badge)) return undefined
  const rest = normalizeLine(title.slice(title.indexOf(badge) + badge.length))
  return rest.length >= BADGE_TITLE_MIN && title.startsWith(badge) ? rest : undefined
}

/** Characters of a title a text node must hold to be looked at as the line printing it. */
const SUBTITLE_PROBE = 6
/** Characters a subtitle's line may hold beyond the title read (its dash, a last word: `――…竹器铺见闻`). */
const SUBTITLE_EXTRA = 8
/** Fewest and most characters of the headline over a subtitle; elements read for its text. */
const OVER_SUBTITLE_MIN = 4
const OVER_SUBTITLE_MAX = 40
const OVER_SUBTITLE_NODES = 40
/** Parts of a `<title>` looked for as a subtitle's line, at most: each is a walk of the page's text. */
const SUBTITLE_TITLE_PARTS = 3
/** A tag in brackets before a `<title>`'s headline (`[组图]`, `【视频】`). */
const TITLE_TAG_BEFORE = /^\s*(?:\[[^\]]{1,6}\]|【[^】]{1,6}】)\s*/u

/**
 * The headline printed over the line the title was read from, where that line is the headline's subtitle: a page
 * with no `<h1>` whose `<title>` carries the subtitle's words (`<title>[组图]沅溪古镇最后一家手工竹器铺_图片新闻_…` over
 * `<td class="font_title">竹篾声里守老街</td>` and the row `――沅溪古镇最后一家手工竹器铺见闻`; `<font size="5"><b>小校拉出大聲音`
 * over `<font size="3">專訪竹坑國小校長林素貞`, the `<title>`'s part: zh-news n329, n331 of session 43's unseen round). The
 * line above must be set apart as a headline (title-classed, in larger type or bold where the subtitle is not) or the
 * title's line written as a subtitle (a dash first); no date, link or full stop in it, and no part of the `<title>`
 * (a section's name above the headline is one). Undefined otherwise.
 */
function headlineOverSubtitle (body: Element, given: string, docTitle: string): string | undefined {
  // the title as read so far may still be the whole `<title>` (its parts and tags are taken off later): each part,
  // a tag in brackets before it off (`[组图]`)
  let line: Element | undefined
  let title = ''
  for (const part of given.split(ANNOUNCED_PARTS, SUBTITLE_TITLE_PARTS)) {
    // the subtitle's line itself, its dash first, as the title read so far (a shown line telling the `<title>`'s story:
    // `——2014年一季度秦川省…分析`, zh-gov g170 of session 44's second wave): read without its dash
    title = normalizeLine(part.replace(TITLE_TAG_BEFORE, '').replace(SUBTITLE_DASH, ''))
    const probe = title.slice(0, SUBTITLE_PROBE)
    line = probe.length < SUBTITLE_PROBE || !HAN.test(probe) ? undefined : titleLine(body, title, probe)
    if (line !== undefined) break
  }
  if (line === undefined) return undefined
  const prev = lineAbove(line)
  if (prev === undefined) return undefined
  const above = boundedText(prev, OVER_SUBTITLE_MAX, OVER_SUBTITLE_NODES)
  if (above === undefined || above.length < OVER_SUBTITLE_MIN || !HAN.test(above) || /[。：:]/u.test(above) ||
    findDate(above) !== null || docTitle.includes(above) || elementsOf(prev).some(e => e.name === 'a')) return undefined
  const dashed = SUBTITLE_DASH.test(boundedText(line, title.length + SUBTITLE_EXTRA, OVER_SUBTITLE_NODES) ?? '')
  return dashed || standsOut(prev, line) ? above : undefined
}

/** The element before a line that shows some text (blank rows and spacers passed), outside skipped parts. */
function lineAbove (line: Element): Element | undefined {
  for (let prev = line.prev; prev !== null; prev = prev.prev) {
    if (!isElement(prev)) continue
    const text = boundedText(prev, OVER_SUBTITLE_MAX, OVER_SUBTITLE_NODES)
    if (text === '') continue
    return inSkipped(prev) ? undefined : prev
  }
  return undefined
}

/**
 * The outermost element printing `title` alone (its text the title, a dash before it or a word after it at most):
 * found from the first text node outside a link holding the title's first characters, walked up while the text stays
 * that line.
 */
function titleLine (body: Element, title: string, probe: string): Element | undefined {
  const max = title.length + SUBTITLE_EXTRA
  for (const el of bodyElements(body)) {
    if (!el.children.some(c => isText(c) && c.data.includes(probe))) continue
    // a link to the story (an e-paper's list of the page's stories, a related list) is no line printing it
    if (el.name === 'a' || insideLink(el)) continue
    const own = boundedText(el, max, OVER_SUBTITLE_NODES)
    if (own === undefined || !own.replace(SUBTITLE_DASH, '').startsWith(title) || inSkipped(el)) return undefined
    let line = el
    for (let p = el.parent; p !== null && isElement(p) && p.name !== 'body'; p = p.parent) {
      const text = boundedText(p, max, OVER_SUBTITLE_NODES)
      if (text !== own) break
      line = p
    }
    return line
  }
  return undefined
}

/** A `<font size>`'s number (`5`, `+2` read as 5), 0 when none. */
function fontSize (el: Element): number {
  let size = 0
  for (const e of [el, ...descendants(el, OVER_SUBTITLE_NODES)]) {
    const v = attr(e, 'size')
    const n = e.name === 'font' && v !== '' ? (/^[+-]/.test(v) ? 3 + Number(v) : Number(v)) : 0
    if (Number.isFinite(n) && n > size) size = n
  }
  return size
}

const BOLD_TAGS = new Set(['b', 'strong', 'h2', 'h3', 'h4'])
/** Whether an element's text is in bold or a heading (itself or below it). */
const bold = (el: Element): boolean =>
  BOLD_TAGS.has(el.name) || descendants(el, OVER_SUBTITLE_NODES).some(e => BOLD_TAGS.has(e.name))
/** Whether an element or one below it is classed a title (`font_title`, `newstitle`). */
const titleClassedLine = (el: Element): boolean => [el, ...descendants(el, OVER_SUBTITLE_NODES)]
  .some(e => titleNamed(classAndId(e)))

/** Whether the line above is set apart as a headline where the line below is not. */
function standsOut (above: Element, below: Element): boolean {
  if (titleClassedLine(above) && !titleClassedLine(below)) return true
  const a = fontSize(above)
  const b = fontSize(below)
  if (a > 0 && b > 0) return a > b
  return bold(above) && !bold(below)
}

/**
 * White space between two Han characters, or a Han character and a Chinese mark (`就<br>《…》`): where a headline's
 * lines were broken (`<br>`), read as a space.
 */
const HAN_OR_MARK = '[\\p{Script=Han}\\u3001-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20]'
const HAN_BREAK = new RegExp(`(?<=${HAN_OR_MARK})\\s+(?=${HAN_OR_MARK})`, 'gu')

/**
 * A Chinese headline broken over lines (`云川省人民政府办公厅<br>关于…的通知`) as the page runs it elsewhere, its
 * lines glued: a break the layout put inside a phrase (zh-gov g87, g158 of session 43's unseen round). The evidence is
 * a title the page announces (`ArticleTitle`, `<title>`: `…办公厅关于…的通知`), else a link's text that is the glued
 * headline whole, as a related list links the story itself (`…负责人就<br>《…办法》答记者问` under a `<title>` of site
 * and section: zh-gov g331 of session 63's unseen round). Where no such text has it glued, the space stands: two
 * lines of a headline that are two clauses (`…走廊變雜物房<br>消防屋宇突擊巡查`, zh-news n307).
 */
function asAnnounced ($: CheerioAPI, title: string, announced: readonly string[]): string {
  const glued = title.replace(HAN_BREAK, '')
  if (glued === title) return title
  const flat = announced.map(a => normalizeLine(a))
  if (flat.some(a => a.includes(title))) return title
  if (flat.some(a => a.includes(glued))) return glued
  return linkedWhole($, glued, title) ? glued : title
}

/** Dates looked for in a headline before its last one (a headline may name a day before its stamp). */
const STAMP_SEARCHES = 3
/** What may stand between a headline and the stamp printed after it: white space, a dash or a bar. */
const BEFORE_STAMP = /(?:\s|\s*[-–—|｜]\s*)$/u
/** A stamp's separator taken off the headline's end with it. */
const STAMP_SEPARATOR = /\s*[-–—|｜]?\s*$/u

/**
 * The headline without the post's stamp printed after it in the same element, once a date with its clock time ends
 * the text apart from it (`<span class="msgsubject">十四歲唐狗豆豆腎衰竭… - 5/14/2005 11:48:12 PM</span>`, ASPPlayground.NET;
 * `<div class="ArticleTitle">…<span class="ArticleTitleText">沪铜：…</span>&nbsp;<span class="ArticleTime">2007-8-13
 * 9:42:00</span></div>`, a portal blog: zh-blogs b622, zh-org o284 of session 64's unseen wave). A headline names a day
 * (`2024年3月5日国务院常务会议`), never the minute it was posted: a date without its time stays, as does a stamp glued to
 * the words, and a headline shorter than `MIN_HEADLINE` left.
 */
export function withoutStamp (title: string): string {
  let from = 0
  for (let i = 0; i < STAMP_SEARCHES; i++) {
    const d = findDate(title.slice(from))
    if (d === null) return title
    const at = from + d.index
    if (at + d.length < title.trimEnd().length) {
      from = at + d.length
      continue
    }
    if (!d.hasTime || at === 0 || !BEFORE_STAMP.test(title.slice(0, at))) return title
    const head = title.slice(0, at).replace(STAMP_SEPARATOR, '')
    return weightedLength(head) >= MIN_HEADLINE ? head : title
  }
  return title
}

/** Whether a link's text is the glued headline, and none is the headline with its breaks. */
function linkedWhole ($: CheerioAPI, glued: string, title: string): boolean {
  let found = false
  for (const a of $('a')) {
    const text = normalizeLine(textOf(a))
    if (text === title) return false
    if (text === glued) found = true
  }
  return found
}

/**
 * The title the page shows (into `hints.title`) and the date and byline beside its headline: the title first, so that
 * a headline printed in a title-classed or large-type element lends its date and byline (`besideShown`).
 */
export function titleAndNear (
  page: Page, hints: MetadataHints, body: Element | undefined, info: InfoFields
): HeadlineInfo {
  const { near, classed } = nearHeadline(page, body, info)
  const sources = { $: page.$, info, h1s: page.h1s, near, siteName: page.siteName, classed }
  const shown = shownTitle(hints.title, page.docTitle, sources)
  // a headline cut short with an ellipsis, printed whole elsewhere on the page (./truncated-title.ts); a badge's
  // character or two read before it (`<h2><span class="blog_type">原</span>Nginx …</h2>`)
  const title = shown ?? hints.title
  const whole = wholeTitle(title ?? '', body) ?? withoutBadge(title, page.docTitle) ?? afterBadgeElement(page.$, title)
  const chosen = whole ?? shown
  if (chosen !== undefined) hints.title = chosen
  if (hints.title !== undefined) hints.title = withoutStamp(asAnnounced(page.$, hints.title, page.announced))
  if (hints.title !== undefined && page.h1s.length === 0 && body !== undefined) {
    hints.title = headlineOverSubtitle(body, hints.title, page.docTitle) ?? hints.title
  }
  if (shown === undefined) return near
  return besideShown(page, body, info, near, shown)
}

/**
 * The date and the byline right beside the headline the page prints in a title-classed or large-type element, once
 * that element is the title read (`shownTitle`: the `<title>` names the site and section, or tells the story in other
 * words), each when neither an info line nor the `<title>`'s headline gave one (`<td class="t18">天水圍居民八千人聯署…
 * </td>` over `http://www.hwpnews.com 2010-05-12 00:12:34`: zh-news n138 of session 37's unseen round; an e-paper's
 * `<td class="font01">` head over its own row `本报记者　马振华　通讯员　王晓燕`, outside the article's table: n119); a
 * byline only before the article's text began (`lateByline`: a notice's heading `五、旁听和新闻报道`, zh-gov g79). A
 * date or a byline beside a title-classed element that is not the page's title may be a sidebar box's
 * (`nearHeadline`).
 */
function besideShown (
  page: Page, body: Element | undefined, info: InfoFields, near: HeadlineInfo, shown: string
): HeadlineInfo {
  const wantDate = near.date === undefined && info.date === undefined
  const wantByline = near.byline === undefined && info.author === undefined
  if (!(wantDate || wantByline) || page.h1s.length > 0 || body === undefined) return near
  if (titleClassed(page.$) !== shown) return near
  const beside = headlineInfo(body, page.docTitle, [shown])
  const out = { ...near }
  if (wantDate && beside.date !== undefined) out.date = beside.date
  if (wantByline && beside.byline !== undefined && beside.lateByline !== true) {
    out.byline = beside.byline
    if (beside.photographers !== undefined) out.photographers = beside.photographers
  }
  return out
}

/**
 * A page with no headline element of its own, titled by its whole `<title>`: the part of that title the page prints
 * as a text of its own (`貧血 小心大腸癌上身` under `貧血 小心大腸癌上身 - 自由電子報 即時新聞`), else undefined.
 */
function printedTitle (title: string | undefined, docTitle: string, printed: string | undefined): string | undefined {
  if (title !== docTitle || printed === undefined) return undefined
  return printed.length < docTitle.length && docTitle.includes(printed) ? printed : undefined
}
