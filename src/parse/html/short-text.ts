/**
 * The text of short elements as a reader sees it: a space at every element boundary, white space folded, the text of
 * scripts, styles, buttons and the like left out; and that text only when it is short, read no further than it
 * takes to know (bylines, date labels, the line after a byline).
 */
import { isTag, isText } from 'domhandler'
import type { AnyNode, Element } from './dom.js'
import { isElement } from './dom.js'
import { firstKept, normalizeLine as normalizeSpaces } from '../../text/normalize.js'
import { isAsciiUpper, unitAt } from '../../text/index.js'

/**
 * White space other than a lone ASCII space: what folding (`/\s+/g` to one space) changes. A text without any (most
 * paragraphs) folds to itself, and the fold, which builds a new string match by match, is skipped.
 */
const FOLDS = /[^\S ]| {2}/

/**
 * What either step of `normalizeLine` changes besides the trim: `FOLDS` (white space other than a lone ASCII space)
 * and the line normalization's own test (`NEEDS_NORMALIZING` in ../../text/normalize.ts: invisible characters, odd
 * spaces, two ASCII spaces), as one class and two spaces. A text without any (most paragraphs) is only trimmed. The
 * class is one scan and the two spaces the engine's string search: a sixth cheaper on English paragraphs than one
 * pattern with both alternatives, which tries the second at every position (the same on Chinese ones).
 */
// eslint-disable-next-line no-control-regex -- control characters are among what the steps take out or fold
const CHANGES_CLASS = /[\u0000-\u001f\u007f-\u00a0\u00ad\u1680\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff\ufffc]/
const changes = (s: string): boolean => CHANGES_CLASS.test(s) || s.includes('  ')

/** White space folded to one space, then the line's own normalization (ends trimmed, odd spaces made plain). */
export const normalizeLine = (s: string): string => !changes(s)
  ? s.trim()
  : normalizeSpaces(FOLDS.test(s) ? s.replace(/\s+/g, ' ') : s)

/** The elements whose text `spacedText` leaves out (the names of HTML elements, any case). */
const SPACED_SKIP_NAMES = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button'])
export const spacedSkip = (name: string): boolean =>
  SPACED_SKIP_NAMES.has(name) || (hasAsciiUpper(name) && SPACED_SKIP_NAMES.has(name.toLowerCase()))

function hasAsciiUpper (s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isAsciiUpper(unitAt(s, i))) return true
  return false
}

/**
 * The text of an element that holds one text node and nothing else (most short elements: `<p>x</p>`, `<span>By
 * A</span>`); undefined for any other node. The spaces `spacedText` and `boundedText` put at the element's own
 * boundaries stand at the ends of the line, which normalizing trims: without them the text is the same.
 */
export function leafText (el: AnyNode): string | undefined {
  if (!isTag(el) || el.children.length !== 1 || spacedSkip(el.name)) return undefined
  const only = el.children[0]
  return isText(only) ? only.data : undefined
}

/**
 * The text of an element when it has at most `max` characters (the walk stops past them), else undefined. With
 * `maxNodes`, also undefined past that many nodes visited: a deep nest of empty elements is no short line, and a
 * caller that asks of every element keeps the walk over the page linear.
 */
export function boundedText (el: Element, max: number, maxNodes = Number.POSITIVE_INFINITY): string | undefined {
  const leaf = leafText(el)
  if (leaf !== undefined) {
    if (leaf.length > max * BOUNDED_SPACE) return undefined
    const line = normalizeLine(leaf)
    return line.length <= max ? line : undefined
  }
  let length = 0
  let visits = 0
  const parts: string[] = []
  const stack: AnyNode[] = [el]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (++visits > maxNodes) return undefined
    if (isText(n)) {
      length += n.data.length
      if (length > max * BOUNDED_SPACE) return undefined
      parts.push(n.data)
    } else if (isElement(n) && !spacedSkip(n.name)) {
      parts.push(' ')
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i])
    }
  }
  const text = normalizeLine(parts.join(''))
  return text.length <= max ? text : undefined
}
/**
 * The first character of the text `boundedText` reads from `el` (whatever its bounds), or undefined when that text
 * is empty: the walk stops at the first text node with a character normalizing keeps. The spaces the walk puts at
 * element boundaries and the text of skipped elements are nothing at a line's start, so a caller that needs a line
 * to start in a certain way can pass an element by without its text being joined and normalized.
 */
export function firstShownChar (el: Element): string | undefined {
  const stack: AnyNode[] = [el]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (isText(n)) {
      const at = firstKept(n.data)
      if (at >= 0) return n.data[at]
    } else if (isElement(n) && !spacedSkip(n.name)) {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i])
    }
  }
  return undefined
}

/** Raw characters read per character of a bounded text: source white space that normalization folds. */
const BOUNDED_SPACE = 4
