/**
 * A BBS post as the web views of the Firebird and Maple families print it (`bbscon`, `bbstcon` 同主题文章阅读, itoc's
 * `more`): the whole post in one `<pre>`, as the telnet screen shows it:
 *
 *     发信人: lanshan (六月的风吹过樱园), 信区: Graduation
 *     标  题: 写在离校前：四年，和这座图书馆
 *     发信站: 东湖晨曦BBS (Tue Jun 22 23:14:05 2004), 站内
 *
 *     明天就要交钥匙了，宿舍已经搬空，只剩下一张床板和桌上这台借来的旧电脑。睡不
 *     着，上站来写点东西，算是跟这四年告个别。
 *
 *     --
 *     ※ 来源:．东湖晨曦BBS bbs.example-jcu.edu.cn．[FROM: 10.128.45.*]
 *
 * The header (./bbs-header.ts reads it for the writer, title and time), a blank line, the text wrapped by hand at the
 * screen's width, and after the `--` line the signature, the station's origin and edit stamps and, on Maple boards,
 * the pushes (`推 mooncake：…  04/23 00:05`). The header and everything from `--` on are no part of the post's text
 * (zh-blogs' truths leave signatures and edit stamps out: README); the text's lines wrapped at the margin are one
 * paragraph again, joined without a space between Chinese characters (the wrap broke a sentence, not a word); a line
 * that ends short of the margin ends its paragraph. zh-blogs b76, b111, b236 (Firebird) and b439 (Maple, session
 * 55's unseen round): their posts were read as one line with header and signature.
 */
import { CJK_TEXT_CHAR, CJK_TEXT_RUN } from '../../text/index.js'
import { normalizeLine } from '../../text/normalize.js'
import { COLLECTED_RULE, collectedPost, headerLength } from './bbs-header.js'
import { BLOCK_TAGS, isElement, isText, type AnyNode, type Element } from './dom.js'

export interface BbsPost {
  /** The header's lines, as written. */
  header: string
  /** The post's paragraphs, unwrapped and normalized. */
  paragraphs: string[]
  /** The signature and the stamps after the text (`--` on), as written; '' when there are none. */
  tail: string
}

/** The signature's delimiter: a line of two dashes (Usenet's `-- `, which BBS software writes too). */
const SIGNATURE_DELIMITER = /^--\s*$/
/**
 * The station's stamps, which end a post that has no signature: its origin (`※ 来源:`, `※ Origin:`, PTT's `※ 發信站:`)
 * and edit stamps (`※ 修改:`, `※ 編輯:`). Not `※ 引述《…》之銘言` (a quotation's header, part of a reply's text).
 */
const STATION_STAMP = /^\s*※\s*(?:来源|來源|Origin|修改|編輯|编辑|發信站|发信站)\s*[:：]/u
/** Lines after the header's match that may still belong to it (a station line the header's pattern left, `转信站:`). */
const HEADER_EXTRA_LINES = 2
/** A line drawn with box-drawing or dash characters alone: a rule, no text. */
export const RULE_LINE = /^[\s\u3000]*[─━═—\-=_]{8,}[\s\u3000]*$/u
/** A header's line: a label of a few characters and its colon (`发信站:`, `转信站:`, `標  題:`). */
const HEADER_LINE = /^\s*[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z ]{0,6}\s*[:：]/u
/**
 * Screen columns: a Han character or a full-width sign takes two, any other character one. A telnet screen is 80
 * columns; writers wrap at 70-78.
 */
const WIDE = 2
/** Narrowest margin that reads as a hand wrap: a post whose longest line is shorter was written line by line. */
const MIN_WRAP_WIDTH = 50
/**
 * Columns short of the margin a wrapped line may end: a Chinese line one or two characters short (a character that
 * did not fit), an English one a word short.
 */
const WRAP_SLACK = 10

const BLANK = /^[\s\u3000]*$/u
const CJK_END = new RegExp(`${CJK_TEXT_CHAR}$`, 'u')
const CJK_START = new RegExp(`^${CJK_TEXT_CHAR}`, 'u')

/** The post that `text` (a `<pre>`'s text, as written) holds, or undefined when it opens with no BBS header. */
export function bbsPost (text: string): BbsPost | undefined {
  const headerEnd = headerLength(text)
  if (headerEnd === undefined) return undefined
  // from the header's last line on: the match's trailing white space (its line's end, a blank line) left out, so that
  // the rest of that line (`, 站内`) is the first of `lines`
  const at = text.slice(0, headerEnd).trimEnd().length
  const lines = text.slice(at).split(/\r?\n/)
  // a line or two more in the header's shape (`转信站: …`) are the header's
  let start = 1
  while (start < lines.length && start <= HEADER_EXTRA_LINES && HEADER_LINE.test(lines[start])) start++
  // the rule a view draws under the header (`───────`) is the header's
  if (start < lines.length && RULE_LINE.test(lines[start])) start++
  // a digest's collection (精华区 合集): the thread's opening post is the first collected one, after its two lines
  const collected = collectedPost(lines.slice(start).join('\n'))
  if (collected !== undefined) start += collected.lines
  let end = start
  while (end < lines.length && !endsText(lines[end])) end++
  const header = text.slice(0, at) + lines.slice(0, start).join('\n')
  const tail = lines.slice(end).join('\n').trim()
  return { header: header.trim(), paragraphs: unwrap(lines.slice(start, end)), tail }
}

/** A line that ends a post's text: the signature's `--`, a station's stamp, the next collected post's rule. */
const endsText = (line: string): boolean =>
  SIGNATURE_DELIMITER.test(line) || STATION_STAMP.test(line) || COLLECTED_RULE.test(line)

function columns (line: string): number {
  let wide = 0
  for (const run of line.matchAll(CJK_TEXT_RUN)) wide += run[0].length
  return line.length + (WIDE - 1) * wide
}

/** The text's lines as paragraphs: blank lines and lines short of the margin end one, wrapped lines are joined. */
export function unwrap (lines: string[]): string[] {
  const trimmed = lines.map(l => l.trimEnd())
  const width = trimmed.reduce((max, l) => Math.max(max, columns(l)), 0)
  const wraps = (line: string): boolean => width >= MIN_WRAP_WIDTH && columns(line) >= width - WRAP_SLACK
  const out: string[] = []
  let open = ''
  for (const line of trimmed) {
    if (BLANK.test(line)) {
      if (open !== '') out.push(open)
      open = ''
      continue
    }
    const piece = line.trim()
    open = open === '' ? piece : CJK_END.test(open) || CJK_START.test(piece) ? open + piece : `${open} ${piece}`
    if (!wraps(line)) {
      out.push(open)
      open = ''
    }
  }
  if (open !== '') out.push(open)
  return out.map(normalizeLine).filter(p => p !== '')
}

/**
 * Fewest `<br>` an element lays its own lines out with to be read as a BBS screen: a web mirror of a board prints the
 * post's telnet lines one `<br>` each (a PTT mirror's `<div id="textArea">`: zh-blogs b572 of session 62's unseen
 * round), where the board's own view keeps them in a `<pre>`.
 */
const MIN_SCREEN_LINES = 5

/**
 * The text of an element that lays out a BBS screen with `<br>` (at least `MIN_SCREEN_LINES` among its children), its
 * lines as a `<pre>` holds them: a `<br>` or a block element ends a line, the source's own line breaks are markup's
 * white space; undefined for any other element. Read for `bbsPost`, which takes only a text that opens with a header.
 */
export function screenText (el: Element): string | undefined {
  let brs = 0
  for (const c of el.children) if (isElement(c) && c.name === 'br') brs++
  if (brs < MIN_SCREEN_LINES) return undefined
  // the header is asked of the screen's first lines before the whole is read: an element of `<br>` lines that opens
  // with none costs no more than them, however much it holds (nested ones each read their own)
  if (headerLength(linesOf(el, SCREEN_HEAD_CHARS)) === undefined) return undefined
  return linesOf(el, Number.POSITIVE_INFINITY)
}

/** Characters of a screen read for its header: a BBS header's three or four lines, with room to spare. */
const SCREEN_HEAD_CHARS = 1000

/** The element's text as a screen's lines (`screenText`), read up to about `limit` characters. */
function linesOf (el: Element, limit: number): string {
  let out = ''
  const stack: Array<AnyNode | 'end'> = [...el.children].reverse()
  while (stack.length > 0 && out.length < limit) {
    const n = stack.pop()!
    if (n === 'end') {
      out += '\n'
      continue
    }
    // (a text longer than the rest of the limit is read only that far)
    if (isText(n)) out += (n.data.length > limit ? n.data.slice(0, limit) : n.data).replace(/[\r\n]+/g, '')
    if (!isElement(n)) continue
    if (n.name === 'br') {
      out += '\n'
      continue
    }
    const block = BLOCK_TAGS.has(n.name)
    if (block) {
      out += '\n'
      stack.push('end')
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i])
  }
  return out
}
