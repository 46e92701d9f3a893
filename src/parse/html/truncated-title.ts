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
