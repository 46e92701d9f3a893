/**
 * The title a page's own script sets back over its `<title>`: a hacked page whose `<title>` is gambling keywords
 * (for search engines) and whose injected script restores the site's own title for the people who visit it
 * (`document.title = "修好了爷爷的上海牌手表 - 阿坤的杂货铺";`: zh-blogs b192 of session 41's unseen round). Read only when
 * the `<title>` is such keywords (src/text/spam-lexicon.ts `isKeywordTitle`): the title the reader's browser shows.
 */
import { decodeEntities } from '../../text/entities.js'
import { isElement, isText, type AnyNode } from './dom.js'

/** Longest script text searched, in characters: the injected line stands first in its script. */
const MAX_SCRIPT = 20_000
/** Longest title read, in characters. */
const MAX_TITLE = 250
// `document.title = "…"`, `document.title='…'`, `top.document.title = "…"`: a quoted literal on one line, no escapes
const ASSIGNMENT = new RegExp(`(?<![\\w$])document\\.title\\s*=\\s*(['"])([^'"\\\\\\n]{2,${MAX_TITLE}})\\1`)

/** The first literal title the page's inline scripts assign to `document.title`, or undefined. */
export function scriptTitle (scripts: readonly AnyNode[]): string | undefined {
  for (const s of scripts) {
    if (!isElement(s) || s.attribs.src !== undefined) continue
    let text = ''
    for (const c of s.children) if (isText(c)) text += c.data
    const m = ASSIGNMENT.exec(text.length > MAX_SCRIPT ? text.slice(0, MAX_SCRIPT) : text)
    if (m !== null && m[2].trim() !== '') return decodeEntities(m[2]).trim()
  }
  return undefined
}
