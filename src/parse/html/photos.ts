/**
 * Photos the cleaning takes out of the tree (`<img>` is markup nothing reads as text), remembered where they opened an
 * element: the text that follows a photo in a centred block is its caption (blocks.ts), as Chinese CMSs print it
 * (`<p align="center"><img></p><p align="center">签约仪式现场</p>`, `<div align="center"><img><br>签约仪式现场</div>`).
 */
import { attr, type AnyNode, type Element } from './dom.js'
import { normalizeLine } from '../../text/normalize.js'
import { weightedLength } from '../../text/index.js'

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

/**
 * The texts photos say they show (`alt`, else `title`), per tree (its root): a block that repeats one whole is the
 * photo's caption printed beside it (`<img alt="台北市新工處今年將再推動12個路段騎樓整平，圖為已完工的大同區騎樓。
 * （記者吳柏翰攝）">` over `<span class="ph_b ph_d1">` of the same words, a Taiwan paper's photo box: zh-news n440 of
 * session 57's unseen round), whatever the box's class is named.
 */
const described = new WeakMap<AnyNode, Set<string>>()
/** Shortest photo description read as a caption's words (weighted; 12 is six Han characters): `图片`, `photo`: none. */
const DESCRIPTION_MIN = 12

/** The root of the tree a node stands in. */
function rootOf (node: AnyNode): AnyNode {
  let n = node
  while (n.parent !== null) n = n.parent
  return n
}

/** Notes a photo's description (the cleaning calls it as it takes the photo out). */
export function notePhotoText (img: Element): void {
  const text = normalizeLine(attr(img, 'alt') || attr(img, 'title'))
  if (weightedLength(text) < DESCRIPTION_MIN) return
  const root = rootOf(img)
  let set = described.get(root)
  if (set === undefined) described.set(root, set = new Set())
  set.add(text)
}

/** The descriptions of the photos of the tree `node` stands in (empty when it had none). */
export function photoTexts (node: AnyNode): ReadonlySet<string> {
  return described.get(rootOf(node)) ?? NONE
}
const NONE: ReadonlySet<string> = new Set()
