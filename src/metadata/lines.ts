/**
 * The lines of the page that carry metadata, wherever they stand: article information lines (`来源：X　发布时间：Y`,
 * `Editor: Z`), date lines and dates glued to a line's start, unlabelled Chinese info lines, relative date lines
 * and bylines near the top. Each is read into the evidence (candidates with their kind) and taken out of the body
 * under its removal rule; every other block is kept.
 */
import type { Candidate } from '../draft.js'
import type { Removal } from '../types.js'
import type { RemovalRule } from '../removal-rules.js'
import { findDate, mayStartWithDate, type DateOptions } from '../text/date.js'
import {
  hasDate, hasOrgWord, hasRoleWord, isAgency, isCredentials, isLabelCell, isReadingTime, parseInfoCells, parseInfoLine,
  readBareInfo,
  readUndatedCredit, splitDatePrefix, splitNames, withoutPostActions, type InfoLine
} from '../text/fields.js'
import { escapeRegExp, findRelativeDate, weightedLength } from '../text/index.js'
import { loadData } from '../data.js'
import { readDatedZhByline, readZhByline, withoutLeadMark } from '../text/zh-byline.js'
import {
  isDeskByline, judgeAuthor, photoReportCredit, reportByline, reportPhotoTail, leadingReportByline
} from './authors.js'
import { PROFILE_DATE } from '../text/other-dates.js'
import { FILED_IN, ZH_CREDIT_ROLE } from '../text/roles.js'
import { isPinyinName, readRoleLine } from './role-line.js'
import { editorNames } from './readers/editors.js'
import { siteShaped } from './title.js'
import { readDatelineText } from './readers/dateline.js'
import { keptBlock, type Evidence, type Kept } from './evidence.js'
import { readMtByline } from './mt-byline.js'
import type { Proposal } from './choose.js'

/** Bylines, unlabelled info lines and relative date lines are read among the first blocks only. */
const TOP_BLOCKS = 8
/** Longest line read as a relative date line, in characters. */
const RELATIVE_LINE_MAX = 40
/**
 * Letters and digits a relative date line may hold beside the date (`Posted`, `发布时间`, `Updated · News`), a Han
 * character counted as the 2.5 letters it stands for (`weightedLength`): `发布时间` is a label, `记者来到现场` a sentence.
 */
const RELATIVE_LINE_EXTRA = 12

// a full stop inside a name only after an initial or an honorific (`By John F. Kennedy`, `By Dr. Vahid Osman`,
// `By J. R. Smith`): any other stop ends a sentence, and a sentence is no byline
const NAME_STOP = '(?<=(?:^|[\\s(])(?:\\p{Lu}|Dr|Prof|Mr|Mrs|Ms|Mx|Jr|Sr|St|Rev|Hon))\\.'
const BYLINE = new RegExp(`^(?:By|BY|Written by|Text by)\\s+((?:[^.。,，;；:：!?]|${NAME_STOP}){2,80}?)$`, 'u')
// `By Dylan Bailey, MS, RD, FAND`, `By Genevieve Carlton, Ph.D.`: a name signed with post-nominal letters only
const BYLINE_CREDENTIALS = new RegExp(
  `^(?:By|BY|Written by)\\s+((?:[^.。,，;；:：!?]|${NAME_STOP}){2,80}?(?:,\\s*[^,，;；:：!?]{2,20}){1,4})$`, 'u')
// `By JANE DOE and JOHN ROE, Associated Press`, `By Jane Doe, Staff Writer`: the names, then the wire they write
// for (a known agency) or their job title (data/metadata-roles.json)
const BYLINE_AFTER_COMMA = new RegExp(
  `^(?:By|BY|Written by)\\s+((?:[^.。,，;；:：!?]|${NAME_STOP}){2,80}?),\\s*([^.。,，;；:：!?]{2,40})$`, 'u')
/** A capitalized word of a name (`Jane`, `O’Brien`, `Martínez-Beltrán`, `C.`). */
const CAPITAL_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`
/** The particles of surnames (`van der Merwe`, `de la Cruz`: data/author-markers.json), as one alternation. */
const PARTICLE_ALT = loadData<{ nameParticles: Array<{ word: string }> }>('author-markers.json').nameParticles
  .map(p => escapeRegExp(p.word)).join('|')
/** A word that goes on with a name: a particle or another capitalized word. */
const NAME_GOES_ON = `(?:${PARTICLE_ALT}|${CAPITAL_WORD})`
// one name of a list byline: capitalized words with the particles of surnames, a doctor's or professor's title before
const LIST_NAME = String.raw`(?:(?:Dr|Prof)\.?\s+)?` + `${CAPITAL_WORD}(?:\\s+${NAME_GOES_ON}){0,4}`
// `By Danielle DeSiato, Donna Enzmann, and Natalie Nguyen`: three names or more, commas between, `and` before the
// last; or, as papers list their authors, commas alone (`By Naftali Tishby, Fernando C. Pereira, William Bialek`)
const BYLINE_LIST = new RegExp(`^(?:By|BY|Written by)\\s+(${LIST_NAME}(?:\\s*,\\s*${LIST_NAME})+` +
  `\\s*,?\\s+(?:and|&)\\s+${LIST_NAME}|${LIST_NAME}(?:\\s*,\\s*${LIST_NAME}){2,})$`, 'u')

/** What a line reader did with a block: `keep` is the text left in the body (none: the block leaves it). */
interface Outcome { keep?: string, info?: boolean, prefixed?: boolean }

type LineReader = (text: string, index: number, dates: DateOptions, ev: Evidence) => Outcome | null

function remove (ev: Evidence, rule: RemovalRule, text: string, reason: string): void {
  const r: Removal = { kind: 'metadata', rule, text, reason }
  ev.removed.push(r)
}

function dated (kind: string, d: { iso: string, ambiguous?: boolean }): Proposal<string> {
  return { kind, value: d.iso, ...(d.ambiguous === true ? { ambiguous: true } : {}) }
}

/** `来源：X　发布时间：Y　作者：Z`, `[Editor in charge: X]`: every field to its reader. */
const infoLine: LineReader = (text, _index, dates, ev) => {
  const info = parseInfoLine(text, dates)
  if (info === null) return null
  readInfo(info, ev)
  const what = info.fields.length > 0 ? info.fields.map(f => f.label).join(', ') : 'date'
  remove(ev, 'info-line', text, `article info line (${what})`)
  return { info: true }
}

/**
 * `索引号：|640422/…|发布机构：|西吉县人民政府办公室|生成日期：|2012-05-07`: a table of labelled cells, as government
 * pages give a document's particulars. Each label cell and the value cell after it is read as an info line
 * (`parseInfoCells`); the table leaves the body when one of its labels is a known field's.
 */
const infoTable: LineReader = (text, _index, dates, ev) => {
  if (!text.includes('\t')) return null
  const found = parseInfoCells(text.split(/[\t\n]/), dates)
  if (found.length === 0) return null
  for (const info of found) readInfo(info, ev)
  const what = found.flatMap(info => info.fields.map(f => f.label)).join(', ')
  remove(ev, 'info-line', text, `article info table (${what})`)
  return { info: true }
}

/** The evidence kind of an info line's date: an update's, a signing date's (`成文日期`) or the publication's. */
const lineDateKind = (d: InfoLine['dates'][number]): string =>
  d.field === 'updated' ? 'updated-line' : d.signed === true ? 'signed-line' : 'body-info-line'

/** An info line's dates and fields, each to its candidates. */
function readInfo (info: InfoLine, ev: Evidence): void {
  for (const d of info.dates) ev.dates.push(dated(lineDateKind(d), d))
  for (const raw of info.relatives ?? []) ev.relatives.push(raw)
  // the writers of one line are one credit (`记者：何晓赟　通讯员：周舟` closing a city account's post: zh-gov g345 of session
  // 64's unseen wave): one proposal of their names, never two fields that a listing's items would each make
  const writers: string[] = []
  for (const f of info.fields) {
    // a thread's starter (`楼主：X`) and a question's asker (`提问者：X`) outrank the repliers' `作者：` headers of the page
    const kind = f.role === 'thread starter' || f.role === 'asker' ? 'thread-starter' : 'info-line'
    if (f.field === 'author' && kind === 'info-line') writers.push(f.value)
    else if (f.field === 'author') ev.authors.push({ kind, value: f.value })
    else if (f.field === 'source') ev.sources.push({ kind: 'info-line', value: f.value })
    else if (f.field === 'originalTitle') ev.originalTitles.push({ kind: 'info-line', value: f.value })
    else if (f.field === 'editor') {
      const role = f.role ?? 'editor'
      for (const name of editorNames(f.value)) ev.editors.push({ kind: 'info-line', value: { role, name } })
    }
  }
  if (writers.length > 0) ev.authors.push({ kind: 'info-line', value: writers.join('、') })
}

/** `发布时间：2022年07月25日` alone, or glued to the start of a line; an update's (`最后更新 14.12.2011 19:00`) as such. */
const datePrefix: LineReader = (text, _index, dates, ev) => {
  const prefix = splitDatePrefix(text, dates)
  if (prefix === null) return null
  ev.dates.push(dated(lineDateKind(prefix), prefix))
  const what = prefix.field === 'updated' ? 'update date' : 'publication date'
  if (prefix.rest === '') {
    remove(ev, 'date-line', text, `${what} line`)
    return { info: true }
  }
  remove(ev, 'date-line', prefix.text, `${what} glued to the start of a line`)
  return { keep: prefix.rest, prefixed: true }
}

/**
 * `2024-03-19 08:30　江城在线　记者 林晓`: the info line of a Chinese news page written without labels. A date at
 * the very start, then nothing but a short source name and/or the reporters: no sentence, no punctuation.
 */
const bareInfoLine: LineReader = (text, index, dates, ev) => {
  if (index >= TOP_BLOCKS) return null
  const bare = readBareInfo(text, dates)
  if (bare === null) return null
  ev.dates.push({ kind: 'body-info-line', value: bare.date.iso })
  if (bare.source !== undefined) ev.sources.push({ kind: 'info-line', value: bare.source })
  if (bare.names !== undefined) ev.authors.push({ kind: 'info-line', value: bare.names })
  remove(ev, 'info-line', text, 'article info line without labels (date, source, reporters)')
  return { info: true }
}

/**
 * Blocks looked at for a credit line with no date and no label: the headline's and the line under it (a kicker or a
 * label may stand above the headline). Further down, two names on a line are as likely a caption's or a list's.
 */
const UNDATED_CREDIT_BLOCKS = 3

/**
 * `马小红 宁夏日报`: right under the headline, the reporters and their medium and nothing else (`readUndatedCredit`),
 * as a WeChat account's article prints them above its text.
 */
const undatedCredit: LineReader = (text, index, _dates, ev) => {
  if (index >= UNDATED_CREDIT_BLOCKS) return null
  const credit = readUndatedCredit(text)
  if (credit === null) return null
  ev.sources.push({ kind: 'info-line', value: credit.source })
  ev.authors.push({ kind: 'info-line', value: credit.names })
  remove(ev, 'info-line', text, 'article credit line without labels (reporters, medium)')
  return { info: true }
}

/** Longest line read as a date and a byline together: a date, a label and a few names. */
const DATED_BYLINE_MAX = 120
// what may stand before the date: `Posted on`, `Published:`, `Updated`
const DATE_LEAD = /^\s*(?:(posted|published|updated|last\s+updated)(?:\s+(?:on|at))?\s*[:：]?)?\s*$/i
// what may stand after it: separators, then `by A and B` (`By Jane Doe`, `by admin`), or nothing
const AFTER_DATE = new RegExp(`^\\s*(?:[|•·—–-]\\s*)?(?:by\\s+((?:[^|•·.。;；:：!?]|${NAME_STOP}){2,80}?))?\\s*$`, 'iu')
/** `before` ends its names with a separator or `on`, not with a space alone. */
const SEPARATED_BY = /(?:[|•·—–-]|\son)\s*$/i
/** Names as a byline writes them: capitalized words, joined by `and` or `&`, with the particles of surnames. */
const CAPITALIZED_NAMES = new RegExp(`^${CAPITAL_WORD}(?:,?\\s+(?:and|&|${NAME_GOES_ON}))*$`, 'u')
// `By Jane Doe | `, `Written by Jane Doe on `, `Posted by admin on `, `By Jane Doe ` (the date right after the names):
// the names, then a separator, `on` or a space
const BY_FIRST = new RegExp(
  `^\\s*(?:(?:written|posted|published)\\s+)?by\\s+((?:[^|•·.。;；:：!?]|${NAME_STOP}){2,80}?)` +
  '(?:\\s*[|•·—–-]|\\s+on|\\s)\\s*$', 'iu')
// `By Jane Doe, Staff Writer | Updated `: the names, a separator, then the date's label; China Daily's medium
// between them (`By SHEN YUHAN and WU JIANHUA in Hangzhou | China Daily | Updated: `)
const BY_THEN_LEAD = new RegExp(
  `^\\s*(?:(?:written|posted|published)\\s+)?by\\s+((?:[^|•·.。;；:：!?]|${NAME_STOP}){2,80}?)\\s*[|•·—–-]\\s*` +
  '(?:([^|•·:：]{2,40}?)\\s*[|•·]\\s*)?(posted|published|updated|last\\s+updated)(?:\\s+(?:on|at))?\\s*[:：]?\\s*$', 'iu')

/**
 * What stands before the date of a dated byline: a date's label (`Posted on`), the byline (`By Jane Doe | `), or
 * both (`By Jane Doe, Staff Writer | Updated `); null for anything else.
 */
function beforeDate (before: string): { names?: string, label?: string, medium?: string } | null {
  const labelled = BY_THEN_LEAD.exec(before)
  if (labelled !== null) {
    const names = labelled[1].replace(FILED_IN, '')
    const medium = labelled[2] === undefined ? {} : { medium: labelled[2] }
    return { names, label: labelled[3], ...medium }
  }
  const lead = DATE_LEAD.exec(before)
  if (lead !== null) return lead[1] === undefined ? {} : { label: lead[1] }
  const byFirst = BY_FIRST.exec(before)
  if (byFirst === null) return null
  // names with only a space before the date are names by their shape (`By the end of March 5` is a sentence)
  if (!SEPARATED_BY.test(before) && !CAPITALIZED_NAMES.test(byFirst[1].trim())) return null
  return { names: byFirst[1] }
}

/**
 * `May 7, 2012 | By Jane Doe`, `Posted on 05/07/2012 by admin`, `By Jane Doe · May 7, 2012`: a date and a byline
 * on one line near the top, with nothing else (a label before the date, separators between). The date goes to
 * the dates (an update when labelled so), the names to the authors (where `admin` and the like name nobody).
 */
const datedByline: LineReader = (text, index, dates, ev) => {
  if (index >= TOP_BLOCKS || text.length > DATED_BYLINE_MAX) return null
  const d = findDate(text, dates)
  if (d === null) return null
  const before = text.slice(0, d.index)
  const after = text.slice(d.index + d.length)
  const lead = beforeDate(before)
  const tail = AFTER_DATE.exec(after)
  if (lead === null || tail === null) return null
  const names = lead.names ?? tail[1]
  if (names === undefined) return null // a date alone, or a labelled one: the date readers' lines
  const updated = lead.label !== undefined && /updated/i.test(lead.label)
  ev.dates.push(dated(updated ? 'updated-line' : 'body-info-line', d))
  ev.authors.push({ kind: 'byline', value: names })
  if (lead.medium !== undefined) ev.sources.push({ kind: 'info-line', value: lead.medium.trim() })
  remove(ev, 'byline', text, 'date and byline line, read into the date and the authors')
  return { info: true }
}

/**
 * `文/张三 2023-05-07`, `2023-05-07 10:20 记者 张三 摄影 李四`: a Chinese byline with the date before or after it on
 * its line, nothing else (`readDatedZhByline`): the date, the authors and the photographers.
 */
const datedZhByline: LineReader = (text, index, dates, ev) => {
  if (index >= TOP_BLOCKS || text.length > DATED_BYLINE_MAX) return null
  const read = readDatedZhByline(text, dates)
  if (read === null) return null
  ev.dates.push(dated('body-info-line', read.date))
  readByline(read.byline.names, read.byline.photographers, ev)
  remove(ev, 'byline', text, 'date and byline line, read into the date and the authors')
  return { info: true }
}

/**
 * A short line near the top that is a relative date standing nearly alone (`3 hours ago`, `发布时间：3天前`): what
 * is left beside it is no more than a label's letters. A sentence that opens with a day word (`昨天下午市委书记到社区调研`)
 * is no date line.
 */
const relativeLine: LineReader = (text, index, _dates, ev) => {
  // the length first: a paragraph among the first blocks is no date line, whatever it says (findRelativeDate ran its
  // four patterns over every top paragraph, 1% of a seed page)
  const rel = index < TOP_BLOCKS && text.length <= RELATIVE_LINE_MAX ? findRelativeDate(text) : null
  if (rel === null) return null
  const rest = (text.slice(0, rel.index) + text.slice(rel.index + rel.length)).replace(/[^\p{L}\p{N}]+/gu, '')
  if (weightedLength(rest) > RELATIVE_LINE_EXTRA) return null
  ev.relatives.push(text.slice(rel.index, rel.index + rel.length))
  remove(ev, 'date-line', text, 'relative publication date line')
  return {}
}

/** A Chinese name in a byline run: two to four Han characters (or a transliteration with `·`). */
const RUN_NAME = '[\\p{Script=Han}·]{2,4}'
/**
 * A lead paragraph that opens with its reporters, names apart, no bracket (`本报记者 林海涛 实习生 周晓雯　5月5日下午，…`,
 * China Youth Daily), after the paper's own dispatch word or not (`本报讯 记者 周斌 通讯员 林晓雯 王志刚　以帮助…`, Legal
 * Daily: zh-news n180 of session 39's unseen round): roles and names, each a word of its own, then the text, whose
 * first word is no name (a date, a longer word, punctuation).
 */
const OPENING_CREDIT = new RegExp(
  `^(?:(?:本报|本報|本台|本网|本網)(?:讯|訊|消息)\\s+)?((?:${ZH_CREDIT_ROLE}\\s+${RUN_NAME}(?:\\s+${RUN_NAME})*\\s+)+)` +
  '(?=[\\d\\p{P}]|[\\p{Script=Han}]{5})', 'u')

/**
 * The reporters a lead paragraph near the top opens with (`OPENING_CREDIT`), each a Chinese personal name: read as
 * its byline; the paragraph stays the article's, as printed.
 */
const openingCredit: LineReader = (text, index, _dates, ev) => {
  const m = index < TOP_BLOCKS ? OPENING_CREDIT.exec(text) : null
  if (m === null) return null
  const names = splitNames(m[1])
  if (names.length > 0 && names.every(n => judgeAuthor(n).kind === 'person')) {
    ev.authors.push({ kind: 'byline', value: names.join('、') })
  }
  return null
}

/**
 * A lead paragraph that opens with its dispatch and reporters, the names glued to the report's verb (`【大光報訊】記者鄭穎芝、
 * 梁浩賢報道：…`, a Hong Kong daily's web edition; `华夏国际消息（新闻30分）：据本台记者孙赟、高喆报道，…`, a national TV site's
 * report: zh-news n522, n524 of session 64's second unseen wave): the dispatch (`本报讯`, a bracketed `…訊`, a site's
 * `…消息` with its programme) or none, `据` (according to) or not, a role, the names apart by `、` or a space, then `报道`
 * and a colon or a comma. The paragraph stays the article's.
 */
const OPENING_REPORT = new RegExp(
  '^(?:[【〔\\[][^】〕\\]]{1,12}(?:讯|訊|电|電)[】〕\\]]|[\\p{Script=Han}A-Za-z]{1,12}?(?:讯|訊|消息)' +
  '(?:[（(][^（）()]{1,12}[）)])?\\s*[：:]?)?\\s*(?:据|據)?' +
  `(?:本台|本报|本報|本网|本網|本刊)?${ZH_CREDIT_ROLE}\\s*(${RUN_NAME}(?:[、\\s]${RUN_NAME}){0,4})\\s*(?:报道|報道|報導)\\s*[：:，,]`,
  'u')

const openingReport: LineReader = (text, index, _dates, ev) => {
  const m = index < TOP_BLOCKS ? OPENING_REPORT.exec(text) : null
  if (m === null) return null
  const names = splitNames(m[1])
  if (names.length > 0 && names.every(n => judgeAuthor(n, [], true).kind === 'person')) {
    ev.authors.push({ kind: 'byline', value: names.join('、') })
  }
  return null
}

/**
 * The submitter's wrapper around a story, opening its first paragraph (`李卓峯 寫道：「上星期連日大雨…」`, PHP-Nuke's and
 * PostNuke's news module prints `X writes "…"` in its Chinese packs: zh-org o305 of session 65's second unseen round):
 * the name before `寫道`, a person's (a Chinese name of two to four characters), wrote the story. Asked of the first
 * block only: further down, `X 寫道：` opens a quotation of someone else. The paragraph stays the article's.
 */
const SUBMITTER_WRITES = new RegExp(`^(${RUN_NAME})\\s*(?:寫道|写道)\\s*[：:]\\s*[「“『"]`, 'u')

const submitterWrites: LineReader = (text, index, _dates, ev) => {
  const m = index === 0 ? SUBMITTER_WRITES.exec(text) : null
  if (m !== null && judgeAuthor(m[1], [], true).kind === 'person') ev.authors.push({ kind: 'byline', value: m[1] })
  return null
}

/**
 * A report byline standing alone (`記者孫慶璋／嘉義報導`): its reporters; a report-shaped photo credit (`記者陳立凱／攝影`):
 * its photographers; a desk's (`國際中心／綜合報導`): no one. The line goes either way; null for another line.
 */
function reportLine (text: string, ev: Evidence): Outcome | null {
  const tail = reportPhotoTail(text)
  const report = reportByline(tail?.report ?? text, splitNames)
  if (report !== null) {
    const name = tail?.photographer
    if (name !== undefined) ev.editors.push({ kind: 'credit-line', value: { role: 'photographer', name } })
    ev.authors.push({ kind: 'byline', value: report.join('、') })
    remove(ev, 'byline', text, 'report byline, read into the authors')
    return { info: true }
  }
  const photo = photoReportCredit(text, splitNames)
  if (photo !== null) {
    for (const name of photo) ev.editors.push({ kind: 'credit-line', value: { role: 'photographer', name } })
    remove(ev, 'photo-credit', text, 'a photographer\'s report-shaped credit, read into the photographers')
    return { info: true }
  }
  if (!isDeskByline(text)) return null
  remove(ev, 'byline', text, 'report byline of a desk, no person named')
  return { info: true }
}

/** `記者孫慶璋／嘉義報導`, `〔記者魏怡嘉／台北報導〕流感疫情…`, `By A and B`, `文/张三`: the byline near the top. */
const byline: LineReader = (text, index, _dates, ev) => {
  if (index >= TOP_BLOCKS) return null
  const report = reportLine(text, ev)
  if (report !== null) return report
  const lead = leadingReportByline(text)
  const leadNames = lead === null ? null : reportByline(lead.byline, splitNames)
  if (lead !== null && leadNames !== null && lead.rest !== '') {
    ev.authors.push({ kind: 'byline', value: leadNames.join('、') })
    remove(ev, 'byline', lead.byline, 'report byline opening a paragraph, read into the authors')
    return { keep: lead.rest }
  }
  const after = BYLINE_AFTER_COMMA.exec(text)
  if (after !== null && (isAgency(after[2]) || siteShaped(after[2]))) {
    ev.authors.push({ kind: 'byline', value: after[1] })
    ev.sources.push({ kind: 'info-line', value: after[2] })
    remove(ev, 'byline', text, 'byline with its news wire or paper, read into the authors and the source')
    return { info: true }
  }
  if (after !== null && hasRoleWord(after[2])) {
    ev.authors.push({ kind: 'byline', value: after[1] })
    remove(ev, 'byline', text, 'byline with the writer\'s job title, read into the authors')
    return { info: true }
  }
  const credited = creditedName(text)
  if (credited !== null) {
    ev.authors.push({ kind: 'byline', value: credited.name })
    if (credited.agency !== undefined) ev.sources.push({ kind: 'info-line', value: credited.agency })
    remove(ev, 'byline', text, 'name with its news wire or job title, read into the authors')
    return { info: true }
  }
  const list = BYLINE_LIST.exec(text)
  // a list of names only: no job title (`Jane Doe, Staff Writer, Metro Desk`), no wire or paper among them
  if (list !== null && !hasRoleWord(list[1]) && !list[1].split(/\s*,\s*/).some(p => isAgency(p) || siteShaped(p))) {
    ev.authors.push({ kind: 'byline', value: list[1] })
    remove(ev, 'byline', text, 'byline of several names, read into the authors')
    return { info: true }
  }
  const signed = BYLINE_CREDENTIALS.exec(text)
  if (signed?.[1].split(/\s*,\s*/).slice(1).every(isCredentials) === true) {
    ev.authors.push({ kind: 'byline', value: signed[1] })
    remove(ev, 'byline', text, 'byline, read into the authors')
    return { info: true }
  }
  return plainByline(text, ev)
}

// `Jane Doe, Associated Press`, `Jane Doe | Staff Writer`: a name of two to four words with no `By`, then a wire or
// a job title after a comma or a bar
const NAME_THEN_CREDIT = new RegExp(`^(${CAPITAL_WORD}(?:\\s+${NAME_GOES_ON}){1,4})\\s*(?:,|\\s[|•·]|[|•·]\\s)\\s*` +
  '([^.。,，;；:：!?|•·]{2,40})$', 'u')

/**
 * A name under the headline with no `By`, credited by what follows it: a known news wire (`Jane Doe, Associated
 * Press`: the agency is the source) or a job title that ends in its role (`Jane Doe | Staff Writer`). Nothing else
 * makes two capitalized words a person (`Local News | Politics`); a name in capitals is a dateline's place
 * (`NEW YORK, Reuters`).
 */
function creditedName (text: string): { name: string, agency?: string } | null {
  const m = NAME_THEN_CREDIT.exec(text)
  if (m === null || !/\p{Ll}/u.test(m[1])) return null
  const credit = m[2].trim()
  if (isAgency(credit)) return { name: m[1], agency: credit }
  // a job title ends in its role (`Staff Writer`, `Senior Correspondent`); `reporter Wang Wu` names a second person
  return hasRoleWord(credit.split(/\s+/).pop() ?? '') ? { name: m[1] } : null
}

/** `By A and B`, `文/张三 图/李四`: names after `By` or a Chinese writer's role, a photographer after them. */
function plainByline (text: string, ev: Evidence): Outcome | null {
  const en = BYLINE.exec(text)
  // `Text/Huang Lei Photo/Li Na`: `文/黄磊 图/李娜` as machine translation writes it (./mt-byline.ts)
  const mt = en === null ? readMtByline(text) : null
  const zh = en === null && mt === null ? readZhByline(text) : null
  const names = en?.[1] ?? mt?.names ?? zh?.names
  if (names === undefined) return null
  const photographers = zh?.photographers ?? mt?.photographers ?? []
  readByline(names, photographers, ev)
  remove(ev, 'byline', text, photographers.length > 0
    ? 'byline and photo credit, read into the authors and the photographer'
    : 'byline, read into the authors')
  return { info: true }
}

/** A byline's names are the authors; the photographers credited beside them are editors in that role. */
function readByline (names: string, photographers: readonly string[], ev: Evidence): void {
  ev.authors.push({ kind: 'byline', value: names })
  for (const name of photographers) ev.editors.push({ kind: 'credit-line', value: { role: 'photographer', name } })
}

interface CreditRolesFile { roles: Array<{ role: string, credit: string }> }
/** Each role of a credit line and what its names are: `author`, or an editor's role (data/credit-roles.json). */
const CREDIT_ROLES = new Map(loadData<CreditRolesFile>('credit-roles.json').roles.map(r => [r.role, r.credit]))
// `Reporting by Jane Doe; Editing by John Roe`, `Story by A; photos by B`: each segment a role and `by` and names
const ROLE_ALT = [...CREDIT_ROLES.keys()].sort((x, y) => y.length - x.length).map(escapeRegExp).join('|')
const ROLE_BY = new RegExp(`^\\s*(${ROLE_ALT})\\s+by\\s+(.{2,100}?)\\s*$`, 'iu')
/** What a credit's names are (`author`, or an editor's role), by its role (`ROLE_BY`'s match). */
const creditOf = (m: RegExpExecArray): string => CREDIT_ROLES.get(m[1].toLowerCase()) ?? 'author'
/** Names and nothing else: capitalized names, commas, `and` or `&` between them. */
const NAMES_ONLY = new RegExp(`^${LIST_NAME}(?:\\s*(?:,|,?\\s+and|&)\\s+${LIST_NAME})*$`, 'u')

/** `Additional reporting by A and B` -> `A and B`: a writer's credit of names alone; null for any other segment. */
function writerCredit (segment: string): string | null {
  const m = ROLE_BY.exec(segment)
  return m !== null && creditOf(m) === 'author' && NAMES_ONLY.test(m[2]) ? m[2] : null
}
/** Longest credit line of roles and names: a handful of roles, a few names each. */
const ROLE_CREDITS_MAX = 160

/**
 * `Reporting by Jane Doe in Beijing; Editing by John Roe` (wires close their stories so), `Story by A; photos by
 * B`, `Written by A · Fact checked by B`: a line of segments, each a role of data/credit-roles.json, `by` and names.
 * A line of one segment is read when it credits writers and its names are names (capitalized words, `and` and
 * commas between them: `Additional reporting by John Roe`): alone, `Reporting by the council's own staff shows…` is
 * a sentence, and `Illustration by Jane Doe` the caption of a picture. The writers go
 * to the authors, the others to the editors with their role; the line leaves the body wherever it stands.
 */
const roleCredits: LineReader = (text, _index, _dates, ev) => {
  if (text.length > ROLE_CREDITS_MAX || !/\bby\b/i.test(text)) return null
  const segments = text.replace(/^[([]\s*|\s*[)\].]$/g, '').split(/\s*[;|·•]\s*/)
  const parsed = segments.map(seg => ROLE_BY.exec(seg))
  if (parsed.some(m => m === null)) return null
  // one segment: a writer's credit of names alone (a picture's credit alone is its caption's, read as one)
  if (segments.length === 1 && writerCredit(segments[0]) === null) return null
  const credits = (parsed as RegExpExecArray[]).map(m => ({ credit: creditOf(m), names: m[2].replace(FILED_IN, '') }))
  for (const { credit, names } of credits) {
    if (credit === 'author') ev.authors.push({ kind: 'credit', value: names })
    else for (const name of splitNames(names)) ev.editors.push({ kind: 'credit-line', value: { role: credit, name } })
  }
  remove(ev, 'credit', text, 'credit line of roles and names, read into the authors and editors')
  return { info: true }
}

/**
 * `Reporter Li Si Photographer Wang Wu`, `(Editor Zhou Min)`: a Chinese byline or editor line in the English of a
 * machine translation, role words and pinyin names with no colon (src/metadata/role-line.ts), wherever it stands,
 * as the Chinese ones are read at the top and the editors' at the end.
 */
const translatedRoleLine: LineReader = (text, index, _dates, ev) => {
  const line = readRoleLine(text)
  if (line === null) return null
  if (line.authors.length > 0) ev.authors.push({ kind: 'byline', value: line.authors.join(', ') })
  for (const editor of line.others) ev.editors.push({ kind: 'credit-line', value: editor })
  const reason = 'byline of role words and names (a Chinese byline in English), read into the authors and editors'
  remove(ev, 'byline', text, reason)
  // an info line for the headline's reading only among the first blocks (an editor line closes the article)
  return index < TOP_BLOCKS ? { info: true } : {}
}

// `作者：李兆清 江蘇南通 職員 近日，福州一家醫院…`: a writer's label and name opening a block the front end joined with
// the story (the `<br>` between them lost); the name is one Chinese name, a space after it
const GLUED_AUTHOR = /^作\s*者\s*[:：]\s*([\p{Script=Han}·]{2,4})\s+\S/u

/**
 * The writer named at the head of a block that goes on into the story (the byline line and the first paragraph
 * joined in one block): the name is read; the block keeps its text, as cutting the label alone would leave the rest
 * of the byline line (a place, a job) at the story's head.
 */
const gluedAuthor: LineReader = (text, index, _dates, ev) => {
  const m = index < TOP_BLOCKS ? GLUED_AUTHOR.exec(text) : null
  if (m === null) return null
  ev.authors.push({ kind: 'byline', value: m[1] })
  return { keep: text }
}

/** A wire's dateline in brackets, alone: `（中央社記者王曉明台北15日電）`. */
const BRACKETED = /^[（(][^（()）]{4,60}[)）]$/u

/**
 * `2024/10/15 09:32（中央社記者王曉明台北15日電）`: a date, then a wire's dateline in brackets and nothing else (Taiwan's
 * Central News Agency prints its date before its dateline). The date is read; the dateline is left as the block for
 * the dateline reader, which reads the agency, the place and the reporter.
 */
const datedDateline: LineReader = (text, index, dates, ev) => {
  if (index >= TOP_BLOCKS || !mayStartWithDate(text)) return null
  const d = findDate(text, dates)
  if (d?.index !== 0) return null
  const rest = text.slice(d.length).trim()
  if (!BRACKETED.test(rest) || readDatelineText(rest, null)?.rest.trim() !== '') return null
  ev.dates.push({ kind: 'body-info-line', value: d.iso })
  remove(ev, 'date-line', text.slice(0, d.length).trim(), 'publication date before a wire\'s dateline')
  return { keep: rest, info: true }
}

/** Longest rest of a translated unlabelled info line after its date: a medium's name and a reporter's. */
const TRANSLATED_BARE_REST = 60
/** A medium's name is one to five words (`Ningxia Daily`, `China News Network`, `Hebei Cloud Client`). */
const MEDIUM_WORDS_MAX = 5

/**
 * `2024-10-15 09:32 Ningxia Daily Ma Xiaohong`: the machine translation of an unlabelled Chinese info line
 * (`readBareInfo`'s `2024-10-15 09:32 宁夏日报 马小红`). A date at the very start, then a medium's name (site-shaped:
 * it ends in `Daily`, `News`, `Network`…) and, after it, nothing or one reporter's name in pinyin.
 */
const translatedBareInfo: LineReader = (text, index, dates, ev) => {
  if (index >= TOP_BLOCKS || !mayStartWithDate(text)) return null
  const d = findDate(text, dates)
  if (d?.index !== 0) return null
  const rest = text.slice(d.length).trim()
  if (rest === '' || rest.length > TRANSLATED_BARE_REST || /[.,;:!?|]/.test(rest)) return null
  const words = rest.split(/\s+/)
  for (let cut = Math.min(words.length, MEDIUM_WORDS_MAX); cut >= 1; cut--) {
    const medium = words.slice(0, cut).join(' ')
    const name = words.slice(cut).join(' ')
    if (!siteShaped(medium) || (name !== '' && !isPinyinName(name))) continue
    ev.dates.push({ kind: 'body-info-line', value: d.iso })
    ev.sources.push({ kind: 'info-line', value: medium })
    if (name !== '') ev.authors.push({ kind: 'info-line', value: name })
    remove(ev, 'info-line', text, 'translated article info line without labels (date, source, reporter)')
    return { info: true }
  }
  return null
}

/** Most furniture segments a post header holds beside its reading time and dates (a name, `Follow`). */
const POST_HEADER_FURNITURE = 2
/** Most words of one furniture segment: a name, a section, `Member-only story`. */
const FURNITURE_WORDS = 4
/** A segment with a sentence's punctuation or a figure is no furniture. */
const NOT_FURNITURE = /[.!?;:,。！？；：，\d]/u

/**
 * A blog platform's post header near the top: a reading time with dates and at most a couple of short segments
 * beside it (`Jane Doe · Follow · 5 min read · Mar 5, 2024`, `Reading time: 4 minutes | March 5, 2024`,
 * `Jane Doe | 4 min read`). No article sentence holds a reading time; the line leaves the body and its dates are
 * read. A name in it is not taken for the author without the markup (`namedByline`): `World News · 5 min read`
 * is shaped the same.
 */
const postHeader: LineReader = (text, index, dates, ev) => {
  if (index >= TOP_BLOCKS || text.length > NAMED_BYLINE_MAX || !/min/i.test(text)) return null
  let readingTimes = 0
  let furniture = 0
  const found: InfoLine[] = []
  for (const segment of text.split(BYLINE_SEPARATOR)) {
    const bare = segment.trim()
    if (bare === '') continue
    if (isReadingTime(bare)) {
      readingTimes++
      continue
    }
    const info = datesOnly(bare, dates)
    if (info !== null) {
      found.push(info)
      continue
    }
    if (NOT_FURNITURE.test(bare) || bare.split(/\s+/).length > FURNITURE_WORDS) return null
    if (++furniture > POST_HEADER_FURNITURE) return null
  }
  if (readingTimes === 0) return null
  for (const info of found) readInfo(info, ev)
  remove(ev, 'date-line', text, 'post header (reading time, dates)')
  return {}
}

/** Longest line read as the byline of an author the markup names (a name, a date, a reading time). */
const NAMED_BYLINE_MAX = 100
/** What separates a byline's name from its date on one line: a bar, a middle dot, a bullet, a spaced dash. */
const BYLINE_SEPARATOR = /\s*[|｜·•]\s*|\s+[-–—]\s+/u

// a compact age as feeds and portals print it beside a byline (`3h`, `45m`, `2d`, `1w`), only as a segment of its own
const COMPACT_AGE = /^(\d{1,3})\s?([mhdw])$/
const COMPACT_UNITS: Record<string, string> = { m: 'minutes', h: 'hours', d: 'days', w: 'weeks' }

/** What one segment of a segmented byline is: names (after `By` or not), a wire, a date, an age, a reading time. */
type BylineSegment =
  | { names: string, by: boolean } | { source: string } | { info: InfoLine } | { age: string } | { time: true }

function bylineSegment (segment: string, dates: DateOptions): BylineSegment | null {
  const credit = writerCredit(segment)
  if (credit !== null) return { names: credit, by: true }
  const by = /^by\s+(.+)$/i.exec(segment)
  if (by !== null) return NAMES_ONLY.test(by[1]) ? { names: by[1], by: true } : null
  if (isAgency(segment)) return { source: segment }
  const info = datesOnly(segment, dates)
  if (info !== null) return { info }
  const age = COMPACT_AGE.exec(segment)
  if (age !== null) return { age: `${age[1]} ${COMPACT_UNITS[age[2]]} ago` }
  if (isReadingTime(segment)) return { time: true }
  // names with no `By`: each of two words or more and a person's (`Local News` is no one)
  const people = NAMES_ONLY.test(segment) ? splitNames(segment) : []
  const named = people.length > 0 &&
    people.every(n => n.split(/\s+/).length >= 2 && !hasOrgWord(n) && judgeAuthor(n, [], true).kind === 'person')
  return named ? { names: segment, by: false } : null
}

/** Most segments of a segmented byline: names, a wire, two dates, an age, a reading time. */
const BYLINE_SEGMENTS = 6

/**
 * `Jane Doe and John Roe | Reuters | March 5, 2025`, `Story by Jane Doe • 3h`: a line near the top cut by bars or
 * bullets into segments, each the byline's names, a news wire, a date, an age or a reading time, with one segment of
 * names and beside it what only a byline has: a wire or an age, or a date after names that `By` opens.
 */
const segmentedByline: LineReader = (text, index, dates, ev) => {
  if (index >= TOP_BLOCKS || text.length > NAMED_BYLINE_MAX) return null
  const parts = text.split(BYLINE_SEPARATOR).map(p => p.trim()).filter(p => p !== '')
  if (parts.length < 2 || parts.length > BYLINE_SEGMENTS) return null
  const segments: BylineSegment[] = []
  for (const part of parts) {
    const segment = bylineSegment(part, dates)
    if (segment === null) return null
    segments.push(segment)
  }
  const names = segments.filter(s => 'names' in s)
  // names after `By` are a byline's with a date beside them; names alone need a wire or an age (a name and a date
  // alone may be a picture's or a quote's credit: a line the markup's author confirms is namedByline's)
  const anchored = segments.some(s => 'source' in s || 'age' in s) ||
    (names.some(s => s.by) && segments.some(s => 'info' in s))
  if (names.length !== 1 || !anchored) return null
  ev.authors.push({ kind: 'byline', value: names[0].names })
  for (const s of segments) {
    if ('source' in s) ev.sources.push({ kind: 'info-line', value: s.source })
    if ('info' in s) readInfo(s.info, ev)
    if ('age' in s) ev.relatives.push(s.age)
  }
  remove(ev, 'byline', text, 'byline of names, a wire, dates or an age, read into the authors, source and date')
  return { info: true }
}

/** Longest line read as a post's signature: the floor, the name, the time, a few action links. */
const SIGNED_POST_MAX = 80
/** The floor's number and the stars or marks a board prints around a post's signature. */
const SIGNATURE_MARKS = '[☆★◆◇※·\\s]*'
/**
 * A board's post signed at its foot with the poster and the time, then the posting word (`№0 ☆☆☆编辑小喆于2010-05-07
 * 21:23:57留言☆☆☆`, a literature site's board in the 晋江 manner: zh-blogs b486 of session 59's unseen round; `阿明 于
 * 2005-5-7 21:23 发表`): group 1 the name, group 2 the date (with its year), group 3 what follows (the post's action
 * links). A reply's word (`回复`) is not one: a reply's signature names the replier.
 */
const SIGNED_POST = new RegExp(`^(?:№\\s*\\d{1,4})?${SIGNATURE_MARKS}([^\\s☆★◆◇※:：，,。]{2,20}?)\\s*[于於]\\s*` +
  '(\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?)\\s*' +
  `(?:留言|发表|發表|发布|發佈|發布|发帖|發帖)${SIGNATURE_MARKS}(.*)$`, 'u')

/** Whether a text is a post's action links and nothing else (`回复此楼 举报`), or nothing at all. */
const onlyPostActions = (text: string): boolean => text.trim() === '' || withoutPostActions(` ${text.trim()}`) === ''

/** What opens a subject that points at the text itself (`本文`, `此帖`, `该文`). */
const DEMONSTRATIVE = /^[本此该該]/u

const signedPost: LineReader = (text, _index, dates, ev) => {
  if (text.length > SIGNED_POST_MAX || !(text.includes('于') || text.includes('於'))) return null
  const m = SIGNED_POST.exec(text.trim())
  if (m === null || !onlyPostActions(m[3])) return null
  const found = findDate(m[2], dates)
  // (`本文于…发表`, `该帖于…发布`: the text or the post itself, no poster)
  if (found === null || DEMONSTRATIVE.test(m[1])) return null
  // (the poster's screen name, read whole as a thread starter's: `编辑小喆` is a name, no editor's role)
  ev.authors.push({ kind: 'thread-starter', value: m[1] })
  ev.dates.push(dated('body-info-line', found))
  remove(ev, 'byline', text, 'post signature (the poster and the time it was posted)')
  return { info: true }
}

const READERS: LineReader[] = [
  infoTable, infoLine, datedByline, datedZhByline, datePrefix, bareInfoLine, relativeLine, roleCredits, openingCredit,
  openingReport, submitterWrites, byline, gluedAuthor, translatedRoleLine, postHeader, translatedBareInfo,
  datedDateline, undatedCredit, segmentedByline, signedPost
]

/** Longest line read as a profile panel's field (`註冊時間 2005-8-21`, `注册：2003-11-02`), in characters. */
const PROFILE_LINE = 30
/** A profile field's label alone on its line (`注册时间`), its value on the next. */
const isProfileLabel = (text: string): boolean =>
  text.length <= PROFILE_LINE && PROFILE_DATE.test(text) && !/\d/.test(text)

/**
 * A profile panel's field (`注册时间 2008-3-2`, or its label a line above the date, `<dt>注册时间</dt><dd>…</dd>`):
 * it dates the user, not the page, and is read as no metadata line.
 */
function profileField (blocks: readonly Candidate[], index: number, text: string): boolean {
  if (text.length > PROFILE_LINE) return false
  return PROFILE_DATE.test(text) || (index > 0 && isProfileLabel(blocks[index - 1].text))
}

/** Where the info line and a glued date prefix were found (block indices, -1 for none). */
export interface TopLines { firstInfo: number, datePrefixed: number }

/**
 * A line near the top made of an author the page's markup names and, beside it, dates and a reading time only
 * (`Jane Doe | March 5, 2024`, `Jane Doe · 5 min read · Mar 5, 2024`, `Jane Doe`): the byline the front end read
 * its author from, which is no article text. The markup's reading stands; the line leaves the body.
 */
function namedByline (text: string, authors: readonly string[], dates: DateOptions): boolean {
  if (text.length > NAMED_BYLINE_MAX || authors.length === 0) return false
  const known = new Set(authors.map(a => a.toLowerCase()))
  // a person the markup names (`希望之聲國際廣播電台張翠報導`, taken whole by the markup, names no one)
  const isKnownPerson = (n: string): boolean => known.has(n.toLowerCase()) && judgeAuthor(n, [], true).kind === 'person'
  let names = 0
  for (const segment of text.split(BYLINE_SEPARATOR)) {
    const bare = segment.replace(/^by\s+/i, '').trim()
    if (bare === '') continue
    const people = splitNames(bare)
    if (people.length > 0 && people.every(isKnownPerson)) {
      names++
      continue
    }
    if (!isReadingTime(segment) && datesOnly(segment, dates) === null) return false
  }
  return names > 0
}

/** A segment of a byline or a post header made of dates alone (full or relative), read; null for anything else. */
function datesOnly (segment: string, dates: DateOptions): InfoLine | null {
  const info = parseInfoLine(segment, dates)
  return info !== null && info.fields.length === 0 && hasDate(info) ? info : null
}

/**
 * Reads every metadata line of the blocks into `ev`; returns the blocks left and where the info lines stood.
 * `markupAuthors`: the authors the front end read from the page's markup, whose byline line leaves the body.
 */
export function readLines (
  blocks: readonly Candidate[], dates: DateOptions, ev: Evidence, markupAuthors: readonly string[] = []
): { kept: Kept, at: TopLines } {
  const kept: Kept = []
  const at: TopLines = { firstInfo: -1, datePrefixed: -1 }
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]
    // the visible headline is never an info line, whatever dates or names it holds
    const isHeadline = block.type === 'heading' && block.evidence?.tag === 'h1'
    // `□ 本报记者 张三`, `■记者 张三`: a paper's mark before a credit or an info line is no part of it
    const text = withoutLeadMark(block.text)
    if (!isHeadline && labelPair(text, blocks[index + 1], dates, ev)) {
      if (at.firstInfo < 0) at.firstInfo = index
      index++
      continue
    }
    const outcome = isHeadline ? null : readLine(blocks, index, text, dates, ev)
    if (outcome === null && !isHeadline && index < TOP_BLOCKS && namedByline(text, markupAuthors, dates)) {
      remove(ev, 'byline', block.text, 'byline of the author the page\'s markup names')
      continue
    }
    if (outcome === null) {
      kept.push(keptBlock(block, index))
      continue
    }
    if (outcome.info === true && at.firstInfo < 0) at.firstInfo = index
    if (outcome.prefixed === true && at.datePrefixed < 0) at.datePrefixed = index
    if (outcome.keep !== undefined) kept.push(keptBlock(block, index, outcome.keep))
  }
  return { kept, at }
}

/** The first line reader that takes the block's text (none for a profile panel's field), or null. */
function readLine (
  blocks: readonly Candidate[], index: number, text: string, dates: DateOptions, ev: Evidence
): Outcome | null {
  if (profileField(blocks, index, text)) return null
  for (const read of READERS) {
    const outcome = read(text, index, dates, ev)
    if (outcome !== null) return outcome
  }
  return null
}

const HAN_LABEL = /^\s*\p{Script=Han}/u
/** A sentence's end: what no value of a table of particulars holds. */
const SENTENCE_END = /[。！？]/u

/**
 * A known label alone in its block and its value in the next (`發布單位` | `農業處`, `撰稿` | `農業處 黃怡君`): the
 * cells of a table of particulars that holds the article too, which the walk made blocks of. Read as one info line's
 * field, both blocks leave the text; false when the pair reads as no field (a label word over a paragraph).
 */
function labelPair (text: string, next: Candidate | undefined, dates: DateOptions, ev: Evidence): boolean {
  // Chinese labels only: an English page's blocks hold label words alone too (`Review`, `Photo`, `From`)
  if (next === undefined || !HAN_LABEL.test(text) || !isLabelCell(text) || isLabelCell(next.text)) return false
  // a sentence after a label word is the text's (`标题` over `2024-03-19 08:30 市政府召开常务会议，研究部署…。`)
  if (SENTENCE_END.test(next.text)) return false
  const info = parseInfoLine(`${text.replace(/[:：]\s*$/u, '')}：${next.text}`, dates)
  if (info === null || info.fields.length === 0) return false
  readInfo(info, ev)
  remove(ev, 'info-line', `${text} ${next.text}`, `article info table (${info.fields.map(f => f.label).join(', ')})`)
  return true
}
