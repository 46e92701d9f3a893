/**
 * Whether text names a person: the author markers' data, an author's raw text cleaned, lists of names,
 * names that are no person's (companies, set phrases), one name written two ways, the site's name in a
 * `<title>`, and the addresses of author pages.
 */
import { loadData } from '../../../data.js'
import { blogOwner } from '../../../text/title-owner.js'
import { FILED_IN } from '../../../text/roles.js'
import { normalizeLine } from '../short-text.js'
import { ENGLISH_MONTH, escapeRegExp } from '../../../text/index.js'

interface AuthorMarkers {
  uiWords: Array<{ word: string }>
  nameParticles: Array<{ word: string }>
  authorPaths: Array<{ segment: string }>
  screenNameLabels: Array<{ label: string }>
  posterBadges: Array<{ badge: string }>
  ownerBadges: Array<{ badge: string }>
  profileLabels: Array<{ label: string }>
  profileHeadings: Array<{ text: string }>
  commentHeadings: Array<{ text: string }>
  linkHeadings: Array<{ text: string }>
  notNames: {
    whole: Array<{ pattern: string }>
    companySuffixes: Array<{ word: string }>
    labels: Array<{ pattern: string }>
  }
}
export const MARKERS = loadData<AuthorMarkers>('author-markers.json')
export const wordsRe = (ws: string[]): string => ws.map(escapeRegExp).join('|')

export function sameName (a: string, b: string): boolean {
  const n = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
  return n(a) !== '' && n(a) === n(b)
}

/**
 * The `<title>`'s last part after a spaced bar, bullet or dash, or after an underscore as Chinese CMSs join `标题_栏目_站名`
 * (`…_实战交流_股道吧`, whose site's name also fills `<meta name="author">`: zh-blogs b521 of session 60's second unseen
 * round).
 */
// (the last part: a spaced hyphen ends the part before it too, `… - 冷氣討論區 - 比價通 ePricing`, a Taiwan price portal's
// board: zh-blogs b560 of session 61's third unseen round)
const SITE_AFTER = /(?:\s(?:[|｜•»]|[-–—])\s|_)((?:(?!\s-\s)[^|｜•»–—_]){2,40})$/

/**
 * The site part of a `<title>` (`Headline | Site`): a name that is the site, never an author. None when the part
 * before it is a blog's name in its owner's form (`小刀的网络日志 - 五一装机记`: blog hosts put the blog first).
 */
export function docTitleSite (docTitle: string): string | undefined {
  const m = SITE_AFTER.exec(docTitle)
  if (m === null || blogOwner(docTitle.slice(0, m.index)) !== undefined) return undefined
  return m[1].trim()
}

// What ends a name inside a byline: a date, an `Updated`/`Published` label, a separator, a role after a comma-less
// break.
const NAME_END = new RegExp([
  `\\s*(?:\\b${ENGLISH_MONTH}\\s+\\d`, `\\b\\d{1,2}\\s+${ENGLISH_MONTH}`, '\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}',
  '\\b(?:updated|published|posted|last updated|reviewed|fact[- ]checked|edited|on\\s+\\d+' +
    '|on\\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*|from the)\\b',
  // a blog's post footer puts an `@` between the poster and the time (`posted by 豆豆饭 @ 2008-04-12 21:23`, Blogbus)
  '[|•⋅·●◦▪]', '\\s[-–—@]\\s', '\\b\\d+\\s+min',
  // and Blogger's and Blogbus's classic footer the time after `at` (`posted by 阿朱 at 10:31 PM`: zh-blogs b109)
  '\\s+at\\s+\\d{1,2}:\\d{2}',
  // or its date, written in Chinese (`Posted by 米粒 at 2004年05月07日 23:21`, Movable Type's zh_TW footer: zh-blogs b297 of
  // session 45's second wave)
  '\\s+at\\s+\\d{4}\\s*年',
  // a Chinese date label after the name (`慢慢走的老K 发布于2017-05-07`, `发表 2017-05-07`); a name that ends in 发布
  // is a government account's (`上海发布`, `澄州发布`: zh-news n99 of session 36's unseen round), not cut to its place
  '(?:发布|發布|發佈|发表|發表)(?:于|於|时间|時間|\\s*\\d)).*$'
].join('|'), 'i')
const BY_LABEL = /^(?:(?:written|authored|posted|published|reviewed|medically reviewed|text|guide|story|words|article|report|review|photos?|interview|edited)\s+)?by\s*:?\s+|^(?:the\s+)?(?:authors?|writer|contributors?|written by|posted by)\s*:?\s+/i

/** `By A and B • March 5, 2024` -> `A and B`; ` - Editorial Team` stays for `splitNames` to judge. */
export function cleanAuthor (raw: string): string {
  let s = normalizeLine(raw.replace(/&amp;/g, '&'))
  for (let i = 0; i < 2; i++) s = s.replace(BY_LABEL, '')
  s = s.replace(NAME_END, '').replace(/[\s,;:]+$/, '').replace(/(\p{L}{3,})\s*\.$/u, '$1').trim()
  return s.replace(FILED_IN, '').replace(CUT_LABEL, '')
}

/**
 * The next field's label left at the end once its value, a date, is cut (`作者：老柿子树下　提交日期：2008-2-17 21:46`,
 * a board's header line in an `id="firstAuthor"` box: zh-blogs b287 of session 45's unseen round): no name ends in a
 * colon.
 */
const CUT_LABEL = /\s+[^\s:：]{1,8}\s*[:：]$/u

const NOT_NAME_DATA = MARKERS.notNames
const COMPANY_FORMS = wordsRe(NOT_NAME_DATA.companySuffixes.map(w => w.word))
const NOT_NAME_WHOLE = NOT_NAME_DATA.whole.map(p => p.pattern).join('|')
export const NOT_NAME = new RegExp(`^(?:${NOT_NAME_WHOLE}|.*\\b(?:${COMPANY_FORMS})\\.?)$|` +
  `^(?:the\\s+)?(?:${NOT_NAME_DATA.labels.map(p => p.pattern).join('|')})$`, 'i')

/** A string that can be one or more people's names (not a slug, an id, a date or a sentence). */
export function isNameList (s: string): boolean {
  if (s.length < 2 || s.length > 100 || NOT_NAME.test(s)) return false
  if (/\d|@|https?:|www\.|[{}<>=#]/.test(s)) return false
  // a phrase left after a label (`Authors of this article`), not a name
  if (/^(?:of|this|that|for|in|to|with|from|is|are|was|our|your|my|all|more|see)\s/.test(s)) return false
  return s.split(/\s*(?:,|&|\band\b|;)\s*/i).filter(p => p !== '').every(p => {
    const words = p.split(/\s+/)
    if (words.length > 6 || NOT_NAME.test(p)) return false
    // a slug or a user name: one lower-case token with `-`, `_` or `.`
    if (words.length === 1 && /[-_.]/.test(p) && p === p.toLowerCase()) return false
    return /^\p{L}/u.test(p)
  })
}

/** A link to an author's page: `/author/jane-doe`, `/authors/12-jane`, `/contributors/x`, `/writers/x`, `?author=3`. */
const AUTHOR_PATHS = wordsRe(MARKERS.authorPaths.map(p => p.segment))
export const AUTHOR_URL = new RegExp(`(?:^|/)(?:${AUTHOR_PATHS})/[^/?#]+/?(?:[?#].*)?$|[?&]author=\\w`, 'i')
export const AUTHOR_SLUG = new RegExp(`/(?:${AUTHOR_PATHS})/([a-z]+(?:-[a-z]+){1,3})/?(?:[?#].*)?$`, 'i')
