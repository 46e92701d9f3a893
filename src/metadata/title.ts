/**
 * Title cleaning: site-name suffixes (`... - China News Network`, `...-中新网`, `Title | Site`, `Title_新浪新闻`)
 * are not part of an article's title. A suffix goes when it is the page's site name (`hints.siteName`), a known
 * agency, or looks like a site name (ends in 网, 日报, News, Network, .com ...). The words of the title stay as found.
 */
import { normalizeLine } from '../text/normalize.js'
import { decodeEntities } from '../text/entities.js'
import { isRegExpSpace, listedWords as wordsOf, sliceOf, unitAt, weightedLength } from '../text/index.js'
import { loadData } from '../data.js'
import { endsLikeSiteName } from '../text/site-words.js'
import { TITLE_LABEL_PREFIX } from '../text/title-label.js'

// Separators: ` - `, ` – `, ` — `, ` « ` (WordPress's Kubrick theme: `Post « Blog`, zh-blogs b432 of session 55's
// unseen round), `|`, `｜`, `_`, ` :: `, ` @ ` (blog platforms: `标题 @ 部落格名 :: 痞客邦`), ` / `
// (FluxBB and PunBB: `标题 / 版块 / 论坛名`, zh-blogs b379 of session 50's unseen round; a slash with no space either
// side is a word's, `AC/DC`, `TCP/IP`, and a tail after a spaced one goes only as a site's or a section's), and a
// bare `-` (or `--`, old ASP CMSs) after Chinese text, before a Chinese or Latin suffix (`标题-ChinaUnix博客`).
// Chinese suffixes that name a site: a portal or paper (网, 日报), a blog or forum platform (博客, 论坛), a government
// section (信息公开), an office (局, 委, 厅, 办, 中心) or a company (公司, 集团) publishing its own notices. An underscore inside
// a Latin word (`rustc_codegen_gcc: Progress Report`) is part of a name, no separator; between a lower-case letter
// and a capital it is the Chinese CMS's separator in the English of a machine translation (`…meeting_Government
// Affairs_Xiji County People's Government`, `标题_政务公开_西吉县人民政府`).
const SUFFIX = /^(.*\S)(?:\s+[-–—•·»«]{1,2}\s+|\s+\/\s+|\s*(?:[|｜]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|(?<=\p{Ll})_(?=\p{Lu}))\s*|\s+(?:::|@)\s+|(?<=[\p{Script=Han}\d%％」”）)》！？\]】])[-–—_]{1,2}(?=[\p{Script=Han}A-Za-z]))([^|｜_]{1,40})$/u
/** Most characters of the name `SUFFIX` takes off (its last group), in code points: twice that in code units. */
const SUFFIX_NAME_MAX = 40
/** The marks every `SUFFIX` separator ends with: a dash or a dot, a bar, an underscore, `::`, `@` or a spaced `/`. */
const SUFFIX_MARK = /[-–—•·»«|｜_:@/]/u

/**
 * `SUFFIX.exec(title)`, run only on a title whose tail holds a separator's mark. The name after the separator is the
 * last `SUFFIX_NAME_MAX` characters at most, and only white space stands between the separator's last mark and the
 * name: so the mark stands at or after the last other character before the earliest start of the name. A paragraph
 * (a block asked whether it is the title) is not searched separator by separator to its start.
 */
function suffixMatch (title: string): RegExpExecArray | null {
  let from = Math.max(0, title.length - 2 * SUFFIX_NAME_MAX)
  while (from > 0 && isRegExpSpace(unitAt(title, from - 1))) from--
  if (from > 0) from--
  return SUFFIX_MARK.test(sliceOf(title, from)) ? SUFFIX.exec(title) : null
}

// `Site | Title`, `Site - Title`, and a bare dash between Chinese text (`固原新闻网-西吉县马铃薯产业发展调查`)
const PREFIX = /^([^|｜_]{1,40}?)(?:\s*[|｜]\s*|\s+[-–—•·»]\s+|(?<=\p{Script=Han})[-–—]{1,2}(?=\p{Script=Han}))(.+)$/u
interface TitleTagsFile { tags: Array<{ words: string[] }> }
/**
 * `【图文】`, `[视频]`, `[转载]`: a site's mark of an item's format or provenance before a Chinese title
 * (data/title-tags.json). Another bracketed tag (`[心得] …`, `【台中西區】…`) is the writer's, part of the title.
 */
const TITLE_TAGS = loadData<TitleTagsFile>('title-tags.json')
const TAG_PREFIX = new RegExp(`^[【[](?:${wordsOf(TITLE_TAGS.tags)})[】\\]]\\s*(?=\\p{Script=Han})`, 'u')
/**
 * A mailing list's tag before a message's subject (`[tnlug] 幫老爸的 Pentium 166 裝 Debian…`, Mailman's subject prefix as
 * MHonArc's archive prints it in the `<title>` and the `<h1>`: zh-blogs b633 of session 64's second unseen wave): the
 * list's name in lower-case ASCII, as Mailman writes it, before a space and a Chinese subject. A writer's own bracketed
 * word (`[心得]`, `[Update]`) is no list's name.
 */
const LIST_TAG = /^\[[a-z][a-z0-9._-]{1,30}\]\s+(?=\S*\p{Script=Han})/u
/** `主题：`, `标题：`: a board's field label before the thread's title in its title cell (data/title-tags.json `labels`). */
const LABEL_PREFIX = TITLE_LABEL_PREFIX

// a site's name that is its host (`davidbau.com`, `www.example.org`)
const HOST = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i

/**
 * A section's name in a title bar, between the headline and the site's name (`Politics`, `World news`, `Local
 * News`): one or two words of letters, not opening as a subtitle does (`A guide`, `The sequel`, `How it works`).
 */
const SECTION = /^(?!(?:A|An|The|How|Why|What|When|Part|My|Our|Your)\b)\p{Lu}\p{Ll}+(?: \p{L}\p{Ll}+)?$/u

const nameKey = (s: string): string => s.toLowerCase().replace(/[\s.·•-]+/g, '')
const sameKey = (a: string, b: string): boolean =>
  a === b || (b.length >= 2 && a.startsWith(b)) || (a.length >= 2 && b.startsWith(a))

function sameName (a: string, b: string): boolean {
  return sameKey(nameKey(a), nameKey(b))
}

/** The keys of a list of known names, made once per list (the agencies: hundreds, asked for every title). */
const knownKeys = new WeakMap<readonly string[], string[]>()

/** `known.some(k => sameName(s, k))`, with each name's key made once. */
function isKnownName (s: string, known: readonly string[]): boolean {
  if (known.length === 0) return false
  let keys = knownKeys.get(known)
  if (keys === undefined) {
    keys = known.map(nameKey)
    knownKeys.set(known, keys)
  }
  const key = nameKey(s)
  return keys.some(k => sameKey(key, k))
}

function looksLikeSite (suffix: string, siteName: string | undefined, known: readonly string[]): boolean {
  const s = suffix.trim()
  if (siteName !== undefined && siteName.trim() !== '' && sameName(s, siteName)) return true
  if (isKnownName(s, known)) return true
  return endsLikeSiteName(s)
}

/**
 * Shortest site-shaped prefix taken before a bare dash without a known name: `互联网-…` (the internet) is a word,
 * `固原新闻网-…` a site; a known agency (`新华网-…`) or a prefix before a bar or a spaced dash needs no length.
 */
const BARE_DASH_SITE_MIN = 4

function sitePrefix (prefix: string, rest: string, known: readonly string[]): boolean {
  if (isKnownName(prefix, known)) return true
  if (!looksLikeSite(prefix, undefined, known)) return false
  return !/^[-–—]/.test(rest) || prefix.trim().length >= BARE_DASH_SITE_MIN
}

/** Whether a name has the shape of a site's or a paper's (`The Washington Post`, `固原新闻网`, `example.com`). */
export function siteShaped (name: string): boolean {
  return looksLikeSite(name, undefined, [])
}

const FULLWIDTH = /[\uff01-\uff5e]/g
const FULLWIDTH_OFFSET = 0xfee0
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

/**
 * Full-width punctuation and letters (`Work？`) in a title with no Chinese, Japanese or Korean: an input method's
 * forms typed into a Latin title, the ASCII characters they stand for.
 */
function latinForms (title: string): string {
  if (CJK.test(title)) return title
  return title.replace(FULLWIDTH, c => String.fromCharCode(unitAt(c, 0) - FULLWIDTH_OFFSET))
}

/** A colon after the site's name at the start of a title (`Blog name: Title`). */
const SITE_COLON = /^\s*[:：]\s*/u

/**
 * The title after the site's name when it comes first: `Site | Title`, `Blog name: Title` (Blogger), or
 * `davidbau.com Vibe Coding` (a site named by its host, then the title with only a space between); undefined when the
 * title does not start with the site.
 */
function afterSite (title: string, siteName: string): string | undefined {
  const p = PREFIX.exec(title)
  if (p !== null && sameName(p[1], siteName) && p[2].length >= 4) return p[2]
  const host = siteName.trim()
  // Blogger's `<title>`: the blog's name, a colon, the post's title (`柏舟札记: 外公的收音机`)
  const colon = SITE_COLON.exec(title.slice(host.length))
  if (colon !== null && title.startsWith(host) && title.length - host.length - colon[0].length >= 4) {
    return title.slice(host.length + colon[0].length)
  }
  const rest = title.slice(host.length + 1)
  return HOST.test(host) && title.toLowerCase().startsWith(host.toLowerCase() + ' ') && rest.length >= 4
    ? rest
    : undefined
}

/** Takes site-name suffixes (and a site-name prefix matching `siteName`) off a title; null for an empty title. */
export function cleanTitle (
  raw: string | null | undefined, siteName?: string, known: readonly string[] = []
): string | null {
  if (raw === null || raw === undefined) return null
  let title = latinForms(normalizeLine(decodeEntities(raw)))
  const hasSite = siteName !== undefined && siteName.trim() !== ''
  const rest = hasSite ? afterSite(title, siteName) : undefined
  if (rest !== undefined) return cleanTitle(rest, siteName, known)
  title = fromBreadcrumb(title.replace(TAG_PREFIX, '').replace(LIST_TAG, '').replace(LABEL_PREFIX, ''))
  // `固原新闻网-Title`, `Example News | Title`: a site-shaped name first, shorter than the title after it
  const h = PREFIX.exec(title)
  if (h !== null && h[2].length > h[1].length && sitePrefix(h[1], title.slice(h[1].length), known)) title = h[2].trim()
  title = unnumbered(undated(withoutSuffixes(title, siteName, known)))
  return title === '' ? null : title
}

/** The separators of a breadcrumb (`首页 >> 新闻 >> 标题`, `Home › News › Title`). */
const CRUMB_SEPARATOR = /\s*(?:->|>>|[>»›＞])\s*/u
/**
 * Spaced ASCII colons between the parts of a Chinese `<title>`, three parts or more (AspNetForums' `点网开发者园地 :
 * ASP.NET 部署与配置 : 主题`: zh-blogs b426 of session 54's unseen round): a breadcrumb too. (A Chinese headline's own
 * colon is full-width and unspaced.)
 */
const SPACED_COLON = /\s+:\s+/
/** Longest name of a site or section in a breadcrumb-shaped title, in Latin-equivalent characters. */
const CRUMB_PART_MAX = 30

/**
 * The headline of a `<title>` written as the page's breadcrumb (`楚农信息网 >> 市场信息 >> 价格行情 >> 标题`, old
 * ASP and PowerEasy templates; `SPACED_COLON`): three parts or more, every part before the last a short name, the
 * last the longest.
 */
function fromBreadcrumb (title: string): string {
  const colons = CJK.test(title) && title.split(SPACED_COLON).length >= 3
  if (!/[>»›＞]/u.test(title) && !colons) return title
  const parts = title.split(colons ? SPACED_COLON : CRUMB_SEPARATOR).map(p => p.trim())
  const last = parts[parts.length - 1]
  // Ikonboard's and Invision Board 1's `论坛名 -> 帖子标题` in a Chinese title (zh-blogs b402 of session 52's unseen
  // round): an arrow between two parts is a breadcrumb too
  const fewest = CJK.test(title) && /\s->\s/.test(title) ? 2 : 3
  if (parts.length < fewest || parts.some(p => p === '') || weightedLength(last) < MIN_TITLE_LEFT) return title
  const names = parts.slice(0, -1)
  return names.every(p => weightedLength(p) <= CRUMB_PART_MAX && weightedLength(p) < weightedLength(last))
    ? last
    : title
}

/**
 * A government document's number in brackets after its title (`…的通知（国办发〔2019〕21号）`, `…公告（2015年第4号）`):
 * gov.cn and provincial sites append it to the `<title>`; the page prints it on a line of its own, under the title.
 * The issuer's abbreviation, the year in `〔〕` (or `[]`, `年第`), the serial and `号`.
 */
const DOCUMENT_NUMBER_END = /\s*[（(][\p{Script=Han}]{0,12}\s*(?:[〔[［]\d{4}[〕\]］]|\d{4}年第)\s*\d{1,4}\s*号[）)]$/u

function unnumbered (title: string): string {
  if (!title.endsWith('号）') && !title.endsWith('号)')) return title
  const cut = title.replace(DOCUMENT_NUMBER_END, '')
  return cut.length >= MIN_TITLE_LEFT ? cut : title
}

/**
 * A section's, board's or blog's name between a Chinese post's title and its site's (`- 立言看市 - 和讯博客`, `-职业生涯-水木社区`,
 * `-liuyw2008-ChinaUnix博客`): a name of a few characters with no clause punctuation or space in it.
 */
const CJK_SECTION = /^[^\s，。！？：；、,.!?:;“”"]{1,16}$/u
/**
 * A Chinese clause, no site's name: Han text with a colon, a comma or a question mark in it, or a year written in it
 * (`“童”享书香 悦读一夏｜安澜区图书馆2023年少儿暑期阅读季正式启动`, a library's 百家号 headline: zh-org o201 of session 56's
 * unseen round; a site's or an account's name holds no year).
 */
const CLAUSE_TAIL = /\p{Script=Han}.*[：，、？！]|[：，、？！].*\p{Script=Han}|\d{4}\s*年/u
/** Longest slogan a site writes after its own name (`-水木社区-源于清华的高知社群`), in characters. */
const SLOGAN_MAX = 20

/** Whether a title's head, before its tail, ends in a bar-like separator (a spaced `::` in a Chinese title too). */
const barredTail = (head: string, cjk: boolean): boolean => /(?:[|｜_•»«]|\s·)\s*$/.test(head) || (cjk && /\s::\s*$/.test(head))

/**
 * A title without the site's name at its end, the section names before it and one slogan after it; up to four
 * tails go.
 */
function withoutSuffixes (title: string, siteName: string | undefined, known: readonly string[]): string {
  let sited = false
  const cjk = CJK.test(title)
  for (let i = 0; i < 4; i++) {
    const m = suffixMatch(title)
    if (m === null || m[1].length < 4) break
    // After a bar or an underscore a short tail is a site name, and after a spaced `::` in a Chinese title (`… ::
    // 山海行旅 综合讨论`, a Steam hub's discussion: zh-blogs b403 of session 52's unseen round; an English title may
    // put its subtitle there, `Wedding Checklist :: Printable To-do Timeline`, WCXB 4588); after a dash it must
    // look like one, or be a section's name before a site's (`Storm hits coast - Politics - BBC News`, `标题 - 立言看市 -
    // 和讯博客`).
    const barred = barredTail(title.slice(0, title.length - m[2].length), cjk)
    // a Chinese clause after the bar is the headline's own second half (HK01: `長者院舍人手荒｜業界倡… 工會：治標不治本`)
    const short = m[2].trim().split(/\s+/).length <= 6 && m[2].length <= 40 && !CLAUSE_TAIL.test(m[2])
    const site = looksLikeSite(m[2], siteName, known)
    const section = sited && (SECTION.test(m[2].trim()) || (cjk && CJK_SECTION.test(m[2].trim())))
    if (!site && !(barred && short) && !section) {
      // the last tail a slogan after the site's name: both go
      const before = i === 0 && m[2].trim().length <= SLOGAN_MAX ? suffixMatch(m[1].trim()) : null
      if (before === null || before[1].length < 4 || !looksLikeSite(before[2], siteName, known)) break
      sited = true
      title = before[1].trim()
      continue
    }
    sited ||= site
    title = m[1].trim()
  }
  return title
}

/**
 * A Chinese title without the full date its CMS wrote at its end, and without the keyword list some CMSs append
 * to it (`标题,关键词1,关键词2`); any other title as it is.
 */
function undated (title: string): string {
  // each pattern is run only on a title that can match it (DATE_END, an ASCII comma): most titles are neither
  const dated = DATE_END.test(title) ? TRAILING_DATE.exec(title) : null
  const out = dated !== null && dated[1].length >= MIN_TITLE_LEFT && CJK.test(dated[1]) ? dated[1] : title
  const listed = out.includes(',') ? KEYWORD_TAIL.exec(out) : null
  return listed !== null && listed[1].length >= MIN_TITLE_LEFT ? listed[1] : out
}

// `全市经济运行平稳向好,经济,增长,投资`, `标题-茅台酒,公款消费,五粮液`: two or more short Han keywords joined by ASCII commas
// (Chinese prose writes `，`), after a comma or a separator, end a Chinese title that has none of its own; the list
// is the page's keywords (its `<meta name=keywords>`), no words of the headline
const KEYWORD_TAIL = /^([^,]*?\p{Script=Han}[^,]*?)(?:(?:\s*,\s*\p{Script=Han}{1,8}){2,}|\s*[-–—_|｜]\s*\p{Script=Han}{1,8}(?:\s*,\s*\p{Script=Han}{1,8})+)\s*,?$/u

// `标题 2023-10-18`, `标题（2023年10月18日）`, `标题_2023/10/18`: a full numeric date ending a Chinese title is the
// CMS's dating of the page (read as a date candidate, readers/published.ts), not a word of the headline. Not in a
// Latin title: a newsletter's issue date is part of its name (`Almost Timely News: … (2025-09-21)`, WCXB 4444)
const TRAILING_DATE = /^(.*\S)(?:\s+|\s*[_|｜]\s*|\s*(?=[(（[【]))[(（[【]?\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?[)）\]】]?$/u
/**
 * How every `TRAILING_DATE` match ends: the day's digit, white space after it, `日` or a closing bracket. (Every
 * `KEYWORD_TAIL` match holds an ASCII comma: both alternatives join their keywords with one.)
 */
const DATE_END = /[\d\s日)）\]】]$/u
/** Shortest title left before a trailing date or keyword list, in characters (shorter, the tail is most of it). */
const MIN_TITLE_LEFT = 4

const OPENERS = '([{（【《「『“'
const CLOSERS = ')]}）】》」』”'
/** Whether a title is visibly cut short: a bracket or quote left open, or an ellipsis at its end. */
function cutShort (title: string): boolean {
  if (/(?:\.\.\.|…)$/.test(title)) return true
  let open = 0
  for (const c of title) {
    if (OPENERS.includes(c)) open++
    else if (CLOSERS.includes(c)) open--
  }
  return open > 0
}

/**
 * The whole title when the one chosen is cut short (`…Find Solutions (Including`: a JSON-LD `headline` cut at 110
 * characters for search engines) and the page's `<title>` goes on from it; else the title as it is.
 */
export function wholeTitle (
  title: string | null, pageTitle: string | undefined, siteName?: string, known: readonly string[] = []
): string | null {
  if (title === null || !cutShort(title)) return title
  const page = cleanTitle(pageTitle, siteName, known)
  const stem = title.replace(/(?:\.\.\.|…)$/, '').trim()
  return page !== null && page.length > stem.length && page.startsWith(stem) && !cutShort(page) ? page : title
}
