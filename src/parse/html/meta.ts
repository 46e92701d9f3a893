/**
 * Metadata hints from the page, as RAW strings for the metadata stage (`src/metadata`), which normalizes them.
 *
 * - title: a lone `<h1>` (the headline a reader sees; not when it is the site name), else the `<h1>` the head
 *   announces, else JSON-LD `headline`, `og:title`, `twitter:title`, Chinese CMS `ArticleTitle`, `<title>`;
 * - siteName: `og:site_name`, JSON-LD `publisher.name`, `application-name`, Chinese CMS `SiteName`;
 * - published: `article:published_time` and `<meta name>` forms (`pubdate`, `PubDate`, `publishdate`, `date`,
 *   `dc.date`, `w-published-date`...), `itemprop=datePublished`, `<time datetime>` (`pubdate` first), a `<time>`'s
 *   text, the date beside the headline, a date-classed element (an `Updated` date or a post's edit stamp only
 *   when no other; a profile panel's registration date never), JSON-LD
 *   `datePublished`, then a Chinese information line (`发布时间：2021-11-26 16:24`); a candidate without a year is skipped;
 * - authors: JSON-LD `author` (string, object, array; organizations that are the publisher left out), `<meta
 *   name=author>`, `article:author` (not when a URL), `itemprop=author`, `rel=author`, author/byline/writer
 *   classes, links to author pages (their text, or the name in a `/authors/jane-doe` address), `By X` lines and
 *   labels (`Written by`, `Article by`, `Contributors:`), `citation_author` lists, the unlabelled date line under
 *   the headline (`Dec 26, 2025 • Mahua Das`), an author box's name or photo alt, Chinese `作者：`/`记者：` in the
 *   information line, a blog's or a BBS's labelled screen name (`暱稱：`, `发信人:`), the first link to a member's
 *   page of the site (a forum poster's, a blog owner's: ./members.ts); slugs, ids, weekdays, companies (`Inc`,
 *   `LLC`) and software credits (`Discuz! Team`) are not authors; the site or publisher
 *   is one only when the visible byline names it (a company blog signed by the company), never from the markup
 *   alone, and markup naming the site gives way to another name in the visible byline;
 * - source: `<meta name=source>`, `ContentSource`, `来源：` in the information line.
 * JSON-LD is read from `@graph`s and arrays; `@type` may be a list.
 */
import type { CheerioAPI } from 'cheerio'
import { isTag, isText } from 'domhandler'
import type { DateHint, MetadataHints } from '../../draft.js'
import type { Editor } from '../../types.js'
import {
  BLOCK_TAGS, ElementType, attr, classAndId, descendants, elementsOf, hasAttributes, hostOf, isBlankText, isElement,
  readableText, sameSiteOrSibling, textOf, type AnyNode, type Element
} from './dom.js'
import { SUBTITLE } from './patterns.js'
import { loadData } from '../../data.js'
import {
  hasDate, hasOrgWord, isDatesOnly, isLabelCell, parseInfoCells, parseInfoLine, splitNames, type InfoLine
} from '../../text/fields.js'
import { decodeEntities } from '../../text/entities.js'
import { isPinyinWord } from '../../text/pinyin.js'
import { headlineInfo, inClockElement, namesServedDay, type HeadlineInfo } from './headline-date.js'
import { EDIT_STAMP, OTHER_DATES, PROFILE_DATE, anyWord } from '../../text/other-dates.js'
import { blogOwner, titleOwner } from '../../text/title-owner.js'
import { endsLikeOrg, isChineseOrganization } from '../../text/org-names.js'
import { HAN_ENGLISH_NICKNAME } from '../../text/han-names.js'
import { jsonLdTexts } from './ld-sources.js'
import { FILED_IN, ZH_CREDIT_ROLE, ZH_PHOTO_ROLE } from '../../text/roles.js'
import { inDatedListingRow, inDatedTeaserItem, inTeaserItem } from './teaser-item.js'
import { YEAR, scriptDate } from './script-dates.js'
import { scriptTitle } from './script-title.js'
import { wholeTitle } from './truncated-title.js'
import { issueDate } from './issue-date.js'
import { holdsInvisible } from '../../text/normalize.js'
import { boundedText, firstShownChar, leafText, normalizeLine, spacedSkip } from './short-text.js'
import { bylineDate } from './byline-date.js'
import { EPOCH_ATTRIBUTES, epochStamp } from './epoch-stamp.js'
import { bbsHeader } from './bbs-header.js'
import { findDate, minguoPage, type DateOptions } from '../../text/date.js'
import { numericDateOrder } from '../../text/date-order.js'
import { siteAddress } from '../../text/capture-url.js'
import { feedNames, headingText, readHeadings, type Headings } from './headings.js'
import { afterCardTitle } from './cards.js'
import {
  addressHoldsId, afterBoardRole, holdsMemberLink, isMemberPage, isOnlyPosterLink, memberIdOf, onlyPosterId
} from './members.js'
import { holdsQuotation, inDiscussion, inQuotation, inReplyBox, isOpeningPost } from './discussion.js'
import type { CmsProperties } from './cms-comment.js'
import { afterKeywordHead, isKeywordTitle } from '../../text/spam-lexicon.js'
import { largeTypeRules, printsLarge, sizeNamedLarge, type LargeType } from './large-type.js'
import { crumbHeadline, crumbSections } from './crumb-title.js'
import { endsLikeSiteName, isLanguageEdition } from '../../text/site-words.js'
import {
  HAN, countLettersUpTo, escapeRegExp, findRelativeDate, weightedLength,
} from '../../text/index.js'
import { NAME_END_WORDS, NAME_START_WORDS } from '../../text/not-names.js'

const MONTHS_SHORT = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?'

/** One line: HTML source line breaks are white space. */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
type JsonObject = Record<string, Json>

/**
 * The schema.org types of an article's JSON-LD object: articles, posts (`DiscussionForumPosting`, the type Google asks
 * forums to give a thread's opening post: a Dcard post, zh-blogs b136 of session 39's unseen round) and pages.
 */
const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|TechArticle|ScholarlyArticle|Report|Review|Recipe|HowTo|WebPage|ItemPage|AboutPage|QAPage|CreativeWork|MedicalWebPage)$/i

const isObject = (j: Json | undefined): j is JsonObject => typeof j === 'object' && j !== null && !Array.isArray(j)

function typesOf (o: JsonObject): string[] {
  const t = o['@type']
  if (typeof t === 'string') return [t]
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string')
  return []
}

/**
 * Baidu's cambrian JSON-LD (`"@context": "https://ziyuan.baidu.com/contexts/cambrian.jsonld"`), which Chinese sites of
 * 2017 on put on their content pages for Baidu's search (its publication-time and original-content programmes): no
 * `@type`, the page's first publication as `pubDate` (its last change as `upDate`), in the site's local time. Its
 * `pubDate` is given as schema.org's `datePublished`; its `title` is not taken (sites fill it with the `<title>`, site
 * suffix and all).
 */
const CAMBRIAN_CONTEXT = /\/contexts\/cambrian\.jsonld$/i

function inSchemaTerms (o: JsonObject): JsonObject {
  const context = o['@context']
  if (typeof context !== 'string' || !CAMBRIAN_CONTEXT.test(context) || o['@type'] !== undefined) return o
  const out: JsonObject = { '@type': 'WebPage' }
  if (o.pubDate !== undefined) out.datePublished = o.pubDate
  return out
}

/** All JSON-LD objects of the page, `@graph`s and arrays flattened. */
export function jsonLdObjects (scripts: string[]): JsonObject[] {
  const out: JsonObject[] = []
  const visit = (j: Json, depth: number): void => {
    if (depth > 4) return
    if (Array.isArray(j)) {
      for (const x of j) visit(x, depth + 1)
      return
    }
    if (!isObject(j)) return
    out.push(inSchemaTerms(j))
    const graph = j['@graph']
    if (graph !== undefined) visit(graph, depth + 1)
    const main = j.mainEntity ?? j.mainEntityOfPage
    if (isObject(main) && typesOf(main).length > 0) visit(main, depth + 1)
  }
  for (const raw of scripts) {
    const cleaned = raw.trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '')
    try {
      visit(JSON.parse(cleaned) as Json, 0)
    } catch {
      // a broken JSON-LD block is common (trailing commas, raw newlines in strings): try once more, leniently
      try {
        visit(JSON.parse(cleaned.replace(/[\r\n\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1')) as Json, 0)
      } catch { /* give up on this block */ }
    }
  }
  return out
}

function str (j: Json | undefined): string | undefined {
  if (typeof j === 'string') {
    // JSON-LD is script text the HTML parser leaves as written: its character references are still to decode
    const s = normalizeLine(decodeEntities(j))
    return s === '' ? undefined : s
  }
  if (typeof j === 'number') return String(j)
  if (Array.isArray(j)) return str(j[0])
  if (isObject(j)) return str(j.name ?? j['@value'])
  return undefined
}

function namesOf (j: Json | undefined, exclude: string | undefined): string[] {
  if (j === undefined || j === null) return []
  if (Array.isArray(j)) return j.flatMap(x => namesOf(x, exclude))
  if (typeof j === 'string') {
    const s = normalizeLine(j)
    return s === '' || /^https?:\/\//i.test(s) ? [] : [s]
  }
  if (isObject(j)) {
    const name = str(j.name)
    if (name === undefined) return []
    const organization = typesOf(j).some(t => /organization/i.test(t))
    if (organization && name.toLowerCase() === exclude?.toLowerCase()) return []
    return [name]
  }
  return []
}

const isUrl = (s: string): boolean => /^(?:https?:)?\/\//i.test(s)

/** A date-looking string in a Chinese information line, with its time when given. */
const CN_DATE = /(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)/
interface AuthorMarkers {
  uiWords: Array<{ word: string }>
  nameParticles: Array<{ word: string }>
  authorPaths: Array<{ segment: string }>
  screenNameLabels: Array<{ label: string }>
  posterBadges: Array<{ badge: string }>
  ownerBadges: Array<{ badge: string }>
  profileLabels: Array<{ label: string }>
  profileHeadings: Array<{ text: string }>
  commentHeadings: Array<{ text: string }>
  linkHeadings: Array<{ text: string }>
  notNames: {
    whole: Array<{ pattern: string }>
    companySuffixes: Array<{ word: string }>
    labels: Array<{ pattern: string }>
  }
}
const MARKERS = loadData<AuthorMarkers>('author-markers.json')
const wordsRe = (ws: string[]): string => ws.map(escapeRegExp).join('|')

interface LabelsFile { labels: Array<{ label: string, field?: string, opensInfoLine?: boolean, credit?: boolean }> }
const LABELS = loadData<LabelsFile>('metadata-labels.json').labels
type Label = typeof LABELS[number]
const alternation = (labels: Label[]): string => labels.map(l => escapeRegExp(l.label)).join('|')
/**
 * A label and its colon. A generic date label glued to the word before it names another date (`出生日期：` a birth
 * date, `截止时间：` a deadline): it counts only where no Han character stands before it. A longer one is its own
 * (`公告日期：`), whatever stands before it: the cells of a table of particulars run together in an element's text
 * (`公告單位：資訊工程學系公告日期：100/05/20`: zh-org o66 of session 39's unseen round).
 */
const labelRe = (labels: Label[]): RegExp => {
  const generic = (l: Label): boolean => l.field === 'published' && l.label.length <= GENERIC_DATE_LABEL_MAX
  const dates = labels.filter(generic)
  const others = labels.filter(l => !generic(l))
  const parts = [others.length > 0 ? alternation(others) : undefined,
    dates.length > 0 ? `(?<!\\p{Script=Han})(?:${alternation(dates)})` : undefined]
  return new RegExp(`(?:${parts.filter(p => p !== undefined).join('|')})\\s*[:：]`, 'u')
}
/** Longest generic date label (`日期`, `时间`, `時間`), in characters. */
const GENERIC_DATE_LABEL_MAX = 2
/** The labels of a Chinese information line (`来源：`, `发布时间：`, `作者：`): data/metadata-labels.json. */
const INFO_LABEL = labelRe(LABELS.filter(l => l.opensInfoLine === true))

/** Above this many raw characters an element's text is no info line, however much white space it holds. */
const INFO_RAW_MAX = 2000

/**
 * What the hints' searches for short lines know of every element of the body, counted in one walk (the text of
 * each element is not built): its raw text length, whether its text (as `textOf` reads it) holds a colon, and its
 * letters and digits (as `spacedText` reads it).
 */
interface BodyFacts {
  /**
   * Elements whose `textOf` holds `:` or `：` (a labelled line, `来源：`, needs one), with their raw text length: the
   * labelled walks read no other element's length. Kept for them only: a page of 100,000 elements has few.
   */
  colons: Map<AnyNode, number>
  /** Letters of the elements that have more than `LETTERS_KEPT_ABOVE` (`longerThan` reads no other count). */
  letters: Letters
}

function bodyFacts (body: Element): BodyFacts {
  const walk = new BodyWalk()
  walk.visit(body, false)
  return walk.facts
}

/** `bodyFacts`' walk: a class, so that its recursive visit is not a closure made (and compiled again) per page. */
class BodyWalk {
  readonly facts: BodyFacts = { colons: new Map(), letters: new Map() }
  /** The letters below the element `visit` was last given, up to `LETTERS_COUNTED_PAST` (no search reads more). */
  letters = 0

  /**
   * Returns the raw length of an element's text, and sets `letters` to its letters and digits, none inside an element
   * spacedText skips. A count past `LETTERS_COUNTED_PAST` answers every `longerThan` as the whole count would: a text
   * is read only until its element's count passes it (a paragraph's first few hundred characters), and not at all
   * once the count has (the element's ancestors hold its letters and more).
   */
  visit (n: Element, skipped: boolean): number {
    const skip = skipped || spacedSkip(n.name)
    let letters = 0
    let len = 0
    // textOf reads only plain elements (not <script>/<style>) and their texts
    let colon = false
    const plain = n.type === ElementType.Tag
    const colons = this.facts.colons
    for (const c of n.children) {
      if (isText(c)) {
        len += c.data.length
        if (!skip && letters <= LETTERS_COUNTED_PAST) {
          letters += countLettersUpTo(c.data, LETTERS_COUNTED_PAST + 1 - letters)
        }
        if (plain && !colon) colon = hasColon(c.data)
      } else if (isTag(c)) {
        len += this.visit(c, skip)
        letters += this.letters
        if (plain && !colon) colon = colons.has(c)
      }
    }
    if (colon) colons.set(n, len)
    if (skip) letters = 0
    else if (letters > LETTERS_KEPT_ABOVE) this.facts.letters.set(n, Math.min(letters, LETTERS_COUNTED_PAST + 1))
    this.letters = letters
    return len
  }
}

const hasColon = (s: string): boolean => s.includes(':') || s.includes('：')

/** What the walk does with a labelled element: take it (and not look inside), look inside it, or stop. */
type LineStep = 'take' | 'descend' | 'stop'

/**
 * Walks the page's elements in document order and hands `visit` each one whose raw text is at most `maxRaw`
 * characters and carries `label`, with its normalized text. A small subtree without the label is not searched
 * further (its parts cannot carry it either). Linear: lengths come from `bodyFacts`, counted once per page.
 */
function walkLabelled (
  body: Element, facts: BodyFacts, maxRaw: number, label: RegExp,
  visit: (el: Element, text: string) => LineStep
): void {
  const stack: AnyNode[] = [...body.children].reverse()
  while (stack.length > 0) {
    const el = stack.pop()!
    // every label ends in a colon (`labelRe`): text without one is not read (normalizing adds none), nor is any
    // element below it (a colon below a plain element is in its text: `bodyFacts`), however long it is
    const length = facts.colons.get(el)
    if (length === undefined || !isTag(el)) continue
    if (length <= maxRaw) {
      const text = normalizeLine(textOf(el))
      if (!label.test(text)) continue
      const step = visit(el, text)
      if (step === 'stop') return
      if (step === 'take') continue
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i])
  }
}

/**
 * The first info line of the page (`来源：X　发布时间：Y`): in document order, the first element whose text is at
 * most 200 characters and carries an info label, then the deepest element that still carries the whole line.
 */
function infoLineElement (
  body: Element, facts: BodyFacts, docTitle: string, after?: Element
): Element | undefined {
  let found: Element | undefined
  // `after`: a line after that one, nothing in it or before it
  const afterUp = after === undefined ? undefined : ancestry(after)
  walkLabelled(body, facts, INFO_RAW_MAX, INFO_LABEL, (el, text) => {
    if (after !== undefined && afterUp !== undefined) {
      if (afterUp.has(el)) return 'descend' // `after` itself or an element that holds it
      if (isInside(el, after) || !follows(el, afterUp)) return 'take'
    }
    if (text.length > 200) return 'descend'
    // another page's info line, in its teaser (under a teaser heading, or in a list item beside that page's linked
    // title: `<li><a>三鹿事件之后…</a> <span>作者：宝宝妈咪</span>`, a blog portal's picks: zh-blogs b431 of session 55's
    // unseen round), is not the page's; nor is a reply's header (`作者：X 回复日期：Y`), nor a quoted post's (`引用: 作者: X`)
    if (belowTeaserHeading(el, docTitle) || inDatedTeaserItem(el) || inDiscussion(el) || inQuotation(el) ||
      LAST_POST.test(text) || EVENT_FIELD.test(text) || CREDITS_LISTING.test(text)) return 'take'
    if (holdsTeaserHeading(el, docTitle) || holdsQuotation(el)) return 'descend'
    let line = el
    for (let inner = deepestCarrier(el, text); inner !== undefined; inner = deepestCarrier(inner, text)) line = inner
    for (let inner = labelCarrier(line); inner !== undefined; inner = labelCarrier(inner)) line = inner
    if (labelInTeaser(line) || besideEventFields(line)) return 'take'
    found = line
    return 'stop'
  })
  return found
}

/**
 * A field of an event's particulars (`地点：`, venue; `主讲：`, speaker): a line that holds one states when an event takes
 * place (`主题：… 主讲：… 时间：2014年7月12日（周六）上午9:00 地点：…`, a hospital's lecture notice in its sidebar: zh-org o193 of
 * session 55's unseen round), not when the page was published.
 */
const EVENT_FIELD = /(?:地点|地點|主讲人?|主講人?|会场|會場)\s*[:：]/u

/** Elements after a line looked at for an event's other particulars (`時間：`, `地點：` lines under `日期：`). */
const EVENT_SIBLINGS = 3
/** Longest line read as one of an event's particulars (characters). */
const EVENT_LINE_MAX = 80

/**
 * Whether an event's particulars follow the line as lines of their own (`<font>日期：2003年9月11日（星期四）</font><br>
 * <font>時間：晚上七時</font><br><font>地點：新馬路金福樓酒家三樓</font>` in a Macau association's sidebar notice: zh-org
 * o228 of session 59's second unseen round): the line dates the event (`EVENT_FIELD`), not the page.
 */
function besideEventFields (line: Element): boolean {
  let seen = 0
  for (let n = line.next; n !== null && seen < EVENT_SIBLINGS; n = n.next) {
    if (!isElement(n) || n.name === 'br') continue
    seen++
    // (a short line's text only: a box of more is no line of particulars)
    if (EVENT_FIELD.test(boundedText(n, EVENT_LINE_MAX) ?? '')) return true
  }
  return false
}

/**
 * Whether a line's first info label stands in another page's teaser item: a short box of picks carries the line of its
 * first item (`<div class="today_hot">` of `<li><a>三鹿事件之后…</a> <span>作者：宝宝妈咪</span>` items).
 */
function labelInTeaser (line: Element): boolean {
  for (const e of elementsOf(line)) {
    if (e.children.some(c => isText(c) && INFO_LABEL.test(c.data))) return inDatedTeaserItem(e)
  }
  return false
}

/**
 * A listing's last-post cell (`02-02-2019, 07:26 PM 最后发表 作者: 北岸老李` in a MyBB thread's similar-threads table:
 * zh-blogs b300 of session 46's unseen round; `最後回覆 作者：`, `Last post by`): the last replier of another thread, no
 * info line of the page. A thread header's own `最后回复：X` field (a label of its own) is not one.
 */
const LAST_POST = /(?:最后|最後|最新)(?:发表|發表|回复|回覆|回帖|發帖|发帖)\s*(?:作者|by)\s*[:：]|last\s+post\s+by\b/iu

/**
 * A line that credits a writer twice: a listing of other works, each with its writer and date (`本站推荐：《雁归来》
 * 作者：南山有鹿 最近更新：2010-05-09 | 《小城故事多》 作者：玥上柳梢 最近更新：…`, a literature site's board over the thread:
 * zh-blogs b486 of session 59's unseen round), no info line of the page.
 */
const CREDITS_LISTING = /(?:作者|作\s+者)\s*[:：][\s\S]*[^原]作者\s*[:：]/u

/** Every info label of a text, counted (`labelCarrier`). */
const INFO_LABELS = new RegExp(INFO_LABEL.source, 'gu')
const labelCount = (text: string): number => text.match(INFO_LABELS)?.length ?? 0

/**
 * The one row of a table that holds every info label of it, when the table holds more than the line (a short
 * notice's table: its headline's row, the line's row, the text's row, all within the line's length): the line is the
 * row's. Only a table is looked into: in other elements the line's parts stand beside its labels' element.
 */
function labelCarrier (el: Element): Element | undefined {
  if (el.name !== 'table' && el.name !== 'tbody') return undefined
  const labels = labelCount(normalizeLine(textOf(el)))
  let carrier: Element | undefined
  for (const c of el.children) {
    if (!isElement(c)) continue
    const n = labelCount(normalizeLine(textOf(c)))
    if (n === 0) continue
    if (n < labels || carrier !== undefined) return undefined
    carrier = c
  }
  return carrier
}

/**
 * The text of `el` without its headings' text: a header box that holds the headline and its info line
 * (`<div class="atl-head"><h1>…</h1><div>楼主：X 时间：Y</div>`, `<div class="tit"><h1>…</h1> <em>作者：</em><a>孙伟</a>`)
 * is read as the line, not as the headline run into it (`…真大楼主：X`, which no label parser reads).
 */
function textBesideHeadings (el: Element): string {
  let out = ''
  const stack: AnyNode[] = [el]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (isText(n)) out += n.data
    else if (isElement(n) && n.type === ElementType.Tag && (n === el || !HEADING_TAG.test(n.name))) {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i])
    }
  }
  return out
}

/** The child of `el` whose text is all of `text`, if one is. */
function deepestCarrier (el: Element, text: string): Element | undefined {
  return el.children.filter((c): c is Element => isElement(c)).find(c => normalizeLine(textOf(c)) === text)
}

/** How long a credit line may be (raw characters): `记者：韩冰 刘洋`, `【编辑:何蔚】`, `责任编辑：张三　审核：李四`. */
const CREDIT_RAW_MAX = 120
/** The labels of credit lines (`记者：`, `责编：`, `审核：`): data/metadata-labels.json. */
const CREDIT_LABEL = labelRe(LABELS.filter(l => l.credit === true))

/** A story's address: a run of digits (its id or its date) in the path or the query, no script's. */
const STORY_ADDRESS = /^(?!javascript:)[^#]*\d{4,}/i

/**
 * Whether a labelled text is a link's, or stands in one, to another story (an address with its id or date in it): that
 * story's headline with a role in it (`<a href="…/2008/06/16/2305s2117005.htm">驻开罗记者：尼罗河畔的高考季</a>`, a
 * broadcaster's column of its correspondents' stories: zh-news n401 of session 51's unseen round), no credit. A
 * credit's own link goes nowhere (`<a href="javascript:void(0)">【责任编辑：孙立新】</a>`, Xinhua) or to the editor's page
 * (a blog, a member's or an author's page).
 */
function linkedHeadline (el: Element): boolean {
  for (let p: AnyNode | null = el; p !== null; p = p.parent) {
    if (!isElement(p) || p.name !== 'a') continue
    const href = attr(p, 'href').trim()
    return STORY_ADDRESS.test(href) && !AUTHOR_URL.test(href) && !isMemberPage(href)
  }
  return false
}

/**
 * Credit lines anywhere in the page outside its chrome: the reporters and the editors that Chinese pages list
 * below the text, outside the article's container (`<div class="detail-credit"><p>记者：韩冰 刘洋</p>`). Read
 * with the metadata stage's parser; a line with anything else on it is not a credit line.
 */
function creditLines (body: Element, facts: BodyFacts, docTitle: string): { authors: string[], editors: Editor[] } {
  const out: { authors: string[], editors: Editor[] } = { authors: [], editors: [] }
  walkLabelled(body, facts, CREDIT_RAW_MAX, CREDIT_LABEL, (el, text) => {
    if (inSkipped(el) || belowTeaserHeading(el, docTitle) || inDatedTeaserItem(el) || inQuotation(el) ||
      linkedHeadline(el)) return 'take'
    if (holdsTeaserHeading(el, docTitle)) return 'descend'
    // lines of their own (`<div><p>撰稿人：林宜蓁</p><p>新聞聯絡人：交通局 陳冠宇 聯絡電話：…</p></div>`): each is read
    // alone, or a credit's value runs on into the next line's fields
    if (el.children.some(c => isElement(c) && BLOCK_TAGS.has(c.name) && CREDIT_LABEL.test(textOf(c)))) return 'descend'
    const info = parseInfoLine(text, null)
    const credits = info?.fields.every(f => CREDIT_FIELDS.has(f.field)) === true
    if (info === null || hasDate(info) || info.fields.length === 0 || !credits) {
      return el.children.some(isElement) ? 'descend' : 'take'
    }
    for (const f of info.fields) {
      if (f.field === 'author') out.authors.push(f.value)
      else if (f.field === 'editor') out.editors.push({ role: f.role ?? 'editor', name: f.value })
    }
    return 'take'
  })
  return out
}

/**
 * A table of particulars (`<td>发文机关：</td><td>国务院办公厅</td><td>成文日期：</td>…<td>发布日期：</td>…`) read cell by
 * cell, its fields as one info line's, and its date: the publication's row first, else the first dated one (a
 * signing date).
 * Undefined when `el` holds no such table. (Run together, no label parser reads its text.)
 */
function tableInfo (el: Element, dates: DateOptions): TableInfo | undefined {
  const cells = elementsOf(el).filter(e => e.name === 'td' || e.name === 'th')
  return cellsInfo(cells.map(c => normalizeLine(textOf(c))), dates)
}

/** A table of particulars read: its fields as one info line's, and the date it gives the page. */
interface TableInfo { info: InfoLine, date?: string }

/** A table's cells read as `tableInfo` reads them. */
function cellsInfo (texts: string[], dates: DateOptions): TableInfo | undefined {
  const cells = texts.length === 0 ? [] : parseInfoCells(texts, dates)
  if (cells.length === 0) return undefined
  // gov.cn's tables give the signing date (`成文日期`, `signed`) first and the publication (`发布日期`) last
  const dated = cells.find(c => c.dates.some(d => d.field === 'published' && d.signed !== true)) ??
    cells.find(c => c.dates.length > 0)
  const date = dated?.fields.find(f => f.field === 'published')?.value
  const info = { fields: cells.flatMap(c => c.fields), dates: cells.flatMap(c => c.dates) }
  return date === undefined ? { info } : { info, date }
}

/** What the page's information line says: its date (or a relative one, `昨天 10:20`), source and author. */
interface InfoFields {
  date?: string
  relative?: string
  source?: string
  author?: string
  editors?: Editor[]
  /** A table of particulars' title row (`<th>標題</th><td>…</td>`, `名　　称：`): the document's title. */
  title?: string
  /** The text of an `<h2>`/`<h3>` right above the info line (the headline's place on a page with no `<h1>`). */
  headingAbove?: string
  /** The day the line labels as an update (`資料更新日期：107-08-24`), beside its publication's. */
  updated?: string
  /** A BBS post header's title (`标  题:`, ./bbs-header.ts): the post's own, on a page with no `<h1>`. */
  headerTitle?: string
}

const SOURCE_FIELD = /(?:来源|稿源|出处)\s*[:：]\s*([^\s|｜丨]+(?:\s[^\s|｜丨:：]+)?)/
const SOURCE_END = /(?:发布时间|时间|日期|作者|编辑|浏览|点击).*$/
// the value stops at a bracket closing its field (`[本篇作者: wenqing] [阅读: 2013]`, a BBS's header row)
const AUTHOR_FIELD = /(?:作者|记者|記者)\s*[:：]\s*([^\s|｜丨\]】]+)/
const AUTHOR_END = /(?:来源|时间|日期|编辑).*$/
/** `编辑: 毛长久`, `责任编辑：X` on an info line the metadata stage does not take whole (a share bar beside it). */
const EDITOR_FIELD = /(?:责任编辑|責任編輯|编辑|編輯|责编|責編)\s*[:：]\s*([^\s|｜丨:：]+)/
const EDITOR_END = /(?:来源|时间|日期|作者).*$/

/** The date of an info line, absolute (`2021-11-26 16:24`) or relative (`3小时前`, `昨天 10:20`, `2 hours ago`). */
function infoDate (text: string): InfoFields {
  const d = CN_DATE.exec(text)
  if (d !== null) return { date: d[1] }
  const rel = findRelativeDate(text)
  return rel === null ? {} : { relative: text.slice(rel.index, rel.index + rel.length) }
}

function infoLine (body: Element, facts: BodyFacts, docTitle: string, dates: DateOptions): InfoFields {
  const best = infoLineElement(body, facts, docTitle)
  // no labelled line: a table of particulars whose labels carry no colon, if the page has one
  const { text, line, table } = best === undefined
    ? { text: '', line: null, table: colonlessTable(body, facts.letters, dates) }
    : labelledLine(best, dates)
  if (best === undefined && table === undefined) return {}
  const above = best === undefined ? undefined : headingAbove(best)
  const out: InfoFields = above === undefined ? infoDate(text) : { ...infoDate(text), headingAbove: above }
  const info = table?.info ?? line
  if (table?.date !== undefined) out.date = table.date
  if (line !== null) parsedDates(line, out)
  // a table of particulars' update row (`<th>更新日期</th><td>101-10-08</td>` under the text, a Taiwan county bureau's
  // DotNetNuke news module: zh-gov g246 of session 53's unseen round) as the line's
  else if (table !== undefined) parsedDates(table.info, out)
  if (best !== undefined && line !== null) signedRowDate(best, line, dates, out)
  const field = (name: string): string | undefined => {
    const value = info?.fields.find(f => f.field === name)?.value.trim() ?? ''
    return value === '' ? undefined : value
  }
  const author = lineAuthors(info)
  const labelled = field('source') !== undefined || author !== undefined
  Object.assign(out, labelled ? nonEmpty({ source: field('source'), author }) : unlabelledFields(text))
  // (a line its parser read: a table's particulars hold their credits in their own rows)
  const first = line === null ? undefined : best
  const second = secondLine(body, facts, docTitle, dates, first)
  creditRow(first, second, out)
  dateRow(first, second, out)
  const title = field('title')
  if (title !== undefined) out.title = title
  const editors = lineEditors(info, labelled ? undefined : text)
  if (editors.length > 0) out.editors = editors
  return out
}

/**
 * Levels above the first info line within which a second line of credits stands: the row under the text in the
 * same table (`td` -> `tr` -> `tbody` -> `table`).
 */
const CREDIT_ROW_LEVELS = 4

/**
 * The writer, source and editors of a second info line when the first labels only dates and counters: a table
 * template's `发布时间：2007-11-12 09:30:15　点击数：…` row under the headline and `作者：黄玥　韦堃　来源：县林业局　责任编辑：
 * 莫春燕` in a row under the text (a 2007 county portal: zh-gov g269 of session 57's unseen round). The next labelled line
 * after the first, in the same box (`CREDIT_ROW_LEVELS`), that labels an author or a source; its dates are not read.
 */
function creditRow (first: Element | undefined, second: () => InfoLine | null, out: InfoFields): void {
  // a first line that labels a writer or a source is the page's credit
  if (first === undefined || out.author !== undefined || out.source !== undefined) return
  const info = second()
  if (info === null) return
  const source = info.fields.find(f => f.field === 'source')?.value.trim()
  const author = lineAuthors(info)
  if ((source === undefined || source === '') && author === undefined) return
  Object.assign(out, nonEmpty({ source, author }))
  const editors = lineEditors(info, undefined)
  if (editors.length > 0) out.editors = [...out.editors ?? [], ...editors]
}

/**
 * The date of a second info line when the first labels the writer and no date: a message box's `作者：<a>mingkee_yyz</a>
 * (38/男/香港沙田)` row over its `日期：2004/5/7 下午 09:23　推薦：8` row (a Hong Kong portal's message board in the Yahoo!
 * 討論區 manner: zh-blogs b485 of session 59's unseen round). The next labelled line after the first in the same box
 * (`CREDIT_ROW_LEVELS`), its publication's date only.
 */
function dateRow (first: Element | undefined, second: () => InfoLine | null, out: InfoFields): void {
  if (first === undefined || out.author === undefined || out.date !== undefined || out.relative !== undefined) return
  const published = second()?.dates.find(d => d.field === 'published' && d.ambiguous !== true && d.signed !== true)
  if (published !== undefined) out.date = published.iso
}

/**
 * The next labelled line after the first info line in the same box (`CREDIT_ROW_LEVELS`), parsed; null when there is
 * none. Read at most once, by whichever of `creditRow` and `dateRow` asks first.
 */
function secondLine (
  body: Element, facts: BodyFacts, docTitle: string, dates: DateOptions, first: Element | undefined
): () => InfoLine | null {
  let read: InfoLine | null | undefined
  return () => {
    if (read !== undefined) return read
    const later = first === undefined ? undefined : infoLineElement(body, facts, docTitle, first)
    read = first === undefined || later === undefined || !nearAbove(first, later, CREDIT_ROW_LEVELS)
      ? null
      : parseInfoLine(lineText(later), dates)
    return read
  }
}

/** Each ancestor of `first`, itself included, with the child of it on the way up: one walk, read by `follows`. */
type Ancestry = Map<AnyNode, AnyNode | undefined>

function ancestry (first: Element): Ancestry {
  const below: Ancestry = new Map()
  let child: AnyNode | undefined
  for (let n: AnyNode | null = first; n !== null; child = n, n = n.parent) below.set(n, child)
  return below
}

/**
 * Whether `el` comes after `first` (given by its `ancestry`, made once per walk) in the document, neither holding the
 * other: a lookup per step up from `el`, so a walk that asks it of many elements stays linear in the tree's depth.
 */
function follows (el: Element, first: Ancestry): boolean {
  // the branch of `el` below the lowest element that holds both, and the branch of `first`
  let branch: AnyNode = el
  while (branch.parent !== null && !first.has(branch.parent)) branch = branch.parent
  const common = branch.parent
  if (common === null) return false
  const other = first.get(common)
  const kids = common.children
  return other !== undefined && kids.indexOf(branch) > kids.indexOf(other)
}

/** Whether `later` stands in an element at most `levels` above `first`. */
function nearAbove (first: Element, later: Element, levels: number): boolean {
  let box: AnyNode | null = first
  for (let i = 0; i < levels && box !== null; i++) {
    box = box.parent
    if (box !== null && isElement(box) && isInside(later, box)) return true
  }
  return false
}

/**
 * A BBS post's header states its time (./bbs-header.ts): a date by the view's heading is the station's clock
 * (`2006年11月20日 星期一 21:33　在线 1462 人` atop a digest file: zh-blogs b451 of session 56's unseen round; a 2009 date in
 * nForum's online-count box: b27), no headline's date.
 */
const bbsTimed = (info: InfoFields): boolean => info.headerTitle !== undefined && info.date !== undefined

/**
 * The info line's fields, with a BBS post header's (./bbs-header.ts) where the line has none: the header is the post's
 * own statement of its writer, title and time, and a BBS page has no other info line. Looked for only on a page with
 * no `<h1>` (a BBS web view has none; the walk cost the development pages 2% of their time).
 */
function withBbsHeader (info: InfoFields, body: Element, h1s: readonly string[]): InfoFields {
  if (h1s.length > 0) return info
  const header = bbsHeader(body)
  if (header === undefined) return info
  const out: InfoFields = { ...info, headerTitle: header.title }
  // a BBS view's one `来源` is the station's stamp under each post (`※ 来源:．东湖晨曦BBS bbs.….edu.cn．[FROM: 10.128.45.*]`:
  // the board and the poster's address), no source of the text (zh-blogs b76, b111, b236)
  delete out.source
  out.author ??= header.author
  if (header.date !== undefined) out.date ??= header.date
  return out
}

/**
 * The dates of the line only its parser reads: a publication date only the page's own reading gives (a Taiwan page's
 * `發稿日期：96年10月12日`), when no other was found, and the day the line labels as an update.
 */
function parsedDates (line: InfoLine, out: InfoFields): void {
  if (out.date === undefined && out.relative === undefined) {
    // (not one that reads both ways, `07/03/2006`: the front end knows no page's order of day and month)
    const parsed = line.dates.find(d => d.field === 'published' && d.ambiguous !== true)?.iso
    if (parsed !== undefined) out.date = parsed
  }
  const updated = line.dates.find(d => d.field === 'updated')?.iso
  if (updated !== undefined) out.updated = updated
}

/** Levels climbed from an info line's row to the table of particulars that holds it (`tr`, `tbody`, `table`). */
const ROW_TABLE_LEVELS = 3

/**
 * An info line that is one row of a table of particulars and dates only the document's signing (`发文机关：…
 * 成文日期：2013-03-08`, its `发布日期：2013-03-14` a row below: zh-gov g218 of session 49's unseen round): the page's
 * date is the one the whole table gives, read cell by cell (`tableInfo`: the publication's row first).
 */
function signedRowDate (row: Element, line: InfoLine, dates: DateOptions, out: InfoFields): void {
  if (line.dates.length === 0 || line.dates.some(d => d.signed !== true)) return
  let el: Element = row
  for (let level = 0; level < ROW_TABLE_LEVELS && el.name !== 'table'; level++) {
    if (el.parent === null || !isElement(el.parent)) return
    el = el.parent
  }
  const table = el.name === 'table' ? tableInfo(el, dates) : undefined
  if (table?.date !== undefined) out.date = table.date
  // and its title row (`名　　称：…`), which the row read as the line does not hold
  const title = table?.info.fields.find(f => f.field === 'title')?.value.trim()
  if (title !== undefined && title !== '') out.title ??= title
}

/** Every labelled author of an info line, as one credit: `融媒体记者：何佳　通讯员：唐敏` credits two writers (zh-news n172). */
function lineAuthors (info: InfoLine | null | undefined): string | undefined {
  const authors = info?.fields.filter(f => f.field === 'author').map(f => f.value.trim()).filter(v => v !== '') ?? []
  return authors.length > 0 ? authors.join(' ') : undefined
}

/** The source and author of a line the label parser did not take whole, by the patterns' fallback. */
function unlabelledFields (text: string): Pick<InfoFields, 'source' | 'author'> {
  return nonEmpty({
    source: SOURCE_FIELD.exec(text)?.[1].replace(SOURCE_END, '').trim(),
    author: AUTHOR_FIELD.exec(text)?.[1].replace(AUTHOR_END, '').trim()
  })
}

/** The fields given a value that is not empty. */
function nonEmpty (fields: { source?: string, author?: string }): Pick<InfoFields, 'source' | 'author'> {
  const out: Pick<InfoFields, 'source' | 'author'> = {}
  if (fields.source !== undefined && fields.source !== '') out.source = fields.source
  if (fields.author !== undefined && fields.author !== '') out.author = fields.author
  return out
}

/**
 * The labelled fields of an info line's element as the metadata stage reads them (`来源：X　记者：Y Z　阅读：3286`),
 * else its table of particulars; the patterns of `infoLine` are the fallback for lines it does not take whole.
 */
function labelledLine (el: Element, dates: DateOptions): { text: string, line: InfoLine | null, table?: TableInfo } {
  const text = lineText(el)
  const line = parseInfoLine(text, dates)
  if (line !== null) return { text, line }
  const table = tableInfo(el, dates)
  if (table !== undefined) return { text, line, table }
  // a title box that holds a column's name, the headline and the info line (`<div class="xl_title"><div>一线探访</div>
  // <h1>…</h1><div class="xl_info">作者：本报记者 苏晴 通讯员 覃永发 …</div>`): the line is its child's
  const inner = labelledChild(el, dates)
  return inner ?? { text, line }
}

/** Levels climbed from an info line's element to find the element it follows (`<div class="info"><span>…`). */
const ABOVE_LEVELS = 2
/** Longest headline read above an info line (characters). */
const HEADING_ABOVE_MAX = 100

/**
 * The text of the `<h2>`/`<h3>` right before the info line (`<div class="intal_tit"><h2>…</h2><div class="info">`
 * `2017-08-22 19:06 来源：…`): a heading child of the line's element (a box holding both), or the element before the
 * line's element or before an ancestor of it a level or two up; a heading that is a link (another page's) or longer
 * than a headline is none.
 */
function headingAbove (line: Element): string | undefined {
  // a box that holds the heading and the line both (the line read beside its heading: `lineText`)
  const inner = line.children.find((c): c is Element => isElement(c) && SUBHEADING_TAGS.has(c.name))
  if (inner !== undefined) return headlineOf(inner)
  let el: Element = line
  for (let level = 0; level <= ABOVE_LEVELS; level++) {
    let prev = el.prev
    // a spacer between the headline and the line is no element above it (`<tr><td height="8"></td></tr>`), nor is the
    // headline's subtitle (`<td class="ArticleSubTitle">——评…</td>` between NewAsp's title and info rows: zh-org o134 of
    // session 47's unseen round)
    while (prev !== null && (!isElement(prev) || isSpacer(prev) || isSubtitleLine(prev))) prev = prev.prev
    if (prev !== null && isElement(prev)) {
      const box = SUBHEADING_TAGS.has(prev.name) ? prev : headlineBox(prev)
      return box === undefined ? undefined : headlineOf(box)
    }
    if (el.parent === null || !isElement(el.parent)) return undefined
    el = el.parent
  }
  return undefined
}

/** Characters and elements of a line read to tell a subtitle's. */
const SUBTITLE_LINE_MAX = 80
const SUBTITLE_LINE_NODES = 12

/**
 * A headline's subtitle line: opening with its dash, or classed a subtitle in so many words (`ArticleSubTitle`, itself
 * or inside it). Not by the pinyin initials the subtitle patterns know too: people.com.cn's template classes its
 * headline `fbt` (zh-news n246).
 */
function isSubtitleLine (el: Element): boolean {
  const text = boundedText(el, SUBTITLE_LINE_MAX, SUBTITLE_LINE_NODES)
  if (text === undefined || text === '') return false
  return SUBTITLE_DASH.test(text) ||
    [el, ...descendants(el, SUBTITLE_LINE_NODES)].some(e => SUBTITLE_WORDS.test(classAndId(e)))
}
const SUBTITLE_WORDS = /sub-?tit/i

/** An element of a table template that only makes room: no text and no picture (`<tr><td height="8"></td></tr>`). */
function isSpacer (el: Element): boolean {
  return textOf(el).trim() === '' && !elementsOf(el).some(e => e.name === 'img')
}

/** Levels below an element right above the info line a headline's own element is looked for (`tr > td > font`). */
const BOX_LEVELS = 3

/**
 * The element right above an info line as a headline of the table templates with no heading tags: the element, or
 * its only child a level or three down (`<tr><td>`), that is title-classed (`<td class="news_title">`,
 * `<td class="title18">`) or set large (large-type.ts: `<font size="5">`, a class the page's style sheet sets at
 * 18px or more). A box of several elements is none.
 */
function headlineBox (el: Element): Element | undefined {
  let box: Element | undefined = el
  for (let level = 0; box !== undefined && level <= BOX_LEVELS; level++) {
    if (titleNamed(classAndId(box)) || printsLarge(box, pageLargeType())) return box
    const children: AnyNode[] = box.children.filter(c => isElement(c) || (isText(c) && c.data.trim() !== ''))
    const only: AnyNode | undefined = children.length === 1 ? children[0] : undefined
    box = only !== undefined && isElement(only) ? only : undefined
  }
  return undefined
}

/** A heading's text as a headline: none for a link (another page's) or a text longer than a headline. */
function headlineOf (heading: Element): string | undefined {
  if (elementsOf(heading).some(e => e.name === 'a')) return undefined
  const text = normalizeLine(textOf(heading)).replace(TIME_AFTER, '')
  return text.length >= MIN_HEADLINE && text.length <= HEADING_ABOVE_MAX ? text : undefined
}
/** A time in brackets after a headline in its cell (`标题 【16:15】`): the time it ran, no word of the headline. */
const TIME_AFTER = /\s*[【[(（]\s*\d{1,2}[:：]\d{2}(?::\d{2})?\s*[】\])）]$/u

/** How deep below an info line's element a child that is the line alone is looked for. */
const LINE_CHILD_DEPTH = 3

/** The labelled line of the first element below `el` whose whole text parses as one, or undefined. */
function labelledChild (el: Element, dates: DateOptions, depth = 0): { text: string, line: InfoLine } | undefined {
  if (depth >= LINE_CHILD_DEPTH) return undefined
  for (const c of el.children) {
    if (!isElement(c) || HEADING_TAG.test(c.name)) continue
    const text = normalizeLine(textOf(c))
    if (!INFO_LABEL.test(text)) continue
    const line = parseInfoLine(text, dates)
    if (line !== null) return { text, line }
    const inner = labelledChild(c, dates, depth + 1)
    if (inner !== undefined) return inner
  }
  return undefined
}

/** Longest row of a table of particulars read (letters and digits): two labels and their values, a title. */
const PARTICULARS_ROW_MAX = 200

/**
 * A page with no labelled line (no label with its colon): its table of particulars whose labels carry no colon
 * (`<tr><td class="t">成文日期</td><td>2021-07-09</td><td class="t">发布日期</td><td>2021-07-12</td></tr>`, Taiwan's
 * `<tr><th>發布日期</th><td>99年4月23日</td></tr><tr><th>撰稿</th><td>農業處 黃怡君</td></tr>`), or its list of them
 * (`<li><strong>日期</strong> 14.05.2013</li><li><strong>作者</strong> Katrin Bauer / 叶澜</li>`, a broadcaster's
 * `smallList`: zh-news n424 of session 54's unseen round), read as `tableInfo` reads one: the short rows of the first
 * table or list that has a row opening with a known label. (A row that holds the article, `<tr><th>內容</th><td>…`, is
 * not read.)
 */
function colonlessTable (body: Element, letters: Letters, dates: DateOptions): TableInfo | undefined {
  const rows: string[][] = []
  let table: AnyNode | null = null
  const stack: AnyNode[] = [body]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (!isElement(n) || n.type !== ElementType.Tag) continue
    const row = (n.name === 'tr' || n.name === 'li') && !longerThan(letters, n, PARTICULARS_ROW_MAX) &&
      (table === null || n.parent === table || sameTable(n, table))
      ? labelledRow(n)
      : undefined
    if (row !== undefined) {
      table ??= n.name === 'li' ? n.parent : tableOf(n)
      rows.push(row)
      continue
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i])
  }
  return rows.length === 0 ? undefined : cellsInfo(rows.flat(), dates)
}

/** Tags of a list item's label before its value (`<li><strong>作者</strong> …`). */
const ITEM_LABEL_TAGS = new Set(['strong', 'b', 'em', 'span', 'label', 'dt'])

/**
 * A row of particulars' cells when it opens with a known label: a table row's cells, or a list item's label element
 * and the text after it.
 */
function labelledRow (row: Element): string[] | undefined {
  if (row.name === 'tr') {
    const cells = row.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'))
    return cells.length >= 2 && isLabelCell(textOf(cells[0])) ? cells.map(c => normalizeLine(textOf(c))) : undefined
  }
  const first = row.children.find(c => !isBlankText(c))
  if (first === undefined || !isElement(first) || !ITEM_LABEL_TAGS.has(first.name)) return undefined
  const label = textOf(first)
  if (!isLabelCell(label)) return undefined
  const rest = row.children.slice(row.children.indexOf(first) + 1).map(c => textOf(c)).join('')
  return [normalizeLine(label), normalizeLine(rest)]
}

/** The table a row stands in (`<table><tr>`, `<table><tbody><tr>`). */
function tableOf (row: Element): AnyNode | null {
  const parent = row.parent
  return parent !== null && isElement(parent) && parent.name === 'table' ? parent : parent?.parent ?? null
}
const sameTable = (row: Element, table: AnyNode): boolean => tableOf(row) === table

/** The info line's text: without the headline when the line's element also holds it (`textBesideHeadings`). */
function lineText (el: Element): string {
  const whole = normalizeLine(textOf(el))
  const beside = normalizeLine(textBesideHeadings(el))
  return beside !== whole && INFO_LABEL.test(beside) ? beside : whole
}

/**
 * The editors an info line names (`来源: 中新网 作者: 编辑: 毛长久`: the CMS account `<meta name=author>` may name):
 * its labelled fields, and on a line the label parser did not take whole (`unparsed`), the editor pattern's.
 */
function lineEditors (info: InfoLine | null, unparsed: string | undefined): Editor[] {
  const editors = (info?.fields ?? []).filter(f => f.field === 'editor' && f.value.trim() !== '')
    .map(f => ({ role: f.role ?? 'editor', name: f.value.trim() }))
  const editor = unparsed === undefined ? undefined : EDITOR_FIELD.exec(unparsed)?.[1].replace(EDITOR_END, '').trim()
  if (editor !== undefined && editor !== '') editors.push({ role: 'editor', name: editor })
  return editors
}

type Test = (el: Element) => boolean
const has = (name: string): Test => el => el.attribs[name] !== undefined
const named = (tag: string): Test => el => el.name === tag
const tokenList = (name: string, token: string): Test => el => (el.attribs[name] ?? '').toLowerCase().split(/\s+/).includes(token)
const within = (tag: string): Test => el => {
  for (let p = el.parent; p !== null; p = p.parent) if (isElement(p) && p.name === tag) return true
  return false
}
const both = (...tests: Test[]): Test => el => tests.every(t => t(el))
const classHas = (...parts: string[]): Test => el => parts.some(x => (el.attribs.class ?? '').includes(x))
const DATE_CLASSES = ['date', 'time', 'publish', 'posted', 'byline', 'meta']
/** Elements whose class says they hold a date (`post-date`, `entry-meta`, `byline`). */
const DATE_CLASS_SELECTOR = DATE_CLASSES.map(c => `body [class*="${c}"]`).join(', ')
/**
 * Whether an element's class says date by a word other than `publisher`, which names who publishes, not when
 * (Liferay's `portlet-asset-publisher` box of a sidebar's dated notices: zh-org o133 of session 47's unseen round).
 */
const dateClassed = (el: Element): boolean =>
  DATE_CLASSES.some(c => (el.attribs.class ?? '').replace(/publisher/gi, '').includes(c))
/** `author` in a class or id, not as the start of `authority`, `authorize`, `authorise`: no author's. */
const AUTHOR_WORD = 'author(?!i[tzs])'
/**
 * Author boxes: a class or id with `author` in it, any case, but not as the start of `authority`, `authorize` or
 * `authorise` (`<p class="authority">本文禁止转载或摘编</p>`, a column's reprint rights under the article: zh-blogs b93
 * of session 36's unseen round). The selector's test is `holdsAuthor`.
 */
const AUTHOR_BOX_SELECTOR = 'body [class*="author" i], body [id*="author" i]'
const CREDIT_FIELDS = new Set(['author', 'editor', 'ignore'])
/**
 * `author` in `s`, any case, not followed by `it`, `iz` or `is` (`authority`, `authorized`, `authorise`; `authorinfo`
 * and `authors` are author boxes). Case-insensitive matching is exact here: no character outside ASCII folds to one of
 * the letters (checked over every code point once). Most elements' class and id hold no `author`.
 */
const AUTHOR_ANY_CASE = new RegExp(AUTHOR_WORD, 'i')
const holdsAuthor = (s: string): boolean => AUTHOR_ANY_CASE.test(s)
const isJsonLd = (el: Element): boolean => (el.attribs.type ?? '').toLowerCase() === 'application/ld+json'
/** The elements a byline or a date line is looked for in. */
const BYLINE_SELECTOR = ['p', 'span', 'div', 'li', 'small', 'address', 'em', 'i', 'strong', 'dd', 'header', 'h3', 'h4',
  'h5', 'h6'].map(tag => `body ${tag}`).join(', ')
const BYLINE_TAGS = new Set([
  'p', 'span', 'div', 'li', 'small', 'address', 'em', 'i', 'strong', 'dd', 'header', 'h3', 'h4', 'h5', 'h6'
])
/**
 * The elements a labelled date is looked for in: a byline's, table cells, and the `<font>` the table layouts of the
 * 1990s and 2000s set their small print in (Snitz Forums 2000's `<font size="1">Posted - 03/17/2002 : 20:41:37</font>`
 * in the cell that also holds the post: zh-blogs b365 of session 49's unseen round).
 */
const LABELLED_DATE_SELECTOR = `${BYLINE_SELECTOR}, body td, body font`
/** The elements a labelled screen name (`昵称：梧桐听雨`) is looked for in. */
const SCREEN_NAME_TAGS = ['li', 'dd', 'p', 'div', 'span', 'td']
const SCREEN_NAME_SELECTOR = SCREEN_NAME_TAGS.map(tag => `body ${tag}`).join(', ')
/** The elements a poster's badge (`<span class="lz">楼主</span>`) is looked for in. */
const BADGE_TAGS = ['span', 'em', 'i', 'b', 'li', 'div', 'td']
const BADGE_SELECTOR = BADGE_TAGS.map(tag => `body ${tag}`).join(', ')
/** The subheadings a post's heading is looked for in, under a blog's name or on a page without an `<h1>`. */
const SUBHEADING_SELECTOR = 'body h2, body h3'
/** A post's heading a level lower, under a site's logo: read only as a whole part of the announced title. */
const POST_HEADING_SELECTOR = 'body h4'
/** The tags of `SUBHEADING_SELECTOR`: headings below `<h1>`, read as the title of a page with none. */
const SUBHEADING_TAGS = new Set(['h2', 'h3'])
/** Elements with a `title` (a relative time's full time in its tooltip). */
const TITLED_SELECTOR = 'body [title]'
/** An hCard (microformats: `class="vcard"`), read for the entry's author (`hCardAuthor`). */
const HCARD_SELECTOR = 'body .vcard'
/** XenForo 1's date stamp: the day and the time in its attributes (`dateStringAbbr`). */
const DATE_STRING_ABBR = 'abbr[data-time][data-datestring]'
/** Elements with a Unix time in an attribute (`epochStamp`). */
const EPOCH_STAMP_SELECTOR = EPOCH_ATTRIBUTES.map(name => `body [${name}]`).join(', ')
const oneOf = (tags: readonly string[]): Test => { const set = new Set(tags); return el => set.has(el.name) }

/**
 * Which elements a selector's test is asked about: those of one tag (every element it passes has that name), those
 * with attributes (it passes only elements with an attribute), or all.
 */
type Among = { tag: string } | 'attributed' | 'all'

/**
 * The selectors the hints use, as tests over one list of the page's elements (in document order, as cheerio gives
 * them): css-select walks the whole page once per selector of a list and sorts the union, which cost half of the
 * hints. `true` for the body only.
 */
const SELECTORS = new Map<string, [Test, boolean, Among]>([
  ['meta', [named('meta'), false, { tag: 'meta' }]],
  ['script[type="application/ld+json"]', [el => el.name === 'script' && isJsonLd(el), false, { tag: 'script' }]],
  ['title', [named('title'), false, { tag: 'title' }]],
  // the feeds' links (`feedNames`), asked of a page whose `<title>` is names alone
  ['link[title]', [both(named('link'), has('title')), false, { tag: 'link' }]],
  ['html', [named('html'), false, { tag: 'html' }]],
  ['body h1', [named('h1'), true, { tag: 'h1' }]],
  ['body p', [named('p'), true, { tag: 'p' }]],
  ['[itemprop="datePublished"]', [el => el.attribs.itemprop === 'datePublished', false, 'attributed']],
  ['time[pubdate][datetime]', [both(named('time'), has('pubdate'), has('datetime')), false, { tag: 'time' }]],
  ['article time[datetime]', [both(named('time'), has('datetime'), within('article')), false, { tag: 'time' }]],
  ['main time[datetime]', [both(named('time'), has('datetime'), within('main')), false, { tag: 'time' }]],
  ['time[datetime]', [both(named('time'), has('datetime')), false, { tag: 'time' }]],
  ['body time', [named('time'), true, { tag: 'time' }]],
  ['article time', [both(named('time'), within('article')), false, { tag: 'time' }]],
  ['main time', [both(named('time'), within('main')), false, { tag: 'time' }]],
  // XenForo's date stamp (`dateStringAbbr`), asked of every page that has no dated `<time>`
  [DATE_STRING_ABBR, [both(named('abbr'), has('data-time'), has('data-datestring')), false, { tag: 'abbr' }]],
  // and the elements stamped with a Unix time (`epochStamp`), asked of a page without either
  [EPOCH_STAMP_SELECTOR, [el => EPOCH_ATTRIBUTES.some(name => el.attribs[name] !== undefined), true, 'attributed']],
  // (a token list holds `author` only if its string does: most elements are not split)
  ['[itemprop~="author"]', [el => el.attribs.itemprop?.includes('author') === true &&
    el.attribs.itemprop.split(/\s+/).includes('author'), false, 'attributed']],
  ['[itemprop~="headline"]', [el => el.attribs.itemprop?.includes('headline') === true &&
    el.attribs.itemprop.split(/\s+/).includes('headline'), false, 'attributed']],
  ['body [property]', [el => el.attribs.property !== undefined, true, 'attributed']],
  ['a[rel~="author"]', [both(named('a'), tokenList('rel', 'author')), false, { tag: 'a' }]],
  ['a[href]', [both(named('a'), has('href')), false, { tag: 'a' }]],
  ['body [class], body [id]', [el => el.attribs.class !== undefined || el.attribs.id !== undefined, true,
    'attributed']],
  [BYLINE_SELECTOR, [el => BYLINE_TAGS.has(el.name), true, 'all']],
  [AUTHOR_BOX_SELECTOR, [el => holdsAuthor(classAndId(el)), true, 'attributed']],
  ['body img[alt]', [both(named('img'), has('alt')), true, { tag: 'img' }]],
  ['body img', [named('img'), true, { tag: 'img' }]],
  [DATE_CLASS_SELECTOR, [classHas(...DATE_CLASSES), true, 'attributed']],
  [LABELLED_DATE_SELECTOR, [el => BYLINE_TAGS.has(el.name) || el.name === 'td' || el.name === 'font', true, 'all']],
  [SCREEN_NAME_SELECTOR, [oneOf(SCREEN_NAME_TAGS), true, 'all']],
  [BADGE_SELECTOR, [oneOf(BADGE_TAGS), true, 'all']],
  [SUBHEADING_SELECTOR, [el => SUBHEADING_TAGS.has(el.name), true, 'all']],
  [TITLED_SELECTOR, [el => el.attribs.title !== undefined, true, 'attributed']],
  [HCARD_SELECTOR, [tokenList('class', 'vcard'), true, 'attributed']]
])

/** A list of elements sorted once by tag and by whether they have attributes, each part in document order. */
interface SortedElements { all: Element[], byTag: Map<string, Element[]>, attributed: Element[] }

/**
 * `all` sorted, and the same for its elements from index `split` on (`all.slice(split)` sorted: each list's tail,
 * its elements at or after `split`, in the same order), in one pass.
 */
function sortElements (all: Element[], split = all.length): [SortedElements, SortedElements] {
  const byTag = new Map<string, Element[]>()
  const attributed: Element[] = []
  // how many elements of each list stand before `split`, read when the loop reaches it
  let heads: Map<string, number> | undefined
  let attributedHead = 0
  for (let i = 0; i < all.length; i++) {
    if (i === split) [heads, attributedHead] = headsOf(byTag, attributed)
    const el = all[i]
    const list = byTag.get(el.name)
    if (list === undefined) byTag.set(el.name, [el])
    else list.push(el)
    if (hasAttributes(el.attribs)) attributed.push(el)
  }
  if (heads === undefined) [heads, attributedHead] = headsOf(byTag, attributed)
  const tailByTag = new Map<string, Element[]>()
  for (const [tag, list] of byTag) {
    const head = heads.get(tag) ?? 0
    if (list.length > head) tailByTag.set(tag, list.slice(head))
  }
  return [
    { all, byTag, attributed },
    { all: all.slice(split), byTag: tailByTag, attributed: attributed.slice(attributedHead) }
  ]
}

const headsOf = (byTag: Map<string, Element[]>, attributed: Element[]): [Map<string, number>, number] =>
  [new Map([...byTag].map(([tag, list]) => [tag, list.length])), attributed.length]

/** The elements a selector's test needs to be asked about (a superset of those it passes, in document order). */
function candidates (sorted: SortedElements, among: Among): Element[] {
  if (among === 'all') return sorted.all
  if (among === 'attributed') return sorted.attributed
  return sorted.byTag.get(among.tag) ?? []
}

/**
 * Whether no element follows `el`'s subtree in document order (nothing after it or after any ancestor; what
 * `ensureBody` makes of `<body>`): then its descendants are the tail of the document's element list.
 */
function endsDocument (el: Element): boolean {
  for (let n: AnyNode | null = el; n !== null; n = n.parent) {
    for (let next = n.next; next !== null; next = next.next) if (isElement(next)) return false
  }
  return true
}

/** The selectors `fastQuery` answers itself (test/html-fast-query.test.ts holds each to cheerio's answer). */
export const FAST_SELECTORS: readonly string[] = [...SELECTORS.keys()]

/** `$` answering the selectors above from one list of elements; anything else goes to cheerio. */
export function fastQuery ($: CheerioAPI): CheerioAPI {
  const everywhere = $.root()[0].children.flatMap(c => elementsOf(c))
  const at = everywhere.findIndex(el => el.name === 'body')
  const body = at < 0 ? undefined : everywhere[at]
  // the body's elements: the tail of that list (one walk and one sort of the page, not two) unless something
  // follows the body
  const tail = body !== undefined && endsDocument(body)
  const [all, tailSorted] = sortElements(everywhere, tail ? at + 1 : everywhere.length)
  const bodyAll = body === undefined ? [] : tail ? everywhere.slice(at) : elementsOf(body)
  if (body !== undefined) bodyList = { body, all: bodyAll }
  const inBody = tail ? tailSorted : sortElements(bodyAll.slice(1))[0]
  // each known selector is answered once per page (the hints ask several of them more than once); cheerio's
  // selections are not changed by the methods the hints call on them
  const answers = new Map<string, unknown>()
  const query = (selector: unknown, ...rest: unknown[]): unknown => {
    const known = typeof selector === 'string' && rest.length === 0 ? SELECTORS.get(selector) : undefined
    if (selector === 'body') return $(body === undefined ? [] : [body])
    if (known === undefined) return ($ as (...args: unknown[]) => unknown)(selector, ...rest)
    let answer = answers.get(selector as string)
    if (answer === undefined) {
      answer = $(candidates(known[1] ? inBody : all, known[2]).filter(known[0]))
      answers.set(selector as string, answer)
    }
    return answer
  }
  return Object.assign(query, $)
}

type MetaTags = Map<string, string[]>

/** Every `<meta>` value by its key (`property`, `name`, `itemprop` or `http-equiv`, lower case). */
function metaTags ($: CheerioAPI): MetaTags {
  const meta: MetaTags = new Map()
  let answers: boolean | undefined
  $('meta').each((_, el) => {
    if (!isElement(el)) return
    if (attr(el, 'itemprop') !== '' && attr(el, 'name') === '' && attr(el, 'property') === '') {
      // microdata of another item than the page's: a comment's, or the question above the answer a page is of
      const item = itemTypeAbove(el)
      if (item !== undefined && OTHER_ITEM.test(item)) {
        answers ??= $('[itemtype]').toArray().some(e => isElement(e) && ANSWER_ITEM.test(attr(e, 'itemtype')))
        if (!/question/i.test(item) || answers) return
      }
    }
    const named = attr(el, 'property') || attr(el, 'name') || attr(el, 'itemprop') || attr(el, 'http-equiv')
    const key = named.trim().toLowerCase()
    const content = normalizeLine(attr(el, 'content'))
    if (key === '' || content === '') return
    meta.set(key, [...(meta.get(key) ?? []), content])
  })
  return meta
}

/**
 * Microdata items whose properties are not the page's article: a comment's, and a question's on a page of its answer
 * (`<div itemscope itemtype="http://schema.org/Question"><meta itemprop="dateCreated" content="2016-08-03T…">` above
 * `<div itemscope itemtype="http://schema.org/Answer">`, a Zhihu-style answer page: zh-blogs b159 of session 40's
 * unseen round).
 */
const OTHER_ITEM = /schema\.org\/(?:Comment|Question)\/?$/i
const ANSWER_ITEM = /schema\.org\/Answer\/?$/i
/** Levels above a microdata property its item is looked for. */
const ITEM_LEVELS = 24

/** The `itemtype` of the nearest item (`itemscope`) above an element, within `ITEM_LEVELS`. */
function itemTypeAbove (el: Element): string | undefined {
  let level = 0
  for (let p = el.parent; p !== null && isElement(p) && level < ITEM_LEVELS; p = p.parent, level++) {
    if (p.attribs.itemscope !== undefined) return attr(p, 'itemtype')
  }
  return undefined
}

/** The first non-empty value of the first key that has one. */
function metaValue (meta: MetaTags, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const v = meta.get(k)?.find(x => x !== '')
    if (v !== undefined) return v
  }
  return undefined
}

/** The page's article JSON-LD object (an Article type first, else a page typed object with a headline or date). */
function articleObject (ld: JsonObject[]): JsonObject | undefined {
  return ld.find(o => typesOf(o).some(t => ARTICLE_TYPES.test(t) && !/WebPage|CreativeWork/i.test(t))) ??
    ld.find(o => typesOf(o).some(t => ARTICLE_TYPES.test(t)) && (o.headline ?? o.datePublished) !== undefined)
}

/** What readHints reads once and its parts share. */
interface Page {
  /** The host the page was fetched from, when known: a member's page on it names the page's own poster. */
  host: string | undefined
  /** The title a CMS wrote into a comment (./cms-comment.ts). */
  cmsTitle: string | undefined
  $: CheerioAPI
  meta: MetaTags
  ld: JsonObject[]
  article: JsonObject | undefined
  siteName: string | undefined
  docTitle: string
  h1s: string[]
  /** The titles the page announces (`announcedTitles`). */
  announced: string[]
}

function publisherName (article: JsonObject | undefined): string | undefined {
  return article !== undefined && isObject(article.publisher) ? str(article.publisher.name) : undefined
}

function siteNameOf (meta: MetaTags, ld: JsonObject[], article: JsonObject | undefined): string | undefined {
  return metaValue(meta, 'og:site_name') ?? publisherName(article) ??
    str(ld.find(o => typesOf(o).some(t => /^WebSite$/i.test(t)))?.name) ??
    metaValue(meta, 'application-name', 'sitename', 'site_name')
}

/** Longest lone `<h1>` taken as the headline, in characters. */
const MAX_HEADLINE = 200
/**
 * Shortest lone `<h1>` taken as the headline, in characters: shorter ones are a logo's or a section's name as often
 * (`天涯` on `冬至_天涯杂谈_天涯论坛`, which shares its word).
 */
const MIN_LONE_HEADLINE = 4
/**
 * Shortest `<h1>` that the announced title starts with, a separator after it, taken as the headline: in
 * Latin-equivalent characters (a Han character counts two: `冬至`, `春运`, a blog's or a thread's two-character
 * title, is as long as `Zinc`).
 */
const MIN_HEADLINE = 4
/** An `<h1>` is the announced title's when it has at least this share of its length (the shorter of 80). */
const H1_SHARE = 0.5
const H1_SHARE_CAP = 80

/**
 * Words of two letters or more, lower case, and each two Han characters in a row (a run of one alone): what two
 * titles share when about one thing. Most Chinese words are two characters; one character in common is chance
 * (`相关新闻` and `…治理年关欠薪` share `关` and nothing else).
 */
function titleWords (s: string): Set<string> {
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

/**
 * Whether the `<h1>` is a later part of the `<title>`, after a longer first one: the section's name the page heads
 * itself with (`<h1>投资者关系</h1>` under `<title>关于签订日常经营重大合同的公告 - 投资者关系 - 某某股份有限公司`).
 */
function namesSection (h1: string, docTitle: string): boolean {
  const parts = docTitle.split(ANNOUNCED_PARTS).map(p => p.trim()).filter(p => p !== '')
  return parts.length >= 3 && parts.slice(1).some(p => sameName(p, h1)) &&
    weightedLength(parts[0]) > weightedLength(h1) && !sameName(parts[0], h1)
}

/**
 * Whether an announced title names the site alone, every part of it a site's or paper's name or a language edition
 * (`明報新聞網 - 每日明報 daily news` on every Ming Pao article, `Feiyun County People's Government Website--English
 * Version`): no headline, so it says nothing of the page's `<h1>`.
 */
function namesSiteOnly (title: string): boolean {
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
  `^(?:[\\p{L}\\s]{1,20}:|${MONTHS_SHORT}\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\s*`, 'iu'
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
function announcedTitles (
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
function h1Printing ($: CheerioAPI, text: string): Element | undefined {
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
function pageHeadings ($: CheerioAPI, announced: readonly string[], url: string | undefined): Headings {
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
  if (h1s.length === 0) return { ...headings, headlines: openingHeading(subheadings, announced) }
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
function linksAddress (href: string, url: string): boolean {
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
    const opens = announced.some(a => {
      const title = normalizeLine(a)
      return title.length > text.length && title.startsWith(text) && AFTER_OPENING.test(title.slice(text.length))
    })
    if (opens) return [text]
  }
  return []
}

/**
 * How many `<h2>`/`<h3>` are read for a post's heading under a blog's name: the post's comes first, the sidebar's
 * later.
 */
const MAX_SUBHEADINGS = 10
/**
 * The separators between the parts of an announced title, blog hosts' too (`标题 @ 博客名 :: 痞客邦 PIXNET ::`,
 * Movable Type's `博客名: 标题`), a spaced double hyphen (`岷江日報 Minjiang Daily -- 菲華社會 -- 标题`, zh-news n137), and
 * one or two hyphens between Han text (`青禾慈善基金会--新闻动态`, Dreamweaver templates';
 * `企业新闻-浙江康恒药业股份有限公司`).
 */
const ANNOUNCED_PARTS = /\s+(?:[-–—|｜@]|--)\s+|\s*::\s*|[_|｜]|:\s+|(?<=\p{Script=Han})-{1,2}(?=\p{Script=Han})/u
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
function titleHints (page: Page, lines: Map<string, string>): Pick<MetadataHints, 'title' | 'titleLine'> {
  const title = titleHint(page)
  if (title === undefined) return {}
  const line = lines.get(title)
  return line === undefined ? { title } : { title, titleLine: line }
}

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
  const sectioned = noH1 && namesSiteAndSections(announced)
  const tabled = tabledTitle(page, docTitle, noHeadline || sectioned)
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

/** Longest section name in a `<title>` beside the site's (`通告及公告`, `招聘`, `Press Releases`), in characters. */
const TITLE_SECTION_MAX = 14

/**
 * Whether a `<title>` names the site and its sections, no headline (`民政總署 - 通告及公告 - 招聘`); a part may name an
 * organization and its unit spaced apart (`國立南瀛大學 資訊工程學系 - 最新消息`: zh-org o66 of session 39's unseen round).
 */
function namesSiteAndSections (title: string): boolean {
  const parts = title.split(SECTION_PARTS).map(p => p.trim()).filter(p => p !== '')
  const named = (p: string): boolean => endsLikeOrg(p) || isChineseOrganization(p) || endsLikeSiteName(p)
  // an organisation's name may go with its Latin acronym (`澳門專業會計人員協會 MIPA - 最新通告`: zh-org o122 of session 45's
  // second wave)
  // or with its English name (`寶翠山醫院 Po Chui Shan Hospital`, a Hong Kong hospital's `<title>` after the section's
  // name: zh-org o221 of session 59's unseen round)
  const org = (p: string): boolean => named(p) || bilingualOrganization(p) ||
    (p.includes(' ') && p.split(/\s+/).every(w => named(w) || ACRONYM.test(w)) && !p.split(/\s+/).every(w => ACRONYM.test(w)))
  const section = (p: string): boolean => weightedLength(p) <= TITLE_SECTION_MAX || EDITION_PAGE.test(p) || wholeDate(p)
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

/**
 * A class or id token that names a title (`doctitle`, `bt_title`, `news-title`, `biaoti`, `headline`: a Hong Kong
 * paper's `<td class="headline">` under a `<title>` that shortens it, zh-news n101 of session 36; a message's or a
 * post's subject, `msg_subject`, a Taiwan city portal's press release cell under a `<title>` of the portal alone:
 * zh-gov g276 of session 58's unseen round, where a thread header's `top_subject` holds its label and read count too,
 * SMF's; `_cont` after it (`title_cont`, a home-made ASP association site's title cell under a `<title>` of the
 * association and its section: zh-org o214 of session 58's unseen round); a width after it as old table templates
 * write (`main_title_575`; not a one-digit level, `title2`, as often a subheading's class as a headline's: zh-news
 * n306, n318 beside zh-org o233 of session 60's unseen round), or a style and a number (`titlestyle58291`, 博达 VSB's
 * cells beside `timestyle58291` and `authorstyle58291`: zh-org o187 of session 54's unseen round); ASP.NET's ids
 * (`ctl00_ContentPlaceHolder1_lblTitle`); and `bt`, `news_bt`: the initials of 标题 on Chinese CMSs, `xj_tit`: its short
 * form, session 37's unseen round), not a subtitle's (`subtitle`, and `fubiaoti`, `futitle`: 副标题 in pinyin, zh-news
 * n258 of session 41's unseen round), an intro title's over the headline (`introtitle`, `pretitle`, `yinti`: 引题,
 * zh-news n366 of session 47's unseen round) nor a sidebar box's (`left_title`, `side_title`).
 */
const TITLE_TOKEN = new RegExp('^(?!sub|fu(?!ll)|left|right|side|intro|pre-?tit|yin)[a-z0-9_-]*?' +
  '(?:title|biaoti|headline|(?:msg|message|news|article|post|blog|entry)[_-]?subject)' +
  '(?:[_-]?\\d{2,4}|style\\d{2,8}|[_-]cont)?$|^(?:[a-z]+[_-])?(?:bt|tit)$', 'i')
/** Whether a class-and-id string holds a title's token (`TITLE_TOKEN`). */
const titleNamed = (named: string): boolean => named.split(/\s+/).some(t => TITLE_TOKEN.test(t))
/** Shortest and longest headline read from a title-classed element (Latin-equivalent characters). */
const CLASSED_TITLE_MIN = 15
const CLASSED_TITLE_MAX = 250


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
  const kids = el.children.filter(c => !isText(c) || c.data.trim() !== '')
  if (kids.length !== 2) return undefined
  const [link, rest] = kids
  if (!isElement(link) || link.name !== 'a' || !isText(rest)) return undefined
  const m = TOPIC_COLON.exec(rest.data)
  return m === null ? undefined : normalizeLine(m[1])
}
const TOPIC_COLON = /^\s*[:：]\s*(\S.*)$/su

/**
 * The text a title-classed or large element gives as a headline: a line break inside it a space, a subtitle classed
 * inside it no part of it (`headingText`); undefined for one holding a link elsewhere, but a topic's before a colon.
 */
function headlineTextOf (el: Element, classed: boolean): string | undefined {
  const topical = classed ? afterTopicLink(el) : undefined
  if (topical !== undefined) return topical
  return elementsOf(el).some(e => e.name === 'a' && !linksPage(e)) ? undefined : headingText(el)
}

function classedHeadline ($: CheerioAPI): string | undefined {
  let best: string | undefined
  const body = $('body')[0]
  if (body === undefined) return undefined
  const large = pageLargeType()
  for (const el of bodyElements(body)) {
    const named = classAndId(el)
    const classed = titleClassedAs(el, named)
    const sized = !classed && printsLarge(el, large)
    if (!classed && !sized) continue
    if (inSkipped(el) || insideLink(el)) continue
    const text = headlineTextOf(el, classed)
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
 * The classes and ids the style sheets of the page `readHints` is reading set large (large-type.ts), and its
 * title-classed headline (`titleClassed`; null: none): each read once per page, and only when a reader asks (most pages
 * have an `<h1>` and none does); the page's address (`linksPage`).
 */
let largeType: { $: CheerioAPI, url?: string, large?: LargeType, classed?: string | null } | undefined

function pageLargeType (): LargeType {
  if (largeType === undefined) return NO_LARGE_TYPE
  if (largeType.large === undefined) {
    const sheets = largeType.$('style').toArray()
      .map(el => isElement(el) ? el.children.map(c => isText(c) ? c.data : '').join('') : '')
    const large = largeTypeRules(sheets)
    // the classes named by their size (`f24` beside `f12`), read from the elements once
    const classes = new Set<string>()
    for (const el of largeType.$('body [class]')) {
      if (isElement(el)) for (const c of attr(el, 'class').split(/\s+/)) if (c !== '') classes.add(c)
    }
    for (const c of sizeNamedLarge(classes, large)) large.classes.add(c)
    largeType.large = large
  }
  return largeType.large
}
const NO_LARGE_TYPE: LargeType = { classes: new Set(), ids: new Set() }

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

/** Whether an element stands inside a link. */
function insideLink (el: Element): boolean {
  for (let p = el.parent; p !== null; p = p.parent) if (isElement(p) && p.name === 'a') return true
  return false
}

/** The page's declared locale: `<html lang>`, else `content-language` or `og:locale` (empty when none). */
function localeOf ($: CheerioAPI, meta: MetaTags): string {
  const lang = $('html').attr('lang')?.trim() ?? ''
  return lang !== '' ? lang : (metaValue(meta, 'content-language', 'og:locale') ?? '')
}

/** Reads the hints; call before cleaning (the head, JSON-LD scripts and hidden meta are still there). */
export function readHints (cheerio: CheerioAPI, cms: CmsProperties = {}, url?: string): MetadataHints {
  answers = new AncestorAnswers(cheerio)
  try {
    return readPageHints(cheerio, cms, url)
  } finally {
    answers = undefined
    bodyList = undefined
    largeType = undefined
  }
}

/**
 * The page's own title: a hacked site's keywords put before it are none of its words (the spam stage lists them); for
 * a `<title>` of keywords alone, the title a script sets back for the visitor (./script-title.ts).
 */
function ownTitle ($: CheerioAPI, rawTitle: string): string {
  return afterKeywordHead(rawTitle) ?? (isKeywordTitle(rawTitle) ? scriptTitle($('script').toArray()) : undefined) ??
    rawTitle
}

/**
 * The headline schema.org microdata marks in the page (`<h2 itemprop="headline">`, a Joomla or WordPress theme's
 * article heading): the article's own property, as JSON-LD's `headline` is, read before what the page announces for
 * search and sharing (a Joomla law firm's `<title>` and `og:title` word the article otherwise: zh-org o102 of session
 * 43's unseen round). A `<meta itemprop="headline">` is among the meta tags; an element's text longer than a headline
 * is none.
 */
function microdataHeadline ($: CheerioAPI): string | undefined {
  for (const el of $('[itemprop~="headline"]')) {
    if (!isElement(el) || el.name === 'meta' || !inArticleItem(el) || inSkipped(el)) continue
    const text = boundedText(el, MAX_HEADLINE)?.trim()
    if (text !== undefined && text !== '') return text
  }
  return undefined
}

/**
 * Whether an element's item (its nearest `itemscope` above it) is an article's (`schema.org/Article`, `BlogPosting`):
 * a theme also marks the site's name `headline` in its header's item (`WPHeader`, Genesis themes) and the page's
 * heading in a `WebPage` item, which other words than the article's may fill (WCXB 4271's `Web Designs`).
 */
function inArticleItem (el: Element): boolean {
  for (let p = el.parent; p !== null && isElement(p); p = p.parent) {
    if (p.attribs.itemscope === undefined) continue
    const type = attr(p, 'itemtype').replace(/^.*\//, '')
    return ARTICLE_TYPES.test(type) && !/WebPage/i.test(type)
  }
  return false
}

function readPageHints (cheerio: CheerioAPI, cms: CmsProperties, url: string | undefined): MetadataHints {
  const host = url === undefined ? undefined : hostOf(url)
  const $ = fastQuery(cheerio)
  largeType = { $, url }
  const meta = metaTags($)
  const ld = jsonLdObjects(jsonLdTexts($('script[type="application/ld+json"]').toArray(), meta))
  const article = articleObject(ld)
  const rawTitle = titleOf($)
  const docTitle = ownTitle($, rawTitle)
  const cmsTitle = cms.title ?? microdataHeadline($)
  const announcedAll = announcedTitles(article, cmsTitle, meta, docTitle)
  const headings = pageHeadings($, announcedAll, url)
  const h1s = headings.headlines
  const siteName = siteNameOf(meta, ld, article) ?? headings.siteName
  const page: Page = {
    $, meta, ld, article, siteName, docTitle, h1s, cmsTitle, announced: announcedAll, host
  }
  const hints: MetadataHints = {}
  if (page.siteName !== undefined) hints.siteName = page.siteName
  Object.assign(hints, titleHints(page, headings.lines))
  if (rawTitle !== '') hints.pageTitle = rawTitle
  const locale = localeOf($, meta)
  if (locale !== '') hints.locale = locale

  // letters and digits below every element, counted once: the searches for short lines skip long elements unread;
  // the raw text lengths of the elements with a colon, for the two walks that look for short labelled lines
  const body = $('body')[0]
  const lines = body !== undefined && isElement(body) ? { body, facts: bodyFacts(body) } : undefined
  const letters: Letters = lines?.facts.letters ?? new Map<AnyNode, number>()
  // the page's own reading of dates (a Taiwan page's two-digit Minguo years; a Hong Kong page's day-first `3/5/2012`
  // by its locale or host: zh-org o171 of session 51's unseen round) for the dates of its labelled fields
  // (an archive's capture by its original site: `archive.is/…/http://www.example.org.hk/…`, zh-org o221 of session 59)
  const site = siteAddress(url)
  const pageDates: DateOptions = { minguo: minguoPage(locale, site), order: numericDateOrder(locale, site) }
  const info = lines === undefined
    ? {}
    : withBbsHeader(infoLine(lines.body, lines.facts, docTitle, pageDates), lines.body, h1s)
  const near = titleAndNear(page, hints, lines?.body, info)
  const minguo = pageDates.minguo === true
  const dates = dateHints($, { article, meta, letters, info, near, minguo, cmsDate: cms.date, host })
  // the strongest (they come in rank order) that holds a year, for readers of the raw hints
  const published = dates.find(d => d.kind !== 'relative' && /\d{4}/.test(d.value))
  if (published !== undefined) hints.published = published.value
  if (dates.length > 0) hints.dates = dates

  const credits = lines === undefined ? { authors: [], editors: [] } : creditLines(lines.body, lines.facts, docTitle)
  const authors = pageAuthors([info.author, near.byline], () => authorHints(page, letters), credits.authors,
    editorsNamed(credits.editors, info.editors))
  if (authors !== undefined) hints.authors = authors
  const editors = [...credits.editors, ...otherEditors(info.editors, near.photographers, credits.editors)]
  if (editors.length > 0) hints.editors = editors
  const source = sourceHint(meta, info, near)
  if (source !== undefined && !isUrl(source)) hints.source = source
  return hints
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
  const titled = namesOrganizationOnly(page.docTitle) ? '' : page.docTitle
  const near = headlineInfo(body, titled, page.h1s)
  if (page.h1s.length > 0 || info.date !== undefined || (near.date !== undefined && near.byline !== undefined)) {
    return { near }
  }
  const classed = titleClassed(page.$)
  if (classed === undefined) return { near }
  const beside = headlineInfo(body, page.docTitle, [classed])
  // a date alone will do when the `<title>`'s headline is printed nowhere (nothing beside it was found)
  const unanchored = near.headline === undefined && near.date === undefined && near.byline === undefined
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
/** A subtitle's dash before it (`――沅溪古镇…见闻`, `——`, `--`). */
const SUBTITLE_DASH = /^[―—–-]{1,2}\s*/u

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

/** White space between two Han characters: where a headline's lines were broken (`<br>`), read as a space. */
const HAN_BREAK = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu

/**
 * A Chinese headline broken over lines (`云川省人民政府办公厅<br>关于…的通知`) as a title the page announces runs it
 * (`ArticleTitle`, `<title>`: `…办公厅关于…的通知`), its lines glued: a break the layout put inside a phrase (zh-gov g87,
 * g158 of session 43's unseen round). Where no announced title has it glued, the space stands: two lines of a
 * headline that are two clauses (`…走廊變雜物房<br>消防屋宇突擊巡查`, zh-news n307).
 */
function asAnnounced (title: string, announced: readonly string[]): string {
  const glued = title.replace(HAN_BREAK, '')
  if (glued === title) return title
  const flat = announced.map(a => normalizeLine(a))
  return flat.some(a => a.includes(glued)) && !flat.some(a => a.includes(title)) ? glued : title
}

/**
 * The title the page shows (into `hints.title`) and the date and byline beside its headline: the title first, so that
 * a headline printed in a title-classed or large-type element lends its date and byline (`besideShown`).
 */
function titleAndNear (page: Page, hints: MetadataHints, body: Element | undefined, info: InfoFields): HeadlineInfo {
  const { near, classed } = nearHeadline(page, body, info)
  const sources = { $: page.$, info, h1s: page.h1s, near, siteName: page.siteName, classed }
  const shown = shownTitle(hints.title, page.docTitle, sources)
  // a headline cut short with an ellipsis, printed whole elsewhere on the page (./truncated-title.ts); a badge's
  // character or two read before it (`<h2><span class="blog_type">原</span>Nginx …</h2>`)
  const title = shown ?? hints.title
  const whole = wholeTitle(title ?? '', body) ?? withoutBadge(title, page.docTitle) ?? afterBadgeElement(page.$, title)
  const chosen = whole ?? shown
  if (chosen !== undefined) hints.title = chosen
  if (hints.title !== undefined) hints.title = asAnnounced(hints.title, page.announced)
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
 * The source the markup names (`<meta name=source>`), else the info line's `来源：`, else the medium an unlabelled
 * info line beside the headline names (`2012-01-17 09:30 新华社`).
 */
function sourceHint (meta: MetaTags, info: InfoFields, near: HeadlineInfo): string | undefined {
  return metaValue(meta, 'source', 'contentsource', 'og:source') ?? info.source ?? near.source
}

/** One to four Chinese names of two to four characters (`王攀`, `李明、张华`): a credit, not a sentence. */
const HAN_NAMES = /^[\p{Script=Han}·]{2,4}(?:\s*[\s、，,／/]\s*[\p{Script=Han}·]{2,4}){0,3}$/u

/** The names of credits, each apart (`刘晓彤 周建明`, `李明、张华`), as the metadata stage splits them. */
const creditNames = (credits: readonly string[]): string[] => credits.flatMap(splitNames)

/**
 * Most names a fuller credit may give: a byline's reporters and correspondents. More are the headers of a thread's
 * replies (`作者：X` over each floor of a Tianya-style thread, zh-blogs b12), no credit of the article.
 */
const FULLER_CREDIT_NAMES = 4

/** Whether `fuller` names every name of `names` and more, a handful at most. */
function namesMore (fuller: readonly string[], names: readonly string[]): boolean {
  const all = new Set(creditNames(fuller))
  const some = creditNames(names)
  return all.size > some.length && all.size <= FULLER_CREDIT_NAMES && some.every(n => all.has(n))
}

/** A byline of reporters, several names after the role (`記者林思妤、陳冠廷／台中報導`, `本报记者 王楠 陈思远`). */
const REPORTERS_BYLINE = /^\s*(?:本[报報])?(?:記者|记者)\s*[\p{Script=Han}·]{2,4}\s*[、，,和及與与\s]\s*[\p{Script=Han}·]{2,4}/u

/**
 * The authors: the writer the page shows labelled on its info line or beside its headline (`作者：王攀`) first when
 * it reads as Chinese names (a Chinese page's `<meta name=author>` often names the CMS account that posted it);
 * then the byline and the markup (the byline beside the headline when it names reporters, the
 * markup's among them); then that shown credit whatever it reads as; then the credit lines.
 */
function pageAuthors (
  shownCredits: Array<string | undefined>, markup: () => string[], creditAuthors: string[],
  editorNames: readonly string[]
): string[] | undefined {
  const shown = shownCredits.filter((a): a is string => a !== undefined).slice(0, 1)
  if (shown.length > 0 && shown.every(a => HAN_NAMES.test(a))) {
    // the credit lines name the shown writer and more (a CMS field's `作者：刘晓彤` over the text's `记者：刘晓彤 周建明
    // 通讯员：覃海波`: zh-news n312 of session 42's unseen round): the fuller list
    if (namesMore(creditAuthors, shown)) return creditAuthors
    // the info line's author slot names the station or the office (`作者：柳州台`) and a credit line the writer
    // (`记者：覃晓燕　摄像：韦志明`: zh-news n182 of session 39's unseen round): the writer, and the station for the source
    return shown.every(isChineseOrganization) && creditAuthors.length > 0 ? [...creditAuthors, ...shown] : shown
  }
  const marked = markup()
  // the markup names only people the page credits as its editors (`<meta name="author" content="孙薇">` beside `编辑：孙薇`):
  // the CMS account that posted the page, and the credit lines name the writers (`记者：尹海峰　延边台记者：崔英男` in a
  // web TV station's credit block: zh-news n428 of session 55's unseen round)
  if (marked.length > 0 && creditAuthors.length > 0 && marked.every(m => editorNames.includes(m))) return creditAuthors
  // the markup names an office (`<meta name="DC.Creator" content="臺中市政府交通局">`, a WordPress account `編輯部`) and a
  // credit line or the byline beside the headline a writer (`記者何家欣／列治文報導`: zh-news n176 of session 39's unseen
  // round): the writer, and the office for the metadata stage to make the source
  if (marked.length > 0 && marked.every(isChineseOrganization)) {
    const writers = creditAuthors.length > 0 ? creditAuthors : shown
    if (writers.length > 0) return [...writers, ...marked]
  }
  // the byline beside the headline holds every name the markup gives, and may name more: JSON-LD's `author` lists
  // the first of two reporters (`記者林思妤、陳冠廷／台中報導`: zh-news n308 of session 42's unseen round); the byline is
  // read whole by the metadata stage (its roles, its place)
  const reporters = shown.length > 0 && REPORTERS_BYLINE.test(shown[0])
  if (marked.length > 0 && reporters && marked.every(m => shown[0].includes(m))) return shown
  // the markup gives the reporters in Latin letters and the byline prints them in Han (`Chia-Min Yen, Po-Yu Chen` in
  // the meta tags and JSON-LD, `記者顏嘉敏、陳柏宇／紐約報導` under the headline: a US Chinese daily, zh-news n360 of
  // session 46's unseen round): the names as the page prints them for its readers
  if (marked.length > 0 && reporters && !marked.some(m => HAN.test(m))) return shown
  return [marked, shown, creditAuthors].find(a => a.length > 0)
}

/** The names of the editors the credit lines and the info line give. */
const editorsNamed = (credited: readonly Editor[], info: readonly Editor[] = []): string[] =>
  [...credited, ...info].map(e => e.name)

/**
 * The info line's editors and the photographers the byline beside the headline credits (`文/张三 图/李四`), those
 * the credit lines do not name already.
 */
function otherEditors (
  infoEditors: Editor[] | undefined, photographers: string[] | undefined, credited: Editor[]
): Editor[] {
  const shot = (photographers ?? []).map((name): Editor => ({ role: 'photographer', name }))
  return [...infoEditors ?? [], ...shot].filter(e => !credited.some(c => c.name === e.name))
}

/**
 * A page with no headline element of its own, titled by its whole `<title>`: the part of that title the page prints
 * as a text of its own (`貧血 小心大腸癌上身` under `貧血 小心大腸癌上身 - 自由電子報 即時新聞`), else undefined.
 */
function printedTitle (title: string | undefined, docTitle: string, printed: string | undefined): string | undefined {
  if (title !== docTitle || printed === undefined) return undefined
  return printed.length < docTitle.length && docTitle.includes(printed) ? printed : undefined
}

/**
 * A forum or CMS package's credit in the author tag (`<meta name="author" content="Discuz! Team and Comsenz UI
 * Team">` on every Discuz! page): the software's, no writer of the page (data/author-validation.json `software`).
 */
const SOFTWARE_CREDIT = new RegExp(loadData<{ software: Array<{ text: string }> }>('author-validation.json').software
  .map(e => escapeRegExp(e.text)).join('|'), 'i')

/**
 * The schema.org types of a member's post on a forum or a social site (`DiscussionForumPosting`, Google's type for a
 * thread's first post), whose author is the member who posted it: a user name there is the writer's name as the site
 * shows it (`tudou_in_berlin`, a Reddit post's: zh-blogs b415 of session 53's unseen round), not a CMS account's.
 */
const POSTING_TYPES = /^(?:DiscussionForumPosting|SocialMediaPosting)$/
/** A member's user name: a letter, then letters, digits, `_`, `-` or `.` (`tudou_in_berlin`, `maibao`). */
const MEMBER_NAME = /^[A-Za-z][A-Za-z0-9_.-]{2,30}$/

/** The names of the markup (JSON-LD, `<meta>`), each a byline string; organizations that are the site left out. */
function markupAuthors (page: Page, notOrg: (a: string) => boolean): { fromLd: string[], fromMeta: string[] } {
  const { article, meta, siteName } = page
  // (a JSON-LD `Person` typed author is no better: CMSs type the site's own account as a Person)
  const posting = POSTING_TYPES.test(str(article?.['@type']) ?? '')
  const fromLd = namesOf(article?.author, siteName).concat(namesOf(article?.creator, siteName))
    .map(cleanAuthor).filter(a => isNameList(a) || (posting && MEMBER_NAME.test(a))).filter(notOrg)
  // scholarly pages list every author in `citation_author` (Highwire / Google Scholar tags), often `Last, First`
  const citedRaw = meta.get('citation_author') ?? meta.get('citation_authors') ?? meta.get('dc.creator') ?? []
  const cited = citedRaw.map(uninvert)
  const allCited = cited.length > 1 ? cited.join('; ') : undefined
  const twitter = /^written by$/i.test(metaValue(meta, 'twitter:label1') ?? '') ? metaValue(meta, 'twitter:data1') : undefined
  const keys = ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl']
  const platform = POWERED_BY.exec(page.docTitle)?.[1].trim().toLowerCase()
  const fromMeta = [allCited, ...keys.map(k => metaValue(meta, k)), twitter, cited[0]]
    .filter((x): x is string => x !== undefined && !isUrl(x) && !SOFTWARE_CREDIT.test(x) &&
      x.trim().toLowerCase() !== platform)
    .map(cleanAuthor).map(withoutRomanized).filter(isNameList).filter(notOrg)
  return { fromLd, fromMeta }
}

/**
 * The platform a `<title>` credits at its end (`… : 小咪的竹塹日常 Powered by LIME BLOG`, a Taiwan blog host in the LINE
 * BLOG manner whose `<meta name="author">` holds the platform's name: zh-blogs b516 of session 60's second unseen
 * round): the software's or host's name, no writer's.
 */
const POWERED_BY = /\bpowered\s+by\s+([^|｜_\-–—]{2,40})$/i

/**
 * An author tag that names one Chinese writer twice, in Han and in the lower-case romanization of a login (`<meta
 * name="author" content="阿木,amu">`, a personal blog: zh-blogs b291 of session 45's unseen round): the Han name alone. A
 * lower-case word of pinyin syllables beside a Han name is no second person (a name in Latin letters is capitalized).
 */
function withoutRomanized (names: string): string {
  const parts = names.split(/\s*[,，;；]\s*/u)
  if (parts.length < 2 || !parts.some(p => HAN.test(p))) return names
  const kept = parts.filter(p => !(/^[a-z]+$/.test(p) && isPinyinWord(p)))
  return kept.length === parts.length ? names : kept.join(', ')
}

/** Names split on the separators a byline joins them with. */
const splitByline = (xs: string[]): string[] => xs.flatMap(x => x.split(/\s*(?:,|;|&|\band\b)\s*/)).filter(x => x !== '')

/** An account's login: one lower-case word of letters and digits (`alan`, `xiaolu_hz`), no name's capital. */
const LOGIN = /^[a-z][a-z0-9_]*$/

/** Longest author string kept, in characters. */
const MAX_AUTHOR = 120

/** Authors: people first; an author that is the site or its publisher is an organisation, not a byline. */
/** Whether the byline a reader sees (`shown`) names the writers where the markup's names (`markup`) do not. */
function bylineOverMarkup (markup: string[], shown: string[], orgs: string[]): boolean {
  if (shown.length === 0) return false
  // markup that names the site itself (`Cleveland Clinic`, `One Tree Planted`) is the CMS default: a different
  // name in the visible byline is the writer
  const isSite = (a: string): boolean => orgs.some(o => sameName(a, o))
  const startsWithSite = (a: string): boolean => orgs.some(o => a.toLowerCase().startsWith(o.toLowerCase()))
  if (markup.every(isSite) && !shown.some(startsWithSite)) return true
  // nor is an office, a company or a site by its Chinese ending (`嘉南自由軟體推廣站` in PHP-Nuke's `<meta name="AUTHOR">`,
  // the site's name it writes on every page: zh-blogs b473 of session 58's unseen round), which the metadata stage
  // takes as the source and no writer, beside a byline a reader sees that names a person
  const office = (a: string): boolean => HAN.test(a) && isChineseOrganization(a)
  if (markup.every(office) && !shown.some(office)) return true
  // an English edition of a Chinese site names its web editor in Chinese in the markup (`<meta name="author"
  // content="刘静">`) beside the byline a reader sees in English (`By SHEN YUHAN and WU JIANHUA in Hangzhou`)
  if (markup.every(a => HAN.test(a)) && !shown.some(b => HAN.test(b))) return true
  // a Chinese blog's author tag gives the account's login (`<meta name="author" content="alan">`) beside the display
  // name its post label shows (`[ 2010/05/07 21:14 | by 阿澜 ]`: zh-blogs b296 of session 45's second wave): the name
  if (markup.every(a => LOGIN.test(a)) && shown.some(b => HAN.test(b))) return true
  // one name in the markup, the byline a reader sees lists it with co-authors (`Rui Ma, Heba Ledwon & Suparn Patra`)
  return markup.length === 1 && splitByline(markup).length === 1 && shown.length === 1 &&
    splitByline(shown).length > 1 && splitByline(shown).some(b => sameName(b, markup[0]))
}

/** A team's name (`nodecn team`, `The Acme Team`, `编辑团队`): a site's or a desk's, no writer's. */
const TEAM_NAME = /\bteam$|团队$|團隊$/iu

function authorHints (page: Page, letters: Letters): string[] {
  const orgs = [page.siteName, publisherName(page.article), docTitleSite(page.docTitle)]
    .filter((x): x is string => x !== undefined)
  // a site named after a person (a personal blog: `Thoughts on Zig | Sam Bossley`) is no organisation
  // the site under another form is the site too: `Flatworld Solutions Editorial Team` on Flatworld Solutions,
  // `GitHub` on GitHub Resources
  // a Chinese paper's or site's name in the markup (`<meta name="author" content="联合早报">`) is the publisher's default
  // nor, on a Chinese page, is a team (`<meta name="author" content="nodecn team">` over a community's every page:
  // zh-blogs b429 of session 54's unseen round; an English page's `ACO Rankings Team` signs its piece, as WCXB's truths
  // take it)
  const chinese = HAN.test(page.docTitle)
  const notOrg = (a: string): boolean => (!orgs.some(o => siteLike(a, o)) || personLike(a)) &&
    !(HAN.test(a) && endsLikeOrg(a)) && !(chinese && TEAM_NAME.test(a))
  const { fromLd, fromMeta } = markupAuthors(page, notOrg)
  // The site or publisher is the author when the page SAYS so where a reader sees the byline (`Supermove
  // February 8, 2022 • 10 mins read` in the author block): a company blog signed by the company. Named only in
  // the markup, it is the site's default, not a byline.
  const shown = bylines(page.$, letters, page.docTitle, page.host)
  const signed = (a: string): boolean => shown.some(b => sameName(a, b))
  const fromLdSigned = fromLd.length > 0
    ? fromLd
    : namesOf(page.article?.author, undefined).map(cleanAuthor).filter(isNameList).filter(signed)
  let list = fromLdSigned.length > 0 ? fromLdSigned : fromMeta.length > 0 ? [fromMeta[0]] : shown
  if (list !== shown && bylineOverMarkup(list, shown, orgs)) list = shown
  if (list !== shown) list = shownWriter(page, letters, list, shown) ?? list
  if (list !== shown && list.length > 1 && list.length <= PHOTO_CHECKED_NAMES) {
    list = withoutShownPhotographers(page, list)
  }
  return [...new Set(list.map(a => normalizeLine(a)).filter(a => a !== '' && a.length < MAX_AUTHOR))]
}

/** Most markup names checked against the page's photo credits (each a pattern over the page's text). */
const PHOTO_CHECKED_NAMES = 8

/**
 * The markup's people without those the page credits as photographers only (JSON-LD's `author` listing both people of
 * `記者蘇怡潔、攝影記者林育廷／台北報導`: zh-news n115 of session 36's unseen round): a photographer's role right before the
 * name (`攝影記者林育廷`, `摄影：李四`), and no reporter's or writer's. Asked only of a markup that names several
 * Chinese names; the page's text is read once.
 */
function withoutShownPhotographers (page: Page, list: string[]): string[] {
  const han = list.filter(a => /^[\p{Script=Han}·]{2,4}$/u.test(a.trim()))
  const body = page.$('body')[0]
  if (han.length < 2 || body === undefined) return list
  const text = normalizeLine(readableText(body))
  const shot = han.filter(a => {
    const name = escapeRegExp(a.trim())
    return new RegExp(`${ZH_PHOTO_ROLE}\\s*[:：]?\\s*${name}`, 'u').test(text) &&
      !new RegExp(`(?<!${ZH_PHOTO_ROLE})(?:${ZH_CREDIT_ROLE}|文)\\s*[:：/／]?\\s*${name}`, 'u').test(text)
  })
  return shot.length === 0 || shot.length === list.length ? list : list.filter(a => !shot.includes(a))
}

/**
 * The writer, when the markup names only people the page never shows while its bylines name another person in two
 * places (the byline and the author box): the markup's name is then the CMS account that posted the page (`<meta
 * name=author>`, Yoast's `Written by` for twitter). Undefined otherwise; asked only when the first byline found
 * names someone the markup does not.
 */
function shownWriter (page: Page, letters: Letters, markup: string[], shown: string[]): [string] | undefined {
  const named = splitByline(markup)
  if (named.length === 0 || shown.length === 0 || named.some(a => shown.some(b => samePerson(a, b)))) return undefined
  // the page's text once (one walk), before the byline readers (a walk each): most markup names are shown
  const body = page.$('body')[0]
  if (body === undefined) return undefined
  const text = normalizeLine(readableText(body)).toLowerCase()
  if (named.some(a => text.includes(a.toLowerCase()))) return undefined
  const writer = twiceShownWriter(page.$, letters, page.docTitle)
  return writer === undefined || named.some(a => samePerson(a, writer)) ? undefined : [writer]
}

/**
 * Two writings of one person's name: the same first and last word (`Jeff T. Kaufman`, `Jeff Kaufman`), or one the
 * other's first words (`Linda Rosencrance Contributing Writer`).
 */
function samePerson (a: string, b: string): boolean {
  if (sameName(a, b)) return true
  const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter(w => w !== '')
  const x = words(a)
  const y = words(b)
  if (x.length < 2 || y.length < 2) return false
  // a byline with the writer's role after the name (`Jack Beresford Senior Life and Trends Reporter`)
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  return short.every((w, i) => long[i] === w) || (x[0] === y[0] && x[x.length - 1] === y[y.length - 1])
}

/** The person a byline reader names first: its first part (`Charles Patterson , WCI Columnist`), a person's name. */
function firstPerson (raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined
  const first = bylinePart(raw.split(/\s*[,;|•·]\s*/)[0] ?? '')
  return bylineName(first) ? first : undefined
}

/** Fewest byline readers that must name one person for that person to outrank markup the page never shows. */
const WRITER_VOTES = 2

/**
 * The person at least two of the byline readers name (`itemprop`/`rel=author`, an author page's link, a byline
 * class, a `By` line, the date line, the author box): a writer the page shows in two places, not one reader's
 * chance find (a reviewer's line, another story's card).
 */
function twiceShownWriter ($: CheerioAPI, letters: Letters, docTitle: string): string | undefined {
  const found = [
    markedAuthors($)[0], linkedAuthors($), classByline($, letters, docTitle), labelledByline($, letters, docTitle),
    dateLineName($, letters), authorBoxName($, letters)
  ].map(firstPerson)
  return found.find(name => name !== undefined &&
    found.filter(other => other !== undefined && samePerson(name, other)).length >= WRITER_VOTES)
}

interface DateSources {
  article: JsonObject | undefined
  meta: Map<string, string[]>
  letters: Letters
  info: InfoFields
  near: Pick<HeadlineInfo, 'date' | 'dayTime' | 'lateDate' | 'anchor'>
  /** The page is of Taiwan: its labelled dates may be written in Minguo years (`發布日期：107-09-12`). */
  minguo: boolean
  /** The date of the CMS's properties comment (cms-comment.ts), if any. */
  cmsDate: string | undefined
  /** The page's host, for its member links (`posterTime`). */
  host: string | undefined
}

/**
 * Every publication date the markup proposes, with the kind of evidence for it (ranked in
 * data/metadata-evidence.json), added in rank order. The walks over the visible page (the lines around the
 * headline, date-classed elements) run only when no stronger candidate holds a year: they cost a pass over the page
 * each.
 */
function dateHints ($: CheerioAPI, src: DateSources): DateHint[] {
  const out: DateHint[] = []
  const add = (kind: string, value: string | undefined): void => {
    if (value !== undefined && value.trim() !== '') out.push({ kind, value })
  }
  const dated = (): boolean => out.some(d => /\d{4}/.test(d.value))
  const metaValue = (k: string): string | undefined => src.meta.get(k)?.find(x => x !== '')
  for (const k of PUBLISHED_META_KEYS) add('meta-tag', metaValue(k))
  add('meta-tag-pattern', [...src.meta].find(([k, v]) => PUBLISHED_KEY.test(k) && !/modif|updat|expir/.test(k) && /\d{4}/.test(v[0]))?.[1][0])
  add('itemprop', itempropDate($))
  const times = timeDates($)
  add('time-element', times.published)
  // the relative day the same `<time>` shows (`3 天前`): the day in the page's zone its readers saw
  add('relative', times.relative)
  // and the day it shows with no year (`3月5日`), read with the instant's year
  add('time-element', times.shownDay)
  // a date found under the article's first sentences (a notice's signature) gives way to the labelled info line
  const late = src.near.lateDate === true && src.info.date !== undefined
  if (!late && !bbsTimed(src.info)) add('headline-text', src.near.date)
  // the dates shown beside the headline outrank JSON-LD (data/metadata-evidence.json): looked for before it is added
  // an `Updated` date shown there is an update, ranked with the others: it never outranks JSON-LD's publication
  const updates: string[] = []
  const addShown = (kind: string, shown: ShownDate | undefined): void => {
    if (shown?.updated === true) updates.push(shown.value)
    else add(kind, shown?.value)
  }
  if (!dated()) addShown('near-headline', dateNearHeadline($, src.letters))
  if (!dated()) addShown('date-class', visibleDate($, src.letters))
  const body = $('body')[0]
  if (!dated() && body !== undefined && isElement(body)) {
    add('byline-date', bylineDate(bodyElements(body), el => !inSkipped(el)))
  }
  add('json-ld', str(src.article?.datePublished))
  add('json-ld-created', str(src.article?.dateCreated))
  add('cms-property', src.cmsDate)
  add('info-line', src.info.date)
  if (late) add('late-headline-text', src.near.date)
  if (!dated()) addLabelled(add, labelledOrIconDate($, src))
  add('relative-title', titledRelative($, src.letters))
  add('headline-time', src.near.dayTime)
  if (!dated()) add('script-var', scriptDate($('script').toArray()))
  if (!dated() && body !== undefined) add('issue-date', issueDate(bodyElements(body), el => !inSkipped(el), src.minguo))
  add('relative', src.info.relative)
  // a yearless or relative day near the headline beside a JSON-LD date alone, which is taken only where the page
  // shows its day (data/metadata-evidence.json `alone`): the day the page shows (`8月15日 00:41` over a Dcard post whose
  // `datePublished` is the UTC day before: zh-blogs b136 of session 39's unseen round)
  if (!out.some(d => /\d{4}/.test(d.value) && !HIDDEN_LD_KINDS.has(d.kind) && !META_KINDS.has(d.kind))) {
    add('relative', relativeNearHeadline($, src.letters, src.near.anchor))
  }
  add('updated-line', times.updated)
  add('updated-line', src.info.updated)
  for (const u of updates) add('updated-line', u)
  addUpdateLine(add, dated, () => zhUpdateLine($, src.letters))
  addPosterTime(out, add, $, src.host)
  return out
}

/** The time beside the poster's link (`posterTime`) as its hint, on a page nothing else dates (no hint in `out`). */
function addPosterTime (
  out: readonly DateHint[], add: (kind: string, value: string | undefined) => void, $: CheerioAPI, host?: string
): void {
  if (out.length > 0) return
  const time = posterTime($, host)
  if (time !== undefined) add(time.kind, time.value)
}

/** A Chinese CMS's update line as its hint, on a page nothing else dates: the publication's when it labels it too. */
function addUpdateLine (
  add: (kind: string, value: string | undefined) => void, dated: () => boolean,
  read: () => { value: string, published: boolean } | undefined
): void {
  const line = dated() ? undefined : read()
  if (line !== undefined) add(line.published ? 'labelled-date' : 'updated-line', line.value)
}

/**
 * A Chinese CMS's date line labelled as the update (`点击次数：… 更新时间：2016-05-19 09:36:50 【打印此页】`, MetInfo's
 * stock line under every article: zh-gov g235 of session 52's unseen round; `更新日期：`, `最後更新：`): on a page that
 * dates itself nowhere else, the day it went up or was last touched, an update's evidence; the first such short line
 * outside comments, related lists and footers. When the same line labels the publication too (`最後更新：22/09/2017
 * 10:12 發佈日期：21/09/2017`, a Macau bureau's: zh-gov g76), its date is the publication's.
 */
const ZH_UPDATE_LABEL = /(?:更新|最后更新|最後更新)(?:时间|時間|日期|于|於)?\s*[:：]\s*/u
const ZH_PUBLISHED_LABEL = /(?:发布|發布|發佈|发表|發表)(?:时间|時間|日期|于|於)\s*[:：]?\s*/u
/** Longest line read for an update's label and date (letters and characters). */
const UPDATE_LINE_MAX = 120

function zhUpdateLine ($: CheerioAPI, letters: Letters): { value: string, published: boolean } | undefined {
  const after = (text: string, label: RegExpExecArray | null): string | undefined => {
    const date = label === null ? null : NEAR_DATE.exec(text.slice(label.index + label[0].length))
    return date !== null && date.index === 0 ? date[1] : undefined
  }
  for (const el of $(LABELLED_DATE_SELECTOR)) {
    if (!isElement(el) || longerThan(letters, el, UPDATE_LINE_MAX)) continue
    const text = boundedText(el, UPDATE_LINE_MAX)
    const updated = text === undefined ? undefined : after(text, ZH_UPDATE_LABEL.exec(text))
    // (a listing of other works, each credited and updated, is no line of the page: `CREDITS_LISTING`)
    if (text === undefined || updated === undefined || inSkipped(el) || CREDITS_LISTING.test(text)) continue
    const published = after(text, ZH_PUBLISHED_LABEL.exec(text))
    return published !== undefined ? { value: published, published: true } : { value: updated, published: false }
  }
  return undefined
}

/**
 * The kinds of date evidence that are hidden markup taken alone only where the page shows their day: those
 * data/metadata-evidence.json marks `alone: shown` for the published date (JSON-LD's), read from the one ranking.
 */
/**
 * The date evidence of meta tags: hidden as JSON-LD is, so a relative day shown near the headline is read beside it
 * (`·2天前` under a tech-news headline whose `article:published_time` is the UTC day before: zh-news n336 of session
 * 44's unseen round), its day the one the page's readers saw (../../metadata/readers/published.ts `inPageZone`).
 */
const META_KINDS = new Set(['meta-tag', 'meta-tag-pattern'])
const HIDDEN_LD_KINDS = new Set(loadData<{ fields: { published: Array<{ kind: string, alone?: string }> } }>(
  'metadata-evidence.json').fields.published.filter(k => k.alone === 'shown').map(k => k.kind))

/** `Kaufman, Jeff T.` -> `Jeff T. Kaufman`: a bibliographic name in reading order; anything else as it is. */
function uninvert (name: string): string {
  const m = /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?),\s*(\p{Lu}[\p{L}'’-]*\.?(?:\s\p{Lu}[\p{L}'’-]*\.?){0,2})$/u.exec(name.trim())
  return m === null ? name.trim() : `${m[2]} ${m[1]}`
}

/** The `<meta>` keys a publication date is read from, in the order tried. */
const PUBLISHED_META_KEYS = loadData<{ published: Array<{ key: string }> }>('metadata-meta-keys.json').published
  .map(k => k.key)

/** Other `<meta>` names a page may give its publication date under (`w-published-date`, `pub-date`, `release_date`). */
const PUBLISHED_KEY = /(?:^|[-_.:])(?:publish(?:ed)?|pub|release|created|issued)[-_.:]?(?:date|time|on|at)?$|(?:^|[-_.:])date[-_.:]?(?:published|created|issued)$/

function itempropDate ($: CheerioAPI): string | undefined {
  const el = $('[itemprop="datePublished"]').first()
  if (el.length === 0) return rdfaDate($)
  const v = normalizeLine(el.attr('content') ?? el.attr('datetime') ?? el.text())
  return v === '' ? undefined : v
}

/**
 * RDFa's creation date of the page's item in its `content` (`<span property="dc:date dc:created"
 * content="2019-03-05T18:40:00-08:00">March 5, 2019</span>`, Drupal 7's `submitted` line: zh-news n327 of session 43's
 * unseen round), the time in the site's own zone where its Open Graph time is in UTC.
 */
const RDFA_DATE = /(?:^|\s)(?:dc|dcterms):(?:date|created|issued)(?:\s|$)/
function rdfaDate ($: CheerioAPI): string | undefined {
  for (const el of $('body [property]')) {
    if (!isElement(el) || !RDFA_DATE.test(attr(el, 'property'))) continue
    const v = normalizeLine(attr(el, 'content'))
    if (v !== '' && !inSkipped(el)) return v
  }
  return undefined
}

/** A machine-readable `datetime` (`2024-03-05`, `2024-03-05T10:00Z`); `02-12-2025` is not one. */
const MACHINE_DATE = /^\d{4}-\d{2}(?:-\d{2})?(?:[T\s]|$)/
/** Longest parent text read for the label of a `<time>` (`Last updated:`), in characters. */
const TIME_LABEL_MAX = 80
const UPDATED_LABEL = /\b(?:updated|modified|last edited|reviewed)\b|更新|修改/i
const PUBLISHED_LABEL = /\b(?:published|posted)\b|发布|發布|發佈|发表|發表/i

/** A `<time>`'s date: its `datetime` when machine-readable, else the date it shows, else the attribute as it is. */
function timeValue (el: Element): string | undefined {
  const dt = attr(el, 'datetime').trim()
  const shown = VISIBLE_DATE.exec(boundedText(el, TIME_LABEL_MAX) ?? '')?.[1]
  if (dt !== '' && (MACHINE_DATE.test(dt) || shown === undefined)) return dt
  return shown
}

/** How many elements up from a `<time>` its label is looked for (`<div>Date Last Reviewed:</div><div><time>`). */
const TIME_LABEL_DEPTH = 3

/**
 * Whether the line around a `<time>` labels it as an update (`Last updated: <time>`), not as the publication. The
 * line is the nearest short element around it that says either: a CMS field puts its label in an element beside
 * the time's (`<div class="field__label">Date Last Reviewed:</div> <div class="field__item"><time>`), a block
 * theme in a `<p>` before the time's `<div>`. The walk stops at a line that holds another `<time>` (another date's
 * label is not this one's) or is no longer short.
 */
function labelledUpdate (el: Element): boolean {
  let p = el.parent
  for (let depth = 0; depth < TIME_LABEL_DEPTH && p !== null && isElement(p) && p.name !== 'body'; depth++) {
    const text = boundedText(p, TIME_LABEL_MAX)
    if (text === undefined || holdsOtherTime(p, el)) return false
    if (PUBLISHED_LABEL.test(text)) return false
    if (UPDATED_LABEL.test(text)) return true
    p = p.parent
  }
  return false
}

/** Whether `line` holds a `<time>` other than `time`. */
function holdsOtherTime (line: Element, time: Element): boolean {
  return elementsOf(line).some(e => e !== time && e.name === 'time')
}

/**
 * The `<time datetime>` of the publication (a `pubdate` one first, then in `<article>`, in `<main>`, anywhere),
 * else the text of the first `<time>` that shows a date; one labelled as an update is only that.
 */
/** Longest text of a `<time>` read as the relative day it shows (`3 天前`, `2 hours ago`). */
const SHOWN_RELATIVE_MAX = 30

/**
 * The relative day a `<time datetime>` shows as its text (`<time datetime="2023-11-14T17:40:00+00:00">3 天前</time>`, a
 * Taiwan forum on Waterhole: zh-blogs b356 of session 48's second unseen round): with the crawl time, the local day its
 * readers saw, which puts the markup's UTC instant in the page's zone (published.ts `inPageZone`).
 */
function shownRelative (el: Element): { relative?: string } {
  const own = normalizeLine(textOf(el))
  if (own === '' || own.length > SHOWN_RELATIVE_MAX) return {}
  // the ago-word may stand after the `<time>`, in the element around it (`<span><span><time>3 天</time></span><span>
  // 之前</span></span>`, Question2Answer: zh-blogs b404 of session 52's unseen round): a short line around it, read up
  // to `RELATIVE_LEVELS` levels, whose relative time holds what the `<time>` shows
  let node: Element = el
  for (let level = 0; level <= RELATIVE_LEVELS; level++) {
    const text = level === 0 ? own : normalizeLine(textOf(node))
    if (text.length > SHOWN_RELATIVE_MAX) break
    const rel = findRelativeDate(text)
    const shown = rel === null ? '' : text.slice(rel.index, rel.index + rel.length)
    if (shown !== '' && (level === 0 || shown.includes(own))) return { relative: shown }
    if (node.parent === null || !isElement(node.parent)) break
    node = node.parent
  }
  return {}
}
/** Levels above a `<time>` its relative time's ago-word is looked for. */
const RELATIVE_LEVELS = 2

/** A month and day a `<time>` shows with no year (`3月5日`). */
const SHOWN_MONTH_DAY = /^(\d{1,2})\s*月\s*(\d{1,2})\s*日$/u

/**
 * The day a `<time datetime>` in UTC shows as its text with no year (`<time datetime="2014-03-04T17:40:12+00:00">3月5日
 * </time>`, a Singapore forum on Vanilla: zh-blogs b368 of session 49's unseen round), as `YYYY-MM-DD`, the year the
 * instant's (the next when the instant is in December and the day shown in January): the local day its readers saw,
 * which puts the markup's UTC instant in the page's zone (published.ts `inPageZone`). None unless the shown day is the
 * UTC day or the next, as a zone east of UTC shows it.
 */
function shownDay (el: Element, value: string): { shownDay?: string } {
  const m = SHOWN_MONTH_DAY.exec(normalizeLine(textOf(el)))
  const at = /^(\d{4})-(\d\d)-(\d\d)T/.exec(value)
  if (m === null || at === null) return {}
  const month = Number(m[1])
  const year = Number(at[1]) + (month === 1 && at[2] === '12' ? 1 : 0)
  const day = `${year}-${String(month).padStart(2, '0')}-${m[2].padStart(2, '0')}`
  const utc = Date.UTC(Number(at[1]), Number(at[2]) - 1, Number(at[3]))
  const shown = Date.parse(`${day}T00:00:00Z`)
  return shown === utc || shown - utc === DAY_MS ? { shownDay: day } : {}
}
/** A day in milliseconds. */
const DAY_MS = 86_400_000

function timeDates ($: CheerioAPI): { published?: string, updated?: string, relative?: string, shownDay?: string } {
  const scopes = ['time[pubdate][datetime]', 'article time[datetime]', 'main time[datetime]', 'time[datetime]']
  let updated: string | undefined
  for (const scope of scopes) {
    for (const el of $(scope).toArray().filter(isElement)) {
      const v = timeValue(el)
      // a comment's `<time>` (`<div class="comment-arrow">…<time datetime>发布于 3 天前</time>`, WordPress Sakura's
      // comments under a post that shows only `发布于 4 天前`: zh-blogs b400 of session 52's unseen round) is the
      // comment's
      if (v === undefined || v === '' || inMemberItem(el) || inReplyBox(el)) continue
      if (!labelledUpdate(el)) {
        return { published: v, ...(updated !== undefined ? { updated } : {}), ...shownRelative(el), ...shownDay(el, v) }
      }
      updated ??= v
    }
  }
  const stamped = dateStringAbbr($)
  updated ??= stamped.updated
  const stampedAt = stamped.published ?? pageEpochStamp($)
  if (stampedAt !== undefined) return { published: stampedAt, ...(updated !== undefined ? { updated } : {}) }
  // `<time>Aug 04, 2025</time>`: the text of the first one outside comments and related lists, in the article or
  // the main content first (a site header's clock, `<time class="time_stamp">2012/01/17</time>`, shows today), and not
  // in a list item that links another post under its title (a newsletter's list of earlier issues beside the one shown
  // as `3天前`: zh-blogs b388 of session 51's unseen round)
  let shown: Element | undefined
  for (const scope of ['article time', 'main time', 'body time']) {
    shown = $(scope).toArray().filter(isElement)
      .find(el => !inSkipped(el) && !labelledUpdate(el) && VISIBLE_DATE.test(normalizeLine($(el).text())) &&
        !inDatedTeaserItem(el))
    if (shown !== undefined) break
  }
  const published = shown === undefined ? undefined : VISIBLE_DATE.exec(normalizeLine($(shown).text()))?.[1]
  return { ...(published !== undefined ? { published } : {}), ...(updated !== undefined ? { updated } : {}) }
}

/**
 * XenForo 1's `<abbr class="DateTime" data-time="1462627380" data-datestring="2016年5月7日" data-timestring="下午9:23">星期六
 * 下午9:23</abbr>`: a weekday shown, the day and the time in its attributes (zh-blogs b391 of session 51's unseen round,
 * the thread's `開始於` first), read as a `<time datetime>` is: the first one's, an edit's (`最後編輯:`) an update.
 */
function dateStringAbbr ($: CheerioAPI): { published?: string, updated?: string } {
  let updated: string | undefined
  for (const el of $(DATE_STRING_ABBR).toArray().filter(isElement)) {
    const day = attr(el, 'data-datestring').trim()
    if (!YEAR.test(day) || inMemberItem(el)) continue
    if (!labelledUpdate(el)) return { published: `${day} ${attr(el, 'data-timestring').trim()}`.trim() }
    updated ??= day
  }
  return updated === undefined ? {} : { updated }
}

/**
 * A Unix time in an attribute of an element that shows it without its year, as a weekday or as a relative time
 * (Steam's `<span class="date" data-timestamp="1525699437">5 月 7 日 下午 9:23</span>`: zh-blogs b403 of session 52's
 * unseen round), read as a `<time datetime>` is: not a comment's, a member panel's, an update's or a teaser's.
 */
function pageEpochStamp ($: CheerioAPI): string | undefined {
  return epochStamp($(EPOCH_STAMP_SELECTOR).toArray().filter(isElement),
    el => !inSkipped(el) && !labelledUpdate(el) && !inMemberItem(el) && !inReplyBox(el) && !inDatedTeaserItem(el))
}

/** Levels climbed from a `<time>` to the list item that holds it with a member's link. */
const MEMBER_ITEM_LEVELS = 4

/**
 * A `<time>` in a list item that links a member's page (a forum's `本讨论参与者` panel above the thread, each
 * participant with the time they last posted: Vanilla, zh-blogs b368 of session 49's unseen round; a reply in a
 * thread's list of comments): that member's time, not the page's.
 */
function inMemberItem (time: Element): boolean {
  let el: AnyNode | null = time.parent
  for (let level = 0; level < MEMBER_ITEM_LEVELS && el !== null && isElement(el); level++, el = el.parent) {
    if (el.name === 'li') return holdsMemberLink(el)
  }
  return false
}

/** Letters and digits below each element, as `spacedText` reads it: normalization never removes one. */
type Letters = Map<AnyNode, number>
const LETTER = /[\p{L}\p{N}]/gu

/**
 * Letters are kept only for elements with more than this many (`bodyFacts`): the shortest limit a search asks
 * `longerThan` about is 50 letters, and most elements of a page hold fewer, so most need no entry.
 */
const LETTERS_KEPT_ABOVE = 50

/**
 * Letters are counted up to one past this many (`bodyFacts`): the longest limit a search asks `longerThan` about
 * (`PARTICULARS_ROW_MAX`). A paragraph's letters past it answer nothing, and are not read.
 */
const LETTERS_COUNTED_PAST = 200

/** Whether `spacedText(el)` is surely longer than `max` characters (without building it). */
function longerThan (letters: Letters, el: AnyNode, max: number): boolean {
  if (max < LETTERS_KEPT_ABOVE) throw new Error(`longerThan: no letter counts are kept for ${max} or fewer`)
  if (max > LETTERS_COUNTED_PAST) throw new Error(`longerThan: letters are counted only up to ${LETTERS_COUNTED_PAST}`)
  return (letters.get(el) ?? 0) > max
}

/** Text of an element with a space at every element boundary (`<p>Written by</p><p>A</p>` is `Written by A`). */
function spacedText (el: AnyNode): string {
  return normalizeLine(rawSpacedText(el))
}

/** `spacedText` before normalizing: the texts as they are, a space at every element boundary. */
function rawSpacedText (el: AnyNode): string {
  const leaf = leafText(el)
  if (leaf !== undefined) return leaf
  const parts: string[] = []
  spacedParts(el, parts)
  return parts.join('')
}

function spacedParts (n: AnyNode, parts: string[]): void {
  if (isText(n)) parts.push(n.data)
  else if (isTag(n) && !spacedSkip(n.name)) {
    parts.push(' ')
    for (const c of n.children) spacedParts(c, parts)
    parts.push(' ')
  }
}

// A capitalized name word: `Larsen`, `McCravy`, `MacDonald`, `O'Riordan`, `Munoz-Mantilla` (not `GitHub`).
const NAME_WORD = /^(?:(?:Mc|Mac|O['’]|D['’])?\p{Lu}[\p{Ll}'’]+)(?:-(?:Mc|Mac)?\p{Lu}[\p{Ll}'’]+)*$/u

/** Two or three capitalized words, none of them an organisation word: a person's name (`Kristian Larsen`). */
function personLike (s: string): boolean {
  const words = s.split(/\s+/)
  return words.length >= 2 && words.length <= 3 && words.every(w => NAME_WORD.test(w)) && !hasOrgWord(s) && !/^(?:The|Our|My|Your)\s/.test(s)
}

/** `a` is the site `o`, or the site's name with words added (`<Site> Editorial Team`), or its first words. */
function siteLike (a: string, o: string): boolean {
  if (sameName(a, o)) return true
  const x = a.toLowerCase()
  const y = o.toLowerCase()
  return (x.startsWith(y + ' ') || y.startsWith(x + ' ')) && Math.min(x.length, y.length) >= 4
}

function sameName (a: string, b: string): boolean {
  const n = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
  return n(a) !== '' && n(a) === n(b)
}

/**
 * The `<title>`'s last part after a spaced bar, bullet or dash, or after an underscore as Chinese CMSs join `标题_栏目_站名`
 * (`…_实战交流_股道吧`, whose site's name also fills `<meta name="author">`: zh-blogs b521 of session 60's second unseen
 * round).
 */
const SITE_AFTER = /(?:\s(?:[|｜•»]|[-–—])\s|_)([^|｜•»–—_]{2,40})$/

/**
 * The site part of a `<title>` (`Headline | Site`): a name that is the site, never an author. None when the part
 * before it is a blog's name in its owner's form (`小刀的网络日志 - 五一装机记`: blog hosts put the blog first).
 */
function docTitleSite (docTitle: string): string | undefined {
  const m = SITE_AFTER.exec(docTitle)
  if (m === null || blogOwner(docTitle.slice(0, m.index)) !== undefined) return undefined
  return m[1].trim()
}

/** A lone `<h1>` that is the site's name (a logo heading), not the article's headline. */
function isSiteHeading (h1: string, siteName: string | undefined, docTitle: string): boolean {
  if (siteName !== undefined && sameName(h1, siteName)) return true
  const site = docTitleSite(docTitle)
  return site !== undefined && sameName(h1, site)
}

const MONTHS = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?'
// What ends a name inside a byline: a date, an `Updated`/`Published` label, a separator, a role after a comma-less
// break.
const NAME_END = new RegExp([
  `\\s*(?:\\b${MONTHS}\\s+\\d`, `\\b\\d{1,2}\\s+${MONTHS}`, '\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}',
  '\\b(?:updated|published|posted|last updated|reviewed|fact[- ]checked|edited|on\\s+\\d+' +
    '|on\\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*|from the)\\b',
  // a blog's post footer puts an `@` between the poster and the time (`posted by 豆豆饭 @ 2008-04-12 21:23`, Blogbus)
  '[|•⋅·●◦▪]', '\\s[-–—@]\\s', '\\b\\d+\\s+min',
  // and Blogger's and Blogbus's classic footer the time after `at` (`posted by 阿朱 at 10:31 PM`: zh-blogs b109)
  '\\s+at\\s+\\d{1,2}:\\d{2}',
  // or its date, written in Chinese (`Posted by 米粒 at 2004年05月07日 23:21`, Movable Type's zh_TW footer: zh-blogs b297 of
  // session 45's second wave)
  '\\s+at\\s+\\d{4}\\s*年',
  // a Chinese date label after the name (`慢慢走的老K 发布于2017-05-07`, `发表 2017-05-07`); a name that ends in 发布
  // is a government account's (`上海发布`, `澄州发布`: zh-news n99 of session 36's unseen round), not cut to its place
  '(?:发布|發布|發佈|发表|發表)(?:于|於|时间|時間|\\s*\\d)).*$'
].join('|'), 'i')
const BY_LABEL = /^(?:(?:written|authored|posted|published|reviewed|medically reviewed|text|guide|story|words|article|report|review|photos?|interview|edited)\s+)?by\s*:?\s+|^(?:the\s+)?(?:authors?|writer|contributors?|written by|posted by)\s*:?\s+/i

/** `By A and B • March 5, 2024` -> `A and B`; ` - Editorial Team` stays for `splitNames` to judge. */
export function cleanAuthor (raw: string): string {
  let s = normalizeLine(raw.replace(/&amp;/g, '&'))
  for (let i = 0; i < 2; i++) s = s.replace(BY_LABEL, '')
  s = s.replace(NAME_END, '').replace(/[\s,;:]+$/, '').replace(/(\p{L}{3,})\s*\.$/u, '$1').trim()
  return s.replace(FILED_IN, '').replace(CUT_LABEL, '')
}

/**
 * The next field's label left at the end once its value, a date, is cut (`作者：老柿子树下　提交日期：2008-2-17 21:46`,
 * a board's header line in an `id="firstAuthor"` box: zh-blogs b287 of session 45's unseen round): no name ends in a
 * colon.
 */
const CUT_LABEL = /\s+[^\s:：]{1,8}\s*[:：]$/u

const NOT_NAME_DATA = MARKERS.notNames
const COMPANY_FORMS = wordsRe(NOT_NAME_DATA.companySuffixes.map(w => w.word))
const NOT_NAME_WHOLE = NOT_NAME_DATA.whole.map(p => p.pattern).join('|')
const NOT_NAME = new RegExp(`^(?:${NOT_NAME_WHOLE}|.*\\b(?:${COMPANY_FORMS})\\.?)$|` +
  `^(?:the\\s+)?(?:${NOT_NAME_DATA.labels.map(p => p.pattern).join('|')})$`, 'i')

/** A string that can be one or more people's names (not a slug, an id, a date or a sentence). */
export function isNameList (s: string): boolean {
  if (s.length < 2 || s.length > 100 || NOT_NAME.test(s)) return false
  if (/\d|@|https?:|www\.|[{}<>=#]/.test(s)) return false
  // a phrase left after a label (`Authors of this article`), not a name
  if (/^(?:of|this|that|for|in|to|with|from|is|are|was|our|your|my|all|more|see)\s/.test(s)) return false
  return s.split(/\s*(?:,|&|\band\b|;)\s*/i).filter(p => p !== '').every(p => {
    const words = p.split(/\s+/)
    if (words.length > 6 || NOT_NAME.test(p)) return false
    // a slug or a user name: one lower-case token with `-`, `_` or `.`
    if (words.length === 1 && /[-_.]/.test(p) && p === p.toLowerCase()) return false
    return /^\p{L}/u.test(p)
  })
}

/** A link to an author's page: `/author/jane-doe`, `/authors/12-jane`, `/contributors/x`, `/writers/x`, `?author=3`. */
const AUTHOR_PATHS = wordsRe(MARKERS.authorPaths.map(p => p.segment))
const AUTHOR_URL = new RegExp(`(?:^|/)(?:${AUTHOR_PATHS})/[^/?#]+/?(?:[?#].*)?$|[?&]author=\\w`, 'i')
const AUTHOR_SLUG = new RegExp(`/(?:${AUTHOR_PATHS})/([a-z]+(?:-[a-z]+){1,3})/?(?:[?#].*)?$`, 'i')
const PARTICLE = new RegExp(`^(?:${wordsRe(MARKERS.nameParticles.map(p => p.word))})$`)

/** `/authors/juliette-carreiro/` -> `Juliette Carreiro`; ids, single words and user names give nothing. */
function slugName (href: string): string | undefined {
  const m = AUTHOR_SLUG.exec(href)
  if (m === null) return undefined
  return m[1].split('-').map(w => PARTICLE.test(w) ? w : w[0].toUpperCase() + w.slice(1)).join(' ')
}

const BYLINE_CLASS = new RegExp(`${AUTHOR_WORD}|byline|by-line|writer|contributor|posted-?by|reporter|journalist`, 'i')
/** Longest byline-classed element read, in characters: a name, a date, a role. */
const BYLINE_CLASS_MAX = 160
// (`byline__category`: the section the article is filed in, a part of the byline block that names no writer; WeChat's
// `js_preview_reward_author`: the tip box under a post, `喜欢作者 赞赏`, zh-blogs b124 of session 38's unseen round)
const NOT_BYLINE_CLASS = /categor|avatar|image|img|photo|pic|thumb|bio|desc|about|testimonial|comment|social|share|follow|quote|widget|related|tooltip|popup|modal|reward|donat/i

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
// 留言 (`pinglun`, `liuyan`): a commenter's time outranked the info line's (zh-org o91 of session 42's unseen round)
const SKIP_ANCESTOR: TokenTest = {
  token: /^(?:comments?|comment[-_]|testimonial|related|sidebar|widget(?![-_](?:span|type)\b)|footer|reply|replies|recirc|more-stories)|(?:^|[-_])(?:latest|recent|popular)(?:$|[-_])|^(?:feedback|pinglun|liuyan)(?:$|[-_])/i,
  // each alternative above holds one of these (`reply` and `replies` both `repl`)
  holds: /comment|testimonial|related|sidebar|widget|footer|repl|recirc|more-stories|latest|recent|popular|feedback|pinglun|liuyan/i
}

function isInside (el: AnyNode, ancestor: Element): boolean {
  for (let p = el.parent; p !== null; p = p.parent) if (p === ancestor) return true
  return false
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
class AncestorAnswers {
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

/**
 * The body's elements in document order, the body first (`elementsOf(body)`), for the page `readHints` is reading:
 * the searches around the headline and the byline-date walk read that list, listed once per page instead of once per
 * search (each listing walks the whole body). `fastQuery` seeds it from its own list of the page's elements.
 */
let bodyList: { body: AnyNode, all: Element[] } | undefined

function bodyElements (body: AnyNode): Element[] {
  if (bodyList?.body !== body) bodyList = { body, all: elementsOf(body) }
  return bodyList.all
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
const belowBody = (p: AnyNode | null): p is Element => p !== null && isElement(p) && p.tagName !== 'body'

/** A class or id token of `el` passes `test` (an element without either has none). */
function tokensMatch (el: Element, test: TokenTest): boolean {
  const cls = attr(el, 'class')
  const id = attr(el, 'id')
  if (!test.holds.test(cls) && !test.holds.test(id)) return false
  return (cls + ' ' + id).split(/\s+/).some(t => test.token.test(t))
}

/** Inside the site's navigation (`<nav>`, a `menu`/`nav` list): a link there is the site's, not the article's. */
function inMenu (el: Element): boolean {
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
function inSkipped (el: Element): boolean {
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

/** The page's `<title>`, on one line. */
const titleOf = ($: CheerioAPI): string => normalizeLine($('title').first().text())

/** Ancestors of a byline searched for a teaser's heading: the card that holds both, and the box around it. */
const TEASER_LEVELS = 2

const HEADING_TAG = /^h[1-6]$/

/**
 * What a heading (or an element that opens with one) says of the box it stands in. `own`: its text is in the page's
 * `<title>`: the page's headline (some themes link it to the page's address). `teaser`: its whole text is one link
 * and not in the `<title>`: another page's headline, as in `<h3><a href="/books/1610.html">迷霧之子番外篇：執</a></h3>`
 * above `<div class="author">作者：…` in a "books to read" box. Undefined for anything else.
 */
function headingKind (el: Element, docTitle: string): 'own' | 'teaser' | undefined {
  const heading = HEADING_TAG.test(el.tagName) ? el : el.children.find(isElement)
  if (heading === undefined || !HEADING_TAG.test(heading.tagName)) return undefined
  const text = normalizeLine(readableText(heading))
  if (text === '') return undefined
  if (docTitle.includes(text) || endsWithTitlePart(text, docTitle)) return 'own'
  const kids = heading.children.filter(c => isElement(c) || textOf(c).trim() !== '')
  const link = kids.length === 1 && isElement(kids[0]) && kids[0].tagName === 'a' ? kids[0] : undefined
  return link !== undefined && !/^(?:#|javascript:|$)/i.test(attr(link, 'href').trim()) ? 'teaser' : undefined
}

/** Fewest characters (Latin-equivalent) of a `<title>` part a heading ends with to be the page's own. */
const OWN_TITLE_PART_MIN = 10

/**
 * Whether a heading ends with a part of the `<title>` (`海德堡手记（三）：第一个冬天` under `林间笔记 | 第一个冬天`: a
 * series' name before the post's own title, which the `<title>` leaves out, BlogBus's linked `h3.title`: zh-blogs b310
 * of session 46's unseen round): the page's own headline, linked to its own address, no teaser of another page.
 */
function endsWithTitlePart (text: string, docTitle: string): boolean {
  // the parts of the page's one `<title>`, split once (a heading's kind is asked for every sibling of every byline)
  if (titleParts?.docTitle !== docTitle) {
    const parts = docTitle.split(ANNOUNCED_PARTS).map(p => p.trim())
      .filter(p => weightedLength(p) >= OWN_TITLE_PART_MIN)
    titleParts = { docTitle, parts }
  }
  return titleParts.parts.some(part => part !== text && text.endsWith(part))
}
let titleParts: { docTitle: string, parts: string[] } | undefined

/**
 * Whether a teaser's heading is inside `el` (a box of teasers whose whole text is short enough to pass for a line):
 * the walks for labelled lines then read its parts one by one, each judged by `belowTeaserHeading`.
 */
function holdsTeaserHeading (el: Element, docTitle: string): boolean {
  return elementsOf(el).some(e => e !== el && HEADING_TAG.test(e.tagName) && headingKind(e, docTitle) === 'teaser')
}

/**
 * A byline in another page's teaser (a card of a related, promoted or listed item): a heading that links away
 * (`headingKind`) stands before it in its card or the box around the card, and the page's own headline does not
 * (a linked deck under the headline of a newsletter's page is the page's). Such a byline names that page's writer.
 */
function belowTeaserHeading (el: Element, docTitle: string): boolean {
  let child: Element = el
  let p = el.parent
  for (let level = 0; level < TEASER_LEVELS && belowBody(p); level++) {
    let teaser = false
    for (const sibling of p.children) {
      if (sibling === child) break
      const kind = isElement(sibling) ? headingKind(sibling, docTitle) : undefined
      if (kind === 'own') return false
      if (kind === 'teaser') teaser = true
    }
    if (teaser) return true
    child = p
    p = p.parent
  }
  return false
}

/**
 * People named on the page when no markup carries them: `itemprop=author` (its `name`), `rel=author` links,
 * elements whose class or id says author/byline/writer/contributor, `By X` lines and `Written by` labels followed
 * by the name. Comment, testimonial and related sections are not looked at.
 */
export function bylines ($: CheerioAPI, letters: Letters, docTitle: string, host?: string): string[] {
  const marked = markedAuthors($)
  if (marked.length > 0) return marked
  const linked = linkedAuthors($)
  if (linked !== undefined) return [linked]
  const hCard = hCardAuthor($)
  if (hCard !== undefined) return [hCard]
  const found = classByline($, letters, docTitle) ?? labelledByline($, letters, docTitle) ??
    postedByHan($, letters, docTitle) ??
    dateLineName($, letters) ?? authorBoxName($, letters) ?? labelledScreenName($) ?? idLinkedPoster($, host) ??
    badgedPoster($) ?? footerPoster($) ?? posterLink($, host) ?? panelPoster($, letters) ?? ownerName($, docTitle)
  return found === undefined ? [] : [found]
}

/**
 * The page's owner or poster where no byline, label, member link or panel names one, read last: the account the
 * `<title>` names, the screen name before its colon, a profile box's, an official account's, the badge on the
 * writer's own replies, a personal site's icon.
 */
function ownerName ($: CheerioAPI, docTitle: string): string | undefined {
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
      break
    }
  }
  return undefined
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
    if (isMemberPage(attr(a, 'href')) || inNameBox(a)) return name
  }
  return undefined
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

/** An hCard's class saying it is the entry's author (`author`, `post-author`, `entry-author`; not `comment-author`). */
const HCARD_AUTHOR = /^(?:(?:post|entry|article)-)?author$/
/** Most elements of an hCard searched for its `fn`: a name, a link, an avatar. */
const HCARD_PARTS = 12

/**
 * The entry's author as the hAtom microformat marks it: an hCard whose own class says author, its formatted name
 * (`<span class="post-author vcard">张贴者： <span class="fn">柏舟</span></span>`, Blogger; `<span class="author vcard"><a
 * class="url fn n">…</a></span>`, WordPress themes). Blogger prints it in the post's footer, which the other readers
 * skip as a site's: inside the entry (`hentry`) that footer is the post's own. Not in a comment thread or a best
 * answer (`comment-author vcard` is no author's class either).
 */
function hCardAuthor ($: CheerioAPI): string | undefined {
  for (const el of $(HCARD_SELECTOR)) {
    if (!isElement(el) || !classTokens(el).some(c => HCARD_AUTHOR.test(c)) || inReplyBox(el)) continue
    if (inSkipped(el) && !inEntry(el)) continue
    const fn = [el, ...descendants(el, HCARD_PARTS)].find(e => classTokens(e).includes('fn'))
    const name = fn === undefined ? undefined : nameOf(spacedText(fn))
    if (name !== undefined) return name
  }
  return undefined
}

const classTokens = (el: Element): string[] => (el.attribs.class ?? '').toLowerCase().split(/\s+/)

/** Whether `el` stands inside an hAtom entry (`class="post hentry"`). */
function inEntry (el: Element): boolean {
  for (let p = el.parent; p !== null && isElement(p); p = p.parent) if (classTokens(p).includes('hentry')) return true
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
const isScreenName = (s: string): boolean =>
  SCREEN_NAME.test(s) && !/^\d+$/.test(s) && !UI_WORD.test(s) && !NOT_A_NAME.has(s.toLowerCase()) &&
  !POST_ACTION_END.test(s)
const SCREEN_NAME_LABELS = MARKERS.screenNameLabels.map(l => escapeRegExp(l.label)).join('|')
// the name, then a nickname in brackets and more fields after a comma or a bar (`发信人: lazywind (懒风), 信区: Career`,
// `提问者：蓝色水杯88 | 悬赏分：20`)
const SCREEN_NAME_LABEL = new RegExp(
  `^(?:${SCREEN_NAME_LABELS})\\s*[:：]\\s*([^\\s(（,，|｜]+)(?:\\s*[(（][^)）]*[)）])?\\s*(?:[,，|｜].*)?$`, 'u')
const SCREEN_NAME_LABEL_START = new RegExp(`(?:${SCREEN_NAME_LABELS})\\s*[:：]`, 'u')

/** The lines an element's own children make, `<br>` between them (a profile box's fields, a BBS post's header). */
function brLines (el: Element): string[] {
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
function labelledScreenName ($: CheerioAPI): string | undefined {
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
function idLinkedPoster ($: CheerioAPI, host: string | undefined): string | undefined {
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

function footerPoster ($: CheerioAPI): string | undefined {
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
 * The screen name a member link shows: its text (or its avatar's alt), without a bracketed place or level after
 * the name; undefined when that is no screen name.
 */
function linkedScreenName (a: Element): string | undefined {
  const text = memberOfAction(normalizeLine(spacedText(a) || imageAlt(a)))
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
function panelPoster ($: CheerioAPI, letters: Letters): string | undefined {
  // a board's posts are table rows (`<tr><td>panel</td><td>post</td></tr>`); a blog's sidebar box of counts is no panel
  for (const el of $('body td').toArray()) {
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
function badgedPoster ($: CheerioAPI, replies = false): string | undefined {
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

/** A class or id of the element that holds a member's screen name (`nick`, `user-name`, `author`). */
const NAME_CLASS = /nick|name|user|author/i

/**
 * The screen name in the element right before a poster badge when it is no link (`<span class="nick">三花的铲屎官阿周
 * </span><span class="host-tag">楼主</span>`, a QQ 兴趣部落 post in its mobile view: zh-blogs b369 of session 49's
 * unseen round): an element whose class or id names a name or a user, holding a screen name alone.
 */
function namedBeforeBadge (badge: Element): string | undefined {
  const prev = previousNonBlank(badge)
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
function posterLink ($: CheerioAPI, host: string | undefined): string | undefined {
  return posterLinkElement($, host)?.name
}

/** The poster's link `posterLink` reads, with the name it shows. */
function posterLinkElement ($: CheerioAPI, host: string | undefined): { a: Element, name: string } | undefined {
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
    if (name !== undefined && !ACTION_START.test(name) && !ACTION_END.test(name) && !inMemberList(a) &&
      !amongMemberLinks(a, href) && !besideOtherTitle(a) && !afterBoardRole(a) && !afterPassive(a) &&
      !inEditorCard(a) && !inLastActivity(a)) {
      return { a, name }
    }
  }
  return undefined
}

/** Elements after a poster's link's box looked at for the post's time, at most. */
const POSTER_TIME_STEPS = 3
/** Longest text read as the time beside a poster's link (characters). */
const POSTER_TIME_MAX = 30
/** Letters such a time's element may hold beside the date (`发表于`), no more. */
const POSTER_TIME_EXTRA = 6
/** A time beside a poster's link: a full date (`poster-time`), or a yearless or relative one (`relative`). */
interface PosterTime { kind: 'relative' | 'poster-time', value: string }
/** The inline tags that may wrap a poster's link alone (`<span class="g"><a>…</a></span>`). */
const LINK_WRAPPERS = new Set(['span', 'b', 'strong', 'font', 'em', 'i'])

/**
 * The time printed right after the poster's link (`posterLink`), the post's own: a floor's tail `<span class="g"><a
 * href="…/i?un=老马跑长途">老马跑长途</a></span>&#160;<span class="b">5-7 21:23</span>` after the text on Tieba's simple phone
 * view (zh-blogs b489 of session 59's unseen round). A short element among the few after the link's box, holding a
 * full, yearless or relative date and little else; prose between them ends the look. Read only on a page nothing else
 * dates (`dateHints`).
 */
function posterTime ($: CheerioAPI, host: string | undefined): PosterTime | undefined {
  const found = posterLinkElement($, host)
  if (found === undefined) return undefined
  let box: Element = found.a
  while (box.parent !== null && isElement(box.parent) && LINK_WRAPPERS.has(box.parent.name) &&
    box.parent.children.filter(c => isElement(c) || (isText(c) && c.data.trim() !== '')).length === 1) box = box.parent
  let steps = 0
  for (let next = box.next; next !== null && steps < POSTER_TIME_STEPS; next = next.next) {
    if (isText(next)) {
      if ((next.data.match(LETTER) ?? []).length > 0) return undefined
      continue
    }
    if (!isElement(next)) continue
    steps++
    const text = normalizeLine(textOf(next))
    if (text.length > POSTER_TIME_MAX) return undefined
    const full = NEAR_DATE.exec(text)
    const rel = full === null ? findRelativeDate(text) : null
    const at = full !== null ? { index: full.index, length: full[0].length } : rel
    if (at === null) continue
    const rest = text.slice(0, at.index) + text.slice(at.index + at.length)
    if ((rest.match(LETTER) ?? []).length > POSTER_TIME_EXTRA) return undefined
    const value = text.slice(at.index, at.index + at.length)
    return full !== null ? { kind: 'poster-time', value } : { kind: 'relative', value }
  }
  return undefined
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
 * Whether a member's link is one item of a list of members (`谁看过这篇博文`, 好友, 最近访客: an `<li>` each), the
 * list item's parent holding `MEMBER_LIST` or more items with a member's link.
 */
function inMemberList (a: Element): boolean {
  let item: AnyNode | null = a.parent
  for (let depth = 0; item !== null && depth < ITEM_DEPTH && !(isElement(item) && item.name === 'li'); depth++) {
    item = item.parent
  }
  const list = item?.parent
  if (item === null || list === null || list === undefined || !isElement(list)) return false
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
 * <a>小魚</a>、<a>阿June</a> 等 37 人讚賞了這篇作品`, the appreciators under a Matters post: zh-blogs b82): one of a list of
 * members, none the writer. The poster's avatar and name link the same member page: no run.
 */
function amongMemberLinks (a: Element, href: string): boolean {
  for (const step of [(n: AnyNode) => n.prev, (n: AnyNode) => n.next]) {
    let n = step(a)
    while (n !== null && isText(n) && MEMBER_RUN_SEPARATOR.test(n.data)) n = step(n)
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

/** A cleaned byline when it can be names, else undefined. */
function nameOf (raw: string): string | undefined {
  const s = cleanAuthor(raw)
  return isNameList(s) ? s : undefined
}

/** Most `rel=author` links read as a byline's names (more are a list of writers, not this article's). */
const MAX_REL_AUTHORS = 4
/** Most author links joined into one byline. */
const MAX_LINKED_AUTHORS = 8

/** `itemprop=author` (its `name`), else the names of `rel=author` links. */
function markedAuthors ($: CheerioAPI): string[] {
  const itemprop = $('[itemprop~="author"]').toArray().filter(isElement).find(el => !inSkipped(el))
  if (itemprop !== undefined) {
    const name = $(itemprop).find('[itemprop="name"]').first()
    const raw = name.length > 0
      ? (name.attr('content') ?? spacedText(name[0]))
      : (attr(itemprop, 'content') || spacedText(itemprop))
    const v = shownPersonName($, itemprop) ?? nameOf(raw)
    if (v !== undefined) return [v]
  }
  const rel = $('a[rel~="author"]').toArray().filter(isElement).filter(a => !inSkipped(a))
    .map(a => nameOf(memberOfAction(spacedText(a))))
  return [...new Set(rel.filter((x): x is string => x !== undefined))].slice(0, MAX_REL_AUTHORS)
}

/** The path of a link or a Person's `url` (`/user/xiaoyu-dev`, `https://forum.…/user/xiaoyu-dev/`), or undefined. */
function linkPath (href: string): string | undefined {
  try {
    return new URL(href, 'http://page.invalid/').pathname.replace(/\/+$/, '')
  } catch {
    return undefined
  }
}

/** A path segment with its percent-escapes read (`%E5%B0%8F` -> `小`), or as it is when they are malformed. */
function safeDecode (segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * The name a schema.org Person's profile link shows, where the page links it: a forum's microdata names the member's
 * login (`<meta itemprop="name" content="xiaoyu-dev">`, `<meta itemprop="url" content="/user/xiaoyu-dev">`) while the
 * post's header shows the member's display name on the link to that address (`<a href="…/user/xiaoyu-dev">小鱼做游戏</a>`,
 * NodeBB 3's Harmony theme: zh-blogs b454 of session 56's unseen round), the name the page's readers know. The first
 * such link with text and no avatar, outside comments and sidebars; undefined when the Person states no address or
 * none links it.
 */
function shownPersonName ($: CheerioAPI, person: Element): string | undefined {
  const url = $(person).find('[itemprop="url"]').first()
  const path = url.length === 0 ? undefined : linkPath(url.attr('content') ?? url.attr('href') ?? '')
  if (path === undefined || path === '') return undefined
  // a link to the address ends with its last segment, as written or percent-encoded: only such links are parsed
  const last = path.slice(path.lastIndexOf('/') + 1)
  const shown = safeDecode(last)
  for (const a of $('body a[href]')) {
    if (!isElement(a)) continue
    const href = attr(a, 'href')
    if (!href.includes(last) && !href.includes(shown)) continue
    if (linkPath(href) !== path || inSkipped(a)) continue
    // an avatar's link says its status (`<span class="visually-hidden">离线</span>`), not the name
    if ($(a).find('img').length > 0) continue
    const text = spacedText(a)
    if (text !== '') return nameOf(text)
  }
  return undefined
}

const MORE_BY = /^(?:(?:all|more|other|latest|view|see)\s+)?(?:articles|posts|stories|more)\s+(?:by|from)\b/i

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
function memberOfAction (text: string): string {
  const m = MEMBER_ACTION.exec(text.trim())
  return m === null ? text : (m[1] ?? m[2] ?? m[3] ?? m[4])
}

/** The name an author link gives: its text, or for `Articles by Juliette` the name in its address. */
function linkName (a: Element): string | undefined {
  const text = spacedText(a)
  // an image link says nothing
  if (text === '') return undefined
  return MORE_BY.test(text) ? slugName(attr(a, 'href')) : nameOf(memberOfAction(text))
}

/**
 * The first link to an author's page (`/author/heba/`, `/authors/jane-doe`): its text names the authors (later
 * ones are reviewers, editors, other stories' writers), with the author links that follow it in the same line
 * (`Rui Ma, Heba Ledwon & Suparn Patra`, each a link), joined as they are read.
 */
function linkedAuthors ($: CheerioAPI): string | undefined {
  const links = $('a[href]').toArray().filter(isElement)
    // a board's `?author=yangcheng` on its 只看该作者 link is a filter of the thread, not the writer's page
    .filter(a => AUTHOR_URL.test(attr(a, 'href')) && !inSkipped(a) && !inMenu(a) && !isOnlyPosterLink(a))
  const first = links.find(a => linkName(a) !== undefined)
  if (first === undefined) return undefined
  const group = [first]
  // the next author links, as long as only separators (`,`, `&`, `and`, Chinese `、` `，` `及` `和` `與`) stand between them
  // (`| Fact-checked by Frank Bass` ends the byline; `<a>維港誌記者 鄧靜嵐</a>、<a>實習記者 吳卓謙</a>`, a Hong Kong
  // outlet's two writers: zh-news n427 of session 55's unseen round)
  for (let n = first.next; n !== null; n = n.next) {
    const between = isText(n) || (isElement(n) && n.tagName !== 'a')
    if (between && /^[\s,;&、，]*(?:(?:and|及|和|與|与)\s*)?$/i.test(spacedText(n))) continue
    if (isElement(n) && n.tagName === 'a' && links.includes(n)) group.push(n)
    else break
  }
  // `<a href="/news/author/1">聯合報</a> / 記者張三／台北即時報導`: the link names the paper, the reporter follows it
  // in the line; the whole line goes on, and the metadata stage reads the reporter out of it (the medium left out)
  const line = first.parent !== null && isElement(first.parent) ? spacedText(first.parent) : ''
  if (line.length <= REPORT_LINE_MAX && REPORT_AFTER_LINK.test(line)) return line
  const names = group.map(linkName).filter((x): x is string => x !== undefined)
  return [...new Set(names)].slice(0, MAX_LINKED_AUTHORS).join(', ')
}
/** A Chinese report byline (`記者張三／台北即時報導`): a reporter's role, a name, a slash, a place and a report kind. */
const REPORT_AFTER_LINK = /(?:記者|记者)\s*[\p{Script=Han}·]{2,6}\s*[／/╱∕]\s*[\p{Script=Han}]{0,8}(?:報導|报道)/u
/** Longest byline line read whole for its reporter, in characters. */
const REPORT_LINE_MAX = 80

/** An e-mail address in a byline's text. */
const EMAIL_ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g

/** The first short element whose class or id says author/byline/writer/contributor, read as names. */

function classByline ($: CheerioAPI, letters: Letters, docTitle: string): string | undefined {
  // a loop, not `.each` with a closure made per page (V8 would compile that closure again after every full collection)
  for (const el of $('body [class], body [id]')) {
    if (!isElement(el)) continue
    const cls = attr(el, 'class') + ' ' + attr(el, 'id')
    const byline = BYLINE_CLASS.test(cls) && !NOT_BYLINE_CLASS.test(cls) && !BIO_CLASS.test(cls) &&
      !RANK_CLASS.test(cls)
    if (!byline || longerThan(letters, el, BYLINE_CLASS_MAX) || inSkipped(el)) continue
    // a thread's link to the poster's posts alone (`<a class="only-author">只看TA</a>`: zh-blogs b289 of session 45's
    // unseen round) names nobody; the poster is found by its id (`idLinkedPoster`)
    if (belowTeaserHeading(el, docTitle) || inTeaserItem(el) || isOnlyPosterLink(el) || inLastActivity(el)) continue
    // a reporter's e-mail address after the name (`金秀妍 记者 ksy@hanhuatimes.co.kr`, a Seoul Chinese daily's byline:
    // zh-news n377 of session 48's unseen round) is contact, no part of a name
    const text = normalizeLine(withoutBio(el).replace(EMAIL_ADDRESS, ' '))
    // a profile panel's date line in the author's card (`<div class="lia-message-author-registration-date">注册时间:
    // 2014-05-20</div>`, Lithium: zh-blogs b392 of session 51's unseen round) names nobody, its label no name
    if (text === '' || text.length > BYLINE_CLASS_MAX || ZH_LABEL_ALONE.test(text) || profileDateLine(text)) continue
    // `Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group`: the date first, the name in a later part
    const found = nameOf(text) ?? text.split(/\s[|•⋅·●–—-]\s|[|•⋅·●]/).map(bylinePart).find(bylineName) ??
      chineseScreenName(text)
    if (found !== undefined) return found
  }
  return undefined
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
const LAST_ACTIVITY = /(?:最后一次|最後一次|最后|最後)(?:更新|回复|回覆|回帖|回應|回应|活动|活動)|last\s+(?:updated|modified|reply|replied|activity|active)\b/iu
/** Longest line read around a byline element for a thread's last activity, in characters. */
const LAST_ACTIVITY_LINE = 200

/**
 * Whether a byline element is a member's link in a line of the thread's last activity (`LAST_ACTIVITY`), its parent's
 * text. Only a member's link: a news byline beside an update's line (`<span class="author">作者：张三</span><span>最后更新：
 * …</span>`) is the writer's.
 */
function inLastActivity (el: Element): boolean {
  if (el.name !== 'a' || !isMemberPage(attr(el, 'href'))) return false
  const line = el.parent !== null && isElement(el.parent) ? spacedText(el.parent) : ''
  return line.length <= LAST_ACTIVITY_LINE && LAST_ACTIVITY.test(line)
}

/** A profile's date line (`注册时间: 2014-05-20`, `Joined 2019`): its word and a year; `registered dietitian` is none. */
const profileDateLine = (text: string): boolean => PROFILE_DATE.test(text) && YEAR.test(text)

/**
 * A member's rank, role or badge in the author's card (`<div class="lia-message-author-role">凯朗员工</div>`, a staff
 * reply's on a Lithium community: zh-blogs b392 of session 51's unseen round; `author-rank`, `user-level`): no name, a
 * class token of its own.
 */
const RANK_CLASS = /(?:^|[\s_-])(?:rank|role|badge|level|usergroup)(?:$|[\s_-])/i

/**
 * A writer's self-description beside the name in a byline element (`<a class="author-link">江小北</a><span class="bio">，
 * 在县城开咖啡馆</span>`, Zhihu; Jianshu's and Medium's `bio`, `intro`, `headline`; `sign`, a signature's short form in
 * CSS-module classes, `authorInfo_sign__3Yw0K` on Discuz! Q: zh-blogs b307 of session 46's unseen round): no part of
 * the name, nor a byline of its own.
 */
const BIO_CLASS = /(?:^|[\s_-])(?:bio|intro|description|desc|headline|tagline|motto|signature|sign)(?:$|[\s_-])/i

/** A byline element's text without its writer's self-description (`BIO_CLASS`) and the comma before it. */
function withoutBio (el: Element): string {
  const text = spacedText(el)
  const bios = elementsOf(el).filter(e => e !== el && BIO_CLASS.test(attr(e, 'class')))
  if (bios.length === 0) return text
  let out = text
  for (const bio of bios) out = out.replace(spacedText(bio), ' ')
  return normalizeLine(out).replace(/[\s,，、;；:：]+$/u, '')
}

/**
 * A writer's label alone in an element whose id or class says author: a column's heading (`<span id="author">作者</span>
 * 主題: …`, SMF 2's topic bar over the posters' column: zh-blogs b288 of session 45's unseen round), no name.
 */
const ZH_LABEL_ALONE = /^(?:作\s*者|發文者|发帖人|發帖人|楼主|樓主)\s*[:：]?$/u

/** A Chinese screen name standing alone in a byline element (`<a class="p_author_name">北方的狼2010</a>`). */
function chineseScreenName (text: string): string | undefined {
  return /\p{Script=Han}/u.test(text) && isScreenName(text) ? text : undefined
}

/** Longest element read as a labelled byline, in characters. */
const LABELLED_BYLINE_MAX = 120
const BY_LINE = new RegExp('^(?:(?:(?:written|posted|published|text|story|words)\\b[^|]{0,40}?\\s)?by:?\\s+' +
  '|(?:article|all (?:articles|posts)|more|this (?:post|article|story|guide) was written' +
  '|(?:last )?updated\\b[^|]{0,30}?\\s)\\s*by:?\\s*|(?:authors?|contributors?)\\s*:?\\s+)(.+)$', 'iu')
const BY_ALONE = /^(?:written by|author|authors|by|words by|posted by)\s*:?$/i
/**
 * A post label that gives the time, then the poster, in brackets (`[ 2010/05/07 21:14 | by 阿澜 ]`, Bo-Blog's default
 * skin: zh-blogs b296 of session 45's second wave): its `by` part is the byline.
 */
const TIME_THEN_BY = /^[[【]\s*[\d/.:\-\s]{6,24}[|｜]\s*(by\s.+?)\s*[\]】]$/i
const withoutTimeBeforeBy = (text: string): string => TIME_THEN_BY.exec(text)?.[1] ?? text
/**
 * A blog post's footer: the poster, then the post's time (`posted by 阿朱 at 10:31 PM | 阅读全文 | 评论(5)`, `posted by
 * 豆豆饭 @ 2008-04-12 21:23`), Blogger's and Blogbus's classic templates, the latter in a `<div class="menu">` (zh-blogs
 * b109 of session 37's unseen round): no site navigation, whatever its class says.
 */
const POST_FOOTER = new RegExp(
  '^posted by\\s+\\S[^|]{0,40}?\\s(?:at|@)\\s+(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}\\s+)?\\d{1,2}:\\d{2}', 'i')
const HAN_FIRST = /^\p{Script=Han}/u
/**
 * A word every match of `BY_LINE` or `BY_ALONE` holds (`by`, `author`, `contributor`; neither pattern folds another
 * character onto an ASCII letter), looked for in a text before it is normalized: normalizing only folds white space
 * and takes out invisible characters, never an ASCII letter, so letters next to each other in the line have only
 * other characters between them in the raw text. Most short elements hold none and are not normalized.
 */
const BY_WORD = /b[^a-z]*y|a[^a-z]*u[^a-z]*t[^a-z]*h[^a-z]*o[^a-z]*r|c[^a-z]*o[^a-z]*n[^a-z]*t[^a-z]*r[^a-z]*i[^a-z]*b[^a-z]*u[^a-z]*t[^a-z]*o[^a-z]*r/i
/**
 * The same words with nothing between the letters. A raw text that holds no character normalizing takes out
 * (`holdsInvisible`) keeps every two letters that stand together in its line together, so `BY_LINE` and `BY_ALONE`
 * can match its line only when it holds one of the words as it is. The texts this turns away that `BY_WORD` passes
 * (`Club year` holds `b y`) are ones neither pattern matches; `BY_WORD`, which backtracks at every `a`, `b` and `c`,
 * is asked only of a text that holds an invisible character.
 */
const BY_WORD_PLAIN = /by|author|contributor/i

/** Whether a raw text may hold a labelled byline once normalized: `BY_WORD`, asked in full only when it must be. */
const mayHoldByWord = (raw: string): boolean =>
  BY_WORD_PLAIN.test(raw) || (holdsInvisible(raw) && BY_WORD.test(raw))

/**
 * `By Jane Doe`, `Published August 7, 2023 by Jane Doe`, `Written by` + the name in the next element, `Article
 * byMatias Heikkilä` (a label glued to the name), `Last updated March 3, 2025 by Erik Demaine.`, `All articles by
 * Elliot Raba`, `This post was written by Danielle Padula, Head of Marketing`, `Author Lisa D. Ellis`,
 * `Contributors: Janet Loughrey`.
 */
/**
 * Whether what follows a byline's label (`rest`, the end of `text`) opens with a name. After `Author`/`Contributors`
 * a name has its capital (`Author names` is a list item); after `by` a user name may be a lower-case handle (`by
 * ibby`). (`/iu` folds case inside `\p{Lu}` too: the capital is checked on its own.) A Chinese page's poster after
 * `posted by` is a screen name in Han (`posted by 豆豆饭 @ 2008-04-12 21:23`), not in a list item that links another
 * page (`<li><a>春天到陽明山看海芋</a> by 花花世界</li>`: that post's writer).
 */
function namedAfterBy (rest: string, text: string, el: Element): boolean {
  const handle = /^[\p{Ll}\d_.]+$/u.test(rest) && /\bby:?\s*$/i.test(text.slice(0, text.length - rest.length))
  return /^\p{Lu}/u.test(rest) || handle || (HAN_FIRST.test(rest) && !inTeaserItem(el))
}

/**
 * A post's footer line after a `<br>` in a box of other lines (`Tag: 留学 | 分类：海德堡手记<br>posted by 林间 at 23:41 |
 * 评论(5)`, BlogBus's `p.postFoot`: zh-blogs b310 of session 46's unseen round): that line, or undefined.
 */
function footerLine (el: Element): string | undefined {
  if (!el.children.some(c => isElement(c) && c.name === 'br')) return undefined
  for (const line of brLines(el)) {
    const text = normalizeLine(line)
    if (POST_FOOTER.test(text)) return text
  }
  return undefined
}

function labelledByline ($: CheerioAPI, letters: Letters, docTitle: string): string | undefined {
  // a loop, not `.each` with a closure made per page (V8 would compile that closure again after every full collection)
  for (const el of $(BYLINE_SELECTOR)) {
    if (!isElement(el) || longerThan(letters, el, LABELLED_BYLINE_MAX)) continue
    // every test below only passes the element by: the cheapest first (the walks up to its ancestors come last)
    const raw = rawSpacedText(el)
    if (!mayHoldByWord(raw)) continue
    const text = footerLine(el) ?? withoutTimeBeforeBy(normalizeLine(raw))
    if (text.length > LABELLED_BYLINE_MAX) continue
    const by = BY_LINE.exec(text)
    // a list item that links another post under its title, then `by NAME`: that post's writer (`<li><a>一個人的北海岸</a>
    // <span class="by">by Yuki</span></li>`, a blog's hot-posts box: zh-blogs b113 of session 38's unseen round)
    const named = by !== null && namedAfterBy(by[1], text, el) && !inDatedTeaserItem(el)
    // a wrapper of the line (a child with the same text) is left to that child; asked only of a line that is one
    if ((!named && !BY_ALONE.test(text)) || inSkipped(el) || (inMenu(el) && !POST_FOOTER.test(text)) ||
      belowTeaserHeading(el, docTitle) ||
      el.children.filter(isElement).some(c => spacedText(c) === text)) {
      continue
    }
    let found: string | undefined
    if (named) {
      found = nameOf(by[1])
    } else {
      const next = $(el).next()
      if (next.length > 0 && isElement(next[0])) found = nameOf(spacedText(next[0]))
    }
    if (found !== undefined) return found
  }
  return undefined
}

/**
 * The Chinese of a blog platform's `posted by X on …`: `由 阿哲 發表於 2008/10/12 (日) 21:36 | 分類：…` (LifeType's
 * zh_TW, zh-blogs b175 of session 40's unseen round), `由 X 发表于 …`, `由 X 张贴`: the line opens with 由, the name,
 * then the posting word; or phpBB 3's `由 阿松 » 2013年4月21日 22:14` (its `POST_BY_AUTHOR` in the Chinese language
 * packs, the name then `»` and the time: zh-blogs b238 of session 42's unseen round).
 */
const POSTED_BY_HAN = /^由\s*([^\s|｜:：»]{1,20}?)\s*(?:發表於|发表于|發佈於|发布于|發表|发表|張貼於|张贴于|張貼|张贴|»\s*\d)/u
/**
 * The same with the time first: `发表于 2008年6月12日 23:41 由 葛晓楠` (Community Server's Chinese post footer, zh-blogs b314 of
 * session 47's unseen round): the posting word and the time open the line, `由` and the name end it.
 */
const POSTED_BY_HAN_LAST = /^(?:發表於|发表于|發佈於|发布于|張貼於|张贴于)\s*[^由|｜]{4,30}?\d\s*由\s*([^\s|｜:：»]{1,20})\s*$/u

/** The poster the first `由 X 發表於` line names, in the post's own line (not a teaser's, a menu's or a comment's). */
function postedByHan ($: CheerioAPI, letters: Letters, docTitle: string): string | undefined {
  for (const el of $(BYLINE_SELECTOR)) {
    if (!isElement(el) || longerThan(letters, el, LABELLED_BYLINE_MAX)) continue
    const raw = rawSpacedText(el)
    if (!raw.includes('由')) continue
    const text = normalizeLine(raw)
    const m = text.length <= LABELLED_BYLINE_MAX ? POSTED_BY_HAN.exec(text) ?? POSTED_BY_HAN_LAST.exec(text) : null
    if (m === null || inSkipped(el) || inMenu(el) || inTeaserItem(el) || belowTeaserHeading(el, docTitle)) continue
    // a wrapper of the line is left to its child
    if (el.children.filter(isElement).some(c => spacedText(c) === text)) continue
    const name = nameOf(m[1])
    if (name !== undefined) return name
  }
  return undefined
}

// Words of page furniture that a two-word "name" test would let through (`Share This`, `Read Time`).
const UI_WORD = new RegExp(`^(?:${wordsRe(MARKERS.uiWords.map(w => w.word))})$`, 'i')

/** A person's name as bylines write it: 2-4 capitalized words (particles and initials allowed), no UI word. */
function bylineName (s: string): boolean {
  const words = s.split(/\s+/)
  if (words.length < 2 || words.length > 4 || hasOrgWord(s) || NOT_NAME.test(s)) return false
  return words.every(w => !UI_WORD.test(w) && (/^\p{Lu}[\p{Ll}'’-]+$/u.test(w) || /^\p{Lu}\.$/u.test(w) || PARTICLE.test(w))) &&
    /^\p{Lu}/u.test(words[words.length - 1])
}

/** A part of a byline line: separators, a `By` label and a trailing `in Category` / `on behalf of Team` off. */
function bylinePart (p: string): string {
  return p.replace(/^[\s|•⋅·●,–—-]+|[\s|•⋅·●,–—-]+$/g, '').replace(/^by:?\s+/i, '').replace(/\s+(?:in|for|on behalf of)\s+\p{Lu}.*$/u, '').trim()
}

/**
 * The line under the headline that gives the date and the writer with no label: `Bence Kovács 02-12-2025`,
 * `2025-12-17·Trond Teigen`, `Dec 26, 2025 • Mahua Das in Project Management`, `Dec. 19, 2025 · Niko Matsakis on
 * behalf of Vision Doc group`, `Feb 6, 2025 By Jane Doe`. Only short elements among the
 * first ones after the `<h1>`; the part beside the date must read as a person's name.
 */
function dateLineName ($: CheerioAPI, letters: Letters): string | undefined {
  const h1 = $('body h1').toArray().find(isElement)
  if (h1 === undefined) return undefined
  const all = bodyElements($('body')[0])
  const at = all.indexOf(h1)
  for (const el of all.slice(at + 1, at + 30)) {
    if (longerThan(letters, el, 80) || inSkipped(el)) continue
    const text = spacedText(el)
    if (text.length > 80 || el.children.filter(isElement).some(c => spacedText(c) === text)) continue
    const d = NEAR_DATE.exec(text) ?? /\b\d{1,2}-\d{1,2}-\d{4}\b/.exec(text)
    if (d === null) continue
    const parts = [text.slice(0, d.index), text.slice(d.index + d[0].length)]
      .map(bylinePart)
    const name = parts.find(bylineName)
    if (name !== undefined) return name
  }
  return undefined
}

/** A box's kind: its tag and class (`div.post-author`), what a thread's repeated boxes share. */
const boxKind = (el: Element): string => `${el.tagName}.${(el.attribs.class ?? '').trim()}`

/**
 * Author boxes other than the repeats of one kind: a thread prints a `div.post-author` over every post, and only the
 * first is the opening post's (`阿Ben槟城仔` there, a reply's `Auntie Lim` further down, a Tapatalk web view: zh-blogs
 * b344 of session 48's unseen round). A box of another kind (the byline box beside an avatar box) is read as before.
 */
function firstOfKind (boxes: readonly Element[]): Element[] {
  const seen = new Set<string>()
  return boxes.filter(box => {
    const kind = boxKind(box)
    if (seen.has(kind)) return false
    seen.add(kind)
    return true
  })
}

/** Ancestors of an avatar climbed to find the box it stands in (`img` in `a.avatar-wrap` in `div.post-author`). */
const AVATAR_BOX_LEVELS = 4

/** Whether an image stands in one of a thread's repeated author boxes (`firstOfKind`), a few levels up at most. */
function inRepeatedBox (img: Element, repeats: ReadonlySet<Element>): boolean {
  let p = img.parent
  for (let level = 0; level < AVATAR_BOX_LEVELS && p !== null && isElement(p); level++, p = p.parent) {
    if (repeats.has(p)) return true
  }
  return false
}

/**
 * The name heading an author box (`<div class="blog-author"><h4>Bence Kovács</h4><p>Bence is a developer...`) or
 * the alt text of the author's photo (`<img class="blog_author-image" alt="Lauren Vetter">`), when no byline says
 * who wrote the article.
 */
function authorBoxName ($: CheerioAPI, letters: Letters): string | undefined {
  const all = $(AUTHOR_BOX_SELECTOR).toArray().filter(isElement).filter(el => !inSkipped(el) && !inMenu(el))
  const boxes = firstOfKind(all)
  const kept = new Set(boxes)
  const repeats = new Set(all.filter(b => !kept.has(b)))
  for (const box of boxes) {
    for (const el of elementsOf(box)) {
      if (longerThan(letters, el, 50) || !/^(?:h[2-6]|strong|b|span|div|p|a)$/.test(el.tagName) || el.children.filter(isElement).some(c => spacedText(c) === spacedText(el))) continue
      const text = spacedText(el)
      if (text.length <= 50 && bylineName(text)) return text
    }
  }
  for (const img of $('body img[alt]').toArray().filter(isElement)) {
    const inBox = /author|avatar/i.test(attr(img, 'class')) || boxes.some(b => b !== img && isInside(img, b))
    if (!inBox || inSkipped(img) || inRepeatedBox(img, repeats)) continue
    const alt = normalizeLine(attr(img, 'alt')).replace(/\s+(?:image|photo|picture|avatar|headshot|profile(?:\s+(?:picture|photo|image))?)$/i, '').replace(/^(?:photo|picture|image|avatar)\s+of\s+/i, '')
    if (bylineName(alt)) return alt
  }
  return undefined
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?'
const WORD_DATES = `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}`
// year first with `-` or `/` (`2012/01/12`, Taiwan's and Japan's order), day or month first with `/`, and the
// Chinese form with the spaces some sites set in it (`<time>2012年 01月12日</time>`, Apple Daily Taiwan)
// (`05-07-2016, 09:23 PM`: vBulletin's stock date, day and month read as the page allows: zh-blogs b487 of session 59's
// unseen round)
const NUMBER_DATES = '\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4}|' +
  '\\d{1,2}-\\d{1,2}-\\d{4}|' +
  '\\d{4}\\s?年\\s?\\d{1,2}\\s?月\\s?\\d{1,2}\\s?日'
const VISIBLE_DATE = new RegExp(`(${WORD_DATES}|${NUMBER_DATES})`, 'i')

/**
 * Whether `el` stands inside one of `lines` (elements read as an update's line): `<div>Updated <span>January 08,
 * 2026</span></div>` is one update, its `<span>` read alone no publication date. The walks read elements in document
 * order, a line before what it holds.
 */
function insideAny (el: Element, lines: readonly Element[]): boolean {
  if (lines.length === 0) return false
  for (let p = el.parent; p !== null; p = p.parent) if (isElement(p) && lines.includes(p)) return true
  return false
}

/** Letters a link may hold beside a date and still be the date's own link (a permalink, `By A · March 5, 2024`). */
const DATE_LINK_EXTRA = 20
/** How far up a date's element a link is looked for (a card's `<a>` wraps its picture, title and date). */
const TEASER_DEPTH = 6

/**
 * Whether a date stands in a link that holds more than it: a teaser card of another page (`<a><p>How to Schedule
 * Your Next Video Production Timeline</p><span>Aug 01, 2024</span></a>`), whose date is that page's. A link of the
 * date alone (a WordPress permalink around the `<time>`) is the article's own.
 */
function inTeaser (el: Element, date: string): boolean {
  let p: AnyNode | null = el
  for (let depth = 0; p !== null && depth < TEASER_DEPTH; p = p.parent, depth++) {
    if (isElement(p) && p.name === 'a') {
      return (spacedText(p).replace(date, '').match(LETTER) ?? []).length > DATE_LINK_EXTRA
    }
  }
  return false
}

/** A date shown on the page, and whether its line labels it as an update. */
interface ShownDate { value: string, updated: boolean }

/**
 * A date written just under (or just above) the headline, in an element with no telling class: `By A - Mar 27,
 * 2024`, `Posted on Nov 21, 2018`, `23.07.2025 · 6 min read`. Only the few elements around the `<h1>` are read;
 * an `Updated` date only when no other.
 */
function dateNearHeadline ($: CheerioAPI, letters: Letters): ShownDate | undefined {
  const h1 = $('body h1').toArray().find(isElement)
  if (h1 === undefined) return undefined
  const all = bodyElements($('body')[0])
  const at = all.indexOf(h1)
  let updated: string | undefined
  const updateLines: Element[] = []
  for (const el of [...all.slice(at + 1, at + 40), ...all.slice(Math.max(0, at - 10), at).reverse()]) {
    if (longerThan(letters, el, 150)) continue
    const text = spacedText(el)
    if (text.length > 150) continue
    const m = NEAR_DATE.exec(text)
    // a sidebar's, a comment's or a related list's date stands near a headline that heads little (WCXB 4450)
    if (m !== null && inSkipped(el)) continue
    if (m === null || namesServedDay(text) || inClockElement(el) || insideAny(el, updateLines) || inTeaser(el, m[1])) {
      continue
    }
    // a related item's date: `<li><a href="/a/850.html">another page's title</a> [2010-10-28]</li>`
    const at = textHolding(el, m[1])
    if (at !== undefined && inDatedTeaserItem(at)) continue
    const role = shownDateRole(el, text)
    if (role === 'profile' || role === 'other') continue
    if (role === 'update') {
      updated ??= withTimeAfter(text, m)
      updateLines.push(el)
    } else return { value: withTimeAfter(text, m), updated: false }
  }
  return updated === undefined ? undefined : { value: updated, updated: true }
}

/**
 * The date a pattern matched with the time written right after it (`最后更新 14.12.2011 19:00`: `14.12.2011 19:00`), as
 * `findDate` reads it; the date alone when no time follows.
 */
function withTimeAfter (text: string, m: RegExpExecArray): string {
  const rest = text.slice(m.index)
  const timed = findDate(rest)
  return timed?.index === 0 && timed.length > m[0].length ? rest.slice(0, timed.length) : m[1]
}

/** The first text node below `el` that holds `text`, if one does. */
function textHolding (el: Element, text: string): AnyNode | undefined {
  const stack: AnyNode[] = [el]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (isText(n) && n.data.includes(text)) return n
    if (isElement(n)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i])
  }
  return undefined
}

/**
 * What a date shown in a short element is: a profile panel's registration or login date
 * (`<dt>注册时间</dt><dd>2008-3-2</dd>`: the user's, not the page's), an update (`Updated`, `更新`, a post's edit
 * stamp `本帖最后由 X 于 … 编辑`, `编辑于 …`), or a date the page may be published on.
 */
function shownDateRole (el: Element, text: string): 'profile' | 'update' | 'other' | 'date' {
  if (PROFILE_DATE.test(text) || PROFILE_DATE.test(labelBefore(el))) return 'profile'
  if (/updated|modified|更新/i.test(text) || EDIT_STAMP.test(text)) return 'update'
  // a comment's, a reply's, a recommended article's, a document's signing or a product's date
  return OTHER_DATE_WORD.test(text) ? 'other' : 'date'
}
/** Another date's word (data/html-other-dates.json `words`): the date beside it is not the page's. */
const OTHER_DATE_WORD = anyWord(OTHER_DATES.words)

/** Longest label a date's previous sibling may be (`註冊時間`, `Joined:`), in characters. */
const SIBLING_LABEL_MAX = 20

/**
 * The label written just before an element, in a sibling of its own (`<dt>註冊時間</dt><dd>2005-8-21</dd>`, `註冊
 * <span>2009-08-13</span>`): the nearest non-blank sibling before it, when it is short; '' otherwise.
 */
function labelBefore (el: Element): string {
  for (let p = el.prev; p !== null; p = p.prev) {
    const text = isText(p) ? p.data.trim() : isElement(p) ? spacedText(p) : ''
    if (text !== '') return text.length <= SIBLING_LABEL_MAX ? text : ''
  }
  return ''
}

/** Longest element read as a labelled date line (`Posted on April 13, 2023`), in letters and characters. */
const LABELLED_DATE_MAX = 80
// `Posted on April 13, 2023`, `Published: 5 Mar 2024`, `Posted on the 15/12/2025`, `发布于 2024-03-05`
// `Posted - 03/17/2002 : 20:41:37` (Snitz Forums 2000): a spaced hyphen as the label's colon
// `#1 2006-09-17 22:05`: the opening post's number before its time, in the bar under it (BMForum: zh-blogs b414 of
// session 53's unseen round; the floor number of vBulletin, XenForo and phpBB posts)
// `posted @ 2020-06-14 22:41 青蛙跳井 阅读(3127)`: the line under every 博客园 (cnblogs) post, from the .Text engine it
// grew from, its one shown date (zh-blogs b444 of session 56's unseen round, b270)
const DATE_LABEL = /^(?:(?:originally\s+|first\s+)?(?:posted|published)(?:\s+(?:on|at)|\s*@)?(?:\s+the)?|date\s+published|发布(?:时间|日期|于)|發布(?:時間|日期|於)|发表于|#1(?!\d))\s*(?:[:：]|-(?=\s))?\s*/i
/**
 * The first character of every `DATE_LABEL` match, under its flags: `originally`, `first`, `posted`, `published`,
 * `date`, 发, 發, `#` (test/html-date-labels.test.ts reads a date under each).
 */
const DATE_LABEL_FIRST = /^[ofpd发發#]/i

/**
 * A date the page labels as its publication (`Posted on April 13, 2023`) in a short element anywhere outside
 * comments, sidebars and related lists: the walks around the headline miss a date line far from it.
 */
/** A date a label names the publication's: `relative` when it is a time to read against the reference date. */
interface LabelledDate { value: string, relative: boolean }

/** A labelled date as its hint: a relative one for the metadata stage to read against the reference date. */
function addLabelled (
  add: (kind: string, value: string | undefined) => void, labelled: LabelledDate | undefined
): void {
  if (labelled !== undefined) add(labelled.relative ? 'relative' : 'labelled-date', labelled.value)
}

/**
 * Where a labelled date stands: a byline's elements, and a layout table's cell (`<td>發布日期：<span>…</span></td>`).
 * A label before a relative time (`发布于 昨天 21:23`, `Posted 3 hours ago`: Zhihu's column footer) gives that time, as
 * written, for the metadata stage to read against the page's reference date (`relative`).
 */
function labelledDate ($: CheerioAPI, letters: Letters, minguo: boolean): LabelledDate | undefined {
  // the selection read in place: it holds most of a page's elements, and copying it twice (`toArray`, `filter`) cost
  // as much as the loop
  for (const el of $(LABELLED_DATE_SELECTOR)) {
    if (!isElement(el) || longerThan(letters, el, LABELLED_DATE_MAX)) continue
    // most elements' lines cannot start with a label: their text is not joined and normalized (a page of 100,000
    // short paragraphs spent a quarter of its metadata hints here)
    const first = firstShownChar(el)
    if (first === undefined || !DATE_LABEL_FIRST.test(first)) continue
    const text = boundedText(el, LABELLED_DATE_MAX)
    const label = text === undefined ? null : DATE_LABEL.exec(text)
    if (text === undefined || label === null) continue
    const found = dateAfterLabel(text.slice(label[0].length), minguo)
    if (found !== undefined && !inSkipped(el)) return found
  }
  return undefined
}

/** The date that opens what follows a date label: a full one, a Minguo one on a Taiwan page, or a relative one. */
function dateAfterLabel (rest: string, minguo: boolean): LabelledDate | undefined {
  const date = NEAR_DATE.exec(rest)
  if (date !== null) return date.index === 0 ? { value: date[1], relative: false } : undefined
  // a page of Taiwan writes the year of the Republic (`發布日期：107-09-12`)
  const roc = minguo ? findDate(rest, { minguo }) : null
  if (roc?.index === 0) return { value: roc.iso, relative: false }
  const rel = findRelativeDate(rest)
  return rel?.index === 0 ? { value: rest.slice(0, rel.length), relative: true } : undefined
}

/** A date a label names the publication's, else the one after a post-time icon. */
const labelledOrIconDate = ($: CheerioAPI, src: DateSources): LabelledDate | undefined =>
  labelledDate($, src.letters, src.minguo) ?? iconDate($)

/** An icon that labels a post's time, by its file or its alt text (`posttime.gif`, `发表时间`). */
const TIME_ICON = /post_?time|发[表贴帖]时间|發[表貼帖]時間/i

/**
 * The date written right after the first icon that labels a post's time (`<img src=skins/default/posttime.gif>&nbsp;
 * 2005-4-11 21:05:33`, the row under each post of DVBBS 7.1: zh-blogs b271 of session 43's unseen round): the opening
 * post's, as a labelled date.
 */
function iconDate ($: CheerioAPI): LabelledDate | undefined {
  for (const img of $('body img')) {
    if (!isElement(img) || !TIME_ICON.test(`${attr(img, 'src')} ${attr(img, 'alt')}`)) continue
    const text = img.next !== null && isText(img.next) ? img.next.data.replace(/\u00a0/g, ' ').trim() : ''
    const date = NEAR_DATE.exec(text)
    return date?.index === 0 && !inSkipped(img) ? { value: date[1], relative: false } : undefined
  }
  return undefined
}

/** Longest text of an element showing a relative time, the full one in its `title` (the least `longerThan` reads). */
const TITLED_RELATIVE_MAX = 50

/**
 * The full time an element that shows a relative one gives in its `title` attribute (`<span title="2018-5-20
 * 21:36:08">6 天前</span>`, Discuz! X's post times): the first such element outside sidebars and comments, the
 * post's own, its `title` what the relative time stands for.
 */
function titledRelative ($: CheerioAPI, letters: Letters): string | undefined {
  for (const el of $(TITLED_SELECTOR)) {
    if (!isElement(el) || longerThan(letters, el, TITLED_RELATIVE_MAX)) continue
    const title = attr(el, 'title')
    if (!/\d{4}/.test(title) || findRelativeDate(spacedText(el)) === null) continue
    const date = findDate(title)
    if (date === null || inSkipped(el) || besideOtherDateWord(el)) continue
    return title.slice(date.index, date.index + date.length)
  }
  return undefined
}

/** Longest line around a titled relative time read for another date's word. */
const TITLED_LINE_MAX = 80

/**
 * Whether the short line a titled relative time stands in names it another date (`本主题由 海蛎煎 于 <span title=…>前天
 * 10:15</span> 加入精华`: a moderator featured the thread then, zh-blogs b95 of session 36's unseen round; an edit stamp).
 */
function besideOtherDateWord (el: Element): boolean {
  const parent = el.parent
  if (parent === null || !isElement(parent)) return false
  const line = boundedText(parent, TITLED_LINE_MAX)
  return line !== undefined && (OTHER_DATE_WORD.test(line) || EDIT_STAMP.test(line))
}

/** A last edit's stamp (`最后编辑于`, `最後編輯`, `last edited`): a later time than the post's. */
const LAST_EDIT = /最后编辑|最後編輯|last\s+edited/i

/** Letters a short element may hold beside a relative date (`3 hours ago · News`), no more: prose is no date line. */
const RELATIVE_LINE_EXTRA = 24

/**
 * A relative date (`3 hours ago`, `Yesterday at 10:20`, `昨天 10:20`, `3天前`) in a short element just around the
 * headline, standing nearly alone: what it means is decided by the metadata stage, against the page's reference
 * date.
 */
function relativeNearHeadline ($: CheerioAPI, letters: Letters, anchor: AnyNode | undefined): string | undefined {
  // the first `<h1>`, else the element of the headline as the page prints it (a YaBB thread's `<b>` subject over
  // `« 发表于: 昨天 23:41:10 »`: zh-blogs b499 of session 59's second unseen round), a weaker anchor: there the time must
  // be labelled as the post's (a vBulletin thread's replies print `今天, 07:12 AM` unlabelled in their bars: b107)
  const first = $('body h1').toArray().find(isElement)
  const h1 = first ?? (anchor?.parent != null && isElement(anchor.parent) ? anchor.parent : undefined)
  if (h1 === undefined) return undefined
  const labelled = first === undefined ? PUBLISHED_LABEL : undefined
  const all = bodyElements($('body')[0])
  const at = all.indexOf(h1)
  let edited: string | undefined
  for (const el of [...all.slice(at + 1, at + 40), ...all.slice(Math.max(0, at - 10), at).reverse()]) {
    if (longerThan(letters, el, 80) || inSkipped(el)) continue
    const text = spacedText(el)
    // a line that also gives the full date is no relative date (`今天是2024年03月05日`: a clock, `today` its label)
    const rel = findRelativeDate(text)
    if (rel === null || VISIBLE_DATE.test(text) || labelled?.test(text.slice(0, rel.index)) === false) continue
    const rest = text.slice(0, rel.index) + text.slice(rel.index + rel.length)
    if ((rest.match(LETTER) ?? []).length > RELATIVE_LINE_EXTRA) continue
    const found = text.slice(rel.index, rel.index + rel.length)
    // a last edit's stamp or another date's word beside it (`最后编辑于 昨天 08:02` under a Discuz! Q thread's title, the
    // post's `3天前` in the poster's card: zh-blogs b307 of session 46's unseen round) names another time than the
    // post's, unless the page shows no other; a bare `编辑于` is a note's only time on Xiaohongshu (`编辑于 3天前`: b81)
    if (!LAST_EDIT.test(text) && !OTHER_DATE_WORD.test(text)) return found
    edited ??= found
  }
  return edited
}

const NEAR_DATE = new RegExp(`(${WORD_DATES}|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4})`, 'i')

/** A class or id that names an update's date (`wp-block-post-date__modified-date`, `date-updated`, `lastmod`). */
const UPDATE_CLASS = /modified|updated|lastmod/i

/**
 * A date shown beside the headline when no markup carries one: the first short element whose class says date,
 * time, published, posted, byline or meta and whose text holds a full date (`March 5, 2024`, `5 Mar 2024`,
 * `2024-03-05`, `2024年3月5日`). "Updated" dates are skipped: they are not the publication date.
 */
function visibleDate ($: CheerioAPI, letters: Letters): ShownDate | undefined {
  let found: string | undefined
  let updated: string | undefined
  const updateLines: Element[] = []
  $(DATE_CLASS_SELECTOR).each((_, el) => {
    if (found !== undefined) return false
    if (!isElement(el) || longerThan(letters, el, 150) || inSkipped(el) || !dateClassed(el)) return undefined
    const text = spacedText(el)
    if (text.length > 150) return undefined
    const m = VISIBLE_DATE.exec(text)
    // a portal header's clock (`<span class="date">今天是2024年03月05日 星期二</span>`) shows the visitor's day
    if (m === null || namesServedDay(text) || inClockElement(el) || insideAny(el, updateLines) || inTeaser(el, m[1]) ||
      afterCardTitle(el)) {
      return undefined
    }
    // a sidebar listing's row: `<tr><td><a href="news_view.asp?id=1186">另一篇</a></td><td class="date">[2013-11-04]`,
    // or its list item (`<li><a href="…!403.entry">鱼缸里的新住户</a><br><span class="date">2007/3/11</span></li>`)
    if (inDatedListingRow(el) || inDatedTeaserItem(el)) return undefined
    // the line says update, or the element's class does (`wp-block-post-date__modified-date`, `updated-date`)
    const role = shownDateRole(el, text)
    if (role === 'profile' || role === 'other') return undefined
    if (role === 'update' || UPDATE_CLASS.test(classAndId(el))) {
      updated ??= m[1]
      updateLines.push(el)
    } else found = m[1]
    return undefined
  })
  // a page that shows only when it was last updated: that date is the one a reader has, when nothing else dates it
  if (found !== undefined) return { value: found, updated: false }
  return updated === undefined ? undefined : { value: updated, updated: true }
}
