/**
 * Bylines (`bylines`): `itemprop`/`rel=author` marks, author links, hCards, byline-classed elements,
 * `By X` and labelled lines, Chinese `由…发表` lines, the date line under the headline and author boxes.
 */
import type { CheerioAPI } from 'cheerio'
import { isText } from 'domhandler'
import { attr, breaksLine, descendants, elementsOf, isElement, leadsNowhere, type Element } from '../dom.js'
import { hasOrgWord } from '../../../text/fields.js'
import { PROFILE_DATE } from '../../../text/other-dates.js'
import { inDatedTeaserItem, inTeaserItem } from '../teaser-item.js'
import { YEAR } from '../script-dates.js'
import { holdsInvisible } from '../../../text/normalize.js'
import { normalizeLine } from '../short-text.js'
import { isMemberPage, isOnlyPosterLink } from '../members.js'
import { inReplyBox } from '../discussion.js'
import { isInside, longerThan, rawSpacedText, spacedText, type Letters } from './dom-helpers.js'
import { bodyElements } from './page-cache.js'
import { inMenu, inSkipped } from './regions.js'
import { belowTeaserHeading } from './teasers.js'
import { AUTHOR_BOX_SELECTOR, AUTHOR_WORD, BYLINE_SELECTOR, HCARD_SELECTOR } from './tags.js'
import { AUTHOR_SLUG, AUTHOR_URL, MARKERS, NOT_NAME, cleanAuthor, isNameList, wordsRe } from './names.js'
import {
  UI_WORD, anchoredPoster, badgedPoster, brLines, footerPoster, idLinkedPoster, inLastActivity, isScreenName,
  labelledScreenName, memberOfAction, ownerName, panelPoster, posterLink
} from './posters.js'
import { NEAR_DATE } from './dates.js'

const PARTICLE = new RegExp(`^(?:${wordsRe(MARKERS.nameParticles.map(p => p.word))})$`)

/** `/authors/juliette-carreiro/` -> `Juliette Carreiro`; ids, single words and user names give nothing. */
function slugName (href: string): string | undefined {
  const m = AUTHOR_SLUG.exec(href)
  if (m === null) return undefined
  return m[1].split('-').map(w => PARTICLE.test(w) ? w : w[0].toUpperCase() + w.slice(1)).join(' ')
}

const BYLINE_CLASS = new RegExp(`${AUTHOR_WORD}|byline|by-line|writer|contributor|posted-?by|reporter|journalist`, 'i')
/** Longest byline-classed element read, in characters: a name, a date, a role. */
const BYLINE_CLASS_MAX = 160
// (`byline__category`: the section the article is filed in, a part of the byline block that names no writer; WeChat's
// `js_preview_reward_author`: the tip box under a post, `喜欢作者 赞赏`, zh-blogs b124 of session 38's unseen round)
const NOT_BYLINE_CLASS = /categor|avatar|image|img|photo|pic|thumb|bio|desc|about|testimonial|comment|social|share|follow|quote|widget|related|tooltip|popup|modal|reward|donat/i

/**
 * People named on the page when no markup carries them: `itemprop=author` (its `name`), `rel=author` links,
 * elements whose class or id says author/byline/writer/contributor, `By X` lines and `Written by` labels followed
 * by the name. Comment, testimonial and related sections are not looked at.
 */
export function bylines ($: CheerioAPI, letters: Letters, docTitle: string, host?: string): string[] {
  const marked = markedAuthors($)
  if (marked.length > 0) return marked
  const linked = linkedAuthors($)
  if (linked !== undefined) return [linked]
  const hCard = hCardAuthor($)
  if (hCard !== undefined) return [hCard]
  const found = classByline($, letters, docTitle) ?? labelledByline($, letters, docTitle) ??
    postedByHan($, letters, docTitle) ??
    dateLineName($, letters) ?? authorBoxName($, letters) ?? labelledScreenName($) ?? idLinkedPoster($, host) ??
    badgedPoster($) ?? footerPoster($) ?? posterLink($, host) ?? panelPoster($, letters) ?? anchoredPoster($) ??
    ownerName($, docTitle)
  return found === undefined ? [] : [found]
}

/** An hCard's class saying it is the entry's author (`author`, `post-author`, `entry-author`; not `comment-author`). */
const HCARD_AUTHOR = /^(?:(?:post|entry|article)-)?author$/
/** Most elements of an hCard searched for its `fn`: a name, a link, an avatar. */
const HCARD_PARTS = 12

/**
 * The entry's author as the hAtom microformat marks it: an hCard whose own class says author, its formatted name
 * (`<span class="post-author vcard">张贴者： <span class="fn">柏舟</span></span>`, Blogger; `<span class="author vcard"><a
 * class="url fn n">…</a></span>`, WordPress themes). Blogger prints it in the post's footer, which the other readers
 * skip as a site's: inside the entry (`hentry`) that footer is the post's own. Not in a comment thread or a best
 * answer (`comment-author vcard` is no author's class either).
 */
function hCardAuthor ($: CheerioAPI): string | undefined {
  for (const el of $(HCARD_SELECTOR)) {
    if (!isElement(el) || !classTokens(el).some(c => HCARD_AUTHOR.test(c)) || inReplyBox(el)) continue
    if (inSkipped(el) && !inEntry(el)) continue
    const fn = [el, ...descendants(el, HCARD_PARTS)].find(e => classTokens(e).includes('fn'))
    const name = fn === undefined ? undefined : nameOf(spacedText(fn))
    if (name !== undefined) return name
  }
  return undefined
}

const classTokens = (el: Element): string[] => (el.attribs.class ?? '').toLowerCase().split(/\s+/)

/** Whether `el` stands inside an hAtom entry (`class="post hentry"`). */
function inEntry (el: Element): boolean {
  for (let p = el.parent; p !== null && isElement(p); p = p.parent) if (classTokens(p).includes('hentry')) return true
  return false
}

/** A cleaned byline when it can be names, else undefined. */
function nameOf (raw: string): string | undefined {
  const s = cleanAuthor(raw)
  return isNameList(s) ? s : undefined
}

/** Most `rel=author` links read as a byline's names (more are a list of writers, not this article's). */
const MAX_REL_AUTHORS = 4
/** Most author links joined into one byline. */
const MAX_LINKED_AUTHORS = 8

/** `itemprop=author` (its `name`), else the names of `rel=author` links. */
export function markedAuthors ($: CheerioAPI): string[] {
  const itemprop = $('[itemprop~="author"]').toArray().filter(isElement).find(el => !inSkipped(el))
  if (itemprop !== undefined) {
    const name = $(itemprop).find('[itemprop="name"]').first()
    const raw = name.length > 0
      ? (name.attr('content') ?? spacedText(name[0]))
      : (attr(itemprop, 'content') || spacedText(itemprop))
    const v = shownPersonName($, itemprop) ?? nameOf(raw)
    if (v !== undefined) return [v]
  }
  const rel = $('a[rel~="author"]').toArray().filter(isElement).filter(a => !inSkipped(a))
    .map(a => nameOf(memberOfAction(spacedText(a))))
  return [...new Set(rel.filter((x): x is string => x !== undefined))].slice(0, MAX_REL_AUTHORS)
}

/** The path of a link or a Person's `url` (`/user/xiaoyu-dev`, `https://forum.…/user/xiaoyu-dev/`), or undefined. */
function linkPath (href: string): string | undefined {
  try {
    return new URL(href, 'http://page.invalid/').pathname.replace(/\/+$/, '')
  } catch {
    return undefined
  }
}

/** A path segment with its percent-escapes read (`%E5%B0%8F` -> `小`), or as it is when they are malformed. */
function safeDecode (segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * The name a schema.org Person's profile link shows, where the page links it: a forum's microdata names the member's
 * login (`<meta itemprop="name" content="xiaoyu-dev">`, `<meta itemprop="url" content="/user/xiaoyu-dev">`) while the
 * post's header shows the member's display name on the link to that address (`<a href="…/user/xiaoyu-dev">小鱼做游戏</a>`,
 * NodeBB 3's Harmony theme: zh-blogs b454 of session 56's unseen round), the name the page's readers know. The first
 * such link with text and no avatar, outside comments and sidebars; undefined when the Person states no address or
 * none links it.
 */
function shownPersonName ($: CheerioAPI, person: Element): string | undefined {
  const url = $(person).find('[itemprop="url"]').first()
  const path = url.length === 0 ? undefined : linkPath(url.attr('content') ?? url.attr('href') ?? '')
  if (path === undefined || path === '') return undefined
  // a link to the address ends with its last segment, as written or percent-encoded: only such links are parsed
  const last = path.slice(path.lastIndexOf('/') + 1)
  const shown = safeDecode(last)
  for (const a of $('body a[href]')) {
    if (!isElement(a)) continue
    const href = attr(a, 'href')
    if (!href.includes(last) && !href.includes(shown)) continue
    if (linkPath(href) !== path || inSkipped(a)) continue
    // an avatar's link says its status (`<span class="visually-hidden">离线</span>`), not the name
    if ($(a).find('img').length > 0) continue
    const text = spacedText(a)
    if (text !== '') return nameOf(text)
  }
  return undefined
}

const MORE_BY = /^(?:(?:all|more|other|latest|view|see)\s+)?(?:articles|posts|stories|more)\s+(?:by|from)\b/i

/** The name an author link gives: its text, or for `Articles by Juliette` the name in its address. */
function linkName (a: Element): string | undefined {
  const text = spacedText(a)
  // an image link says nothing
  if (text === '') return undefined
  return MORE_BY.test(text) ? slugName(attr(a, 'href')) : nameOf(memberOfAction(text))
}

/**
 * The first link to an author's page (`/author/heba/`, `/authors/jane-doe`): its text names the authors (later
 * ones are reviewers, editors, other stories' writers), with the author links that follow it in the same line
 * (`Rui Ma, Heba Ledwon & Suparn Patra`, each a link), joined as they are read.
 */
export function linkedAuthors ($: CheerioAPI): string | undefined {
  const links = $('a[href]').toArray().filter(isElement)
    // a board's `?author=yangcheng` on its 只看该作者 link is a filter of the thread, not the writer's page
    .filter(a => AUTHOR_URL.test(attr(a, 'href')) && !inSkipped(a) && !inMenu(a) && !isOnlyPosterLink(a))
  const first = links.find(a => linkName(a) !== undefined)
  if (first === undefined) return undefined
  const group = [first]
  // the next author links, as long as only separators (`,`, `&`, `and`, Chinese `、` `，` `及` `和` `與`) stand between them
  // (`| Fact-checked by Frank Bass` ends the byline; `<a>維港誌記者 鄧靜嵐</a>、<a>實習記者 吳卓謙</a>`, a Hong Kong
  // outlet's two writers: zh-news n427 of session 55's unseen round)
  for (let n = first.next; n !== null; n = n.next) {
    const between = isText(n) || (isElement(n) && n.tagName !== 'a')
    if (between && /^[\s,;&、，]*(?:(?:and|及|和|與|与)\s*)?$/i.test(spacedText(n))) continue
    if (isElement(n) && n.tagName === 'a' && links.includes(n)) group.push(n)
    else break
  }
  // `<a href="/news/author/1">聯合報</a> / 記者張三／台北即時報導`: the link names the paper, the reporter follows it
  // in the line; the whole line goes on, and the metadata stage reads the reporter out of it (the medium left out)
  const line = first.parent !== null && isElement(first.parent) ? spacedText(first.parent) : ''
  if (line.length <= REPORT_LINE_MAX && REPORT_AFTER_LINK.test(line)) return line
  const names = group.map(linkName).filter((x): x is string => x !== undefined)
  return [...new Set(names)].slice(0, MAX_LINKED_AUTHORS).join(', ')
}
/** A Chinese report byline (`記者張三／台北即時報導`): a reporter's role, a name, a slash, a place and a report kind. */
const REPORT_AFTER_LINK = /(?:記者|记者)\s*[\p{Script=Han}·]{2,6}\s*[／/╱∕]\s*[\p{Script=Han}]{0,8}(?:報導|报道)/u
/** Longest byline line read whole for its reporter, in characters. */
const REPORT_LINE_MAX = 80

/** An e-mail address in a byline's text. */
const EMAIL_ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g

/** The first short element whose class or id says author/byline/writer/contributor, read as names. */

export function classByline ($: CheerioAPI, letters: Letters, docTitle: string): string | undefined {
  // a card's kind, counted once a page when a card is asked: a thread's poster cells repeat theirs (`td.postauthor`)
  let counts: Map<string, number> | undefined
  const repeated = (el: Element): boolean => {
    counts ??= kindCounts($)
    return (counts.get(boxKind(el)) ?? 0) > 1
  }
  // a loop, not `.each` with a closure made per page (V8 would compile that closure again after every full collection)
  for (const el of $('body [class], body [id]')) {
    if (!isElement(el)) continue
    const cls = attr(el, 'class') + ' ' + attr(el, 'id')
    const byline = BYLINE_CLASS.test(cls) && !NOT_BYLINE_CLASS.test(cls) && !BIO_CLASS.test(cls) &&
      !RANK_CLASS.test(cls)
    if (!byline || longerThan(letters, el, BYLINE_CLASS_MAX) || inSkipped(el)) continue
    if (namesNoWriter(el, docTitle)) continue
    // a reporter's e-mail address after the name (`金秀妍 记者 ksy@hanhuatimes.co.kr`, a Seoul Chinese daily's byline:
    // zh-news n377 of session 48's unseen round) is contact, no part of a name
    const text = normalizeLine(withoutBio(el).replace(EMAIL_ADDRESS, ' '))
    // a profile panel's date line in the author's card (`<div class="lia-message-author-registration-date">注册时间:
    // 2014-05-20</div>`, Lithium: zh-blogs b392 of session 51's unseen round) names nobody, its label no name
    if (text === '' || text.length > BYLINE_CLASS_MAX || ZH_LABEL_ALONE.test(text) || profileDateLine(text)) continue
    // `Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group`: the date first, the name in a later part
    const found = (repeated(el) ? undefined : leadingLinkName(el)) ?? nameOf(text) ??
      text.split(/\s[|•⋅·●–—-]\s|[|•⋅·●]/).map(bylinePart).find(bylineName) ?? chineseScreenName(text)
    if (found !== undefined) return found
  }
  return undefined
}

/**
 * Whether text follows a link on its own line (`<a href="/news/author/2/1">聯合報</a> / 記者張三／台北即時報導`, UDN's
 * byline: the link is a part of the byline, the paper before its reporter); a card's name link stands alone in its
 * line.
 */
function textAfter (a: Element): boolean {
  for (let n = a.next; n !== null; n = n.next) {
    if (isText(n)) {
      if (n.data.trim() !== '') return true
      continue
    }
    return isElement(n) && !breaksLine(n.name)
  }
  return false
}

/** A box's kind: its tag and class (`div.post-author`), what a thread's repeated boxes share. */
const boxKind = (el: Element): string => `${el.tagName}.${(el.attribs.class ?? '').trim()}`

/** How many elements of the body are of each kind (`boxKind`). */
function kindCounts ($: CheerioAPI): Map<string, number> {
  const counts = new Map<string, number>()
  for (const el of $('body [class]')) {
    if (!isElement(el)) continue
    const kind = boxKind(el)
    counts.set(kind, (counts.get(kind) ?? 0) + 1)
  }
  return counts
}

/** Most elements of a byline-classed card read for the link its text opens with. */
const CARD_ELEMENTS = 24

/**
 * The name a byline-classed card opens with as its one link, where lines of the card follow (`<div
 * class="b_author_card"><a href="…/space/88103721@xingnar">橘子汽水wen</a><p class="info">长沙 · 上班族</p>`, a travel
 * site's author card: zh-blogs b626 of session 64's second unseen wave): the link's text, read as a name or a Chinese
 * screen name; the card's city and job no part of it. Undefined when the card holds other links (several writers) or
 * opens otherwise; never asked of a card whose kind (`boxKind`) other elements share (a thread's poster cells,
 * `td.postauthor` on every post: the writer is told by the thread's readers).
 */
function leadingLinkName (el: Element): string | undefined {
  const inside = descendants(el, CARD_ELEMENTS + 1)
  if (inside.length > CARD_ELEMENTS) return undefined
  // (a button's script link, `<a href="javascript:;">+ 关注</a>`, leads nowhere: no writer's)
  const leads = (e: Element): boolean => e.name === 'a' && !leadsNowhere(attr(e, 'href'))
  const links = inside.filter(e => leads(e) && normalizeLine(spacedText(e)) !== '')
  if (links.length !== 1 || textAfter(links[0])) return undefined
  const name = normalizeLine(spacedText(links[0]))
  if (name === normalizeLine(spacedText(el)) || !normalizeLine(spacedText(el)).startsWith(name)) return undefined
  return nameOf(name) ?? chineseScreenName(name)
}

/**
 * A byline-classed element that names no writer of the page: a teaser's, a last activity's, a menu's (`menuOfLinks`),
 * or a thread's link to the poster's posts alone (`<a class="only-author">只看TA</a>`: zh-blogs b289 of session 45's
 * unseen round; the poster is found by its id, `idLinkedPoster`).
 */
function namesNoWriter (el: Element, docTitle: string): boolean {
  return belowTeaserHeading(el, docTitle) || inTeaserItem(el) || isOnlyPosterLink(el) || inLastActivity(el) ||
    menuOfLinks(el)
}

/**
 * A menu classed a byline too (`<ul class="navigation byline"><li><a href="…/forum">所有討論</a></li>…<a>新增</a>`,
 * Ning 2.0's tab row above a discussion, whose real byline bears the same classes: zh-blogs b607 of session 63's
 * second unseen round): a menu, or an element in one, whose links lead to no member's or writer's page: no byline.
 */
function menuOfLinks (el: Element): boolean {
  if (!inMenu(el)) return false
  const links = elementsOf(el).filter(a => a.name === 'a' && attr(a, 'href') !== '')
  return links.length > 0 && !links.some(a => isMemberPage(attr(a, 'href')) || AUTHOR_URL.test(attr(a, 'href')))
}

/** A profile's date line (`注册时间: 2014-05-20`, `Joined 2019`): its word and a year; `registered dietitian` is none. */
const profileDateLine = (text: string): boolean => PROFILE_DATE.test(text) && YEAR.test(text)

/**
 * A member's rank, role or badge in the author's card (`<div class="lia-message-author-role">凯朗员工</div>`, a staff
 * reply's on a Lithium community: zh-blogs b392 of session 51's unseen round; `author-rank`, `user-level`): no name, a
 * class token of its own.
 */
const RANK_CLASS = /(?:^|[\s_-])(?:rank|role|badge|level|usergroup)(?:$|[\s_-])/i

/**
 * A writer's self-description beside the name in a byline element (`<a class="author-link">江小北</a><span class="bio">，
 * 在县城开咖啡馆</span>`, Zhihu; Jianshu's and Medium's `bio`, `intro`, `headline`; `sign`, a signature's short form in
 * CSS-module classes, `authorInfo_sign__3Yw0K` on Discuz! Q: zh-blogs b307 of session 46's unseen round): no part of
 * the name, nor a byline of its own.
 */
const BIO_CLASS = /(?:^|[\s_-])(?:bio|intro|description|desc|headline|tagline|motto|signature|sign)(?:$|[\s_-])/i

/** A byline element's text without its writer's self-description (`BIO_CLASS`) and the comma before it. */
function withoutBio (el: Element): string {
  const text = spacedText(el)
  const bios = elementsOf(el).filter(e => e !== el && BIO_CLASS.test(attr(e, 'class')))
  if (bios.length === 0) return text
  let out = text
  for (const bio of bios) out = out.replace(spacedText(bio), ' ')
  return normalizeLine(out).replace(/[\s,，、;；:：]+$/u, '')
}

/**
 * A writer's label alone in an element whose id or class says author: a column's heading (`<span id="author">作者</span>
 * 主題: …`, SMF 2's topic bar over the posters' column: zh-blogs b288 of session 45's unseen round), no name.
 */
const ZH_LABEL_ALONE = /^(?:作\s*者|發文者|发帖人|發帖人|楼主|樓主)\s*[:：]?$/u

/** A Chinese screen name standing alone in a byline element (`<a class="p_author_name">北方的狼2010</a>`). */
function chineseScreenName (text: string): string | undefined {
  return /\p{Script=Han}/u.test(text) && isScreenName(text) ? text : undefined
}

/** Longest element read as a labelled byline, in characters. */
const LABELLED_BYLINE_MAX = 120
const BY_LINE = new RegExp('^(?:(?:(?:written|posted|published|text|story|words)\\b[^|]{0,40}?\\s)?by:?\\s+' +
  '|(?:article|all (?:articles|posts)|more|this (?:post|article|story|guide) was written' +
  '|(?:last )?updated\\b[^|]{0,30}?\\s)\\s*by:?\\s*|(?:authors?|contributors?)\\s*:?\\s+)(.+)$', 'iu')
const BY_ALONE = /^(?:written by|author|authors|by|words by|posted by)\s*:?$/i
/**
 * A post label that gives the time, then the poster, in brackets (`[ 2010/05/07 21:14 | by 阿澜 ]`, Bo-Blog's default
 * skin: zh-blogs b296 of session 45's second wave): its `by` part is the byline.
 */
const TIME_THEN_BY = /^[[【]\s*[\d/.:\-\s]{6,24}[|｜]\s*(by\s.+?)\s*[\]】]$/i
const withoutTimeBeforeBy = (text: string): string => TIME_THEN_BY.exec(text)?.[1] ?? text
/**
 * A blog post's footer: the poster, then the post's time (`posted by 阿朱 at 10:31 PM | 阅读全文 | 评论(5)`, `posted by
 * 豆豆饭 @ 2008-04-12 21:23`), Blogger's and Blogbus's classic templates, the latter in a `<div class="menu">` (zh-blogs
 * b109 of session 37's unseen round): no site navigation, whatever its class says.
 */
const POST_FOOTER = new RegExp(
  '^posted by\\s+\\S[^|]{0,40}?\\s(?:at|@)\\s+(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}\\s+)?\\d{1,2}:\\d{2}', 'i')
const HAN_FIRST = /^\p{Script=Han}/u
/**
 * A word every match of `BY_LINE` or `BY_ALONE` holds (`by`, `author`, `contributor`; neither pattern folds another
 * character onto an ASCII letter), looked for in a text before it is normalized: normalizing only folds white space
 * and takes out invisible characters, never an ASCII letter, so letters next to each other in the line have only
 * other characters between them in the raw text. Most short elements hold none and are not normalized.
 */
const BY_WORD = /b[^a-z]*y|a[^a-z]*u[^a-z]*t[^a-z]*h[^a-z]*o[^a-z]*r|c[^a-z]*o[^a-z]*n[^a-z]*t[^a-z]*r[^a-z]*i[^a-z]*b[^a-z]*u[^a-z]*t[^a-z]*o[^a-z]*r/i
/**
 * The same words with nothing between the letters. A raw text that holds no character normalizing takes out
 * (`holdsInvisible`) keeps every two letters that stand together in its line together, so `BY_LINE` and `BY_ALONE`
 * can match its line only when it holds one of the words as it is. The texts this turns away that `BY_WORD` passes
 * (`Club year` holds `b y`) are ones neither pattern matches; `BY_WORD`, which backtracks at every `a`, `b` and `c`,
 * is asked only of a text that holds an invisible character.
 */
const BY_WORD_PLAIN = /by|author|contributor/i

/** Whether a raw text may hold a labelled byline once normalized: `BY_WORD`, asked in full only when it must be. */
const mayHoldByWord = (raw: string): boolean =>
  BY_WORD_PLAIN.test(raw) || (holdsInvisible(raw) && BY_WORD.test(raw))

/**
 * `By Jane Doe`, `Published August 7, 2023 by Jane Doe`, `Written by` + the name in the next element, `Article
 * byMatias Heikkilä` (a label glued to the name), `Last updated March 3, 2025 by Erik Demaine.`, `All articles by
 * Elliot Raba`, `This post was written by Danielle Padula, Head of Marketing`, `Author Lisa D. Ellis`,
 * `Contributors: Janet Loughrey`.
 */
/**
 * Whether what follows a byline's label (`rest`, the end of `text`) opens with a name. After `Author`/`Contributors`
 * a name has its capital (`Author names` is a list item); after `by` a user name may be a lower-case handle (`by
 * ibby`). (`/iu` folds case inside `\p{Lu}` too: the capital is checked on its own.) A Chinese page's poster after
 * `posted by` is a screen name in Han (`posted by 豆豆饭 @ 2008-04-12 21:23`), not in a list item that links another
 * page (`<li><a>春天到陽明山看海芋</a> by 花花世界</li>`: that post's writer).
 */
function namedAfterBy (rest: string, text: string, el: Element): boolean {
  const handle = /^[\p{Ll}\d_.]+$/u.test(rest) && /\bby:?\s*$/i.test(text.slice(0, text.length - rest.length))
  return /^\p{Lu}/u.test(rest) || handle || (HAN_FIRST.test(rest) && !inTeaserItem(el))
}

/**
 * A post's footer line after a `<br>` in a box of other lines (`Tag: 留学 | 分类：海德堡手记<br>posted by 林间 at 23:41 |
 * 评论(5)`, BlogBus's `p.postFoot`: zh-blogs b310 of session 46's unseen round): that line, or undefined.
 */
function footerLine (el: Element): string | undefined {
  if (!el.children.some(c => isElement(c) && c.name === 'br')) return undefined
  for (const line of brLines(el)) {
    const text = normalizeLine(line)
    if (POST_FOOTER.test(text)) return text
  }
  return undefined
}

export function labelledByline ($: CheerioAPI, letters: Letters, docTitle: string): string | undefined {
  // a loop, not `.each` with a closure made per page (V8 would compile that closure again after every full collection)
  for (const el of $(BYLINE_SELECTOR)) {
    if (!isElement(el) || longerThan(letters, el, LABELLED_BYLINE_MAX)) continue
    // every test below only passes the element by: the cheapest first (the walks up to its ancestors come last)
    const raw = rawSpacedText(el)
    if (!mayHoldByWord(raw)) continue
    const text = footerLine(el) ?? withoutTimeBeforeBy(normalizeLine(raw))
    if (text.length > LABELLED_BYLINE_MAX) continue
    const by = BY_LINE.exec(text)
    // a list item that links another post under its title, then `by NAME`: that post's writer (`<li><a>一個人的北海岸</a>
    // <span class="by">by Yuki</span></li>`, a blog's hot-posts box: zh-blogs b113 of session 38's unseen round)
    const named = by !== null && namedAfterBy(by[1], text, el) && !inDatedTeaserItem(el)
    // a wrapper of the line (a child with the same text) is left to that child; asked only of a line that is one
    if ((!named && !BY_ALONE.test(text)) || inSkipped(el) || (inMenu(el) && !POST_FOOTER.test(text)) ||
      belowTeaserHeading(el, docTitle) ||
      el.children.filter(isElement).some(c => spacedText(c) === text)) {
      continue
    }
    let found: string | undefined
    if (named) {
      found = nameOf(by[1])
    } else {
      const next = $(el).next()
      if (next.length > 0 && isElement(next[0])) found = nameOf(spacedText(next[0]))
    }
    if (found !== undefined) return found
  }
  return undefined
}

/**
 * The Chinese of a blog platform's `posted by X on …`: `由 阿哲 發表於 2008/10/12 (日) 21:36 | 分類：…` (LifeType's
 * zh_TW, zh-blogs b175 of session 40's unseen round), `由 X 发表于 …`, `由 X 张贴`: the line opens with 由, the name,
 * then the posting word; or phpBB 3's `由 阿松 » 2013年4月21日 22:14` (its `POST_BY_AUTHOR` in the Chinese language
 * packs, the name then `»` and the time: zh-blogs b238 of session 42's unseen round).
 */
const POSTED_BY_HAN = /^由\s*([^\s|｜:：»]{1,20}?)\s*(?:發表於|发表于|發佈於|发布于|發表|发表|張貼於|张贴于|張貼|张贴|»\s*\d)/u
/**
 * The same with `於` and the time after the name, the posting word last or none (`由 阿德 於 22:41 發表`, Pivot's zh_TW
 * entry footer: zh-blogs b635 of session 65's unseen round; `由 梁家豪 於 2013年 03月 14日(週四) 22:41`, Moodle's forum
 * post header in zh_tw: b632 of session 64's): the name set apart by spaces on both sides, no punctuation in it
 * (`由於座位有限，請於5月…` is `because`, a sentence).
 */
const POSTED_BY_HAN_AT = /^由\s+([^\s|｜:：»，。、；,]{1,20})\s+[於于]\s*\S{0,6}\d/u
/**
 * The same with the time first: `发表于 2008年6月12日 23:41 由 葛晓楠` (Community Server's Chinese post footer, zh-blogs b314 of
 * session 47's unseen round): the posting word and the time open the line, `由` and the name end it.
 */
const POSTED_BY_HAN_LAST = /^(?:發表於|发表于|發佈於|发布于|張貼於|张贴于)\s*[^由|｜]{4,30}?\d\s*由\s*([^\s|｜:：»]{1,20})\s*$/u

/**
 * The poster's label, the name and `於` the time (`張貼者 <a>阿貞老師</a> 於 21:37 | 迴響 (4)`, XOOPS 2's weblog module in
 * Traditional Chinese, after the post: zh-blogs b527 of session 61's unseen round; Blogger's zh-TW `張貼者： X 於 下午9:37`),
 * the colon there or not.
 */
const POSTER_AT = /^(?:張貼者|张贴者|發表者|发表者|發文者|发文者)\s*[:：]?\s*([^\s|｜:：»]{1,20}?)\s*(?:於|于)\s*\S{0,6}\d/u

const POSTED_BY_SELECTOR = `${BYLINE_SELECTOR}, body td`

/** The poster the first `由 X 發表於` line names, in the post's own line (not a teaser's, a menu's or a comment's). */
function postedByHan ($: CheerioAPI, letters: Letters, docTitle: string): string | undefined {
  // (a table layout's footer cell as well: XOOPS's `<td class="weblogFooter">`)
  for (const el of $(POSTED_BY_SELECTOR)) {
    if (!isElement(el) || longerThan(letters, el, LABELLED_BYLINE_MAX)) continue
    const raw = rawSpacedText(el)
    if (!raw.includes('由') && !raw.includes('者')) continue
    const text = normalizeLine(raw)
    const m = text.length <= LABELLED_BYLINE_MAX
      ? POSTED_BY_HAN.exec(text) ?? POSTED_BY_HAN_AT.exec(text) ?? POSTED_BY_HAN_LAST.exec(text) ?? POSTER_AT.exec(text)
      : null
    if (m === null || inSkipped(el) || inMenu(el) || inTeaserItem(el) || belowTeaserHeading(el, docTitle)) continue
    // a wrapper of the line is left to its child
    if (el.children.filter(isElement).some(c => spacedText(c) === text)) continue
    const name = nameOf(m[1])
    if (name !== undefined) return name
  }
  return undefined
}

/** A person's name as bylines write it: 2-4 capitalized words (particles and initials allowed), no UI word. */
export function bylineName (s: string): boolean {
  const words = s.split(/\s+/)
  if (words.length < 2 || words.length > 4 || hasOrgWord(s) || NOT_NAME.test(s)) return false
  return words.every(w => !UI_WORD.test(w) && (/^\p{Lu}[\p{Ll}'’-]+$/u.test(w) || /^\p{Lu}\.$/u.test(w) || PARTICLE.test(w))) &&
    /^\p{Lu}/u.test(words[words.length - 1])
}

/** A part of a byline line: separators, a `By` label and a trailing `in Category` / `on behalf of Team` off. */
export function bylinePart (p: string): string {
  return p.replace(/^[\s|•⋅·●,–—-]+|[\s|•⋅·●,–—-]+$/g, '').replace(/^by:?\s+/i, '').replace(/\s+(?:in|for|on behalf of)\s+\p{Lu}.*$/u, '').trim()
}

/**
 * The line under the headline that gives the date and the writer with no label: `Bence Kovács 02-12-2025`,
 * `2025-12-17·Trond Teigen`, `Dec 26, 2025 • Mahua Das in Project Management`, `Dec. 19, 2025 · Niko Matsakis on
 * behalf of Vision Doc group`, `Feb 6, 2025 By Jane Doe`. Only short elements among the
 * first ones after the `<h1>`; the part beside the date must read as a person's name.
 */
export function dateLineName ($: CheerioAPI, letters: Letters): string | undefined {
  const h1 = $('body h1').toArray().find(isElement)
  if (h1 === undefined) return undefined
  const all = bodyElements($('body')[0])
  const at = all.indexOf(h1)
  for (const el of all.slice(at + 1, at + 30)) {
    if (longerThan(letters, el, 80) || inSkipped(el)) continue
    const text = spacedText(el)
    if (text.length > 80 || el.children.filter(isElement).some(c => spacedText(c) === text)) continue
    const d = NEAR_DATE.exec(text) ?? /\b\d{1,2}-\d{1,2}-\d{4}\b/.exec(text)
    if (d === null) continue
    const parts = [text.slice(0, d.index), text.slice(d.index + d[0].length)]
      .map(bylinePart)
    const name = parts.find(bylineName)
    if (name !== undefined) return name
  }
  return undefined
}

/**
 * Author boxes other than the repeats of one kind: a thread prints a `div.post-author` over every post, and only the
 * first is the opening post's (`阿Ben槟城仔` there, a reply's `Auntie Lim` further down, a Tapatalk web view: zh-blogs
 * b344 of session 48's unseen round). A box of another kind (the byline box beside an avatar box) is read as before.
 */
function firstOfKind (boxes: readonly Element[]): Element[] {
  const seen = new Set<string>()
  return boxes.filter(box => {
    const kind = boxKind(box)
    if (seen.has(kind)) return false
    seen.add(kind)
    return true
  })
}

/** Ancestors of an avatar climbed to find the box it stands in (`img` in `a.avatar-wrap` in `div.post-author`). */
const AVATAR_BOX_LEVELS = 4

/** Whether an image stands in one of a thread's repeated author boxes (`firstOfKind`), a few levels up at most. */
function inRepeatedBox (img: Element, repeats: ReadonlySet<Element>): boolean {
  let p = img.parent
  for (let level = 0; level < AVATAR_BOX_LEVELS && p !== null && isElement(p); level++, p = p.parent) {
    if (repeats.has(p)) return true
  }
  return false
}

/**
 * The name heading an author box (`<div class="blog-author"><h4>Bence Kovács</h4><p>Bence is a developer...`) or
 * the alt text of the author's photo (`<img class="blog_author-image" alt="Lauren Vetter">`), when no byline says
 * who wrote the article.
 */
export function authorBoxName ($: CheerioAPI, letters: Letters): string | undefined {
  const all = $(AUTHOR_BOX_SELECTOR).toArray().filter(isElement).filter(el => !inSkipped(el) && !inMenu(el))
  const boxes = firstOfKind(all)
  const kept = new Set(boxes)
  const repeats = new Set(all.filter(b => !kept.has(b)))
  for (const box of boxes) {
    for (const el of elementsOf(box)) {
      if (longerThan(letters, el, 50) || !/^(?:h[2-6]|strong|b|span|div|p|a)$/.test(el.tagName) || el.children.filter(isElement).some(c => spacedText(c) === spacedText(el))) continue
      const text = spacedText(el)
      if (text.length <= 50 && bylineName(text)) return text
    }
  }
  for (const img of $('body img[alt]').toArray().filter(isElement)) {
    const inBox = /author|avatar/i.test(attr(img, 'class')) || boxes.some(b => b !== img && isInside(img, b))
    if (!inBox || inSkipped(img) || inRepeatedBox(img, repeats)) continue
    const alt = normalizeLine(attr(img, 'alt')).replace(/\s+(?:image|photo|picture|avatar|headshot|profile(?:\s+(?:picture|photo|image))?)$/i, '').replace(/^(?:photo|picture|image|avatar)\s+of\s+/i, '')
    if (bylineName(alt)) return alt
  }
  return undefined
}
