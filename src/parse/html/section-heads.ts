/**
 * Sections headed by a comment heading. Blog engines' classic templates (Movable Type, TypePad, early WordPress
 * themes) wrap the entry, its trackbacks and its comments in boxes of one class (`<div class="content">`) and name the
 * section only on its heading (`<h3 id="comments">迴響</h3>`, `<h3 id="trackback">引用</h3>`): the box whose first
 * element is such a heading is that section. The marks are data/html-class-patterns.json's boilerplate entries with
 * `heads`. The unlikely-candidates step keeps such a heading (./score.ts), so the walk over the content can take
 * out the section it heads (./blocks.ts), not the heading alone.
 */
import type { RemovalKind } from '../../types.js'
import { classAndId, isElement, isText, type Element } from './dom.js'
import { SECTION_HEADS } from './patterns.js'

const HEADING = /^h[1-6]$/

/** The first element of `el`, passing by white space and empty anchors (`<a id="p412"></a>`, `<a name="c1">`). */
function firstElement (el: Element): Element | undefined {
  for (const c of el.children) {
    if (isText(c) && c.data.trim() === '') continue
    if (isElement(c) && c.name === 'a' && c.children.length === 0) continue
    return isElement(c) ? c : undefined
  }
  return undefined
}

/** What a heading's class or id marks it as heading (`comments`, `trackback`), or undefined. */
function headingMark (el: Element): { kind: RemovalKind, classAndId: string } | undefined {
  if (!HEADING.test(el.name)) return undefined
  const ci = classAndId(el)
  const mark = ci === '' ? undefined : SECTION_HEADS.find(h => h.re.test(ci))
  return mark === undefined ? undefined : { kind: mark.kind, classAndId: ci }
}

/** The section `el` is when its first element is a marked heading, or undefined. */
export function headedBy (el: Element): { kind: RemovalKind, classAndId: string } | undefined {
  const first = firstElement(el)
  return first === undefined ? undefined : headingMark(first)
}

/** Whether `el` is a marked heading that opens `parent`: the section's name, kept for the walk to read. */
export function opensSection (el: Element, parent: Element): boolean {
  return firstElement(parent) === el && headingMark(el) !== undefined
}
