/**
 * What is read once per page and kept while `readHints` reads it (./meta.ts): the body's elements in
 * document order and the classes and ids the page sets in large type.
 */
import type { CheerioAPI } from 'cheerio'
import { isText } from 'domhandler'
import { attr, elementsOf, isElement, type AnyNode, type Element } from '../dom.js'
import { largeTypeRules, sizeNamedLarge, type LargeType } from '../large-type.js'

/**
 * The classes and ids the style sheets of the page `readHints` is reading set large (large-type.ts), and its
 * title-classed headline (`titleClassed`; null: none): each read once per page, and only when a reader asks (most pages
 * have an `<h1>` and none does); the page's address (`linksPage`).
 */
export let largeType: { $: CheerioAPI, url?: string, large?: LargeType, classed?: string | null } | undefined
/** Sets `largeType`: `readHints` (./meta.ts) for the page it reads, undefined after it. */
export function setLargeType (value: typeof largeType): void {
  largeType = value
}

export function pageLargeType (): LargeType {
  if (largeType === undefined) return NO_LARGE_TYPE
  if (largeType.large === undefined) {
    const sheets = largeType.$('style').toArray()
      .map(el => isElement(el) ? el.children.map(c => isText(c) ? c.data : '').join('') : '')
    const large = largeTypeRules(sheets)
    // the classes named by their size (`f24` beside `f12`), read from the elements once
    const classes = new Set<string>()
    for (const el of largeType.$('body [class]')) {
      if (isElement(el)) for (const c of attr(el, 'class').split(/\s+/)) if (c !== '') classes.add(c)
    }
    for (const c of sizeNamedLarge(classes, large)) large.classes.add(c)
    largeType.large = large
  }
  return largeType.large
}
const NO_LARGE_TYPE: LargeType = { classes: new Set(), ids: new Set() }

/**
 * The body's elements in document order, the body first (`elementsOf(body)`), for the page `readHints` is reading:
 * the searches around the headline and the byline-date walk read that list, listed once per page instead of once per
 * search (each listing walks the whole body). `fastQuery` seeds it from its own list of the page's elements.
 */
let bodyList: { body: AnyNode, all: Element[] } | undefined
/** Sets `bodyList`: `fastQuery` (./tags.ts) seeds it, `readHints` (./meta.ts) clears it after a page. */
export function setBodyList (value: typeof bodyList): void {
  bodyList = value
}

export function bodyElements (body: AnyNode): Element[] {
  if (bodyList?.body !== body) bodyList = { body, all: elementsOf(body) }
  return bodyList.all
}
