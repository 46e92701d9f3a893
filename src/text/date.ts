/**
 * Dates as news pages write them -> ISO 8601. A date alone gives `YYYY-MM-DD`; a date with a time gives
 * `YYYY-MM-DDTHH:MM:SS` plus the offset the page states, else the default offset the caller passes (`+08:00` for a
 * Chinese source). A time with no known offset is dropped rather than given a made-up zone.
 */
import { ENGLISH_MONTH_NAMES, MONTH_NUMBER, spacedLiteral } from './index.js'
import { loadData } from '../data.js'
import { hostName } from './url-host.js'

/** The month name captured (any case: the patterns using it have the `i` flag), then an optional period. */
const MONTH = `(${ENGLISH_MONTH_NAMES})\\.?`
const ORD = '(?:st|nd|rd|th)?'

const ISO = /(?<![\d])(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?(?![\d])/i
// `2012年元月12日`: 元月 is the first month
const NUMERIC = /(?<![\d.])(\d{4})\s*(?:([-./])\s*(\d{1,2})\s*\2|年\s*(\d{1,2}|元)\s*月)\s*(\d{1,2})(?:\s*日|(?![\d]))/
const MDY = new RegExp(`(?<![\\p{L}])${MONTH}\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})(?![\\d])`, 'iu')
// the year's two digits after an apostrophe (`Mar 14, '09 10:41 PM`, Multiply's post stamps: zh-blogs b638 of session
// 65's unseen round)
const MDY_APOSTROPHE_YEAR = new RegExp(`(?<![\\p{L}])${MONTH}\\s+(\\d{1,2})${ORD},?\\s+['’‘](\\d{2})(?![\\d])`, 'iu')
// `09/25/2025` (US order), `25/09/2025`, `25.09.2025`, `25-09-2025`: the day is the number above 12; when both
// could be a month, a slash means month first (US pages), a dot or a dash day first (European and Indian pages).
export const NUM_YEAR_LAST = /(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d./-])/
// `05/24/07 09:41 PM`: a year of two digits, as US software of the 2000s prints its short date (UBB.threads, Windows'
// and ASP's short date format `M/d/yy`), read only before a 12-hour time: a bare `3/4/05` is as likely a fraction,
// a score or a registration day (`註冊: 03/15/04` in a poster's cell). Order as `NUM_YEAR_LAST` with a slash.
const SHORT_YEAR_DATE = String.raw`(?<![\d./-])(\d{1,2})\/(\d{1,2})\/(\d{2})`
const TWELVE_HOUR_TIME = String.raw`,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*[ap]\.?m\.?(?![a-z])`
const NUM_SHORT_YEAR = new RegExp(`${SHORT_YEAR_DATE}(?=${TWELVE_HOUR_TIME})`, 'i')
// `14-3-16 下午9:05`: Java's short date in zh_CN (`yy-M-d ah:mm`, Liferay's message boards and other Java portals:
// zh-blogs b657 of session 65's second unseen round), the year's two digits first, read only before its time of day
const JAVA_ZH_SHORT = /(?<![\d./-])(\d{2})-(\d{1,2})-(\d{1,2})(?=\s*[上下]午\s*\d{1,2}:\d{2})/u
/**
 * A US software's date stamp, the year last in two digits or four, and its 12-hour time (`05/24/07 09:41 PM`, `Posted
 * by host on 4/8/2008 3:15 PM`), no group: for a reader that takes the whole stamp (src/parse/html/headline-date.ts).
 */
export const US_STAMP = String.raw`(?<![\d./-])\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})${TWELVE_HOUR_TIME}`
/**
 * A date stamp with the year last in four digits and a 24-hour time (`06/10/2009 23:47`, eZ Publish's en-GB byline on
 * an Oslo Chinese weekly: zh-news n507 of session 63's unseen round; PHP-Fusion's `06-11-2007 21:37`), no group: for a
 * reader that takes the whole stamp (src/parse/html/headline-date.ts); `findDate` reads it by the page's order.
 */
export const YEAR_LAST_STAMP = String.raw`(?<![\d./-])\d{1,2}(?:-\d{1,2}-|\/\d{1,2}\/|\.\d{1,2}\.)\d{4}` +
  // (not a 12-hour time: `05-24-2003 09:41 PM` is read as before, its `PM` kept)
  String.raw`\s+\d{1,2}:\d{2}(?::\d{2})?(?![\d:]|\s*[apAP]\.?[mM]\.?(?![a-zA-Z]))`
// `09/11/24(二)23:52`, `09/11/24(火)23:52:11`: the Futaba image boards' stamp (2chan, Komica's Pixmicat!), a two-digit
// year first, the weekday in brackets between the date and the time (zh-blogs b522 of session 60's second unseen round)
const BOARD_WEEKDAY = String.raw`\s*[(（](?:[日一二三四五六天月火水木金土]|Sun|Mon|Tue|Wed|Thu|Fri|Sat)[)）]\s*`
const IMAGEBOARD_DATE = new RegExp(String.raw`(?<![\d/])(\d{2})\/(\d{2})\/(\d{2})${BOARD_WEEKDAY}(?=\d{1,2}:\d{2})`)
/** The same stamp whole, its time too, no group: for a reader that takes the whole stamp (headline-date.ts). */
export const IMAGEBOARD_STAMP = String.raw`(?<![\d/])\d{2}\/\d{2}\/\d{2}${BOARD_WEEKDAY}\d{1,2}:\d{2}(?::\d{2})?`
/** A two-digit year up to next year's is this century's (`07` -> 2007), a later one the last's (`98` -> 1998). */
function centuryOf (yy: number, now: Date = new Date()): number {
  return yy <= (now.getUTCFullYear() + 1) % 100 ? 2000 + yy : 1900 + yy
}
// The Republic of China (Minguo) calendar of Taiwan pages: `民國113年5月8日`, and `113-05-08` / `113/05/08` with a
// three-digit year from 100 (2011) on, which no Gregorian date writes.
// `101年1月12日` (Taiwan pages write the Minguo year without 民國): a three-digit year is no Gregorian year of a news page;
// nor is one padded with a zero, as Taiwan's government systems print the years before 100 beside the later ones
// (`099-10-14`, the `發布日期` of a township office's table of particulars: zh-gov g190 of session 46's unseen round)
const ROC = /(?:民國|民国)\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(?<![\d./-])(1[0-4]\d|0[1-9]\d)([-./])(\d{1,2})\5(\d{1,2})(?![\d./-])|(?<![\d])(1[0-4]\d|0[1-9]\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/
const ROC_OFFSET = 1911
// `99年4月23日`, `99-04-23`: a Minguo year of two digits, read on a page of Taiwan only (`DateOptions.minguo`); the
// numeric form with a month and a day of two digits each (`MIN_DATE_LENGTH`)
const ROC_SHORT = /(?<![\d./-])(\d{2})(?:\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([-./])(\d{2})\4(\d{2})(?![\d./-]))/
// `二〇〇五年五月七日`, `二零一二年十二月三十一日`: a date written in Chinese numerals (formal documents, dates in
// headlines), digit by digit for the year, in tens for month and day
const ZH_NUMERAL_DATE = /([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/u
// `14 三月 2006`, `星期二, 14 三月 2006 10:28`: the day, a Chinese month's name and the year, as Joomla and Mambo write
// `%d %B %Y` in their Chinese language packs (zh-org o144 of session 47's second wave, a Hong Kong association's page)
/**
 * A Unix time as pages give one, in seconds or milliseconds (`var ct = "1620393780"`, `data-timestamp="1525699437"`):
 * the script readers, the attribute readers and the metadata stage read it alike.
 */
export const UNIX_TIME = /^\d{10}(?:\d{3})?$/

// `7. 五月 2009`, `7. 五月 2008 23:41`: the day with a dot, as My Opera and BlogEngine.NET print `d. MMMM yyyy` with the
// Chinese month names (zh-blogs b495 of session 59's second unseen round, b504 of session 60's)
export const ZH_MONTH_NAME_DATE = /(?<![\d.])(\d{1,2})\.?\s+([一二三四五六七八九十]{1,3})月\s+(\d{4})(?!\d)/u
// `三月 14, 2006`, `於: 三月 05, 2003, 09:23:11 下午`, `星期日 四月 16, 2006 10:41 pm`: a Chinese month's name, the day
// and the year in the English order, as the Chinese language packs of PHP-Nuke, YaBB SE and phpBB 2 write `%B %d, %Y`
// (session 50's unseen wave: zh-org o167, zh-blogs b380; zh-blogs b179 of session 39); the day may carry its English
// ordinal (`五月 10th, 2009`): WordPress's default `F jS, Y` under its zh_CN translation, which names the month and
// leaves `S` English (zh-blogs b613 of session 64's unseen wave)
export const ZH_MONTH_NAME_MDY = /(?<![〇○零一二三四五六七八九十年])([一二三四五六七八九十]{1,2})月\s*(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/u
const ZH_DIGIT: Record<string, number> = { 〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** `二〇〇五` -> 2005 (digit by digit); `十二` -> 12, `三十一` -> 31, `十` -> 10 (tens). */
export function zhNumber (text: string, digitByDigit = false): number {
  if (digitByDigit) return [...text].reduce((n, c) => n * 10 + (ZH_DIGIT[c] ?? 0), 0)
  const at = text.indexOf('十')
  if (at < 0) return ZH_DIGIT[text] ?? 0
  const tens = at === 0 ? 1 : (ZH_DIGIT[text[at - 1]] ?? 0)
  const ones = at === text.length - 1 ? 0 : (ZH_DIGIT[text[at + 1]] ?? 0)
  return tens * 10 + ones
}
// C's `ctime`, the date line of BBS posts and mail headers: `Tue May  7 21:23:57 2013` (PTT), `Fri May  7 21:23:57
// 2010` (newsmth's 发信站 line): the weekday, the month, the day, the time, then the year; Unix `date` puts the zone's
// abbreviation before the year (`Tue Mar 16 10:42:11 HKT 2004`, Mailman's pipermail archives: zh-org o300 of session
// 65's unseen round)
const WEEKDAY_EN = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)'
const CTIME = new RegExp(`(?<![\\p{L}])${WEEKDAY_EN}\\s+${MONTH}\\s+(\\d{1,2})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?` +
  '(?:\\s+([A-Z]{2,5}))?\\s+(\\d{4})(?![\\d])', 'iu')
const DMY = new RegExp(`(?<![\\d])(\\d{1,2})${ORD}\\s+${MONTH},?\\s+(\\d{4})(?![\\d])`, 'iu')
const TIME = /^(?:\s*,?\s*(?:at\s+)?|\s*[|·•/／]\s*|\s*T|\s*[（(]?\s*)(?:(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][)）]?\s*)?(上午|早上|凌晨|中午|下午|傍晚|晚上|夜间|夜間|晚間)?\s*(\d{1,2})\s*(?:[:：时点點]|\.(?=\d{2}\s*(?:[ap]\.?m\.?|GMT|BST|UTC)(?![A-Za-z])))\s*(\d{2})(?:\s*[:：分]\s*(\d{2})\s*秒?)?(?:\s*分)?(?:\s*([ap]\.?m\.?))?/i
/**
 * A weekday may stand between the date and the time (`2012年05月07日 星期一 21:23`, Taiwan's `(週二)`), and a bar or a
 * middle dot (`March 5th, 2024 | 10:20 am`). The Guardian writes the time with a dot (`5 Mar 2024 10.20 GMT`): read
 * so only before a half of the day or a zone, since `10.20` alone is as likely a figure.
 * Chinese pages write a 12-hour clock after the part of the day (`下午3:20`, `晚上8点30分`): these parts are after
 * noon, so an hour under 12 gains 12 (`中午` only for 1-2 o'clock: `中午12:30` is 12:30). Source: the common Chinese
 * names of the parts of the day (上午 morning, 下午 afternoon, 傍晚 dusk, 晚上/夜间/夜間/晚間 evening and night; 凌晨,
 * 早上 and 上午 keep the hour).
 */
const AFTER_NOON = new Set(['下午', '傍晚', '晚上', '夜间', '夜間', '晚間'])
const NOON = '中午'
/** `中午1:30` is 13:30, `中午12:30` and `中午11:50` stay: the hours that read as after noon at noon. */
const NOON_AFTERNOON_HOURS = 3
interface ZonesFile {
  zones: Array<{ abbr: string, offset: string }>
  ambiguous: Array<{ abbr: string }>
  names: Array<{ name: string, offset: string }>
}
const ZONES_FILE = loadData<ZonesFile>('date-zones.json')
/** A zone's name as matched, its white space one space and lower-cased (`Beijing  Time` -> `beijing time`). */
const zoneKey = (name: string): string => name.replace(/\s+/g, ' ').trim().toLowerCase()
/** Offsets of the zones written in words (`北京时间`, `香港時間`, `Beijing time`), by `zoneKey`. */
const ZONE_NAME_OFFSET = new Map(ZONES_FILE.names.map(z => [zoneKey(z.name), z.offset]))
/** The zone names as one alternation, the longest first, their spaces matched loosely (for patterns elsewhere too). */
export const ZONE_NAME_ALT = ZONES_FILE.names.map(z => z.name).sort((a, b) => b.length - a.length)
  .map(spacedLiteral).join('|')
/** China's time as an abbreviation some Chinese pages write (`BJT`): no tzdata abbreviation, one offset. */
const BJT_OFFSET = '+08:00'
const ZONE = new RegExp(String.raw`^\s*(?:[（(]\s*)?(Z(?![a-z])|(?:UTC|GMT)\s*([+-]\d{1,2}(?::?\d{2})?)?|` +
  String.raw`[+-]\d{2}:?\d{2}|${ZONE_NAME_ALT}|BJT)`, 'i')
/** A zone named before the date (`北京时间2024年3月5日 10:00`, `Beijing time: …`). */
const ZONE_BEFORE = new RegExp(`(${ZONE_NAME_ALT})\\s*[:：]?\\s*$`, 'i')
/** How far before a date its zone's name is looked for: the longest name, a colon and spaces. */
const ZONE_BEFORE_REACH = 24
/** Offsets of the zone abbreviations (`EST`, `CEST`); '' for one of several zones (`CST`, `ET`): the time goes. */
const ZONE_ABBR_OFFSET = new Map<string, string>([
  ...ZONES_FILE.zones.map(z => [z.abbr, z.offset] as const),
  ...ZONES_FILE.ambiguous.map(z => [z.abbr, ''] as const)
])
// `10:20 am EST`, `3:20 p.m. (PDT)`: capitals only, a whole word (`et al.` is no zone)
const ZONE_ABBR = new RegExp(`^\\s*(?:[（(]\\s*)?(${[...ZONE_ABBR_OFFSET.keys()].join('|')})(?![A-Za-z])`)

export interface FoundDate {
  /** ISO 8601: a date, or a date-time with its offset. */
  iso: string
  /** Where the date (with its time and zone) sits in the searched string. */
  index: number
  length: number
  hasTime: boolean
  /**
   * An all-numeric date whose first two numbers could each be the month (`07/05/2005`), read without knowing the
   * page's order: one reading of two (month first after a slash, day first after a dot).
   */
  ambiguous?: boolean
}

export interface DateOptions {
  /** Offset for a time written without a zone (`+08:00` for Chinese sources); none: keep the date only. */
  defaultOffset?: string | null
  /** How the page writes all-numeric dates (`07/05/2005`): month or day first; unknown when absent. */
  order?: 'mdy' | 'dmy' | null
  /**
   * A page of Taiwan (`minguoPage`): a two-digit year is a Minguo year too (`99年4月23日`, `99-04-23`: 2010), as its
   * pages of 2001-2010 wrote them; elsewhere `99年` is a Gregorian year cut short, and read as none.
   */
  minguo?: boolean
}

/** Whether a page is Taiwan's: its locale's region (`zh-TW`, `zh-Hant-TW`) or its host's country (`.tw`). */
export function minguoPage (locale: string | undefined, url: string | undefined): boolean {
  if (/(?:^|[-_])tw$/i.test((locale ?? '').trim())) return true
  return hostName(url)?.endsWith('.tw') === true
}

function pad (n: number, w = 2): string {
  return String(n).padStart(w, '0')
}

function validDate (y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
}

function normOffset (raw: string): string {
  if (/^z$/i.test(raw)) return 'Z'
  const named = ZONE_NAME_OFFSET.get(zoneKey(raw))
  if (named !== undefined) return named
  if (/^bjt$/i.test(raw)) return BJT_OFFSET
  const utc = /^(?:UTC|GMT)\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i.exec(raw)
  if (utc !== null) return utc[1] === undefined ? '+00:00' : `${utc[1]}${pad(Number(utc[2]))}:${utc[3] ?? '00'}`
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(raw)
  return m === null ? '' : `${m[1]}${m[2]}:${m[3]}`
}

interface DatePart { y: number, m: number, d: number, index: number, end: number, ambiguous?: boolean }

/**
 * `a/b/yyyy`: day first when `a` cannot be a month, month first when `b` cannot; else the page's order, and without
 * one a slash means month first (US pages) and a dot or a dash day first (European pages), as one reading of two.
 */
type Order = DateOptions['order']

function numericOrder (a: number, b: number, sep: string, order: Order): { dayFirst: boolean, ambiguous: boolean } {
  if (a > 12 || b > 12) return { dayFirst: a > 12, ambiguous: false }
  if (order != null) return { dayFirst: order === 'dmy', ambiguous: false }
  return { dayFirst: sep !== '/', ambiguous: a !== b }
}

/** The Minguo dates of a text (`ROC`; `ROC_SHORT` too on a page of Taiwan), the first of each pattern. */
function minguoDates (text: string, minguo: boolean): DatePart[] {
  const out: DatePart[] = []
  const r = ROC.exec(text)
  if (r !== null) {
    const [y, m, d] = [r[1] ?? r[4] ?? r[8], r[2] ?? r[6] ?? r[9], r[3] ?? r[7] ?? r[10]].map(Number)
    out.push({ index: r.index, end: r.index + r[0].length, y: y + ROC_OFFSET, m, d })
  }
  const s = minguo ? ROC_SHORT.exec(text) : null
  if (s !== null) {
    const [y, m, d] = [s[1], s[2] ?? s[5], s[3] ?? s[6]].map(Number)
    out.push({ index: s.index, end: s.index + s[0].length, y: y + ROC_OFFSET, m, d })
  }
  return out
}

/** C's `ctime` date in `text` (`CTIME`), or null; a zone's abbreviation is in capitals (`in 2004` is a sentence's). */
function ctimePart (text: string): DatePart | null {
  const m = CTIME.exec(text)
  if (m === null || (m[3] !== undefined && m[3] !== m[3].toUpperCase())) return null
  const month = MONTH_NUMBER[m[1].toLowerCase()]
  return { y: Number(m[4]), m: month, d: Number(m[2]), index: m.index, end: m.index + m[0].length }
}

/** A month-first date with the year's two digits after an apostrophe (`MDY_APOSTROPHE_YEAR`), or null. */
function apostropheYearPart (text: string): DatePart | null {
  const m = MDY_APOSTROPHE_YEAR.exec(text)
  if (m === null) return null
  const y = centuryOf(Number(m[3]))
  return { y, m: MONTH_NUMBER[m[1].toLowerCase()], d: Number(m[2]), index: m.index, end: m.index + m[0].length }
}

/** Java's short zh_CN date before its time of day (`JAVA_ZH_SHORT`), or null. */
function javaShortPart (text: string): DatePart | null {
  const m = JAVA_ZH_SHORT.exec(text)
  if (m === null) return null
  return { y: centuryOf(Number(m[1])), m: Number(m[2]), d: Number(m[3]), index: m.index, end: m.index + m[0].length }
}

function firstDatePart (text: string, order: DateOptions['order'], minguo = false): DatePart | null {
  let best: DatePart | null = null
  const consider = (index: number, end: number, y: number, m: number, d: number, ambiguous = false): void => {
    if (!validDate(y, m, d)) return
    if (best === null || index < best.index) best = { y, m, d, index, end, ...(ambiguous ? { ambiguous } : {}) }
  }
  // (first: on a page of Taiwan `09/11/24` would read as a Minguo year too, which the weekday's brackets rule out)
  let m = IMAGEBOARD_DATE.exec(text)
  if (m !== null) consider(m.index, m.index + m[0].length, centuryOf(Number(m[1])), Number(m[2]), Number(m[3]))
  m = NUMERIC.exec(text)
  if (m !== null) {
    const month = m[4] === '元' ? 1 : Number(m[3] ?? m[4])
    consider(m.index, m.index + m[0].length, Number(m[1]), month, Number(m[5]))
  }
  m = MDY.exec(text)
  if (m !== null) consider(m.index, m.index + m[0].length, Number(m[3]), MONTH_NUMBER[m[1].toLowerCase()], Number(m[2]))
  m = DMY.exec(text)
  if (m !== null) consider(m.index, m.index + m[0].length, Number(m[3]), MONTH_NUMBER[m[2].toLowerCase()], Number(m[1]))
  for (const part of [ctimePart(text), apostropheYearPart(text), javaShortPart(text)]) {
    if (part !== null) consider(part.index, part.end, part.y, part.m, part.d)
  }
  for (const roc of minguoDates(text, minguo)) consider(roc.index, roc.end, roc.y, roc.m, roc.d)
  m = ZH_NUMERAL_DATE.exec(text)
  if (m !== null) consider(m.index, m.index + m[0].length, zhNumber(m[1], true), zhNumber(m[2]), zhNumber(m[3]))
  m = ZH_MONTH_NAME_DATE.exec(text)
  if (m !== null) consider(m.index, m.index + m[0].length, Number(m[3]), zhNumber(m[2]), Number(m[1]))
  m = ZH_MONTH_NAME_MDY.exec(text)
  if (m !== null) consider(m.index, m.index + m[0].length, Number(m[3]), zhNumber(m[1]), Number(m[2]))
  m = NUM_YEAR_LAST.exec(text)
  if (m !== null) {
    const a = Number(m[1])
    const b = Number(m[3])
    const { dayFirst, ambiguous } = numericOrder(a, b, m[2], order)
    consider(m.index, m.index + m[0].length, Number(m[4]), dayFirst ? b : a, dayFirst ? a : b, ambiguous)
  }
  m = NUM_SHORT_YEAR.exec(text)
  if (m !== null) {
    const a = Number(m[1])
    const b = Number(m[2])
    const { dayFirst, ambiguous } = numericOrder(a, b, '/', order)
    consider(m.index, m.index + m[0].length, centuryOf(Number(m[3])), dayFirst ? b : a, dayFirst ? a : b, ambiguous)
  }
  return best
}

/**
 * What every date pattern needs: an ASCII digit, or the `年` of a date in Chinese numerals. Tested first, once: a line
 * without either holds no date, and the eight patterns are not run on it (every line of a page is asked for dates).
 */
const MAY_HOLD_DATE = /[0-9年]/

/**
 * The fewest characters a date takes: a Minguo date with dashes (`100-1-1`, `ROC`); every other pattern needs 8
 * or more (`2012-5-7`, `1/2/2005`, `2012年5月7`, `May 7 2012`, `二〇〇五年五月七日`). A shorter text holds none, and
 * is answered by its length: a page of many tiny blocks asks for the dates of each (test/text-date-start.test.ts
 * checks no pattern matches fewer).
 */
export const MIN_DATE_LENGTH = 7

/**
 * How a date that `findDate` finds at a string's very start can begin: each pattern's own first character (`ISO`,
 * `NUMERIC`, `DMY`, `NUM_YEAR_LAST` and `ROC`'s numeric forms a digit, `ROC` `民國`, `ZH_NUMERAL_DATE` a numeral, `MDY`
 * a month name, read as `MDY` reads it: the `iu` flags, so `ſept` too; `CTIME` a weekday). A pattern added to
 * `findDate` adds its start here; test/text-date-start.test.ts checks the two agree.
 */
const DATE_AT_START = new RegExp(`^(?:\\d|民國|民国|[〇○零一二三四五六七八九十]|${MONTH}|${WEEKDAY_EN}\\s)`, 'iu')

/**
 * Whether `findDate(text)` can answer a date at index 0: false when the text cannot start with one, so a reader that
 * wants a date only there (an unlabelled info line) does not search the whole paragraph for the first date.
 */
export function mayStartWithDate (text: string): boolean {
  return DATE_AT_START.test(text)
}

/** Finds the first date (with its time and zone, when written) in a string. */
export function findDate (text: string, options: DateOptions = {}): FoundDate | null {
  if (text.length < MIN_DATE_LENGTH || !MAY_HOLD_DATE.test(text)) return null
  const iso = ISO.exec(text)
  const part = firstDatePart(text, options.order, options.minguo)
  if (iso !== null && (part === null || iso.index <= part.index)) {
    const found = isoDateTime(iso, options)
    if (found !== null) return found
  }
  if (part === null) return null
  const { index } = part
  const ambiguous = part.ambiguous === true ? { ambiguous: true } : {}
  const date = `${pad(part.y, 4)}-${pad(part.m)}-${pad(part.d)}`
  const time = timeAfter(text, part, options)
  if (time === null) {
    const before = timeBefore(text, index)
    if (before === null) return { iso: date, index, length: part.end - index, hasTime: false, ...ambiguous }
    const timed = before.offset === '' ? date : `${date}T${before.clock}${before.offset}`
    return { iso: timed, index: before.start, length: part.end - before.start, hasTime: timed !== date, ...ambiguous }
  }
  const iso8601 = time.offset === '' ? date : `${date}T${time.clock}${time.offset}`
  return { iso: iso8601, index, length: time.end - index, hasTime: true, ...ambiguous }
}

/** An ISO 8601 date and time as matched by `ISO`, or null when it is no real date and time. */
function isoDateTime (iso: RegExpExecArray, options: DateOptions): FoundDate | null {
  const [, y, mo, d, h, mi, s, zone] = iso
  if (!(validDate(Number(y), Number(mo), Number(d)) && Number(h) < 24 && Number(mi) < 60)) return null
  const offset = zone !== undefined ? normOffset(zone) : (options.defaultOffset ?? '')
  const date = `${y}-${mo}-${d}`
  return {
    iso: offset === '' ? date : `${date}T${h}:${mi}:${s ?? '00'}${offset}`,
    index: iso.index,
    length: iso[0].length,
    hasTime: true
  }
}

interface TimeOfDate { clock: string, offset: string, end: number }

/**
 * The time written right after a date (`14:30`, `2:30 pm`) with its zone (written after it, `北京时间` before the
 * date, or the default): the clock as `hh:mm:ss`, the offset, and where the text read ends; null when none.
 */
function timeAfter (text: string, part: DatePart, options: DateOptions): TimeOfDate | null {
  const t = TIME.exec(text.slice(part.end))
  if (t === null) return zoneThenTime(text, part)
  let h = Number(t[2])
  const ampm = t[5]?.toLowerCase().replace(/\./g, '')
  if (ampm === 'pm' && h < 12) h += 12
  if (ampm === 'am' && h === 12) h = 0
  if (t[1] !== undefined && ampm === undefined) h = dayPartHour(t[1], h)
  const time = clockOf(h, t)
  return time === null ? null : { clock: time, ...zoneAfter(text, part, part.end + t[0].length, options) }
}

/** `hh:mm:ss` of the hour `h` (24-hour) and the minutes and seconds `TIME` read; null when no time of day. */
function clockOf (h: number, t: RegExpExecArray): string | null {
  const mi = Number(t[3])
  const s = t[4] !== undefined ? Number(t[4]) : 0
  return h < 24 && mi < 60 && s < 60 ? `${pad(h)}:${pad(mi)}:${pad(s)}` : null
}

// `3:45 PM EST, Tue March 5, 2024` (CNN's and AP's timestamps): a 12-hour clock and its zone abbreviation, a comma
// and a weekday before the date. Both the half of the day and the zone are asked for: a bare number and colon before
// a date is anything (a score, a verse, a ratio).
const ZONE_NAMES = [...ZONE_ABBR_OFFSET.keys()].join('|')
const TIME_BEFORE = new RegExp(`(?<![\\d:.])(\\d{1,2}):(\\d{2})\\s*([ap])\\.?m\\.?\\s+(${ZONE_NAMES})` +
  '\\s*,?\\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s*)?$', 'i')

/** The most characters `3:45 p.m. EST, Wednesday, ` takes before a date. */
const TIME_BEFORE_MAX = 40

/**
 * The time written before a date with its zone (TIME_BEFORE): the clock, the zone's offset ('' for a zone of several
 * offsets: the time goes, the date stays) and where the time starts; null when none.
 */
function timeBefore (text: string, dateAt: number): { clock: string, offset: string, start: number } | null {
  const t = TIME_BEFORE.exec(text.slice(Math.max(0, dateAt - TIME_BEFORE_MAX), dateAt))
  if (t === null) return null
  let h = Number(t[1])
  const mi = Number(t[2])
  if (h < 1 || h > 12 || mi > 59) return null
  if (t[3].toLowerCase() === 'p' && h < 12) h += 12
  if (t[3].toLowerCase() === 'a' && h === 12) h = 0
  const start = dateAt - (Math.min(dateAt, TIME_BEFORE_MAX) - t.index)
  return { clock: `${pad(h)}:${pad(mi)}:00`, offset: ZONE_ABBR_OFFSET.get(t[4].toUpperCase()) ?? '', start }
}

/**
 * `2012-01-11 HKT 21:43` (RTHK's pages): a zone abbreviation of one known offset between the date and a 24-hour
 * time. The zone is the page's own, so it wins over any default.
 */
function zoneThenTime (text: string, part: DatePart): TimeOfDate | null {
  const rest = text.slice(part.end)
  const abbr = ZONE_ABBR.exec(rest)
  const offset = abbr === null ? '' : (ZONE_ABBR_OFFSET.get(abbr[1]) ?? '')
  if (abbr === null || offset === '' || /^\s*[（(]/.test(abbr[0])) return null
  const t = TIME.exec(rest.slice(abbr[0].length))
  if (t === null || t[1] !== undefined || t[5] !== undefined || !/^\s/.test(t[0])) return null
  const clock = clockOf(Number(t[2]), t)
  return clock === null ? null : { clock, offset, end: part.end + abbr[0].length + t[0].length }
}

/** The offset of a zone named just before the date at `index` (`北京时间2024年…`, `東京時間 2024年…`), if one is. */
function zoneNamedBefore (text: string, index: number): string | undefined {
  const named = ZONE_BEFORE.exec(text.slice(Math.max(0, index - ZONE_BEFORE_REACH), index))
  return named === null ? undefined : ZONE_NAME_OFFSET.get(zoneKey(named[1]))
}

/**
 * The zone written after a time that ends at `at` (`+08:00`, `GMT+2`, `EST`, `(PDT)`), else `北京时间` before the
 * date, else the default: the offset ('' for none known) and where the text read ends.
 */
function zoneAfter (text: string, part: DatePart, at: number, options: DateOptions): { offset: string, end: number } {
  let end = at
  let offset: string
  const z = ZONE.exec(text.slice(end))
  const abbr = z === null ? ZONE_ABBR.exec(text.slice(end)) : null
  if (z !== null || abbr !== null) {
    const found = (z ?? abbr)!
    offset = z !== null ? normOffset(z[1].replace(/\s+/g, ' ').trim()) : (ZONE_ABBR_OFFSET.get(found[1]) ?? '')
    end += found[0].length
    if (/^\s*[（(]/.test(found[0]) && /^\s*[)）]/.test(text.slice(end))) end += /^\s*[)）]/.exec(text.slice(end))?.[0].length ?? 0
  } else {
    offset = zoneNamedBefore(text, part.index) ?? options.defaultOffset ?? ''
  }
  return { offset, end }
}

/** The 24-hour hour of a 12-hour Chinese clock after its part of the day (`下午3` -> 15, `凌晨1` -> 1). */
function dayPartHour (part: string, h: number): number {
  if (h >= 12 || h === 0) return h
  if (AFTER_NOON.has(part)) return h + 12
  if (part === NOON && h <= NOON_AFTERNOON_HOURS) return h + 12
  return h
}

/** Parses a date string as found on a page (or in an HTML hint) into ISO 8601, or null. */
export function parseDate (text: string, options: DateOptions = {}): string | null {
  return findDate(text, options)?.iso ?? null
}

const MONTH_DAY_EN = new RegExp(`^${MONTH}\\s+(\\d{1,2})${ORD}(?:,?\\s+(\\d{4}))?$`, 'i')
const MONTH_DAY_ZH = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日$/
/** A wire's month and day in Chinese numerals (`六月十四日`, `十二月三十一日`: `中新社北京六月十四日电`). */
const MONTH_DAY_ZH_NUMERAL = /^([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/u

/**
 * A month and day as datelines write them (`April 8`, `11月26日`) -> ISO date, taking the year from the reference
 * date (the publication date); null when no year can be known.
 */
export function monthDay (text: string, reference: string | null): string | null {
  let y: number | null = null
  let m: number
  let d: number
  const en = MONTH_DAY_EN.exec(text.trim())
  const zh = MONTH_DAY_ZH.exec(text.trim())
  const numeral = MONTH_DAY_ZH_NUMERAL.exec(text.trim())
  if (en !== null) {
    m = MONTH_NUMBER[en[1].toLowerCase()]
    d = Number(en[2])
    if (en[3] !== undefined) y = Number(en[3])
  } else if (zh !== null) {
    m = Number(zh[2])
    d = Number(zh[3])
    if (zh[1] !== undefined) y = Number(zh[1])
  } else if (numeral !== null) {
    m = zhNumber(numeral[1])
    d = zhNumber(numeral[2])
  } else {
    return null
  }
  if (y === null) {
    const ref = reference === null ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(reference)
    if (ref === null) return null
    y = Number(ref[1])
    // A dateline is never far after publication: `Dec 31` on a page published `2023-01-02` is from 2022.
    if (m * 100 + d > Number(ref[2]) * 100 + Number(ref[3]) + 100) y -= 1
  }
  return validDate(y, m, d) ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : null
}

// `/2024/06/08/`, `/2024/jun/08/`, `/2024-06-08/`, `/20240608/`, `/2024-06/08/`, `/202406/08/`,
// `t20240608_123.html`: the publication date many news and government sites put in the article's path.
const URL_DATES = [
  /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/,
  /\/((?:19|20)\d{2})-?(\d{2})\/(\d{2})(?=\/)/,
  /[/_t]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/,
  // `/2024/jun/08/` (The Guardian), `/2023/october/03/` (Umbraco blogs): the month by its English name
  new RegExp(String.raw`\/((?:19|20)\d{2})\/(${ENGLISH_MONTH_NAMES})\/(\d{1,2})(?=\/)`, 'i')
]

/** A one-digit number, then the file's extension and the path's end: a post's number, no day. */
const POST_NUMBER_FILE = /^\d\.[a-z]{2,5}$/i

/** A year and a month in an article URL's path (`/post/2015/05/5398132.html`, `/content/202406/t…`), no day. */
const URL_MONTHS = [/\/((?:19|20)\d{2})[/-](\d{2})(?=\/)/, /\/((?:19|20)\d{2})(\d{2})(?=\/)/]

/**
 * The year and month (`YYYY-MM`) an article URL's path gives, with or without a day, or null: what tells which reading
 * of a day and month that read both ways the page means (`8/5/2015` under `/post/2015/05/`).
 */
export function monthFromUrl (url: string | undefined): string | null {
  if (url === undefined) return null
  const full = dateFromUrl(url)
  if (full !== null) return full.slice(0, 7)
  let path: string
  try {
    path = new URL(url ?? '').pathname
  } catch {
    return null
  }
  for (const re of URL_MONTHS) {
    const m = re.exec(path)
    if (m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${m[2]}`
  }
  return null
}

/**
 * The date in an article URL's path (`https://www.news.cn/20240608/...`, `.../content/202406/t20240608_123.htm`),
 * or null. Only real calendar dates from 1990 to next year count; query strings and hosts are not read.
 */
export function dateFromUrl (url: string | undefined, now: Date = new Date()): string | null {
  if (url === undefined) return null
  let path: string
  try {
    path = new URL(url).pathname
  } catch {
    return null
  }
  for (const re of URL_DATES) {
    const m = re.exec(path)
    // a one-digit number as the file's name is the post's, no day (`/1/post/2014/05/6.html`, Weebly's: zh-blogs b494 of
    // session 59's second unseen round); a day the path writes so stands in a folder (`/2014/5/6/`)
    if (m === null || POST_NUMBER_FILE.test(path.slice((m.index ?? 0) + m[0].length - m[3].length))) continue
    const y = Number(m[1])
    const mo = MONTH_NUMBER[m[2].toLowerCase()] ?? Number(m[2])
    const d = Number(m[3])
    const date = new Date(Date.UTC(y, mo - 1, d))
    if (y < 1990 || y > now.getUTCFullYear() + 1 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) continue
    return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  }
  return null
}
