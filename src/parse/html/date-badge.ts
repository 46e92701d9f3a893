/**
 * A date badge: a blog theme's calendar-leaf date beside a post's title, its pieces in elements of their own
 * (`<div class="date"><span class="month">May</span><span class="day">17</span><span class="year">2008</span><span
 * class="week">Sat</span></div>`, Yam; `<li class="publish"><span>May</span> <span>07</span> <span>Tue</span>
 * <span>2013</span> <span>21:23</span></li>`, PIXNET). Read as one line its text is no date the date patterns know
 * (the weekday between the day and the year, no comma), and each piece alone is none. The badge is told by its
 * pieces, in any order: one month (an English name, `五月`, `5月`), one day, one four-digit year, at most a weekday and
 * a time of day, and nothing else.
 */
import { isElement, isText, type AnyNode, type Element } from './dom.js'
import { MONTH_NUMBER } from '../../text/index.js'

/** Longest badge text, in characters: `September 17 2008 Wednesday 21:23` and the white space between its pieces. */
const BADGE_CHARS = 48
/** Most pieces a badge holds: month, day, year, weekday, time, and a word that splits one (`17` `th`). */
const BADGE_PIECES = 6

const YEAR = /^((?:19|20)\d{2})年?$/u
const DAY = /^(\d{1,2})(?:st|nd|rd|th|日|號|号)?$/iu
const ZH_MONTH = /^([一二三四五六七八九十]{1,3}|\d{1,2})月$/u
const ZH_NUMERAL: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12
}
const WEEKDAY = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)\.?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:星期|週|周|礼拜|禮拜)[一二三四五六日天])$/iu
const TIME = /^(\d{1,2}):(\d{2})$/
/**
 * The month and the day in one piece (`<span class="md">09.26</span>` between the year and the weekday, a Taiwan
 * magazine's columnist blog: zh-blogs b211 of session 41's unseen round; `9/26`, `09-26`, `9月26日`).
 */
const MONTH_DAY = /^(\d{1,2})(?:[./-]|月)(\d{1,2})日?$/u

/** The month a piece names (1-12), or 0. */
function monthOf (piece: string): number {
  const en = MONTH_NUMBER[piece.replace(/\.$/, '').toLowerCase()]
  if (en !== undefined) return en
  const zh = ZH_MONTH.exec(piece)
  if (zh === null) return 0
  const n = /\d/.test(zh[1]) ? Number(zh[1]) : ZH_NUMERAL[zh[1]] ?? 0
  return n >= 1 && n <= 12 ? n : 0
}

/** The month and the day of a piece that holds both (`09.26`), or undefined; none once either is read (`read` > 0). */
function monthAndDay (piece: string, read: number): [number, number] | undefined {
  const md = read === 0 ? MONTH_DAY.exec(piece) : null
  if (md === null) return undefined
  const [month, day] = [Number(md[1]), Number(md[2])]
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? [month, day] : undefined
}

/** The badge's text read from its pieces, or undefined when it is no badge (see the file's comment). */
export function readBadge (pieces: readonly string[]): string | undefined {
  let year = 0
  let month = 0
  let day = 0
  let time = ''
  let weekdays = 0
  for (const piece of pieces) {
    const m = monthOf(piece)
    const y = YEAR.exec(piece)
    const d = DAY.exec(piece)
    const t = TIME.exec(piece)
    const md = monthAndDay(piece, month + day)
    if (md !== undefined) [month, day] = md
    else if (m > 0 && month === 0) month = m
    else if (y !== null && year === 0) year = Number(y[1])
    else if (d !== null && day === 0 && Number(d[1]) >= 1 && Number(d[1]) <= 31) day = Number(d[1])
    else if (t !== null && time === '' && Number(t[1]) < 24) time = ` ${t[1].padStart(2, '0')}:${t[2]}`
    else if (WEEKDAY.test(piece) && weekdays++ === 0) continue
    else return undefined
  }
  if (year === 0 || month === 0 || day === 0) return undefined
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}${time}`
}

/**
 * The date of the badge the text node `node` is a piece of: its element's parent, whose text is the badge's, in two
 * pieces or more (a date in one text node is the date patterns'). Undefined when it is none.
 */
export function badgeDate (node: AnyNode): string | undefined {
  if (!isText(node) || node.data.trim().length > BADGE_CHARS) return undefined
  const own = node.parent
  const box = own !== null && isElement(own) ? own.parent : null
  if (box === null || !isElement(box)) return undefined
  const pieces: string[] = []
  if (!piecesOf(box, pieces) || pieces.length < 2) return undefined
  const words = pieces.flatMap(p => p.split(/\s+/)).filter(w => w !== '')
  return words.length <= BADGE_PIECES ? readBadge(words) : undefined
}

/**
 * Collects the trimmed texts of `box`'s children and grandchildren into `out`: false when there is more below (a
 * deeper element), or more text than a badge holds.
 */
function piecesOf (box: Element, out: string[]): boolean {
  let chars = 0
  for (const child of box.children) {
    const leaves = isElement(child) ? child.children : [child]
    for (const leaf of leaves) {
      if (isElement(leaf)) return false
      const text = isText(leaf) ? leaf.data.trim() : ''
      if (text === '') continue
      chars += text.length
      if (chars > BADGE_CHARS || out.length >= BADGE_PIECES) return false
      out.push(text)
    }
  }
  return true
}
