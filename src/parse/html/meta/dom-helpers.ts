/**
 * Small tree helpers the metadata readers share (./meta.ts): letters and digits counted below elements,
 * an element's text with its block breaks spaced, and whether an element stands inside another or a link.
 */
import { isTag, isText } from 'domhandler'
import { isElement, type AnyNode, type Element } from '../dom.js'
import { leafText, normalizeLine, spacedSkip } from '../short-text.js'

/** Whether an element stands inside a link. */
export function insideLink (el: Element): boolean {
  for (let p = el.parent; p !== null; p = p.parent) if (isElement(p) && p.name === 'a') return true
  return false
}

/** Letters and digits below each element, as `spacedText` reads it: normalization never removes one. */
export type Letters = Map<AnyNode, number>

/**
 * Letters are kept only for elements with more than this many (`bodyFacts`): the shortest limit a search asks
 * `longerThan` about is 50 letters, and most elements of a page hold fewer, so most need no entry.
 */
export const LETTERS_KEPT_ABOVE = 50

/**
 * Letters are counted up to one past this many (`bodyFacts`): the longest limit a search asks `longerThan` about
 * (`PARTICULARS_ROW_MAX`). A paragraph's letters past it answer nothing, and are not read.
 */
export const LETTERS_COUNTED_PAST = 200

/** Whether `spacedText(el)` is surely longer than `max` characters (without building it). */
export function longerThan (letters: Letters, el: AnyNode, max: number): boolean {
  if (max < LETTERS_KEPT_ABOVE) throw new Error(`longerThan: no letter counts are kept for ${max} or fewer`)
  if (max > LETTERS_COUNTED_PAST) throw new Error(`longerThan: letters are counted only up to ${LETTERS_COUNTED_PAST}`)
  return (letters.get(el) ?? 0) > max
}

/** Text of an element with a space at every element boundary (`<p>Written by</p><p>A</p>` is `Written by A`). */
export function spacedText (el: AnyNode): string {
  return normalizeLine(rawSpacedText(el))
}

/** `spacedText` before normalizing: the texts as they are, a space at every element boundary. */
export function rawSpacedText (el: AnyNode): string {
  const leaf = leafText(el)
  if (leaf !== undefined) return leaf
  const parts: string[] = []
  spacedParts(el, parts)
  return parts.join('')
}

function spacedParts (n: AnyNode, parts: string[]): void {
  if (isText(n)) parts.push(n.data)
  else if (isTag(n) && !spacedSkip(n.name)) {
    parts.push(' ')
    for (const c of n.children) spacedParts(c, parts)
    parts.push(' ')
  }
}

export function isInside (el: AnyNode, ancestor: Element): boolean {
  for (let p = el.parent; p !== null; p = p.parent) if (p === ancestor) return true
  return false
}
