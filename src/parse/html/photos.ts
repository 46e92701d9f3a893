/**
 * Photos the cleaning takes out of the tree (`<img>` is markup nothing reads as text), remembered where they opened an
 * element: the text that follows a photo in a centred block is its caption (blocks.ts), as Chinese CMSs print it
 * (`<p align="center"><img></p><p align="center">签约仪式现场</p>`, `<div align="center"><img><br>签约仪式现场</div>`).
 */
import { attr, type Element } from './dom.js'

/** Smallest width or height (pixels) of a photo: smaller images are icons, bullets and spacers. */
const PHOTO_MIN_SIDE = 60

/** Elements whose content opened with a photo, in the trees of the pages read (each tree's die with it). */
const opened = new WeakSet<Element>()

/** An `<img>` of a photo's size (or of no size given), not an icon's. */
export function isPhoto (el: Element): boolean {
  if (el.name !== 'img') return false
  const side = (name: string): number => {
    const n = Number.parseInt(attr(el, name), 10)
    return Number.isNaN(n) ? Infinity : n
  }
  return side('width') >= PHOTO_MIN_SIDE && side('height') >= PHOTO_MIN_SIDE
}

/** Notes that a photo opens the element's content (the cleaning calls it as it takes the photo out). */
export function notePhoto (parent: Element): void {
  opened.add(parent)
}

/** Whether the element's content opened with a photo the cleaning took out. */
export function opensWithPhoto (el: Element): boolean {
  return opened.has(el)
}
