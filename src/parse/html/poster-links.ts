/**
 * Posts told by their posters' links on a platform no pattern knows (./members.ts lists the member pages of the
 * platforms met so far, and every unseen round brought a new one: YAF.NET's `/forum/yaf_profile412.aspx`, bbsmax's
 * `/space/1186.aspx`, Jive's and Struts' scripts). Whatever the platform, the posts of a thread are siblings of one
 * shape whose headers link each poster's name to a member page, and one platform's member pages share one address
 * template: the same address once the member's number and the name-like last part of its path are taken out
 * (`/forum/yaf_profile#.aspx`, `/member/*`, `userinfo.jsp?uid=*`), and the platform writes the link at one place of
 * each post's layout (`td.postauthor > div.poster > a`). A template at one place in the header of most siblings of a
 * run, with short texts that differ from post to post (names, not a `回复` or `引用` button on every post), marks those
 * siblings as posts by members (a page's sections link their articles by one template too, each from a place of its
 * own), when the same headers show a time (a post's date, clock time or `3天前`): a product roundup's items link their
 * names to one shop's template too, and show no time.
 */
import { findDate } from '../../text/date.js'
import { weightedLength } from '../../text/index.js'
import { findRelativeDate } from '../../text/relative-date.js'
import { attr, firstClass, isElement, isText, readableText, type AnyNode, type Element } from './dom.js'

/**
 * Elements read from the top of each post for its poster's link: the header (name, avatar, rank, time) comes before
 * the post's text on every layout met, and a post's own links further down (its text, its quotes, its signature) are
 * not its poster's.
 */
const HEADER_ELEMENTS = 60
/** Characters of a post's header text read for its time: the header's, not the post's text. */
const HEADER_TEXT = 600
/** A clock time (`21:36`, `08:15:02`), as a post's header shows it beside its date or alone for today's posts. */
const CLOCK = /(?<!\d)(?:[01]?\d|2[0-3])[:：][0-5]\d(?!\d)/

/** A poster's name as a link's text, at most (Latin-equivalent characters: twelve Han characters), not a headline. */
const NAME_MAX = 32
/** Different names a template's links show across the run, at least: posts by several members. */
const MIN_NAMES = 2

/** The member number and the name-like last part of a path: the parts of an address that name the member. */
const NUMBER = /\d+/g
const QUERY_VALUE = /=[^&;]*/g
/** A last path part that names (`/member/lazyfish`, `/u/8d2f7c`), not a page of the site (`/forum.php`, `/#/`). */
const NAME_PART = /\/[^/.]*[^/.\d][^/.]*\/?$/

/**
 * An address with what differs from member to member taken out: digits, query values, a name-like last path part. An
 * address with nothing left to compare (a fragment, a script call) has none.
 */
export function addressTemplate (href: string): string | undefined {
  const address = href.trim().replace(/#.*$/, '')
  if (address === '' || /^(?:javascript|mailto|tel|data):/i.test(address)) return undefined
  const q = address.indexOf('?')
  const path = q < 0 ? address.replace(NAME_PART, '/*') : address.slice(0, q)
  return path.replace(NUMBER, '#') + (q < 0 ? '' : address.slice(q).replace(QUERY_VALUE, '=*'))
}

/** Levels between a post and its poster's link, at most, for the link's place (a header nests a few boxes deep). */
const PLACE_LEVELS = 12

/**
 * A link's place in its post: the tags and first class tokens (digits taken out) from the post down to the link, or
 * the tags alone (`byTag`: a table forum's rows alternate two classes, `forumRow` and `forumAlternate`, post by post);
 * undefined when it lies deeper than `PLACE_LEVELS`.
 */
function placeOf (link: Element, post: Element, byTag: boolean): string | undefined {
  const parts: string[] = []
  const up = (el: Element): Element | null => el.parent !== null && isElement(el.parent) ? el.parent : null
  for (let el: Element | null = link; el !== null && el !== post; el = up(el)) {
    if (parts.length >= PLACE_LEVELS) return undefined
    parts.push(byTag ? el.name : `${el.name}.${firstClass(el).replace(/\d+/g, '#')}`)
  }
  return parts.reverse().join('>')
}

interface Header { templates: Map<string, string>, text: string }

/**
 * A post's header: each link template at its place (`placeOf`) in its first `HEADER_ELEMENTS` elements with the name
 * it links (a short, non-empty text), and their text, up to `HEADER_TEXT` characters.
 */
function headerOf (post: Element, byTag: boolean): Header {
  const templates = new Map<string, string>()
  let text = ''
  let elements = 0
  const stack: AnyNode[] = [...post.children].reverse()
  while (stack.length > 0 && elements < HEADER_ELEMENTS) {
    const node = stack.pop()!
    if (isText(node)) {
      if (text.length < HEADER_TEXT) text += node.data.slice(0, HEADER_TEXT - text.length) + ' '
      continue
    }
    if (!isElement(node) || node.name === 'script' || node.name === 'style') continue
    elements++
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i])
    if (node.name !== 'a') continue
    const template = addressTemplate(attr(node, 'href'))
    const place = template === undefined ? undefined : placeOf(node, post, byTag)
    if (place === undefined) continue
    const key = `${place} ${template!}`
    if (templates.has(key)) continue
    const name = readableText(node).trim()
    if (name !== '' && weightedLength(name) <= NAME_MAX) templates.set(key, name)
  }
  return { templates, text }
}

/** Whether a header's text shows a time: a date, a clock time or a relative time. */
const showsTime = (text: string): boolean =>
  CLOCK.test(text) || findDate(text) !== null || findRelativeDate(text) !== null

/**
 * The posts of a run of siblings that link their posters by one address template: of the posts whose headers show a
 * time, those whose headers hold the template found in the most of them with at least `MIN_NAMES` different names.
 * Empty when no template names several. `byTag`: places by their tags alone (`placeOf`).
 */
export function postersByTemplate (group: Element[], byTag = false): Set<Element> {
  const seen = new Map<string, { posts: Element[], names: Set<string> }>()
  for (const post of group) {
    const header = headerOf(post, byTag)
    if (header.templates.size === 0 || !showsTime(header.text)) continue
    for (const [template, name] of header.templates) {
      const entry = seen.get(template)
      if (entry === undefined) seen.set(template, { posts: [post], names: new Set([name]) })
      else {
        entry.posts.push(post)
        entry.names.add(name)
      }
    }
  }
  let best: Element[] = []
  for (const { posts, names } of seen.values()) {
    if (names.size >= MIN_NAMES && posts.length > best.length) best = posts
  }
  return new Set(best)
}
