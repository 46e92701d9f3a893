/**
 * Teaser cards of other pages: a recommended or related article's box, its title a link, its date and source under
 * it (`<div class="item"><a href="/p/5199199">下沉市场没有“小生意”</a><div><span>36氪</span><span class="time">
 * 2019-05-05</span></div></div>`). A date-classed element in such a card dates that page, never the article. (Not asked
 * of the lines under the headline: there an article's own date follows a long link to its source or channel.)
 */
import { attr, isElement, leadsNowhere, textOf, type Element } from './dom.js'

/** How many levels up from a date its card is looked for. */
const CARD_LEVELS = 2
/** Fewest letters of a link read as another page's title (a channel's or an author's link is shorter). */
const CARD_TITLE_LETTERS = 8
const LETTER = /[\p{L}\p{N}]/gu

/** Whether `el` stands after a link to another page's title in its card (its parent or grandparent). */
export function afterCardTitle (el: Element): boolean {
  let child: Element = el
  let p = el.parent
  for (let level = 0; level < CARD_LEVELS && p !== null && isElement(p); level++) {
    for (const sibling of p.children) {
      if (sibling === child) break
      if (!isElement(sibling) || sibling.name !== 'a' || leadsNowhere(attr(sibling, 'href'))) continue
      if ((textOf(sibling).match(LETTER) ?? []).length >= CARD_TITLE_LETTERS) return true
    }
    child = p
    p = p.parent
  }
  return false
}
