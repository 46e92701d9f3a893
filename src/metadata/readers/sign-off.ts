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
import { lastRunningParagraph, type Evidence, type Kept } from '../evidence.js'

// the day, then at most an hour word and the place it was written: `2003年4月27日 深夜 於沙田`, `二〇〇九年三月十一日夜，于杭州`
const SIGNED_DAY = new RegExp(
  '^(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[〇零○一二三四五六七八九]{4}\\s*年\\s*[一二三四五六七八九十]{1,3}\\s*月\\s*' +
  '[一二三四五六七八九十]{1,3}\\s*日)\\s*(?:清晨|早晨|早上|上午|中午|午後|下午|傍晚|晚上|夜晚|深夜|夜|凌晨)?' +
  '\\s*[，,]?\\s*(?:[於于][\\p{Script=Han}]{1,10})?$', 'u'
)
// a name alone on its line: Han, Latin or both (`阿Ben`, `木叶`, `Lin Mei`), no punctuation, no digits
const SIGNED_NAME = /^(?=.*[\p{Script=Han}A-Za-z])[\p{Script=Han}A-Za-z·.\s]{2,16}$/u

/** The sign-off after the last paragraph of running text, read into `ev` (date and name candidates). */
export function readSignOff (blocks: Kept, dates: DateOptions, ev: Evidence): void {
  const last = lastRunningParagraph(blocks)
  if (last < 0) return
  const first = blocks[last + 1]?.text.trim() ?? ''
  const second = blocks[last + 2]?.text.trim() ?? ''
  const named = SIGNED_NAME.test(first) && !isChineseOrganization(first) && SIGNED_DAY.test(second)
  const day = named ? second : SIGNED_DAY.test(first) ? first : undefined
  const found = day === undefined ? null : findDate(day, dates)
  if (found === null) return
  ev.dates.push({ kind: 'sign-off', value: found.iso.slice(0, 'YYYY-MM-DD'.length) })
  if (named) ev.authors.push({ kind: 'sign-off', value: first })
}
