/**
 * The issue a newspaper's site files its story under: a bar that names the print page beside the issue's date
 * (`<div class="issue"><b>2016年3月8日　星期二</b><b>A05　澳聞</b>往日報章：<select>…`, a Macau daily's: zh-news n153 of
 * session 38's unseen round; `2016年03月08日 星期二 第A05版：要闻`, the e-paper templates of mainland papers). A site
 * that prints no time beside its stories dates them by that bar: its issue is the story's day. Read only when the page
 * shows no dated evidence of its own (meta.ts `dateHints`), and ranked below every date the page shows or declares
 * (data/metadata-evidence.json `issue-date`).
 */
import { findDate } from '../../text/date.js'
import { normalizeLine } from './short-text.js'
import { isElement, isText, type AnyNode, type Element } from './dom.js'

/** A print page's label: `A05`, `第A05版`, `第5版`, `B12版`, `版次：A05`; its section name may follow. */
const PAGE_LABEL = /(?:^|[\s\u3000：:])(?:第\s*[A-Z]?\d{1,3}\s*版|[A-Z]?\d{1,3}\s*版|[A-Z]\d{2}(?=[\s\u3000：:]|$)|版次|版面[：:])/u
/** Longest text of an issue bar, in characters (the date, the weekday, the page and its section, a label or two). */
const ISSUE_BAR_MAX = 60
/** A label saying a date is the day the page is served (`今天是`, `今日`), or the calendar of past issues. */
const NOT_ISSUE = /今天|今日|現在|现在|当前|當前|更新/u
/** Elements whose text is no part of the bar's own words (a `<select>` of past issues lists their dates). */
const UNREAD = new Set(['select', 'option', 'script', 'style'])

/** How much longer a bar's raw text may be than its text with white space collapsed (markup's indentation). */
const RAW_SPACE = 3
/** Most nodes of a bar read: a box of more is a page's column, no bar (and its read stays bounded). */
const BAR_NODES = 60

/** The bar's own text: its text nodes, a `<select>`'s options and scripts left out; '' past `BAR_NODES` nodes. */
function barText (el: Element): string {
  let out = ''
  let nodes = 0
  const stack: AnyNode[] = [el]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (++nodes > BAR_NODES || out.length > ISSUE_BAR_MAX * RAW_SPACE) return ''
    if (isText(n)) out += n.data + ' '
    else if (isElement(n) && !UNREAD.has(n.name)) {
      if (n.children.length > BAR_NODES) return ''
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i])
    }
  }
  return normalizeLine(out)
}

/** Levels above a page label its bar is looked for (`<div class="issue"><b>A05　澳聞</b>`: the label's parent). */
const BAR_LEVELS = 2

/** Whether one of an element's own text nodes names a print page. */
function holdsPageLabel (el: Element): boolean {
  return el.children.some(c => isText(c) && c.data.length <= ISSUE_BAR_MAX && PAGE_LABEL.test(normalizeLine(c.data)))
}

/**
 * The issue date of the first issue bar that `accept` lets by, as an ISO day; undefined when there is none (`minguo`:
 * the page is Taiwan's, and a two-digit year a Minguo one). Each of `elements` (the body's, in document order) whose
 * own text names a print page is looked at with its parent and grandparent, the first of them whose text (`barText`)
 * is a bar's holding a full date: a bounded read per label.
 */
export function issueDate (
  elements: readonly Element[], accept: (el: Element) => boolean, minguo = false
): string | undefined {
  for (const el of elements) {
    if (!holdsPageLabel(el)) continue
    let box: AnyNode | null = el
    for (let level = 0; level <= BAR_LEVELS && box !== null && isElement(box); level++, box = box.parent) {
      const text = barText(box)
      if (text === '' || text.length > ISSUE_BAR_MAX || NOT_ISSUE.test(text)) break
      // (a Taiwan paper's bar in Minguo years: `93/07/08　第2版　國軍動態` over a military daily's story, zh-news n453 of
      // session 59's unseen round)
      const found = findDate(text, { minguo })
      if (found === null || !/^\d{4}-\d\d-\d\d/.test(found.iso)) continue
      if (accept(box)) return found.iso.slice(0, 'YYYY-MM-DD'.length)
      break
    }
  }
  return undefined
}
