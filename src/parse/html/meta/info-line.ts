/**
 * Labelled information lines (`发布时间：… 作者：… 来源：…`): the line under the headline, credit rows,
 * tables of particulars, and the date, authors, source and editors a line gives.
 */
import { isTag, isText } from 'domhandler'
import type { Editor } from '../../../types.js'
import {
  BLOCK_TAGS, ElementType, attr, classAndId, descendants, elementsOf, isBlankText, isElement, textOf, type AnyNode,
  type Element
} from '../dom.js'
import { loadData } from '../../../data.js'
import { hasDate, isLabelCell, parseInfoCells, parseInfoLine, type InfoLine } from '../../../text/fields.js'
import { inDatedTeaserItem } from '../teaser-item.js'
import { boundedText, normalizeLine, spacedSkip } from '../short-text.js'
import { bbsHeader } from '../bbs-header.js'
import type { DateOptions } from '../../../text/date.js'
import { isMemberPage } from '../members.js'
import { holdsQuotation, inDiscussion, inQuotation } from '../discussion.js'
import { printsLarge } from '../large-type.js'
import { countLettersUpTo, escapeRegExp, findRelativeDate } from '../../../text/index.js'
import { LETTERS_COUNTED_PAST, LETTERS_KEPT_ABOVE, isInside, longerThan, type Letters } from './dom-helpers.js'
import { pageLargeType } from './page-cache.js'
import { inSkipped } from './regions.js'
import { MIN_HEADLINE, SUBTITLE_DASH, titleNamed } from './title-parts.js'
import { HEADING_TAG, belowTeaserHeading, holdsTeaserHeading } from './teasers.js'
import { SUBHEADING_TAGS } from './tags.js'
import { AUTHOR_URL } from './names.js'

/** A date-looking string in a Chinese information line, with its time when given. */
const CN_DATE = /(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)/

interface LabelsFile { labels: Array<{ label: string, field?: string, opensInfoLine?: boolean, credit?: boolean }> }
export const LABELS = loadData<LabelsFile>('metadata-labels.json').labels
type Label = typeof LABELS[number]
const alternation = (labels: Label[]): string => labels.map(l => escapeRegExp(l.label)).join('|')
/**
 * A label and its colon. A generic date label glued to the word before it names another date (`出生日期：` a birth
 * date, `截止时间：` a deadline): it counts only where no Han character stands before it. A longer one is its own
 * (`公告日期：`), whatever stands before it: the cells of a table of particulars run together in an element's text
 * (`公告單位：資訊工程學系公告日期：100/05/20`: zh-org o66 of session 39's unseen round).
 */
export const labelRe = (labels: Label[]): RegExp => {
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

export function bodyFacts (body: Element): BodyFacts {
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
export const CREDITS_LISTING = /(?:作者|作\s+者)\s*[:：][\s\S]*[^原]作者\s*[:：]/u

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
export function creditLines (
  body: Element, facts: BodyFacts, docTitle: string
): { authors: string[], editors: Editor[] } {
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
export interface InfoFields {
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

export function infoLine (body: Element, facts: BodyFacts, docTitle: string, dates: DateOptions): InfoFields {
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
export const bbsTimed = (info: InfoFields): boolean => info.headerTitle !== undefined && info.date !== undefined

/**
 * The info line's fields, with a BBS post header's (./bbs-header.ts) where the line has none: the header is the post's
 * own statement of its writer, title and time, and a BBS page has no other info line. Looked for only on a page with
 * no `<h1>` (a BBS web view has none; the walk cost the development pages 2% of their time).
 */
export function withBbsHeader (info: InfoFields, body: Element, h1s: readonly string[]): InfoFields {
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
const CREDIT_FIELDS = new Set(['author', 'editor', 'ignore'])
