/**
 * Article-info lines: `Author:X Time:2022.07.25`, `source:Hebei.com.cn·Hebei Cloud Client time:2022-11-17`,
 * `来源:中国新闻网 2021-11-26 16:24 /`, `[Editor in charge: X]`, `责任编辑:郑莉莉`, `发布时间：2022年07月25日 10:30`...
 * A line is an info line when it is made only of labelled fields (labels from data/metadata-labels.json) and dates.
 * Shared text reading: the HTML front end, the boilerplate stage and the metadata stage read lines with it.
 */
import { isCommonHanName, nameAfterMedium, splitGluedHanNames } from './han-names.js'
import { loadData } from '../data.js'
import { MIN_DATE_LENGTH, ZONE_NAME_ALT, findDate, type DateOptions, type FoundDate } from './date.js'
import { ENGLISH_MONTH_NAMES, HAN, escapeRegExp, isRegExpSpace, spacedLiteral, unitAt } from './index.js'
import { findRelativeDate } from './relative-date.js'
import { isWord } from './han-words.js'
import { endsLikeOrg, isChineseOrganization } from './org-names.js'
import { ZH_CREDIT_ROLE, ZH_REPORTER_TITLE } from './roles.js'
import { TITLE_WORDS } from './not-names.js'

export type FieldName = 'author' | 'source' | 'published' | 'updated' | 'originalTitle' | 'title' | 'editor' | 'ignore'

/**
 * `signed`: a date label that names the signing of a document (`成文日期`), a publication date only when alone.
 * `poster`: a label of who or when posted the page (`发布：`): a date after it is the publication's, a login or an
 * office no field of the article's (`field` is `ignore`).
 */
interface LabelEntry {
  label: string, field: FieldName, role?: string, signed?: boolean, poster?: boolean, source: string
}
interface AgencyEntry { name: string, lang: string, source: string }
interface LabelsFile { labels: LabelEntry[], agencies: AgencyEntry[] }

const FILE = loadData<LabelsFile>('metadata-labels.json')

export const AGENCIES: readonly string[] = FILE.agencies.map(a => a.name)
/** The agencies lower-cased once (`isAgency` is asked of every name part of every byline). */
const AGENCIES_LOWER = new Set(AGENCIES.map(a => a.toLowerCase()))

const BY_LABEL = new Map<string, LabelEntry>()
for (const l of FILE.labels) BY_LABEL.set(l.label.toLowerCase(), l)

/**
 * A signing date's label (`signed` in data/metadata-labels.json: `成文日期`, `發文日期`) and its colon ending a text: the
 * date after it is the document's, the page's only when the page gives no other (the Republic's name may open a Minguo
 * date: `發文日期：中華民國93年10月12日`).
 */
export const SIGNED_LABEL_BEFORE = new RegExp(
  `(?:${FILE.labels.filter(l => l.signed === true).map(l => escapeRegExp(l.label)).join('|')})\\s*[:：]?\\s*` +
  '(?:中華|中华)?$', 'u')

/** Whether a text is a field's label alone, its colon or not (`撰文`, `作者：`, `Author`): no field's value. */
export function isFieldLabel (text: string): boolean {
  return BY_LABEL.has(text.trim().replace(/\s*[:：]$/u, '').toLowerCase())
}

/**
 * A writer's field given whole, its label before the value with a space and no colon (`撰文 文／耳鼻喉部 林書瑋醫師`:
 * the text of a Drupal field's label and item, zh-org o135 of session 47's unseen round): the value; the text itself
 * when it opens with no author's label so.
 */
export function withoutAuthorLabel (text: string): string {
  const m = /^(\S+)\s+(?=\S)/u.exec(text.trim())
  return m !== null && BY_LABEL.get(m[1].toLowerCase())?.field === 'author' ? text.trim().slice(m[0].length) : text
}

const ALT = [...FILE.labels].map(l => l.label).sort((a, b) => b.length - a.length).map(spacedLiteral).join('|')

/** The Chinese labels of an editor's or another non-writer's credit (`编辑`, `责编`, `校对`, `审核`, `摄影`). */
const ZH_EDITOR_LABELS = FILE.labels.filter(l => l.field === 'editor' && /^\p{Script=Han}+$/u.test(l.label))
  .map(l => l.label).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')
/**
 * Where a byline's editors' credits begin: an editor's label at the start or after white space or a semicolon (`记者
 * 周晓澜 叶敏；审校 高岚`, a wire's closing credit: zh-news n473 of session 61's unseen round), a paper's short name
 * glued before it or not (`财讯编辑 赵立峰`, `编辑 刘畅`, `校对 李立`, `编辑｜秦朗`: a WeChat article's bar).
 */
const EDITOR_CREDIT = new RegExp(`(?:^|[\\s；;])[\\p{Script=Han}]{0,3}?(?:${ZH_EDITOR_LABELS})(?=[\\s:：｜|丨]|$)|` +
  // after the writers, a slash too (`文/周晓雯　图/龙海涛　审核/高建民`); first on the line it pairs the role with the
  // writer's (`編譯/記者 楊錚`: compiled and reported)
  `\\s[\\p{Script=Han}]{0,3}?(?:${ZH_EDITOR_LABELS})(?=[/／])`, 'u')

/**
 * A byline without the credits of its editors, proofreaders and photographers after the writers (`周岩 许诺 实习生
 * 宋雨萱　编辑 刘畅　校对 李立` -> `周岩 许诺 实习生 宋雨萱`), as a page's byline element or `<meta name="author">` may
 * give them all in one string: no role word and no name after it is a writer.
 */
export function withoutEditorCredits (byline: string): string {
  const m = EDITOR_CREDIT.exec(byline)
  return m === null ? byline : byline.slice(0, m.index).trim()
}
// A label, then `:`/`：`. Latin labels must start the line or follow a separator; Han labels may be glued.
const LABEL_EDGE = '(?:^|(?<=[\\s|/丨｜·,，;；\\]】)）])|(?<=\\p{Script=Han}|\\d)(?=\\p{Script=Han}))'
const LABEL_ANY = new RegExp(`${LABEL_EDGE}[\\[【(（]?\\s*(${ALT})\\s*[:：]`, 'giu')
// `【作者】张三 【来源】固原日报`, `作者丨张三`, `来源 | 新华网`: a known label in brackets, or before a bar, in place of its
// colon (WeChat-style articles write 丨, a Han stroke, as the bar)
const BRACKET_LABEL = new RegExp(`[【\\[［]\\s*(${ALT})\\s*[】\\]］]\\s*`, 'giu')
/** Another label and its colon, right where a bracketed one ends (`LABEL_AFTER.lastIndex` set to that place). */
const LABEL_AFTER = new RegExp(`\\s*(?:${ALT})\\s*[:：]`, 'iuy')
/**
 * 1 for each code unit that `LABEL_ANY` (case-insensitive) reads as the last character of a label: built on first use.
 * Every match ends with a label, white space, its colon, so a line where no colon has such a character before it
 * (white space skipped) holds no label: `mayEndLabelAt`.
 */
let labelLast: Uint8Array | undefined
const BMP_UNITS = 0x10000

function labelLastUnits (): Uint8Array {
  if (labelLast !== undefined) return labelLast
  const lasts = [...new Set(FILE.labels.map(l => l.label.trim()).filter(l => l !== '').map(l => l.slice(-1)))]
  const last = new RegExp(`^(?:${lasts.map(escapeRegExp).join('|')})$`, 'iu')
  const table = new Uint8Array(BMP_UNITS)
  for (let c = 0; c < BMP_UNITS; c++) table[c] = last.test(String.fromCharCode(c)) ? 1 : 0
  // a label ending in a character outside the BMP is read as its low surrogate, which the table marks too
  for (const l of lasts) for (let i = 0; i < l.length; i++) table[unitAt(l, i)] = 1
  labelLast = table
  return table
}

/** Whether a label may end right before the colon at `colon` (white space between): see above. */
function mayEndLabelAt (line: string, colon: number, table: Uint8Array): boolean {
  let i = colon - 1
  while (i >= 0 && isRegExpSpace(unitAt(line, i))) i--
  return i >= 0 && table[unitAt(line, i)] === 1
}

/**
 * The most code units other than white space a `LABEL_ANY` match holds before its colon: an opening bracket and the
 * longest label's (no label holds a colon or a character outside the BMP, and case-insensitive matching reads each of
 * a label's characters as one unit: test/info-line-label-window.test.ts holds the data to that).
 */
export const LABEL_WINDOW_UNITS = 1 +
  FILE.labels.reduce((most, l) => Math.max(most, l.label.replace(/\s+/g, '').length), 0)

/**
 * Where a `LABEL_ANY` match that ends at the colon at `colon` can start at the earliest: `LABEL_WINDOW_UNITS` units
 * other than white space before it, and the white space before those.
 */
function windowStart (line: string, colon: number): number {
  let i = colon
  for (let n = 0; i > 0; i--) {
    if (isRegExpSpace(unitAt(line, i - 1))) continue
    if (n === LABEL_WINDOW_UNITS) break
    n++
  }
  return i
}

/**
 * Every `LABEL_ANY` match of the line, in order: the same as its exec loop over the whole line, found colon by colon.
 * A match ends at the first colon after its start (no label, bracket or white space is a colon), so one that ends at a
 * colon starts within `windowStart` of it and is read the same from the line cut after that colon; the pattern is
 * asked only there, and only where a label's last character stands before the colon (`mayEndLabelAt`). The exec loop
 * over the whole line tried the edge's look-behind at every position and, where it passed (every position of Han
 * prose), the alternation of every label.
 */
function labelMatches (line: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = []
  if (!line.includes(':') && !line.includes('：')) return matches
  const table = labelLastUnits()
  // where the last match ended: the next one starts here or later
  let from = 0
  for (let c = nextColon(line, 0); c >= 0; c = nextColon(line, c + 1)) {
    if (!mayEndLabelAt(line, c, table)) continue
    LABEL_ANY.lastIndex = Math.max(from, windowStart(line, c))
    const m = LABEL_ANY.exec(c + 1 === line.length ? line : line.slice(0, c + 1))
    if (m === null) continue
    matches.push(m)
    from = c + 1
  }
  return matches
}

const ANY_COLON = /[:：]/g
/** Index of the first colon (`:` or `：`) at or after `from`, or -1. */
function nextColon (line: string, from: number): number {
  ANY_COLON.lastIndex = from
  return ANY_COLON.test(line) ? ANY_COLON.lastIndex - 1 : -1
}
const BAR_LABEL = new RegExp(`(?:^|(?<=\\s))(${ALT})\\s*[丨｜|]\\s*`, 'giu')
const MAY_HAVE_BRACKET_OR_BAR = /[【[［丨｜|]/u

/**
 * A capitalized Latin label glued to the lower-case end of the value before it, where adjacent `<span>`s left no space
 * (`Source: Publicity DepartmentResponsible editor: Zhou MinViews:`, the machine-translated info lines of Chinese
 * government sites): case-sensitive, so that no label is read inside a word.
 */
const GLUED_LATIN_LABEL = new RegExp(`(?<=\\p{Ll})(?:${[...FILE.labels].map(l => l.label)
  .filter(l => /^[A-Z]/.test(l)).sort((a, b) => b.length - a.length).map(spacedLiteral).join('|')})\\s*[:：]`, 'uy')

/**
 * The line with a space before each Latin label glued to the value before it (`GLUED_LATIN_LABEL`, asked where it
 * stands: a zero-width match of its look-behind and the rest as a look-ahead, as `replace` read it, at each position).
 * A label and its colon hold no other colon, so such a label starts an ASCII capital within `windowStart` of the first
 * colon after it: only those capitals are asked. The replace tried the look-behind at every position of the line and
 * the labels at each lower-case letter, and the lines it was asked of were first searched for a lower-case letter
 * before a capital.
 */
function unglued (line: string): string {
  if (!line.includes(':') && !line.includes('：')) return line
  // the line up to the last match, a space written before each
  let out = ''
  let last = 0
  let from = 0
  for (let c = nextColon(line, 0); c >= 0; from = c + 1, c = nextColon(line, c + 1)) {
    for (let i = Math.max(from, windowStart(line, c)); i < c; i++) {
      const u = unitAt(line, i)
      if (u < 0x41 || u > 0x5a) continue
      GLUED_LATIN_LABEL.lastIndex = i
      if (!GLUED_LATIN_LABEL.test(line)) continue
      out += line.slice(last, i) + ' '
      last = i
    }
  }
  // (a match stands after a lower-case letter: never at 0)
  return last === 0 ? line : out + line.slice(last)
}

/**
 * An editor's `… by` label opening a line with no colon, a capitalized name after it (`Edited by Zhou Lan` closing a
 * university's English news page): the label's `by` stands for the colon. Not `Written by` nor `Photo by`, which the
 * byline and caption readers take as they are.
 */
const BY_EDITOR_LABEL = new RegExp(`^(${FILE.labels.filter(l => l.field === 'editor' && / by$/i.test(l.label) &&
  !/^photos? by$/i.test(l.label)).map(l => spacedLiteral(l.label)).join('|')})\\s+`, 'iu')
const CAPITAL = /^\p{Lu}/u

/**
 * What a labelled field needs somewhere on its line: its colon, or what `withColonLabels` writes one for (a slash
 * credit's slash, a bracketed label's bracket, a barred label's bar).
 */
const LABEL_MARK = /[:：/／∕【[［丨｜|]/u

/**
 * Whether `parseInfoLine` may read a labelled field on the line: false when it holds no `LABEL_MARK` and opens with
 * no `… by` label (`BY_EDITOR_LABEL`), the only ways a label's colon is there or is written (exact: every field
 * but a medium read beside a date comes from a label and its colon).
 */
export function mayHoldLabel (line: string): boolean {
  return LABEL_MARK.test(line) || BY_EDITOR_LABEL.test(line)
}

/**
 * A writer's or a photographer's slash credit after another field, set apart by white space (`来源：沅水晚报　文/本报记者
 * 覃晓岚　图/本报记者 龙建军`, a TRS portal's info line: zh-news n329 of session 43's unseen round): a label of its own,
 * or it is read into the field before it; so is a photographer's (`發佈日期：2006/08/02　文∕社工員 林佩君　攝影∕志工 陳建宏`, a
 * Taiwan foundation: zh-org o112 of session 44's second wave), or by a bar (`2018 年 7 月 3 日｜文／林佳穎、陳冠廷`, a Taiwan
 * NGO's Google Sites column: zh-org o147 of session 48's unseen round). Text and pictures by one hand (`文/图`) are left
 * to the byline readers.
 */
const SLASH_CREDIT = /(?<=[\s|｜丨])(文|[图圖]|摄影|攝影)\s*[/／∕](?!\s*[文图圖])\s*/gu
/**
 * The same credit opening a line that goes on to a labelled date (`文/刘建华 周敏　图/王涛　来源：厅办公室　发布时间：…`, a
 * 2005 provincial department's info line: zh-gov g185 of session 45's unseen round); a line of credits alone is a
 * byline, left to the byline readers.
 */
const SLASH_CREDIT_FIRST = /(?<=^|[\s|｜丨])(文|[图圖]|摄影|攝影)\s*[/／∕](?!\s*[文图圖])\s*/gu

/**
 * The line with its bracketed and barred labels and its slash credits written with a colon (`【作者】张三` -> `作者：张三`,
 * `文/张三` after a source -> `作者：张三`).
 */
function withColonLabels (raw: string): string {
  const byLabel = BY_EDITOR_LABEL.exec(raw)
  if (byLabel !== null && CAPITAL.test(raw.slice(byLabel[0].length))) {
    return `${byLabel[1]}: ${raw.slice(byLabel[0].length)}`
  }
  const slashed = /[/／∕]/u.test(raw)
    ? raw.replace(DATE_LABEL_ANYWHERE.test(raw) ? SLASH_CREDIT_FIRST : SLASH_CREDIT, (_, role: string) =>
      role.includes('文') ? '作者：' : '图片：')
    : raw
  if (slashed !== raw) return withColonLabels(slashed)
  if (!MAY_HAVE_BRACKET_OR_BAR.test(raw)) return raw
  // a bracketed label right before another label's colon has no value: a marker, dropped (`[楼主] 发表时间：2008-06-12
  // 08:31:22`, a board's floor of the opening post, zh-blogs b14)
  const bracketed = raw.replace(BRACKET_LABEL, (whole: string, label: string, at: number) => {
    LABEL_AFTER.lastIndex = at + whole.length
    return LABEL_AFTER.test(raw) ? ' ' : `${label}：`
  })
  return bracketed.replace(BAR_LABEL, '$1：')
}
const DATE_ENTRIES = FILE.labels.filter(l => l.field === 'published' || l.field === 'updated')
const DATE_LABELS = DATE_ENTRIES.map(l => l.label).sort((a, b) => b.length - a.length)
const DATE_ALT = DATE_LABELS.map(spacedLiteral).join('|')
/** A date label as matched, its white space dropped and lower-cased (`Last  Updated` -> `lastupdated`). */
const labelKey = (label: string): string => label.replace(/\s+/g, '').toLowerCase()
/** Each date label by its key: whether it names the publication (`发布时间`, `Posted on`) or an update (`最后更新`). */
const DATE_LABEL_ENTRY = new Map(DATE_ENTRIES.map(l => [labelKey(l.label), l]))
/** A date label with its colon anywhere in a line (`发布时间：`): the mark of an info line. */
const DATE_LABEL_ANYWHERE = new RegExp(`(?:${DATE_ALT})\\s*[:：]`, 'i')
const DATE_PREFIX = new RegExp(`^[\\[【(（]?\\s*(${DATE_ALT})\\s*[:：]?\\s*`, 'i')
const SEP = /^[\s|/丨｜·,，;；:：\-–—]+|[\s|/丨｜·,，;；:：\-–—]+$/g
const WEEKDAY = /(?:星期|周|礼拜)[一二三四五六日天]|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?/gi
/**
 * The lunar date Chinese pages print beside the Gregorian one (`2024年10月15日 星期二 农历九月十三`, `農曆甲辰年正月初一`):
 * the year's stem and branch, a leap month, the month, the day (`初一`-`初十`, `十一`-`十九`, `二十`, `廿一`-`廿九`,
 * `三十`). Not read as the date: the Gregorian one beside it is.
 */
const LUNAR_DATE = /(?:农历|農曆)\s*(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\s*)?(?:闰|閏)?[正一二三四五六七八九十冬腊臘]{1,2}月\s*(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十|十)/gu

/**
 * The same lunar date in a machine translation's English (`Lunar September 13`, `lunar calendar October 1st`,
 * `Lunar New Year's Day`): not read as the date either.
 */
const LUNAR_DATE_EN = new RegExp(String.raw`\blunar(?:\s+calendar)?\s*[:：]?\s*(?:(?:${ENGLISH_MONTH_NAMES})\.?|` +
  String.raw`\d{1,2}(?:st|nd|rd|th)?\s+month|new\s+year'?s?(?:\s+day)?)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?\b`, 'gi')

export interface Field {
  field: FieldName
  /** The label as found (`责任编辑`, `Editor in charge`). */
  label: string
  role?: string
  value: string
}

/** A date on an info line; `ambiguous` as `FoundDate`'s (a numeric date read without the page's order). */
export interface LineDate {
  iso: string
  field: 'published' | 'updated'
  ambiguous?: boolean
  /** A signing date (`成文日期`): the publication's only when the page gives no other. */
  signed?: true
}

/** `found` as a date of a line. */
function lineDate (found: FoundDate, field: LineDate['field']): LineDate {
  return { iso: found.iso, field, ...(found.ambiguous === true ? { ambiguous: true } : {}) }
}

export interface InfoLine {
  fields: Field[]
  /** Dates found on the line, outside or inside field values (ISO 8601). */
  dates: LineDate[]
  /**
   * Publication dates that need a reference to mean a day, as written (`10-15 09:32`, `昨天 10:20`): the metadata
   * stage reads them against the fetch time or the page's own dates.
   */
  relatives?: string[]
}

/**
 * A board's edit stamp (`Edited by: NorthPointKid  at: 6/9/04 12:15:33 am`, ezboard; `Last edited by X on 2016-05-08`,
 * vBulletin and Discuz!'s English stamp): the poster's own later edit, an update's date and no editor (zh-blogs b524 of
 * session 60's second unseen round). `Edited by X` alone, no date after it, is an editor's credit.
 */
const EDIT_STAMP_LINE = /^(?:last\s+)?edited\s+by\s*:?\s*\S[^:：]{0,40}?\s+(?:at|on)\s*:?\s*(?=\S)/i
function editStamp (line: string, options: DateOptions): InfoLine | null {
  const m = EDIT_STAMP_LINE.exec(line)
  const found = m === null ? null : findDate(line.slice(m[0].length), options)
  return found?.index === 0 ? { fields: [], dates: [lineDate(found, 'updated')] } : null
}

/** Whether an info line gives a date, full or relative. */
export function hasDate (info: InfoLine): boolean {
  return info.dates.length > 0 || (info.relatives?.length ?? 0) > 0
}

/** A relative date that is the whole of `text` but for separators and a weekday (`10-15 09:32`), or null. */
function onlyRelative (text: string): string | null {
  const rel = findRelativeDate(text)
  if (rel === null) return null
  const rest = (text.slice(0, rel.index) + ' ' + text.slice(rel.index + rel.length)).replace(WEEKDAY, ' ')
    .replace(/[\s|/丨｜·,，;；:：\-–—()（）]+/g, '')
  return rest === '' ? text.slice(rel.index, rel.index + rel.length) : null
}

/** Strips the brackets a whole line sits in: `[Editor in charge: X]`, `【编辑:X】`, `（责任编辑：X）`. */
function unwrap (line: string): string {
  const m = /^[[【(（]\s*(.*?)\s*[\]】)）]$/u.exec(line)
  return m === null ? line : m[1]
}

/** A reading time beside the date (`Mar 5, 2024 · 5 min read`, `Reading time: 4 minutes`): page furniture. */
const READING_TIME = /\b\d{1,3}[\s-]*min(?:ute)?s?\.?\s+read\b|\bread(?:ing)?\s+time\s*[:：]?\s*\d{1,3}\s*min(?:ute)?s?\b/gi
/** `text` without its reading times (every one holds `min`: most lines are returned as they are, unsearched). */
const withoutReadingTime = (text: string): string => /min/i.test(text) ? text.replace(READING_TIME, ' ') : text
/** Whether a piece of a line is a reading time alone (`5 min read`). */
export function isReadingTime (text: string): boolean {
  return text.replace(READING_TIME, '').trim() === '' && text.trim() !== ''
}
const DATE_WORDS = new RegExp(`(?:${DATE_LABELS.map(spacedLiteral).join('|')}|\\b(?:on|at)\\b|${ZONE_NAME_ALT})`, 'gi')

/**
 * A line of dates only (`2022年07月25日 星期一`, `August 16, 2019 - Updated July 9, 2025`): the first date not
 * labelled as an update, or null when the line holds anything else.
 */
function onlyDate (text: string, options: DateOptions, found0?: FoundDate | null): LineDate | null {
  let rest = text
  let first: LineDate | null = null
  let updated: LineDate | null = null
  for (let i = 0; i < 3; i++) {
    // the first search may have been made by the caller (`found0`, the first date of `text`)
    const found = i === 0 && found0 !== undefined ? found0 : findDate(rest, options)
    if (found === null) break
    const before = rest.slice(0, found.index)
    if (/(?:updated|modified|更新|修改)[\s:：]*(?:on\s*)?$/i.test(before)) updated ??= lineDate(found, 'updated')
    else first ??= lineDate(found, 'published')
    rest = before + ' ' + rest.slice(found.index + found.length)
  }
  if (first === null && updated === null) return null
  rest = rest.replace(WEEKDAY, ' ').replace(LUNAR_DATE, ' ').replace(LUNAR_DATE_EN, ' ').replace(DATE_WORDS, ' ')
    .replace(READING_TIME, ' ')
    .replace(/[\s|/丨｜·,，;；:：\-–—()（）]+/g, '')
  return rest === '' ? (first ?? updated) : null
}

/**
 * Whether a text is dates alone, weekdays and date labels beside them (`2004年10月17日 星期日`, a blog's date header
 * over its posts): no headline, no name.
 */
export function isDatesOnly (text: string): boolean {
  return onlyDate(text, {}) !== null
}

/**
 * Toolbars sharing the info line (`【大 中 小】`, `【打印】【关闭】`, MT's `[I want to correct errors]`, a comment link with
 * its count `我要评论（5）`: zh-news n282 of session 41's unseen round, in brackets or not: `作者：汇商网记者 张喆　【我要评论】`,
 * zh-org o291 of session 64's second unseen wave; a post's `[引用] [回复] [举报]` before its floor: zh-blogs b569 of session
 * 62's unseen round): not part of any field.
 */
const TOOLBAR = /【\s*(?:(?:字体|字号|字體|字號)\s*[:：]?\s*)?(?:[大中小]\s*){2,3}】|【\s*(?:打印|关闭|关闭窗口|收藏|纠错|我要纠错|糾錯|我要糾錯|打印本页|列印|關閉)\s*】|[【[]\s*(?:print|close(?: window)?|favou?rites|error correction|i want to correct(?: errors?)?)\s*[】\]]|[【[]?\s*我要(?:评论|評論|纠错|糾錯|打印|列印|收藏|分享|投稿)(?:\s*[(（]\s*\d*\s*[)）])?\s*[】\]]?|[【[]\s*(?:引用|回复|回覆|举报|舉報|编辑|編輯)\s*[】\]]/giu

/**
 * A post's action links closing its foot line (`作者：湘江边的伢子 2008-11-23 21:17 回复此发言`, Baidu Tieba's 2008 layout:
 * zh-blogs b125 of session 39's unseen round; `引用 举报`): furniture after the last field, not part of its name.
 */
const POST_ACTIONS = /(?<=\s)(?:回复此发言|回覆此發言|回复此楼|回覆此樓|回复本帖|回覆本帖|引用回复|引用回覆|回复|回覆|引用|举报|舉報)(?:\s+(?:回复|回覆|引用|举报|舉報))*\s*$/u

/** What every `TOOLBAR` match opens with: a bracket, or `我要`. */
const MAY_HOLD_TOOLBAR = /[【[]|我要/u
/** The last characters of `POST_ACTIONS`' words: a trimmed line ending otherwise holds none. */
const POST_ACTION_LAST = new Set([...'言楼樓帖复覆用报報'])

/** The line without its toolbars, searched only when it holds what each opens with (most lines do not). */
const withoutToolbar = (line: string): string => MAY_HOLD_TOOLBAR.test(line) ? line.replace(TOOLBAR, ' ') : line

/** A trimmed line without the post's action links closing it (asked only when its last character may end one). */
export const withoutPostActions = (line: string): string =>
  POST_ACTION_LAST.has(line.charAt(line.length - 1)) ? line.replace(POST_ACTIONS, '').trim() : line

/** A colon (every label has one) or what a date needs (an ASCII digit, or the `年` of a date in Chinese numerals). */
const MAY_BE_INFO = /[:：0-9年]/

/**
 * Whether a line may be an info line: a label needs its colon and a line of dates a date (findDate's own test);
 * without a colon the line is a line of dates, which a line shorter than any date is not.
 */
function mayBeInfo (line: string): boolean {
  if (!MAY_BE_INFO.test(line)) return false
  return line.length >= MIN_DATE_LENGTH || line.includes(':') || line.includes('：')
}

/** Date options from the offset alone (callers that know no more) or whole. */
export function dateOptions (given: DateOptions | string | null): DateOptions {
  return given !== null && typeof given === 'object' ? given : { defaultOffset: given }
}

/**
 * `文：` (text by) opening an info line before a bar (`文：鄭穎欣 | 發佈日期：2013年8月4日 21:18`, a Hong Kong health portal:
 * zh-news n290 of session 41's unseen round): the writer's field. Only first on the line and before a bar: elsewhere
 * `文` ends other words (`原文：`, `全文：`).
 */
const WRITER_FIRST = /^文\s*[:：](?=\s*[\p{Script=Han}·]{2,4}\s*[|｜丨│])/u

/**
 * Reads a line made only of labelled fields and dates; null when the line is anything else (prose, a title).
 * `dates` is the offset for times written without a zone, or the date options whole (offset and numeric order).
 */
export function parseInfoLine (given: string, dates: DateOptions | string | null): InfoLine | null {
  if (given.length > 250) return null
  const raw = withColonLabels(unglued(given)).replace(WRITER_FIRST, '作者：')
  if (!mayBeInfo(raw)) return null
  const options = dateOptions(dates)
  const stamp = editStamp(raw.trim(), options)
  if (stamp !== null) return stamp
  // a reading time beside the date is furniture, and `Reading time:` no `Time:` label
  const line = withoutPostActions(withoutReadingTime(withoutToolbar(unwrap(raw.trim()))).trim())
  // every label ends at its colon: a line without one (most prose lines) is not scanned for labels, and one with
  // colons only near those after a label's last character
  const matches = labelMatches(line)
  // (the opening post's floor before an unlabelled stamp, `#1 發表於 06-11-2007 21:37`: no part of the line's fields)
  if (matches.length === 0) return unlabelledLine(line.replace(OPENING_FLOOR_HEAD, ''), options)
  const out: InfoLine = { fields: [], dates: [] }
  const head = line.slice(0, matches[0].index)
  // the paper's short name glued to the first role (`申商记者：`) is the label's, not the line's head
  const paper = gluedPaper(head, matches[0])
  if (!readHead((paper === '' ? head : '').replace(SEP, '').trim(), options, out)) return null
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]
    const entry = BY_LABEL.get(m[1].toLowerCase().replace(/\s+/g, ' '))
    if (entry === undefined) return null
    const start = (m.index ?? 0) + m[0].length
    // An original title runs to the end of the line, whatever it contains.
    const next = matches[i + 1]
    const end = entry.field === 'originalTitle'
      ? line.length
      : next === undefined ? line.length : beforeLabelWord(line, start, next.index, next[1], paper)
    const field = fieldOf(entry, line.slice(start, end), options)
    const given = fieldText(withoutCloser(line.slice(start, end).replace(SEP, '').trim()), field)
    // `来源: 中新网 作者: 编辑: 毛长久`: a field the CMS left blank, the next label right after it, says nothing
    if (given === '' && i + 1 < matches.length) continue
    const value = fieldValue(given, field, options, out, entry.signed === true)
    if (value === null) return null
    // `From: 林育賢 <yuhsien.lin@…>`: a mail's sender, the address in angle brackets after the name (a list archive's
    // message header, MHonArc: zh-blogs b633 of session 64's second unseen wave), the writer and no source
    const sender = entry.field === 'source' ? MAIL_SENDER.exec(value) : null
    if (sender !== null) {
      out.fields.push({ field: 'author', label: m[1], value: sender[1].trim() })
      continue
    }
    // `来源：南江日报（记者 陈晓 通讯员 周文涛）`: the paper, and its reporters credited in brackets after it
    const credited = entry.field === 'source' ? SOURCE_CREDIT.exec(value) : null
    if (credited !== null) {
      out.fields.push({ field: 'source', label: m[1], value: credited[1] })
      out.fields.push({ field: 'author', label: '', value: credited[2] })
      continue
    }
    out.fields.push({ field, label: m[1], role: entry.role, value })
    if (field === 'originalTitle') break
  }
  return out
}

/**
 * A label's field for its value; a poster's label's (`poster` in data/metadata-labels.json) is the publication
 * date's when its value holds a date (`发布：2012-09-14 16:20`), none for a login or an office (`发布：jjxhadmin`,
 * phpwind's portal).
 */
const fieldOf = (entry: LabelEntry, value: string, options: DateOptions): FieldName =>
  entry.poster !== true ? entry.field : findDate(value, options) === null ? 'ignore' : 'published'

/** A mail's sender: a name, quoted or not, then an address in angle brackets (`"陳家偉" <kawai_chan@...>`). */
const MAIL_SENDER = /^"?([^"<>@]{2,40}?)"?\s*<[^<>\s@]+@[^<>\s]*>$/u

/** The brackets a field may stand in (`【作者：…】`, `（责任编辑：…）`), by their closing one. */
const OPENERS: Readonly<Record<string, string>> = { '】': '【', ']': '[', ')': '(', '）': '（' }

/**
 * A field's value without a closing bracket at its end that it never opened (`【作者：孙立群　邓伟】　【来源：…】` gives
 * `孙立群　邓伟】`: a Lotus Domino customs page's info line of bracketed fields, zh-gov g191 of session 46's unseen round),
 * which a value of two names kept on the second (`邓伟】`, then read as no name). A bracket the value opened stays
 * (`南江日报（记者 陈晓）`).
 */
function withoutCloser (value: string): string {
  const open = OPENERS[value.charAt(value.length - 1)]
  return open !== undefined && !value.includes(open) ? value.slice(0, -1).trimEnd() : value
}

/** The fields that hold names: a person's, a paper's, an office's. */
const NAME_FIELDS = new Set(['author', 'editor', 'source'])
/**
 * A label the list does not know, after white space, with a count or nothing after it, to the value's end (`评论：0`,
 * `回复：12`: a PHPCMS info line's counters, zh-news n122 of session 37's unseen round). No name holds a colon.
 */
const UNKNOWN_LABEL_TAIL = /\s+[\p{Script=Han}]{1,4}\s*[:：]\s*\d*\s*$/u

/**
 * A count of readers, views or comments with no label's colon after a name (`作者：周慕白、王璐 2023-11-24 18:40 阅读 3.2万`,
 * the date read out of it: zh-news n189 of session 39's unseen round; `1.2万阅读`; `1587人已读`, a doctor's column: zh-org
 * o246 of session 61's unseen round): the page's counter, no name.
 */
const COUNTER_TAIL = /(?:\s*(?:阅读|閱讀|浏览|瀏覽|点击|點擊|评论|評論|回复|回覆)\s*[(（]\s*\d[\d,]*\s*[)）]|\s+(?:(?:阅读|閱讀|浏览|瀏覽|点击|點擊|评论|評論)(?:量|数|數|次数|次數)?\s*[\d.,]+\s*[万萬wWkK]?\+?|[\d.,]+\s*[万萬wWkK]?\+?\s*(?:次|人)?(?:阅读|閱讀|浏览|瀏覽|点击|點擊|评论|評論|已读|已讀|已阅|已閱)))\s*$/u

/** A field's text without a counter the label list lacks after a name (`作者：周立 叶晓敏　评论：0`, `阅读 3.2万`). */
function fieldText (text: string, field: string): string {
  return NAME_FIELDS.has(field) ? text.replace(UNKNOWN_LABEL_TAIL, '').replace(COUNTER_TAIL, '') : text
}

/** The generic date labels a CMS may glue its own word before (`提交日期`, `發稿日期`, `录入时间`). */
const GENERIC_DATE_LABEL = /^(?:日期|时间|時間)$/u
/** The roles a paper may glue its own short name before (`申商记者：`, `南都记者：`, `申商编辑：`). */
const GENERIC_ROLE_LABEL = /^(?:记者|記者|编辑|編輯)$/u
/** The Han word glued before a generic label, after white space: the label's first word. */
const LABEL_WORD = /\s[\p{Script=Han}]{1,3}$/u

/**
 * Where the value before the label at `labelAt` ends: before the label's own first word when a CMS glued a word of its
 * own to a generic date label (`作者：峡江老船　提交日期：2005-8-14`), which the label list has only as `日期`: `提交`
 * is no second writer; before a role, only the paper's name the line's head glued to its first role
 * (`申商记者：赵一帆　林晓　申商编辑：孙雯`): a name glued to the next role is a name (`记者：韩冰 刘洋编辑：程雪`, lines
 * joined without a space). Only after white space: `作者：张三时间：…` stays as it was.
 */
function beforeLabelWord (line: string, start: number, labelAt: number, label: string, paper: string): number {
  const l = label.trim()
  const role = GENERIC_ROLE_LABEL.test(l)
  if (!GENERIC_DATE_LABEL.test(l) && !role) return labelAt
  const word = LABEL_WORD.exec(line.slice(start, labelAt))
  // (a common name glued to a date label is a writer's, its line joined without a space: `作者：韩冰 刘洋日期：…`)
  if (word === null || (role ? word[0].trim() !== paper : isCommonHanName(word[0].trim()))) return labelAt
  return start + word.index
}

/**
 * The paper's short name the line's head glues to its first role (`申商` of `申商记者：`), or ''. A line that opens
 * with a date label keeps its head: `出生日期：`, `会议时间：`, `购进日期：` name other dates.
 */
function gluedPaper (head: string, first: RegExpExecArray): string {
  return GENERIC_ROLE_LABEL.test(first[1].trim()) && /^[\p{Script=Han}]{1,3}$/u.test(head) ? head : ''
}

/**
 * A source's value with its reporters credited in brackets after the medium (`南江日报（记者 陈晓 通讯员 周文涛）`, a
 * WeChat account's closing `来源：` line): the medium, and the credit from its role on.
 */
const SOURCE_CREDIT = new RegExp(`^([^()（）]{2,30}?)\\s*[（(]\\s*(${ZH_CREDIT_ROLE}\\s*[^()（）]{2,40}?)\\s*[)）]$`, 'u')

/**
 * What stands before an info line's first label: nothing, or a date (full, or relative: `10-15 09:32 来源：新华网`)
 * read into `out`; false when it is anything else.
 */
function readHead (head: string, options: DateOptions, out: InfoLine): boolean {
  if (head === '') return true
  const date = onlyDate(head, options)
  if (date !== null) {
    out.dates.push(date)
    return true
  }
  const medium = MEDIUM_HEAD.exec(head)
  if (medium !== null && endsLikeOrg(medium[1])) {
    out.fields.push({ field: 'source', label: '', value: medium[1] })
    return true
  }
  // `（党政办供稿　撰稿：杨晓芸　摄影：罗彬）`: the unit that supplied the piece, before the writer's label (township and
  // school news: zh-gov g227 of session 50's unseen wave); the unit is the line's source
  const supplied = SUPPLIED_HEAD.exec(head)
  if (supplied !== null && isChineseOrganization(supplied[1])) {
    out.fields.push({ field: 'source', label: '', value: supplied[1] })
    return true
  }
  // `楼主　发表于：2006-10-08 23:17:42`: the opening post's floor before its stamp (a thread's head line), no field
  if (OPENING_FLOOR.test(head)) return true
  const relative = onlyRelative(head)
  if (relative !== null) (out.relatives ??= []).push(relative)
  return relative !== null
}

/**
 * The opening post's floor (`楼主`, `樓主`: zh-blogs b569 of session 62's unseen round) or number (`#1 發表於 06-11-2007
 * 21:37`, PHP-Fusion 6's post head: zh-blogs b597 of session 63's; Discuz!'s `1#`, `1楼`) heading its stamp line; a
 * reply's (`2楼`, `#2`) is not read, since its stamp is no publication's.
 */
const OPENING_FLOOR_WORD = '(?:楼主|樓主|#\\s?1|1\\s?#|第?1[楼樓])'
const OPENING_FLOOR = new RegExp(`^${OPENING_FLOOR_WORD}$`, 'u')
/** The opening post's floor or number opening a line, white space after it. */
const OPENING_FLOOR_HEAD = new RegExp(`^${OPENING_FLOOR_WORD}\\s+`, 'u')

/**
 * The paper, and its desk after a slash, before a credit's first label (`（星洲日报/大都会·报道：陈慧玲；摄影：刘振南）`:
 * Malaysian and Singaporean papers close their stories so): the paper is the line's source. Three characters at least:
 * an ending alone (`公司名称：…`, a company's particulars) names no medium.
 */
const MEDIUM_HEAD = /^([\p{Script=Han}]{3,12})(?:\s*[/／]\s*[\p{Script=Han}]{2,8})?$/u
/** A unit and `供稿` (supplied by) before a credit's first label: `党政办供稿`, `县教育局供稿`. */
const SUPPLIED_HEAD = /^([\p{Script=Han}]{2,16}?)\s*供稿$/u

/**
 * A line without labels: dates alone, or a date with the medium beside it; the line's first date is found once for
 * both readings.
 */
function unlabelledLine (line: string, options: DateOptions): InfoLine | null {
  const found = findDate(line, options)
  if (found === null) return relativeWithMedium(line)
  const date = onlyDate(line, options, found)
  return date === null ? dateWithMedium(line, found) : { fields: [], dates: [date] }
}

/** `10-15 09:32`, `10-15 09:32 新华网`: a relative date alone, or with the medium beside it. */
function relativeWithMedium (line: string): InfoLine | null {
  const rel = findRelativeDate(line)
  if (rel === null) return null
  const raw = line.slice(rel.index, rel.index + rel.length)
  const alone = onlyRelative(line)
  if (alone !== null) return { fields: [], dates: [], relatives: [alone] }
  const medium = mediumBeside(line, rel)
  if (medium === null) return null
  return { fields: [{ field: 'source', label: '', value: medium }], dates: [], relatives: [raw] }
}

/** Longest value of a labelled field, in characters: longer is prose that opens with a label's word. */
const MAX_FIELD_VALUE = 100
/** A title's value is read whole: the dates in it are its words (`2020年2月18日江西省…疫情情况`). */
const TITLE_FIELDS: ReadonlySet<FieldName> = new Set(['originalTitle', 'title'])
/** Fields whose label with no value still makes a line of labelled fields (a table's empty cell). */
const KEPT_EMPTY: ReadonlySet<FieldName> = new Set(['ignore', 'title'])

/**
 * The value of one labelled field, its dates moved to the line's (`line.dates`; a publication date without its year
 * to `line.relatives`); null when it cannot be that field (no date in a date field, a long or empty value, a
 * question where a name should be).
 */
function fieldValue (
  raw: string, field: FieldName, options: DateOptions, line: InfoLine, signed = false
): string | null {
  const dates = line.dates
  let value = raw
  if (field === 'published' || field === 'updated') {
    const found = findDate(value, options)
    // `发布时间：10-15 09:32`: a publication date that needs the page's reference (an update's is not read)
    const relative = found === null && field === 'published' && !signed ? onlyRelative(value) : null
    if (relative !== null) {
      (line.relatives ??= []).push(relative)
      return relative
    }
    if (found === null) return null
    dates.push(signed ? { ...lineDate(found, field), signed: true } : lineDate(found, field))
    value = found.iso
  } else if (!TITLE_FIELDS.has(field)) {
    value = withoutDate(value, field, options, dates)
    // a catalogue field's value (`Title: Notice of the General Office of …`) is never kept: any length the line has
    if (value.length > MAX_FIELD_VALUE && field !== 'ignore') return null
  }
  // the pieces after a bar go, then a counter they left at the name's end (`郑玥 3125人已读 | 最后修改：…`)
  if (field === 'author') value = fieldText(posterName(value), field)
  if (value === '' && !KEPT_EMPTY.has(field)) return null
  // `记者：今年消费季有哪些新举措？` in a press-conference transcript: a reporter's question, not a byline
  if ((field === 'author' || field === 'editor') && /[？?！!。]/u.test(value)) return null
  return value
}

/**
 * A bar between an author and the line's next pieces (`作者：夜行的貓(nightcat0912)│2012-08-14 23:05:11│GP 41│人氣 3,581`,
 * a Bahamut-like member hut's post line, the date already taken out): no name holds one, what follows is the post's.
 */
const BAR_AFTER_NAME = /\s*[|│┃｜丨].*$/u
/**
 * A screen name with the member's account or level after it in brackets (`夜行的貓(nightcat0912)`, `木柵阿德 ( 大師 1 級 )`:
 * a level holds a digit): the name the page shows, as the poster is known (zh-blogs b195, b199 of session 41's unseen
 * rounds).
 */
const ACCOUNT_AFTER_NAME =
  /^(\p{Script=Han}[^()（）]{0,19}?)\s*[(（]\s*(?:[A-Za-z][A-Za-z0-9_.-]{2,19}|[^()（）\d]{0,12}\d[^()（）]{0,12})\s*[)）]$/u

/** An author field's value without the pieces after a bar, and without the account or level after a screen name. */
function posterName (value: string): string {
  const name = /[|│┃｜丨]/u.test(value) ? value.replace(BAR_AFTER_NAME, '') : value
  return ACCOUNT_AFTER_NAME.exec(name)?.[1] ?? name
}

/**
 * The posting word right after a date a field's value holds (`2012-04-16 21:37 发表`, a doctor's column on a medical
 * portal: zh-blogs b565 of session 62's unseen round): the date's word, no name's.
 */
const POSTED_AFTER_DATE = /^\s*(?:发表|發表|发布|發布|發佈|发帖|發帖|posted)(?=\s|$)/iu
/** An update's word right before a date a field's value holds (`更新于`, `最後修改`, `编辑于`), after white space. */
const UPDATE_BEFORE_DATE = /(?:^|\s)(?:最后|最後)?(?:更新|修改|编辑|編輯)(?:于|於|时间|時間)?\s*$/u
/** `于`, `於`, `在` (at, on) right before a date a field's value holds: the date's word. */
const AT_BEFORE_DATE = /\s+(?:于|於|在)\s*$/u

/**
 * `来源:中国新闻网 2021-11-26 16:24 /`: a date inside another field's value, moved to the line's dates; an ignored
 * field's is another day (`截止日期：100/12/31`, `公告期間：101-03-21 ~ 101-04-06`), no publication's. A counter glued after
 * the date goes with it (`作者：周慕白、王璐2023-11-24 18:40阅读 3.2万`).
 */
function withoutDate (value: string, field: FieldName, options: DateOptions, dates: InfoLine['dates']): string {
  const found = findDate(value, options)
  if (found === null) return value
  const before = value.slice(0, found.index)
  // an update's word before the date makes it the update's (`作者：八闽视讯新闻中心　更新于 2024-05-08 09:05`, spans of a
  // broadcaster's info bar: zh-news n494 of session 62's unseen round), and goes with it
  const update = UPDATE_BEFORE_DATE.exec(before)
  if (field !== 'ignore') dates.push(lineDate(found, update === null ? 'published' : 'updated'))
  // the preposition that led to the date goes with it (`送交者: 苇岸听风 于 2003-7-19 23:41:08`), and the posting word
  // that follows it (`发表者：郑玥 3125人已读 2012-04-16 21:37 发表`)
  const rest = (update === null ? before.replace(AT_BEFORE_DATE, '') : before.slice(0, update.index)) + ' ' +
    value.slice(found.index + found.length).replace(POSTED_AFTER_DATE, '')
  return fieldText(rest.replace(WEEKDAY, ' ').replace(/\s{2,}/g, ' ').replace(SEP, '').trim(), field)
}

/** A table's label cell: a short label and its colon (`发布机构：`, `名　　称：`, `Source:`). */
const LABEL_CELL = /^[\p{Script=Han}A-Za-z\s]{1,16}[:：]$/u
/** Every known label as `labelKey` writes it (`名　　称` -> `名称`): a cell that is one alone is a label cell too. */
const LABEL_KEYS = new Set(FILE.labels.map(l => labelKey(l.label)))
/** A table is an info table when this share of its cells, at least, are labels: label, value, label, value... */
const INFO_TABLE_LABELS = 0.4

/**
 * Whether a table cell is a label: a short label and its colon (`发布机构：`, `Source:`), or a known label alone, as
 * tables of particulars without colons write them (`<th>發布日期</th><td>99年4月23日</td>`, `<td class="t">成文日期</td>`).
 */
export function isLabelCell (cell: string): boolean {
  const c = cell.trim()
  return LABEL_CELL.test(c) || (c.length <= LABEL_CELL_MAX && LABEL_KEYS.has(labelKey(c)))
}
/**
 * A Han label cell without the spaces that pad it to its column's width (`撰 稿 人`, `標　　題`: a Taiwan township
 * office's table of particulars, zh-gov g190 of session 46's unseen round), as the label list writes it; a label with
 * Latin words keeps its spaces (`Posted on`).
 */
const unpadded = (cell: string): string => /^[\p{Script=Han}\s]+[:：]?$/u.test(cell) ? cell.replace(/\s+/gu, '') : cell

/** Longest label cell without a colon looked up, in characters (with the spaces that pad it to a column's width). */
const LABEL_CELL_MAX = 24

/**
 * The cells of a table of labelled particulars (`索引号：|640422/…|发布机构：|西吉县人民政府办公室|生成日期：|2012-05-07`),
 * as government pages give a document's: each label cell and the value cell after it read as an info line. Empty
 * when the cells are no such table (fewer than two labels, or labels under `INFO_TABLE_LABELS` of the cells).
 */
export function parseInfoCells (raw: readonly string[], dates: DateOptions | string | null): InfoLine[] {
  const cells = raw.map(c => c.trim()).filter(c => c !== '')
  const isLabel = cells.map(isLabelCell)
  const labels = isLabel.filter(Boolean).length
  if (labels < 2 || labels < cells.length * INFO_TABLE_LABELS) return []
  const found: InfoLine[] = []
  for (let i = 0; i + 1 < cells.length; i++) {
    if (!isLabel[i] || isLabel[i + 1]) continue
    const colon = /[:：]$/u.test(cells[i]) ? '' : '：'
    const info = parseInfoLine(unpadded(cells[i]) + colon + cells[i + 1], dates)
    if (info !== null && info.fields.length > 0) found.push(info)
  }
  return found
}

export interface DatePrefix {
  iso: string
  ambiguous?: boolean
  /** The date its label names: the publication, or an update (`最后更新 14.12.2011`, `Updated 2024-03-05`). */
  field: 'published' | 'updated'
  /** A signing date's label (`成文日期`), as `LineDate.signed`. */
  signed?: true
  /** The prefix as found (`date 2023-04-09`). */
  text: string
  rest: string
}

/** `date 2023-04-09 Li Junhua, ...`: a labelled date glued to the start of other text. */
export function splitDatePrefix (line: string, dates: DateOptions | string | null): DatePrefix | null {
  const m = DATE_PREFIX.exec(line)
  if (m === null) return null
  const after = line.slice(m[0].length)
  const found = findDate(after, dateOptions(dates))
  if (found?.index !== 0) return null
  const cut = m[0].length + found.length
  const rest = line.slice(cut).replace(/^[\s|/丨｜,，;；\])】）]+/, '').trim()
  const ambiguous = found.ambiguous === true ? { ambiguous: true } : {}
  const entry = DATE_LABEL_ENTRY.get(labelKey(m[1]))
  const field = entry?.field === 'updated' ? 'updated' : 'published'
  const signed = entry?.signed === true ? { signed: true as const } : {}
  return { iso: found.iso, ...ambiguous, field, ...signed, text: line.slice(0, cut).trim(), rest }
}

// a role inside an author value, with the medium glued before it: `记者 X 通讯员 Y`, `(海峡导报记者 梁静 通讯员 李静)`
const MEDIUM_ROLE = /(?:^|(?<![\p{Script=Han}]))[\p{Script=Han}]{0,8}?(?:本报|新华社|中新社)?(?:特约|见习|实习|特約|見習|實習)?(?:记者|通讯员|記者|通訊員|实习生|實習生)\s*[:：/／]?\s*|\s*(?:本报|新华社|中新社)?(?:特约|见习|实习|特約|見習|實習)?(?:记者|通讯员|記者|通訊員|实习生|實習生)\s*[:：/／]?\s*/gu
// `A, B, and C`: the serial comma and its `and` are one separator (split at the comma alone, `and C` was a name)
const NAME_SPLIT = /\s*(?:,\s*(?:and|&)\s+|[,，、;；/／&＆]|\s+and\s+|\s+和\s*|\s+及\s*)\s*/i
const ROLE_WORDS = /^(?:(?:本报|新华社|中新社)?(?:特约|见习|实习|特約|見習|實習)?(?:记者|通讯员|摄影记者|記者|通訊員|实习生|實習生)|(?:Reporters?|Correspondents?|Intern)(?![a-z]))\s*[:：]?\s*/i

/**
 * A CMS staff code after a Chinese name (`王五_NE0011`, `李四_NBJS6225` at the foot of NetEase pages): the account's
 * code, not part of the name.
 */
const STAFF_CODE = /(?<=\p{Script=Han})[_＿][A-Z]{1,5}\d{2,6}$/u

/** One Chinese name spaced out character by character, as pages align two-character names with three (`蒋 凌`). */
const SPACED_HAN_NAME = /^\p{Script=Han}(?:[ \u3000]\p{Script=Han}){1,2}$/u
const unspaced = (part: string): string => SPACED_HAN_NAME.test(part) ? part.replace(/[ \u3000]/g, '') : part

/** `新华网张改萍 颜昕`: a medium glued before a name, with no role word to strip (`MEDIUM_ROLE` strips the others). */
const withoutGluedMedia = (part: string): string => HAN.test(part) ? part.split(/\s+/).map(nameAfterMedium).join(' ') : part

/** Longest run of one-character pieces read as one padded name (`邹　婷`; `欧 阳 修` spaced throughout). */
const MAX_PADDED_RUN = 3

/**
 * Han names separated by spaces, a run of one-character pieces joined into one name (`李志宏 邹 婷 谭春生` -> `李志宏`,
 * `邹婷`, `谭春生`): no Chinese name is one character, a paper pads a two-character name to the others' width.
 */
function paddedNames (part: string): string[] {
  const pieces = part.split(/\s+/)
  const out: string[] = []
  for (let i = 0; i < pieces.length;) {
    let j = i
    while (j < pieces.length && pieces[j].length === 1) j++
    if (j - i >= 2 && j - i <= MAX_PADDED_RUN) out.push(pieces.slice(i, j).join(''))
    else for (const piece of pieces.slice(i, j)) out.push(piece)
    if (j < pieces.length) out.push(pieces[j])
    i = j + 1
  }
  return out
}

/**
 * A Chinese unit's name, a space, and a person's or more (`城关供电所 覃晓峰`, `县融媒体中心　杨帆　陆晓雨`: zh-gov g89 of
 * session 36's unseen round).
 */
const UNIT_THEN_NAME = /^([\p{Script=Han}]{3,30})((?:\s+[\p{Script=Han}·]{2,4})+)$/u

/**
 * A Chinese name as a spaced byline prints it: up to five characters, or a transliterated name of parts joined by `·`
 * (Uyghur, Tibetan and foreign names: `古丽米拉·阿不都` in `记者 马俊峰 通讯员 古丽米拉·阿不都 艾力江`, a Xinjiang paper:
 * zh-news n383 of session 48's second unseen round).
 */
const SPACED_NAME = '(?:[\\p{Script=Han}·]{1,5}|\\p{Script=Han}{1,6}(?:·\\p{Script=Han}{1,6}){1,3})'
const SPACED_HAN_NAMES = new RegExp(`^${SPACED_NAME}(?:\\s+${SPACED_NAME})+$`, 'u')

/** The names of one part of a byline, Chinese names read as Chinese papers print them. */
function hanNames (part: string): string[] {
  const unit = UNIT_THEN_NAME.exec(part)
  // a unit, then its writer (`澧南县供电公司城关供电所 覃晓峰`, `二炼钢车间 周建华`): both, the unit for the source
  if (unit !== null && isChineseOrganization(unit[1])) return [unit[1], ...paddedNames(unit[2].trim())]
  // Chinese names side by side, separated by spaces: `王安 徐晓伟`, and a two-character name padded to the width of
  // three with a space inside (`李志宏 邹　婷`, as papers print bylines)
  if (SPACED_HAN_NAMES.test(part)) return paddedNames(part)
  // Chinese names written together: `谭飞王艳明闫鹃`
  return splitGluedHanNames(part) ?? [part]
}

/** Splits an author or editor string into names: `Wang An, Xu Xiaowei`, `A and B`, `王安、徐晓伟`, `王安 徐晓伟`. */
export function splitNames (value: string): string[] {
  // a bullet as a transliterated name's dot (`伊利亚•索科洛夫`) is read as `·` and given back as the page writes it
  if (HAN_BULLET.test(value) && !value.includes('·')) {
    return splitNames(value.replace(HAN_BULLETS, '·')).map(n => n.replace(/·/g, '•'))
  }
  const out: string[] = []
  // `A and B | 03/05/2024`, `A • March 5`: what follows a spaced bar or bullet is not a name
  let v = value.replace(/^(?:(?:read\s+)?more\s+(?:about|from|by)|(?:written|authored|posted|reviewed)\s+by:?|by)\s+/i, '').replace(/\s+[|•⋅»]\s*.*$/u, '')
  // `Cort Honey, Home & Digital-Security Expert`, `A RN, BSN, Certified ...`: from the first comma-separated part
  // that is a job title or a credential on, the rest describes the person
  if (!HAN.test(v)) {
    const parts = v.split(/\s*,\s*/)
    const cut = parts.findIndex((p, i) => i > 0 && (CREDENTIAL.test(p) || isCredentials(p) || p.split(/[\s-]+/).some(w => ROLES.has(w.toLowerCase().replace(/[^\p{L}-]/gu, '')))))
    // `Dylan Bailey, MS, RD, FAND`, `Matthew Frankel, CFP`: one person whose name is signed with post-nominal
    // letters only; the letters are part of how the byline names them and stay with the name, as one author
    // `Vanessa Mendez, MD, gastroenterologist, Parkview Health`: the letters stay, the description after them goes
    // (not when the letters run into the name, `Cara Dumaplin RN, BSN, Certified ...`: a bio line, the name alone)
    const run = parts.slice(1).findIndex(p => !isCredentials(p)) + 1 || parts.length
    const clean = !CREDENTIAL_TOKEN.test(parts[0].split(/\s+/).pop() ?? '')
    if (cut === 1 && run > 1 && (run === parts.length || clean) && !NAME_SPLIT.test(parts[0])) {
      const name = parts[0].replace(ROLE_WORDS, '').trim()
      if (/^\p{L}/u.test(name) && name.split(/\s+/).length <= 6) return [`${name}, ${parts.slice(1, run).map(p => p.replace(/\s+\.$/, '')).join(', ')}`]
    }
    if (cut > 0) v = parts.slice(0, cut).join(', ')
  }
  // `周凯 发自武汉`: where a reporter files from (a sports or foreign correspondent's byline) is no name; the label of
  // an author element read whole (`<span id="author_baidu">作者：<strong>王小梅 张睿</strong>`: zh-news n206)
  v = withoutReportPlaces(v.replace(SENT_FROM, ' ').replace(AUTHOR_LABEL, '').replace(REPRINT_NOTICE, '').trim())
  // the same name written twice or three times (a name in a link, an image alt and a caption)
  const rep = /^(.{3,60}?)(?:\s+\1)+$/u.exec(v)
  if (rep !== null) v = rep[1]
  v = withoutNameAsides(v.replace(PLATFORM_TAG, ' ').trim().replace(LEVEL_TAG, '').replace(FIELDS_TAIL, '')
    .replace(PROFILE_TAIL, ''))
  for (let part of v.split(NAME_SPLIT)) {
    // the media and roles first, wherever they stand: with the leading role stripped first, `记者柳德新通讯员彭娟`
    // left `柳德新通讯员`, which reads as a medium and its role (`华西都市报记者`), and the first name was lost
    part = part.replace(MEDIUM_ROLE, ' ').trim().replace(ROLE_WORDS, '').replace(SEP, '').trim()
    if (part === '' || !/\p{L}/u.test(part)) continue
    part = withoutGluedMedia(unspaced(withoutPost(part))).replace(STAFF_CODE, '')
    for (const name of hanNames(part)) out.push(name)
  }
  // A label on its own (`Author`, `By`, `admin`) names nobody; ` - Editorial Team`, ` ⋅ Review Editor` after a name
  // is a role, and so is a job title run on after the name (`Rachel MacDonald Writer`).
  return out
    // `Justin C. Meserole, Trial Attorney at X`, `A RN, BSN`: a title or credential after a name is no second author
    .filter((n, i) => i === 0 || (!CREDENTIAL.test(n) && !n.split(/\s+/).some(w => ROLES.has(w.toLowerCase()))) || HAN.test(n))
    // post-nominal letters (`Jane Doe MD`, `John Roe RN CFP`) go; a name written in capitals (`JANE DOE`) keeps its
    // own capitals: the letters are only letters after a name that has lower case
    .map(n => HAN.test(n) ? n : withoutPostNominals(n))
    .map(n => n.replace(/(?:Updated|Published)$|\s+(?:at|on|in)$/, '').trim())
    .map(n => withoutRole(n.replace(AFTER_BULLET, '').replace(/^(?:(?:recipe|text|guide|story|words|insights|photos?)\s+(?:by|from)|by)\s+/i, '')))
    .filter((n): n is string => n !== null && n.length <= 60 && !/^(?:authors?|by|admin|administrator|posted by|written by|staff|on|at|作者|编辑)$/i.test(n))
}

/**
 * A reprint notice run on after the writer's name (`作者：堃仔，转载请注明出处：http://…`, a portal's personal space:
 * zh-blogs b529 of session 61's unseen round; `轉載請註明`): the blog's terms, no name, to the end of the value.
 */
const REPRINT_NOTICE = /\s*[，,;；]?\s*(?:转载|轉載)(?:请|請|須|须|需|时|時)?(?:注明|註明|保留|標明|标明).*$/u

/**
 * What follows a spaced dash or bar, or a bullet, in a name's part: a date or a role (`A • March 5`), no name. A bullet
 * between two Han characters is a transliterated name's dot (`伊利亚•索科洛夫`, a Moscow agency's Chinese service: zh-news
 * n514 of session 63's second unseen round), as `·` is.
 */
const AFTER_BULLET = /\s*(?:\s[-–—|]\s|[⋅|]|(?<!\p{Script=Han})•|•(?!\p{Script=Han})).*$/u
const HAN_BULLET = /(?<=\p{Script=Han})•(?=\p{Script=Han})/u
const HAN_BULLETS = new RegExp(HAN_BULLET.source, 'gu')

/**
 * The places a report was filed from, parted by `、` and closing a byline with the report's kind, after a name and a
 * space, the reporter's role before it or not (`作者：首席记者 温立鹏 记者 俞小禾 上海、杭州报道`, a financial daily: zh-news n335 of session
 * 44's unseen round; one place, a foreign city's name of up to six characters, `（本报记者 黄志坚 实习记者 梁思琪 约翰内斯堡报道）` closing a
 * Johannesburg weekly's post: zh-news n445 of session 58's unseen round), or after a slash (`記者X、Y／新營、鹽水報導`): group 1
 * is the byline before them, group 2 what parts them. Cut only when some of them is no common personal name (`记者 张三
 * 李四、王五报道` would name three reporters).
 */
const REPORTED_FROM = new RegExp(`((?:${ZH_REPORTER_TITLE}\\s*)?[\\p{Script=Han}·]{2,4})(\\s*[/／╱∕]\\s*|\\s+)` +
  '([\\p{Script=Han}]{2,6}(?:、[\\p{Script=Han}]{2,6})*)\\s*(?:联合|聯合)?(?:报道|報導|報道)$', 'u')

/**
 * The byline without the places it was filed from (`REPORTED_FROM`), or as it is. After a slash the places are places
 * whatever they read like (`記者黃品嫻、林佳玥／新營、鹽水報導`, a Tainan daily's two reporters from two towns: zh-news n506
 * of session 63's unseen round): a Taiwan byline's slash parts the names from where they reported.
 */
function withoutReportPlaces (v: string): string {
  const m = REPORTED_FROM.exec(v)
  if (m === null || (m[2].trim() === '' && m[3].split('、').every(isCommonHanName))) return v
  return v.slice(0, m.index) + m[1]
}

/**
 * A post in the organisation before a writer's name, a space between (`文∕社工員 林佩君`, a Taiwan foundation's social
 * worker: zh-org o112 of session 44's second wave; `研究员 张三`): a word of up to four characters ending in 员.
 */
const POST_BEFORE_NAME = /^[\p{Script=Han}]{1,3}[员員]\s+(?=[\p{Script=Han}·]{2,4}$)/u

/**
 * A writer's unit and post in brackets after the name, with a list mark inside (`周明远（中共楚原市委党校公共管理教研部主任、
 * 教授）`, a party paper's theory page: zh-news n381 of session 48's unseen round), whose `、` would otherwise part the
 * names inside the brackets; or with a professional title between the name and the brackets (`林振宇 技師（本會大地工程
 * 委員會委員）`, a Taiwan engineers' guild: zh-org o152 of session 48's second unseen round).
 */
const NAME_ASIDE = new RegExp(`([\\p{Script=Han}·]{2,4})(\\s*(?:${TITLE_WORDS}))?\\s*[（(]([^（）()]{4,60})[）)]`, 'gu')
const LIST_MARK = /[、，,]/u

/**
 * A member's level after the screen name (`楼主:<a>水哥在深圳</a>[Lv6]`, a WAP board: zh-blogs b475 of session 58's unseen
 * round; `Lv.11` beside a game community's poster): the platform's badge, no part of the name (the digits beside Han
 * would read as a forum score).
 */
const LEVEL_TAG = /\s*[[(（【]?\s*lv\.?\s*\d{1,3}\s*[\])）】]?$/iu

/**
 * A link to the writer's account on a social or blog platform after the name, in brackets (`作者：<a>周赟</a> <a
 * class="wb">[微博]</a>`, the Sina columns' and portals' convention: zh-blogs b505 of session 60's unseen round;
 * `[博客]`, `【微博】`): a link's label, no part of the name. Source: the platforms' Chinese names (微博 Weibo, 博客 blog,
 * 專欄/专栏 column, 主页/主頁 home page) and the English ones that Hong Kong and Taiwan pages link.
 */
const PLATFORM_TAG = /\s*[[【(（]\s*(?:微博|微博客|博客|部落格|专栏|專欄|主页|主頁|Weibo|Blog|Twitter|Facebook)\s*[\]】)）]/giu

/**
 * A bracket of labelled fields closing a name (`作者：<a>黔山老三线</a>（发帖：312 积分：1560 等级：…）`, a hosted board's
 * post header: zh-blogs b490 of session 59's unseen round; `（帖子：88 注册：2005-3-1）`): the member's record, two
 * fields or more, no part of the name.
 */
const FIELDS_TAIL = /\s*[(（][^()（）]*[:：][^()（）]*[:：][^()（）]*[)）]$/u
/**
 * A bracket of a member's age, sex and place closing a screen name (`mingkee_yyz (38/男/香港沙田)`, a Hong Kong portal's
 * message board: zh-blogs b485 of session 59's unseen round; `（女，廣州）`): the member's profile, one of its parts a sex
 * alone; it and what follows it (the member's action links, `傳送私人訊息`) are no part of the name.
 */
const PROFILE_TAIL = /\s*[(（](?:[^()（）]*[/／,，、\s])?[男女](?=[/／,，、\s)）])[^()（）]*[)）].*$/u

/** The value without the asides after common personal names that hold a list mark or follow a title (`NAME_ASIDE`). */
function withoutNameAsides (value: string): string {
  if (!value.includes('（') && !value.includes('(')) return value
  return value.replace(NAME_ASIDE, (whole: string, name: string, title: string | undefined, inside: string) =>
    ((LIST_MARK.test(inside) || title !== undefined) && isCommonHanName(name)) || isOutletAside(inside) ? name : whole)
}

/**
 * The writers' station or paper in brackets after the last of their names (`记者：乌日娜　萨如拉　其木格（锡林郭勒台）`, a
 * provincial TV site's closing credit, Mongolian names without a Han surname: zh-news n482 of session 61's second
 * unseen round; `（华西都市报）`): an outlet's name, no part of the names, whatever the names are.
 */
const isOutletAside = (inside: string): boolean => isChineseOrganization(inside) || endsLikeOrg(inside)

/** The name without the post before it (`POST_BEFORE_NAME`) when a common personal name follows; else as it is. */
function withoutPost (part: string): string {
  const m = POST_BEFORE_NAME.exec(part)
  return m !== null && isCommonHanName(part.slice(m[0].length)) ? part.slice(m[0].length) : part
}

/** An author's label opening a value (`作者：`, `作　者：`). */
const AUTHOR_LABEL = /^(?:作\s*者)\s*[:：]\s*/u
/** `发自武汉`, `發自多哈`: the place a reporter files from, after the name (`作者：周凯 发自武汉`, zh-news n170). */
const SENT_FROM = /(?:^|\s)(?:发自|發自)\s*[\p{Script=Han}·]{2,12}(?=\s|$)/gu

const POST_NOMINALS = /(?:\s+(?:[A-Z]{2,5}|Ph\.?D\.?|M\.?D\.?))+$/
function withoutPostNominals (name: string): string {
  const m = POST_NOMINALS.exec(name)
  return m !== null && /\p{Ll}/u.test(name.slice(0, m.index)) ? name.slice(0, m.index) : name
}

interface RolesFile { roles: Array<{ word: string }>, surnames: Array<{ word: string }> }
const ROLES_FILE = loadData<RolesFile>('metadata-roles.json')
const ROLES = new Set(ROLES_FILE.roles.map(r => r.word))
const roleKey = (w: string): string => w.toLowerCase().replace(/[^\p{L}-]/gu, '')

/** A job title's word, or its plural (`Reporters`, `Staff Writers`: a byline of two or more shares one title). */
function isRoleWord (word: string): boolean {
  const key = roleKey(word)
  return ROLES.has(key) || (key.endsWith('s') && ROLES.has(key.slice(0, -1)))
}

/** Whether a line holds a job title of data/metadata-roles.json (`Senior Reporter`, `Research Lead`, `Reporters`). */
export function hasRoleWord (text: string): boolean {
  return text.split(/\s+/).some(isRoleWord)
}
const CREDENTIAL = /^(?:[A-Z]{2,5}|Ph\.?D\.?|M\.?D\.?|Dr\.?)$/
// One post-nominal: `MS`, `CFP`, `CEPF®`, `Ph.D.`, `M.D.`, `E-RYT 200`, `PharmD`, `MSc`.
const CREDENTIAL_TOKEN = /^(?:[A-Z]{2,6}|[A-Z](?:\.[A-Z])+\.?|Ph\.?D\.?|M\.?D\.?|Pharm\.?D\.?|[A-Z]{1,3}(?:Sc|Ed|PH|Phil)|(?:[A-Z]{1,4}-)+[A-Z]{2,6}(?:\s\d{2,4})?)[®™]?$/
/** A comma-separated part made only of post-nominal letters (`MS`, `M.D. FACLM`, `DVM .`). */
export function isCredentials (part: string): boolean {
  // `AP`, `AFP` after a name is the agency the story comes from
  if (isAgency(part)) return false
  const words = part.replace(/\s+\.$/, '').replace(/(-[A-Z]{2,6})\s(\d{2,4})\b/g, '$1_$2').split(/\s+/)
  return words.length > 0 && words.length <= 4 && words.every(w => CREDENTIAL_TOKEN.test(w.replace('_', ' ')))
}
/** Job titles that are also surnames (`Head`, `Gardener`): data/metadata-roles.json. */
const SURNAME_ROLES = new Set(ROLES_FILE.surnames.map(s => s.word))
const MARKERS = loadData<{ nameParticles: Array<{ word: string }>, orgWords: Array<{ word: string }> }>(
  'author-markers.json')
const PARTICLES = MARKERS.nameParticles
/** A word of an organisation's name (`News`, `Clinic`, `Team`): data/author-markers.json `orgWords`. */
const ORG_WORD = new RegExp(`\\b(?:${MARKERS.orgWords.map(w => escapeRegExp(w.word)).join('|')})\\b`, 'i')

/** Whether a name holds a word of an organisation's (`Local News`, `Mayo Clinic`, `Editorial Team`): no person's. */
export function hasOrgWord (name: string): boolean {
  return ORG_WORD.test(name)
}
// Words that continue a name: initials (`C.`), particles (`van der Merwe`, `de la Cruz`; data/author-markers.json).
const NAME_PARTICLE = new RegExp(`^(?:\\p{Lu}\\.|${PARTICLES.map(p => escapeRegExp(p.word)).join('|')})$`, 'u')

/** `Will Judd Former Deputy Tech Editor` -> `Will Judd`; `Senior Analyst` alone -> null; Chinese names untouched. */
function withoutRole (name: string): string | null {
  const words = name.split(/\s+/)
  const at = words.findIndex(w => ROLES.has(roleKey(w)))
  if (at < 0) return name
  // a title alone (`Senior Analyst`, `Co-Founder`); words that are also surnames (`Head`, `Gardener`) only count
  // when they come after a two-word name
  if (at < 2) return at === words.length - 1 && !SURNAME_ROLES.has(words[at].toLowerCase()) ? null : name
  let end = 2
  while (end < at && NAME_PARTICLE.test(words[end - 1])) end++
  while (end < at && NAME_PARTICLE.test(words[end]) && end + 1 < at) end += 2
  return words.slice(0, end).join(' ')
}

/** An `Author:` value that is a news agency or paper (`Xinhua News Agency`, `新华社`), not a person. */
export function isAgency (name: string, extra: ReadonlyArray<string | null> = []): boolean {
  const n = name.trim().toLowerCase()
  return AGENCIES_LOWER.has(n) || extra.some(a => a !== null && a.toLowerCase() === n)
}

interface OrgEndingsFile { orgEndings: Array<{ text: string }> }
/** The endings of a medium's name in Chinese (`网`, `日报`, `社`, `电视台`...: data/author-validation.json). */
const MEDIUM_ENDINGS = loadData<OrgEndingsFile>('author-validation.json').orgEndings.map(o => o.text)
  .filter(t => HAN.test(t))
/**
 * A medium's name: a Chinese agency of data/metadata-labels.json, or one to ten Han characters before a medium
 * ending (`凤凰网`, `新京报`, `羊城晚报`, `中央电视台`). Nothing else: a place or a phrase after a date is no source.
 */
const HAN_AGENCIES = FILE.agencies.filter(a => a.lang === 'zh').map(a => escapeRegExp(a.name))
const MEDIUM = new RegExp(`^(?:${HAN_AGENCIES.join('|')}|` +
  `\\p{Script=Han}{1,10}(?:${MEDIUM_ENDINGS.map(escapeRegExp).join('|')}))$`, 'u')

/**
 * A date with the medium named beside it and no label (`2012年01月17日 09:30　新华社`, `2012年01月12日15:57凤凰网`,
 * `新京报 2012-01-17`): the info line of many Chinese news templates, which print the source where others print
 * `来源：`. `found` is the line's first date. Null unless one side of it is empty and the other is a medium's name.
 */
/** A bracket left at the date's side once the date is taken out (`民視 (2012-01-17 14:55)`). */
const BRACKET_SIDE = /^\s*[)）\]】]|[(（[【]\s*$/u

function dateWithMedium (line: string, found: FoundDate): InfoLine | null {
  const medium = mediumBeside(line, found)
  if (medium === null) return null
  return { fields: [{ field: 'source', label: '', value: medium }], dates: [lineDate(found, 'published')] }
}

/** The medium's name on one side of the date at `at` when the other side is empty, or null. */
function mediumBeside (line: string, at: { index: number, length: number }): string | null {
  // `民視 (2012-01-17 14:55)`: the date in brackets after the medium
  const side = (s: string): string => s.replace(WEEKDAY, ' ').replace(SEP, '').replace(BRACKET_SIDE, '').trim()
  const before = side(line.slice(0, at.index))
  const after = side(line.slice(at.index + at.length))
  const medium = before === '' ? after : after === '' ? before : ''
  return medium === '' || !MEDIUM.test(medium) ? null : medium
}

/** What a CMS prints in a field it has no value for (data/unfilled-fields.json): `null`, `undefined`, `N/A`. */
const EMPTY_VALUES = new Set(
  loadData<{ values: Array<{ text: string }> }>('unfilled-fields.json').values.map(v => v.text.toLowerCase())
)
// a template's field printed as is: `{dede:field.writer/}` (or its start, cut at the slash), `${article.author}`,
// `{$author}`, `{{ author }}`, `[!--befrom--]`, `<%=author%>`. Only a template's own marks: a title may hold `$3` or
// `50%`, or braces around a word (`Using {this}`)
const TEMPLATE = /\{\{|\}\}|\$\{|\{\$\w|\{\w+(?:[:.]\w+)+|!--|--\]|<%|%>/
/**
 * A Velocity reference printed as is, the whole value (`$info.author`, `$!news.source`: a city portal's `detail.vm`
 * left its author slot unfilled, zh-gov g327 of session 62's second unseen round); a dot in it, so no sum (`$3`) is
 * one.
 */
const VELOCITY = /^\$!?\{?[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\}?$/

/** Whether a field's value (a title, an author, a source) is one a CMS printed unfilled: a template's field, `null`. */
export function unfilledField (value: string): boolean {
  const v = value.trim()
  return TEMPLATE.test(v) || VELOCITY.test(v) || EMPTY_VALUES.has(v.toLowerCase())
}

/** Longest rest of an unlabelled info line beside its date: a source name and a few reporters. */
const BARE_INFO_REST = 40
/** Longest unlabelled info line: its rest and a date with its weekday, time and zone. */
const BARE_INFO_LINE = 80
// What follows the date on an unlabelled Chinese info line: an optional source, then `记者 X Y` (or `通讯员 X`).
const BARE_INFO = /^(?:([\p{Script=Han}A-Za-z0-9·]{2,20})\s+)?(?:(?:本报|特约|见习)?(?:记者|通讯员)\s*((?:[\p{Script=Han}·]{2,4})(?:[\s、]+[\p{Script=Han}·]{2,4}){0,3}))?$/u
/**
 * A Taiwan reporter's byline after the date (`2010/09/21 17:35　記者張雅琪∕台南報導`, a radio network's line under its
 * headline: zh-news n128 of session 37's unseen round): the role, the name, a slash (`∕` is Big5's full-width slash
 * as decoders read it), the place and the report.
 */
const REPORT_BYLINE = /^(?:記者|记者)\s*([\p{Script=Han}·]{2,4})\s*[/／∕╱]\s*[\p{Script=Han}]{0,6}(?:報導|报道|報道)$/u
/** A font-size switcher's label at a line's end, its sizes links of their own (`…台南報導　字級：` before 大 中 小). */
const FONT_SIZE_TAIL = /\s*[【[]?\s*(?:字级|字級|字号|字號|字体|字體)\s*[:：]\s*$/u
/** A medium, then one to three names with no role word (`宁夏日报 马小红`, `新华社 张三 李四`). */
const MEDIUM_AND_NAMES = /^([\p{Script=Han}·]{2,20})\s+(\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4}){0,2})$/u

/**
 * `宁夏日报 马小红` after the date: the medium, then the reporters without their role word. Only after a medium's
 * name (`…日报`, `…网`, an agency: `MEDIUM`), and the names only when each has a common surname and is no word
 * (`人民网 高清`: HD; `新华社 北京`: a place): the date and the medium are read without them.
 */
function mediumAndNames (rest: string): { source: string, names?: string } | null {
  const m = MEDIUM_AND_NAMES.exec(rest)
  if (m === null || !MEDIUM.test(m[1])) return null
  const names = m[2].split(/[\s、]+/)
  return reporterNames(names) ? { source: m[1], names: names.join(' ') } : { source: m[1] }
}

/**
 * Whether unlabelled names beside a medium are reporters': each a common surname and a given name, and no word (an
 * empty answer is better than a wrong one: `韩文`, Korean, starts with the surname 韩).
 */
function reporterNames (names: readonly string[]): boolean {
  return names.every(n => isCommonHanName(n) && !isWord(n))
}

/** One to three names, then a medium's name (`马小红 宁夏日报`): the reporters before their medium. */
const NAMES_AND_MEDIUM = /^(\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4}){0,2})\s+([\p{Script=Han}·]{2,20})$/u

/**
 * `马小红 宁夏日报`, `宁夏日报 马小红`: a line of reporters and their medium and nothing else, with no date and no role
 * word, as a WeChat account's article prints under its headline (the writer, then the account). Only with a
 * medium's name (`MEDIUM`) and names that each have a common surname and are no word; null for any other line.
 */
export function readUndatedCredit (text: string): { source: string, names: string } | null {
  const t = text.trim()
  if (t.length > BARE_INFO_REST) return null
  const first = NAMES_AND_MEDIUM.exec(t)
  if (first !== null && MEDIUM.test(first[2])) {
    const names = first[1].split(/[\s、]+/)
    return reporterNames(names) && !names.some(n => MEDIUM.test(n))
      ? { source: first[2], names: names.join(' ') }
      : null
  }
  const last = mediumAndNames(t)
  return last?.names === undefined ? null : { source: last.source, names: last.names }
}

/** An unlabelled info line as Chinese templates print it under the headline: its date, source and reporters. */
export interface BareInfo { date: FoundDate, source?: string, names?: string }

/**
 * `2012-01-17 09:30 新华社`, `2024年10月15日 某某日报 记者 张三 李四`, `2024-10-15 09:32 宁夏日报 马小红`: a line that
 * opens with a date and goes on with a source, reporters after their role word, or both, and nothing else; or the
 * same before a date that ends the line (`中時新聞網 王曉明 2024年10月15日 週二 下午3:20`). Null for any other line.
 * Read by the metadata stage among the first blocks and by the HTML front end beside the headline (where the line
 * stands outside the article's container).
 */
export function readBareInfo (given: string, dates: DateOptions | string | null): BareInfo | null {
  // the line holds a figure and is short: most lines are not searched for a date
  if (given.length > BARE_INFO_LINE || !/\d/.test(given)) return null
  const text = given.replace(FONT_SIZE_TAIL, '')
  const date = findDate(text, dateOptions(dates))
  if (date === null) return null
  const after = text.slice(date.index + date.length).replace(WEEKDAY, ' ').trim()
  // the date first (`2024-10-15 09:32 宁夏日报 马小红`) or last (`中時新聞網 王曉明 2024年10月15日 週二 下午3:20`)
  const rest = date.index === 0 ? after : after === '' ? text.slice(0, date.index).trim() : ''
  if (rest === '' || rest.length > BARE_INFO_REST || /[，。；！？,.;!?：:]/u.test(rest)) return null
  const m = BARE_INFO.exec(rest)
  const report = REPORT_BYLINE.exec(rest)
  const read: { source?: string, names?: string } | null = m !== null && (m[1] ?? m[2]) !== undefined
    ? { source: m[1], names: m[2] }
    : report !== null ? { names: report[1] }
    : MEDIUM.test(rest) ? { source: rest } : mediumAndNames(rest)
  if (read === null || (read.source ?? read.names) === undefined) return null
  const out: BareInfo = { date }
  if (read.source !== undefined) out.source = read.source
  if (read.names !== undefined) out.names = read.names
  return out
}
