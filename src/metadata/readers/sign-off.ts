/**
 * An essay's or a letter's sign-off right after its last paragraph: the writer's name on a line of its own, then the
 * day it was written, often with the hour and the place (`阿Ben` / `2003年4月27日 深夜 於沙田`, a Hong Kong homepage's
 * essay: zh-blogs b118 of session 38's unseen round). The day is a date candidate of kind `sign-off` and the name an
 * author candidate of the same kind, both ranked below every date and byline the page shows or declares
 * (data/metadata-evidence.json): a page that dates and credits its piece elsewhere keeps those. The lines stay in the
 * text (the sets' truths differ on keeping a signature).
 */
import { findDate, type DateOptions } from '../../text/date.js'
import { isChineseOrganization } from '../../text/org-names.js'
import { isCommonHanName, isFamiliarName } from '../../text/han-names.js'
import { lastRunningParagraph, type Evidence, type Kept } from '../evidence.js'

// the day (`2003年4月27日`, `二〇〇九年三月十一日`), then at most an hour word (`深夜`, `夜`)
const DAY_AND_HOUR = '(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[〇零○一二三四五六七八九]{4}\\s*年\\s*' +
  '[一二三四五六七八九十]{1,3}\\s*月\\s*[一二三四五六七八九十]{1,3}\\s*日)\\s*' +
  '(?:清晨|早晨|早上|上午|中午|午後|下午|傍晚|晚上|夜晚|深夜|夜|凌晨)?'
// the day and the place it was written: `2003年4月27日 深夜 於沙田`, `二〇〇九年三月十一日夜，于杭州`
const SIGNED_DAY = new RegExp(`^${DAY_AND_HOUR}\\s*[，,]?\\s*(?:[於于][\\p{Script=Han}]{1,10})?$`, 'u')
// a name alone on its line: Han, Latin or both (`阿Ben`, `木叶`, `Lin Mei`), no punctuation, no digits
const SIGNED_NAME = /^(?=.*[\p{Script=Han}A-Za-z])[\p{Script=Han}A-Za-z·.\s]{2,16}$/u
// the day, then the name and where it was written on one line (`2006年9月16日夜，陈赟记于隆尧`, a teacher's site on 动易
// SiteWeaver: zh-blogs b539 of session 61's second unseen round; `写于`, `草于`, `書於`): group 1 the day, group 2 the
// name, read only when a common personal name (a word before `记于` is no writer)
const DAY_NAME_WROTE = new RegExp(`^(${DAY_AND_HOUR})\\s*[，,]?\\s*([\\p{Script=Han}·]{2,4}?)(?:记|記|写|寫|草|书|書)[於于]` +
  '[\\p{Script=Han}]{1,10}$', 'u')

// the name first, after a dash or not, then the day and where it was written (`—— 老周，2007年5月12日夜，写于西安`, a
// self-hosted WordPress blog's sign-off: zh-blogs b575 of session 62's second unseen round): group 1 the name (read
// only when a common personal name or its familiar form), group 2 the day
const NAME_DAY_WROTE = new RegExp(`^(?:[—–-]{1,2}\\s*)?([\\p{Script=Han}·]{2,4})\\s*[，,]\\s*(${DAY_AND_HOUR})` +
  '\\s*[，,]?\\s*(?:(?:记|記|写|寫|草|书|書)?[於于][\\p{Script=Han}]{1,10})?$', 'u')

/** The writer and the day of a sign-off line that names both (`DAY_NAME_WROTE`, `NAME_DAY_WROTE`); null otherwise. */
function nameAndDay (line: string): { name: string, day: string } | null {
  const dayFirst = DAY_NAME_WROTE.exec(line)
  if (dayFirst !== null) return isCommonHanName(dayFirst[2]) ? { name: dayFirst[2], day: dayFirst[1] } : null
  const nameFirst = NAME_DAY_WROTE.exec(line)
  if (nameFirst === null) return null
  // (a name first may be the writer's familiar form: `老周`)
  const name = nameFirst[1]
  return isCommonHanName(name) || isFamiliarName(name) ? { name, day: nameFirst[2] } : null
}

/** The sign-off after the last paragraph of running text, read into `ev` (date and name candidates). */
export function readSignOff (blocks: Kept, dates: DateOptions, ev: Evidence): void {
  const last = lastRunningParagraph(blocks)
  if (last < 0) return
  const first = blocks[last + 1]?.text.trim() ?? ''
  const second = blocks[last + 2]?.text.trim() ?? ''
  const named = SIGNED_NAME.test(first) && !isChineseOrganization(first) && SIGNED_DAY.test(second)
  const signed = nameAndDay(first)
  const writer = signed?.name
  const day = named ? second : SIGNED_DAY.test(first) ? first : signed?.day
  const found = day === undefined ? null : findDate(day, dates)
  if (found === null) return
  ev.dates.push({ kind: 'sign-off', value: found.iso.slice(0, 'YYYY-MM-DD'.length) })
  const name = named ? first : writer
  if (name !== undefined) ev.authors.push({ kind: 'sign-off', value: name })
}
