/**
 * Where a page's discussion stands: comment threads, replies, related lists, footers and a Q&A thread's best answer.
 * Their members, dates and bylines are their own, not the article's: the metadata hints read past them.
 */
import { classAndId, descendants, isElement, isText, type AnyNode, type Element } from './dom.js'
import { boundedText } from './short-text.js'

/**
 * A comment thread's, a reply's, a related list's or a footer's class or id (`comment-list`, `replies`), a Q&A
 * thread's best answer (`bestanswer`, `best-answer`: another member's reply shown above the question's post), and a
 * chat or guest box's (`shoutboxname`, PHP-Fusion's side panel whose member links name who chatted last: zh-blogs
 * b597 of session 63's unseen round; `chatbox`, `guestbook`).
 */
const DISCUSSION = /comment|repl|related|testimonial|recirc|footer|best[-_]?answer|shout|chatbox|guestbook/i

/**
 * Whether a node is or stands in a comment thread, a related list or a footer (by its own or an ancestor's tag, class
 * or id).
 */
export function inDiscussion (node: AnyNode): boolean {
  return withinBox(node, DISCUSSION, true, FIRST_POST)
}

/**
 * A thread's opening post by its box's own class (`b-post--first`, vBulletin 5 Connect, whose posts stand in
 * `js-comment-entry__parent` items of a `conversation-list`: zh-blogs b487 of session 59's unseen round; `firstpost`,
 * `post-first`): no reply, whatever the list around it is named.
 */
const FIRST_POST = /(?:^|[\s_-])(?:post[-_]*first|first[-_]*post)(?:$|[\s_-])/i

/** Whether an element is a thread's opening post by its own class or id (`FIRST_POST`). */
export const isOpeningPost = (el: Element): boolean => FIRST_POST.test(classAndId(el))

/**
 * A reply's own box beside an article: a comment thread's or a Q&A thread's best answer (`comment-list`,
 * `best-answer`). Narrower than `DISCUSSION`: forums put the opening post itself in `reply`-named boxes (HKGolden's
 * `repliers`) and blogs their post's time in a footer (`postFooter`, `entry-footer`).
 */
const REPLY_BOX = /comment|best[-_]?answer/i

/** Whether a node stands in a comment thread or a best answer (by an ancestor's class or id). */
export function inReplyBox (node: AnyNode): boolean {
  return withinBox(node.parent, REPLY_BOX, false)
}

/**
 * Whether `from` or an element above it has a class or id `box` matches (or, with `footers`, is a `<footer>`); met
 * first, a box `opening` matches holds none of it.
 */
function withinBox (from: AnyNode | null, box: RegExp, footers: boolean, opening?: RegExp): boolean {
  for (let p = from; p !== null && isElement(p); p = p.parent) {
    const named = classAndId(p)
    if (opening?.test(named) === true) return false
    if ((footers && p.name === 'footer') || box.test(named)) return true
  }
  return false
}

/**
 * A quotation of another post inside a reply: a `<blockquote>`, a box whose class or id says quote (`quote`,
 * `quotecontent`), or a box right after a quotation's label (vBulletin's `<div class="smallfont">引用:</div>` above the
 * quoted post's table, `Quote:`). Its header (`作者: <strong>X</strong>`, `原帖由 X 于 … 发表`) is the quoted member's,
 * never the page's info line (zh-blogs b235 of session 42's unseen round: a reply quoting another member's question).
 */
const QUOTE_BOX = /quote/i
/**
 * A quotation's label on a line of its own, with its colon: `引用:`, `引言回覆:`, `Quote:` (not a post's `引用` action
 * link, which quotes nothing yet: `isQuoteLabel` asks for an element that is no link).
 */
const QUOTE_LABEL = /^\s*(?:引用|引言|引述|引言回覆|引用回复|引用回覆|quote)\s*[:：]\s*$/i
/** Longest label read, in characters, and nodes walked for it: a label's text is read only when it is that short. */
const QUOTE_LABEL_MAX = 12
const QUOTE_LABEL_NODES = 8
const isQuoteLabel = (n: AnyNode): boolean => {
  if (isText(n)) return QUOTE_LABEL.test(n.data)
  if (!isElement(n) || n.name === 'a') return false
  const text = boundedText(n, QUOTE_LABEL_MAX, QUOTE_LABEL_NODES)
  return text !== undefined && QUOTE_LABEL.test(text)
}
/** Levels above a line searched for its quotation's box: a quote's table, its row and cell, its line. */
const QUOTE_LEVELS = 8

/** Whether a node stands in a quotation of another post (`QUOTE_BOX`, `QUOTE_LABEL`). */
export function inQuotation (node: AnyNode): boolean {
  let level = 0
  for (let p: AnyNode | null = node; p !== null && isElement(p) && level < QUOTE_LEVELS; p = p.parent, level++) {
    if (p.name === 'blockquote' || QUOTE_BOX.test(classAndId(p))) return true
    let before = p.prev
    while (before !== null && isText(before) && before.data.trim() === '') before = before.prev
    if (before !== null && isQuoteLabel(before)) return true
  }
  return false
}

/**
 * Whether an element holds a quotation of another post beside its own text (a reply's message: `引用:`, the quoted
 * header, the quoted line, then the reply): its lines are read one by one, the quotation's left out.
 */
export function holdsQuotation (el: Element): boolean {
  return descendants(el, QUOTE_PARTS).some(e => e.name === 'blockquote' || QUOTE_BOX.test(classAndId(e)) ||
    isQuoteLabel(e))
}
/**
 * Elements of a short line's box looked at for a quotation, at most: a reply's header, the label, the quote's table,
 * row and cell, the quoted lines (a bound: the walk is asked at every level of a descent).
 */
const QUOTE_PARTS = 40
