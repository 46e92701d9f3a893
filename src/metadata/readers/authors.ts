/**
 * The authors, read field by field: the names of the markup (`<meta name=author>`, JSON-LD, bylines the front end
 * read; kind `markup`) and the credits of the article's own text (info lines, bylines, datelines, credits at the
 * end of paragraphs). Every candidate is judged (./authors.ts: a person or a named byline, never markup, a
 * sentence, a rank or a site); a site, agency or office goes to `source`. The chooser takes the people of the
 * strongest evidence present (data/metadata-evidence.json).
 */
import { isAgency, splitNames, unfilledField, withoutAuthorLabel, withoutEditorCredits } from '../../text/fields.js'
import { isChineseOrganization } from '../../text/org-names.js'
import { normalizeLine } from '../../text/normalize.js'
import {
  isCmsAccount, isHostAccount, isLoginShaped, isPhrase, isSentence, judgeAuthor, MAX_AUTHORS, namesSite, reportByline,
  reportMedium
} from '../authors.js'
import { decodeEntities } from '../../text/entities.js'
import { loadData } from '../../data.js'
import { HAN } from '../../text/index.js'
import { chooseAll, type Proposal } from '../choose.js'
import { blogOwner, namedAfter, titleOwner, titleParts } from '../../text/title-owner.js'
import { ZH_PHOTO_ROLE } from '../../text/roles.js'
import { readZhByline } from '../../text/zh-byline.js'
import { isPinyinWord } from '../../text/pinyin.js'

export interface AuthorsInput {
  /** The front end's author strings. */
  markup: readonly string[]
  /** Author strings read from the blocks, with their evidence kind. */
  found: ReadonlyArray<Proposal<string>>
  /** Names the page shows as its editors: a markup author among them is the CMS account that posted the page. */
  editors: readonly string[]
  /**
   * Names the text credits as its photographers or camera operators: a markup author among them whom no credit of the
   * text names as a writer, while the text's credits name writers, shot the pictures.
   */
  cameras?: readonly string[]
  /** The dateline's agency: named again as a writer, it is the source. */
  agency: string | null
  siteName?: string
  /** The page's host (an archive's capture's original's): a login that is its own name is the site's account. */
  host?: string
  /**
   * The copyright footer's holder, standing for the site's name when the markup names none: on a personal blog it is
   * the blogger (`Copyright ©2015 梧桐听雨`), so it is no evidence against the markup's own author.
   */
  holder?: string
  /** The raw `<title>` and the chosen title: what the raw title says after the headline is the site's name. */
  pageTitle?: string
  title: string | null
  /**
   * The names the page gives as its source (the info line's `来源：`, the markup's): an office among them owns a login
   * that stands alone in an author slot.
   */
  sourceNames?: readonly string[]
}

/**
 * The site's name, unless it is a blog's name in its owner's form (`林间小溪的博客`, read from the heading above the
 * post): that names the writer, no site to judge the writer against.
 */
const siteOf = (input: AuthorsInput): string =>
  input.siteName !== undefined && blogOwner(input.siteName) === undefined && !onBlogHost(input.pageTitle)
    ? input.siteName
    : ''

/**
 * Whether the raw `<title>` ends with a Chinese blog host's name (`周末中文学校的第九个学期 - 北岸雨声 - 搜狐博客`, `… -
 * QQ空间`): the site is the host, and the space's own name, its heading's, is the blogger's screen name (a 搜狐博客
 * space named `北岸雨声` after its owner: zh-blogs b324 of session 47's second wave), no site to judge the writer by.
 */
function onBlogHost (pageTitle: string | undefined): boolean {
  const parts = titleParts(normalizeLine(decodeEntities(pageTitle ?? '')))
  return parts.length > 1 && BLOG_HOST.test(parts[parts.length - 1])
}
/** A Chinese blog host's name as a `<title>` ends with it (`搜狐博客`, `新浪博客`, `QQ空间`, `痞客邦 PIXNET 部落格`). */
const BLOG_HOST = /(?:博客|部落格|空间|空間)$/u

/** The names the page gives itself: the site name, and what the raw title says after the headline. */
function siteNames (input: AuthorsInput): string[] {
  const raw = normalizeLine(decodeEntities(input.pageTitle ?? ''))
  const titleSite = input.title !== null && raw.startsWith(input.title) ? raw.slice(input.title.length) : ''
  return [siteOf(input), titleSite].filter(x => x.trim() !== '')
}

/** A colon after a name, then a headline (six characters or more): `周赟：县城电影院回来了`, `Kelvin: 用 Excel 開 CSV`. */
const NAME_THEN_HEADLINE = /^\s*[:：]\s*\S.{5,}$/su

/** What glues a name to the host in one part of a `<title>` (`老猫不写bug_InfoQ写作平台`, `zhoujz_dba-ITBAR博客`). */
const GLUED_SEPARATORS = ['_', '-']

/**
 * What a markup name is judged against: the markup's site name, the `<title>`'s last part (the host), and every
 * other part of the `<title>` but one that is the name itself. A blog host's title names the blog after its writer
 * in a part of its own (`标题_林间小溪_新浪博客`): that part is the writer. A part that only holds the name is the
 * site under a longer name (`网易` in `标题_网易新闻中心`).
 */
function markupSites (input: AuthorsInput, name: string): string[] {
  const parts = titleParts(normalizeLine(decodeEntities(input.pageTitle ?? '')))
    .filter(p => input.title === null || !p.includes(input.title))
    // the name glued to the host by an underscore or a hyphen between Latin letters, which splits no part (`…_研发效能_
    // 老猫不写bug_InfoQ写作平台`, a writing platform's post: zh-blogs b456 of session 57's unseen round; `…-zhoujz_dba-
    // ITBAR博客`, a hosted tech blog: b553 of session 61's third): the name, then the host
    .flatMap(p => GLUED_SEPARATORS.some(sep => p.startsWith(name + sep)) && p.length > name.length + 1
      ? [name, p.slice(name.length + 1)]
      : [p])
    // the writer's name and a colon before the headline worded otherwise (`周赟：县城电影院回来了 观众还在吗_天浪专栏_…`,
    // a portal column's `<title>`: zh-blogs b505 of session 60's unseen round): the name, no site's
    .map(p => p.startsWith(name) && NAME_THEN_HEADLINE.test(p.slice(name.length)) ? name : p)
  const host = parts.length > 0 ? [parts[parts.length - 1]] : []
  // a site named after its writer (`聽嵐的山路札記` for 聽嵐) is a personal blog's name: no evidence against the writer
  return [siteOf(input), ...host, ...parts.slice(0, -1).filter(p => p !== name)]
    .filter(x => x !== '' && !namedAfter(x, name))
}

/**
 * The host whose own name a Chinese page's author slot may hold as the CMS's login (`作者：qlxww` on `www.qlxww.cn`);
 * none on other pages: an English blog signs with its own name (`whova`, `infuy` on WCXB, whose truth takes it).
 */
const loginHost = (input: AuthorsInput): string | undefined => HAN.test(input.title ?? '') ? input.host : undefined

/**
 * A labelled field's value without the host's own login among its names (`isHostAccount`), nor a CMS's administrator
 * account (`isCmsAccount`: `作者：wpsadmin`, WebSphere Portal's, on a city tax bureau's notice: zh-gov g297 of session
 * 60's second unseen round), on a Chinese page, as the markup's slots are read.
 */
function withoutHostAccount (value: string, host: string | undefined): string {
  if (host === undefined || !/[a-z]/.test(value)) return value
  const names = splitNames(value)
  const kept = names.filter(n => !isHostAccount(n, host) && !isCmsAccount(n))
  return kept.length === names.length ? value : kept.join(' ')
}

/**
 * Whether the page's labelled author fields (`Author: X` on info lines, one proposal per line) are the fields of a
 * listing's items: two or more lines that name nobody in common (`Author: H.G. Parry` under one book and `Author:
 * Heather Webber` under the next, `Authors: A` under each module of a release note). The page's own credit names its
 * writers once, or names the same writers again; items of a list each name their own. Such fields are no evidence
 * of who wrote the page.
 */
function listingFields (found: ReadonlyArray<Proposal<string>>): boolean {
  // each name, to the first field that names it; a field naming only names of one earlier field repeats it
  const fieldOf = new Map<string, number>()
  let fields = 0
  for (const p of found) {
    if (p.kind !== 'info-line') continue
    // a desk or an office (`作者：新闻部` on the info line, the reporter on a closing line) is no item's writer: neither
    // a name the judge makes a source nor one readAuthors sends to the sources as an organization (`作者：智能制造学院`
    // over a closing `（撰稿：数控教研室 刘思雨 …）`, zh-org o163 of session 50's unseen wave)
    // nor a CMS login (`作者：xwzx` on a county station's info line over a closing `撰稿：王晓赟`: zh-news n495 of
    // session 62's unseen round), nor a template's field left unfilled (`作者：$info.author` over a closing `供稿：…　韩喆`:
    // zh-gov g327 of its second round)
    // (only a person counts: `webmaster 於 星期二, 三月 16 2004 @ 11:42 上午 HKT`, Geeklog's byline its date unread, names
    // one account and words: zh-org o267 of the second round)
    const names = splitNames(p.value).filter(n => !isChineseOrganization(n) && judgeAuthor(n).kind === 'person' &&
      !isLoginShaped(n) && !isCmsAccount(n) && !unfilledField(n))
      .map(n => n.toLowerCase())
    const earlier = new Set(names.map(n => fieldOf.get(n)))
    if (names.length === 0 || (earlier.size === 1 && !earlier.has(undefined))) continue
    // a field sharing a name with another field, beside names of its own: one credit, written twice
    if ([...earlier].some(f => f !== undefined)) return false
    for (const n of names) fieldOf.set(n, fields)
    fields++
  }
  return fields >= LISTING_FIELDS
}
/** Labelled author fields naming nobody in common, from this many on, are a listing's. */
const LISTING_FIELDS = 2

/** The blog's owner a `<title>` part names (`张晓明的日志`): a `title-owner` candidate; none when no part does. */
function ownerProposal (pageTitle: string | undefined): Array<Proposal<string>> {
  const owner = pageTitle === undefined ? undefined : titleOwner(normalizeLine(decodeEntities(pageTitle)))
  return owner === undefined ? [] : [{ kind: 'title-owner', value: owner }]
}

/**
 * Candidates that may be a screen name (`梧桐听雨`): the markup's author slots, the owner a blog's title names, the
 * name an essay's sign-off gives (`阿Ben`) and a board's labelled thread starter or asker (`提问者：夜行的猫2008`).
 */
const SCREEN_NAME_KINDS = new Set(['markup', 'title-owner', 'sign-off', 'thread-starter'])

/**
 * A byline box's part that credits a photographer or a camera operator, the role before or after the name (`梁浩然
 * 攝影記者` beside `林卓賢 記者`, `摄影 李四`): no author of the text.
 */
const PHOTO_CREDIT_PART = new RegExp(`^(?:${ZH_PHOTO_ROLE}\\s*[:：/／]?\\s*[\\p{Script=Han}·]{2,6}|` +
  `[\\p{Script=Han}·]{2,6}\\s*${ZH_PHOTO_ROLE})$`, 'u')
const withoutPhotographers = (value: string): string =>
  value.split(/\s*[,，;；]\s*/u).filter(p => !PHOTO_CREDIT_PART.test(p.trim())).join(', ')

/** Each candidate name with its kind, markup first; the names of the markup split as their bylines are. */
function candidates (input: AuthorsInput): Array<Proposal<string>> {
  const editors = new Set(input.editors.map(e => e.toLowerCase()))
  // a sentence is judged whole, before its commas would cut it into name-sized parts
  // a Chinese byline the front end gave whole (`文/图：县融媒体中心　杨帆　陆晓雨`): its names, as the byline grammar reads them
  const markup = input.markup.filter(a => !isSentence(a)).map(withoutAuthorLabel).map(withoutPhotographers)
    .map(withoutEditorCredits)
    .map(a => readZhByline(a)?.names ?? a).filter(a => a !== '')
    .flatMap(a => reportByline(a, splitNames) ?? splitNames(a))
    .filter(a => !editors.has(a.toLowerCase()) && !isCmsAccount(a) && !isHostAccount(a, loginHost(input)))
    .map(value => ({ kind: 'markup', value }))
  // a labelled slot holding the site's own login (`作者：qlxww` on `www.qlxww.cn`) names no writer nor a listing's item
  const slotted = input.found
    .map(p => p.kind === 'info-line' ? { ...p, value: withoutHostAccount(p.value, loginHost(input)) } : p)
    .filter(p => p.value !== '')
  const listing = listingFields(slotted)
  const found = listing ? slotted.filter(p => p.kind !== 'info-line') : slotted
  const text = found.filter(p => !isSentence(p.value))
    .flatMap(p => splitNames(p.value).map(value => ({ kind: p.kind, value })))
  const cameras = input.cameras ?? []
  const office = (input.sourceNames ?? []).some(isChineseOrganization)
  const named = withoutLoginSlots([...markup, ...withoutEditorSlot(text, editors)], office)
  return [...withoutCameras(named.filter(p => p.kind === 'markup'), text, cameras),
    ...withoutCameras(named.filter(p => p.kind !== 'markup'), text, cameras), ...ownerProposal(input.pageTitle)]
}

/**
 * A login spelled as a Chinese name's pinyin in one lower-case word (`<meta name="author" content="zhouyue">`, the
 * account of the editor `编辑：周玥` on a national TV site whose opening names its reporters: zh-news n524 of session 64's
 * second unseen wave): no name's capital, no space, every part a pinyin syllable.
 */
const pinyinLogin = (value: string): boolean => /^[a-z]{4,}$/.test(value) && isPinyinWord(value)

/**
 * The candidates without an author slot (the markup's, an info line's `作者:`) that holds a CMS login, when a credit of
 * the text names a writer in Chinese characters: a county portal's SupeSite fills `作者: xcb_liu` with the publicity
 * desk's login (`xcb`, 宣传部) and the text credits `（文/刘赟　图/张海涛）` (zh-gov g292 of session 60's unseen round). A
 * login alone stays (a forum's poster is known by it), but beside an office the page names as its source (`office`:
 * `作者：sydwc_lu　来源：事业单位人事管理处` on a provincial personnel department's hiring notice, WebLogic Portal's
 * account: zh-gov g362 of session 65's second unseen round): the office's account, no writer.
 */
function withoutLoginSlots (names: Array<Proposal<string>>, office: boolean): Array<Proposal<string>> {
  const slot = (p: Proposal<string>): boolean =>
    (p.kind === 'markup' || p.kind === 'info-line') && (isLoginShaped(p.value) || pinyinLogin(p.value))
  // (an info line's Han name is such a credit: `撰稿：王晓赟` closing a county station's story under the slot's `xwzx`,
  // zh-news n495 of session 62's unseen round)
  const credited = office || names.some(p => p.kind !== 'markup' && !slot(p) && HAN.test(p.value))
  return credited ? names.filter(p => !slot(p)) : names
}

/**
 * Names of an author slot (the markup's, an info line's `作者：`) without the camera operators a credit of the text gives
 * their role: a TV station's CMS fills `作者：王骁 柴敏` with the reporter and the cameraman, and the closing credit says
 * who did what (`（钱塘视讯记者 王骁 实习记者 俞晨 摄像 柴敏）`: zh-news n446 of session 58's unseen round). Only when a
 * credit of the text (a byline, a dateline, a closing credit: no slot) names writers and never that person: a reporter
 * who also took the picture (`（特約記者蔡文雄攝）` under `記者林淑惠、特約記者蔡文雄／嘉義報導`, zh-news n430) stays.
 */
function withoutCameras (
  names: Array<Proposal<string>>, text: Array<Proposal<string>>, cameras: readonly string[]
): Array<Proposal<string>> {
  const writers = new Set(text.filter(p => p.kind !== 'info-line').map(p => p.value))
  if (cameras.length === 0 || writers.size === 0) return names
  const slot = (p: Proposal<string>): boolean => p.kind === 'markup' || p.kind === 'info-line'
  return names.filter(p => !slot(p) || !cameras.includes(p.value) || writers.has(p.value))
}

/**
 * The text's candidates without an info line's author slot that names the page's editor, when the text credits other
 * writers: a county media centre's CMS fills `作者：张晓雯` with the editor of `编辑：张晓雯　审核：…` under the text,
 * while the writers stand in the text's own credit (`□融媒体记者 杨帆 通讯员 郭俊峰 贾丽`: zh-news n439 of session 57's
 * unseen round), as the markup's author slot does (`candidates`). The editor alone in the slot, with no other writer
 * credited, stays: a writer may edit the page too.
 */
function withoutEditorSlot (
  text: Array<Proposal<string>>, editors: ReadonlySet<string>
): Array<Proposal<string>> {
  const slot = (p: Proposal<string>): boolean => p.kind === 'info-line' && editors.has(p.value.toLowerCase())
  const others = text.filter(p => !editors.has(p.value.toLowerCase()))
  return others.length > 0 && text.some(slot) ? text.filter(p => !slot(p)) : text
}

/** The authors (people, at most a handful) and the sources found where authors were expected. */
export function readAuthors (input: AuthorsInput): { authors: string[], sources: Array<Proposal<string>> } {
  const sources: Array<Proposal<string>> = []
  const people: Array<Proposal<string>> = []
  const sites = siteNames(input)
  if (input.holder !== undefined) sites.push(input.holder)
  // the paper a markup byline names beside its reporter (`聯合報 / 記者張三／台北即時報導`): the source
  for (const a of input.markup) {
    const medium = reportMedium(a)
    if (medium !== null) sources.push({ kind: 'author-organization', value: medium })
  }
  for (const c of candidates(input)) {
    // an office or a company (`作者：县发改委`), an agency (`Xinhua News Agency`) published the page
    // (a markup byline may name the site's own organisation as its author; a news wire never is one)
    const agency = c.kind === 'markup' ? isAgency(c.value) : isAgency(c.value, [input.agency])
    if (agency || isChineseOrganization(c.value)) {
      sources.push({ kind: 'author-organization', value: c.value })
      continue
    }
    // the owner's part of the title is what the raw title says after the headline: judged against the site's name;
    // a markup name the title repeats between the headline and the host (`标题 - 梧桐听雨 - 博客园`) names the blog
    // after its writer, judged against the host alone
    // any other name on a personal site named after the writer (a sign-off on `阿Ben's Homepage`, a byline on
    // `Kit 的部落格`: zh-blogs b470 of session 58's unseen round) is the writer's
    const against = c.kind === 'title-owner'
      ? [siteOf(input)].filter(x => x !== '')
      : c.kind === 'markup'
        ? markupSites(input, c.value)
        : sites.filter(site => !namedAfter(site, c.value))
    // the markup's author slots and a blog's title name its writer as the page knows them: a screen name is one
    const v = judgeAuthor(c.value, against, true, SCREEN_NAME_KINDS.has(c.kind))
    if (v.kind === 'source') sources.push({ kind: 'site-name', value: v.name })
    // a theme's author slot filled with a tagline or a section (`Personal finance`): no name
    if (v.kind === 'person' && !(c.kind === 'markup' && isPhrase(v.name))) people.push({ kind: c.kind, value: v.name })
  }
  const chosen = chooseAll('authors', people)
  const unique = chosen.filter((a, i) => chosen.findIndex(b => b.toLowerCase() === a.toLowerCase()) === i)
  // `Manoj Jain and Jagpreet Chhatwal, The Commercial Appeal`: the site named after its writers is the source (a
  // company blog signed by the company alone keeps its byline)
  const site = unique.filter(a => namesSite(a, sites))
  const writers = site.length > 0 && site.length < unique.length ? unique.filter(a => !site.includes(a)) : unique
  if (writers !== unique) for (const value of site) sources.push({ kind: 'site-name', value })
  const named = withoutEnglishTwins(writers)
  return { authors: named.length > MAX_AUTHORS ? [] : named, sources }
}

interface SurnameSpellings { entries: Array<{ surname: string, traditional: string, latin: string[] }> }
/** Each common family name (simplified and traditional) and its spellings in Latin letters, lower case. */
const SPELLINGS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  loadData<SurnameSpellings>('surname-romanizations.json').entries
    .flatMap(e => [e.surname, e.traditional].map(s => [s, new Set(e.latin)] as const)))

const LATIN_NAME = /^[A-Za-z][A-Za-z .'-]*$/
const HAN_NAME = /^\p{Script=Han}{2,4}$/u

/** Whether a Latin name (`Grace Liu`, `Chan Ka-man`) spells the family name of a Han one (`刘慧敏`, `陈嘉文`). */
function spellsSurname (latin: string, han: string): boolean {
  const spellings = SPELLINGS.get(han.slice(0, 2)) ?? SPELLINGS.get(han.slice(0, 1))
  if (spellings === undefined) return false
  const words = latin.toLowerCase().split(/\s+/)
  // the family name last (`Grace Liu`) or first (`Chan Ka-man`, `Tan Wei Ming`)
  return spellings.has(words[words.length - 1]) || spellings.has(words[0])
}

/**
 * Chinese writers without the English credit that names them again (`记者 刘慧敏 陈嘉文` over the text, `Reporting by
 * Grace Liu and Kevin Chan` under it, an Australian Chinese weekly: zh-news n388 of session 48's second unseen round):
 * as many Latin names as Han names, each spelling its Han name's family name in order (data/surname-romanizations.json:
 * pinyin, Wade-Giles, Cantonese, Hokkien), are the same people written for English readers. A Latin name whose family
 * name is none of its Han name's (`（记者 蔡敏婕）` beside `(Reporter Xu Jingjing)`) is another writer: both stay.
 */
function withoutEnglishTwins (writers: string[]): string[] {
  const han = writers.filter(w => HAN_NAME.test(w))
  const latin = writers.filter(w => LATIN_NAME.test(w))
  if (han.length === 0 || latin.length !== han.length || han.length + latin.length !== writers.length) return writers
  return latin.every((l, i) => spellsSurname(l, han[i])) ? han : writers
}
