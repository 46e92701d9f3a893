/**
 * An author is a person or a named byline. Every author candidate (markup, info lines, bylines, datelines,
 * credits) passes here last: markup, sentence fragments, forum ranks and software credits are dropped; a site,
 * paper, publisher or office goes to `source`; what a Chinese byline writes around a name (`南都记者`, `／台北報導`,
 * `作者：`) is cut off. The vocabulary is data (data/author-validation.json).
 */
import { loadData } from '../data.js'
import { HAN, escapeRegExp } from '../text/index.js'
import { HAN_ENGLISH_NICKNAME, splitNameAndPlace, startsWithSurname } from '../text/han-names.js'
import { isFieldLabel, unfilledField } from '../text/fields.js'
import { endsLikeOrg, isChineseOrganization } from '../text/org-names.js'
import { ZH_PHOTO_ROLE } from '../text/roles.js'
import { NAME_END_WORDS, NAME_START_WORDS, withoutNameTitle } from '../text/not-names.js'
import { blogOwner } from '../text/title-owner.js'
import { withoutUnit } from '../text/zh-byline.js'

interface Entry { text: string, start?: boolean, end?: boolean }
interface ValidationFile {
  honorifics: Entry[]
  orgEndings: Entry[]
  software: Entry[]
  rankWords: Entry[]
  reportEndings: Entry[]
  mediumRoles: Entry[]
  notNames: Entry[]
  lowerWords: Entry[]
}

const FILE = loadData<ValidationFile>('author-validation.json')
const alt = (xs: Entry[]): string => xs.map(x => x.text).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')

/** Chinese personal names are two to four characters (a compound surname and a two-character given name). */
const MAX_HAN_NAME = 4
/** A transliterated foreign name with middle dots (`凱倫．伯格`, `阿卜杜拉·阿卜杜勒`) may run longer. */
const MAX_DOTTED_NAME = 14
/**
 * At most a handful of authors: a longer list is a list of something else (a team page, a tag cloud, a forum's
 * posters). A multi-author report names up to about ten (WCXB has a page of eight).
 */
export const MAX_AUTHORS = 10

const SOFTWARE = new RegExp(alt(FILE.software), 'i')
/**
 * A software product's name by its shape, whatever the product: a Latin name ending in `CMS` (`YzmCMS`, `PbootCMS`,
 * `EmpireCMS`: Chinese site builders name themselves so, and their default templates put the name in `<meta
 * name="author">`: `YzmCMS内容管理系统`, zh-org o198 of session 55's unseen round) or a `管理系统` / `建站系统` (a
 * "management system", a "site-building system"). No person's name has either.
 */
const SOFTWARE_NAME = /[A-Za-z0-9]CMS(?![a-z])|(?:管理|建站)系[统統]/u
const RANK = new RegExp(alt(FILE.rankWords), 'iu')
const NOT_NAME = new Set(FILE.notNames.map(e => e.text.toLowerCase()))
/**
 * Furniture that names nobody with words before or after it (data/author-validation.json `notNames` marked `start` or
 * `end`): `匿名发表` (posted anonymously), `台長檔案` and `博主资料` (a profile box's heading).
 */
const NOT_NAME_EDGE = new RegExp(`^(?:${NAME_START_WORDS})|(?:${NAME_END_WORDS})$`, 'u')
// `作者：X`, `本文栏目： 消费 作者： X`, `采写：南都记者 X`, `报道：X` (Malaysian and Singaporean papers): a label inside
// the value; the name follows it
// The slashes of Chinese bylines: `/`, `／`, `╱`, and `∕` (U+2215: a Big5 page's full-width slash, byte A241, as the
// WHATWG decoder and iconv-lite read it; Windows' CP950 reads it `／`).
const LABEL_INSIDE = /^.*?(?:(?:作者|記者|记者|撰稿|撰文|采写|採寫|文)\s*[:：/／╱∕]|(?:报道|報道)\s*[:：])\s*/u
// `南都记者 方南`, `华西都市报记者彭晗`: the medium and role before a reporter's name
const MEDIUM_ROLE = new RegExp(`^[\\p{Script=Han}]{0,8}?(?:${alt(FILE.mediumRoles)})\\s*[:：/／╱∕]?\\s*`, 'u')
// `孫慶璋／嘉義報導`, `羅執中 台北報導`, `林和謙/採訪報導`: the place and kind of report after the name
// a report kind glued to a three-character name (`喻云亮报道`) or to a name and a two-character place
// (`潘姿羽台北報導`); alone after a two-character place (`台北報導`)
// the whole is no name
const REPORT_END = new RegExp([
  '(?<=^[\\p{Script=Han}]{3})(?:报道|報導)$',
  '(?<=^[\\p{Script=Han}]{2,3})[\\p{Script=Han}]{2}(?:报道|報導)$',
  `(?:\\s*[/／╱∕]\\s*|\\s+)(?:[\\p{Script=Han}]{0,4}?)(?:${alt(FILE.reportEndings)})$`,
  `^[\\p{Script=Han}]{0,2}(?:${alt(FILE.reportEndings)})$`
].join('|'), 'u')
/**
 * A report byline's part after its slash that is a place and the kind of report alone (`洛杉磯報導`, `綜合報導`), or places
 * listed with `、` (`記者黃品嫻、林佳玥／新營、鹽水報導`, two reporters from two towns: zh-news n506 of session 63's unseen round).
 */
const PLACE_REPORT =
  new RegExp(`^[\\p{Script=Han}]{0,4}(?:、[\\p{Script=Han}]{1,4})*(?:${alt(FILE.reportEndings)})$`, 'u')
const PAREN = /\s*[(（][^()（）]*[)）]\s*/gu
// `Ir 陳家樂`, `Dr 李明`: a title before a Chinese name (data/author-validation.json `honorifics`)
const HONORIFIC = new RegExp(`^(?:${alt(FILE.honorifics)})\\s+(?=\\p{Script=Han})`, 'u')
const MARKUP = /[<>=]|&[a-z]+;|\b(?:size|class|style|href)\b/i
const SENTENCE = /[，。！？；：“”「」『』,!?;:"]/u
const HAN_NAME = new RegExp(`^[\\p{Script=Han}]{2,${MAX_HAN_NAME}}$`, 'u')
const DOTTED_NAME = new RegExp(`^[\\p{Script=Han}]{1,6}(?:[·．・•][\\p{Script=Han}]{1,6})+$`, 'u')

/** Words a title-case byline keeps in lower case (data/author-validation.json `lowerWords`) and name particles. */
const LOWER_OK = new Set([
  ...FILE.lowerWords.map(e => e.text),
  ...loadData<{ nameParticles: Array<{ word: string }> }>('author-markers.json').nameParticles.map(p => p.word)
])
// `design: Scott McDaniel`, `code: Steve Beger`: a credit of another role, its label kept (author labels are cut
// before a candidate comes here)
const LABELLED = /^\p{L}[\p{L} ]{0,20}:\s*\S/u
// `Jane Doe [email protected]` (Cloudflare's stand-in for an address), `Jane Doe jane@example.com`
const EMAIL = /\s*\[email(?:\s|&#160;|\u00a0)protected\]\s*|\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*/gu

/**
 * A Latin-script phrase, not a name: capitalized words beside a lower-case word that a title-case byline never
 * writes so (`Corti AI platform for healthcare`, `Personal finance`). A name written all in lower case (`kirstin
 * boatto`, a handle) is a style, not a phrase; function words and group words (`The Currency editors`) may be lower.
 * Asked of the markup's author slots, which themes fill with taglines and sections; a field the page's text labels
 * as its author (`Author:Internet information Tianjin`, a machine translation's sentence case) is its own word.
 */
export function isPhrase (name: string): boolean {
  const words = name.split(/\s+/)
  if (words.length < 2 || !words.some(w => /^\p{Lu}/u.test(w))) return false
  return words.some(w => /^\p{Ll}/u.test(w) && !LOWER_OK.has(w.replace(/[^\p{L}.]/gu, '')))
}

export type AuthorVerdict =
  | { kind: 'person', name: string }
  | { kind: 'source', name: string }
  | { kind: 'none', reason: string }

/**
 * A student's class before the name, a space between (`大學部三年級 黃思穎`, `碩士班一年級 林彥廷`, `中文系二年级 李明`: a school's
 * news credits its student writers so, zh-org o190 of session 54's unseen round).
 */
const STUDENT_CLASS = /^[\p{Script=Han}]{0,6}[一二三四五六七八九]年[級级]\s+(?=\p{Script=Han}{2,4}$)/u

/** Cuts what a byline writes around a name: labels, the medium and role before it, the report kind after it. */
export function trimByline (raw: string): string {
  let s = raw.replace(/\s+/g, ' ').trim()
  s = s.replace(LABEL_INSIDE, '')
  s = s.replace(STUDENT_CLASS, '')
  // a unit and the writer's post in it before the name (`撰文：長者地區中心社工 陳嘉欣`: zh-org o197 of session 55's unseen
  // round), as a Chinese byline reads them
  s = withoutUnit(s)
  s = s.replace(MEDIUM_ROLE, '')
  s = s.replace(REPORT_END, '')
  s = s.replace(/^[\s[【(（〔◎]+|[\s\]】)）〕]+$/gu, '').trim()
  // a title after a personal name goes; a title alone (`主任医师`) stays, and names nobody
  return withoutNameTitle(s.replace(HONORIFIC, ''))
}

/**
 * A Chinese candidate, its byline words cut off: a person, a source (the site, an office) or none. `asAuthor`: the
 * name must start with a surname (a byline's other words, `調查`, `未来一周`, are no author); a signature after an
 * editor's label may be a pen name (`责任编辑：悠悠`).
 */
function judgeChinese (raw: string, sites: readonly string[], asAuthor: boolean, nickname: boolean): AuthorVerdict {
  const name = trimByline(raw.replace(PAREN, ' '))
  if (name === '' || NOT_NAME.has(name.toLowerCase()) || NOT_NAME_EDGE.test(name)) {
    return { kind: 'none', reason: 'names nobody' }
  }
  const key = name.replace(/\s+/g, '')
  if (key.length >= 2 && sites.some(s => inSiteName(key, s.replace(/\s+/g, ''), nickname))) return { kind: 'source', name }
  // a sentence first: one may end in an office's word (`“西吉县已形成了县有繁育中心`) and is no source either
  if (SENTENCE.test(name)) return { kind: 'none', reason: 'part of a sentence' }
  if (endsLikeOrg(name) && name.length > 2) return { kind: 'source', name }
  const dotted = DOTTED_NAME.test(name) && name.length <= MAX_DOTTED_NAME
  if (dotted) return { kind: 'person', name }
  // a blog's owner or a forum's poster in the slot the page keeps for its writer: a screen name (`梧桐听雨`, `北方的狼2010`)
  if (nickname && isNickname(name)) return { kind: 'person', name }
  if (!HAN_NAME.test(name)) return { kind: 'none', reason: 'not a Chinese personal name' }
  if (asAuthor && !startsWithSurname(name)) return { kind: 'none', reason: 'no Chinese surname' }
  return { kind: 'person', name }
}

/**
 * Whether a name (white space out) is the site's or part of it (`新华` of `新华网`, `PConline` of `太平洋电脑网PConline`):
 * the site then. In a screen name's slot a Chinese name inside the blog's name, not at its start, is the owner's
 * (`听雨` of `江南听雨轩`: a blog named after its owner, zh-blogs b106 of session 37's unseen round); inside a company's or
 * an office's name it is that body's short name (`瓯宁阀门` of `浙江瓯宁阀门有限公司` in a company site's author slot: zh-org
 * o211 of session 58's unseen round).
 */
function inSiteName (name: string, site: string, nickname: boolean): boolean {
  // (the name with a person's title after it, `王赟大夫`, is the writer's own page among the title's parts: zh-org o246
  // of session 61's unseen round)
  if (!site.includes(name) || withoutNameTitle(site) === name) return false
  return !nickname || !/^\p{Script=Han}+$/u.test(name) || site.startsWith(name) || isChineseOrganization(site)
}

/** Longest screen name, in characters (`乡村小刘说三农`, `一只小小鸟2013`); a longer run of words is a phrase. */
const MAX_NICKNAME = 12
/**
 * A screen name as Chinese blogs and forums show them: Han characters, with Latin letters, digits, `_` or `-`
 * beside them (`Kevin爸`, `阿杰_1983`), no space, no punctuation, no more than `MAX_NICKNAME` characters.
 */
const NICKNAME = new RegExp(`^(?=.*\\p{Script=Han})[\\p{Script=Han}A-Za-z0-9_\\-·]{2,${MAX_NICKNAME}}$`, 'u')

/**
 * The marks a screen name of the 2000s decorates its name with (`ゞ小橘子ぺ`, `╰☆小鱼☆╮`, `ㄣ落葉ㄨ`): kana, bopomofo and
 * symbols, which no other name holds (zh-blogs b133 of session 39's unseen round, a 51.com diary's owner).
 */
const DECORATION = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\p{So}〃﹏丶ヽ]/gu
/** Fewest Han characters of a decorated screen name: the marks decorate a name. */
const MIN_DECORATED_HAN = 2
/** Most decoration marks a screen name carries. */
const MAX_DECORATIONS = 4

/** Whether a Chinese candidate is a screen name: its shape, no rank or score word in it, no page furniture. */
function isNickname (name: string): boolean {
  const bare = name.replace(DECORATION, '')
  const marks = name.length - bare.length
  if (marks > MAX_DECORATIONS || (marks > 0 && (bare.match(/\p{Script=Han}/gu) ?? []).length < MIN_DECORATED_HAN)) {
    return false
  }
  // a report kind (`即時報導`) or a role (`南都记者`) is a byline's word, never a screen name
  return (NICKNAME.test(bare) || HAN_ENGLISH_NICKNAME.test(bare)) && !RANK.test(bare) &&
    !NOT_NAME.has(bare.toLowerCase()) && !REPORT_END.test(bare) && !MEDIUM_ROLE.test(bare)
}

const latinWords = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(w => w !== '' && w !== 'the')
/** Two or three capitalized words: a person's name, which a personal site may also be named (`Emily Henderson`). */
const PERSON_LIKE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}$/u

/**
 * A Latin-script name that names the site (`The Commercial Appeal` on the Memphis Commercial Appeal, `BSS` on BSS):
 * every word of it is a word of one of the site's names. A person's name is never taken for the site (a personal
 * site is named after its writer).
 */
export function namesSite (raw: string, sites: readonly string[]): boolean {
  const words = latinWords(raw)
  const person = PERSON_LIKE.test(raw.trim()) && !/^the\s/i.test(raw.trim())
  if (words.length === 0 || person) return false
  return sites.some(site => {
    const siteWords = new Set(latinWords(site))
    return words.every(w => siteWords.has(w))
  })
}

/**
 * Judges one author candidate. `sites` are the names the page gives itself (site name, the `<title>` after the
 * headline): a candidate they contain is the site, a source. `asAuthor` (the author reader's final say): a Chinese
 * name must start with a surname; without it (editors, telling a role line) any two to four Han characters pass.
 * `nickname`: the candidate stands where the page keeps its writer's name (the markup's author slots, the owner a
 * blog's `<title>` names), so a screen name (`梧桐听雨`, `北方的狼2010`) is a named byline too.
 */
export function judgeAuthor (
  raw: string, sites: readonly string[] = [], asAuthor = false, nickname = false
): AuthorVerdict {
  // a blog's name in a poster's slot names its owner (`<a href="/u/shaowz">邵文喆的个人博客</a>`, a research blog host's
  // banner: zh-org o249 of session 61's second unseen round; `张晓明的日志`), a person whatever the site is named after
  const owner = blogOwner(raw)
  if (owner !== undefined && owner !== raw.trim()) return judgeAuthor(owner, [], asAuthor, nickname)
  if (MARKUP.test(raw) || unfilledField(raw)) return { kind: 'none', reason: 'markup or an unfilled field' }
  if (SOFTWARE.test(raw) || SOFTWARE_NAME.test(raw)) return { kind: 'none', reason: 'software credit' }
  // digits beside Han are a score (`能力值:545803`), except at the end of a screen name (`北方的狼2010`)
  const score = HAN.test(raw) && /\d/.test(raw) && !(nickname && isNickname(raw.trim()))
  if (RANK.test(raw) || score) return { kind: 'none', reason: 'forum rank or score' }
  if (NOT_NAME.has(raw.trim().toLowerCase())) return { kind: 'none', reason: 'names nobody' }
  // a field's label where its value was expected (`撰文` read from Drupal's `field__label` beside the name)
  if (isFieldLabel(raw)) return { kind: 'none', reason: 'a field\'s label' }
  // Latin-script bylines are read by the HTML front end and splitNames (roles, credentials, sites named after a
  // person, a company blog signed by the company): here only what is never a name goes
  // `PConline` on a Chinese page whose title names the site `太平洋电脑网PConline`
  const compact = raw.replace(/\s+/g, '')
  const inHanSite = sites.some(s => HAN.test(s) && inSiteName(compact, s.replace(/\s+/g, ''), nickname))
  if (compact.length >= 2 && inHanSite) return { kind: 'source', name: raw.trim() }
  return HAN.test(raw) ? judgeChinese(raw, sites, asAuthor, nickname) : judgeLatin(raw, nickname)
}

/** A Latin-script candidate: an address, a CMS account, another role's credit or digits name nobody. */
function judgeLatin (raw: string, nickname: boolean): AuthorVerdict {
  const name = raw.replace(EMAIL, ' ').trim()
  if (name === '') return { kind: 'none', reason: 'an address' }
  if (LABELLED.test(name)) return { kind: 'none', reason: 'a credit of another role' }
  return latinDigits(name, nickname) ? { kind: 'none', reason: 'holds digits' } : { kind: 'person', name }
}

/**
 * Digits are no part of a Latin-script name, except in credentials after a comma (`Jane Doe, CFA 2`) and in a screen
 * name where the page keeps its writer's (`fly_chem2012`, `blueriver77` in a forum's poster slot).
 */
function latinDigits (name: string, nickname: boolean): boolean {
  return /\d/.test(name) && !/^[^\d]+,\s/.test(name) && !(nickname && LATIN_SCREEN_NAME.test(name))
}

/**
 * A CMS's administrator account, the site's name or initials glued to `admin` (`ybjadmin` in a medical insurance
 * bureau's `<meta name="Author">`: zh-gov g200 of session 47's second wave; `webadmin`, `yxadmin`) or `webmaster`: the
 * account that posted the page. Asked of the markup's author slots only: a byline the page shows its readers (`By
 * q_admin`) names its writer as the site does (WCXB's truth takes it), and `admin` alone is judged elsewhere.
 */
const CMS_ACCOUNT = /^(?:[a-z0-9]+[_.-]?admin(?:istrator)?[_.-]?[a-z0-9]*|webmaster)$/i
/**
 * A Windows domain account, the domain and the login (`CZRSJ\\lixm` in Microsoft CMS 2002's author slot on a city
 * personnel bureau's notice: zh-gov g285 of session 59's second unseen round): the account that posted the page.
 */
const DOMAIN_ACCOUNT = /^[A-Za-z0-9_-]+\\[A-Za-z0-9._-]+$/
export const isCmsAccount = (name: string): boolean => CMS_ACCOUNT.test(name.trim()) || DOMAIN_ACCOUNT.test(name.trim())

/**
 * A login that is the site's own name in its host (`作者：qlxww` on `www.qlxww.cn`, a county news site's CMS account:
 * zh-news n457 of session 59's second unseen round): a label of the host between its dots, no `www` nor a country's or
 * a domain's code, in lower-case letters as the host writes it. Asked of the markup's author slots only. A personal
 * blog's host (`blog.awenmo.example.mo`, a blog's own sub-domain under its owner's name: zh-blogs b508 of session 60's
 * unseen round, a Solo blog whose `<meta name="author">` is the owner's user name) names its owner, no site's login.
 */
export function isHostAccount (name: string, host: string | undefined): boolean {
  const n = name.trim()
  if (host === undefined || !/^[a-z][a-z0-9-]{2,}$/.test(n)) return false
  const labels = host.toLowerCase().split('.')
  if (BLOG_LABEL.test(labels[0])) return false
  return labels.slice(0, -1).some(label => label === n && label !== 'www')
}
/** A host's first label naming a blog (`blog.`, `blogs.`). */
const BLOG_LABEL = /^blogs?$/

/** Longest Latin screen name, in characters (forum platforms allow 15 to 20). */
const MAX_LATIN_SCREEN_NAME = 20
/**
 * A Latin screen name as forums give their members: a letter first, then letters and digits, `_`, `-` or `.` between
 * them, no space (`fly_chem2012`, `wuyiyu1986`, `liuyw2008`).
 */
const LATIN_SCREEN_NAME = new RegExp(`^(?=.{3,${MAX_LATIN_SCREEN_NAME}}$)[A-Za-z][A-Za-z0-9]*(?:[_\\-.][A-Za-z0-9]+)*$`)
/**
 * A CMS login among the Latin screen names (`xcb_liu`, `admin2`): words joined with `_`, or letters and a number, no
 * space. A writer's byline is a name; a login joins its parts itself.
 */
const LOGIN = new RegExp(`^(?=.{3,${MAX_LATIN_SCREEN_NAME}}$)(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z]+\\d+)$`, 'i')
/**
 * Pinyin initials in lower case, no vowel (`xwzx` for 新闻中心, `xcb` for 宣传部: a county news site's ASPCMS author slot,
 * zh-news n495 of session 62's unseen round): an office's login, which no name is (a name has a vowel, `y` counted).
 */
const INITIALS = /^[b-df-hj-np-tv-xz]{3,8}$/
export const isLoginShaped = (name: string): boolean => LOGIN.test(name.trim()) || INITIALS.test(name.trim())

/**
 * A question mark anywhere, or a full stop or exclamation mark with more text after it: what a byline never holds.
 * `记者：春运初始，南方出现雨雪天气，未来一周……如何发展？` is an interview's question under the interviewer's label (an
 * author hint read from `<p>记者：…</p>`); split at its commas it gave `春运初始` (four Han characters after a
 * surname) as the writer. A mark at the end (`记者 张三。`) or before a closing bracket ends a byline, no more.
 */
const SENTENCE_MARK = /[？?]|[。！!](?![\s)）\]】」』”"'’]*$)/u

/** Whether a raw author string (before it is split into names) is a sentence, or more than one: no byline. */
export function isSentence (raw: string): boolean {
  return SENTENCE_MARK.test(raw)
}

/** Judges a list: people (at most `MAX_AUTHORS`, no repeats) and sources, in the order found. */
export function judgeAuthors (raws: readonly string[], sites: readonly string[] = []): {
  authors: string[], sources: string[]
} {
  const authors: string[] = []
  const sources: string[] = []
  const seen = new Set<string>()
  for (const raw of raws) {
    const v = judgeAuthor(raw, sites)
    if (v.kind === 'source') sources.push(v.name)
    if (v.kind !== 'person') continue
    const k = v.name.toLowerCase()
    if (seen.has(k)) continue
    seen.add(k)
    authors.push(v.name)
  }
  return { authors: authors.length > MAX_AUTHORS ? [] : authors, sources }
}

/** Whether a line ends like a Chinese report byline (`…台北報導`, `…採訪報導】`, `…整理`). */
const REPORT_LINE = new RegExp(`(?:${alt(FILE.reportEndings)})\\s*[】〕\\])）]?$`, 'u')
/** A line ending in a photo credit's word (`吴敏 摄）`, `記者X攝影`). */
const PHOTO_END = /(?:摄|攝)(?:影)?\s*[】〕\])）]?$/u
/**
 * A photographer credited after the reporter inside a byline's part (`記者 陳冠宇　攝影 林俊傑`, `記者蘇怡潔、攝影記者林育廷`),
 * to its end.
 */
const PHOTO_ROLE_ON = new RegExp(`(?:\\s+|\\s*[、，,]\\s*)${ZH_PHOTO_ROLE}\\s*[:：]?\\s*[\\p{Script=Han}·]{2,4}.*$`, 'u')
/** Longest report byline line, in characters: a name, a medium, a place and the report kind. */
const MAX_REPORT_LINE = 40
const LEADING_REPORT = new RegExp(`^[【〔]([^【】〔〕，。]{2,${MAX_REPORT_LINE}}?(?:${alt(FILE.reportEndings)}))[】〕]`, 'u')

/**
 * The names of a report byline (`記者孫慶璋／嘉義報導`, `【台灣新生報／記者蘇湘雲／台北報導】`, `【林媛玲╱新北報導】`,
 * `記者：邱雯琪 羅執中 台北報導`): the parts between slashes, the medium and the report kind left out. Null when the
 * line is no such byline.
 */
export function reportByline (line: string, split: (value: string) => string[]): string[] | null {
  // `…（4月10日 吴敏 摄）` closing a caption, `記者陳立凱／攝影`: a photographer's credit, its names no authors
  return PHOTO_END.test(line) ? null : reportNames(line, split)
}

/**
 * A report byline with a photographer's credit after its report's kind, inside its brackets (`（學生會宣傳部 歐陽思敏 報道
 * 攝影：何俊賢老師）`, a school's news under Moodle: zh-org o230 of session 60's unseen round): the byline with its brackets
 * closed, and the photographer's name without a title after it; null for another line.
 */
/** Longest photographer's credit after a report byline (`　攝影：何俊賢老師`), in characters. */
const MAX_PHOTO_TAIL = 16
const REPORT_PHOTO_TAIL = new RegExp(`^(.*?(?:${alt(FILE.reportEndings)}))\\s+${ZH_PHOTO_ROLE}\\s*[:：／/]?\\s*` +
  '([\\p{Script=Han}·]{2,6})\\s*([】〕\\])）]?)$', 'u')
export function reportPhotoTail (line: string): { report: string, photographer: string } | null {
  // (a byline's length, and the photographer's credit's: a paragraph is never read)
  if (line.length > MAX_REPORT_LINE + MAX_PHOTO_TAIL) return null
  const m = REPORT_PHOTO_TAIL.exec(line.trim())
  return m === null ? null : { report: m[1] + m[3], photographer: withoutNameTitle(m[2]) }
}

/** The photographers of a report-shaped photo credit (`記者陳立凱／攝影`, `…（4月10日 吴敏 摄）`), or null. */
export function photoReportCredit (line: string, split: (value: string) => string[]): string[] | null {
  return PHOTO_END.test(line) ? reportNames(line, split) : null
}

function reportNames (line: string, split: (value: string) => string[]): string[] | null {
  const parts = reportParts(line)
  if (parts === null) return null
  const names: string[] = []
  for (const [i, part] of parts.entries()) {
    // `記者林嘉蔚／洛杉磯報導`: after a slash, a place of up to four characters and the kind of report, no name
    if (i > 0 && PLACE_REPORT.test(part.trim())) continue
    // `2012-01-17 中國時報 邱俐穎`: a date and the paper before the name are no part of it; `記者 陳冠宇　攝影 林俊傑`: the
    // photographer after the reporter is no writer
    const words = part.replace(PHOTO_ROLE_ON, '').split(/\s+/).filter(w => !/\d/.test(w) && !(endsLikeOrg(w) && !/[記记]者/u.test(w)))
    const trimmed = trimByline(words.join(' '))
    if (trimmed === '' || (endsLikeOrg(trimmed) && !/[記记]者/u.test(part))) continue
    for (const n of split(trimmed)) {
      // (a piece ending with the report's kind is no name itself, whatever its first characters)
      const name = REPORT_ENDING.test(n) ? nameBeforePlace(n) : judgeAuthor(n).kind === 'person' ? n : undefined
      if (name !== undefined) names.push(name)
    }
  }
  return names.length > 0 ? names : null
}

/** A report's kind at the end of a byline's last name (`高若琳多伦多报道`). */
const REPORT_ENDING = new RegExp(`(?:${alt(FILE.reportEndings)})$`, 'u')

/**
 * The last reporter of a list whose name the report's place and kind are glued to, no slash between them
 * (`【加华资讯网记者陈立言、实习记者高若琳多伦多报道】`: 高若琳, a Toronto portal's lead credit: zh-news n315 of session
 * 42's unseen round), or the name alone before the kind; undefined when the piece reads as no name.
 */
function nameBeforePlace (piece: string): string | undefined {
  const run = piece.replace(REPORT_ENDING, '').trim()
  // no place between the name and the report's kind (`张三整理`): the run is the name, if it reads as one
  const name = splitNameAndPlace(run)?.name ?? run
  return name !== '' && judgeAuthor(name).kind === 'person' ? name : undefined
}

/**
 * Whether a line is a report byline that names only a newsroom's desk or medium (`國際中心／綜合報導`, `中央社／台北報導`):
 * a byline to take out of the text, with no person in it.
 */
export function isDeskByline (line: string): boolean {
  const parts = reportParts(line)
  if (parts === null) return false
  const named = parts.map(p => trimByline(p)).filter(p => p !== '')
  return named.length > 0 && named.every(p => endsLikeOrg(p))
}

/**
 * The paper a report byline names beside its reporters (`聯合報 / 記者張三／台北即時報導` -> `聯合報`, `2012-01-17 中國時報
 * 邱俐穎` -> `中國時報`), the part `reportByline` leaves out; null when it names none or the line is no such byline.
 */
export function reportMedium (line: string): string | null {
  const words = reportParts(line)?.flatMap(p => p.split(/\s+/)) ?? []
  return words.find(w => !/\d/.test(w) && endsLikeOrg(w) && !/[記记]者/u.test(w)) ?? null
}

/** A report byline's parts between its slashes, its brackets taken off; null when the line is no such byline. */
function reportParts (line: string): string[] | null {
  const text = line.trim()
  if (text.length > MAX_REPORT_LINE || !REPORT_LINE.test(text) || /[，。！？]/u.test(text)) return null
  return text.replace(/^[【〔[(（◎\s]+|[】〕\])）\s]+$/gu, '').split(/\s*[╱/／∕]\s*/u)
}

/** A report byline in brackets opening a paragraph: `〔記者魏怡嘉／台北報導〕流感疫情…`. */
export function leadingReportByline (text: string): { byline: string, rest: string } | null {
  const m = LEADING_REPORT.exec(text)
  return m === null ? null : { byline: m[0], rest: text.slice(m[0].length).trim() }
}
