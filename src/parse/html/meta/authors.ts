/**
 * The author hints (`authorHints`) and how they are weighed: markup against the shown byline, the site
 * or publisher as author, photographers, and the page's authors and editors from all sources (`pageAuthors`).
 */
import type { CheerioAPI } from 'cheerio'
import type { Editor } from '../../../types.js'
import { attr, isElement, isText, readableText, textOf, type Element } from '../dom.js'
import { loadData } from '../../../data.js'
import { hasOrgWord, splitNames } from '../../../text/fields.js'
import { isPinyinWord } from '../../../text/pinyin.js'
import { endsLikeOrg, isChineseOrganization } from '../../../text/org-names.js'
import { ZH_CREDIT_ROLE, ZH_PHOTO_ROLE } from '../../../text/roles.js'
import { normalizeLine } from '../short-text.js'
import { HAN, escapeRegExp } from '../../../text/index.js'
import type { Letters } from './dom-helpers.js'
import { bodyElements } from './page-cache.js'
import { isScreenName } from './posters.js'
import { metaValue } from './tags.js'
import { isUrl, namesOf, publisherName, str } from './json-ld.js'
import type { Page } from './page.js'
import { cleanAuthor, docTitleSite, isNameList, sameName } from './names.js'
import {
  authorBoxName, bylineName, bylinePart, bylines, classByline, dateLineName, labelledByline, linkedAuthors,
  markedAuthors
} from './bylines.js'

/** One to four Chinese names of two to four characters (`王攀`, `李明、张华`): a credit, not a sentence. */
const HAN_NAMES = /^[\p{Script=Han}·]{2,4}(?:\s*[\s、，,／/]\s*[\p{Script=Han}·]{2,4}){0,3}$/u

/** The names of credits, each apart (`刘晓彤 周建明`, `李明、张华`), as the metadata stage splits them. */
const creditNames = (credits: readonly string[]): string[] => credits.flatMap(splitNames)

/**
 * Most names a fuller credit may give: a byline's reporters and correspondents. More are the headers of a thread's
 * replies (`作者：X` over each floor of a Tianya-style thread, zh-blogs b12), no credit of the article.
 */
const FULLER_CREDIT_NAMES = 4

/** Whether `fuller` names every name of `names` and more, a handful at most. */
function namesMore (fuller: readonly string[], names: readonly string[]): boolean {
  const all = new Set(creditNames(fuller))
  const some = creditNames(names)
  return all.size > some.length && all.size <= FULLER_CREDIT_NAMES && some.every(n => all.has(n))
}

/** A byline of reporters, several names after the role (`記者林思妤、陳冠廷／台中報導`, `本报记者 王楠 陈思远`). */
const REPORTERS_BYLINE = /^\s*(?:本[报報])?(?:記者|记者)\s*[\p{Script=Han}·]{2,4}\s*[、，,和及與与\s]\s*[\p{Script=Han}·]{2,4}/u

/**
 * The authors: the writer the page shows labelled on its info line or beside its headline (`作者：王攀`) first when
 * it reads as Chinese names (a Chinese page's `<meta name=author>` often names the CMS account that posted it);
 * then the byline and the markup (the byline beside the headline when it names reporters, the
 * markup's among them); then that shown credit whatever it reads as; then the credit lines.
 */
export function pageAuthors (
  shownCredits: Array<string | undefined>, markup: () => string[], creditAuthors: string[],
  editorNames: readonly string[]
): string[] | undefined {
  const shown = shownCredits.filter((a): a is string => a !== undefined).slice(0, 1)
  if (shown.length > 0 && shown.every(a => HAN_NAMES.test(a))) {
    // the credit lines name the shown writer and more (a CMS field's `作者：刘晓彤` over the text's `记者：刘晓彤 周建明
    // 通讯员：覃海波`: zh-news n312 of session 42's unseen round): the fuller list
    if (namesMore(creditAuthors, shown)) return creditAuthors
    // the info line's author slot names the station or the office (`作者：柳州台`) and a credit line the writer
    // (`记者：覃晓燕　摄像：韦志明`: zh-news n182 of session 39's unseen round): the writer, and the station for the source
    return shown.every(isChineseOrganization) && creditAuthors.length > 0 ? [...creditAuthors, ...shown] : shown
  }
  const marked = markup()
  // the markup names only people the page credits as its editors (`<meta name="author" content="孙薇">` beside `编辑：孙薇`):
  // the CMS account that posted the page, and the credit lines name the writers (`记者：尹海峰　延边台记者：崔英男` in a
  // web TV station's credit block: zh-news n428 of session 55's unseen round)
  if (marked.length > 0 && creditAuthors.length > 0 && marked.every(m => editorNames.includes(m))) return creditAuthors
  // the markup names an office (`<meta name="DC.Creator" content="臺中市政府交通局">`, a WordPress account `編輯部`) and a
  // credit line or the byline beside the headline a writer (`記者何家欣／列治文報導`: zh-news n176 of session 39's unseen
  // round): the writer, and the office for the metadata stage to make the source
  if (marked.length > 0 && marked.every(namesOrganization)) {
    const writers = creditAuthors.length > 0 ? creditAuthors : shown
    if (writers.length > 0) return [...writers, ...marked]
  }
  // the byline beside the headline holds every name the markup gives, and may name more: JSON-LD's `author` lists
  // the first of two reporters (`記者林思妤、陳冠廷／台中報導`: zh-news n308 of session 42's unseen round); the byline is
  // read whole by the metadata stage (its roles, its place)
  const reporters = shown.length > 0 && REPORTERS_BYLINE.test(shown[0])
  if (marked.length > 0 && reporters && marked.every(m => shown[0].includes(m))) return shown
  // the markup gives the reporters in Latin letters and the byline prints them in Han (`Chia-Min Yen, Po-Yu Chen` in
  // the meta tags and JSON-LD, `記者顏嘉敏、陳柏宇／紐約報導` under the headline: a US Chinese daily, zh-news n360 of
  // session 46's unseen round): the names as the page prints them for its readers
  if (marked.length > 0 && reporters && !marked.some(m => HAN.test(m))) return shown
  return [marked, shown, creditAuthors].find(a => a.length > 0)
}

/** A short label and its colon opening a credit (`作者：`, `来源：`). */
const CREDIT_LABEL = /^[\p{Script=Han}]{1,4}\s*[:：]\s*/u
/**
 * Whether a credit names an office or a desk, its label read with it (`作者：八闽视讯新闻中心` in a broadcaster's author
 * slot over its closing `记者：林晓岚　实习记者：郑凯`: zh-news n494 of session 62's unseen round).
 */
const namesOrganization = (credit: string): boolean => isChineseOrganization(credit.replace(CREDIT_LABEL, ''))

/** The names of the editors the credit lines and the info line give. */
export const editorsNamed = (credited: readonly Editor[], info: readonly Editor[] = []): string[] =>
  [...credited, ...info].map(e => e.name)

/**
 * The info line's editors and the photographers the byline beside the headline credits (`文/张三 图/李四`), those
 * the credit lines do not name already.
 */
export function otherEditors (
  infoEditors: Editor[] | undefined, photographers: string[] | undefined, credited: Editor[]
): Editor[] {
  const shot = (photographers ?? []).map((name): Editor => ({ role: 'photographer', name }))
  return [...infoEditors ?? [], ...shot].filter(e => !credited.some(c => c.name === e.name))
}

/**
 * A forum or CMS package's credit in the author tag (`<meta name="author" content="Discuz! Team and Comsenz UI
 * Team">` on every Discuz! page): the software's, no writer of the page (data/author-validation.json `software`).
 */
const SOFTWARE_CREDIT = new RegExp(loadData<{ software: Array<{ text: string }> }>('author-validation.json').software
  .map(e => escapeRegExp(e.text)).join('|'), 'i')

/**
 * The schema.org types of a member's post on a forum or a social site (`DiscussionForumPosting`, Google's type for a
 * thread's first post), whose author is the member who posted it: a user name there is the writer's name as the site
 * shows it (`tudou_in_berlin`, a Reddit post's: zh-blogs b415 of session 53's unseen round), not a CMS account's.
 */
const POSTING_TYPES = /^(?:DiscussionForumPosting|SocialMediaPosting)$/
/** A member's user name: a letter, then letters, digits, `_`, `-` or `.` (`tudou_in_berlin`, `maibao`). */
const MEMBER_NAME = /^[A-Za-z][A-Za-z0-9_.-]{2,30}$/

/** The names of the markup (JSON-LD, `<meta>`), each a byline string; organizations that are the site left out. */
function markupAuthors (page: Page, notOrg: (a: string) => boolean): { fromLd: string[], fromMeta: string[] } {
  const { article, meta, siteName } = page
  // (a JSON-LD `Person` typed author is no better: CMSs type the site's own account as a Person)
  const posting = POSTING_TYPES.test(str(article?.['@type']) ?? '')
  const fromLd = namesOf(article?.author, siteName).concat(namesOf(article?.creator, siteName))
    .map(cleanAuthor).filter(a => isNameList(a) || (posting && MEMBER_NAME.test(a))).filter(notOrg)
  // scholarly pages list every author in `citation_author` (Highwire / Google Scholar tags), often `Last, First`
  const citedRaw = meta.get('citation_author') ?? meta.get('citation_authors') ?? meta.get('dc.creator') ?? []
  const cited = citedRaw.map(uninvert)
  const allCited = cited.length > 1 ? cited.join('; ') : undefined
  const twitter = /^written by$/i.test(metaValue(meta, 'twitter:label1') ?? '') ? metaValue(meta, 'twitter:data1') : undefined
  const keys = ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl']
  const platform = POWERED_BY.exec(page.docTitle)?.[1].trim().toLowerCase()
  const fromMeta = [allCited, ...keys.map(k => metaValue(meta, k)), twitter, cited[0]]
    .filter((x): x is string => x !== undefined && !isUrl(x) && !SOFTWARE_CREDIT.test(x) &&
      x.trim().toLowerCase() !== platform)
    .map(x => (HAN.test(page.docTitle) ? displayNameBeside(page.$, x.trim()) : undefined) ?? x)
    .map(cleanAuthor).map(withoutRomanized).filter(isNameList).filter(notOrg)
  return { fromLd, fromMeta }
}

/**
 * The platform a `<title>` credits at its end (`… : 小咪的竹塹日常 Powered by LIME BLOG`, a Taiwan blog host in the LINE
 * BLOG manner whose `<meta name="author">` holds the platform's name: zh-blogs b516 of session 60's second unseen
 * round): the software's or host's name, no writer's.
 */
const POWERED_BY = /\bpowered\s+by\s+([^|｜_\-–—]{2,40})$/i

/**
 * An author tag that names one Chinese writer twice, in Han and in the lower-case romanization of a login (`<meta
 * name="author" content="阿木,amu">`, a personal blog: zh-blogs b291 of session 45's unseen round): the Han name alone. A
 * lower-case word of pinyin syllables beside a Han name is no second person (a name in Latin letters is capitalized).
 */
function withoutRomanized (names: string): string {
  const parts = names.split(/\s*[,，;；]\s*/u)
  if (parts.length < 2 || !parts.some(p => HAN.test(p))) return names
  const kept = parts.filter(p => !(/^[a-z]+$/.test(p) && isPinyinWord(p)))
  return kept.length === parts.length ? names : kept.join(', ')
}

/** Names split on the separators a byline joins them with. */
const splitByline = (xs: string[]): string[] => xs.flatMap(x => x.split(/\s*(?:,|;|&|\band\b)\s*/)).filter(x => x !== '')

/** An account's login: one lower-case word of letters and digits (`alan`, `xiaolu_hz`), no name's capital. */
const LOGIN = /^[a-z][a-z0-9_]*$/

/** Longest author string kept, in characters. */
const MAX_AUTHOR = 120

/** Authors: people first; an author that is the site or its publisher is an organisation, not a byline. */
/** Whether the byline a reader sees (`shown`) names the writers where the markup's names (`markup`) do not. */
function bylineOverMarkup (markup: string[], shown: string[], orgs: string[]): boolean {
  if (shown.length === 0) return false
  // markup that names the site itself (`Cleveland Clinic`, `One Tree Planted`) is the CMS default: a different
  // name in the visible byline is the writer
  const isSite = (a: string): boolean => orgs.some(o => sameName(a, o))
  const startsWithSite = (a: string): boolean => orgs.some(o => a.toLowerCase().startsWith(o.toLowerCase()))
  if (markup.every(isSite) && !shown.some(startsWithSite)) return true
  // nor is an office, a company or a site by its Chinese ending (`嘉南自由軟體推廣站` in PHP-Nuke's `<meta name="AUTHOR">`,
  // the site's name it writes on every page: zh-blogs b473 of session 58's unseen round), which the metadata stage
  // takes as the source and no writer, beside a byline a reader sees that names a person
  const office = (a: string): boolean => HAN.test(a) && isChineseOrganization(a)
  if (markup.every(office) && !shown.some(office)) return true
  // an English edition of a Chinese site names its web editor in Chinese in the markup (`<meta name="author"
  // content="刘静">`) beside the byline a reader sees in English (`By SHEN YUHAN and WU JIANHUA in Hangzhou`)
  if (markup.every(a => HAN.test(a)) && !shown.some(b => HAN.test(b))) return true
  // a Chinese blog's author tag gives the account's login (`<meta name="author" content="alan">`) beside the display
  // name its post label shows (`[ 2010/05/07 21:14 | by 阿澜 ]`: zh-blogs b296 of session 45's second wave): the name
  if (markup.every(a => LOGIN.test(a)) && shown.some(b => HAN.test(b))) return true
  // one name in the markup, the byline a reader sees lists it with co-authors (`Rui Ma, Heba Ledwon & Suparn Patra`)
  return markup.length === 1 && splitByline(markup).length === 1 && shown.length === 1 &&
    splitByline(shown).length > 1 && splitByline(shown).some(b => sameName(b, markup[0]))
}

/** A team's name (`nodecn team`, `The Acme Team`, `编辑团队`): a site's or a desk's, no writer's. */
const TEAM_NAME = /\bteam$|团队$|團隊$/iu

export function authorHints (page: Page, letters: Letters): string[] {
  const orgs = [page.siteName, publisherName(page.article), docTitleSite(page.docTitle)]
    .filter((x): x is string => x !== undefined)
  // a site named after a person (a personal blog: `Thoughts on Zig | Sam Bossley`) is no organisation
  // the site under another form is the site too: `Flatworld Solutions Editorial Team` on Flatworld Solutions,
  // `GitHub` on GitHub Resources
  // a Chinese paper's or site's name in the markup (`<meta name="author" content="联合早报">`) is the publisher's default
  // nor, on a Chinese page, is a team (`<meta name="author" content="nodecn team">` over a community's every page:
  // zh-blogs b429 of session 54's unseen round; an English page's `ACO Rankings Team` signs its piece, as WCXB's truths
  // take it)
  const chinese = HAN.test(page.docTitle)
  const notOrg = (a: string): boolean => (!orgs.some(o => siteLike(a, o)) || personLike(a)) &&
    !(HAN.test(a) && endsLikeOrg(a)) && !(chinese && TEAM_NAME.test(a))
  const { fromLd, fromMeta } = markupAuthors(page, notOrg)
  // The site or publisher is the author when the page SAYS so where a reader sees the byline (`Supermove
  // February 8, 2022 • 10 mins read` in the author block): a company blog signed by the company. Named only in
  // the markup, it is the site's default, not a byline.
  const shown = bylines(page.$, letters, page.docTitle, page.host)
  const signed = (a: string): boolean => shown.some(b => sameName(a, b))
  const fromLdSigned = fromLd.length > 0
    ? fromLd
    : namesOf(page.article?.author, undefined).map(cleanAuthor).filter(isNameList).filter(signed)
  let list = fromLdSigned.length > 0 ? fromLdSigned : fromMeta.length > 0 ? [fromMeta[0]] : shown
  if (list !== shown && bylineOverMarkup(list, shown, orgs)) list = shown
  if (list !== shown) list = shownWriter(page, letters, list, shown) ?? list
  if (list !== shown && list.length > 1 && list.length <= PHOTO_CHECKED_NAMES) {
    list = withoutShownPhotographers(page, list)
  }
  return [...new Set(list.map(a => normalizeLine(a)).filter(a => a !== '' && a.length < MAX_AUTHOR))]
}

/** A member's login as an author slot holds it (`huei0718`): a letter, then letters, digits, `_`, `.` or `-`. */
const LOGIN_ID = /^[A-Za-z][A-Za-z0-9_.-]{2,19}$/

/**
 * The display name a Chinese page shows for the login the markup holds: right before it, the login in brackets in an
 * element of its own (`<p class="nick">西螺阿慧</p><p class="bid">(huei0718)</p>` in a hosted blog's profile box under
 * `<meta name="author" content="huei0718">`: zh-blogs b580 of session 62's second unseen round), or as the text of a
 * link to the login's own page (`<a href="index.php?job=member&seekname=admin"><strong>洛邑布衣</strong></a>` on the
 * owner's reply under an F2Blog post whose byline and meta say `admin`: zh-blogs b589 of session 63's unseen round):
 * the name the page knows its writer by. Undefined for any other name, or when the page shows no such pair.
 */
function displayNameBeside ($: CheerioAPI, login: string): string | undefined {
  if (!LOGIN_ID.test(login)) return undefined
  const body = $('body')[0]
  if (body === undefined || !isElement(body)) return undefined
  const bracketed = new Set([`(${login})`, `（${login}）`])
  const ownPage = new RegExp(`[?&;](?:amp;)?[A-Za-z_]*=${escapeRegExp(login)}(?:[&#]|$)`)
  let linked: string | undefined
  for (const el of bodyElements(body)) {
    if (linked === undefined && el.name === 'a' && ownPage.test(attr(el, 'href'))) linked = displayedName(el, login)
    const only = el.children.length === 1 ? el.children[0] : undefined
    if (only === undefined || !isText(only) || !bracketed.has(only.data.trim())) continue
    let prev = el.prev
    while (prev !== null && isText(prev) && prev.data.trim() === '') prev = prev.prev
    const name = prev !== null && isElement(prev) ? normalizeLine(textOf(prev)) : ''
    return HAN.test(name) && isScreenName(name) ? name : undefined
  }
  return linked
}

/** A link's text as a Han screen name other than the login it links (`洛邑布衣` for `…seekname=admin`), else undefined. */
function displayedName (a: Element, login: string): string | undefined {
  const name = normalizeLine(textOf(a))
  return name !== login && HAN.test(name) && isScreenName(name) ? name : undefined
}

/** Most markup names checked against the page's photo credits (each a pattern over the page's text). */
const PHOTO_CHECKED_NAMES = 8

/**
 * The markup's people without those the page credits as photographers only (JSON-LD's `author` listing both people of
 * `記者蘇怡潔、攝影記者林育廷／台北報導`: zh-news n115 of session 36's unseen round): a photographer's role right before the
 * name (`攝影記者林育廷`, `摄影：李四`), and no reporter's or writer's. Asked only of a markup that names several
 * Chinese names; the page's text is read once.
 */
function withoutShownPhotographers (page: Page, list: string[]): string[] {
  const han = list.filter(a => /^[\p{Script=Han}·]{2,4}$/u.test(a.trim()))
  const body = page.$('body')[0]
  if (han.length < 2 || body === undefined) return list
  const text = normalizeLine(readableText(body))
  const shot = han.filter(a => {
    const name = escapeRegExp(a.trim())
    return new RegExp(`${ZH_PHOTO_ROLE}\\s*[:：]?\\s*${name}`, 'u').test(text) &&
      !new RegExp(`(?<!${ZH_PHOTO_ROLE})(?:${ZH_CREDIT_ROLE}|文)\\s*[:：/／]?\\s*${name}`, 'u').test(text)
  })
  return shot.length === 0 || shot.length === list.length ? list : list.filter(a => !shot.includes(a))
}

/**
 * The writer, when the markup names only people the page never shows while its bylines name another person in two
 * places (the byline and the author box): the markup's name is then the CMS account that posted the page (`<meta
 * name=author>`, Yoast's `Written by` for twitter). Undefined otherwise; asked only when the first byline found
 * names someone the markup does not.
 */
function shownWriter (page: Page, letters: Letters, markup: string[], shown: string[]): [string] | undefined {
  const named = splitByline(markup)
  if (named.length === 0 || shown.length === 0 || named.some(a => shown.some(b => samePerson(a, b)))) return undefined
  // the page's text once (one walk), before the byline readers (a walk each): most markup names are shown
  const body = page.$('body')[0]
  if (body === undefined) return undefined
  const text = normalizeLine(readableText(body)).toLowerCase()
  if (named.some(a => text.includes(a.toLowerCase()))) return undefined
  const writer = twiceShownWriter(page.$, letters, page.docTitle)
  return writer === undefined || named.some(a => samePerson(a, writer)) ? undefined : [writer]
}

/**
 * Two writings of one person's name: the same first and last word (`Jeff T. Kaufman`, `Jeff Kaufman`), or one the
 * other's first words (`Linda Rosencrance Contributing Writer`).
 */
function samePerson (a: string, b: string): boolean {
  if (sameName(a, b)) return true
  const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter(w => w !== '')
  const x = words(a)
  const y = words(b)
  if (x.length < 2 || y.length < 2) return false
  // a byline with the writer's role after the name (`Jack Beresford Senior Life and Trends Reporter`)
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  return short.every((w, i) => long[i] === w) || (x[0] === y[0] && x[x.length - 1] === y[y.length - 1])
}

/** The person a byline reader names first: its first part (`Charles Patterson , WCI Columnist`), a person's name. */
function firstPerson (raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined
  const first = bylinePart(raw.split(/\s*[,;|•·]\s*/)[0] ?? '')
  return bylineName(first) ? first : undefined
}

/** Fewest byline readers that must name one person for that person to outrank markup the page never shows. */
const WRITER_VOTES = 2

/**
 * The person at least two of the byline readers name (`itemprop`/`rel=author`, an author page's link, a byline
 * class, a `By` line, the date line, the author box): a writer the page shows in two places, not one reader's
 * chance find (a reviewer's line, another story's card).
 */
function twiceShownWriter ($: CheerioAPI, letters: Letters, docTitle: string): string | undefined {
  const found = [
    markedAuthors($)[0], linkedAuthors($), classByline($, letters, docTitle), labelledByline($, letters, docTitle),
    dateLineName($, letters), authorBoxName($, letters)
  ].map(firstPerson)
  return found.find(name => name !== undefined &&
    found.filter(other => other !== undefined && samePerson(name, other)).length >= WRITER_VOTES)
}

/** `Kaufman, Jeff T.` -> `Jeff T. Kaufman`: a bibliographic name in reading order; anything else as it is. */
function uninvert (name: string): string {
  const m = /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?),\s*(\p{Lu}[\p{L}'’-]*\.?(?:\s\p{Lu}[\p{L}'’-]*\.?){0,2})$/u.exec(name.trim())
  return m === null ? name.trim() : `${m[2]} ${m[1]}`
}

// A capitalized name word: `Larsen`, `McCravy`, `MacDonald`, `O'Riordan`, `Munoz-Mantilla` (not `GitHub`).
const NAME_WORD = /^(?:(?:Mc|Mac|O['’]|D['’])?\p{Lu}[\p{Ll}'’]+)(?:-(?:Mc|Mac)?\p{Lu}[\p{Ll}'’]+)*$/u

/** Two or three capitalized words, none of them an organisation word: a person's name (`Kristian Larsen`). */
function personLike (s: string): boolean {
  const words = s.split(/\s+/)
  return words.length >= 2 && words.length <= 3 && words.every(w => NAME_WORD.test(w)) && !hasOrgWord(s) && !/^(?:The|Our|My|Your)\s/.test(s)
}

/** `a` is the site `o`, or the site's name with words added (`<Site> Editorial Team`), or its first words. */
function siteLike (a: string, o: string): boolean {
  if (sameName(a, o)) return true
  const x = a.toLowerCase()
  const y = o.toLowerCase()
  return (x.startsWith(y + ' ') || y.startsWith(x + ' ')) && Math.min(x.length, y.length) >= 4
}
