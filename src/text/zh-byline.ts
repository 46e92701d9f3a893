/**
 * Chinese bylines, one grammar for every stage that reads them (the HTML front end beside the headline, the
 * metadata stage's line readers): a role and names (`本报记者 张三`, `文/张三`, `华西都市报记者彭晗侯婷婷摄影吕甲`), a
 * photographer after them (`图/李四`), and the same with the date on the line (`文/张三 2023-05-07`).
 */
import { findDate, type DateOptions, type FoundDate } from './date.js'
import { splitNames, withoutEditorCredits } from './fields.js'
import { ZH_CREDIT_ROLE, ZH_OTHER_CREDIT_ROLE, ZH_PHOTO_ROLE, ZH_REPORTER_ROLE } from './roles.js'
import { holdsHan, unitAt } from './index.js'
import { isCommonHanName } from './han-names.js'
import { endsLikeOrg, isChineseOrganization } from './org-names.js'
import { TITLE_WORDS, withoutNameTitle } from './not-names.js'

const ZH_CREDIT_NAMES = '[\\p{Script=Han}·、\\s]{2,30}?'
/**
 * A photographer or a TV camera operator credited after the reporters (`摄影 吕甲`, `图/李四`, `摄影：李四`, `摄像 赵刚`):
 * not an author of the text, an editor credited as the photographer. `图` (picture) is a label only before its
 * separator.
 */
// (`照片／資訊組提供`, photos by a school's office: zh-org o266 of session 62's second unseen round)
// a photographer named in Latin letters too (`图：Jonas Becker`, a German institute's Chinese news: zh-org o172 of
// session 51's unseen round): capitalized words
const ZH_PHOTO_CREDIT = '(?:\\s*(?:摄影|攝影|摄像|攝像|摄|攝|(?:图片|圖片|照片|图|圖)(?=\\s*[:：/／∕｜|丨]))\\s*[:：/／∕｜|丨]?\\s*' +
  '([\\p{Script=Han}·、\\s]{2,12}|\\p{Lu}[\\p{L}\'.-]+(?:\\s\\p{Lu}[\\p{L}\'.-]+){0,3}))?'
// the writer's role before a slash or a colon: `文`, or text and pictures by one hand (`文、图`, `图文`, `文/图`; this
// last one may be followed by a space alone: `文/图 张三`); a report's (`报导：陈佩玲`, `报导／摄影：刘慧琳`: Malaysian and
// Hong Kong papers, zh-news n50 and n117 of session 36's unseen round)
const ZH_WRITER = '(?:文(?:\\s*[、/／∕．·・]?\\s*[图圖])?|[图圖]\\s*[、/／∕．·・]?\\s*文|(?:报导|報導|报道|報道)(?:\\s*[、/／∕]\\s*(?:摄影|攝影))?)'
// `本报记者 张三`, `华西都市报记者彭晗侯婷婷摄影吕甲`, `记者 张三 通讯员 李四`, `文/张三`, `文：张三`: role-and-names runs
// (each role with a bar or a colon after it or not: `融媒记者｜陈思雨　通讯员｜邵伟`, a WeChat byline box),
// nothing else; `文\记者 张三`: a backslash for the slash (a CMS that escapes it once or many times over writes `文\\\\记者`);
// `撰文／` and `文字／` with the slash `文／` takes (a Taiwan school library's closing `撰文／圖書館主任 蔡宜蓁`: zh-org o212 of
// session 58's unseen round); text and pictures by one writer, `文/图：` and `撰文／攝影：` (a Macau association's closing
// `撰文／攝影：秘書 鄭凱琳`: zh-org o304 of session 65's second unseen round)
const ZH_BYLINE = new RegExp(
  `^(?:${ZH_CREDIT_ROLE}\\s*[/／∕｜|丨]?|(?:撰文|文)\\s*[/／∕]\\s*(?:[图圖]|攝影|摄影)\\s*[:：]?(?=\\s*\\p{Script=Han})|` +
  `${ZH_WRITER}\\s*(?:[/／∕｜|丨:：]|\\\\+)|文字\\s*[/／∕:：｜|丨]|撰文\\s*[/／∕:：｜|丨]?)\\s*` +
  `(${ZH_CREDIT_NAMES}(?:\\s*${ZH_REPORTER_ROLE}\\s*[/／∕｜|丨:：]?\\s*${ZH_CREDIT_NAMES})*)${ZH_PHOTO_CREDIT}$`, 'u')
/**
 * A writer's label opening a line (`文/图：`, `文／`, `撰文：`, `文字：`, `報導：`, and with a WeChat article's bar: `文字｜`),
 * a bracket before it or not: a credit by its form, whatever stands after it, as a line that closes a text reads
 * (../metadata/readers/closing-byline.ts).
 */
const WRITER_LABEL = new RegExp(`^\\s*[（(【]?\\s*(?:${ZH_WRITER}|撰文|文字)\\s*[/／∕:：｜|丨]`, 'u')
export const opensWithWriterLabel = (text: string): boolean => WRITER_LABEL.test(text)
/** A later role's bar or colon before its names (`通讯员｜邵伟`): the names read as after a space. */
const ROLE_MARK = new RegExp(`(${ZH_REPORTER_ROLE})\\s*[/／∕｜|丨:：]\\s*`, 'gu')
/**
 * A credit after the writer's that names no writer, its names and the affiliation in brackets after them (`　諮詢／江柏毅
 * （林口長庚醫院臨床毒物科主治醫師）`, `審訂／王小明醫師`, `插畫／李四`): a magazine's byline names the expert the writer
 * asked and the illustrator beside the writer; the credit is set apart, as a space.
 */
const OTHER_CREDIT = new RegExp(`\\s+${ZH_OTHER_CREDIT_ROLE}\\s*[/／∕:：｜|丨]\\s*[\\p{Script=Han}·、]{2,20}` +
  '(?:（[^（）]{0,40}）|\\([^()]{0,40}\\))?(?=\\s|$)', 'gu')
/** Longest Chinese byline line: a medium, three roles and their names. */
const ZH_BYLINE_MAX = 60

/**
 * The byline grammar's match of a line; on a line it fails, tried again without the editors' credits after the
 * writers' (`文｜周雨桐　编辑｜秦朗`: an editor's barred credit, which the grammar's photographer part does not take).
 */
const bylineMatch = (text: string): RegExpExecArray | null => text.length <= ZH_BYLINE_MAX ? ZH_BYLINE.exec(text) : null

/**
 * Text and pictures credited to the names before them, last on the line (`■本报记者 王䶮 通讯员 鲁建国 文/图`, a city
 * paper's e-paper byline: zh-news n324 of session 43's unseen round): the names are the writers; the credit goes.
 */
const TEXT_AND_PICTURES_AFTER = /(?<=\p{Script=Han})\s+(?:文\s*[/／∕、]\s*[图圖]|[图圖]\s*[/／∕、]?\s*文)$/u

/**
 * A writer's post or organisation in brackets right after the name (`文／林彥廷（台灣溪流守護聯盟政策研究員）`, `文：陳穎芝
 * （項目統籌）｜攝影：何子軒`: an NGO's and a social enterprise's posts, zh-org o126 and o120 of session 45's unseen
 * rounds): set apart as a space; the name is read.
 */
const POST_AFTER_NAME = /(?<=\p{Script=Han}{2})\s*(?:（[^（）]{1,30}）|\([^()]{1,30}\))/gu

/**
 * The photographers credited before the writer (`摄影：阿杰 / 小静　文：阿苔`, a 点点网 post's closing credit: zh-blogs b315
 * of session 47's unseen round): the photo credit, its names (a slash between them too), and the writer's label after
 * a space. The writer's credit after it is read as a byline alone.
 */
const PHOTO_FIRST = new RegExp(`^(?:${ZH_PHOTO_ROLE}|图片|圖片|图|圖)\\s*[:：/／∕｜|丨]\\s*` +
  '([\\p{Script=Han}·、]{2,6}(?:\\s*[/／∕、]\\s*[\\p{Script=Han}·]{2,6}){0,3})\\s+(?=(?:文|撰文|文字)\\s*[:：/／∕｜|丨])', 'u')

/**
 * A reporter's role after the photographer's names (`摄像 彭勇　通讯员 舒红梅`, a county TV station's credit: zh-news n477
 * of session 61's unseen round): the names after it are writers again.
 */
const ROLE_AFTER_PHOTO = new RegExp(`\\s+${ZH_REPORTER_ROLE}\\s*[/／∕｜|丨:：]?\\s*`, 'u')

/** A photo credit's names cut where a reporter's role follows them: [the photographers', the writers' after them]. */
export function photoThenWriters (credit: string): [string, string] {
  const m = ROLE_AFTER_PHOTO.exec(credit)
  return m === null ? [credit, ''] : [credit.slice(0, m.index), credit.slice(m.index + m[0].length)]
}

/** A Chinese byline read: the names as written (the authors) and the photographers credited after them. */
export interface ZhByline { names: string, photographers: string[] }

/**
 * A byline in one pair of brackets, as a closing credit stands alone under the text (`（融媒记者 叶晓峰 通讯员 蓝振宇
 * 吴婧）`, `（本报记者 郑永光　图：黄志伟）`): the byline inside.
 */
const BRACKETED = /^\s*(?:（([^（）]*)）|\(([^()]*)\)|【([^【】]*)】)\s*$/u

/**
 * A Chinese credit's label with its translation after a slash, before the colon (`文/Text：刘畅　图/Fotos：Jonas Becker`, a
 * German university's Confucius Institute on TYPO3: zh-org o172 of session 51's unseen round; `摄影/Photo：`): the label.
 */
const BILINGUAL_LABEL = /(\p{Script=Han})\s*[/／]\s*[A-Za-z]{2,12}(?=\s*[:：])/gu

/**
 * A student's cohort before a name, set apart by a space (`2019级博士生 何玥`, `经济学院2020级硕士研究生 温赟`,
 * `108級碩士生 林佩玥`): the year the student entered (two to four digits and `级`/`級`), the degree ending in `生`, as
 * university news credits its student writers and photographers (`文 / 2019级博士生 何玥　图 / 2020级硕士生 温赟`, a
 * robotics group's workshop news: zh-org o288 of session 64's unseen wave). No part of the credit's names: the grammar
 * reads none with digits.
 */
const COHORT_BEFORE_NAME = new RegExp('(?<=^|[\\s/／∕:：])[\\p{Script=Han}]{0,12}\\d{2,4}\\s*[级級]' +
  '[\\p{Script=Han}]{0,6}生\\s+(?=[\\p{Script=Han}·]{2,4}(?:$|[\\s、]))', 'gu')
const withoutCohorts = (text: string): string => /\d/.test(text) ? text.replace(COHORT_BEFORE_NAME, '') : text

/**
 * `文/张三 图/李四` -> names `张三`, photographers [`李四`]; the same in brackets (`（记者 张三 通讯员 李四）`); null for a
 * line that is not a byline alone.
 */
export function readZhByline (text: string): ZhByline | null {
  // every reading needs a Han role or writer's label (`记者`, `文`, `摄影`: data/reporter-roles.json, all Han) and
  // nothing below writes one: a text without Han (an English paragraph under the headline) is none, unsearched
  if (!holdsHan(text)) return null
  const b = text.length <= ZH_BYLINE_MAX ? BRACKETED.exec(text) : null
  const bracketed = b === null ? text : (b[1] ?? b[2] ?? b[3]).trim()
  const after = b === null ? null : roleAfterNames(bracketed)
  if (after !== null) return after
  // a paper's mark before each role (`◎记者 陈思远 ○编辑 孙立`) sets the credits apart as a space does; a post in
  // brackets after a name needs its bracket; a bilingual label is its Chinese (`文/Text：`, `图/Fotos：`)
  const posts = bracketed.includes('（') || bracketed.includes('(') ? bracketed.replace(POST_AFTER_NAME, ' ') : bracketed
  const labelled = posts.includes('/') || posts.includes('／') ? posts.replace(BILINGUAL_LABEL, '$1') : posts
  const marked = withoutCohorts(withoutCreditMarks(labelled.trim()))
  const first = PHOTO_FIRST.exec(marked)
  if (first !== null) {
    const writer = readZhByline(marked.slice(first[0].length))
    const before = first[1].split(/\s*[/／∕、]\s*/u)
    return writer === null ? null : { names: writer.names, photographers: [...before, ...writer.photographers] }
  }
  const m = bylineMatch(marked) ?? bylineMatch(withoutEditorCredits(marked))
  if (m === null) return null
  const [photographer, laterWriters] = photoThenWriters(m[2]?.trim() ?? '')
  // the editors' credits after the writers (`记者 陈思远 编辑 孙立`): no name after an editor's role is a writer
  const writers = `${m[1]} ${laterWriters}`.trim()
  const names = withoutUnit(withoutEditorCredits(writers.replace(ROLE_MARK, '$1 ')))
  if (names === '') return null
  // (a photographer's unit before the name as well: `攝影／資訊組 游志豪`)
  return { names, photographers: photographer === '' ? [] : splitNames(withoutUnit(photographer)) }
}


/**
 * Most characters of a writer's post after the unit's name (`社工`, `干事`, `副主任`, `實習教師`: a school's guidance
 * office's intern teacher, `文／輔導室實習教師 蔡玥琪`: zh-org o236 of session 60's second unseen round).
 */
const POST_AFTER_UNIT = 4

/**
 * A unit of the organisation named before the writer (`文．圖／社工組 林佩君`, a foundation's social-work group: zh-org o83
 * of session 41's unseen round; `宣传科 王敏`): a word ending as a team, section or office does, the writer's post in it
 * after it or not (`撰文：長者地區中心社工 陳嘉欣`, the elderly centre's social worker: zh-org o197 of session 55's unseen
 * round); or the writer's post in the organisation, `本` (our) first (`文／本會社工 黃郁婷`, the association's social worker:
 * zh-org o90); set apart by a space.
 */
const UNIT_BEFORE_NAME = new RegExp(
  `^(?:[\\p{Script=Han}]{1,6}[组組部科室处處股队隊中心][\\p{Script=Han}]{0,${POST_AFTER_UNIT}}|本[\\p{Script=Han}]{1,5})\\s+` +
  `(?=[\\p{Script=Han}·]{2,4}(?:${TITLE_WORDS})?(?:$|[\\s、]))`, 'u')

/**
 * An organisation, the writer's post in it and the writer, each set apart by a space (`長期照顧司　科長　黃郁婷`, a Taiwan
 * ministry's department and a section chief: zh-gov g323 of session 62's unseen round; `中国科学院滇南动物研究所 博士研究生 罗玥`,
 * an institute's doctoral student: zh-org o260; without the post, `市生态环境局大气环境处　韩喆` after `供稿：`: zh-gov g327 of
 * the second wave): the post is any word there, the organisation's name says what it is.
 */
const ORG_POST_NAME = /^([\p{Script=Han}]{3,30})\s+(?:([\p{Script=Han}]{2,6})\s+)?([\p{Script=Han}·]{2,4})$/u

/**
 * The writer's post before the name, set apart by a space (`英語教師 蔡宛臻`, a school's English teacher: zh-org o266 of
 * session 62's second unseen round): a word ending in a professional title (data/author-validation.json's titles).
 */
const POST_BEFORE_NAME = new RegExp(
  `^[\\p{Script=Han}]{0,6}(?:${TITLE_WORDS})\\s+(?=[\\p{Script=Han}·]{2,4}(?:$|[\\s、]))`, 'u')

/** Names without a unit before them, when a common personal name follows it. */
export function withoutUnit (names: string): string {
  const post = ORG_POST_NAME.exec(names)
  if (post !== null && (isChineseOrganization(post[1]) || endsLikeOrg(post[1])) && isCommonHanName(post[3]) &&
    (post[2] === undefined || !isCommonHanName(post[2]))) {
    return post[3]
  }
  const m = UNIT_BEFORE_NAME.exec(names) ?? POST_BEFORE_NAME.exec(names)
  if (m === null) return names
  const rest = names.slice(m[0].length)
  // (the name may have a professional title after it: `耳鼻喉部 林書瑋醫師`)
  return isCommonHanName(withoutNameTitle(rest.split(/[\s、]/u)[0])) ? rest : names
}

/**
 * A closing credit that puts each role after its names (`（心血管内科　刘佳怡　黄博文/文　唐鹏/图）`, hospital and
 * university news: zh-org o82 of session 41's unseen round), a department before the names or not: the writers, and the
 * photographers after them.
 */
const ROLE_AFTER_NAMES = /^([\p{Script=Han}·、\s]{2,30}?)\s*[/／∕]\s*(?:文|撰文|文字)(?:\s+([\p{Script=Han}·、\s]{2,12}?)\s*[/／∕]\s*(?:[图圖]|摄影|攝影))?$/u

/** The writers and photographers of a credit with its roles after the names; null when it is not one. */
export function roleAfterNames (text: string): ZhByline | null {
  const m = ROLE_AFTER_NAMES.exec(text)
  if (m === null) return null
  // a department before the names (`心血管内科`) is no writer: only common personal names are
  const names = m[1].split(/[\s、]+/u).filter(isCommonHanName)
  if (names.length === 0) return null
  const photographers = (m[2] ?? '').split(/[\s、]+/u).filter(isCommonHanName)
  return { names: names.join('、'), photographers }
}


/**
 * White space and a bar or a dot between the date and the byline (`2018 年 7 月 3 日｜文／林佳穎、陳冠廷`, a Taiwan NGO's
 * Google Sites column: zh-org o147 of session 48's unseen round), at either end of the part beside the date.
 */
const DATE_BAR = /^[\s|｜丨·•]+|[\s|｜丨·•]+$/gu

/**
 * `文/张三 2023-05-07`, `2023-05-07 10:20 记者 张三 摄影 李四`, `2018年7月3日｜文／张三`: a byline with the date before or
 * after it on its line, nothing else; the date found and the byline, or null.
 */
export function readDatedZhByline (
  text: string, dates: DateOptions
): { date: FoundDate, byline: ZhByline } | null {
  if (!holdsHan(text)) return null
  const date = findDate(text, dates)
  if (date === null) return null
  const before = text.slice(0, date.index).replace(DATE_BAR, '')
  const after = text.slice(date.index + date.length).replace(DATE_BAR, '')
  const rest = before === '' ? after : after === '' ? before : ''
  const byline = rest === '' ? null : readZhByline(rest)
  return byline === null ? null : { date, byline }
}

/** Marks newspapers set before a byline or an info line (`□`, `■`, `●`, `◆`, `▲`, `★`), or before each of its roles. */
const MARKS = '□■●◆◇▲△★☆○◎'
const LEAD_MARK = new RegExp(`^[${MARKS}]+\\s*`, 'u')
/** A mark inside a byline, before a later role (`○编辑`): a separator. */
const INNER_MARK = new RegExp(`(?<=\\S)\\s*[${MARKS}]+\\s*`, 'gu')
/**
 * A bar between the writer's credit and the photographer's (`文：麥穎欣｜攝：黃子朗`, a Hong Kong outlet's first line:
 * zh-news n202 of session 39's unseen round): a separator, as a space.
 */
const BAR_BEFORE_PHOTO = /\s*[｜|丨]\s*(?=(?:摄影|攝影|摄像|攝像|摄|攝|图片|圖片|图|圖)\s*[:：/／∕])/gu
/** The marks alone, and the separators `OTHER_CREDIT` and `BAR_BEFORE_PHOTO` need (their bars among them). */
const ANY_MARK = new RegExp(`[${MARKS}]`, 'u')
const CREDIT_SEPARATOR = /[/／∕:：｜|丨]/u
/** The last characters `TEXT_AND_PICTURES_AFTER` can end on. */
const TEXT_AND_PICTURES_LAST = new Set(['文', '图', '圖'])

/**
 * The byline without the marks between its credits, a bar before the photographer's, the credits that name no writer
 * and text and pictures credited last. Each pattern is asked only of a line that holds what every match of it must
 * hold (a mark, a separator, its last character): most lines hold none, and each pattern, tried from every position
 * of a paragraph, ran its look-behind or leading white space there (the same text either way).
 */
function withoutCreditMarks (text: string): string {
  const marks = ANY_MARK.test(text)
  const separated = CREDIT_SEPARATOR.test(text)
  let out = marks ? text.replace(INNER_MARK, ' ').replace(LEAD_MARK, '') : text
  if (separated) out = out.replace(BAR_BEFORE_PHOTO, ' ').replace(OTHER_CREDIT, ' ')
  if (TEXT_AND_PICTURES_LAST.has(out.charAt(out.length - 1))) out = out.replace(TEXT_AND_PICTURES_AFTER, '')
  return out.trim()
}

/** Every mark of LEAD_MARK lies in U+25A0-U+2606: a line opening outside it has none, and is not rewritten. */
const LEAD_MARK_FIRST = 0x25a0
const LEAD_MARK_LAST = 0x2606

/** `■本报记者 张三` -> `本报记者 张三`: a line without the mark a paper sets before its byline or info line. */
export function withoutLeadMark (text: string): string {
  const c = unitAt(text, 0)
  return c >= LEAD_MARK_FIRST && c <= LEAD_MARK_LAST ? text.replace(LEAD_MARK, '') : text
}
