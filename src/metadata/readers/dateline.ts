/**
 * The news dateline opening one of the first paragraphs (`BEIJING, June 24 (Xinhua) --`, `中新网广州11月26日电`,
 * `本报讯（记者 X）`): its agency, place and date, and the reporters it names (author candidates of kind
 * `dateline`). The dateline leaves the paragraph; the front end's own dateline, if any, is proposed first.
 */
import type { Dateline } from '../../types.js'
import { monthDay, zhNumber } from '../../text/date.js'
import { AGENCIES, isAgency, splitNames } from '../../text/fields.js'
import { ENGLISH_MONTH, HAN, unitAt } from '../../text/index.js'
import { isCommonHanName, splitNameAndPlace, startsWithSurname } from '../../text/han-names.js'
import { ZH_CREDIT_ROLE, ZH_NEWS_APP } from '../../text/roles.js'
import { choose, type Proposal } from '../choose.js'
import { isPinyinName } from '../role-line.js'
import type { Kept, Evidence } from '../evidence.js'

const AGENCY_WORDS = /(?:News|Agency|Service|Daily|Press|Xinhua|Online|Network|Net|Times|Post|Radio|TV|CCTV|CGTN|Reuters|Herald|Tribune|Gazette)\b/
// `China News Service, Jinan, April 8 (Sun Tingting) ...`, `Xinhua News Agency, Beijing, June 24 (A, B, C) ...`
const DATELINE_EN = new RegExp(
  `^([A-Z][\\w'’&.-]*(?:\\s+(?:[A-Z][\\w'’&.-]*|of|and|the))*),\\s+([A-Z][\\w'’.-]*(?:\\s+[A-Z][\\w'’.-]*){0,3}),` +
  `\\s+(${ENGLISH_MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?)\\s*(?:[(（]([^()（）]{1,80})[)）])?\\s*(?:[-—–]{1,2}|:)?\\s*`
)
// `BEIJING, June 24 (Xinhua) -- ...`
const DATELINE_WIRE = new RegExp(
  `^([A-Z][A-Za-z.'’-]+(?:\\s+[A-Z][A-Za-z.'’-]+){0,3}),\\s+(${ENGLISH_MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?)\\s*` +
  '[(（]([^()（）]{1,60})[)）]\\s*(?:[-—–]{1,2}|:)\\s*'
)
// `WASHINGTON (AP) —`, `LONDON (Reuters) -`, `ST. LOUIS, Mo. (AP) —`: a wire's place in capitals, the state after a
// comma, the agency in brackets (a known one: data/metadata-labels.json), a dash; no date
const DATELINE_WIRE_PLACE = /^([A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,3})(?:,\s+[A-Z][A-Za-z.]{1,12}(?:\s+[A-Z][A-Za-z.]{1,12})?)?\s*[(（]([^()（）]{1,40})[)）]\s*[-—–]{1,2}\s*/
// `Beijing, January 26 (Reporter Li Ming) ...`: a Chinese dateline (`北京1月26日电（记者 李明）`) in the English of a
// machine translation, the agency left out and no dash after the bracket; the bracket names reporters by their role
const DATELINE_ROLE = new RegExp(
  `^([A-Z][A-Za-z.'’-]+(?:\\s+[A-Z][A-Za-z.'’-]+){0,3}),\\s+(${ENGLISH_MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?)\\s*` +
  '[(（]\\s*(?:[Oo]ur\\s+)?(?:[Rr]eporters?|[Cc]orrespondents?)\\s+([^()（）]{2,60})[)）]\\s*(?:[-—–]{1,2}|:)?\\s*'
)
// a wire's month and day in Chinese numerals (`中新社北京六月十四日电`): the place before it is Han too, so a numeral is
// read lazily after it only where the whole month and day follow
const NUMERAL_MONTH_DAY = '[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日'
const ZH_AGENCY = [...AGENCIES].filter(a => HAN.test(a)).sort((a, b) => b.length - a.length).join('|')
/**
 * The hour of a dispatch after its day (`渝龙网6月14日10时30分讯（首席记者 欧阳珺 见习记者 邓喆）`, a Chongqing portal's
 * timed dispatch: zh-news n504 of session 63's unseen round; `10点`, `10:30`), read as no place and no part of the day.
 */
const DISPATCH_CLOCK = '(?:\\s*\\d{1,2}(?:时|時|点|點)(?:\\d{1,2}分)?|\\s*\\d{1,2}[:：]\\d{2})?'
// `中新网广州11月26日电`, `新华社北京6月24日电（记者 X、Y）`, `本报讯（记者 X）`, `网易娱乐1月17日报道 (文/X)`: an agency, a
// site or a site's channel (娱乐, 财经...); traditional script as well (`新華社柏林1月10日電 (記者郭洋)`); a paper and its
// news app after a middle dot (`沂州晚报·沂州+客户端7月8日讯（全媒体记者 宫晓玥 通讯员 孔繁赟）`, a city evening paper's
// account: zh-news n479 of session 61's second unseen round; `齐鲁晚报·齐鲁壹点`), the app's name read as no place
const DATELINE_ZH = new RegExp(
  `^(${ZH_AGENCY}|[\\p{Script=Han}]{2,6}?(?:社|网|網|报|報|台|臺|新闻|新聞|娱乐|娛樂|财经|財經|体育|體育|科技|频道|頻道|在线|在線))` +
  `(?:[·•‧]\\s*${ZH_NEWS_APP})?([\\p{Script=Han}]{0,8}?)` +
  `((?:\\d{4}年)?\\d{1,2}月\\d{1,2}日|${NUMERAL_MONTH_DAY})${DISPATCH_CLOCK}(?:电|電|讯|訊|消息|报道|報導)\\s*` +
  '(?:[(（]\\s*([^()（）]{1,40})[)）])?\\s*[:：,，]?\\s*',
  'u'
)
/** A day of the month in Chinese numerals (`七日`, `二十三日`: a wire's house style, `（環島社記者周文雄屏東七日電）`). */
const NUMERAL_DAY = '[一二三四五六七八九十]{1,3}日'
// `（中央社記者王小明台北7日電）`, `中央社記者王小明、李大同台北2012年5月7日電`: the reporters, then the place, glued; the day
// in Chinese numerals too (zh-news n149 of session 38's unseen round)
const DATELINE_ZH_REPORTER = new RegExp(
  `^[(（]?\\s*(${ZH_AGENCY}|[\\p{Script=Han}]{1,4}?社)(?:記者|记者)\\s*((?:[\\p{Script=Han}·]{2,4}[、，,])*)` +
  `([\\p{Script=Han}]{4,9}?)\\s*((?:(?:\\d{4}年)?\\d{1,2}月)?\\d{1,2}日|${NUMERAL_MONTH_DAY}|${NUMERAL_DAY})` +
  '(?:電|电)\\s*[)）]?\\s*[:：,，]?\\s*',
  'u'
)
// `本报讯（记者 X）`, `商报讯`, and in brackets with the paper's dispatch word (`【明報專訊】`, Hong Kong papers; `【本報訊】`);
// a county's media centre (融媒体中心) or a media group dispatching in its own name (`桂溪融媒讯（刘洋 彭静）`, zh-news n400
// of session 50's unseen wave: the bracket after a dispatch word names the reporters, with or without their role); a
// company's or a school's site in its own name, its writers in the bracket (`本站讯（外贸部 孙思远）`, a valve maker's news:
// zh-org o211 of session 58's unseen round; `本站讯` alone opens a county bureau's text as its own words, zh-gov g207)
const DATELINE_ZH_NODATE = new RegExp(
  '^[【\\[(（]?\\s*([\\p{Script=Han}]{1,8}?(?:网|網|报|報|社|台|融媒|融媒体|融媒體|传媒|傳媒|新闻|新聞)|' +
  '[\\p{Script=Han}]{1,7}?站(?=[讯訊]\\s*[(（]))(?:專|专|特)?(?:讯|訊)' +
  '\\s*[】\\])）]?' +
  '\\s*(?:[(（]\\s*([^()（）]{1,40})[)）])?\\s*[:：,，]?\\s*', 'u'
)
// `黔声网消息（记者 杨帆 通讯员 吴光荣）5月19日上午，…`: a web medium's news (消息) in its own name, undated, its reporters in
// the bracket with their role (zh-news n410 of session 52's unseen round, a provincial radio station's site); a
// sentence's `据新华网消息，` reports another's news and has no bracket
const DATELINE_ZH_NEWS = new RegExp(
  '^(?![据據])([\\p{Script=Han}]{1,8}?(?:网|網|报|報|社|台|融媒|融媒体|融媒體|新闻|新聞|广播|廣播))消息' +
  '\\s*[(（]\\s*([^()（）]{0,12}(?:记者|記者)[^()（）]{1,30})[)）]\\s*[:：,，]?\\s*', 'u'
)
// `国际在线报道（驻内罗毕记者 周喆）：`: a medium reporting in its own name, its reporter in the bracket with the role (the
// role required: a sentence's `据新华社报道，` has none) and a colon after it (zh-news n401 of session 51's unseen round,
// China Radio International's site)
const DATELINE_ZH_REPORTED = new RegExp(
  '^([\\p{Script=Han}]{2,8}?)(?:报道|報導)\\s*[(（]\\s*([^()（）]{0,12}(?:记者|記者)[^()（）]{1,24})[)）]\\s*[:：]\\s*', 'u'
)
// a press release's place and full date, then a dash: `中国深圳，2014年9月16日——`, `BEIJING, May 7, 2019 /PRNewswire/ --`,
// `SHENZHEN, China, Sept. 16, 2014 --` (no agency: the issuer's own release)
const DATELINE_RELEASE_ZH = /^(?:中国|中國)?([\p{Script=Han}]{2,8})\s*[，,]\s*(\d{4}年\d{1,2}月\d{1,2}日)\s*(?:[—–]{1,2}|-{1,2}|：|:)\s*/u
// the date first, the place in brackets after it: `2015年10月8日（香港）` (Hong Kong releases), `2015年10月8日，北京——`
const DATELINE_RELEASE_ZH_DATE = /^(\d{4}年\d{1,2}月\d{1,2}日)\s*(?:[(（]\s*([\p{Script=Han}]{2,8})\s*[)）]|[，,]\s*([\p{Script=Han}]{2,8})\s*(?:[—–]{1,2}|-{1,2}))\s*/u
const DATELINE_RELEASE_EN = new RegExp(
  `^([A-Z][A-Za-z.'’-]+(?:\\s+[A-Z][A-Za-z.'’-]+){0,3}(?:,\\s+[A-Z][A-Za-z.]+(?:\\s+[A-Z][A-Za-z.]+)?)?),\\s+` +
  `(${ENGLISH_MONTH}\\s+\\d{1,2},\\s*\\d{4})\\s*(?:/[^/]{2,40}/\\s*)?[-—–]{1,2}\\s*`
)
/** Datelines open one of the first paragraphs; photo captions may stand before them. */
const DATELINE_BLOCKS = 5
// a credit's role, as every other credit reader of the project writes it (text/roles.ts: `记者`, `本报记者`, `实习记者`,
// `實習記者`, `驻京记者`, a medium's `华西都市报记者`), or an intern's `实习生`
const ANY_CREDIT_ROLE = `(?:${ZH_CREDIT_ROLE}|实习生|實習生)`
/** The kind of report after a credit's names: `报道`, Taiwan's `報導`, Hong Kong's `報道`. */
const REPORT_WORD = '(?:报道|報導|報道)'
// `实习生吴梦丽、记者喻云亮报道：`: role-and-name pairs, then `报道` and a colon
const CREDIT_RUN = new RegExp(
  `^\\s*((?:${ANY_CREDIT_ROLE}\\s*[\\p{Script=Han}·]{2,4}\\s*[、，,\\s]\\s*)*` +
  `${ANY_CREDIT_ROLE}\\s*[\\p{Script=Han}·]{2,4}?)` +
  `\\s*${REPORT_WORD}\\s*[:：]\\s*`,
  'u'
)

/** A Chinese personal name in a credit (two to four characters, a middle dot for a transliterated one). */
const CREDIT_NAME = '[\\p{Script=Han}·]{2,4}'
/**
 * A dateline's credit without brackets (`记者 汪涛 通讯员 程敏 `, `记者汪涛 `): roles and names, white space after each
 * name, then the text; the roles of data/reporter-roles.json and `实习生`.
 */
const UNBRACKETED_CREDIT = new RegExp(
  `^((?:${ANY_CREDIT_ROLE}\\s*${CREDIT_NAME}(?:\\s+${CREDIT_NAME}){0,2}\\s+)+)(?=\\S)`, 'u'
)
const CREDIT_ROLE_SPLIT = new RegExp(ANY_CREDIT_ROLE, 'u')

/** A reporter's role and one name where a dateline's place stands (`记者陈颖慧` in `东方网记者陈颖慧9月20日报道`). */
const REPORTER_AS_PLACE = new RegExp(`^${ANY_CREDIT_ROLE}\\s*(${CREDIT_NAME})$`, 'u')

/** Where the reporter filed from, after the names in a dateline's bracket (`特派记者 沈磊 发自厦门`). */
const FILED_FROM = /\s*(?:发自|發自)\s*[\p{Script=Han}]{2,8}\s*$/u

/** The reporters a dateline's bracket names, without the place they filed from. */
function bracketNames (credit: string): string[] {
  return splitNames(credit.replace(FILED_FROM, ''))
}

/** Whether a line opens with a news dateline (no title does). */
export function startsWithDateline (text: string): boolean {
  return DATELINE_EN.test(text) || DATELINE_ZH.test(text) || wirePlaceDateline(text, text) !== null
}

interface Found { dateline: Dateline, reporters: string[], text: string, rest: string }

/**
 * A dateline as read from its paragraph, its date not yet read against the publication date (`dateOf`): all the rest
 * is the paragraph's alone, so one reading serves both of the page's asks (the dateline's full date before the
 * publication date is chosen, and the dateline after).
 */
interface Parsed {
  agency: string | null
  place: string | null
  dateOf: (published: string | null) => string | null
  reporters: string[]
  text: string
  rest: string
}

/** A dateline without a date. */
const NO_DATE = (): null => null

/** The parsed dateline read against `published`. */
function resolve (p: Parsed, published: string | null): Found {
  const dateline = { agency: p.agency, place: p.place, date: p.dateOf(published) }
  return { dateline, reporters: p.reporters, text: p.text, rest: p.rest }
}

/** Full-width digits (`１２月９日`) as ASCII, one character for one: offsets stay. */
function asciiDigits (text: string): string {
  return text.replace(/[０-９]/g, d => String.fromCharCode(unitAt(d, 0) - 0xfee0))
}

function found (
  m: RegExpExecArray, raw: string, agency: string | null, place: string | null,
  dateOf: Parsed['dateOf'], reporters: string[]
): Parsed {
  return { agency, place, dateOf, reporters, text: m[0].trim(), rest: raw.slice(m[0].length) }
}

/** A month and day (`April 8`, `11月26日`) read against the publication date. */
const monthDayOf = (when: string): Parsed['dateOf'] => published => monthDay(when, published)

function englishDateline (raw: string, text: string): Parsed | null {
  let m = DATELINE_EN.exec(text)
  if (m !== null && (AGENCY_WORDS.test(m[1]) || isAgency(m[1]))) {
    const paren = m[4]
    const reporters = paren !== undefined && !isAgency(paren) ? splitNames(paren) : []
    return found(m, raw, m[1], m[2], monthDayOf(m[3]), reporters)
  }
  m = DATELINE_ROLE.exec(text)
  if (m !== null) {
    const reporters = splitNames(m[3])
    const dateOf = monthDayOf(m[2])
    if (reporters.length > 0 && reporters.every(isPinyinName)) return found(m, raw, null, m[1], dateOf, reporters)
  }
  m = DATELINE_WIRE.exec(text)
  if (m === null) return wirePlaceDateline(raw, text) ?? releaseDateline(raw, text)
  const agencyLike = isAgency(m[3]) || AGENCY_WORDS.test(m[3])
  return found(m, raw, agencyLike ? m[3] : null, m[1], monthDayOf(m[2]), agencyLike ? [] : splitNames(m[3]))
}

/**
 * A press release's dateline (`BEIJING, May 7, 2019 /PRNewswire/ --`, `中国深圳，2014年9月16日——`, `2015年10月8日（香港）`),
 * or null.
 */
function releaseDateline (raw: string, text: string): Parsed | null {
  // a release writes its year: its date is read without the publication's
  const m = DATELINE_RELEASE_EN.exec(text) ?? DATELINE_RELEASE_ZH.exec(text)
  if (m !== null) return found(m, raw, null, m[1], () => monthDay(m[2], null), [])
  const d = DATELINE_RELEASE_ZH_DATE.exec(text)
  return d === null ? null : found(d, raw, null, d[2] ?? d[3], () => monthDay(d[1], null), [])
}

/** `WASHINGTON (AP) —`: the place and the agency, no date; null when the bracket names no known agency. */
function wirePlaceDateline (raw: string, text: string): Parsed | null {
  const m = DATELINE_WIRE_PLACE.exec(text)
  if (m === null || !isAgency(m[2].trim())) return null
  return found(m, raw, m[2].trim(), m[1], NO_DATE, [])
}

/**
 * `7日` alone: the day of the publication's month (of the month before, when the day is later than the
 * publication's, `31日電` in a story published on the 1st); null without a publication date.
 */
function dayOfMonth (day: number, published: string | null): string | null {
  const m = published === null ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(published)
  if (m === null || day < 1 || day > 31) return null
  let [y, mo] = [Number(m[1]), Number(m[2])]
  if (day > Number(m[3])) [y, mo] = mo === 1 ? [y - 1, 12] : [y, mo - 1]
  const d = new Date(Date.UTC(y, mo - 1, day))
  return d.getUTCMonth() === mo - 1 ? d.toISOString().slice(0, 'YYYY-MM-DD'.length) : null
}

/** A wire's dateline naming its reporters before the place (`中央社記者王小明台北7日電`), or null. */
function reporterFirstDateline (raw: string, text: string): Parsed | null {
  const m = DATELINE_ZH_REPORTER.exec(text)
  const last = m === null ? undefined : splitNameAndPlace(m[3])
  if (m === null || last === undefined) return null
  const others = m[2].split(/[、，,]/).filter(n => n !== '')
  const when = m[4]
  const day = when.replace('日', '')
  const dateOf = when.includes('月')
    ? monthDayOf(when)
    : (published: string | null) => dayOfMonth(/^\d+$/.test(day) ? Number(day) : zhNumber(day), published)
  return found(m, raw, m[1], last.place, dateOf, [...others, last.name])
}

function chineseDateline (raw: string, text: string): Parsed | null {
  const reporterFirst = reporterFirstDateline(raw, text)
  if (reporterFirst !== null) return reporterFirst
  let m = DATELINE_ZH.exec(text)
  if (m !== null) {
    // `东方网记者陈颖慧9月20日报道：`: the site's reporter where a place stands (zh-news n269 of session 41's unseen
    // round, a portal's own report): the reporter, no place
    const reporter = REPORTER_AS_PLACE.exec(m[2])
    const place = reporter !== null || m[2] === '' ? null : m[2]
    const named = reporter !== null && isCommonHanName(reporter[1]) ? [reporter[1]] : []
    const dated = found(m, raw, m[1], place, monthDayOf(m[3]), m[4] === undefined ? named : bracketNames(m[4]))
    if (m[4] !== undefined || reporter !== null) return dated
    // the credit's names are the reporters, and the credit stays in the text (a truth keeps it: zh-news n429)
    return { ...dated, reporters: withUnbracketedCredit(dated, raw, text, m[0]).reporters }
  }
  m = DATELINE_ZH_NODATE.exec(text)
  if (m === null) {
    const reported = DATELINE_ZH_REPORTED.exec(text) ?? DATELINE_ZH_NEWS.exec(text)
    return reported === null
      ? releaseDateline(raw, text)
      : found(reported, raw, reported[1], null, NO_DATE, bracketNames(reported[2]))
  }
  const agency = m[1]
  if (m[2] !== undefined) return found(m, raw, agency, null, NO_DATE, bracketNames(m[2]))
  return withUnbracketedCredit(found(m, raw, agency, null, NO_DATE, []), raw, text, m[0])
}

/**
 * A dateline with the credit after it without brackets (`本报讯 记者 汪涛 通讯员 程敏　昨天下午…`, `本报北京3月30日电　特派
 * 记者周喆　刘一鸣　张堃　终场哨响…`: a sports paper's three envoys, zh-news n429 of session 55's unseen round), its names
 * each a common name and set apart: the credit's names are the reporters, and the dateline's text runs to its end. The
 * dateline as it was (`parsed`, read from `head`, the start of `text`) when no such credit follows.
 */
function withUnbracketedCredit (parsed: Parsed, raw: string, text: string, head: string): Parsed {
  // (a credit that ends in `报道：` is read after the dateline, as a credit run: `readDatelines`)
  if (CREDIT_RUN.test(text.slice(head.length))) return parsed
  const credit = UNBRACKETED_CREDIT.exec(text.slice(head.length))
  const names = credit === null ? [] : credit[1].split(CREDIT_ROLE_SPLIT).flatMap(n => n.trim().split(/\s+/))
    .filter(n => n !== '')
  if (credit === null || !names.every(creditedName)) return parsed
  const whole = head + credit[0]
  return { ...parsed, reporters: names, text: whole.trim(), rest: raw.slice(whole.length) }
}

/**
 * A name in a dateline's unbracketed credit, after its role word: a common surname and a given name, or any surname
 * (CC-CEDICT's) and a given name of one or two characters (`记者 沈喆 通讯员 俞堃　昨天…`: 俞 is no surname of the hundred
 * most common, zh-news n461 of session 60's unseen round). The role word before it says a name stands there; the
 * surname keeps a word of the text (`记者 近日 从…`) out.
 */
const SHORT_NAME_MAX = 3
const creditedName = (name: string): boolean =>
  isCommonHanName(name) || (name.length <= SHORT_NAME_MAX && /^\p{Script=Han}+$/u.test(name) && startsWithSurname(name))

/** The dateline opening a paragraph, its date not yet read, or null. */
function parseDateline (raw: string): Parsed | null {
  const text = asciiDigits(raw)
  return englishDateline(raw, text) ?? chineseDateline(raw, text)
}

/** The dateline opening a paragraph, or null. */
export function readDatelineText (raw: string, published: string | null): Found | null {
  const parsed = parseDateline(raw)
  return parsed === null ? null : resolve(parsed, published)
}

/**
 * Where a sentence or a photo credit ends inside a paragraph (`…历史最低值。`, `本报记者郭立亮摄`): a caption glued
 * before the story's first paragraph ends so, and the dateline opens what follows.
 */
const GLUED_END = /[。！？!?]|(?<=[\p{Script=Han}])(?:摄|攝)(?=[\p{Script=Han}])/gu
/** `DATELINE_ZH` tried where a sentence ends (sticky: each try reads from there, and no more than a dateline). */
const DATELINE_ZH_AT = new RegExp(DATELINE_ZH.source.replace(/^\^/, ''), 'uy')
/** What a glued dateline holds: a day and the wire's or the paper's word for its report, then its brackets. */
const GLUED_REPORT = /日\s*(?:电|電|讯|訊|消息|报道|報導)\s*[(（]/u

/**
 * A Chinese dateline glued after a caption in one block (`…历史最低值。本报记者郭立亮摄湖南日报12月15日讯(记者柳德新
 * 通讯员彭娟)24.77米！`): read only when it is a full dateline (a medium, a date, `电`/`讯`) whose brackets name its
 * reporters, which no sentence of a story's text is. Its reporters and its dateline are read; the block keeps its
 * text (the front end joined caption and story; cut in the middle, neither would read whole).
 */
function gluedDateline (raw: string): Parsed | null {
  if (!GLUED_REPORT.test(raw)) return null
  const text = asciiDigits(raw)
  for (const end of text.matchAll(GLUED_END)) {
    DATELINE_ZH_AT.lastIndex = end.index + end[0].length
    const m = DATELINE_ZH_AT.exec(text)
    if (m?.[4] === undefined) continue
    const reporters = splitNames(m[4])
    if (reporters.length === 0) continue
    const place = m[2] === '' ? null : m[2]
    return { agency: m[1], place, dateOf: monthDayOf(m[3]), reporters, text: m[0].trim(), rest: '' }
  }
  return null
}

/**
 * The page's paragraphs read for a dateline (`parseDateline`, `gluedDateline`), by text, null for none: the first
 * paragraphs are asked twice a page (`readDatelineDate`, then `readDatelines`), read once. Kept per page, by the
 * page's evidence.
 */
interface Readings { opening: Map<string, Parsed | null>, glued: Map<string, Parsed | null> }
const pageReadings = new WeakMap<Evidence, Readings>()

function readingsOf (ev: Evidence): Readings {
  let r = pageReadings.get(ev)
  if (r === undefined) {
    r = { opening: new Map(), glued: new Map() }
    pageReadings.set(ev, r)
  }
  return r
}

function readOnce (
  texts: Map<string, Parsed | null>, text: string, read: (raw: string) => Parsed | null
): Parsed | null {
  let parsed = texts.get(text)
  if (parsed === undefined) {
    parsed = read(text)
    texts.set(text, parsed)
  }
  return parsed
}

/**
 * The first paragraphs' dateline: one opening a paragraph, else one glued after a caption (`glued`: it stays in
 * its block); null when there is none.
 */
function firstDateline (
  blocks: Kept, published: string | null, ev: Evidence
): { i: number, dl: Found, glued: boolean } | null {
  const { opening, glued } = readingsOf(ev)
  const n = Math.min(blocks.length, DATELINE_BLOCKS)
  for (let i = 0; i < n; i++) {
    const b = blocks[i]
    const dl = b.type === 'paragraph' ? readOnce(opening, b.text, parseDateline) : null
    if (dl !== null) return { i, dl: resolve(dl, published), glued: false }
  }
  for (let i = 0; i < n; i++) {
    const b = blocks[i]
    const dl = b.type === 'paragraph' ? readOnce(glued, b.text, gluedDateline) : null
    if (dl !== null) return { i, dl: resolve(dl, published), glued: true }
  }
  return null
}

/**
 * The full date of the first paragraphs' dateline when it writes the year (`新华社北京2014年9月16日电`, `中国深圳，2014年9月
 * 16日——`): a date candidate of kind `dateline-date`, read before the publication date is chosen.
 */
export function readDatelineDate (blocks: Kept, ev: Evidence): void {
  const date = firstDateline(blocks, null, ev)?.dl.dateline.date
  if (date !== null && date !== undefined) ev.dates.push({ kind: 'dateline-date', value: date })
}

/**
 * Reads the first dateline among the first paragraphs into `ev` (the dateline, its reporters, the reporters
 * credited right after it) and returns the blocks with it taken off.
 */
export function readDatelines (blocks: Kept, published: string | null, ev: Evidence): Kept {
  const first = firstDateline(blocks, published, ev)
  if (first === null) {
    for (const value of openingCredit(blocks)) ev.authors.push({ kind: 'dateline', value })
    return blocks
  }
  const { i, dl, glued } = first
  ev.datelines.push({ kind: 'paragraph', value: dl.dateline })
  for (const value of dl.reporters) ev.authors.push({ kind: 'dateline', value })
  if (glued) return blocks
  ev.removed.push({ kind: 'metadata', rule: 'dateline', text: dl.text, reason: 'news dateline' })
  // `大江网讯 实习生吴梦丽、记者喻云亮报道：…`: the reporters named after the dateline, without brackets
  const run = CREDIT_RUN.exec(dl.rest)
  if (run !== null) {
    for (const value of splitNames(run[1])) ev.authors.push({ kind: 'dateline', value })
    const reason = 'reporter credit after the dateline'
    ev.removed.push({ kind: 'metadata', rule: 'dateline', text: run[0].trim(), reason })
  }
  const rest = (run === null ? dl.rest : dl.rest.slice(run[0].length)).trim()
  return blocks.map((b, j) => j === i ? { ...b, text: rest } : b).filter(b => b.text !== '')
}

// `本报记者周文杰、实习记者刘晴纽约报道　纽约市交通局…`: a paper's reporters open the text as its dateline, the last
// name glued to the place of the report, `报道` and a space or a colon after it
// and in lenticular brackets, the dispatch word too (`【本报记者秦立文休斯顿报导】`, `【本報記者施雅婷八打雁訊】`: overseas
// Chinese dailies, zh-news n236, n137), `报导` as those papers write it
const BRACKETED_REPORT_WORD = `(?:${REPORT_WORD}|报导|讯|訊)`
const OPENING_CREDIT = new RegExp(
  `^(?:[【〔]\\s*(?=${ANY_CREDIT_ROLE}[^】〕]{2,40}${BRACKETED_REPORT_WORD}\\s*[】〕]))?` +
  `((?:${ANY_CREDIT_ROLE}\\s*${CREDIT_NAME}\\s*[、，,]\\s*)*)${ANY_CREDIT_ROLE}\\s*([\\p{Script=Han}]{2,10}?)` +
  `\\s*(?:${REPORT_WORD}(?:\\s*[:：]|\\s+)(?=\\S)|${BRACKETED_REPORT_WORD}\\s*[】〕])`, 'u'
)
// `中天体育讯（特派记者 沈磊 发自厦门）…`: a portal channel's dispatch word, then its reporters in brackets (zh-news n132 of
// session 37's second unseen wave); read for the reporters, the text kept as the dev sets' truths keep such datelines
const CHANNEL_CREDIT = new RegExp(
  `^[\\p{Script=Han}]{2,8}(?:讯|訊)\\s*[（(]\\s*(${ANY_CREDIT_ROLE}[^()（）]{2,30})[)）]`, 'u'
)
// `腾讯体育5月18日石家庄电（特派记者 周立群）`: a portal channel's dispatch with the day before the place and its reporters
// in brackets (zh-news n156 of session 38's unseen round); read for the reporters, the text kept as above
const DAY_FIRST_CREDIT = new RegExp(
  '^[\\p{Script=Han}]{2,8}?(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日[\\p{Script=Han}]{2,8}?(?:电|電)\\s*' +
  `[（(]\\s*(${ANY_CREDIT_ROLE}[^()（）]{2,30})[)）]`, 'u'
)
/** Longest Chinese personal name (a compound surname and a two-character given name). */
const MAX_CREDIT_NAME = 4

/**
 * The reporters of a credit that opens one of the first paragraphs as the paper's dateline (`本报记者周文杰、实习记者
 * 刘晴纽约报道　…`: zh-news n129 of session 37's unseen round): the names before the last as they stand, the last one
 * parted from the place glued after it (`刘晴纽约`: 刘晴 + 纽约); or a channel's dispatch word and its reporters in
 * brackets (`中天体育讯（特派记者 沈磊 发自厦门）`, `腾讯体育5月18日石家庄电（特派记者 周立群）`). The credit stays in the
 * text, as a dateline does.
 */
function openingCredit (blocks: Kept): string[] {
  for (const b of blocks.slice(0, DATELINE_BLOCKS)) {
    if (b.type !== 'paragraph') continue
    const channel = CHANNEL_CREDIT.exec(b.text) ?? DAY_FIRST_CREDIT.exec(asciiDigits(b.text))
    if (channel !== null) return bracketNames(channel[1])
    const m = OPENING_CREDIT.exec(b.text)
    if (m === null) continue
    // no place after the last name (`记者喻云亮报道：`): the run is the name, if it is a name's length
    const last = splitNameAndPlace(m[2])?.name ?? (m[2].length <= MAX_CREDIT_NAME ? m[2] : undefined)
    if (last === undefined) return []
    const before = m[1].split(/[、，,]/u).map(x => x.split(CREDIT_ROLE_SPLIT).join('').trim()).filter(x => x !== '')
    return [...before, last]
  }
  return []
}

/** The dateline: the front end's, else the first paragraph's. */
export function chooseDateline (proposals: ReadonlyArray<Proposal<Dateline>>): Dateline | null {
  return choose('dateline', proposals)?.value ?? null
}
