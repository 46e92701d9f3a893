/**
 * The publication date, read field by field: candidates from the front end's markup (JSON-LD, meta tags, `<time>`,
 * date-classed elements, the lines around the headline, info lines) and from the blocks (info lines, labelled date
 * prefixes, update lines), the URL's path and relative dates, each with its evidence kind; the chooser
 * (`choose.ts`) takes the strongest. A date after the page was fetched is no publication date.
 */
import type { DateHint } from '../../draft.js'
import { choose, hiddenKinds, markupKinds, type Proposal } from '../choose.js'
import { UNIX_TIME, dateFromUrl, findDate, monthFromUrl, type DateOptions } from '../../text/date.js'
import { HAN, UNIT_MS, findRelativeDate, resolveRelativeDate } from '../../text/index.js'
import { notAfterFetch } from '../fetched.js'
import { captureOf, siteAddress } from '../../text/capture-url.js'

export interface PublishedInput {
  /** Raw date strings of the front end, with their evidence. */
  hints: readonly DateHint[]
  /** Dates read from the blocks (ISO 8601), with their evidence. */
  found: ReadonlyArray<Proposal<string>>
  url?: string
  /** When the page was fetched (ISO 8601). */
  fetchedAt?: string
  options: DateOptions
  /** Whether the page's text states a day (`YYYY-MM-DD`); unasked, every day counts as shown. */
  shows?: (day: string) => boolean
  /** The page's `<title>` as written: some CMSs put the article's date in it (`标题 2023-10-18 - 某某网`). */
  pageTitle?: string
}

type Dated = Array<Proposal<string>>

/** Earliest Unix time read as a publication (1995-01-01): a smaller count of seconds is some other number. */
const EARLIEST_EPOCH_MS = Date.UTC(1995, 0, 1)
const MS_PER_MINUTE = 60_000

/**
 * An instant (milliseconds since 1970) as the local time of a zone (`+08:00` on a Chinese page: the day its readers
 * saw), or in UTC when the zone is unknown.
 */
function zonedIso (ms: number, offset: string | null | undefined): string {
  const m = /^([+-])(\d\d):(\d\d)$/.exec(offset ?? '')
  const minutes = m === null ? 0 : (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]))
  const local = new Date(ms + minutes * MS_PER_MINUTE).toISOString().slice(0, 'YYYY-MM-DDTHH:MM:SS'.length)
  return local + (m === null ? 'Z' : m[0])
}

/** A Unix time in seconds or milliseconds in the page's zone (`zonedIso`); null before 1995. */
function epochIso (value: string, offset: string | null | undefined): string | null {
  const ms = value.length === 10 ? Number(value) * 1000 : Number(value)
  return ms < EARLIEST_EPOCH_MS ? null : zonedIso(ms, offset)
}

const UTC_END = /(?:Z|[+-]00:00)$/

/** The length of a day alone, `YYYY-MM-DD`. */
const DAY_LENGTH = 'YYYY-MM-DD'.length

/**
 * A machine's UTC time with its clock (`…T16:42:00Z`, `.000Z`: JavaScript's `toISOString`, which a page's script shows
 * in its reader's zone), not a site's clock set to UTC (PHP's `+00:00`: WordPress prints its own zone so, and a
 * WordPress site set to UTC shows its readers the UTC day: zh-blogs b06).
 */
const MACHINE_UTC = /T\d\d:\d\d(?::\d\d(?:\.\d+)?)?Z$/

/** A UTC time with its clock (`2019-05-11T16:52:07+00:00`, `…Z`); a day alone has no instant to move. */
const isUtcTime = (value: string): boolean => UTC_END.test(value) && value.length > DAY_LENGTH

/**
 * A script's UTC time as its script shows it: in the reader's zone, the page's own (`+08:00` on a Chinese page), as a
 * Unix time is (`"publishTime":"2019-05-11T16:52:07Z"` is printed `2019年5月12日` to a reader in Taiwan). A markup time
 * in UTC stays as written (`inPageZone`): a search engine reads it, and English benchmarks label its UTC day.
 * (Flarum's `createdAt` is no listed name: apps' JSON uses it for every record, a publisher's or a school's, on WCXB
 * 0026, 0267, 0312.)
 */
function scriptShown (iso: string, offset: string | null | undefined): string {
  if (offset === null || offset === undefined || !isUtcTime(iso)) return iso
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? iso : zonedIso(ms, offset)
}

/**
 * Kinds whose UTC time a reader sees in the zone of the page (`scriptShown`): a script's, and the time in the `title`
 * of a relative one (`<abbr class="timeago" title="2014-05-07 16:41:22 +0000">2 天前</abbr>`), from which the page's
 * script writes the relative time.
 */
const SHOWN_IN_READER_ZONE = new Set(['script-var', 'relative-title'])

/** The markup's candidates parsed: relative ones are left for `resolveRelative`; what does not parse goes. */
function parsedHints (hints: readonly DateHint[], options: DateOptions): Array<Proposal<string>> {
  const out: Array<Proposal<string>> = []
  for (const h of hints) {
    if (h.kind === 'relative') continue
    // a script's Unix time, or an element's (src/parse/html/epoch-stamp.ts): an instant, read in the page's zone
    if (UNIX_TIME.test(h.value)) {
      const iso = epochIso(h.value, options.defaultOffset)
      if (iso !== null) out.push({ kind: h.kind, value: iso })
      continue
    }
    const found = findDate(h.value, options)
    if (found === null) continue
    const iso = SHOWN_IN_READER_ZONE.has(h.kind) ? scriptShown(found.iso, options.defaultOffset) : found.iso
    out.push({ kind: h.kind, value: iso, ...(found.ambiguous === true ? { ambiguous: true } : {}) })
  }
  return out
}

/**
 * The reference a relative date is read against: the fetch time, else the latest date the page itself states
 * (an update or the URL's date); null when there is none (the clock is never a page's date).
 */
function referenceDate (dated: ReadonlyArray<Proposal<string>>, fetchedAt: string | undefined): string | null {
  if (fetchedAt !== undefined && !Number.isNaN(Date.parse(fetchedAt))) return fetchedAt
  const latest = dated.map(p => p.value).sort((a, b) => Date.parse(b) - Date.parse(a))[0]
  return latest ?? null
}

/**
 * Relative dates (of the markup and of the blocks' raw strings) as dates, against the reference; `clocked` collects
 * those whose time of day the page states (`昨天 10:20`, `10-15 09:32`), not reckoned from the reference.
 */
function resolveRelative (
  raws: readonly string[], reference: string | null, options: DateOptions, clocked: Set<string>,
  spans: Map<string, number>
): Dated {
  if (reference === null) return []
  const out: Array<Proposal<string>> = []
  for (const raw of raws) {
    const rel = findRelativeDate(raw)
    const iso = rel === null ? null : resolveRelativeDate(rel, reference, options.defaultOffset)
    if (rel === null || iso === null) continue
    out.push({ kind: 'relative', value: iso })
    if (rel.time !== undefined && iso.length > 'YYYY-MM-DD'.length) clocked.add(iso)
    // `9小时前` is nine hours and some minutes: the instant lies within the unit before the time reckoned
    else if (rel.monthDay === undefined && (rel.unit === 'hour' || rel.unit === 'minute')) {
      spans.set(iso, UNIT_MS[rel.unit])
    }
  }
  return out
}

/**
 * Evidence kinds whose time of day is not the publication's: an update's, or one reckoned from the fetch (a relative
 * date whose clock the page states is the publication's: `withTime`'s `clocked`).
 */
const NOT_PUBLICATION_TIME = new Set(['updated-line', 'relative'])

const dayOf = (iso: string): string => iso.slice(0, 'YYYY-MM-DD'.length)

/**
 * The chosen date at its most precise: a date alone takes the time of another candidate that states the same day
 * (markup near the headline gives `2012-5-7`, the info line `2012-5-7 21:23:57`): the same date, read further.
 */
function withTime (chosen: string, all: ReadonlyArray<Proposal<string>>, clocked: ReadonlySet<string>): string {
  if (chosen.length !== 'YYYY-MM-DD'.length) return chosen
  const timed = all.find(p => p.value.length > chosen.length && dayOf(p.value) === chosen &&
    p.ambiguous !== true && (!NOT_PUBLICATION_TIME.has(p.kind) || (p.kind === 'relative' && clocked.has(p.value))))
  return timed?.value ?? chosen
}

/**
 * Candidates that are the page's update: when the page's own lines (in the text, or the info line the front end read)
 * label one date as published and another as updated (`更新时间：2012-05-09 … 发布时间：2012-05-07`; `發布日期：
 * 107-08-23 資料更新日期：107-08-24` under a `DC.Date` of the update's day: zh-gov g124), a candidate of the update's
 * day, or of its very time on the same day, is that update read without its label (the markup's readers take the
 * first date of the line), never the publication date.
 */
function withoutUpdates (all: ReadonlyArray<Proposal<string>>): Array<Proposal<string>> {
  const published = all.filter(p => p.kind === 'body-info-line' || p.kind === 'info-line').map(p => p.value)
  const updates = all.filter(p => p.kind === 'updated-line' && !published.includes(p.value)).map(p => p.value)
  if (published.length === 0 || updates.length === 0) return [...all]
  const publishedDays = new Set(published.map(dayOf))
  const updateDays = new Set(updates.map(dayOf).filter(day => !publishedDays.has(day)))
  const isUpdate = (p: Proposal<string>): boolean => updates.includes(p.value) || updateDays.has(dayOf(p.value))
  return all.filter(p => p.kind === 'updated-line' || !isUpdate(p))
}

/**
 * The candidates without the dates read from the page's text that fall after its first shown update
 * (`最后更新 14.12.2011` under a portal header's clock `美国东部时间: 06:40 2013年04月10日星期三`): an article is
 * published before it is updated, so a later day in the text is some other date the readers took (a clock, a
 * teaser's, a comment's). The CMS's own dates (markup, the URL) stay: a republished page's markup moves past an old
 * update line. Compared by day: the update's line and the other candidate may be read in different time zones.
 */
function notAfterUpdate (all: ReadonlyArray<Proposal<string>>): Array<Proposal<string>> {
  const updates = all.filter(p => p.kind === 'updated-line').map(p => dayOf(p.value)).sort()
  if (updates.length === 0) return [...all]
  const first = updates[0]
  const markup = markupKinds('published')
  return all.filter(p => p.kind === 'updated-line' || markup.has(p.kind) || dayOf(p.value) <= first)
}

/**
 * Whether the only evidence is hidden markup whose day the page never shows (a JSON-LD `datePublished` and nothing
 * else): the record's date in a CMS, not a date the page gives its text; no date is better than that one.
 */
function unshown (all: ReadonlyArray<Proposal<string>>, shows: ((day: string) => boolean) | undefined): boolean {
  if (shows === undefined || all.length === 0) return false
  const hidden = hiddenKinds('published')
  return all.every(p => hidden.has(p.kind)) && !all.some(p => shows(dayOf(p.value)))
}

/** `YYYY-MM-DD` with its month and day swapped (`2024-10-09` -> `2024-09-10`). */
function swapDayMonth (day: string): string {
  return `${day.slice(0, 5)}${day.slice(8, 10)}-${day.slice(5, 7)}`
}

/**
 * The markup's dates without those an archive stamped at its capture (`article:published_time` `2015-03-14T02:11:47Z`
 * on `archive.is/2015.03.14-021147/http://…`, a capture of a Hong Kong hospital's article: zh-org o221 of session 59's
 * unseen round): the same instant as the capture's address states, within `SAME_INSTANT_MS`, is the archive's, no date
 * of the article.
 */
function notCaptureStamps (dated: Dated, pageUrl: string | undefined): Dated {
  const capture = captureOf(pageUrl)
  if (capture === undefined) return dated
  const at = Date.parse(capture.at)
  const markup = markupKinds('published')
  return dated.filter(p => !markup.has(p.kind) || Math.abs(Date.parse(p.value) - at) > SAME_INSTANT_MS)
}

/**
 * Dates that read both ways (`8/5/2015`, `05-07-2016`) in the one reading the page allows: the reading whose year and
 * month the URL's path gives (`/post/2015/05/`, a Lima Chinese paper's Weebly blog: zh-news n454 of session 59's unseen
 * round), else the one not after the page was fetched (`05-07-2016, 09:23 PM` on a Taiwan vBulletin 5 board fetched
 * on 14 May 2016: zh-blogs b487 of the same round). A reading neither settles stays ambiguous.
 */
function settledReadings (dated: Dated, month: string | null, fetchedAt: string | undefined): Dated {
  return dated.map(p => {
    if (p.ambiguous !== true) return p
    const swapped = swapDayMonth(p.value.slice(0, DAY_LENGTH)) + p.value.slice(DAY_LENGTH)
    const allowed = (v: string): boolean =>
      (month === null || v.startsWith(month)) && notAfterFetch(v, fetchedAt) !== null
    if (allowed(p.value) && !allowed(swapped)) return { kind: p.kind, value: p.value }
    if (allowed(swapped) && !allowed(p.value)) return { kind: p.kind, value: swapped }
    return p
  })
}

/**
 * The candidates without hidden markup whose day the page never shows, when the page shows a date of its own (an
 * update): a reader is shown that date, and a JSON-LD `datePublished` the text never states is the CMS record's.
 */
function shownOnly (all: ReadonlyArray<Proposal<string>>, shows: ((day: string) => boolean) | undefined): Dated {
  if (shows === undefined) return [...all]
  const hidden = hiddenKinds('published')
  // `09/10/2024` on a page of no known locale reads both ways: the markup's day may be its other reading
  const swapped = new Set(all.filter(p => p.ambiguous === true).map(p => swapDayMonth(dayOf(p.value))))
  const kept = all.filter(p => !hidden.has(p.kind) || shows(dayOf(p.value)) || swapped.has(dayOf(p.value)))
  return kept.length > 0 ? kept : [...all]
}

/** The full date (a year, a month and a day) a page's `<title>` holds, as a candidate; none when it holds none. */
function titleDate (pageTitle: string | undefined, options: DateOptions): Dated {
  const found = pageTitle === undefined ? null : findDate(pageTitle, options)
  if (found === null || found.iso.length < 'YYYY-MM-DD'.length || found.ambiguous === true) return []
  return [{ kind: 'page-title', value: found.iso }]
}

const NO_SPANS: ReadonlyMap<string, number> = new Map()

/** Most seconds between two readings of one instant (a page may print the minute, its markup the second). */
const SAME_INSTANT_MS = 60_000

/**
 * Markup times written in UTC (`article:published_time` `2020-05-06T20:24:33Z`) that another candidate states as the
 * same instant in the page's own zone (the info line's `2020-05-07 04:24:33`, +08:00), or whose day in that zone
 * another candidate gives alone where the UTC day is given by none (`<time datetime="2019-03-17">` beside Ghost's
 * `2019-03-16T16:40:12Z` on a Hong Kong blog: zh-blogs b110 of session 37's unseen round), written in that zone: the
 * day the page's readers saw; a zone another candidate states for the same instant first (`inStatedZone`). Any other
 * candidate as it is.
 */
function inPageZone (
  dated: Dated, offset: string | null | undefined, hanPage: boolean, spans: ReadonlyMap<string, number> = NO_SPANS
): Dated {
  if (offset === null || offset === undefined || UTC_END.test(offset)) return dated
  const zoned = inStatedZone(dated)
  const local = zoned.filter(p => p.value.endsWith(offset))
    .map(p => ({ at: Date.parse(p.value), span: spans.get(p.value) ?? 0 }))
  const days = new Set(zoned.filter(p => p.value.length === DAY_LENGTH).map(p => p.value))
  // nothing on a Chinese page in its own zone: a machine's UTC time alone is the instant its readers saw on their own
  // clock (Astro's `article:published_time` `2024-03-09T16:42:00Z` on a Macau blog that shows no day: zh-blogs b592 of
  // session 63's unseen round; a Zhihu answer's `2018-09-09T23:20:12Z`, b159)
  if (local.length === 0 && days.size === 0) {
    if (!hanPage) return zoned
    return zoned.map(p => MACHINE_UTC.test(p.value) ? { ...p, value: zonedIso(Date.parse(p.value), offset) } : p)
  }
  return zoned.map(p => {
    if (!isUtcTime(p.value)) return p
    const ms = Date.parse(p.value)
    const inZone = zonedIso(ms, offset)
    // a relative time in hours or minutes (`9小时前`) is the same instant anywhere in the unit before it (the markup's
    // `<time dateTime="2023-06-12T17:20:00.000Z">9小时前</time>` fetched at 10:40 in Changsha: zh-news n438 of session
    // 57's unseen round)
    const sameInstant = local.some(l => l.at - ms <= SAME_INSTANT_MS + l.span && ms - l.at <= SAME_INSTANT_MS)
    const localDay = days.has(inZone.slice(0, DAY_LENGTH)) && !days.has(p.value.slice(0, DAY_LENGTH))
    return sameInstant || localDay ? { ...p, value: inZone } : p
  })
}

/** A time's zone written after it, other than UTC's (`-08:00`, `+09:00`). */
const STATED_ZONE = /[+-](?!00:00)\d\d:\d\d$/

/**
 * Markup times in UTC that another candidate states as the same instant in a zone of its own (Open Graph's
 * `2019-03-06T02:40:00+00:00` beside Drupal's RDFa `2019-03-05T18:40:00-08:00` on a Vancouver paper: zh-news n327 of
 * session 43's unseen round), written in that zone, whatever zone the page's language suggests: the site says where
 * it is. Only on a page whose times are read in a zone of their own (a Chinese source, `defaultOffset`): elsewhere a
 * UTC time's day stands as the markup writes it, the day English benchmarks label (WCXB 4431, 4695 are a UTC day
 * after the one their sites show).
 */
function inStatedZone (dated: Dated): Dated {
  const stated = dated.filter(p => p.value.length > DAY_LENGTH && STATED_ZONE.test(p.value))
  if (stated.length === 0) return dated
  return dated.map(p => {
    if (!isUtcTime(p.value)) return p
    const ms = Date.parse(p.value)
    const same = stated.find(l => Math.abs(Date.parse(l.value) - ms) <= SAME_INSTANT_MS)
    return same === undefined ? p : { ...p, value: zonedIso(ms, STATED_ZONE.exec(same.value)?.[0]) }
  })
}

/** The publication date (ISO 8601), or null when no evidence gives one. */
export function readPublished (input: PublishedInput, relativeRaws: readonly string[] = []): string | null {
  const site = siteAddress(input.url)
  const url = dateFromUrl(site)
  const fromUrl: Dated = url === null ? [] : [{ kind: 'url', value: url }]
  const candidates = [...notCaptureStamps(parsedHints(input.hints, input.options), input.url), ...input.found,
    ...fromUrl, ...titleDate(input.pageTitle, input.options)]
  // the URL's month settles only a date that reads both ways: most pages have none, and the address is not parsed again
  const month = candidates.some(p => p.ambiguous === true) ? monthFromUrl(site) : null
  // (a page whose `<title>` is Chinese: its readers are in its zone; an English page about China is read anywhere)
  const hanPage = HAN.test(input.pageTitle ?? '')
  const dated = inPageZone(settledReadings(candidates, month, input.fetchedAt), input.options.defaultOffset, hanPage)
  const raws = [...input.hints.filter(h => h.kind === 'relative').map(h => h.value), ...relativeRaws]
  const clocked = new Set<string>()
  const spans = new Map<string, number>()
  const relative = resolveRelative(raws, referenceDate(dated, input.fetchedAt), input.options, clocked, spans)
  // a relative date's day counts as a day the page shows (`2天前` and the markup's UTC time an hour before that day's
  // 8 a.m.: zh-news n336 of session 44's unseen round)
  const withRelative = relative.length === 0
    ? dated
    : inPageZone([...dated, ...relative], input.options.defaultOffset, hanPage, spans)
  const all = notAfterUpdate(withoutUpdates(withRelative.filter(p => notAfterFetch(p.value, input.fetchedAt) !== null)))
  const shown = shownOnly(all, input.shows)
  const chosen = choose('published', shown)?.value
  return chosen === undefined || unshown(all, input.shows) ? null : withTime(chosen, all, clocked)
}
