/**
 * Teaser headings: whether a line or a byline stands under another page's linked heading (a related or
 * listed item's card) rather than under the page's own headline.
 */
import { attr, elementsOf, isElement, leadsNowhere, readableText, textOf, type Element } from '../dom.js'
import { normalizeLine } from '../short-text.js'
import { weightedLength } from '../../../text/index.js'
import { belowBody } from './regions.js'
import { ANNOUNCED_PARTS } from './title-parts.js'

/** Ancestors of a byline searched for a teaser's heading: the card that holds both, and the box around it. */
const TEASER_LEVELS = 2

export const HEADING_TAG = /^h[1-6]$/

/**
 * What a heading (or an element that opens with one) says of the box it stands in. `own`: its text is in the page's
 * `<title>`: the page's headline (some themes link it to the page's address). `teaser`: its whole text is one link
 * and not in the `<title>`: another page's headline, as in `<h3><a href="/books/1610.html">迷霧之子番外篇：執</a></h3>`
 * above `<div class="author">作者：…` in a "books to read" box. Undefined for anything else.
 */
function headingKind (el: Element, docTitle: string): 'own' | 'teaser' | undefined {
  const heading = HEADING_TAG.test(el.tagName) ? el : el.children.find(isElement)
  if (heading === undefined || !HEADING_TAG.test(heading.tagName)) return undefined
  const text = normalizeLine(readableText(heading))
  if (text === '') return undefined
  if (docTitle.includes(text) || endsWithTitlePart(text, docTitle)) return 'own'
  const kids = heading.children.filter(c => isElement(c) || textOf(c).trim() !== '')
  const link = kids.length === 1 && isElement(kids[0]) && kids[0].tagName === 'a' ? kids[0] : undefined
  return link !== undefined && !leadsNowhere(attr(link, 'href')) ? 'teaser' : undefined
}

/** Fewest characters (Latin-equivalent) of a `<title>` part a heading ends with to be the page's own. */
const OWN_TITLE_PART_MIN = 10

/**
 * Whether a heading ends with a part of the `<title>` (`海德堡手记（三）：第一个冬天` under `林间笔记 | 第一个冬天`: a
 * series' name before the post's own title, which the `<title>` leaves out, BlogBus's linked `h3.title`: zh-blogs b310
 * of session 46's unseen round): the page's own headline, linked to its own address, no teaser of another page.
 */
function endsWithTitlePart (text: string, docTitle: string): boolean {
  // the parts of the page's one `<title>`, split once (a heading's kind is asked for every sibling of every byline)
  if (titleParts?.docTitle !== docTitle) {
    const parts = docTitle.split(ANNOUNCED_PARTS).map(p => p.trim())
      .filter(p => weightedLength(p) >= OWN_TITLE_PART_MIN)
    titleParts = { docTitle, parts }
  }
  return titleParts.parts.some(part => part !== text && text.endsWith(part))
}
let titleParts: { docTitle: string, parts: string[] } | undefined

/**
 * Whether a teaser's heading is inside `el` (a box of teasers whose whole text is short enough to pass for a line):
 * the walks for labelled lines then read its parts one by one, each judged by `belowTeaserHeading`.
 */
export function holdsTeaserHeading (el: Element, docTitle: string): boolean {
  return elementsOf(el).some(e => e !== el && HEADING_TAG.test(e.tagName) && headingKind(e, docTitle) === 'teaser')
}

/**
 * A byline in another page's teaser (a card of a related, promoted or listed item): a heading that links away
 * (`headingKind`) stands before it in its card or the box around the card, and the page's own headline does not
 * (a linked deck under the headline of a newsletter's page is the page's). Such a byline names that page's writer.
 */
export function belowTeaserHeading (el: Element, docTitle: string): boolean {
  let child: Element = el
  let p = el.parent
  for (let level = 0; level < TEASER_LEVELS && belowBody(p); level++) {
    let teaser = false
    for (const sibling of p.children) {
      if (sibling === child) break
      const kind = isElement(sibling) ? headingKind(sibling, docTitle) : undefined
      if (kind === 'own') return false
      if (kind === 'teaser') teaser = true
    }
    if (teaser) return true
    child = p
    p = p.parent
  }
  return false
}
