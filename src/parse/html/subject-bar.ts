/**
 * A thread's subject bar: one element whose whole text is a subject label and the subject (`<td colspan='2'
 * class='tbl2'><b>主題: 阿嬤的苦茶油打皂記：第一鍋失敗…</b></td>` over PHP-Fusion 6's posts; `<b>主題：阿公的碾米廠…</b>` in a
 * Taiwan home-made ASP board's topic cell: zh-blogs b597 and b584 of sessions 63 and 62's unseen rounds). Boards print
 * the thread's subject so, not in a heading, under a `<title>` of the site; the labels are data/title-tags.json's
 * (`主題`, `標題`, `帖子主题`). What follows the subject in the same bar is no part of it: another label's field
 * (`發表於: 週五 5月 07 - 21:23`) and the thread's view count (`(閱讀 3127 次)`, SMF).
 */
import { loadData } from '../../data.js'
import { escapeRegExp, weightedLength } from '../../text/index.js'
import { isElement, isText, textOf, type Element } from './dom.js'
import { normalizeLine } from './short-text.js'

interface TagsFile { labels: Array<{ words: string[] }> }

const LABELS = loadData<TagsFile>('title-tags.json').labels.flatMap(l => l.words)
  .map(escapeRegExp).sort((a, b) => b.length - a.length)
/** A subject label and its colon, opening a text. */
const LABEL_START = new RegExp(`^\\s*(?:${LABELS.join('|')})\\s*[:：]`, 'u')
/** A subject label, its colon, and the subject: the element's whole text. */
const SUBJECT = new RegExp(`^(?:${LABELS.join('|')})\\s*[:：]\\s*(\\S.*)$`, 'u')
/** A post's date or poster field after the subject, a space before its label (`  發表於: …`, `　作者：…`). */
const NEXT_FIELD = /\s+(?:發表於|发表于|發表時間|发表时间|發表日期|发表日期|發表人|发表人|作者|時間|时间|日期|posted|author)\s*[:：].*$/iu
/** A thread's view or reply count after its subject (`(閱讀 3127 次)`, `(阅读 56 次)`, `(Read 88 times)`). */
const VIEW_COUNT = /\s*[(（]\s*(?:閱讀|阅读|瀏覽|浏览|點擊|点击|回覆|回复|Read)\s*[\d,]+\s*(?:次|times)?\s*[)）]\s*$/iu

/**
 * A board's statistics, no subject: a count after the label (`主題：3,217 帖子：41,630`, an ASP.NET forum's board row:
 * zh-blogs b582), or another label's count inside.
 */
const COUNTS = /^[\d,.]+(?:\s|$)|\p{L}\s*[:：]\s*\d/u

/** Shortest and longest subject (weighted characters): a word is no title, a paragraph no subject bar. */
const SUBJECT_MIN = 4
const SUBJECT_MAX = 80
/** Longest text an element may hold to be read as a bar at all, in characters. */
const BAR_MAX = 120
/** Elements a bar is looked for in, in document order: a board prints its subject above the posts. */
const ELEMENTS_READ = 2000

/**
 * The subject a thread's bar prints, from the first element whose text is a title label and a title alone, outside
 * links (a list of other threads' links is no bar), else undefined.
 */
export function subjectBar (elements: readonly Element[]): string | undefined {
  // asked twice of a page (its title, then the line its date and byline are read beside): read once per page's list
  const known = READ.get(elements)
  if (known !== undefined) return known ?? undefined
  const found = readBar(elements)
  READ.set(elements, found ?? null)
  return found
}

/** The bars read, by the page's element list (./meta/page-cache.ts `bodyElements`, one list per page). */
const READ = new WeakMap<readonly Element[], string | null>()

function readBar (elements: readonly Element[]): string | undefined {
  const end = Math.min(elements.length, ELEMENTS_READ)
  for (let i = 0; i < end; i++) {
    const el = elements[i]
    if (!holdsLabelText(el)) continue
    const text = normalizeLine(textOf(el))
    if (text.length > BAR_MAX) continue
    const m = SUBJECT.exec(text)
    if (m === null || inLink(el)) continue
    const subject = m[1].replace(NEXT_FIELD, '').replace(VIEW_COUNT, '').trim()
    if (COUNTS.test(subject)) continue
    const weight = weightedLength(subject)
    if (weight >= SUBJECT_MIN && weight <= SUBJECT_MAX) return subject
  }
  return undefined
}

/** Whether an element's own first text opens with a label (the bar's text starts in the element itself). */
function holdsLabelText (el: Element): boolean {
  for (const c of el.children) {
    if (!isText(c)) return false
    const at = c.data.search(NOT_SPACE)
    if (at < 0) continue
    // (the labels' first characters, looked up before the pattern runs: most texts open with none)
    return LABEL_FIRST.has(c.data[at]) && LABEL_START.test(c.data)
  }
  return false
}
const NOT_SPACE = /\S/
/** The first characters of the labels. */
const LABEL_FIRST = new Set(LABELS.map(l => l.replace(/^\\/, '')[0]))

function inLink (el: Element): boolean {
  for (let p = el.parent; p !== null && isElement(p); p = p.parent) if (p.name === 'a') return true
  return false
}
