/**
 * A thread's floors: the number a Chinese board prints at the head of each post (`楼主`, `2楼`, `1 樓`, `沙发`).
 * Where the posters' names are no links (a guest's view of phpwind, a portal's ASP board, an app's share page), the
 * floors are what tells the posts apart: ./thread.ts asks them when no member's or template link does.
 */
import { isElement, isText, type AnyNode, type Element } from './dom.js'

/**
 * A floor as the whole text of an element, spaces taken out: the opening post's `楼主`, the first replies' names
 * (`沙发`, `板凳`, `地板`: the second, third and fourth floors) or a number before `楼`/`樓` (`5楼`, `第3楼`, `1 樓`). The
 * number has at most five digits (a thread of 99,999 posts); a longer one is an id, not a floor. A bare `#5` is not
 * read: English pages number ranked items and pull requests so (WCXB 0267, 2645 of the development set).
 */
const FLOOR = /^(?:(楼主|樓主)|(沙发|沙發)|(板凳)|(地板)|第?(\d{1,5})[楼樓])$/u

/** Characters a floor's text holds at most before its spaces go (`第 12 樓`): a longer text is no floor. */
const MAX_FLOOR_CHARS = 12

/**
 * The floor a text names, or undefined when it names none: 0 for the opening post's `楼主` (phpwind and many boards
 * number the first reply `1楼`; others number the opening post `1楼` or `#1`, so a thread's floors start at 0 or 1).
 */
export function floorOf (text: string): number | undefined {
  if (text.length > MAX_FLOOR_CHARS) return undefined
  const m = FLOOR.exec(text.replace(/[\s\u00a0]+/g, ''))
  if (m === null) return undefined
  if (m[1] !== undefined) return 0
  if (m[2] !== undefined) return 2
  if (m[3] !== undefined) return 3
  if (m[4] !== undefined) return 4
  return Number(m[5])
}

/**
 * The floor each element holds, for every element above a floor's text below `root` (an element whose one child is
 * the text, `<span class="floor">2楼</span>`, `<a href="#tpc">楼主</a>`): the highest one it holds, since a reply
 * that badges its poster as the thread's (`<span class="lz-tag">楼主</span>` beside `3楼`) is still the third floor.
 */
export function floorHolders (root: Element): Map<AnyNode, number> {
  const floors = new Map<AnyNode, number>()
  const stack: AnyNode[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!isElement(node)) continue
    const only = node.children.length === 1 ? node.children[0] : undefined
    const floor = only !== undefined && isText(only) ? floorOf(only.data.trim()) : undefined
    if (floor !== undefined) {
      for (let p: AnyNode | null = node; p !== null && (floors.get(p) ?? -1) < floor; p = p.parent) floors.set(p, floor)
    }
    for (const c of node.children) stack.push(c)
  }
  return floors
}
