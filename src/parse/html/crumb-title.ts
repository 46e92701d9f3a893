/**
 * The headline a breadcrumb ends with. A CMS's breadcrumb trail names the page itself last, unlinked (`首页 > 社区新闻 >
 * 精英中学考试本周四开考 华人补习市场迎来“旺季”`, Joomla's `div.breadcrumbs`; Yoast's on WordPress): when a heading of the
 * page prints those very words, they are the page's headline, whatever the `<title>` says for search engines (a Sydney
 * weekly's `<title>新州精英中学入学考试 补习班爆满 - …` over its `<h2>`: zh-news n361 of session 46's unseen round).
 */
import { normalizeLine } from '../../text/normalize.js'
import { weightedLength } from '../../text/index.js'
import { classAndId, elementsOf, isElement, readableText, type Element } from './dom.js'

/**
 * A breadcrumb's class or id (`breadcrumbs`, `crumb`, Joomla's `pathway`, `weizhi`: 位置 in pinyin; a token ending in
 * `path`, the iNove theme's `postpath`, `sitepath`, `nav-path`).
 */
export const CRUMB_CLASS = /breadcrumb|crumb|pathway|weizhi|path(?=$|\s)/i
/** The separators between a trail's steps. */
const STEP = /\s*(?:>>?|»|›|→|＞|\/|\||::)\s*/u
/** Shortest leaf read as a headline (Latin-equivalent characters): a section's name is shorter. */
const CRUMB_HEADLINE_MIN = 16
/** Longest breadcrumb read (characters). */
const CRUMB_MAX = 300
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4'])

/**
 * The unlinked last step of the page's first breadcrumb trail, or undefined: its last part with text (steps set apart
 * by separators in the text or by arrow images), no link.
 */
function crumbLeaf (elements: readonly Element[]): string | undefined {
  for (const el of elements) {
    if (el.attribs.class === undefined && el.attribs.id === undefined) continue
    if (!CRUMB_CLASS.test(classAndId(el))) continue
    const text = normalizeLine(readableText(el))
    if (text === '' || text.length > CRUMB_MAX) continue
    const last = [...el.children].reverse().find(c => normalizeLine(readableText(c)) !== '')
    if (last === undefined || (isElement(last) && elementsOf(last).some(a => a.name === 'a'))) {
      return undefined
    }
    const steps = normalizeLine(readableText(last)).split(STEP).map(s => s.trim()).filter(s => s !== '')
    return steps[steps.length - 1]
  }
  return undefined
}

/**
 * The headline a breadcrumb ends with when a heading prints it too, else undefined; `elements`, the body's elements in
 * document order.
 */
export function crumbHeadline (elements: readonly Element[]): string | undefined {
  const leaf = crumbLeaf(elements)
  if (leaf === undefined || weightedLength(leaf) < CRUMB_HEADLINE_MIN) return undefined
  for (const h of elements) {
    if (HEADINGS.has(h.name) && normalizeLine(readableText(h)) === leaf) return leaf
  }
  return undefined
}
