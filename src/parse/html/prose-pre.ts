/**
 * A `<pre>` that holds prose in Chinese, wrapped by hand: a mail in a mailing list's archive (Mailman's pipermail and
 * MHonArc print the message in one `<pre>`: a newsletter's masthead between rules, its title, an opening `撰文：` line,
 * then paragraphs wrapped at the mail's width, zh-org o300 of session 65's unseen round). Its paragraphs are the
 * blank-line-separated runs of lines, the wrapped lines joined again as a BBS post's are (./bbs-post.ts `unwrap`), so
 * that the stages after see the masthead, the title and the credit as lines of their own, not one block with the text.
 * Code and other `<pre>`s (Latin text, or Chinese with no paragraph break) are left to be read as one block.
 */
import { CJK_TEXT_RUN } from '../../text/index.js'
import { RULE_LINE, unwrap } from './bbs-post.js'

/** Least share of a `<pre>`'s visible characters in Chinese script for it to be read as prose, not code. */
const MIN_CJK_SHARE = 0.5
/** Fewest paragraphs a prose `<pre>` holds: one alone is read as the block it is. */
const MIN_PARAGRAPHS = 3
/** Longest `<pre>` text read as prose (characters): the bound of one walk over its lines. */
const MAX_PROSE = 200_000

/** The paragraphs of a `<pre>`'s text (as written) when it is Chinese prose; undefined otherwise. */
export function prosePre (text: string): string[] | undefined {
  if (text.length > MAX_PROSE) return undefined
  const visible = text.replace(/\s+/g, '').length
  let cjk = 0
  for (const run of text.matchAll(CJK_TEXT_RUN)) cjk += run[0].length
  if (visible === 0 || cjk / visible < MIN_CJK_SHARE) return undefined
  // (a rule drawn across the mail, `=====`, parts what it sets apart: the masthead's lines are no paragraph's)
  const paragraphs = unwrap(text.split(/\r?\n/).map(line => RULE_LINE.test(line) ? '' : line))
  return paragraphs.length >= MIN_PARAGRAPHS ? paragraphs : undefined
}
