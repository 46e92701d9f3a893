/**
 * The words a byline's slot holds that name nobody at its start or end (data/author-validation.json `notNames` marked
 * `start` or `end`: `返回日记列表`, `阅读会员资料`, `匿名发表`), as regular-expression alternations, longest first. Read by
 * the HTML front end (a member link's action) and the metadata stage (a candidate's edges) alike.
 */
import { loadData } from '../data.js'
import { escapeRegExp } from './index.js'
import { isCommonHanName } from './han-names.js'

interface NotNames { notNames: Array<{ text: string, start?: boolean, end?: boolean, title?: boolean }> }
const NOT_NAMES = loadData<NotNames>('author-validation.json').notNames

const alternation = (texts: string[]): string => texts.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')

/** What a text that names nobody may open with (`返回`, `查看`, `阅读`, `上一篇`). */
export const NAME_START_WORDS = alternation(NOT_NAMES.filter(n => n.start === true).map(n => n.text))
/** What a text that names nobody may end with (`发表`, `资料`). */
export const NAME_END_WORDS = alternation(NOT_NAMES.filter(n => n.end === true).map(n => n.text))
/** The professional titles among them (`医师`, `教授`, `研究员`): a writer's post may end with one. */
export const TITLE_WORDS = alternation(NOT_NAMES.filter(n => n.title === true).map(n => n.text))

/** A professional title after a Chinese name of two to four characters (`林書瑋醫師`, `王明教授`). */
const TITLE_AFTER_NAME = new RegExp(`(?<=^[\\p{Script=Han}·]{2,4})(?:${TITLE_WORDS})$`, 'u')

/**
 * A name without the professional title after it, when what stays is a common Chinese name (`林書瑋醫師` -> `林書瑋`);
 * the text as it is otherwise (a title alone, `主任医师`, stays and names nobody).
 */
export function withoutNameTitle (text: string): string {
  const untitled = text.replace(TITLE_AFTER_NAME, '')
  return untitled !== text && isCommonHanName(untitled) ? untitled : text
}
