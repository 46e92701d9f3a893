/**
 * A date in an element of its own right after the byline (`<p>Written by <a>Moses Kim</a></p><p>April 8,
 * 2024</p>`, `<div>By Jane Doe</div><div>12 March 2024</div>`, `<p>作者：王攀</p><p>2024-03-05</p>`): the byline
 * says whose the article is, and the line after it when it holds a full date and nothing else is when it ran. Read
 * only when the markup and the walks around the headline give no date (a byline at the end of an article is far
 * from its headline). A byline in a comment or a sidebar is no article's (`keep` says which elements count).
 */
import type { Element } from './dom.js'
import { isElement, isText } from './dom.js'
import { boundedText, firstShownChar } from './short-text.js'
import { ENGLISH_MONTH } from '../../text/index.js'

/** A byline's start: a `… by` label and a capitalized name, `By Name`, or a Chinese writer's label. */
const BYLINE_START = /^(?:(?:written|posted|published|authored|words|story)\s+by\s*:?\s*\S|by\s*:?\s*\p{Lu}|(?:author|writer)s?\s*[:：]\s*\S|(?:作者|记者|記者|撰文|文)\s*[:：/／]\s*\S)/iu
/**
 * The first character of every `BYLINE_START` match, under its flags (the first of each alternative: `written`,
 * `words`, `writer`; `posted`, `published`; `authored`, `author`; `story`; `by`; 作, 记, 記, 撰, 文).
 */
const BYLINE_FIRST = /^[abpsw作记記撰文]/iu
/** A byline is a short line: a label and a few names (characters). */
const BYLINE_CHARS = 80
/** The date line holds a date and at most a few characters of punctuation or a weekday around it. */
const DATE_LINE_CHARS = 40
/**
 * The whole line is a full date with a four-digit year: `April 8, 2024`, `8 April 2024`, `2024-04-08`,
 * `2024/4/8 10:20`, `2024年4月8日`, `08.04.2024`; a weekday or `on`/`|` before it may stand with it.
 */
const DATE_LINE = new RegExp(String.raw`^(?:on\s+|[|·•]\s*|\p{L}+day,?\s+)?((?:` +
  String.raw`${ENGLISH_MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}` +
  String.raw`|\d{1,2}(?:st|nd|rd|th)?\s+${ENGLISH_MONTH},?\s+\d{4}` +
  String.raw`|\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}[./]\d{1,2}[./]\d{4})` +
  String.raw`(?:\s*,?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:\s*[ap]\.?m\.?)?)?)\s*$`, 'iu')

/**
 * Nodes visited per character allowed: a short line is a few elements; a deep nest of empty elements is no line
 * (the walk from each element stays bounded, so the walk over the page stays linear).
 */
const NODES_PER_CHAR = 2

/** The next element after `el` among its siblings (text between them only white space), or undefined. */
function nextElement (el: Element): Element | undefined {
  for (let n = el.next; n !== null; n = n.next) {
    if (isElement(n)) return n
    if (isText(n) && n.data.trim() !== '') return undefined
  }
  return undefined
}

/**
 * The raw date on the line right after the first byline among `elements` (a body's, `elementsOf(body)`) that has one,
 * or undefined.
 */
export function bylineDate (elements: readonly Element[], keep: (el: Element) => boolean): string | undefined {
  for (const el of elements) {
    if (el.children.length === 0) continue
    // most elements' lines cannot start a byline: their text is not joined and normalized
    const first = firstShownChar(el)
    if (first === undefined || !BYLINE_FIRST.test(first)) continue
    const text = boundedText(el, BYLINE_CHARS, BYLINE_CHARS * NODES_PER_CHAR)
    if (text === undefined || !BYLINE_START.test(text)) continue
    const next = nextElement(el)
    const line = next === undefined ? undefined : boundedText(next, DATE_LINE_CHARS, DATE_LINE_CHARS * NODES_PER_CHAR)
    const date = line === undefined ? null : DATE_LINE.exec(line)
    if (date !== null && keep(el)) return date[1]
  }
  return undefined
}
