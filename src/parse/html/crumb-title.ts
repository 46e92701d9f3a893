/**
 * The headline a breadcrumb ends with. A CMS's breadcrumb trail names the page itself last, unlinked (`首页 > 社区新闻 >
 * 精英中学考试本周四开考 华人补习市场迎来“旺季”`, Joomla's `div.breadcrumbs`; Yoast's on WordPress): when a heading of the
 * page prints those very words, they are the page's headline, whatever the `<title>` says for search engines (a Sydney
 * weekly's `<title>新州精英中学入学考试 补习班爆满 - …` over its `<h2>`: zh-news n361 of session 46's unseen round).
 */
import { normalizeLine } from '../../text/normalize.js'
import { weightedLength } from '../../text/index.js'
import { classAndId, elementsOf, isElement, isText, readableText, type AnyNode, type Element } from './dom.js'

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
 * The linked steps of the page's first breadcrumb trail (its class's: `首页 > <a>公司动态</a> > 动态详情`), as printed: the
 * site's and its sections' names, none a page's headline.
 */
export function crumbSections (elements: readonly Element[]): Set<string> {
  for (const el of elements) {
    if (el.attribs.class === undefined && el.attribs.id === undefined) continue
    if (!CRUMB_CLASS.test(classAndId(el))) continue
    const text = normalizeLine(readableText(el))
    if (text === '' || text.length > CRUMB_MAX) continue
    const links = elementsOf(el).filter(a => a.name === 'a')
    return new Set(links.map(a => normalizeLine(readableText(a))).filter(t => t !== ''))
  }
  return new Set()
}

/** A separator alone between two steps of a trail, as text (`&gt;`, `»`, `->`). */
const SEPARATOR_ONLY = /^\s*(?:->|>>?|»|›|→|＞)\s*$/u
/** A separator, then the trail's unlinked leaf. */
const SEPARATOR_THEN_LEAF = /^\s*(?:->|>>?|»|›|→|＞)\s*(\S.*)$/su
/** Links a trail by its shape holds at least: a site and a section before the page itself. */
const TRAIL_LINKS = 2
/** Elements that hold an old board's trail (`<b>`, a table cell, a `<font>`). */
const TRAIL_TAGS = new Set(['b', 'strong', 'span', 'font', 'div', 'td', 'p'])

const hasText = (n: AnyNode): boolean => !isText(n) || n.data.trim() !== ''

/**
 * The unlinked leaf of a trail told by its shape alone, no class: links, each followed by a separator and nothing else,
 * then the separator and the page's own words as text (vBulletin 2's `<b><a>弈林茶座</a> &gt; <a>围棋交流</a> &gt; 带儿子学棋
 * 一年…</b>`: zh-blogs b437 of session 55's unseen round), or undefined.
 */
function shapedLeaf (elements: readonly Element[]): string | undefined {
  for (const el of elements) {
    if (!TRAIL_TAGS.has(el.name) || el.children.length < 2 * TRAIL_LINKS + 1) continue
    const kids = el.children.filter(hasText)
    const last = kids[kids.length - 1]
    if (kids.length < 2 * TRAIL_LINKS + 1 || !isText(last)) continue
    const steps = kids.slice(0, -1)
    const trail = steps.every((k, i) => i % 2 === 0
      ? isElement(k) && k.name === 'a'
      : isText(k) && SEPARATOR_ONLY.test(k.data))
    const leaf = trail && steps.length % 2 === 1 ? SEPARATOR_THEN_LEAF.exec(last.data) : null
    if (leaf !== null) return normalizeLine(leaf[1])
  }
  return undefined
}

/** Whether the `<title>` is the leaf and other words set apart by a separator (`论坛名 - 帖子标题`, `标题 | 站名`). */
function titledBy (leaf: string, docTitle: string): boolean {
  const title = normalizeLine(docTitle)
  if (title === leaf) return false
  const rest = title.startsWith(leaf)
    ? title.slice(leaf.length)
    : title.endsWith(leaf) ? title.slice(0, -leaf.length) : ''
  return /^\s*[-–—|｜_»«:·•]|[-–—|｜_»«:·•]\s*$/u.test(rest)
}

/**
 * The headline a breadcrumb ends with when a heading prints it too, else undefined; `elements`, the body's elements in
 * document order. With `docTitle`, a trail told by its shape alone (no class) counts too when the `<title>` is its leaf
 * and the site's or section's name (`弈林茶座 - 带儿子学棋一年…`): the page names itself so twice.
 */
export function crumbHeadline (elements: readonly Element[], docTitle?: string): string | undefined {
  const leaf = crumbLeaf(elements)
  if (leaf !== undefined && weightedLength(leaf) >= CRUMB_HEADLINE_MIN) {
    for (const h of elements) {
      if (HEADINGS.has(h.name) && normalizeLine(readableText(h)) === leaf) return leaf
    }
  }
  if (docTitle === undefined) return undefined
  const shaped = shapedLeaf(elements)
  return shaped !== undefined && weightedLength(shaped) >= CRUMB_HEADLINE_MIN && titledBy(shaped, docTitle)
    ? shaped
    : undefined
}
