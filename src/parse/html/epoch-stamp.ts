/**
 * An element whose template gives its instant as a Unix time in an attribute while its text shows that instant the way
 * a reader is shown it: `<span class="date" data-timestamp="1525699437">5 月 7 日 下午 9:23</span>` (Steam Community,
 * no year shown), `<span class="question-time" data-ts="1531134164">7天前</span>` (a relative time), `星期二 於 00:40` (a
 * weekday). The attribute names are data (data/html-epoch-attributes.json). The instant is the element's day and
 * time in any zone, where its text gives a year only when it gives a full date: the first such element the caller
 * keeps (not a comment's, a member panel's, an update's) gives the page's Unix time, read in the page's zone as a
 * script's is.
 */
import type { Element } from './dom.js'
import { loadData } from '../../data.js'
import { boundedText } from './short-text.js'
import { UNIX_TIME, findDate } from '../../text/date.js'
import { findRelativeDate } from '../../text/index.js'

interface EpochAttributesFile { names: Array<{ name: string }> }

/** The attributes that hold an element's Unix time. */
export const EPOCH_ATTRIBUTES: readonly string[] = loadData<EpochAttributesFile>('html-epoch-attributes.json').names
  .map(n => n.name)

/**
 * Longest text of a stamped element read as the time it shows: a date and a time with a label (`发表于 前天 21:07`,
 * `5 月 7 日 下午 9:23`), not a post or a comment that carries its stamp on the element around it (NodeBB's post item).
 */
const STAMP_TEXT_MAX = 40

/** Nodes visited per character allowed (a deep nest of empty elements is no stamp: each walk stays bounded). */
const NODES_PER_CHAR = 2

/** A time of day (`21:07`, `下午 9:23`, `00:40`): what a stamp shows beside a weekday or a day without its year. */
const TIME_OF_DAY = /(?<!\d)\d{1,2}[:：]\d{2}(?!\d)/

/** Whether a stamp's text shows a time: a full date, a relative one (`7天前`, `3 hours ago`) or a time of day. */
function showsTime (text: string): boolean {
  return TIME_OF_DAY.test(text) || findRelativeDate(text) !== null || findDate(text) !== null
}

/** The element's Unix time, from the first epoch attribute that holds one. */
function unixTime (el: Element): string | undefined {
  for (const name of EPOCH_ATTRIBUTES) {
    const value = el.attribs[name]?.trim()
    if (value !== undefined && UNIX_TIME.test(value)) return value
  }
  return undefined
}

/**
 * The Unix time of the first element among `elements` (those carrying an epoch attribute, in document order) that
 * `keep` keeps and whose short text shows a time, or undefined.
 */
export function epochStamp (elements: readonly Element[], keep: (el: Element) => boolean): string | undefined {
  for (const el of elements) {
    const value = unixTime(el)
    if (value === undefined) continue
    const text = boundedText(el, STAMP_TEXT_MAX, STAMP_TEXT_MAX * NODES_PER_CHAR)
    if (text === undefined || !showsTime(text) || !keep(el)) continue
    return value
  }
  return undefined
}
