/**
 * A page whose body is an empty application shell and whose content stands only in a `<noscript>` (a forum or a
 * blog rendered by JavaScript, printing its posts for crawlers and for readers without scripts: Flarum's `<noscript
 * id="flarum-content">`, zh-blogs b207 of session 41's unseen round). A `<noscript>` is otherwise dropped unread, as
 * a browser with scripts hides it: here it is what a reader sees, so it becomes a `<div>`. Only when the rest of the
 * body holds almost no text and the `<noscript>` holds an article's worth; one walk.
 */
import { isDocument } from 'domhandler'
import { isElement, isText, type AnyNode, type Element } from './dom.js'
import { countLetters } from '../../text/index.js'

/** Letters and digits outside every `<noscript>` up to which the body is an empty shell. */
const SHELL_TEXT = 200
/** Letters and digits a `<noscript>` must hold to be read as the page's content (a short article's). */
const CONTENT_TEXT = 500
/** Elements whose text no reader sees whatever the scripts. */
const UNSEEN = new Set(['script', 'style', 'template'])

/** Opens the one `<noscript>` that holds the content of an empty shell (renamed `div`); whether it did. */
export function openNoscriptShell (root: AnyNode): boolean {
  let outside = 0
  let best: { el: Element, text: number } | undefined
  const stack: Array<{ node: AnyNode, inside: Element | undefined }> = [{ node: root, inside: undefined }]
  const inside = new Map<Element, number>()
  while (stack.length > 0) {
    const { node, inside: ns } = stack.pop()!
    if (isText(node)) {
      const n = countLetters(node.data)
      if (ns === undefined) outside += n
      else inside.set(ns, (inside.get(ns) ?? 0) + n)
      if (outside > SHELL_TEXT) return false
    } else if (isElement(node) || isDocument(node)) {
      if (isElement(node) && UNSEEN.has(node.name)) continue
      const next = isElement(node) && node.name === 'noscript' && ns === undefined ? node : ns
      for (const c of (node as Element).children) stack.push({ node: c, inside: next })
    }
  }
  for (const [el, text] of inside) {
    if (text >= CONTENT_TEXT && (best === undefined || text > best.text)) best = { el, text }
  }
  if (best === undefined) return false
  best.el.name = 'div'
  return true
}
