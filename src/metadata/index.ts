/**
 * Stage 5: read metadata (title, date, authors, source, dateline, editors, original title) out of the blocks and
 * the front end's hints, taking metadata out of the body. Each field has its reader (./readers/): readers propose
 * candidates with the kind of evidence they come from and one chooser (./choose.ts) takes the strongest. Every
 * line (or part of a line) taken out is listed in `removed` with its rule.
 */
import type { Candidate, Draft } from '../draft.js'
import type { Article, Dateline } from '../types.js'
import { findDate, minguoPage, type DateOptions } from '../text/date.js'
import { emptyEvidence, type Kept } from './evidence.js'
import { readLines } from './lines.js'
import { readPublished } from './readers/published.js'
import { readTitle } from './readers/title.js'
import { readSignOff } from './readers/sign-off.js'
import { chooseDateline, readDatelineDate, readDatelines } from './readers/dateline.js'
import { readCredits } from './readers/credits.js'
import { readClosingByline } from './readers/closing-byline.js'
import { markupEditors, readEditors } from './readers/editors.js'
import { readAuthors } from './readers/authors.js'
import { markupSource, readSource } from './readers/source.js'
import { readOriginalTitle } from './readers/original-title.js'
import type { Proposal } from './choose.js'
import { numericDateOrder, orderShown } from '../text/date-order.js'
import { siteAddress } from '../text/capture-url.js'
import { hostName } from '../text/url-host.js'
import { defaultOffsetFor } from './offset.js'
import { copyrightHolder } from './site.js'

export { parseDate, findDate, monthDay } from '../text/date.js'
export { cleanTitle } from './title.js'
export { parseInfoLine, splitNames } from '../text/fields.js'
export { isTitleLike } from './readers/title.js'
export { defaultOffsetFor } from './offset.js'

export type ArticleMeta = Pick<
  Article, 'title' | 'published' | 'authors' | 'source' | 'originalTitle' | 'dateline' | 'editors'
>

/** What the caller knows of the page besides its content. */
export interface MetadataContext {
  /** When the page was fetched (ISO 8601): dates after it are misreadings (./fetched.ts). */
  fetchedAt?: string
  /** The language of the page's text (a BCP 47 tag), detected when asked: a locale for numeric dates. */
  language?: () => string | undefined
}

// `07/05/2005`, `7.5.05`: a date whose order the page's locale decides
const NUMERIC_DATE = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/

/** Whether the page writes an all-numeric date in its hints or its first lines (then its language is asked). */
function hasNumericDate (draft: Draft): boolean {
  const top = draft.blocks.slice(0, NUMERIC_DATE_BLOCKS).map(b => b.text)
  const raws = [...(draft.hints.dates ?? []).map(d => d.value), ...top]
  return raws.some(r => NUMERIC_DATE.test(r))
}
/** The blocks looked at for a numeric date: the top of the page, where its date lines stand. */
const NUMERIC_DATE_BLOCKS = 12

/** Longest text looked at for a date the page shows (a date line, a byline, a caption; not a paragraph of prose). */
const SHOWN_DATE_TEXT = 300

/**
 * A day shown without its year but with its time (`05-07 21:23`, `5月7日 21:23`), as Baijiahao, Toutiao, Weibo and
 * other Chinese platforms date a post of the current year: the month and the day.
 */
const YEARLESS_DAY = /(?<![\d年/.-])(\d{1,2})(?:-|月)(\d{1,2})日?\s*\d{1,2}:\d{2}(?![\d/.-])/

/** `MM-DD` of a yearless day with its time in `text`, or null. */
function yearlessDay (text: string): string | null {
  const m = YEARLESS_DAY.exec(text)
  if (m === null) return null
  const month = Number(m[1])
  const day = Number(m[2])
  if (month < 1 || month > 12 || day < 1 || day > 31) return null
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * Whether the page's text states a day: a short block, or a short line taken out of the body (the chrome around the
 * headline where dates stand), holds a date of that day, or that day's month and day with a time and no year (the
 * markup then gives only the year). Asked when hidden markup gives a date; the days the page shows are read once, at
 * the first question.
 */
function showsDay (draft: Draft, options: DateOptions): (day: string) => boolean {
  let days: Set<string> | undefined
  return day => {
    if (days === undefined) {
      days = new Set()
      for (const b of [...draft.blocks, ...draft.removed]) {
        if (b.text.length > SHOWN_DATE_TEXT) continue
        const found = findDate(b.text, options)
        if (found !== null) days.add(found.iso.slice(0, 'YYYY-MM-DD'.length))
        else {
          const yearless = yearlessDay(b.text)
          if (yearless !== null) days.add(yearless)
        }
      }
    }
    return days.has(day) || days.has(day.slice('YYYY-'.length))
  }
}

/** How dates are read on this page: the offset of times without a zone, the order of all-numeric dates. */
function pageDateOptions (draft: Draft, context: MetadataContext): DateOptions {
  const detected = context.language !== undefined && hasNumericDate(draft) ? context.language : undefined
  return {
    defaultOffset: defaultOffsetFor(draft),
    // (an archive's capture is its original site's page: zh-org o221 of session 59's unseen round)
    // else the order the page's own dates show (the HTML front end read it from the whole page; a text page's lines)
    order: numericDateOrder(draft.hints.locale, siteAddress(draft.url), detected) ?? draft.hints.dateOrder ??
      (draft.format === 'html' ? null : orderShown(draft.blocks.map(b => b.text))),
    minguo: minguoPage(draft.hints.locale, siteAddress(draft.url))
  }
}

/**
 * A kept block as the block it came from: that block itself when its text is unchanged (so an untouched block is not
 * copied once more), else a copy with the reader's text (the readers change a block's text and nothing else).
 */
function asBlock (kept: Kept[number], original: Candidate): Candidate {
  return original.text === kept.text ? original : { ...original, text: kept.text }
}

/** `本报讯`, `本網訊`, `本台消息`: a dateline's agency that is the paper itself, named as `this` (本), names nobody. */
const SELF_AGENCY = '本'

/**
 * The dateline's agency as a source candidate (`China News Service, Jinan, January 15`, `新华社北京6月24日电`): the wire
 * or paper that filed the story, below the sources the page labels (data/metadata-evidence.json).
 */
function datelineSource (dateline: Dateline | null): Array<Proposal<string>> {
  const agency = dateline?.agency?.trim() ?? ''
  return agency === '' || agency.startsWith(SELF_AGENCY) ? [] : [{ kind: 'dateline', value: agency }]
}

/** The roles of a page's pictures' credits: a photo's, a camera's (src/metadata/readers/credits.ts). */
const CAMERA_ROLES = new Set(['photographer', 'camera operator'])

export function readMetadata (draft: Draft, context: MetadataContext = {}): { draft: Draft, meta: ArticleMeta } {
  const { url } = draft
  const host = hostName(siteAddress(url))
  // a page with no markup naming its site names it in its copyright footer
  const holder = draft.hints.siteName === undefined ? copyrightHolder(draft.removed) : undefined
  const hints = holder === undefined ? draft.hints : { ...draft.hints, siteName: holder }
  const dates = pageDateOptions(draft, context)
  const ev = emptyEvidence()
  for (const source of markupSource(hints.source)) ev.sources.push(source)
  for (const editor of markupEditors(hints.editors ?? [])) ev.editors.push(editor)
  if (hints.dateline !== undefined) ev.datelines.push({ kind: 'hint', value: hints.dateline })

  // 1. metadata lines anywhere in the page; the date from them and the front end's own candidates
  const { kept, at } = readLines(draft.blocks, dates, ev, hints.authors)
  readDatelineDate(kept, ev)
  readSignOff(kept, dates, ev)
  // a bare `published` hint only when the front end gives no candidates with their evidence
  const dateHints = hints.dates ?? (hints.published !== undefined ? [{ kind: 'hint', value: hints.published }] : [])
  const { fetchedAt } = context
  const shows = showsDay(draft, dates)
  const input = { hints: dateHints, found: ev.dates, url, fetchedAt, options: dates, shows, pageTitle: hints.pageTitle }
  const published = readPublished(input, ev.relatives)

  // 2. the title; 3. the dateline of the first paragraphs; 4. credits at the end of paragraphs
  const title = readTitle(kept, hints, at)
  for (const removal of title.removed) ev.removed.push(removal)
  let blocks = readDatelines(title.blocks, published, ev)
  const dateline = chooseDateline(ev.datelines)
  blocks = readClosingByline(readCredits(blocks, dates, ev), ev)

  // 5. people and organizations
  const editors = readEditors(ev.editors)
  const { authors, sources } = readAuthors({
    markup: hints.authors ?? [],
    found: ev.authors,
    // a photographer or camera operator credited under a photo is no CMS account that posted the page, and may be one
    // of the byline's reporters (`記者林淑惠、特約記者蔡文雄／嘉義報導` over `（特約記者蔡文雄攝）`: zh-news n430 of session
    // 55's unseen round)
    editors: ev.editors.filter(e => !CAMERA_ROLES.has(e.value.role)).map(e => e.value.name),
    cameras: ev.editors.filter(e => CAMERA_ROLES.has(e.value.role)).map(e => e.value.name),
    agency: dateline?.agency ?? null,
    siteName: draft.hints.siteName,
    ...(host !== undefined ? { host } : {}),
    ...(holder !== undefined ? { holder } : {}),
    pageTitle: hints.pageTitle ?? hints.title,
    title: title.title,
    sourceNames: ev.sources.map(s => s.value)
  })
  const meta: ArticleMeta = {
    title: title.title,
    published,
    authors,
    source: readSource([...ev.sources, ...sources, ...datelineSource(dateline)]),
    originalTitle: readOriginalTitle(hints.originalTitle, ev.originalTitles),
    dateline,
    editors
  }
  const out = blocks.map(b => asBlock(b, draft.blocks[b.index]))
  return { draft: { ...draft, blocks: out, removed: [...draft.removed, ...ev.removed] }, meta }
}
