/**
 * The date hints (`dateHints`): meta and JSON-LD dates, `<time>` elements, update lines, labelled and icon
 * dates, the date near the headline, and relative dates beside the headline or the poster.
 */
import type { CheerioAPI } from 'cheerio'
import { isText } from 'domhandler'
import type { DateHint } from '../../../draft.js'
import { attr, classAndId, elementsOf, isElement, textOf, type AnyNode, type Element } from '../dom.js'
import { loadData } from '../../../data.js'
import { inServedDayElement, namesServedDay, type HeadlineInfo } from '../headline-date.js'
import { EDIT_STAMP, OTHER_DATES, PROFILE_DATE, anyWord } from '../../../text/other-dates.js'
import { inDatedListingRow, inDatedTeaserItem } from '../teaser-item.js'
import { YEAR, scriptDate, scriptedEpoch } from '../script-dates.js'
import { issueDate } from '../issue-date.js'
import { boundedText, firstShownChar, normalizeLine } from '../short-text.js'
import { bylineDate } from '../byline-date.js'
import { epochStamp } from '../epoch-stamp.js'
import { findDate } from '../../../text/date.js'
import { afterCardTitle } from '../cards.js'
import { holdsMemberLink } from '../members.js'
import { inReplyBox } from '../discussion.js'
import { ENGLISH_MONTH, findRelativeDate } from '../../../text/index.js'
import { longerThan, spacedText, type Letters } from './dom-helpers.js'
import { bodyElements } from './page-cache.js'
import { inSkipped } from './regions.js'
import {
  DATE_CLASSES, DATE_CLASS_SELECTOR, DATE_STRING_ABBR, EPOCH_STAMP_SELECTOR, LABELLED_DATE_SELECTOR, TITLED_SELECTOR
} from './tags.js'
import { str, type JsonObject } from './json-ld.js'
import { CREDITS_LISTING, bbsTimed, type InfoFields } from './info-line.js'
import { LAST_ACTIVITY, posterLinkElement } from './posters.js'

/**
 * Whether an element's class says date by a word other than `publisher`, which names who publishes, not when
 * (Liferay's `portlet-asset-publisher` box of a sidebar's dated notices: zh-org o133 of session 47's unseen round).
 */
const dateClassed = (el: Element): boolean =>
  DATE_CLASSES.some(c => (el.attribs.class ?? '').replace(/publisher/gi, '').includes(c))

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
export function dateHints ($: CheerioAPI, src: DateSources): DateHint[] {
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
  if (!dated()) add('script-var', pageScriptDate($))
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
    el => !inSkipped(el) && !labelledUpdate(el) && !inMemberItem(el) && !inReplyBox(el) && !inDatedTeaserItem(el) &&
      !afterLastActivity(el))
}

/**
 * The publication time the page's scripts give (`scriptDate`), else the Unix time a script writes as the text of the
 * first date-classed element outside comments, replies and teasers (`scriptedEpoch`: Nabble's `span.post-date`).
 */
function pageScriptDate ($: CheerioAPI): string | undefined {
  const given = scriptDate($('script').toArray())
  if (given !== undefined) return given
  for (const el of $(DATE_CLASS_SELECTOR)) {
    if (!isElement(el) || !dateClassed(el)) continue
    const epoch = scriptedEpoch(el)
    if (epoch !== undefined && !inSkipped(el) && !inReplyBox(el) && !inDatedTeaserItem(el)) return epoch
  }
  return undefined
}

/** A thread's last activity closing the words before a stamp (`最後回覆`, `Last reply:`). */
const LAST_ACTIVITY_BEFORE = new RegExp(`(?:${LAST_ACTIVITY.source})\\s*[:：]?\\s*$`, 'iu')

/**
 * Whether the label right before a stamp (`labelBefore`) names a thread's last activity (`最後回覆 <span class="gtime"
 * data-ts="1462808102">4分鐘前</span>` in a Hong Kong forum's thread bar: zh-blogs b534 of session 61's unseen round):
 * the last reply's time, no post's.
 */
const afterLastActivity = (el: Element): boolean => LAST_ACTIVITY_BEFORE.test(labelBefore(el))

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
const LETTER = /[\p{L}\p{N}]/gu

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

// (the year's two digits after an apostrophe: `Mar 14, '09 10:41 PM`, Multiply's post stamp: zh-blogs b638 of session
// 65's unseen round)
const WORD_DATES = `${ENGLISH_MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:\\d{4}|['’]\\d{2}(?!\\d))|` +
  `\\d{1,2}(?:st|nd|rd|th)?\\s+${ENGLISH_MONTH},?\\s+\\d{4}`
// year first with `-` or `/` (`2012/01/12`, Taiwan's and Japan's order), day or month first with `/`, and the
// Chinese form with the spaces some sites set in it (`<time>2012年 01月12日</time>`, Apple Daily Taiwan)
// (`05-07-2016, 09:23 PM`: vBulletin's stock date, day and month read as the page allows: zh-blogs b487 of session 59's
// unseen round)
// (and Java's short zh_CN date, the year's two digits first, with its time: `14-3-16 下午9:05`, src/text/date.ts)
const NUMBER_DATES = '\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4}|' +
  '\\d{1,2}-\\d{1,2}-\\d{4}|(?<![\\d./-])\\d{2}-\\d{1,2}-\\d{1,2}\\s*[上下]午\\s*\\d{1,2}:\\d{2}|' +
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
  const otherLines: Element[] = []
  // inside a line read already: an update's, another date's
  const insideRead = (el: Element): boolean => insideAny(el, updateLines) || insideAny(el, otherLines)
  for (const el of [...all.slice(at + 1, at + 40), ...all.slice(Math.max(0, at - 10), at).reverse()]) {
    if (longerThan(letters, el, 150)) continue
    const text = spacedText(el)
    if (text.length > 150) continue
    const m = NEAR_DATE.exec(text)
    // a sidebar's, a comment's or a related list's date stands near a headline that heads little (WCXB 4450)
    if (m !== null && inSkipped(el)) continue
    if (m === null || namesServedDay(text) || inServedDayElement(el) || insideRead(el) || inTeaser(el, m[1])) {
      continue
    }
    // a related item's date: `<li><a href="/a/850.html">another page's title</a> [2010-10-28]</li>`
    const at = textHolding(el, m[1])
    if (at !== undefined && inDatedTeaserItem(at)) continue
    const role = shownDateRole(el, text)
    if (role === 'profile' || role === 'other') {
      if (othersBefore(role, text, m)) otherLines.push(el)
      continue
    }
    if (role === 'update') {
      updated ??= withTimeAfter(text, m)
      updateLines.push(el)
    } else return { value: withTimeAfter(text, m), updated: false }
  }
  return updated === undefined ? undefined : { value: updated, updated: true }
}

/**
 * Whether a date's line names another date's word before it (`<p>上一篇：<a>…</a> <span>2012-03-28</span></p>`: the
 * previous post's, below a doctor's column: zh-blogs b565 of session 62's unseen round): a date inside it is that
 * line's.
 */
const othersBefore = (role: string, text: string, m: RegExpExecArray): boolean =>
  role === 'other' && OTHER_DATE_WORD.test(text.slice(0, m.index))

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

export const NEAR_DATE = new RegExp(`(${WORD_DATES}|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4})`, 'i')

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
    if (m === null || namesServedDay(text) || inServedDayElement(el) || insideAny(el, updateLines) ||
      inTeaser(el, m[1]) || afterCardTitle(el)) {
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
