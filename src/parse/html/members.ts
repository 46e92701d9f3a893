/**
 * Links to a member's page of a blog or forum platform (data/author-markers.json `userPages`: `space.php?uid=52107`,
 * `home.php?mod=space&uid=…`, `u.php?uid=…`, `/u/…`, `/people/…`, `…/profile/`), not to its sign-up or log-in pages.
 * The metadata hints read the poster's name from one; the thread rule (./thread.ts) tells posts by them, marked once
 * per page (`memberHolders`).
 */
import { loadData } from '../../data.js'
import { escapeRegExp, unitAt } from '../../text/index.js'
import { attr, elementsOf, isElement, readableText, type AnyNode, type Element } from './dom.js'

interface MemberMarkers {
  userPages: Array<{ pattern: string }>
  onlyPosterLinks: { labels: Array<{ label: string }>, idParams: Array<{ param: string }> }
  boardRoles: Array<{ label: string }>
}
const MARKERS = loadData<MemberMarkers>('author-markers.json')
const USER_PAGES = MARKERS.userPages
const USER_PAGE = new RegExp(USER_PAGES.map(u => u.pattern).join('|'), 'i')
/**
 * A member script's other pages: signing up, logging in (`member.php?mod=register`, `/Member/Join.asp`: a Taiwan
 * forum's `加入會員`, zh-blogs b219 of session 41's unseen round), and a member's feed (`rss.php?uid=623817` labelled
 * `订阅`, a hosted blog's subscribe link: zh-blogs b419 of session 54's unseen round), and the list of all members or
 * their search (`member.php?action=list` labelled `會員` in Discuz! 2's top bar: zh-blogs b510 of session 60's unseen
 * round), not a member's page. A `login=` parameter names the member's account (ezboard's `showPublicProfile?login=…`).
 */
const USER_ACTION = /register|regist\b|login(?!=)|logon|logging|logout|signup|\bjoin\b|passw|[?&](?:mod|action)=reg\b|\b(?:rss|atom|feed)\b|[?&](?:amp;)?(?:mod|action)=(?:list|search)\b/i

/** The label of a thread's link to its poster's posts alone (`只看楼主`, `只看该作者`), the whole text of the link. */
const ONLY_POSTER_LABEL = new RegExp(
  `^\\s*(?:${MARKERS.onlyPosterLinks.labels.map(l => escapeRegExp(l.label)).join('|')})\\s*$`)
/**
 * Any parameter named as a user id (`onlyuid=18833206` on a car club's `只看楼主`, zh-blogs b294 of session 45's second
 * wave; `posteruid`): on a link whose whole text says it shows one member's posts, the id is that member's.
 */
const UID_PARAM = '[a-z_]{0,12}uid'

/**
 * The member id such a link's address carries (`authorid=2418765`, `uid=140622`), or the account name a board uses as
 * one (`s_author=owlnight88`, three characters at least, a letter first). An id of zeros is nobody's (`uid=0`, a
 * guest's or an unfilled template field): read as one, it was found in the thread's `上一主题` link's `fpage=0` (zh-blogs
 * b233 of session 42's unseen round).
 */
const ONLY_POSTER_ID = new RegExp(
  `[?&;](?:${MARKERS.onlyPosterLinks.idParams.map(p => escapeRegExp(p.param)).join('|')}|${UID_PARAM})=` +
  '(0*[1-9]\\d*|[A-Za-z][A-Za-z0-9_]{2,})(?![A-Za-z0-9_])', 'i')

/** The member id an address carries in a parameter named as one (`ONLY_POSTER_ID`), or undefined. */
export function memberIdOf (href: string): string | undefined {
  return ONLY_POSTER_ID.exec(href)?.[1]
}

/** Whether a link is a thread's link to one member's posts (`只看该作者`), whatever its address: no byline. */
export function isOnlyPosterLink (a: Element): boolean {
  return ONLY_POSTER_LABEL.test(readableText(a))
}

/**
 * The member id of a thread's poster when `a` is a link to their posts alone (`<a href="viewthread.php?tid=7023415&
 * authorid=2418765">只看楼主</a>`): a platform's own statement of who wrote the thread, whatever its member pages look
 * like. The first such link of a thread page is the opening post's (the header's, or the first post's).
 */
export function onlyPosterId (a: Element): string | undefined {
  const id = memberIdOf(attr(a, 'href'))
  return id !== undefined && ONLY_POSTER_LABEL.test(readableText(a)) ? id : undefined
}

/**
 * Whether an address holds the member id `id` whole (`/user/profile-27530619.html`, `/3456789/`): a number, no digit
 * beside it, an account name with no letter, digit or `_` beside it (`home.php?owner=owlnight88`).
 */
export function addressHoldsId (href: string, id: string): boolean {
  const numeric = /^\d+$/.test(id)
  const joins = (i: number): boolean => {
    if (i < 0 || i >= href.length) return false
    const c = unitAt(href, i)
    const digit = c >= 0x30 && c <= 0x39
    return numeric ? digit : digit || c === 0x5f || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
  }
  for (let i = href.indexOf(id); i >= 0; i = href.indexOf(id, i + 1)) {
    if (!joins(i - 1) && !joins(i + id.length)) return true
  }
  return false
}

/** A board's role label at the end of a text, with its colon or not (`版主：`, `超級版主:`). */
const BOARD_ROLE = new RegExp(`(?:${MARKERS.boardRoles.map(r => escapeRegExp(r.label)).join('|')})\\s*[:：]?\\s*$`)
/** Siblings read back from a member's link for its label: the label, and other members it lists before this one. */
const ROLE_SIBLINGS = 8

/**
 * Whether a member's link follows a board's role label (data/author-markers.json `boardRoles`: `版主：<a>峡州一叶</a>
 * <a>西坝人家</a>`, a forum's statistics row above the thread), other members' links of the same label between: it
 * names who runs the board, not who wrote the post. A bounded look back, whatever the row holds.
 */
export function afterBoardRole (a: Element): boolean {
  let n: AnyNode | null = a.prev
  for (let seen = 0; n !== null && seen < ROLE_SIBLINGS; n = n.prev, seen++) {
    if (isElement(n) && n.name === 'a' && isMemberPage(attr(n, 'href'))) continue
    const text = readableText(n).trim()
    if (text !== '') return BOARD_ROLE.test(text)
  }
  return false
}

/**
 * A member id of zeros (`index.php?user_id=0`, XOOPS weblog's `所有網誌`, every member's posts: zh-blogs b527 of session
 * 61's unseen round; a guest's `uid=0`): nobody's page.
 */
const NOBODY_ID = /[?&;](?:amp;)?(?:uid|userid|user_id|memberid|member_id)=0+(?![\w])/i

/** Whether an address is a member's page. */
export function isMemberPage (href: string): boolean {
  return USER_PAGE.test(href) && !USER_ACTION.test(href) && !NOBODY_ID.test(href)
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
