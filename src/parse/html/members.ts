/**
 * Links to a member's page of a blog or forum platform (data/author-markers.json `userPages`: `space.php?uid=52107`,
 * `home.php?mod=space&uid=…`, `u.php?uid=…`, `/u/…`, `/people/…`, `…/profile/`), not to its sign-up or log-in pages.
 * The metadata hints read the poster's name from one; the thread rule (./thread.ts) tells posts by them, marked once
 * per page (`memberHolders`).
 */
import { loadData } from '../../data.js'
import { attr, elementsOf, isElement, type AnyNode, type Element } from './dom.js'

const USER_PAGES = loadData<{ userPages: Array<{ pattern: string }> }>('author-markers.json').userPages
const USER_PAGE = new RegExp(USER_PAGES.map(u => u.pattern).join('|'), 'i')
/** A member script's other pages: signing up, logging in (`member.php?mod=register`), not a member's page. */
const USER_ACTION = /register|regist\b|login|logon|logging|logout|signup|passw|[?&](?:mod|action)=reg\b/i

/** Whether an address is a member's page. */
export function isMemberPage (href: string): boolean {
  return USER_PAGE.test(href) && !USER_ACTION.test(href)
}

/** Whether an element holds a link to a member's page. */
export function holdsMemberLink (el: Element): boolean {
  return elementsOf(el).some(e => e.name === 'a' && isMemberPage(attr(e, 'href')))
}

/**
 * The elements that hold a link to a member's page, marked in one pass: each member link marks its ancestors up to
 * the first already marked, so every element is marked once (linear in the page, whatever its depth).
 */
export function memberHolders (root: Element): Set<AnyNode> {
  const marked = new Set<AnyNode>()
  const stack: AnyNode[] = [root]
  while (stack.length > 0) {
    const el = stack.pop()!
    if (!isElement(el)) continue
    if (el.name === 'a' && isMemberPage(attr(el, 'href'))) {
      for (let p: AnyNode | null = el; p !== null && !marked.has(p); p = p.parent) marked.add(p)
    }
    for (const c of el.children) stack.push(c)
  }
  return marked
}
