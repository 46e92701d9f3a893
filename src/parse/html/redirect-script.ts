/**
 * A hacked page's cloaking redirect: an inline script that sends the visitor to another site, either because they came
 * from a search engine (`if (/baidu|sogou|360|sm/.test(document.referrer)) window.location.href = "http://…"`, the
 * strings often hidden as `\x..` escapes) or straight to a gambling host. Search engines' crawlers index the hacked
 * page's text, and the people who click through land on the gambling site (zh-blogs b307 of session 46's unseen round).
 * Scripts carry no text, so the article loses nothing; the redirect is listed in `removed` as the injection it is,
 * with its target, so that a crawler learns the page was hacked. Read only in inline scripts that navigate at all,
 * over their first `MAX_SCRIPT` characters.
 */
import { isSpamHost, hasSpamLinkText, SPAM_LEXICON } from '../../text/spam-lexicon.js'
import { escapeRegExp } from '../../text/index.js'
import type { Removal } from '../../types.js'
import { hostOf, isText, sameSiteOrSibling, type Element } from './dom.js'

/** Longest script text read, in characters: an injected redirect is a line or two, first in its script. */
const MAX_SCRIPT = 20_000
/** Most redirects listed a page: a page with more is listed by these. */
const MAX_LISTED = 3

// a navigation: `location = `, `location.href = `, `location.replace(`, `window.open(`, a refresh, or a page, frame or
// script written over the page (`document.write('<iframe src="http://…" style="position:fixed;…100%…">')`)
const NAVIGATES =
  /\blocation(?:\.href)?\s*=(?!=)|\blocation\.(?:replace|assign)\s*\(|\bwindow\.open\s*\(|http-equiv\s*=\s*\\?["']?refresh|\bdocument\.write(?:ln)?\s*\(/gi
// the words a navigation needs, asked of the raw text first: most scripts have none (escapes are decoded after)
const MAY_NAVIGATE = /location|open|refresh|write|\\x|\\u|%[0-9a-f]{2}/i
const REFERRER = /\breferr?er\b/i
const SEARCH_ENGINE = new RegExp(SPAM_LEXICON.searchEngines.map(e => escapeRegExp(e.name)).join('|'), 'i')
const ABSOLUTE_URL = /\bhttps?:\/\/[^\s"'<>()\\;,+]+/i
/**
 * Characters after a navigation its target stands in (`window.location.href = "http://…"`, a refresh's `url=`, the
 * `src` of a frame written over the page after its covering style).
 */
const TARGET_NEAR = 250
/**
 * Characters before a navigation its condition stands in: the referrer test and the engines' names
 * (`if (/baidu|sogou|360|sm/.test(document.referrer)) {`), or a gambling word, written just before it.
 */
const CONDITION_NEAR = 400

/** `\xNN`, `\uNNNN` and `%NN` escapes decoded: an injection hides its words and target in them. */
function unescaped (code: string): string {
  return code
    .replace(/\\x([0-9a-f]{2})|\\u([0-9a-f]{4})/gi, (_, x?: string, u?: string) => String.fromCharCode(parseInt(x ?? u!, 16)))
    .replace(/%([0-9a-f]{2})/gi, (m, x: string) => {
      const c = parseInt(x, 16)
      return c < 0x80 ? String.fromCharCode(c) : m
    })
}

/** The script's code (its text children), cut at `MAX_SCRIPT`. */
function codeOf (script: Element): string {
  let code = ''
  for (const c of script.children) if (isText(c)) code += c.data
  return code.length > MAX_SCRIPT ? code.slice(0, MAX_SCRIPT) : code
}

/** Why a script's code (`codeOf`) is a cloaking redirect, and where it sends the visitor; undefined when none. */
function redirectOf (raw: string, pageHost: string | undefined): { target: string, why: string } | undefined {
  if (!MAY_NAVIGATE.test(raw)) return undefined
  const code = unescaped(raw)
  NAVIGATES.lastIndex = 0
  for (let m = NAVIGATES.exec(code); m !== null; m = NAVIGATES.exec(code)) {
    const after = m.index + m[0].length
    const target = ABSOLUTE_URL.exec(code.slice(after, after + TARGET_NEAR))?.[0]
    const host = target === undefined ? undefined : hostOf(target)
    if (target === undefined || host === undefined) continue
    if (isSpamHost(host)) return { target, why: 'sends the visitor to a gambling site' }
    // another site's: without the page's own address none is known to be; a search engine's own host is no target
    if (pageHost === undefined || sameSiteOrSibling(host, pageHost) || SEARCH_ENGINE.test(host)) continue
    const condition = code.slice(Math.max(0, m.index - CONDITION_NEAR), m.index)
    if (REFERRER.test(condition) && SEARCH_ENGINE.test(condition)) {
      return { target, why: 'sends visitors who come from a search engine to another site' }
    }
    if (hasSpamLinkText(condition)) return { target, why: 'sends the visitor to another site, after gambling terms' }
  }
  return undefined
}

/** A `document.write(` call: what follows it is the markup it writes. */
const WRITE_CALL = /\bdocument\.write(?:ln)?\s*\(/gi
/** Longest markup read after a `document.write(`, in characters: a link farm of a few dozen links. */
const WRITTEN_MAX = 4_000
/** The end of a written string's call (`');`, `");`), where the markup it writes stops. */
const WRITE_END = /["'`]\s*\)\s*;?/
/** A written string's opening quote, and the quotes and `+` that join its pieces. */
const STRING_JOINS = /^\s*["'`]|["'`]\s*\+\s*["'`]/g
/** Fewest links a script must write to be a link farm: one link is a widget's or a counter's. */
const WRITTEN_LINKS_MIN = 2
/** Longest text listed in `removed` for the links a script writes, in characters. */
const WRITTEN_LISTED_MAX = 1_000

/**
 * The text of the links an inline script writes into the page when they are a gambling link farm
 * (`document.write('<div style="position:absolute;top:-3000px"><a href="…">新葡京娱乐</a><a …>澳门银河赌场</a>…')`
 * after a hacked Z-BlogPHP page's footer: zh-org o160 of session 49's unseen round): two links or more whose text
 * carries the lexicon's link terms. A search engine that runs scripts indexes them; a reader never sees them.
 */
function writtenLinks (raw: string): string | undefined {
  if (!raw.includes('write')) return undefined
  const code = unescaped(raw)
  WRITE_CALL.lastIndex = 0
  for (let m = WRITE_CALL.exec(code); m !== null; m = WRITE_CALL.exec(code)) {
    const start = m.index + m[0].length
    let markup = code.slice(start, start + WRITTEN_MAX)
    const end = WRITE_END.exec(markup.slice(1))
    if (end !== null) markup = markup.slice(0, end.index + 1)
    const links = markup.match(/<a\s/gi)?.length ?? 0
    // the string's quotes and its pieces joined with `+` (`'<a …>' + '必威体育官网' + '</a>'`) are no text
    const text = markup.replace(STRING_JOINS, '').replace(/<[^>]*>/g, ' ').replace(/\\(["'])/g, '$1')
      .replace(/\s+/g, ' ').trim()
    if (links >= WRITTEN_LINKS_MIN && hasSpamLinkText(text)) return text.slice(0, WRITTEN_LISTED_MAX)
  }
  return undefined
}

/**
 * The page's cloaking redirects (`spam-redirect-script`) and the gambling links its scripts write
 * (`spam-written-script`), from its inline scripts (tree.ts `inlineScripts`).
 */
export function redirectScripts (scripts: readonly Element[], pageHost: string | undefined): Removal[] {
  const found: Removal[] = []
  for (const s of scripts) {
    if (found.length >= MAX_LISTED) break
    // the script's code read once for both rules; a link farm it writes first: its links' addresses are no
    // navigation (`document.write('<div style="display:none"><a href="https://xpj.…/">澳门新葡京娱乐场</a>…')` after a
    // hacked Typecho page's footer was listed as a redirect to its first link, the farm's words left out of `removed`:
    // zh-org o173 of session 51's unseen round)
    const code = codeOf(s)
    const written = writtenLinks(code)
    if (written !== undefined) {
      found.push({
        kind: 'spam',
        rule: 'spam-written-script',
        text: written,
        reason: 'an inline script writes gambling links into the page: a hacked page\'s hidden link farm'
      })
      continue
    }
    const r = redirectOf(code, pageHost)
    if (r === undefined) continue
    found.push({
      kind: 'spam',
      rule: 'spam-redirect-script',
      text: r.target,
      reason: `an inline script ${r.why} (${hostOf(r.target) ?? r.target}): a hacked page's cloaking redirect`
    })
  }
  return found
}
