/**
 * The header a BBS of the Firebird family (Firebird, Maple, KBS/SMTH, ytht and the university boards on them) prints
 * atop each post, in its web views (`bbscon`, `bbstcon` 同主题文章阅读, nForum) as in its telnet screens:
 *
 *     发信人: lightsail (追风的小帆), 信区: JCU_Memory
 *     标  题: 老图书馆闭馆前的最后一个晚上
 *     发信站: 白鹭BBS (Tue Mar 15 21:03:11 2005), 站内
 *
 * The post's writer (the account, not the nickname in brackets, which is a mood line the member changes), its title
 * and its time, each stated only there: the page's `<title>` names the site and the view (`白鹭BBS -- 同主题文章阅读`),
 * and the date is a C library's `ctime` or the board's own form (`2013年04月12日21:35:08 星期五`). The first header of
 * the page is the opening post's. zh-blogs b76, b111 (earlier rounds) and b236 of session 42's unseen round.
 */
import { isElement, isText, type AnyNode, type Element } from './dom.js'

export interface BbsHeader {
  /** The writer's account (`lightsail`). */
  author: string
  /** The post's title, as the header gives it. */
  title: string
  /** The time in the `发信站` line's brackets, as written (`Tue Mar 15 21:03:11 2005`). */
  date?: string
}

/** The header's first label, opening a text node: `发信人:` (Traditional `發信人:`), or the Maple family's `作者:`. */
const SENDER_START = /^\s*(?:发信人|發信人|作者)\s*[:：]/u
/**
 * The header's three lines: the sender (an account, a nickname in brackets, the board), the title (its label spaced
 * as the screen aligns it, `标  题`) and the station with the time in brackets.
 */
const HEADER = new RegExp(
  String.raw`^\s*(?:发信人|發信人)\s*[:：]\s*([A-Za-z0-9_.\-]{2,20})(?:\s*[(（][^)）\n]{0,40}[)）])?\s*[,，]?[^\n]*\n` +
  String.raw`\s*(?:标\s*题|標\s*題)\s*[:：]\s*([^\n]{1,120}?)\s*\n` +
  String.raw`(?:\s*(?:发信站|發信站)\s*[:：][^\n(（]*[(（]([^)）\n]{6,60})[)）])?`, 'u')
/**
 * The header of the Maple family (MapleBBS, itoc, PTT and the Taiwan university boards on them), three lines too, the
 * time stated on its own line without brackets:
 *
 *     作者: shiroi (白色的夏天) 看板: Tainan
 *     標題: [心得] 在育樂街麵攤打工一學期
 *     時間: 2007/04/22 Sun 23:41:07
 *
 * (zh-blogs b439 of session 55's unseen round; the account is the writer, the title the thread's, the time the post's).
 * The three lines in this order, an account of Latin letters, are a BBS header; an info line's `作者：` is not followed
 * so.
 */
const MAPLE_HEADER = new RegExp(
  String.raw`^\s*作者\s*[:：]\s*([A-Za-z0-9_.\-]{2,20})(?:\s*[(（][^)）\n]{0,40}[)）])?[^\n]*\n` +
  String.raw`\s*(?:標題|标题)\s*[:：]\s*([^\n]{1,120}?)\s*\n` +
  String.raw`\s*(?:時間|时间)\s*[:：]\s*([^\n]{6,60}?)\s*(?:\n|$)`, 'u')
/**
 * A digest file's collected post (精华区 合集: a member collects a whole thread into one post, each of its posts after a
 * rule of stars and box lines, its writer and time on the line after):
 *
 *     ☆────────────────────────────────────☆
 *       shuxiang (一只书箱) 于  (Thu Nov  9 23:17:32 2006)  提到:
 *
 * The header is the collector's (`发信人: tingtao …`, `标  题: [合集] …`, the day it was collected); the thread's own
 * writer and time are the first collected post's (zh-blogs b451 of session 56's unseen round).
 */
const COLLECTED = new RegExp(
  String.raw`^\s*☆─+☆[ 	]*
\s*([A-Za-z0-9_.\-]{2,20})\s*(?:[(（][^)）
]{0,40}[)）])?\s*于\s*[(（]([^)）
]{6,60})[)）]` +
  String.raw`\s*提到\s*[:：][ 	]*(?:
|$)`, 'u')
/** The label a collection's title opens with (`[合集] 记老校区门口修自行车的王师傅`): the digest's, not the thread's. */
const COLLECTION_LABEL = /^\[合集\]\s*/u
/** The rule of stars and box lines that opens each collected post (`COLLECTED`), alone on its line. */
export const COLLECTED_RULE = /^\s*☆─+☆\s*$/u

/** The first collected post's writer and time at the start of `text`, and how many lines its opening takes. */
export function collectedPost (text: string): { author: string, date: string, lines: number } | undefined {
  const m = COLLECTED.exec(text)
  if (m === null) return undefined
  // the match ends with its last line's break, or at the text's end
  const breaks = m[0].split('\n').length - 1
  return { author: m[1], date: m[2].trim(), lines: m[0].endsWith('\n') ? breaks : breaks + 1 }
}

/** Characters of text read after the sender's label: the three lines and a collected post's opening, never the post. */
const HEADER_CHARS = 600
/** Text nodes looked at for the sender's label, at most (the header stands at the top of the post). */
const NODES_LOOKED = 5000

/**
 * The length of the Firebird- or Maple-style header that opens `text` (a post's `<pre>`, read as it stands), or
 * undefined when it opens with none: where the post's own text begins (./bbs-post.ts).
 */
export function headerLength (text: string): number | undefined {
  if (!SENDER_START.test(text)) return undefined
  const m = HEADER.exec(text) ?? MAPLE_HEADER.exec(text)
  return m === null ? undefined : m[0].length
}

/** The first Firebird- or Maple-style post header of the page, or undefined. */
export function bbsHeader (body: Element): BbsHeader | undefined {
  const stack: AnyNode[] = [body]
  let looked = 0
  while (stack.length > 0 && looked < NODES_LOOKED) {
    const n = stack.pop()!
    if (isText(n)) {
      looked++
      if (!SENDER_START.test(n.data)) continue
      const text = textFrom(n, HEADER_CHARS)
      const m = HEADER.exec(text) ?? MAPLE_HEADER.exec(text)
      if (m === null) continue
      // from the line after the header's (a match may end before its last line's end, `, 站内`, or after it)
      const lineEnd = text.indexOf('\n', m[0].length - 1)
      const collected = lineEnd < 0 ? undefined : collectedPost(text.slice(lineEnd + 1))
      if (collected !== undefined) {
        return { author: collected.author, title: m[2].replace(COLLECTION_LABEL, '').trim(), date: collected.date }
      }
      return { author: m[1], title: m[2].trim(), ...(m[3] !== undefined ? { date: m[3].trim() } : {}) }
    } else if (isElement(n) && n.name !== 'script' && n.name !== 'style') {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i])
    }
  }
  return undefined
}

/** Tags that end a line where the header is written in markup rather than in one `<pre>` (nForum's `<br>`). */
const LINE_BREAKS = new Set(['br', 'p', 'div', 'li', 'tr'])

/** Nodes walked for the header's text, at most (a bound on pages of empty elements after the label). */
const NODES_WALKED = 400

/**
 * The text from `start` on, in document order, a `<br>` or a block's end as a line break, until `max` characters:
 * the header's account is often a link (`发信人: <a href="bbsqry?userid=…">…</a>`), its lines `<br>`-separated. One
 * walk with no recursion, at most `NODES_WALKED` nodes.
 */
function textFrom (start: AnyNode, max: number): string {
  let out = ''
  let n: AnyNode | null = start
  for (let steps = 0; n !== null && out.length < max && steps < NODES_WALKED; steps++) {
    if (isText(n)) out += n.data
    else if (isElement(n) && n.name === 'br') out += '\n'
    if (isElement(n) && n.children.length > 0) {
      n = n.children[0]
      continue
    }
    // up to the first ancestor with a next sibling, each block closed on the way a line's end
    while (n !== null && n.next === null) {
      n = n.parent
      if (n !== null && isElement(n) && LINE_BREAKS.has(n.name)) out += '\n'
    }
    n = n === null ? null : n.next
  }
  return out.slice(0, max)
}
