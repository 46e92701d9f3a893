/**
 * The title hints: the announced titles (JSON-LD, meta tags, `<title>` parts), the page's headings and the
 * headline among them, and whether a heading or `<title>` names only the site or its sections.
 */
import type { CheerioAPI } from 'cheerio'
import type { MetadataHints } from '../../../draft.js'
import { attr, classAndId, elementsOf, isElement, textOf, type AnyNode, type Element } from '../dom.js'
import { blogOwner } from '../../../text/title-owner.js'
import { endsLikeOrg, isChineseOrganization } from '../../../text/org-names.js'
import { normalizeLine } from '../short-text.js'
import { findDate } from '../../../text/date.js'
import { feedNames, readHeadings, type Headings } from '../headings.js'
import { inDiscussion } from '../discussion.js'
import { isKeywordTitle } from '../../../text/spam-lexicon.js'
import { crumbHeadline, crumbSections } from '../crumb-title.js'
import { endsLikeSiteName, isLanguageEdition } from '../../../text/site-words.js'
import { ENGLISH_MONTH, escapeRegExp, weightedLength } from '../../../text/index.js'
import { spacedText } from './dom-helpers.js'
import { bodyElements } from './page-cache.js'
import { inSkipped } from './regions.js'
import { ANNOUNCED_PARTS, MIN_HEADLINE, titleNamed } from './title-parts.js'
import { SUBHEADING_SELECTOR, metaValue, type MetaTags } from './tags.js'
import { str, type JsonObject } from './json-ld.js'
import type { Page } from './page.js'
import { docTitleSite, sameName } from './names.js'

/** A post's heading a level lower, under a site's logo: read only as a whole part of the announced title. */
const POST_HEADING_SELECTOR = 'body h4'

/** Longest lone `<h1>` taken as the headline, in characters. */
export const MAX_HEADLINE = 200
/**
 * Shortest lone `<h1>` taken as the headline, in characters: shorter ones are a logo's or a section's name as often
 * (`天涯` on `冬至_天涯杂谈_天涯论坛`, which shares its word).
 */
const MIN_LONE_HEADLINE = 4
/** An `<h1>` is the announced title's when it has at least this share of its length (the shorter of 80). */
const H1_SHARE = 0.5
const H1_SHARE_CAP = 80

/**
 * Words of two letters or more, lower case, and each two Han characters in a row (a run of one alone): what two
 * titles share when about one thing. Most Chinese words are two characters; one character in common is chance
 * (`相关新闻` and `…治理年关欠薪` share `关` and nothing else).
 */
export function titleWords (s: string): Set<string> {
  const words = s.toLowerCase().replace(/\p{Script=Han}/gu, ' ').split(/[^\p{L}\p{N}]+/u).filter(w => w.length >= 2)
  const han = (s.match(/\p{Script=Han}+/gu) ?? []).flatMap(run => run.length === 1
    ? [run]
    : Array.from({ length: run.length - 1 }, (_, i) => run.slice(i, i + 2)))
  return new Set([...words, ...han])
}

/**
 * A lone `<h1>` that is not the article's headline: the site's name (a logo heading), or a shorter heading that
 * shares no word with any title the page announces (JSON-LD `headline`, `og:title`, `twitter:title`, `<title>`):
 * a blog's or a section's name (`Our BLOG`, `Web Designs`), an author's name heading a personal site. (A page
 * whose every announced title is the site's name announces nothing longer than its headline.)
 */
function isOtherHeading (h1: string, page: Page, announced: readonly string[]): boolean {
  if (isSiteHeading(h1, page.siteName, page.docTitle) || namesSection(h1, page.docTitle)) return true
  // a hacked site's `<title>` of gambling keywords names no headline either (`澳门新葡京娱乐场-皇冠体育投注官网`), nor
  // does one of the site and its sections (`康體及文娛事務署 - 新聞公報` over a press release's `<h1 class="prtitle">`:
  // zh-gov g195 of session 47's unseen round), unless the `<h1>` is one of its parts
  const noHeadline = (a: string): boolean => namesSiteOnly(a) || isKeywordTitle(a) ||
    (namesSiteAndSections(a) && !a.split(ANNOUNCED_PARTS).some(p => sameName(p.trim(), h1)))
  if (!announced.some(a => a.length > h1.length) || announced.every(noHeadline)) return false
  const words = titleWords(h1)
  return !announced.some(a => [...titleWords(withoutOwnerParts(a))].some(w => words.has(w)))
}

/**
 * An announced title without its parts that name the blog's owner (`一模考砸了，妈妈没有骂我 - ゞ小橘子ぺ的日志 - 51.com`
 * -> `一模考砸了，妈妈没有骂我 - 51.com`): a space's name made of the owner's words (`<h1>ゞ橘子味的夏天ぺ</h1>`) shares them
 * with that part alone, no headline's word (zh-blogs b133 of session 39's unseen round).
 */
function withoutOwnerParts (title: string): string {
  const parts = title.split(ANNOUNCED_PARTS)
  const kept = parts.filter(p => blogOwner(p) === undefined)
  return kept.length === parts.length || kept.length === 0 ? title : kept.join(' ')
}

/** Longest section name read from a `<title>` of two parts (weighted: four Han characters, `通知公告`, `新聞稿`). */
const SECTION_NAME_MAX = 10

/**
 * Whether the `<h1>` is a later part of the `<title>`, after a longer first one: the section's name the page heads
 * itself with (`<h1>投资者关系</h1>` under `<title>关于签订日常经营重大合同的公告 - 投资者关系 - 某某股份有限公司`). Of a
 * `<title>` of two parts only when it names the site and its section and the `<h1>` is a section's word or two
 * (`SECTION_NAME_MAX`: `醫院服務管理局 - 新聞稿` over `<h1>新聞稿</h1>`, a Hong Kong authority's press release: zh-gov g306
 * of session 61's unseen round): else its last part is as often the site's name, printed in the logo's `<h1>`, or a
 * short headline after a blog's name (`小刀的网络日志 - 五一装机记`: zh-blogs b07).
 */
export function namesSection (h1: string, docTitle: string): boolean {
  const parts = docTitle.split(ANNOUNCED_PARTS).map(p => p.trim()).filter(p => p !== '')
  const twoParts = parts.length === 2 && weightedLength(h1) <= SECTION_NAME_MAX && namesSiteAndSections(docTitle)
  return (parts.length >= 3 || twoParts) &&
    parts.slice(1).some(p => sameName(p, h1)) && weightedLength(parts[0]) > weightedLength(h1) &&
    !sameName(parts[0], h1)
}

/**
 * Whether an announced title names the site alone, every part of it a site's or paper's name or a language edition
 * (`明報新聞網 - 每日明報 daily news` on every Ming Pao article, `Feiyun County People's Government Website--English
 * Version`): no headline, so it says nothing of the page's `<h1>`.
 */
export function namesSiteOnly (title: string): boolean {
  const parts = title.split(SITE_PARTS).map(p => p.trim()).filter(p => p !== '')
  return parts.length > 0 &&
    parts.every(p => endsLikeOrg(p) || endsLikeSiteName(p) || isLanguageEdition(p) || bilingualOrganization(p))
}

/**
 * An organisation's Chinese name followed by its name in a European language (`澳門特別行政區政府新聞局 Gabinete de
 * Comunicação Social do Governo da RAEM`, a Macau office's `<title>`: zh-gov g287 of session 59's second unseen round;
 * `寶翠山醫院 Po Chui Shan Hospital`): the organisation, no headline.
 */
function bilingualOrganization (part: string): boolean {
  const han = LATIN_NAMED.exec(part)?.[1]
  return han !== undefined && (endsLikeOrg(han) || isChineseOrganization(han) || endsLikeSiteName(han))
}

// `Blog: Title`, `Title: Title`, `Dec 18 2025 Title`: a label or a date before the title the page announces
const HEADLINE_LABEL = new RegExp(
  `^(?:[\\p{L}\\s]{1,20}:|${ENGLISH_MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\s*`, 'iu'
)

// what follows a headline in an announced title: a separator, then a site's or a section's name (Chinese titles
// write `_` and `|` without spaces: `冬至_天涯杂谈_天涯论坛`)
const AFTER_HEADLINE = /^\s*(?:(?:[-–—|｜•·»:]|::)\s|[_|｜])/u

/** Whether an announced title is `head`, or `head` with a site's name after a separator (`Head - The Go Blog`). */
function announces (title: string, head: string): boolean {
  if (sameName(title, head)) return true
  const t = title.toLowerCase()
  const h = head.toLowerCase().trim()
  return weightedLength(h) >= MIN_HEADLINE && t.startsWith(h) && AFTER_HEADLINE.test(title.slice(h.length))
}

/** The lone `<h1>` without a label or date before the announced title (`Blog: Headline` -> `Headline`). */
function unlabelled (h1: string, announced: readonly string[]): string {
  const m = HEADLINE_LABEL.exec(h1)
  if (m === null) return h1
  const rest = h1.slice(m[0].length)
  return announced.some(a => announces(a, rest)) ? rest : h1
}

/** The titles the page announces: JSON-LD `headline`, a CMS's, `og:title`, `twitter:title`, `<title>`. */
export function announcedTitles (
  article: JsonObject | undefined, cmsTitle: string | undefined, meta: MetaTags, docTitle: string
): string[] {
  return [str(article?.headline), cmsTitle, ...['og:title', 'twitter:title'].map(k => metaValue(meta, k)), docTitle]
    .filter((x): x is string => x !== undefined && x !== '')
}

/** The meta tags that give a page's title, in the order they are trusted. */
const META_TITLE_KEYS = ['og:title', 'twitter:title', 'articletitle', 'title', 'dc.title']
/** The meta tags that name who made or published the page (Dublin Core's, as government sites fill them). */
const META_PUBLISHER_KEYS = ['dc.publisher', 'dc.creator']

/**
 * The first title a meta tag gives that is not the name of the site or of who published the page: a Dublin Core
 * `DC.Title` filled with the office's name, as `DC.Creator` and `DC.Publisher` are (`行政院國土保育委員會` on every page
 * of a Taiwan council's ASP.NET site: zh-gov g168 of session 44's unseen round), titles no article.
 */
function metaTitle (page: Page): string | undefined {
  const owners = [page.siteName, ...META_PUBLISHER_KEYS.map(k => metaValue(page.meta, k))]
    .filter((x): x is string => x !== undefined)
  for (const key of META_TITLE_KEYS) {
    const v = metaValue(page.meta, key)
    if (v !== undefined && !owners.some(o => sameName(o, v))) return v
  }
  return undefined
}

function titleHint (page: Page): string | undefined {
  const { article, docTitle, h1s, announced: announcedAll } = page
  // the article's properties, JSON-LD's or a CMS's, before what the page announces for search and sharing
  const announced = str(article?.headline) ?? page.cmsTitle ?? metaTitle(page) ??
    (docTitle !== '' ? docTitle : undefined)
  // the same `<h1>` twice (a page's mobile and desktop headers) is one headline
  const distinct = h1s.filter((h, i) => h1s.findIndex(o => sameName(o, h)) === i)
  // several: the one of a headline's length, classed a title, among box titles shorter than any (`<h1
  // class="news-title">` among a portal's `<h1 class="portlet-title">最新动态</h1>`s: zh-org o133 of session 47's
  // unseen round)
  const one = distinct.length === 1 ? distinct[0] : classedAmongBoxes(page.$, distinct)
  const lone = one !== undefined && one.length >= MIN_LONE_HEADLINE && one.length <= MAX_HEADLINE ? one : undefined
  // One `<h1>` on the page is the headline a reader sees; `og:title` and `<title>` are often rewritten for search.
  if (lone !== undefined && !isOtherHeading(lone, page, announcedAll)) return unlabelled(lone, announcedAll)
  if (announced === undefined) return h1s[0]
  const a = announced.toLowerCase()
  const minLength = H1_SHARE * Math.min(a.length, H1_SHARE_CAP)
  const related = (h: string): boolean => a.includes(h.toLowerCase()) || h.toLowerCase().includes(a)
  // an `<h1>` the announced title starts with, a site's name after it, is the headline whatever its length
  const found = h1s.find(h => (h.length >= minLength && related(h)) || announces(announced, h))
  if (found !== undefined) return found
  // the `<title>` ends with the lone `<h1>`, the site's logo heading: what stands before it is the headline (not when
  // the headline read is a post's heading under a blog's `<h1>`: `<title>博客名 - 标题</title>` ends with the post's)
  const logo = one !== undefined && announced === docTitle && h1Printing(page.$, one) !== undefined
  return (logo ? beforeSitePart(docTitle, one) : undefined) ?? announced
}

/** The one `<h1>` of a headline's length among several, when its class or id says title; undefined otherwise. */
function classedAmongBoxes ($: CheerioAPI, h1s: readonly string[]): string | undefined {
  const long = h1s.filter(h => weightedLength(h) >= CLASSED_TITLE_MIN)
  if (long.length !== 1) return undefined
  const el = h1Printing($, long[0])
  return el !== undefined && titleNamed(classAndId(el)) ? long[0] : undefined
}

/** The page's `<h1>` whose text is `text`, if one is. */
export function h1Printing ($: CheerioAPI, text: string): Element | undefined {
  return $('body h1').toArray().find((e): e is Element => isElement(e) && sameName(normalizeLine(textOf(e)), text))
}

/**
 * The parts of a `<title>` before its last one when that last part is the page's `<h1>` (`第一次在浴室沖黑白底片的完整紀錄
 * （D-76 1+1） - 銀鹽同好會 Silver Halide Taiwan` over `<h1>銀鹽同好會 Silver Halide Taiwan</h1>`, a phpBB board's logo
 * heading: zh-blogs b313 of session 47's unseen round), a headline's length; undefined otherwise.
 */
function beforeSitePart (docTitle: string, h1: string): string | undefined {
  const parts = docTitle.split(ANNOUNCED_PARTS)
  if (parts.length < 2 || !sameName(parts[parts.length - 1].trim(), h1)) return undefined
  const m = new RegExp(`(?:${ANNOUNCED_PARTS.source})\\s*${escapeRegExp(parts[parts.length - 1].trim())}\\s*$`, 'u')
    .exec(docTitle)
  const before = m === null ? '' : docTitle.slice(0, m.index).trim()
  return before.length >= MIN_LONE_HEADLINE && before.length <= MAX_HEADLINE ? before : undefined
}

/**
 * The page's headline candidates: its `<h1>` headings (./headings.ts). When every `<h1>` is the blog's name (a blog
 * host heads each post with the blog), the post's own heading is the `<h2>` or `<h3>` the page announces as its
 * title, alone or beside the blog's name (`博客名 - 标题 - 主机`, `标题 [博客名] - QQ空间`).
 */
export function pageHeadings ($: CheerioAPI, announced: readonly string[], url: string | undefined): Headings {
  const h1s = $('body h1').toArray()
  // a `<title>` of names alone (`榕荫小记 - 顺德老关 - 21CN博客`: the blog, its owner, its host; no part of a headline's
  // length) over an `<h1>` its feed names (`<link rel="alternate" type="application/rss+xml" title="榕荫小记">`): the
  // blog's name, no headline (zh-blogs b407 of session 53's unseen round; the title-classed `<h2>` is read for it)
  const namesOnly = announced.every(a => a.split(ANNOUNCED_PARTS).every(p => weightedLength(p) < CLASSED_TITLE_MIN))
  const feeds = namesOnly ? feedNames($('link[title]').toArray().filter(isElement)) : []
  const headings = readHeadings(h1s, part => announced.some(a => announces(a, part)), url, feeds)
  if (headings.headlines.length > 0) {
    return siteFirstHeading(headings, $, announced) ?? blogFirstHeading(headings, $, announced, url) ?? headings
  }
  const subheadings = $(SUBHEADING_SELECTOR).toArray().slice(0, MAX_SUBHEADINGS)
  if (headings.blogName !== undefined) {
    return { ...headings, headlines: announcedHeading(subheadings, announced, headings.blogName) }
  }
  if (h1s.length === 0) {
    const opening = openingHeading(subheadings, announced)
    return { ...headings, headlines: opening.length > 0 ? opening : shortenedHeading(subheadings, announced) }
  }
  // every `<h1>` the site's logo, linking its home (`<h1><a href="http://atie-tiexi.spaces.live.com/">铁西往事</a>`, a
  // Windows Live Space: zh-blogs b102 of session 37's unseen round): the post's heading a level or two lower, a whole
  // part of the announced title (`铁西往事: 又路过红光厂的旧址 - Windows Live`)
  if (headings.siteName === undefined) return headings
  const posts = [...subheadings, ...$(POST_HEADING_SELECTOR).toArray().slice(0, MAX_SUBHEADINGS)]
  const post = announcedHeading(posts, announced, headings.siteName)
  const body = $('body')[0]
  const elements = body === undefined || !isElement(body) ? [] : bodyElements(body)
  // (a section the breadcrumb links, its box's heading, is no post's: `<h2 class="m-title">公司动态</h2>` under `<title>公司
  // 动态 - 宁波市恒泰紧固件有限公司 - 阿里巴巴</title>` and `首页 > <a>公司动态</a> > 动态详情`, a 1688 shop's news page: zh-org
  // o235 of session 60's second unseen round)
  if (post.length > 0 && !crumbSections(elements).has(post[0])) return { ...headings, headlines: post }
  // or the heading the breadcrumb ends with, under a `<title>` an SEO plugin rewrote (WordPress's iNove theme with All
  // in One SEO: `<div id="postpath">首页 > 学院新闻 > 我院学子在…</div>` over `<h2>我院学子在…</h2>`: zh-org o181 of session
  // 53's unseen round)
  const crumb = elements.length === 0 ? undefined : crumbHeadline(elements)
  return crumb === undefined ? headings : { ...headings, headlines: [crumb] }
}

/**
 * A lone `<h1>` that opens the `<title>` (a separator after it) where an `<h2>`/`<h3>` prints a longer part of the
 * same `<title>`: the site's name over the post's heading, as a blog host heads every post with the blog
 * (`<h1>自由软件中文论坛</h1>` … `<h3>把旧笔记本改成家用文件服务器…</h3>` under `<title>自由软件中文论坛 • 查看主题 - 把旧笔记本…`, a
 * phpBB board: zh-blogs b90 of session 36's unseen round). `<title>Headline - Site</title>` over `<h1>Headline</h1>`
 * keeps its `<h1>`: no subheading prints a longer part than the headline.
 */
function siteFirstHeading (headings: Headings, $: CheerioAPI, announced: readonly string[]): Headings | undefined {
  if (headings.headlines.length !== 1) return undefined
  const h1 = headings.headlines[0]
  if (!announced.some(a => announces(a, h1) && !sameName(a, h1))) return undefined
  const sub = announcedHeading($(SUBHEADING_SELECTOR).toArray().slice(0, MAX_SUBHEADINGS), announced, h1)
  if (sub.length === 0 || weightedLength(sub[0]) <= weightedLength(h1)) return undefined
  return { ...headings, headlines: sub, siteName: headings.siteName ?? h1 }
}

/**
 * A lone `<h1>` that is the blog's name where the announced title is that name and the host's alone (`阿嫦嘅針線盒 ::
 * 港訊網誌`, a Hong Kong newspaper's blog service in the 頭條網誌 manner: zh-blogs b480 of session 59's unseen round): the
 * `<h1>` links away to the blog's home, and the post's heading is the first title-classed `<h2>`/`<h3>`
 * (`<h2 class="entry_title">`) outside sidebars and comments. `<title>Headline - Site</title>` over `<h1>Headline</h1>`
 * keeps its `<h1>`: a headline links nowhere but to its own page.
 */
function blogFirstHeading (
  headings: Headings, $: CheerioAPI, announced: readonly string[], url: string | undefined
): Headings | undefined {
  if (headings.headlines.length !== 1 || url === undefined) return undefined
  const name = headings.headlines[0]
  const blogAndHost = (a: string): boolean => {
    const parts = a.split(ANNOUNCED_PARTS).map(p => p.trim()).filter(p => p !== '')
    return parts.length >= 2 && sameName(parts[0], name) && parts.slice(1).every(namesSiteOnly)
  }
  if (!announced.every(blogAndHost)) return undefined
  const h1 = $('body h1').toArray().find(el => isElement(el) && sameName(normalizeLine(textOf(el)), name))
  const link = h1 === undefined ? undefined : elementsOf(h1).find(e => e.name === 'a' && attr(e, 'href') !== '')
  if (link === undefined || linksAddress(attr(link, 'href'), url)) return undefined
  for (const el of $(SUBHEADING_SELECTOR).toArray().slice(0, MAX_SUBHEADINGS)) {
    if (!isElement(el) || !titleNamed(classAndId(el)) || inSkipped(el) || inDiscussion(el)) continue
    const text = normalizeLine(spacedText(el))
    if (weightedLength(text) >= MIN_HEADLINE) {
      return { ...headings, headlines: [text], siteName: headings.siteName ?? name }
    }
  }
  return undefined
}

/** Whether `href`, read against the page's address, is that address (the fragment aside). */
export function linksAddress (href: string, url: string): boolean {
  try {
    const to = new URL(href, url)
    const at = new URL(url)
    return to.host === at.host && to.pathname === at.pathname && to.search === at.search
  } catch {
    return false
  }
}

/** What may follow a headline at the start of a title: white space, then the board's and the site's names. */
const AFTER_OPENING = /^\s/u

/**
 * On a page with no `<h1>`, the first `<h2>`/`<h3>` that opens a title the page announces, white space after it
 * (`<h3 id="postsubject0">奇迹贼…吗——天梯冲传说的一点心得</h3>` under `<title>奇迹贼…吗——天梯冲传说的一点心得 炉石传说
 * NGX玩家社区</title>`, a forum's `标题 版块 站名`): the headline whole, where the title's parts would cut it at its own
 * dash. As a list.
 */
function openingHeading (elements: readonly AnyNode[], announced: readonly string[]): string[] {
  for (const el of elements) {
    if (!isElement(el)) continue
    const text = normalizeLine(spacedText(el))
    if (text.length < MIN_HEADLINE) continue
    // (a `<title>` of a section and the site names no headline its section's heading opens: `<h3>部门动态</h3>` under
    // `部门动态 - 北滨市人民政府`, a city portal's box: zh-gov g327 of session 62's second unseen round)
    const opens = announced.some(a => {
      const title = normalizeLine(a)
      return title.length > text.length && title.startsWith(text) && AFTER_OPENING.test(title.slice(text.length)) &&
        !namesSiteAndSections(title)
    })
    if (opens) return [text]
  }
  return []
}

/**
 * A `<title>`'s last part of Han characters alone: a Chinese title's short form drops characters (`八四屆廿週年聚餐`),
 * where an English one's letters in order match unrelated words (`Local Trails` in `Local Mountain BikeTrails`, WCXB
 * 4624).
 */
const HAN_ONLY = /^\p{Script=Han}+$/u
/** Fewest characters of a `<title>`'s last part read as a heading's short form: fewer match too many headings. */
const SHORT_FORM_MIN = 6

/** Whether every character of `short` stands in `long` in the same order (`八四屆廿週年聚餐` in `八四屆畢業廿週年聚餐`). */
function inOrder (short: string, long: string): boolean {
  let at = 0
  for (const c of short) {
    at = long.indexOf(c, at)
    if (at < 0) return false
    at += c.length
  }
  return true
}

/**
 * On a page with no `<h1>`, the first `<h2>`/`<h3>` of which the announced title's last part is a short form: it opens
 * with the part's first two characters and holds all of them in order (`<h3>八四屆畢業廿週年聚餐（初步安排，請大家回覆）</h3>`
 * under `<title>濠光中學校友會討論區: 聯誼活動: 八四屆廿週年聚餐</title>`, a board whose `<title>` carries the topic's short
 * name: zh-blogs b574 of session 62's unseen round). As a list.
 */
function shortenedHeading (elements: readonly AnyNode[], announced: readonly string[]): string[] {
  const shorts = announced.map(a => normalizeLine(a).split(SITE_PARTS).pop()?.trim() ?? '')
    .filter(p => HAN_ONLY.test(p) && p.length >= SHORT_FORM_MIN)
  if (shorts.length === 0) return []
  for (const el of elements) {
    if (!isElement(el) || inSkipped(el) || inDiscussion(el)) continue
    const text = normalizeLine(spacedText(el))
    if (weightedLength(text) < MIN_HEADLINE || text.length > MAX_HEADLINE) continue
    if (shorts.some(p => p !== text && text.startsWith(p.slice(0, 2)) && inOrder(p, text))) return [text]
  }
  return []
}

/**
 * How many `<h2>`/`<h3>` are read for a post's heading under a blog's name: the post's comes first, the sidebar's
 * later.
 */
const MAX_SUBHEADINGS = 10
/** The parts of a `<title>` naming a site: as an announced title's, and a double dash between Latin words too. */
const SITE_PARTS = new RegExp(`${ANNOUNCED_PARTS.source}|\\s*--\\s*`, 'u')

/** A part without the blog's name in brackets at its end (`标题 [博客名]`, QQ Zone's titles), or as it is. */
function withoutBlogName (part: string, blogName: string): string {
  const m = /^(.+?)\s*[[【(（]([^\]】)）]+)[\]】)）]$/u.exec(part)
  return m !== null && sameName(m[2], blogName) ? m[1] : part
}

/**
 * The first heading that is a whole part of a title the page announces (`<title>`, `og:title`), the blog's name
 * aside, as a list.
 */
function announcedHeading (elements: readonly AnyNode[], announced: readonly string[], blogName: string): string[] {
  const parts = new Set(announced.flatMap(a => a.split(ANNOUNCED_PARTS))
    .map(p => withoutBlogName(normalizeLine(p), blogName).toLowerCase()))
  for (const el of elements) {
    if (!isElement(el)) continue
    const text = normalizeLine(spacedText(el))
    if (text.length >= MIN_HEADLINE && parts.has(text.toLowerCase())) return [text]
  }
  return []
}

/** The title, and the whole line of the heading when the title is a part of it. */
export function titleHints (page: Page, lines: Map<string, string>): Pick<MetadataHints, 'title' | 'titleLine'> {
  const title = titleHint(page)
  if (title === undefined) return {}
  const line = lines.get(title)
  return line === undefined ? { title } : { title, titleLine: line }
}

/** Longest section name in a `<title>` beside the site's (`通告及公告`, `招聘`, `Press Releases`), in characters. */
const TITLE_SECTION_MAX = 14
/** Fewest parts of a `<title>` that is a trail of names: a headline, its board and its site make three. */
const CRUMB_TITLE_PARTS = 4

/**
 * Whether a `<title>` is a trail of short names and no headline: four parts or more, each a section's length (`教育網城 -
 * 家長天地 - 升中資訊 - 討論文章`, a Hong Kong education portal's ASP forum over the subject's bold cell: zh-blogs b645 of
 * session 65's unseen round).
 */
function namesTrail (title: string): boolean {
  const parts = title.split(SECTION_PARTS).map(p => p.trim()).filter(p => p !== '')
  return parts.length >= CRUMB_TITLE_PARTS && parts.every(p => weightedLength(p) <= TITLE_SECTION_MAX)
}

/** Whether a `<title>` names places and no story: the site and its sections, or a trail of short names. */
export const namesPlacesOnly = (title: string): boolean => namesSiteAndSections(title) || namesTrail(title)

/**
 * Whether a `<title>` names the site and its sections, no headline (`民政總署 - 通告及公告 - 招聘`); a part may name an
 * organization and its unit spaced apart (`國立南瀛大學 資訊工程學系 - 最新消息`: zh-org o66 of session 39's unseen round).
 */
export function namesSiteAndSections (title: string): boolean {
  const parts = title.split(SECTION_PARTS).map(p => p.trim()).filter(p => p !== '')
  const named = (p: string): boolean => endsLikeOrg(p) || isChineseOrganization(p) || endsLikeSiteName(p)
  // an organisation's name may go with its Latin acronym (`澳門專業會計人員協會 MIPA - 最新通告`: zh-org o122 of session 45's
  // second wave)
  // or with its English name (`寶翠山醫院 Po Chui Shan Hospital`, a Hong Kong hospital's `<title>` after the section's
  // name: zh-org o221 of session 59's unseen round)
  const org = (p: string): boolean => named(p) || bilingualOrganization(p) ||
    (p.includes(' ') && p.split(/\s+/).every(w => named(w) || ACRONYM.test(w)) && !p.split(/\s+/).every(w => ACRONYM.test(w)))
  const section = (p: string): boolean =>
    weightedLength(p) <= TITLE_SECTION_MAX || EDITION_PAGE.test(p) || ISSUE_PART.test(p) || wholeDate(p)
  return parts.length > 1 && parts.some(org) && parts.every(p => org(p) || section(p))
}

/**
 * A `<title>`'s part that is a date and nothing else, a web edition's day (`澧州晚报数字报 - 2018年05月12日 - 第A05版：城事`: zh-news
 * n434 of session 56's unseen round).
 */
function wholeDate (part: string): boolean {
  const d = findDate(part)
  return d !== null && d.index === 0 && d.length === part.length
}

/**
 * A newsletter's or a journal's issue as a section of its site (`研究通訊第十二期`, `會訊 第35期`: `社會政策研究中心 -
 * 研究通訊第十二期` over the story's `<font size=4>` headline, a Hong Kong university centre's newsletter: zh-org o245 of
 * session 61's unseen round), whatever its name's length.
 */
const ISSUE_PART = /第\s*[\d一二三四五六七八九十〇零○]{1,4}\s*期$/u

/**
 * A paper's page as a section of its web edition, whatever its name's length (`第二版(要聞)`, `A03版：本地新闻`, `第4版
 * 经济`: `甌江日報網絡版--第二版(要聞)`, zh-news n423 of session 54's unseen round).
 */
const EDITION_PAGE = /^第?[A-Z]?[\d一二三四五六七八九十〇零]{1,3}版(?:\s*[(（:：]|\s|$)/u

/**
 * The parts of a `<title>` of a site and its sections: as an announced title's, and a breadcrumb's spaced `>`
 * (`新竹縣政府文化局 > 最新消息 > 新聞稿`, DotNetNuke's page path: zh-gov g246 of session 53's unseen round).
 */
const SECTION_PARTS = new RegExp(`${ANNOUNCED_PARTS.source}|\\s+[>»›]\\s+`, 'u')

/** An organisation's acronym in Latin capitals (`MIPA`, `HKTDC`). */
const ACRONYM = /^[A-Z]{2,8}$/
/**
 * A Han name, then the same name in capitalized words of English or Portuguese, their particles in lower case (group 1:
 * the Han name).
 */
const LATIN_NAMED = new RegExp('^([\\p{Script=Han}·]+)\\s+\\p{Lu}[\\p{L}\'&.-]*' +
  '(?:\\s+(?:\\p{Lu}[\\p{L}\'&.-]*|of|and|the|for|&|de|do|da|dos|das|e))*$', 'u')
/** Shortest and longest headline read from a title-classed element (Latin-equivalent characters). */
export const CLASSED_TITLE_MIN = 15
export const CLASSED_TITLE_MAX = 250

/** A lone `<h1>` that is the site's name (a logo heading), not the article's headline. */
function isSiteHeading (h1: string, siteName: string | undefined, docTitle: string): boolean {
  if (siteName !== undefined && sameName(h1, siteName)) return true
  const site = docTitleSite(docTitle)
  return site !== undefined && sameName(h1, site)
}
