/**
 * Stage 5: read metadata (title, date, authors, source, dateline, editors, original title) out of the blocks and
 * the front end's hints, taking metadata out of the body. Every line (or part of a line) taken out is listed in
 * `removed` with kind `metadata`. Hints (raw strings from HTML) are normalized the same way as text: ISO 8601
 * dates, site-name suffixes off titles, author strings split.
 */
import type { Candidate, Draft, MetadataHints } from '../draft.js'
import type { Article, Dateline, Editor, Removal } from '../types.js'
import { monthDay, findDate, parseDate, type DateOptions } from '../text/date.js'
import { cleanTitle, decodeEntities } from './title.js'
import { normalizeLine } from '../text/normalize.js'
import { AGENCIES, isAgency, parseInfoLine, splitDatePrefix, splitNames } from '../text/fields.js'
import { looksLikeCaption } from '../text/captions.js'
import { loadData } from '../data.js'
import { judgeAuthors, reportByline, leadingReportByline } from './authors.js'
import { ENGLISH_MONTH, HAN, findRelativeDate, weightedLength } from '../text/index.js'
import { choose, type Proposal } from './choose.js'
import { readPublished } from './readers/published.js'
import { numericDateOrder } from './locale.js'

export { parseDate, findDate, monthDay } from '../text/date.js'
export { cleanTitle } from './title.js'
export { parseInfoLine, splitNames } from '../text/fields.js'

export type ArticleMeta = Pick<Article, 'title' | 'published' | 'authors' | 'source' | 'originalTitle' | 'dateline' | 'editors'>

const CHINA_WORDS = /\b(?:China|Chinese|Beijing|Shanghai|Guangzhou|Shenzhen|Xinhua|CPC|Hong Kong|Macao|Taiwan|Province|Provincial|Xi Jinping|State Council)\b/g
const CHINA_HOSTS = /\.(?:cn|hk|mo|tw|sg)$|(?:^|\.)(?:xinhuanet|chinanews|chinadaily|cgtn|people|cctv|sina|sohu|163|qq|ifeng|thepaper)\.com$/i

/** +08:00 when the page is a Chinese (or Hong Kong, Macao, Taiwan, Singapore: all UTC+8) source. */
export function defaultOffsetFor (draft: Draft): string | null {
  if (draft.url !== undefined) {
    try {
      if (CHINA_HOSTS.test(new URL(draft.url).hostname)) return '+08:00'
    } catch { /* not a URL: judge by the text */ }
  }
  const text = [...Object.values(draft.hints).filter(v => typeof v === 'string'), ...draft.blocks.map(b => b.text)].join('\n')
  if (HAN.test(text)) return '+08:00'
  return (text.match(CHINA_WORDS)?.length ?? 0) >= 2 ? '+08:00' : null
}

const AGENCY_WORDS = /(?:News|Agency|Service|Daily|Press|Xinhua|Online|Network|Net|Times|Post|Radio|TV|CCTV|CGTN|Reuters|Herald|Tribune|Gazette)\b/
// `China News Service, Jinan, April 8 (Sun Tingting) ...`, `Xinhua News Agency, Beijing, June 24 (A, B, C) ...`
const DATELINE_EN = new RegExp(`^([A-Z][\\w'’&.-]*(?:\\s+(?:[A-Z][\\w'’&.-]*|of|and|the))*),\\s+([A-Z][\\w'’.-]*(?:\\s+[A-Z][\\w'’.-]*){0,3}),\\s+(${ENGLISH_MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?)\\s*(?:[(（]([^()（）]{1,80})[)）])?\\s*(?:[-—–]{1,2}|:)?\\s*`)
// `BEIJING, June 24 (Xinhua) -- ...`
const DATELINE_WIRE = new RegExp(`^([A-Z][A-Za-z.'’-]+(?:\\s+[A-Z][A-Za-z.'’-]+){0,3}),\\s+(${ENGLISH_MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?)\\s*[(（]([^()（）]{1,60})[)）]\\s*(?:[-—–]{1,2}|:)\\s*`)
const ZH_AGENCY = [...AGENCIES].filter(a => HAN.test(a)).sort((a, b) => b.length - a.length).join('|')
// `中新网广州11月26日电`, `新华社北京6月24日电（记者 X、Y）`, `本报讯（记者 X）`, `网易娱乐1月17日报道 (文/X)`: an agency, a
// site or a site's channel (娱乐, 财经...)
const DATELINE_ZH = new RegExp(`^(${ZH_AGENCY}|[\\p{Script=Han}]{2,6}?(?:社|网|报|台|新闻|娱乐|财经|体育|科技|频道|在线))([\\p{Script=Han}]{0,8}?)((?:\\d{4}年)?\\d{1,2}月\\d{1,2}日)(?:电|讯|消息|报道|報導)\\s*(?:[(（]\\s*([^()（）]{1,40})[)）])?\\s*[:：,，]?\\s*`, 'u')
const DATELINE_ZH_NODATE = /^(本报|本网|本台|[\p{Script=Han}]{2,8}?(?:网|报|報|社|台))讯\s*(?:[(（]\s*([^()（）]{1,40})[)）])?\s*[:：,，]?\s*/u
// `...问题。(记者 蔡敏婕)`, `(Reporter Xu Jingjing)`, `（文/张三）` at the end of a paragraph.
const TRAILING_AUTHOR = /\s*[(（]\s*((?:本报|新华社|中新社)?(?:特约|见习|实习|特約|見習|實習)?(?:记者|通讯员|記者|通訊員)|Reporters?|Correspondents?|文|文\/图|撰稿|作者)\s*[:：/]?\s*([^()（）]{1,40}?)\s*[)）]$/u
// `...。（责任编辑：张三）`, `【编辑:李四】` at the end of a paragraph.
const TRAILING_INFO = /\s*([[【(（]\s*[^[\]【】()（）]{1,40}[:：][^[\]【】()（）]{1,40}[\]】)）])$/u
// a full stop after a site suffix (` - China News Network.`): the suffix is a site name, the stop a translation's
const SUFFIX_STOP = /(\s[-–—|]\s[^.。]{2,40})\.$/u
/** Datelines open one of the first paragraphs; photo captions may stand before them. */
const DATELINE_BLOCKS = 5
const CREDIT_ROLE = '(?:本报|特约|见习|特約|見習)?(?:实习生|實習生|記者|记者|通讯员|通訊員)'
// `实习生吴梦丽、记者喻云亮报道：`: role-and-name pairs, then `报道` and a colon
const CREDIT_RUN = new RegExp(`^\\s*((?:${CREDIT_ROLE}\\s*[\\p{Script=Han}·]{2,4}\\s*[、，,\\s]\\s*)*${CREDIT_ROLE}\\s*[\\p{Script=Han}·]{2,4}?)\\s*(?:报道|報導)\\s*[:：]\\s*`, 'u')
// `(李艳 撰稿)`, `（张三 整理）`: a writer's credit standing alone as the last lines
const WRITER_CREDIT = /^[(（]\s*([\p{Script=Han}·、\s]{2,16}?)\s*(?:撰稿|整理|采写|採寫|报道|報導)\s*[)）]$/u
const BYLINE = /^(?:By|BY|Written by|Text by)\s+([^.。,，;；:：!?]{2,80}?)$/
const ZH_BYLINE = /^(?:(?:本报|新华社|中新社)?(?:特约|见习)?记者|文\s*[/｜|]|文字\s*[:：]|撰文\s*[:：]?)\s*([\p{Script=Han}·、\s]{2,30})$/u

// What follows the date on an unlabelled Chinese info line: an optional source, then `记者 X Y` (or `通讯员 X`).
const BARE_INFO = /^(?:([\p{Script=Han}A-Za-z0-9·]{2,20})\s+)?(?:(?:本报|特约|见习)?(?:记者|通讯员)\s*((?:[\p{Script=Han}·]{2,4})(?:[\s、]+[\p{Script=Han}·]{2,4}){0,3}))?$/u

/**
 * `2024-03-19 08:30　江城在线　记者 林晓`: the info line of a Chinese news page written without labels. A date at
 * the very start, then nothing but a short source name and/or the reporters: no sentence, no punctuation.
 */
function bareInfoLine (text: string, dates: DateOptions): { iso: string, source?: string, authors: string[] } | null {
  const d = findDate(text, dates)
  if (d === null || d.index !== 0) return null
  const rest = text.slice(d.length).trim()
  if (rest === '' || rest.length > 40 || /[，。；！？,.;!?：:]/u.test(rest)) return null
  const m = BARE_INFO.exec(rest)
  if (m === null || (m[1] === undefined && m[2] === undefined)) return null
  return { iso: d.iso, ...(m[1] !== undefined ? { source: m[1] } : {}), authors: m[2] === undefined ? [] : [m[2]] }
}

const ORG_SUFFIXES = loadData<{ signature: { orgSuffixes: Array<{ text: string }> } }>('boilerplate.json').signature.orgSuffixes.map(o => o.text)
/** One-character endings that are also given names (`张科`, `李院`): an organization only from four characters. */
const ORG_SHORT_OK = new Set(['局', '委', '厅', '署'])

/**
 * A Chinese organization named where a writer is expected: Han text ending in an office, government, company or
 * school word (`县发改委`, `社會局`, `市供水有限公司`; the endings are the signature endings of data/boilerplate.json).
 * Person names are two to four characters and rarely end so; one-character endings that are also given names
 * count only on names of four characters or more.
 */
function isChineseOrganization (name: string): boolean {
  const n = name.trim()
  if (!/^[\p{Script=Han}]{3,30}$/u.test(n)) return false
  return ORG_SUFFIXES.some(suf => n.endsWith(suf) && (suf.length >= 2 || ORG_SHORT_OK.has(suf) || n.length >= 4))
}

/** A line that can be a title: short, one line of words, not a date, not a caption, not ending like a sentence. */
export function isTitleLike (text: string): boolean {
  if (weightedLength(text) > 200 || text.length < 4) return false
  if (/[.。]$/.test(text) && !/\.\.\.$|…$/.test(text)) return false
  if (/[,，;；:：、]$/.test(text)) return false
  // More than one sentence: prose, not a headline.
  if (text.includes('。') || /[a-z]{3,}[.!?] +[A-Z]/.test(text)) return false
  if (looksLikeCaption(text)) return false
  if (parseDate(text) !== null && text.replace(/[\d\s\-./:年月日时分秒]/g, '').length < 4) return false
  if (DATELINE_EN.test(text) || DATELINE_ZH.test(text)) return false
  return /[\p{L}]/u.test(text)
}

interface Dl { dateline: Dateline, reporters: string[], text: string, rest: string }

/** Full-width digits (`１２月９日`) as ASCII, one character for one: offsets stay. */
function asciiDigits (text: string): string {
  return text.replace(/[０-９]/g, d => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
}

function readDateline (raw: string, published: string | null): Dl | null {
  const text = asciiDigits(raw)
  let m = DATELINE_EN.exec(text)
  if (m !== null && (AGENCY_WORDS.test(m[1]) || isAgency(m[1]))) {
    const paren = m[4]
    const agency = m[1]
    let reporters: string[] = []
    if (paren !== undefined && !isAgency(paren)) reporters = splitNames(paren)
    return { dateline: { agency, place: m[2], date: monthDay(m[3], published) }, reporters, text: m[0].trim(), rest: raw.slice(m[0].length) }
  }
  m = DATELINE_WIRE.exec(text)
  if (m !== null) {
    const agencyLike = isAgency(m[3]) || AGENCY_WORDS.test(m[3])
    return {
      dateline: { agency: agencyLike ? m[3] : null, place: m[1], date: monthDay(m[2], published) },
      reporters: agencyLike ? [] : splitNames(m[3]),
      text: m[0].trim(),
      rest: raw.slice(m[0].length)
    }
  }
  m = DATELINE_ZH.exec(text)
  if (m !== null) {
    return {
      dateline: { agency: m[1], place: m[2] === '' ? null : m[2], date: monthDay(m[3], published) },
      reporters: m[4] === undefined ? [] : splitNames(m[4]),
      text: m[0].trim(),
      rest: raw.slice(m[0].length)
    }
  }
  m = DATELINE_ZH_NODATE.exec(text)
  if (m !== null) {
    return { dateline: { agency: m[1], place: null, date: null }, reporters: m[2] === undefined ? [] : splitNames(m[2]), text: m[0].trim(), rest: raw.slice(m[0].length) }
  }
  return null
}

function normalizeHints (hints: MetadataHints): ArticleMeta {
  const authors: string[] = []
  for (const a of hints.authors ?? []) authors.push(...(reportByline(a, splitNames) ?? splitNames(a)))
  return {
    title: cleanTitle(hints.title, hints.siteName, AGENCIES),
    published: null,
    authors,
    source: null,
    originalTitle: hints.originalTitle ?? null,
    dateline: hints.dateline ?? null,
    editors: (hints.editors ?? []).flatMap(e => splitNames(e.name).map(name => ({ role: e.role, name })))
  }
}

/**
 * Whether `line` (a heading near the top of the body) is the headline that the raw page title starts with, the
 * rest of the title after a separator (`-`, `--`, `_`, `|`, `—`) being a site, a department or a company name.
 */
function isHeadlineOf (line: string, rawTitle: string | undefined): boolean {
  if (rawTitle === undefined) return false
  const head = normalizeLine(line)
  const title = normalizeLine(decodeEntities(rawTitle))
  if (!isTitleLike(head) || weightedLength(head) < 8 || !title.startsWith(head)) return false
  return /^\s*[-–—_|｜·•]+\s*\S/u.test(title.slice(head.length))
}

function sameText (a: string, b: string): boolean {
  const n = (s: string): string => s.toLowerCase().replace(/[\s\p{P}]+/gu, '')
  return n(a) !== '' && n(a) === n(b)
}

/**
 * A short line near the top that is a relative date standing nearly alone (`3 hours ago`, `发布时间：3天前`): what
 * is left beside it is no more than a label's letters.
 */
function relativeLine (text: string): string | null {
  const rel = findRelativeDate(text)
  if (rel === null || text.length > RELATIVE_LINE_MAX) return null
  const rest = (text.slice(0, rel.index) + text.slice(rel.index + rel.length)).replace(/[^\p{L}\p{N}]+/gu, '')
  return rest.length <= RELATIVE_LINE_EXTRA ? text.slice(rel.index, rel.index + rel.length) : null
}
/** Longest line read as a relative date line, in characters. */
const RELATIVE_LINE_MAX = 40
/** Letters and digits a relative date line may hold beside the date (`Posted`, `发布时间`, `Updated · News`). */
const RELATIVE_LINE_EXTRA = 12

/** A date read from the blocks as a candidate of `kind`, its ambiguity kept. */
function bodyDate (kind: string, d: { iso: string, ambiguous?: boolean }): Proposal<string> {
  return { kind, value: d.iso, ...(d.ambiguous === true ? { ambiguous: true } : {}) }
}

/** How dates are read on this page: the offset of times without a zone, the order of all-numeric dates. */
function pageDateOptions (draft: Draft): DateOptions {
  return { defaultOffset: defaultOffsetFor(draft), order: numericDateOrder(draft.hints.locale, draft.url) }
}

type Kept = Array<Candidate & { index: number }>

/** A title candidate: the title, the block it was read from (-1: none) and why that block leaves the body. */
interface TitleFound { title: string, block: number, reason: string }

/**
 * `国内新闻` / `Channel` above the headline: when several title-like lines stand before the info line, the longest is
 * the headline and the shorter ones above it are labels (removed as boilerplate).
 */
function labelsAboveHeadline (blocks: Kept, firstInfo: number): { blocks: Kept, removed: Removal[] } {
  const head = firstInfo < 0 || blocks.length <= 1 ? [] : blocks.filter(b => b.index < firstInfo)
  const labelled = head.length >= 2 && head.length <= 3 && head.every(b => b.type !== 'caption' && isTitleLike(b.text))
  if (!labelled) return { blocks, removed: [] }
  const longest = head.reduce((a, b) => weightedLength(b.text) > weightedLength(a.text) ? b : a)
  const reason = 'short label above the headline (channel name or kicker)'
  const removed = blocks.filter(b => b.index < longest.index)
    .map(b => ({ kind: 'boilerplate' as const, text: b.text, reason }))
  return { blocks: blocks.filter(b => b.index >= longest.index), removed }
}

/** Where the info line and a glued date prefix were found (block indices, -1 for none). */
interface TopLines { firstInfo: number, datePrefixed: number }

/** The first line as a title: before the body, title-like, and followed by something longer or not prose. */
function titleLine (blocks: Kept, hints: MetadataHints, at: TopLines): TitleFound | null {
  if (blocks.length <= 1) return null
  // `Headline - China News Network.`: a machine translation ends the site suffix with a full stop
  const first = { ...blocks[0], text: blocks[0].text.replace(SUFFIX_STOP, '$1') }
  const beforeBody = at.firstInfo < 0 || first.index < at.firstInfo || first.index <= 1
  if (!beforeBody || first.index === at.datePrefixed || first.type === 'caption') return null
  if (!isTitleLike(first.text)) return null
  const next = blocks[1]
  const title = cleanTitle(first.text, hints.siteName, AGENCIES)
  // A short line followed by a longer one: a headline. A first line as long as the body is prose.
  const longerNext = weightedLength(next.text) > weightedLength(first.text)
  const headline = at.firstInfo >= 0 || longerNext || next.type !== 'paragraph'
  return title !== null && headline ? { title, block: 0, reason: 'title line, read into the title' } : null
}

type TitleProposals = Array<Proposal<TitleFound>>

/** Every title candidate of the page, with its evidence kind (ranked in data/metadata-evidence.json). */
function titleProposals (blocks: Kept, hinted: string | null, hints: MetadataHints, at: TopLines): TitleProposals {
  const out: TitleProposals = []
  if (hinted === null) {
    const line = titleLine(blocks, hints, at)
    return line === null ? [] : [{ kind: 'title-line', value: line }]
  }
  const same = (b: Candidate): boolean =>
    sameText(b.text, hinted) || sameText(cleanTitle(b.text, hints.siteName, AGENCIES) ?? '', hinted)
  const copy = blocks.findIndex((b, i) => i < TITLE_BLOCKS && same(b))
  const repeated = 'title repeated in the body'
  if (copy >= 0) out.push({ kind: 'hint-in-body', value: { title: hinted, block: copy, reason: repeated } })
  // `<title>Headline--County government portal</title>` over a visible `Headline`: whatever the suffix is, the
  // page's own headline says where the title ends
  const head = blocks.findIndex((b, i) => i < TITLE_BLOCKS && b.type !== 'caption' && isHeadlineOf(b.text, hints.title))
  if (head >= 0) {
    const reason = 'the headline, also the start of the page title'
    out.push({ kind: 'visible-headline', value: { title: normalizeLine(blocks[head].text), block: head, reason } })
  }
  out.push({ kind: 'hint', value: { title: hinted, block: -1, reason: '' } })
  return out
}

/** The title and its copy are looked for among the first blocks only. */
const TITLE_BLOCKS = 5

/** What the caller knows of the page besides its content. */
export interface MetadataContext {
  /** When the page was fetched (ISO 8601): dates after it are misreadings (./fetched.ts). */
  fetchedAt?: string
}

export function readMetadata (draft: Draft, context: MetadataContext = {}): { draft: Draft, meta: ArticleMeta } {
  const dates = pageDateOptions(draft)
  const meta = normalizeHints(draft.hints)
  const removed: Removal[] = []
  const editors: Editor[] = []
  const authorValues: string[] = []
  const found: Array<Proposal<string>> = []
  // source candidates with their evidence; the front end's first
  const hintSource = draft.hints.source?.trim() ?? ''
  const sources: Array<Proposal<string>> = hintSource === '' ? [] : [{ kind: 'hint', value: hintSource }]
  const relatives: string[] = []
  let firstInfo = -1
  let datePrefixed = -1

  // 1. Article-info lines and labelled date prefixes, anywhere in the page.
  const kept: Array<Candidate & { index: number }> = []
  draft.blocks.forEach((block, index) => {
    if (block.type === 'heading' && block.evidence?.tag === 'h1') {
      kept.push({ ...block, index })
      return
    }
    const info = parseInfoLine(block.text, dates)
    if (info !== null) {
      if (firstInfo < 0) firstInfo = index
      for (const d of info.dates) {
        found.push(bodyDate(d.field === 'published' ? 'body-info-line' : 'updated-line', d))
      }
      for (const f of info.fields) {
        if (f.field === 'author') authorValues.push(f.value)
        else if (f.field === 'source') sources.push({ kind: 'info-line', value: f.value })
        else if (f.field === 'originalTitle') meta.originalTitle ??= f.value
        else if (f.field === 'editor') for (const name of splitNames(f.value)) editors.push({ role: f.role ?? 'editor', name })
      }
      const what = info.fields.length > 0 ? info.fields.map(f => f.label).join(', ') : 'date'
      removed.push({ kind: 'metadata', text: block.text, reason: `article info line (${what})` })
      return
    }
    const prefix = splitDatePrefix(block.text, dates)
    if (prefix !== null && prefix.rest === '') {
      found.push(bodyDate('body-info-line', prefix))
      if (firstInfo < 0) firstInfo = index
      removed.push({ kind: 'metadata', text: block.text, reason: 'publication date line' })
      return
    }
    if (prefix !== null) {
      found.push(bodyDate('body-info-line', prefix))
      if (datePrefixed < 0) datePrefixed = index
      removed.push({ kind: 'metadata', text: prefix.text, reason: 'publication date glued to the start of a line' })
      kept.push({ ...block, text: prefix.rest, index })
      return
    }
    const bare = index < 8 ? bareInfoLine(block.text, dates) : null
    if (bare !== null) {
      found.push({ kind: 'body-info-line', value: bare.iso })
      if (bare.source !== undefined) sources.push({ kind: 'info-line', value: bare.source })
      authorValues.push(...bare.authors)
      if (firstInfo < 0) firstInfo = index
      removed.push({ kind: 'metadata', text: block.text, reason: 'article info line without labels (date, source, reporters)' })
      return
    }
    const relative = index < 8 ? relativeLine(block.text) : null
    if (relative !== null) {
      relatives.push(relative)
      removed.push({ kind: 'metadata', text: block.text, reason: 'relative publication date line' })
      return
    }
    const report = index < 8 ? reportByline(block.text, splitNames) : null
    if (report !== null) {
      authorValues.push(report.join('、'))
      if (firstInfo < 0) firstInfo = index
      removed.push({ kind: 'metadata', text: block.text, reason: 'report byline, read into the authors' })
      return
    }
    const lead = index < 8 ? leadingReportByline(block.text) : null
    const leadNames = lead === null ? null : reportByline(lead.byline, splitNames)
    if (lead !== null && leadNames !== null && lead.rest !== '') {
      authorValues.push(leadNames.join('、'))
      removed.push({ kind: 'metadata', text: lead.byline, reason: 'report byline opening a paragraph, read into the authors' })
      kept.push({ ...block, text: lead.rest, index })
      return
    }
    const byline = BYLINE.exec(block.text) ?? ZH_BYLINE.exec(block.text)
    if (byline !== null && index < 8) {
      authorValues.push(byline[1])
      if (firstInfo < 0) firstInfo = index
      removed.push({ kind: 'metadata', text: block.text, reason: 'byline, read into the authors' })
      return
    }
    kept.push({ ...block, index })
  })
  // a front end's own candidates with their evidence; a bare `published` hint only when it gives none
  const bare = draft.hints.published
  const dateHints = draft.hints.dates ?? (bare !== undefined ? [{ kind: 'hint', value: bare }] : [])
  const { url } = draft
  const { fetchedAt } = context
  meta.published = readPublished({ hints: dateHints, found, url, fetchedAt, options: dates }, relatives)

  // 2. Title: candidates with their evidence (the hint, its copy in the body, the visible headline that starts the
  // page title, the first line when it reads like a title); the chosen one's line leaves the body.
  let blocks = kept
  if (meta.title === null) {
    const labels = labelsAboveHeadline(blocks, firstInfo)
    removed.push(...labels.removed)
    blocks = labels.blocks
  }
  const chosen = choose('title', titleProposals(blocks, meta.title, draft.hints, { firstInfo, datePrefixed }))
  if (chosen !== null) {
    meta.title = chosen.value.title
    const at = chosen.value.block
    if (at >= 0) {
      removed.push({ kind: 'metadata', text: blocks[at].text, reason: chosen.value.reason })
      blocks = blocks.filter((_, i) => i !== at)
    }
  }

  // 3. Dateline at the start of the first paragraphs; reporters become authors.
  const reporters: string[] = []
  for (let i = 0; i < Math.min(blocks.length, DATELINE_BLOCKS); i++) {
    if (blocks[i].type !== 'paragraph') continue
    const dl = readDateline(blocks[i].text, meta.published)
    if (dl === null) continue
    if (meta.dateline === null) meta.dateline = dl.dateline
    reporters.push(...dl.reporters)
    removed.push({ kind: 'metadata', text: dl.text, reason: 'news dateline' })
    // `大江网讯 实习生吴梦丽、记者喻云亮报道：…`: the reporters named after the dateline, without brackets
    const run = CREDIT_RUN.exec(dl.rest)
    if (run !== null) {
      reporters.push(...splitNames(run[1]))
      removed.push({ kind: 'metadata', text: run[0].trim(), reason: 'reporter credit after the dateline' })
    }
    const rest = run === null ? dl.rest : dl.rest.slice(run[0].length)
    blocks = blocks.map((b, j) => j === i ? { ...b, text: rest.trim() } : b).filter(b => b.text !== '')
    break
  }

  // 4. Reporter and editor credits glued to the end of paragraphs.
  blocks = blocks.map(b => {
    if (b.type !== 'paragraph') return b
    const credit = WRITER_CREDIT.exec(b.text)
    if (credit !== null) {
      reporters.push(...splitNames(credit[1]))
      removed.push({ kind: 'metadata', text: b.text, reason: 'writer credit' })
      return { ...b, text: '' }
    }
    let text = b.text
    for (let guard = 0; guard < 3; guard++) {
      const a = TRAILING_AUTHOR.exec(text)
      if (a !== null && text.length > a[0].length) {
        reporters.push(...splitNames(a[2]))
        removed.push({ kind: 'metadata', text: a[0].trim(), reason: 'reporter credit at the end of a paragraph' })
        text = text.slice(0, a.index).trimEnd()
        continue
      }
      const t = TRAILING_INFO.exec(text)
      const info = t === null ? null : parseInfoLine(t[1], dates)
      if (t !== null && info !== null && info.fields.length > 0 && info.fields.every(f => f.field === 'editor' || f.field === 'author' || f.field === 'source') && text.length > t[0].length) {
        for (const f of info.fields) {
          if (f.field === 'editor') for (const name of splitNames(f.value)) editors.push({ role: f.role ?? 'editor', name })
          else if (f.field === 'author') authorValues.push(f.value)
          else sources.push({ kind: 'credit-line', value: f.value })
        }
        removed.push({ kind: 'metadata', text: t[1], reason: 'editor credit at the end of a paragraph' })
        text = text.slice(0, t.index).trimEnd()
        continue
      }
      break
    }
    return text === b.text ? b : { ...b, text }
  }).filter(b => b.text !== '')

  // 5. Authors: people from labelled lines, bylines, datelines and credits; agencies are sources.
  // a markup author (`<meta name="author">`) that the page itself shows as its editor (`【编辑:何蔚】`) is the CMS
  // account of the editor who posted it, not a writer
  const editorNames = new Set([...editors, ...meta.editors].map(e => e.name.toLowerCase()))
  const candidates: string[] = []
  // a Chinese byline in the article's own text outranks a credit line found elsewhere on the page (a sidebar's
  // `作者：X` under another story)
  const bodyHan = judgeAuthors([...authorValues.flatMap(v => splitNames(v)), ...reporters]).authors.filter(a => HAN.test(a))
  const hinted = bodyHan.length > 0 ? meta.authors.filter(a => !HAN.test(a) || bodyHan.includes(a)) : meta.authors
  // an office or a company (`作者：县发改委`, `DC.Creator: 社會局`) published the page: it is the source, not a writer
  for (const name of hinted.filter(a => !editorNames.has(a.toLowerCase()))) {
    if (isChineseOrganization(name)) sources.push({ kind: 'author-organization', value: name })
    else candidates.push(name)
  }
  for (const value of authorValues) {
    for (const name of splitNames(value)) {
      if (isAgency(name, [meta.dateline?.agency ?? null]) || isChineseOrganization(name)) {
        sources.push({ kind: 'author-organization', value: name })
      }
      else candidates.push(name)
    }
  }
  candidates.push(...reporters)
  // the names the page gives itself: the site name, and what the raw title says after the headline
  const rawTitle = normalizeLine(decodeEntities(draft.hints.pageTitle ?? draft.hints.title ?? ''))
  const titleSite = meta.title !== null && rawTitle.startsWith(meta.title) ? rawTitle.slice(meta.title.length) : ''
  const judged = judgeAuthors(candidates, [draft.hints.siteName ?? '', titleSite].filter(x => x.trim() !== ''))
  meta.authors = judged.authors
  sources.push(...judged.sources.map(value => ({ kind: 'site-name', value })))
  meta.source = choose('source', sources)?.value ?? null
  meta.editors = [...meta.editors, ...editors].filter((e, i, all) => all.findIndex(o => o.role === e.role && o.name === e.name) === i)
  const out: Candidate[] = blocks.map(({ index: _index, ...b }) => b)
  return { draft: { ...draft, blocks: out, removed: [...draft.removed, ...removed] }, meta }
}
