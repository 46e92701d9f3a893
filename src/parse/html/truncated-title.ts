/**
 * A headline the page cuts short with an ellipsis where it heads the page (`<h1>花溪公园旁边那家…下个月就要拆了，有没...</h1>`
 * and the same `<title>`, a Douban group topic) and prints whole elsewhere (the post's `标题：` box): the whole one.
 * zh-blogs b200 of session 41's unseen round. Read only for a title that ends in an ellipsis, in one walk of the body's
 * text nodes.
 */
import { normalizeLine } from '../../text/normalize.js'
import { isElement, isText, type AnyNode, type Element } from './dom.js'

/** An ellipsis a site puts where it cut a title: three dots or more, or `…`/`⋯`, white space before it or not. */
const CUT = /\s*(?:\.{3,}|…+|⋯+)$/u
/** The shortest cut title read on (characters): a shorter stem may open many texts. */
const MIN_STEM = 10
/** The longest whole title read (characters): a longer text is a paragraph. */
const MAX_TITLE = 250

/** The text that `title` cut short opens, printed whole in a text node of `body`; undefined when none is. */
export function wholeTitle (title: string, body: Element | undefined): string | undefined {
  const cut = CUT.exec(title)
  if (cut === null || body === undefined) return undefined
  const stem = title.slice(0, cut.index)
  if (stem.length < MIN_STEM) return undefined
  const found = textOpening(stem, body)
  if (found !== undefined) return found
  // the site's and the board's names before it (`港訊討論區: 回流香港 - 由多倫多回流一年，講下心得同幾樣唔...`, a Hong Kong
  // portal's message board: zh-blogs b485 of session 59's unseen round): the part after the last separator
  const last = stem.split(LEADING_PARTS).pop() ?? ''
  return last !== stem && last.length >= MIN_STEM ? textOpening(last, body) : undefined
}

/** What separates a `<title>`'s leading names from the headline: a spaced dash or bar, a colon, an underscore. */
const LEADING_PARTS = /\s+[-–—|｜]\s+|[:：]\s+|_/u

/** The whole text of a text node of `body` that `stem` opens, or undefined. */
function textOpening (stem: string, body: Element): string | undefined {
  const stack: AnyNode[] = [body]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (isText(node)) {
      const text = node.data.length <= MAX_TITLE * 2 ? normalizeLine(node.data) : ''
      if (text.length > stem.length && text.length <= MAX_TITLE && text.startsWith(stem) && !CUT.test(text)) return text
    } else if (isElement(node) && node.name !== 'script' && node.name !== 'style') {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i])
    }
  }
  return undefined
}
