/**
 * Where a page's discussion stands: comment threads, replies, related lists, footers and a Q&A thread's best answer.
 * Their members, dates and bylines are their own, not the article's: the metadata hints read past them.
 */
import { classAndId, isElement, type AnyNode } from './dom.js'

/**
 * A comment thread's, a reply's, a related list's or a footer's class or id (`comment-list`, `replies`), and a Q&A
 * thread's best answer (`bestanswer`, `best-answer`: another member's reply shown above the question's post).
 */
const DISCUSSION = /comment|repl|related|testimonial|recirc|footer|best[-_]?answer/i

/**
 * Whether a node is or stands in a comment thread, a related list or a footer (by its own or an ancestor's tag, class
 * or id).
 */
export function inDiscussion (node: AnyNode): boolean {
  return withinBox(node, DISCUSSION, true)
}

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

/** Whether `from` or an element above it has a class or id `box` matches (or, with `footers`, is a `<footer>`). */
function withinBox (from: AnyNode | null, box: RegExp, footers: boolean): boolean {
  for (let p = from; p !== null && isElement(p); p = p.parent) {
    if ((footers && p.name === 'footer') || box.test(classAndId(p))) return true
  }
  return false
}
