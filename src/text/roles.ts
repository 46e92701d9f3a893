/**
 * A reporter's role as bylines and photo credits write it (data/reporter-roles.json), as regex sources without
 * captures, for every stage that reads bylines or credits: the outlet, the grade, the title (`新华社特约记者`).
 */
import { loadData } from '../data.js'
import { escapeRegExp } from './index.js'

interface Entry { text: string, source: string }
interface RoleFile {
  zhOutlets: Entry[], zhGrades: Entry[], zhTitles: Entry[], zhMediumEndings: Entry[], zhUnitEndings: Entry[]
  enTitles: Entry[]
  zhPhotoRoles: Entry[], zhPhotoTitles: Entry[], zhOtherCreditRoles: Entry[]
}

const ROLES = loadData<RoleFile>('reporter-roles.json')
const group = (entries: Entry[]): string => `(?:${entries.map(e => escapeRegExp(e.text)).join('|')})`

/** The outlet before a Chinese reporter's role: `本报`, `新华社`, `中新社`. */
export const ZH_REPORTER_OUTLET = group(ROLES.zhOutlets)
/**
 * Where a correspondent is posted, as a grade (`驻深圳记者`, `駐京記者`, `驻美记者`: stationed in a place of one to three
 * characters; a Hong Kong daily's `記者林曉彤、駐深圳記者鄭啟明報道`: zh-news n414 of session 53's unseen round).
 */
export const ZH_STATIONED = '(?:驻|駐)[\\p{Script=Han}]{1,3}?'
/** The grade: `特约`, `见习`, `实习`, `驻深圳`. */
export const ZH_REPORTER_GRADE = `(?:${group(ROLES.zhGrades)}|${ZH_STATIONED})`
/**
 * The title: `记者`, `通讯员` (and their traditional forms), not as the first word of `记者会` (a press conference:
 * `治安警察局召開記者會介紹交通安排`, a caption read as a byline on zh-gov g114 of session 38's unseen round).
 */
export const ZH_REPORTER_TITLE = `(?:${group(ROLES.zhTitles)}(?![会會]))`
/** A whole Chinese role: `本报记者`, `新华社特约记者`, `通讯员`. */
export const ZH_REPORTER_ROLE = `${ZH_REPORTER_OUTLET}?${ZH_REPORTER_GRADE}?${ZH_REPORTER_TITLE}`
/**
 * A news app after its paper's name and a middle dot (`卜奎晚报·卜奎新闻客户端记者 孙昊天`, a city evening paper's byline on a
 * portal's self-media platform: zh-news n508 of session 63's unseen round; `齐鲁晚报·齐鲁壹点`, `XX新闻APP`).
 */
export const ZH_NEWS_APP = '[\\p{Script=Han}A-Za-z0-9+]{1,10}?(?:客户端|客戶端|APP|App|app|壹点|新闻|新聞)'
/**
 * A paper, agency, station or site named before a Chinese role (`华西都市报记者`, `央视记者`), optional: a name that
 * ends like one (data/reporter-roles.json `zhMediumEndings`), whatever the medium (the outlets above are only the
 * ones written without a name), and its news app after a middle dot.
 */
export const ZH_REPORTER_MEDIUM =
  `(?:[\\p{Script=Han}]{1,9}?${group(ROLES.zhMediumEndings)}(?:[·•‧]${ZH_NEWS_APP})?)?`
/**
 * A correspondent with the unit he writes from glued before the role (`县扶贫办通讯员`, `市公安局通讯员`: data/reporter-
 * roles.json `zhUnitEndings`).
 */
const ZH_UNIT_CORRESPONDENT = `[\\p{Script=Han}]{1,9}?${group(ROLES.zhUnitEndings)}(?:通讯员|通訊員)`
/** A role as a credit line opens with it: `本报记者`, `华西都市报记者`, `通讯员`, `县扶贫办通讯员`. */
export const ZH_CREDIT_ROLE = `(?:${ZH_REPORTER_MEDIUM}${ZH_REPORTER_ROLE}|${ZH_UNIT_CORRESPONDENT})`
/**
 * A photographer's or a TV camera operator's role, with its title or not (`摄影`, `摄像`, `攝影記者`, `摄影师`): a credit
 * beside the reporters, no author of the text.
 */
export const ZH_PHOTO_ROLE = `${group(ROLES.zhPhotoRoles)}${group(ROLES.zhPhotoTitles)}?`
/**
 * The role of a credit after the writer's that names no writer: a consulted expert, a reviewer, an illustrator
 * (`諮詢／江柏毅（主治醫師）`, `審訂／Y醫師`, `插畫／Z`).
 */
export const ZH_OTHER_CREDIT_ROLE = group(ROLES.zhOtherCreditRoles)
/** An English reporter's role in a byline: `Reporter`, `Correspondents`. */
export const EN_REPORTER_ROLE = `(?:${ROLES.enTitles.map(e => escapeRegExp(e.text)).join('|')})s?`

/**
 * Where each writer filed from, after the names of a byline (`Jane Doe in London and Mary Major in Paris`, China
 * Daily's `By SHEN YUHAN and WU JIANHUA in Hangzhou`): a place, not part of a name (replace it with '').
 */
export const FILED_IN = /\s+in\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*(?=\s*(?:,|\band\b|&|$))/gu
