/**
 * Credits glued to the end of paragraphs: `...问题。(记者 蔡敏婕)`, `(Reporter Xu Jingjing)`, `（责任编辑：张三）`,
 * and a writer's credit standing alone (`(李艳 撰稿)`). Reporters become author candidates of kind `credit`,
 * editors and sources candidates of kind `credit-line`; the credit leaves the paragraph.
 */
import type { DateOptions } from '../../text/date.js'
import { parseInfoLine, splitNames, withoutEditorCredits } from '../../text/fields.js'
import type { Evidence, Kept } from '../evidence.js'
import { editorNames } from './editors.js'
import { readMtByline } from '../mt-byline.js'
import { reportByline } from '../authors.js'
import { ZH_CREDIT_ROLE, ZH_PHOTO_ROLE } from '../../text/roles.js'
import { isChineseOrganization } from '../../text/org-names.js'
import { TITLE_WORDS } from '../../text/not-names.js'
import { isCommonHanName } from '../../text/han-names.js'
import { photoThenWriters, roleAfterNames, withoutUnit } from '../../text/zh-byline.js'

// `...问题。(记者 蔡敏婕)`, `（华商报记者 杨帆 实习生 何静怡）`, `(Reporter Xu Jingjing)`, `（文/张三）` at the end of a
// paragraph: the reporter's role with its outlet or medium (text/roles.ts), or a writer's
// (a unit may stand before the role, `（紫荆街道党政办　文/罗雅琴　图/邓永胜）`: the office that supplied it, zh-gov g235 of
// session 52's unseen round)
const TRAILING_AUTHOR = new RegExp('\\s*[(（]\\s*(?:\\p{Script=Han}{2,20}\\s+)?' +
  `(${ZH_CREDIT_ROLE}|Reporters?|Correspondents?|文|文\\/图|撰稿|作者)` +
  '\\s*[:：/]?\\s*([^()（）]{1,40}?)\\s*[)）]$', 'u')
// `...。（责任编辑：张三）`, `【编辑:李四】` at the end of a paragraph.
const TRAILING_INFO = /\s*([[【(（]\s*[^[\]【】()（）]{1,40}[:：][^[\]【】()（）]{1,40}[\]】)）])$/u
// `(李艳 撰稿)`, `（张三 整理）`, `(星島日報報道)` (Hong Kong writes 報道): a writer's or a paper's credit standing alone as
// the last lines; the pictures' credit may follow (`（秘書處 梁嘉琪 撰稿　圖片：理事 何俊傑）`, a Macau association's
// post: zh-org o244 of session 61's unseen round), its names the photographer's
const WRITER_CREDIT = new RegExp('^[(（]\\s*([\\p{Script=Han}·、\\s]{2,16}?)\\s*(?:撰稿|整理|采写|採寫|报道|報導|報道)' +
  `(?:\\s+(?:${ZH_PHOTO_ROLE}|图片|圖片|图|圖)\\s*[:：/／]\\s*([\\p{Script=Han}·、\\s]{2,16}?))?\\s*[)）]$`, 'u')
// `（初二年级组 汪志红 供稿）`, `（协会秘书处 供稿）`, `（宣传部供稿）`: who supplied the piece, a unit, a person or both,
// standing alone as the last lines of school, company and association news
const SUPPLIED_BY = /^[(（]\s*([\p{Script=Han}·、\s]{2,24}?)\s*供稿\s*[)）]$/u
// `（郑珺　李文涛）`, `（孟庆云　杜海燕）`: two to four names alone in brackets, standing alone as the last lines, no role
// nor unit (a government agency's and an enterprise paper's closing credit: zh-gov g301 of session 61's unseen round,
// zh-org o161 of session 49's); every name a common one (one name alone in brackets may be a place
// or a person the text speaks of)
const BARE_NAMES = /^[(（]\s*([\p{Script=Han}·]{2,4}(?:[\s、]+[\p{Script=Han}·]{2,4}){1,3})\s*[)）]$/u
/**
 * The ending of an administrative place (`苏州`, `张家港`, `城关镇`): a bracket of places (`（张家港　苏州）`) reads as one of
 * common names (`苏` and `张` are surnames), so no bare name may end so.
 */
const PLACE_END = /[省市县縣区區镇鎮乡鄉村州港]$/u
/** A bare name in a bracket of names alone: a common one, no organisation's nor a place's. */
const bareName = (n: string): boolean => isCommonHanName(n) && !isChineseOrganization(n) && !PLACE_END.test(n)
/** Longest Chinese personal name, in characters (a two-character surname and a two-character given name). */
const HAN_NAME_MAX = 4

/**
 * The parts of a `供稿` credit: a person's name (two to four characters, no unit's ending) is an author; a unit
 * (`初二年级组`, `协会秘书处`) is the source the piece came from.
 */
function suppliedBy (credit: string, ev: Evidence): void {
  for (const part of credit.split(/[\s、]+/u).filter(p => p !== '')) {
    if (part.length <= HAN_NAME_MAX && part.length >= 2 && !isChineseOrganization(part)) {
      ev.authors.push({ kind: 'credit', value: part })
    } else {
      ev.sources.push({ kind: 'credit-line', value: part })
    }
  }
}

/** Most writers a unit credit names (`（省人大常委会法工委　周堃　郭珺）`: two; four at most). */
const MAX_UNIT_WRITERS = 4
/** Most parts after a unit credit's first unit: its writers and later units with theirs. */
const UNIT_CREDIT_PARTS = 8

// `（江淮城际项目部 刘晓燕）`, `（企业文化部　吴珺瑶）`, `（省人大常委会法工委　周堃　郭珺）` at the end of the last paragraph or
// alone: a unit and its writers (up to four), no role word (enterprise, institution and government news); more units
// each with its writers may follow (`（汾川县委宣传部 赵建军　县城建局 任丽娜）`, a county site's news two offices wrote: zh-news
// n529 of session 65's unseen round)
const UNIT_CREDIT = new RegExp('\\s*[(（]\\s*([\\p{Script=Han}]{3,30})\\s+([\\p{Script=Han}·]{2,4}' +
  `(?:[\\s、]+[\\p{Script=Han}·]{2,30}){0,${UNIT_CREDIT_PARTS - 1}})\\s*[)）]$`, 'u')

/**
 * The writers of a unit credit's parts after its first unit (`赵建军　县城建局 任丽娜`): names, each after a unit or
 * another name; a later unit (an organisation's name) must be followed by a name. Null when a part is neither, or more
 * than MAX_UNIT_WRITERS names are read.
 */
function unitWriters (parts: readonly string[]): string[] | null {
  const names: string[] = []
  let named = true
  for (const part of parts) {
    if (isChineseOrganization(part)) {
      if (!named || names.length === 0) return null
      named = false
    } else if (part.length <= HAN_NAME_MAX) {
      names.push(part)
      named = true
    } else return null
  }
  return named && names.length <= MAX_UNIT_WRITERS ? names : null
}

/**
 * A unit's writers credited at the end of `text`: the text before it (empty for a credit alone), or null. The unit may
 * end with the writer's professional title (`（本院儿科主任医师 孙丽华）`, a hospital's health article: zh-org o131 of
 * session 46's unseen round; `TITLE_END`), when the
 * writer's name is a common one: the writer, and no source (a post names no publisher).
 */
function unitCredit (text: string, ev: Evidence): string | null {
  const m = UNIT_CREDIT.exec(text)
  // after a telephone number or a contact's label (`咨询电话：0836-2261122（市交警支队秩序科　吴喆）`, a traffic police
  // notice: zh-gov g238 of session 52's unseen round) the unit and the name are whom to call, no writer
  if (m !== null && CONTACT_BEFORE.test(text.slice(Math.max(0, m.index - CONTACT_LOOKBEHIND), m.index))) return null
  const parts = m === null ? [] : m[2].split(/[\s、]+/u)
  const names = unitWriters(parts)
  if (m === null || names === null) return null
  // (a later unit's credit is read only after an organisation's: a title before the name credits one writer)
  const titled = names.length === parts.length && !isChineseOrganization(m[1]) && TITLE_END.test(m[1]) &&
    names.every(isCommonHanName)
  if (!titled && !isChineseOrganization(m[1])) return null
  for (const value of names) ev.authors.push({ kind: 'credit', value })
  if (!titled) ev.sources.push({ kind: 'credit-line', value: m[1] })
  ev.removed.push({ kind: 'metadata', rule: 'credit', text: m[0].trim(), reason: 'a unit and its writer credited' })
  return text.slice(0, m.index).trimEnd()
}

/** A contact's label or a telephone number right before a bracket (`咨询电话：0836-2261122`, `联系人：`, `热线`). */
const CONTACT_BEFORE = /(?:电话|電話|热线|熱線|联系|聯絡|聯繫|咨询|諮詢|查询|查詢|传真|傳真)[^，。；]*$|\d[\d-]{5,}\s*$/u
/** Characters before a unit's bracket read for a contact's label. */
const CONTACT_LOOKBEHIND = 30

/** A professional title at the end of a unit (`本院儿科主任医师`: data/author-validation.json notNames `title`). */
const TITLE_END = new RegExp(`(?:${TITLE_WORDS})$`, 'u')

/** Credits are taken off one after another from a paragraph's end: a reporter, an editor, a source. */
const MAX_CREDITS = 3
const CREDIT_FIELDS = new Set(['editor', 'author', 'source'])

// `（记者 马小红 通讯员 李娜 摄影 王五）`, `（记者 王晓东 刘敏　摄像 赵刚）` (a TV station's camera operator): the photographer
// credited last in a reporters' credit, no author of the text; and `图/` after a writer's `文/` (`（文/韦晓丽　图/黄志强）`:
// the pictures', zh-org o77 of session 40's unseen round), only after a name and with its slash or colon (`图` alone is
// a word; `文/图：` credits both to one writer)
const PICTURES_AFTER_NAME = '(?<=\\S\\s+)[图圖](?=\\s*[:：/／])'
const PHOTO_LAST = new RegExp(
  `\\s*(${ZH_PHOTO_ROLE}|${PICTURES_AFTER_NAME})\\s*[:：/／]?\\s*([\\p{Script=Han}·、\\s]{2,12})$`, 'u')
/** A TV station's camera operator (`摄像`), credited beside the reporters as a photographer is. */
const CAMERA = /^(?:摄像|攝像)/u

// `（記者蘇孟娟攝）`, `（記者高振宇／攝影）` under a photo: the reporter credited as its photographer (攝/摄 or 攝影 after the
// names), no author of the text; `文/攝` after the names credits the text and the photos to them, authors
const PHOTO_BY = /^([\p{Script=Han}·、\s]{2,16}?)(?:(?<!文\s*)\s*[/／╱∕]\s*(?:摄影|攝影)|\s*(?:摄影|攝影|摄|攝))$/u

/** A reporter credit at the end of `text`: the text before it (empty for a credit alone), or null. */
function trailingAuthor (text: string, ev: Evidence): string | null {
  const a = trailingAuthorMatch(text)
  if (a === null) return null
  const photoBy = PHOTO_BY.exec(a[2])
  if (photoBy !== null) {
    for (const name of splitNames(photoBy[1].trim())) {
      ev.editors.push({ kind: 'credit-line', value: { role: 'photographer', name } })
    }
    ev.removed.push({ kind: 'metadata', rule: 'credit', text: a[0].trim(), reason: 'photo credit' })
    return text.slice(0, a.index).trimEnd()
  }
  const { writers, photo } = creditParts(a[2])
  // (a reporter's role after the photographer's names credits more writers: `摄像 彭勇　通讯员 舒红梅`)
  const [photographers, laterWriters] = photoThenWriters(photo?.[2] ?? '')
  const names = splitNames(withoutEditorCredits(writers))
  // no name read (`（作者系北京大学教授）`, a note on the writer): the text stays the article's
  if (names.length === 0) return null
  for (const value of [...names, ...splitNames(laterWriters.trim())]) ev.authors.push({ kind: 'credit', value })
  const role = photo !== null && CAMERA.test(photo[1]) ? 'camera operator' : 'photographer'
  for (const name of splitNames(photographers.trim())) {
    ev.editors.push({ kind: 'credit-line', value: { role, name } })
  }
  // a paragraph that is the credit alone (`（记者 张三）` closing the article) is the same credit on its own line
  const reason = a.index === 0 ? 'reporter credit standing alone' : 'reporter credit at the end of a paragraph'
  ev.removed.push({ kind: 'metadata', rule: 'credit', text: a[0].trim(), reason })
  return text.slice(0, a.index).trimEnd()
}

/**
 * A reporter credit's writers and the photographer's credit after them (`PHOTO_LAST`), if any. A reviewer's or an
 * editor's credit after the writer's and the photographer's (`（文/周晓雯　图/龙海涛　审核/高建民）`: zh-org o85 of session 41's
 * unseen round) names no writer; the photographer credited last is read first (its role is an editor's label too).
 */
function creditParts (credit: string): { writers: string, photo: RegExpExecArray | null } {
  const last = PHOTO_LAST.exec(credit)
  const kept = last !== null ? credit : withoutEditorCredits(credit)
  const photo = last ?? PHOTO_LAST.exec(kept)
  return { writers: photo === null ? kept : kept.slice(0, photo.index), photo }
}

/**
 * `TRAILING_AUTHOR`'s match, when the unit it names before the role, if any, is an organisation's name
 * (`（今天下午供稿　撰稿：王建华）` names none: no credit).
 */
function trailingAuthorMatch (text: string): RegExpExecArray | null {
  const m = TRAILING_AUTHOR.exec(text)
  if (m === null) return null
  const opened = m[0].replace(/^\s*[(（]\s*/u, '')
  const unit = opened.slice(0, opened.indexOf(m[1])).trim()
  return unit === '' || isChineseOrganization(unit) ? m : null
}

/** An editor, author or source credit in brackets at the end of `text`: the text before it, or null. */
function trailingInfo (text: string, dates: DateOptions, ev: Evidence): string | null {
  const t = TRAILING_INFO.exec(text)
  const info = t === null ? null : parseInfoLine(t[1], dates)
  if (t === null || info === null || info.fields.length === 0 || text.length <= t[0].length) return null
  if (!info.fields.every(f => CREDIT_FIELDS.has(f.field))) return null
  for (const f of info.fields) {
    if (f.field === 'editor') {
      const role = f.role ?? 'editor'
      for (const name of editorNames(f.value)) ev.editors.push({ kind: 'credit-line', value: { role, name } })
    } else if (f.field === 'author') ev.authors.push({ kind: 'credit', value: f.value })
    else ev.sources.push({ kind: 'credit-line', value: f.value })
  }
  ev.removed.push({ kind: 'metadata', rule: 'credit', text: t[1], reason: 'editor credit at the end of a paragraph' })
  return text.slice(0, t.index).trimEnd()
}

/** A report's kind closing a writer's credit (`…报道）`). */
const REPORT_CLOSE = /(?:报道|報導|報道)\s*[)）]$/u

/**
 * The names of a writer's credit (`WRITER_CREDIT`); a report's credit is read as a report byline: `（本报记者 何婧
 * 苏黎世报道）` is a reporter and the place she reports from, no second name `苏黎世` (zh-news n501 of session 62's second
 * unseen round).
 */
function writerCreditNames (text: string, names: string): string[] {
  return (REPORT_CLOSE.test(text) ? reportByline(text, splitNames) : null) ?? splitNames(names)
}

/**
 * A note on the writer standing alone in brackets (`（作者系澄泓资本研究总监邓一帆，本文仅代表个人观点，不构成投资建议。）`, a fund
 * company's column on a 雪球-style site: zh-org o299 of session 65's unseen round): `作者系`, `作者为`, then the writer's
 * place and post up to the first comma; its writer is the name after the post.
 */
const WRITER_NOTE = /^[(（]\s*(?:本文)?作者(?:系|为|為|是)\s*([^，,。；;()（）]{4,40})(?:[，,。；;][^()（）]*)?[)）]$/u
/** A post's title and a personal name after it, ending a note on the writer (`…研究总监邓一帆`). */
const NAME_AFTER_POST = new RegExp(`(?:${TITLE_WORDS})([\\p{Script=Han}·]{2,3})$`, 'u')

/** Whether a paragraph is two to four names alone in brackets (`BARE_NAMES`): the writers read, the line off. */
function bareCredit (text: string, ev: Evidence): boolean {
  const bare = BARE_NAMES.exec(text)
  const names = bare === null ? [] : bare[1].split(/[\s、]+/u)
  if (names.length === 0 || !names.every(bareName)) return false
  for (const value of names) ev.authors.push({ kind: 'credit', value })
  ev.removed.push({ kind: 'metadata', rule: 'credit', text, reason: 'writers named alone in brackets' })
  return true
}

/** Whether a paragraph is a note on the writer naming one (`WRITER_NOTE`): the writer read into `ev`, the note off. */
function notedCredit (text: string, ev: Evidence): boolean {
  const note = WRITER_NOTE.exec(text)
  const name = note === null ? null : NAME_AFTER_POST.exec(note[1])
  if (name === null || !isCommonHanName(name[1])) return false
  ev.authors.push({ kind: 'credit', value: name[1] })
  ev.removed.push({ kind: 'metadata', rule: 'credit', text, reason: 'a note on the writer' })
  return true
}

/** A line that is one bracketed credit, short as a credit is (`（心血管内科　刘佳怡　黄博文/文　唐鹏/图）`). */
const BRACKETED_LINE = /^[(（]([^()（）]{4,40})[)）]$/u

/** Every credit pattern ends with a closing bracket: a paragraph ending otherwise is not tried. */
const CREDIT_END = /[)）\]】]$/

/** The paragraph with its credits taken off (empty when it was a credit alone). */
function uncredited (text: string, dates: DateOptions, ev: Evidence): string {
  if (!CREDIT_END.test(text)) return text
  const credit = WRITER_CREDIT.exec(text)
  if (credit !== null) {
    for (const value of writerCreditNames(text, credit[1])) ev.authors.push({ kind: 'credit', value })
    for (const name of splitNames(withoutUnit(credit[2] ?? ''))) {
      ev.editors.push({ kind: 'credit-line', value: { role: 'photographer', name } })
    }
    ev.removed.push({ kind: 'metadata', rule: 'credit', text, reason: 'writer credit' })
    return ''
  }
  // `(Text/Zhou Qing  Figure/Lin Hao)`: a machine-translated writer's credit closing the text (../mt-byline.ts)
  const mt = readMtByline(text, true)
  if (mt !== null) {
    ev.authors.push({ kind: 'credit', value: mt.names })
    for (const name of mt.photographers) ev.editors.push({ kind: 'credit-line', value: { role: 'photographer', name } })
    ev.removed.push({ kind: 'metadata', rule: 'credit', text, reason: 'writer credit' })
    return ''
  }
  // `（心血管内科　刘佳怡　黄博文/文　唐鹏/图）`: each role after its names (../../text/zh-byline.ts)
  const after = BRACKETED_LINE.exec(text)
  const credited = after === null ? null : roleAfterNames(after[1].trim())
  if (credited !== null) {
    ev.authors.push({ kind: 'credit', value: credited.names })
    for (const name of credited.photographers) {
      ev.editors.push({ kind: 'credit-line', value: { role: 'photographer', name } })
    }
    ev.removed.push({ kind: 'metadata', rule: 'credit', text, reason: 'writer credit' })
    return ''
  }
  if (notedCredit(text, ev) || bareCredit(text, ev)) return ''
  const supplied = SUPPLIED_BY.exec(text)
  if (supplied !== null) {
    suppliedBy(supplied[1], ev)
    ev.removed.push({ kind: 'metadata', rule: 'credit', text, reason: 'credit of who supplied the piece' })
    return ''
  }
  let out = text
  for (let i = 0; i < MAX_CREDITS; i++) {
    const before = trailingAuthor(out, ev) ?? trailingInfo(out, dates, ev) ?? unitCredit(out, ev)
    if (before === null) break
    out = before
  }
  return out
}

/** Reads the credits of every paragraph into `ev`; returns the blocks without them. */
export function readCredits (blocks: Kept, dates: DateOptions, ev: Evidence): Kept {
  const out: Kept = []
  for (const b of blocks) {
    const text = b.type === 'paragraph' ? uncredited(b.text, dates, ev) : b.text
    if (text !== '') out.push(text === b.text ? b : { ...b, text })
  }
  return out
}
