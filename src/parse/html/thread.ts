/**
 * A forum thread's replies. A thread page lays its posts out as siblings of one shape (`<div id="post_3012277">`,
 * `<div class="atl-item">`, `<div class="l_post">`, `<li class="single-post">`), each with its poster's link to a
 * member page (./members.ts; on a platform no pattern there knows, links of one address template at one place of
 * each post's header, ./poster-links.ts); the first is the opening post, the article, and the rest are replies,
 * which readers of the article do not want and which often hold more text than it (a content scorer then takes the
 * whole thread).
 * The replies go, in one removal, before the content is scored. A run of posts needs `MIN_POSTS` siblings, nearly
 * all with a member's link, and an opening post with text of its own: a list of cards or comments under an article
 * is no thread (its first item is no article). A Q&A page's answers go the same way, by its microdata
 * (`dropQuestionAnswers`).
 */
import type { Removal } from '../../types.js'
import { normalizeLine } from '../../text/normalize.js'
import { weightedLength } from '../../text/index.js'
import { attr, detach, elementsOf, firstClass, isElement, readableText, type AnyNode, type Element } from './dom.js'
import { clip } from './clean.js'
import { memberHolders } from './members.js'
import { postersByTemplate } from './poster-links.js'
import { postChunks } from './post-rows.js'
import { floorHolders } from './floors.js'

/** Posts in a row from this many on: an opening post and at least two replies. */
const MIN_POSTS = 3
/** Share of the posts that must show a member's link (a deleted account or a guest's post may not). */
const WITH_MEMBER = 0.75
/** The opening post holds at least this much text (Latin-equivalent characters): an article, not a one-liner. */
const MIN_OPENING = 150

/**
 * The signature posts share: tag, first class token, and id with its digits taken out (`div#post_#`). An element
 * with neither class nor id has none (plain paragraphs and cells are no posts).
 */
function signature (el: Element): string | undefined {
  const cls = firstClass(el)
  const id = attr(el, 'id').replace(/\d+/g, '#')
  return cls === '' && id === '' ? undefined : `${el.name}.${cls}#${id}`
}

/**
 * The signature, or a bare list item's tag: the items of one list are of one shape by their markup (esoTalk writes each
 * post as a bare `<li data-index="201311">` of `ul#conversationPosts`, the post's box inside it: zh-blogs b617 of
 * session 64's unseen wave). Asked only where the posts link a known platform's member pages: a list of books or
 * products whose items each link a name by one template and show a day (`Author: … Released: November 4, 2025`, a
 * book blog's roundup: WCXB 0461) is no thread.
 */
const memberListSignature = (el: Element): string | undefined =>
  signature(el) ?? (el.name === 'li' ? 'li' : undefined)

/**
 * The shape alone, tag and first class token, for threads whose posts' ids name their posters (`<div class="FM-abox"
 * id="cfowlnight88樓主">`, a Bahamut-style board: zh-blogs b103 of session 37's unseen round): asked only when no run
 * of posts has one `signature`.
 */
function classSignature (el: Element): string | undefined {
  const cls = firstClass(el)
  return cls === '' ? undefined : `${el.name}.${cls}`
}

/**
 * Boxes of the posts' shape around them, at most, that are no posts (PHPWind 5's `<div class="t">` boxes of the title
 * bar and the quick reply around its `<div class="t t2">` posts: a thread's furniture, a few boxes, never a list).
 */
const MAX_FRAMING_BOXES = 3

/**
 * The posts of a group of siblings of one shape, the first with a member's link on (a box of the same shape before the
 * posts is no post: Discuz! 6 heads the thread with a `mainbox` of its title), when nearly all of them show a member's
 * link; else, when a few boxes of the shape frame the posts before and after (zh-blogs b413 of session 53's unseen
 * round), the posts from the first to the last with a member's link, each with one. Undefined when the group is no run
 * of posts.
 */
function postsOf (group: Element[], holders: ReadonlySet<AnyNode>): Element[] | undefined {
  const first = group.findIndex(p => holders.has(p))
  if (first < 0) return undefined
  const members = group.filter(p => holders.has(p)).length
  if (members >= WITH_MEMBER * group.length) return group.slice(first)
  const last = group.findLastIndex(p => holders.has(p))
  const span = last + 1 - first
  // every post between them shows its member (a box without one among the posts may be the opening post itself)
  const framed = group.length - span <= MAX_FRAMING_BOXES && span >= MIN_POSTS && members === span
  return framed ? group.slice(first, last + 1) : undefined
}

/** Runs of posts (or of rows) whose opening post is measured, at most: each measure reads the post's text. */
const MAX_CANDIDATE_RUNS = 50

/** A thread's opening post and its replies (each a run of elements), and how its posters were told. */
interface Posts { opening: Element[], replies: Element[][], by: string }

/** Posts of one element each. */
const oneEach = (posts: Element[], by: string): Posts =>
  ({ opening: [posts[0]], replies: posts.slice(1).map(p => [p]), by })

/** Whether a post (a run of elements) holds the opening post's text. */
const opens = (post: Element[]): boolean => weightedLength(post.map(p => readableText(p)).join('')) >= MIN_OPENING

/**
 * The first run of posts below `root` in document order (outermost first), or undefined: by links to the member pages
 * of a platform met before (./members.ts), siblings of one shape or a table's rows in chunks (./post-rows.ts); else by
 * a link template the posts' headers share (./poster-links.ts).
 */
function findPosts (root: Element): Posts | undefined {
  const holders = memberHolders(root)
  if (holders.size > 0) {
    const known = (group: Element[]): Element[] | undefined => postsOf(group, holders)
    const below = (el: Element): boolean => holders.has(el)
    const posts = runOfPosts(root, below, memberListSignature, known) ?? runOfPosts(root, below, classSignature, known)
    if (posts !== undefined) return oneEach(posts, 'each by a member')
    const chunks = rowChunks(root, below, () => holders)
    if (chunks !== undefined) {
      return { opening: chunks[0], replies: chunks.slice(1), by: 'rows of one rhythm, each post by a member' }
    }
  }
  // posts each with a link: only where `MIN_POSTS` links stand below, and of a group only its members with one
  const links = linksBelow(root)
  const linked = (el: Element): boolean => (links.get(el) ?? 0) >= MIN_POSTS
  const template = (group: Element[]): Element[] | undefined => {
    if (NO_POST_TAGS.has(group[0].name)) return undefined
    const withLink = group.filter(p => links.has(p))
    return withLink.length >= WITH_MEMBER * group.length ? postsOf(group, postersByTemplate(withLink)) : undefined
  }
  const posts = runOfPosts(root, linked, signature, template) ?? runOfPosts(root, linked, classSignature, template)
  if (posts !== undefined) return oneEach(posts, BY_TEMPLATE)
  const chunks = rowChunks(root, linked, rowPosters)
  if (chunks !== undefined) return { opening: chunks[0], replies: chunks.slice(1), by: `rows, ${BY_TEMPLATE}` }
  return floorPosts(root)
}

/**
 * Posts told by their floors alone (./floors.ts), where no link tells them (a guest's view of phpwind 6 and a portal's
 * ASP board print their posters' names in a `<b>`: zh-blogs b533 and b535 of session 61's unseen round): siblings of
 * one shape, each holding a floor, the floors rising. From the opening post's floor (`楼主`, or `1楼` where no `楼主`
 * stands before it) the first is the opening post and the rest are replies; from a later one (`2楼`, `沙发`) all are
 * replies, a list under a post printed elsewhere (an app's share page: b538), taken only when the page keeps
 * `MIN_OPENING` of text without them.
 */
function floorPosts (root: Element): Posts | undefined {
  const floors = floorHolders(root)
  if (floors.size === 0) return undefined
  const holders = new Set(floors.keys())
  const floored = (el: Element): boolean => holders.has(el)
  // every post holds its floor; a few boxes of the posts' shape may frame them (a title bar, a quick reply)
  const rising = (group: Element[]): Element[] | undefined => {
    const posts = group.filter(floored)
    if (group.length - posts.length > MAX_FRAMING_BOXES) return undefined
    return posts.every((p, i) => i === 0 || floors.get(p)! > floors.get(posts[i - 1])!) ? posts : undefined
  }
  const opening = (posts: Element[]): boolean => floors.get(posts[0])! <= 1 && opens([posts[0]])
  const posts = runOfPosts(root, floored, signature, rising, opening) ??
    runOfPosts(root, floored, classSignature, rising, opening)
  if (posts !== undefined) return oneEach(posts, BY_FLOORS)
  const keepsText = keepsTextOf(root)
  const replies = runOfPosts(root, floored, signature, rising, p => floors.get(p[0])! > 1 && keepsText(p))
  return replies === undefined ? undefined : { opening: [], replies: replies.map(p => [p]), by: BY_REPLY_FLOORS }
}

const BY_FLOORS = 'each numbered by its floor, the floors rising'
const BY_REPLY_FLOORS = `${BY_FLOORS} from a reply's: the opening post printed above them`

/**
 * Whether the page keeps an article's text (`MIN_OPENING`) without the given posts: a test for `root`, which reads the
 * page's text once however many runs it is asked of.
 */
function keepsTextOf (root: Element): (posts: Element[]) => boolean {
  let all: number | undefined
  return posts => {
    all ??= weightedLength(normalizeLine(readableText(root)))
    return all - weightedLength(normalizeLine(posts.map(p => readableText(p)).join(''))) >= MIN_OPENING
  }
}

const BY_TEMPLATE = 'each header linking its poster by one address template, beside a time'

/** Elements that are never a post: a link, text's markup, a form's parts (a menu's links are siblings of one shape). */
const NO_POST_TAGS = new Set(['a', 'span', 'img', 'i', 'b', 'em', 'strong', 'font', 'small', 'label', 'option',
  'input', 'button', 'svg', 'path', 'br', 'script', 'style', 'link', 'meta'])

/**
 * The number of links (`<a href>`) below each element that holds one, counted in one pass over the elements in reverse
 * document order (each adds its count to its parent's); elements without a link are not in the map. A thread's posts
 * each link their poster.
 */
function linksBelow (root: Element): Map<AnyNode, number> {
  const counts = new Map<AnyNode, number>()
  const all = elementsOf(root)
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]
    const n = (counts.get(el) ?? 0) + (el.name === 'a' && el.attribs.href !== undefined ? 1 : 0)
    if (n === 0) continue
    counts.set(el, n)
    if (el !== root && el.parent !== null) counts.set(el.parent, (counts.get(el.parent) ?? 0) + n)
  }
  return counts
}

/**
 * A table's rows that link their posters by one address template beside a time (./poster-links.ts), the links'
 * places told by their tags alone (the rows alternate two classes), if there are rows enough.
 */
function rowPosters (el: Element): ReadonlySet<AnyNode> | undefined {
  const rows = el.children.filter((c): c is Element => isElement(c) && c.name === 'tr')
  return rows.length >= MIN_POSTS ? postersByTemplate(rows, true) : undefined
}

/**
 * The first table below `root` whose rows fall into posts (./post-rows.ts), the opening post with text of its own:
 * `holdersOf` gives an element's children that hold a poster's link, `mayHold` where posts may be found below.
 */
function rowChunks (
  root: Element, mayHold: (el: Element) => boolean, holdersOf: (el: Element) => ReadonlySet<AnyNode> | undefined
): Element[][] | undefined {
  let measured = 0
  const stack: AnyNode[] = [root]
  while (stack.length > 0 && measured < MAX_CANDIDATE_RUNS) {
    const el = stack.pop()!
    if (!isElement(el) || !mayHold(el)) continue
    const holders = holdersOf(el)
    const chunks = holders === undefined || holders.size === 0 ? undefined : postChunks(el, holders, MIN_POSTS)
    if (chunks !== undefined) {
      measured++
      if (opens(chunks[0])) return chunks
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i])
  }
  return undefined
}

/**
 * The first run of posts of one shape (`shape`) below `root`, outermost first: `postsIn` reads a group of siblings of
 * one shape for its posts, `accept` takes a run (by default one whose first post has an opening post's text);
 * `mayHold` tells where posts may be found below.
 */
function runOfPosts (
  root: Element, mayHold: (el: Element) => boolean, shape: (el: Element) => string | undefined,
  postsIn: (group: Element[]) => Element[] | undefined, accept: (posts: Element[]) => boolean = p => opens([p[0]])
): Element[] | undefined {
  let measured = 0
  const stack: AnyNode[] = [root]
  while (stack.length > 0) {
    const el = stack.pop()!
    if (!isElement(el) || !mayHold(el)) continue
    const groups = new Map<string, Element[]>()
    for (const c of el.children) {
      if (!isElement(c)) continue
      const sig = shape(c)
      if (sig === undefined) continue
      const group = groups.get(sig)
      if (group === undefined) groups.set(sig, [c])
      else group.push(c)
    }
    for (const group of groups.values()) {
      if (group.length < MIN_POSTS || measured >= MAX_CANDIDATE_RUNS) continue
      const posts = postsIn(group)
      if (posts === undefined) continue
      measured++
      if (posts.length >= MIN_POSTS && accept(posts)) return posts
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i])
  }
  return undefined
}

/** A schema.org item's type, by the last part of its `itemtype` (`https://schema.org/Question` -> `Question`). */
const itemType = (el: Element): string =>
  el.attribs.itemscope === undefined ? '' : attr(el, 'itemtype').trim().replace(/^.*\//, '').toLowerCase()
/** The `itemprop`s an answer to a question holds (schema.org `Question`): any answer, the asker's accepted one. */
const ANSWER_PROP = /(?:^|\s)(?:suggestedanswer|acceptedanswer)(?:\s|$)/i

/**
 * A Q&A page's answers, by the page's own microdata: a `Question` item whose `text` is the asker's post (at least
 * `MIN_OPENING` long) and `Answer` items given as its `suggestedAnswer` or `acceptedAnswer` (Question2Answer,
 * StackExchange-style themes: zh-blogs b404 of session 52's unseen round, whose answers held more text than the
 * question). The question is the article, as a thread's opening post is, and its answers are replies. An answer's own
 * page (a Zhihu-style `/question/…/answer/…`: the page's address is one answer's `url`, and it is the article; with no
 * address known, any answer with an address of its own may be it) and a FAQ page (`FAQPage`: the article's own
 * questions and answers) keep their answers.
 */
function questionAnswers (root: Element): Element[] {
  let asked = false
  const answers: Element[] = []
  // (element, inside a FAQ page, inside a question's answer)
  const stack: Array<[Element, boolean, boolean]> = [[root, false, false]]
  while (stack.length > 0) {
    const [el, inFaq, inAnswer] = stack.pop()!
    const type = itemType(el)
    const faq = inFaq || type === 'faqpage'
    const answer = !faq && type === 'answer' && ANSWER_PROP.test(attr(el, 'itemprop').toLowerCase())
    if (answer) {
      answers.push(el)
      continue
    }
    if (!faq && !inAnswer && (attr(el, 'itemprop').toLowerCase() === 'text') && withinQuestion(el) &&
      weightedLength(normalizeLine(readableText(el))) >= MIN_OPENING) asked = true
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]
      if (isElement(c)) stack.push([c, faq, inAnswer])
    }
  }
  return asked ? answers : []
}

/** An address as compared with another: no fragment, no trailing slash, the scheme and host in lower case. */
const sameAddress = (a: string, b: string): boolean => {
  const norm = (u: string): string => u.trim().replace(/#.*$/, '').replace(/\/+$/, '').replace(/^[a-z]+:\/\/[^/]+/i,
    m => m.toLowerCase())
  return norm(a) === norm(b)
}

/** An answer item's own address (its `url` property, in a link's `href` or a `<meta>`'s `content`), if any. */
function ownAddress (answer: Element): string | undefined {
  for (const el of elementsOf(answer)) {
    if (el === answer || attr(el, 'itemprop').toLowerCase() !== 'url') continue
    const scope = nearestItem(el)
    if (scope !== answer) continue
    const value = attr(el, 'href') || attr(el, 'content')
    if (value !== '') return value
  }
  return undefined
}

/** The nearest element above `el` that opens an item (`itemscope`). */
function nearestItem (el: Element): Element | undefined {
  for (let p = el.parent; p !== null && isElement(p); p = p.parent) if (p.attribs.itemscope !== undefined) return p
  return undefined
}

/** Whether the page is one answer's own: its address is an answer's, or, unknown, some answer has one. */
function answerPage (answers: Element[], url: string | undefined): boolean {
  return answers.some(a => {
    const own = ownAddress(a)
    return own !== undefined && (url === undefined || sameAddress(own, url))
  })
}

/** Levels above a question's `text` its `Question` item is looked for. */
const QUESTION_LEVELS = 12

/** Whether the nearest item above an element (within `QUESTION_LEVELS`) is a `Question`. */
function withinQuestion (el: Element): boolean {
  let level = 0
  for (let p = el.parent; p !== null && isElement(p) && level < QUESTION_LEVELS; p = p.parent, level++) {
    if (p.attribs.itemscope !== undefined) return itemType(p) === 'question'
  }
  return false
}

/** Takes a Q&A page's answers out of the page when its question is the asker's post (`questionAnswers`). */
export function dropQuestionAnswers (root: Element, removed: Removal[], url: string | undefined): void {
  const answers = questionAnswers(root)
  if (answers.length > 0 && !answerPage(answers, url)) {
    dropReplies(answers, removed,
      `${answers.length} answers to a Q&A page's question (the page's schema.org Answer items)`)
    return
  }
  const classed = classedAnswers(root)
  if (classed.length > 0) {
    dropReplies(classed, removed, `${classed.length} answers to a Q&A page's question (siblings classed as answers)`)
  }
}

/** A class naming an answer (`answer_item`, `answer-item best_answer`, `answerItem`); their box (`answer_box`) no. */
const ANSWER_CLASS = /^(?:best[-_]?)?answer(?:[-_]?item)?$/i
/** A class or id of a FAQ's or a question's box, whose answers are the article's own. */
const QUESTION_CLASS = /question|faq|(?:^|[\s_-])q(?:[\s_-]|$)/i
/** Levels above a run of answers looked at for a FAQ's box. */
const FAQ_LEVELS = 3

/**
 * A Q&A page's answers by their class, where the page gives no microdata (`<div class="answer_item best_answer"
 * id="answer_1">` in a `div.answer_box` beside the asker's `div.ask_box`, a legal Q&A site in the 找法网 manner: zh-blogs
 * b546 of session 61's second unseen round, whose lawyers' answers held more text than the question): the first run
 * of two siblings or more, each with a class token naming an answer, outside a FAQ's box (a FAQ's answers are its
 * text), taken only when the page keeps `MIN_OPENING` of text without them.
 */
function classedAnswers (root: Element): Element[] {
  const keepsText = keepsTextOf(root)
  const stack: Element[] = [root]
  while (stack.length > 0) {
    const el = stack.pop()!
    const answers = el.children.filter((c): c is Element => isElement(c) &&
      attr(c, 'class').split(/\s+/).some(t => ANSWER_CLASS.test(t)))
    if (answers.length >= 2 && !inFaq(el) && keepsText(answers)) return answers
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]
      if (isElement(c)) stack.push(c)
    }
  }
  return []
}

/** Whether an element or its children or a few elements above it are a FAQ's or a question's box. */
function inFaq (el: Element): boolean {
  if (el.children.some(c => isElement(c) && QUESTION_CLASS.test(attr(c, 'class')))) return true
  let p: AnyNode | null = el
  for (let level = 0; p !== null && isElement(p) && level <= FAQ_LEVELS; level++, p = p.parent) {
    if (QUESTION_CLASS.test(attr(p, 'class')) || QUESTION_CLASS.test(attr(p, 'id'))) return true
  }
  return false
}

/** Takes replies out of the page, listed in one removal with the reason. */
function dropReplies (replies: Element[], removed: Removal[], reason: string): void {
  const text = normalizeLine(replies.map(p => readableText(p)).join(' '))
  for (const p of replies) detach(p)
  removed.push({ kind: 'boilerplate', rule: 'thread-replies', text: clip(text), reason })
}

/** Takes a thread's replies out of the page (all posts after the first of the first run of posts). */
export function dropThreadReplies (root: Element, removed: Removal[]): void {
  const found = findPosts(root)
  if (found === undefined) return
  const { replies } = found
  dropReplies(replies.flat(), removed,
    `${replies.length} replies after a forum thread's opening post (posts of one shape, ${found.by})`)
}
