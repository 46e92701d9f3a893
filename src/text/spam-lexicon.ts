/**
 * The one gambling-spam lexicon (data/spam-lexicon.json) and its one matcher, shared by the text spam stage
 * (src/spam), the HTML front end (hidden and visible spam links) and the zh-spam-residue flag: terms become
 * patterns one way (`termPattern`), hosts are judged one way (`isSpamHost`), in links and in bare URLs alike.
 */
import { loadData } from '../data.js'
import { escapeRegExp, isRegExpSpace, unitAt } from './index.js'
import { endsLikeSiteName } from './site-words.js'
import { endsLikeOrg } from './org-names.js'

export type SpamKind = 'brand' | 'ambiguous' | 'generic'

export interface SpamTerm {
  term: string
  kind: SpamKind
  /** The term in a link's text marks the link as gambling spam (HTML). */
  linkText?: boolean
  /** The kind of the term's Traditional forms, when it differs (scripts/derive-spam-traditional.ts). */
  traditionalKind?: SpamKind
  /** The Simplified term this entry is the Traditional form of (derived, scripts/derive-spam-traditional.ts). */
  traditionalOf?: string
  source: string
}

export interface SpamLexicon {
  terms: SpamTerm[]
  hostTokens: Array<{ token: string, source: string }>
  hostPatterns: Array<{ pattern: string, source: string }>
  urlTlds: Array<{ tld: string, source: string }>
  brandSuffixes: Array<{ suffix: string, source: string }>
  placeSuffixes: Array<{ suffix: string, source: string }>
  accountWords: Array<{ word: string, source: string }>
  promoWords: Array<{ word: string, source: string }>
  titleBoasts: Array<{ word: string, source: string }>
  searchEngines: Array<{ name: string, source: string }>
}

export const SPAM_LEXICON = loadData<SpamLexicon>('spam-lexicon.json')

/** The lexicon's terms of one kind. */
export function termsOf (kind: SpamKind): string[] {
  return SPAM_LEXICON.terms.filter(t => t.kind === kind).map(t => t.term)
}

/** A term as a pattern: Latin-edged terms get word edges (`bet365` not inside `alphabet365`), spaces stretch. */
export function termPattern (term: string): string {
  const body = escapeRegExp(term.trim()).replace(/\s+/g, '\\s+')
  // A letter edge must not touch a letter, a digit edge a digit: `2020bet365:` is an injection after a year.
  const head = /^[A-Za-z]/.test(term) ? '(?<![A-Za-z])' : /^[0-9]/.test(term) ? '(?<![0-9])' : ''
  const tail = /[A-Za-z]$/.test(term) ? '(?![A-Za-z])' : /[0-9]$/.test(term) ? '(?![0-9])' : ''
  return head + body + tail
}

/** One pattern for many terms, longest first (global: use with `exec` loops or reset `lastIndex`). */
export function termAlternation (terms: string[], flags = 'giu'): RegExp | null {
  const list = [...new Set(terms.map(t => t.trim()).filter(t => t !== ''))].sort((a, b) => b.length - a.length)
  return list.length === 0 ? null : new RegExp(`(?:${list.map(termPattern).join('|')})`, flags)
}

/**
 * A gambling host: a dot/dash-delimited part of the name is a token, digits around it allowed (`bet365.com`,
 * `amxpj8888.com`, `casino-x.net`), or the name matches a host pattern (`hg888.cc`, `slots-online.net`).
 */
const HOST = new RegExp([
  `(?:^|[.-])\\d*(?:${SPAM_LEXICON.hostTokens.map(h => escapeRegExp(h.token.toLowerCase())).join('|')})\\d*(?=[.-]|$)`,
  ...SPAM_LEXICON.hostPatterns.map(p => `(?:${p.pattern})`)
].join('|'), 'i')

/** Whether a host name, or the host of a URL (`https://www.bet365.com/en`), is a gambling host. */
export function isSpamHost (hostOrUrl: string): boolean {
  const host = hostOrUrl.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/:?#]/)[0].toLowerCase()
  return host !== '' && HOST.test(host)
}

/**
 * Link-text terms match anywhere in the text, without word edges: link texts glue and inflect words
 * (`casinoonline`, `Online Casinos`), and a link is a short, single-purpose text, not a sentence.
 */
function linkTextPattern (brands: boolean): RegExp {
  const terms = SPAM_LEXICON.terms.filter(t => t.linkText === true && (t.kind !== 'generic') === brands)
  return new RegExp(terms.map(t => escapeRegExp(t.term)).join('|'), 'i')
}
const LINK_BRANDS = linkTextPattern(true)
const LINK_WORDS = linkTextPattern(false)

/** Whether a text (a link's text or title, a hidden block) carries the terms that mark gambling links. */
export function hasSpamLinkText (text: string): boolean {
  return LINK_BRANDS.test(text) || LINK_WORDS.test(text)
}

/**
 * Whether a text names a gambling brand the lexicon marks for links (`必威`, `新葡京`), as against gambling words
 * alone (`赌博`, `casino`): a news site's own headline links name those (`警方打擊非法賭博行動`), never a brand.
 */
export function hasSpamBrandLinkText (text: string): boolean {
  return LINK_BRANDS.test(text)
}

const SPACE = 0x20
const IDEOGRAPHIC_SPACE = 0x3000
const ZERO_WIDTH_NO_BREAK_SPACE = 0xfeff
/** `ſ` (long s): the one letter that `/iu` folds to an ASCII letter and `toLowerCase` leaves as it is. */
const LONG_S = 0x17f
const S_LOWER = 0x73
const UTF16_UNITS = 0x10000

/**
 * Every term of the lexicon as lower-case text, one space for each run of white space: an Aho-Corasick automaton
 * over UTF-16 code units, built once. Any match of a term's pattern (`termPattern`, case-insensitive) holds the
 * term so folded, so a text in which the automaton finds no term cannot match any of the lexicon's patterns.
 */
interface TermAutomaton {
  next: Array<Map<number, number>>
  fail: number[]
  /** A term ends at this state (itself or through its failure links). */
  final: boolean[]
}

function buildAutomaton (terms: string[]): TermAutomaton {
  const a: TermAutomaton = {
    next: [new Map<number, number>()], fail: [0], final: [false]
  }
  for (const term of terms) {
    const folded = term.trim().toLowerCase().replace(/\s+/g, ' ')
    if (folded === '') continue
    let state = 0
    // code units, as the scan reads the text
    for (const c of Uint16Array.from({ length: folded.length }, (_, i) => unitAt(folded, i))) {
      let to = a.next[state].get(c)
      if (to === undefined) {
        to = a.next.length
        a.next.push(new Map<number, number>())
        a.fail.push(0)
        a.final.push(false)
        a.next[state].set(c, to)
      }
      state = to
    }
    a.final[state] = true
  }
  // failure links, breadth first
  const queue = [...a.next[0].values()]
  // the queue grows as it is read: an array's iterator reads what is pushed during the loop
  for (const state of queue) {
    for (const [c, to] of a.next[state]) {
      let f = a.fail[state]
      while (f !== 0 && !a.next[f].has(c)) f = a.fail[f]
      const target = a.next[f].get(c)
      a.fail[to] = target !== undefined && target !== to ? target : 0
      a.final[to] = a.final[to] || a.final[a.fail[to]]
      queue.push(to)
    }
  }
  return a
}

/**
 * The automaton as a table of every transition (a DFA): one typed-array read per code unit instead of a map
 * look-up and a walk along failure links. Code units that occur in no term share class 0, which leads every state
 * back to the root (the automaton's failure links end there: no term starts with them); `classes` maps a code unit
 * to its class, `delta[state * width + class]` is the next state.
 */
interface TermTable { classes: Uint16Array, width: number, delta: Int32Array, final: Uint8Array, space: number }

function transitionTable (a: TermAutomaton): TermTable {
  const classes = new Uint16Array(UTF16_UNITS)
  // white space has a class of its own (the space's): every unit of it reads as one space, and a run as one
  const space = 1
  classes[SPACE] = space
  let width = 2
  for (const map of a.next) for (const c of map.keys()) if (classes[c] === 0) classes[c] = width++
  // every white-space unit lies below U+3001 or is U+FEFF (isRegExpSpace): the loop stops there
  for (let c = 0; c <= IDEOGRAPHIC_SPACE; c++) if (isRegExpSpace(c)) classes[c] = space
  classes[ZERO_WIDTH_NO_BREAK_SPACE] = space
  // `ſ` reads as `s`, as the case-insensitive patterns fold it
  classes[LONG_S] = classes[S_LOWER]
  const delta = new Int32Array(a.next.length * width)
  // breadth first, so a state's failure link (a shorter suffix) is filled before the state
  const order = [0]
  for (const state of order) for (const to of a.next[state].values()) order.push(to)
  for (const state of order) {
    // the failure state's row first (the root's stays 0), then the state's own edges over it
    if (state !== 0) delta.copyWithin(state * width, a.fail[state] * width, (a.fail[state] + 1) * width)
    for (const [c, to] of a.next[state]) {
      // the scan never reads these units as themselves (see above): their edges cannot be taken
      if (c === LONG_S || (c !== SPACE && isRegExpSpace(c))) continue
      delta[state * width + classes[c]] = to
    }
  }
  return { classes, width, delta, final: Uint8Array.from(a.final, f => f ? 1 : 0), space }
}

const TERMS = transitionTable(buildAutomaton(SPAM_LEXICON.terms.map(t => t.term)))

/** `FoldedTable.classes` of a code unit whose lower case `toLowerCase` may not write alone, as one unit. */
const UNFOLDED = 0xffff

/**
 * The table read on the text as it is, not lower-cased: `classes[c]` is the class of `c`'s lower case (`K` reads as
 * `k`), so no lower-cased copy of every paragraph is made. Exact where lower-casing a text is lower-casing each of
 * its code units alone, into one unit: `UNFOLDED` marks the units where it is not (`İ` lowers to two units, `Σ` to `ς`
 * or `σ` by its neighbours: found by asking `toLowerCase` of every unit alone and beside a letter), and a text that
 * holds one is read lower-cased, as before. Surrogates read as themselves: a term holds none (asserted), so both
 * halves of any pair, lowered or not, are class 0. `delta` holds each target state's row offset (`state * width`),
 * negated less one for a state where a term ends: the scan stops at the first negative value.
 */
interface FoldedTable { classes: Uint16Array, delta: Int32Array, space: number }

function foldedTable (t: TermTable): FoldedTable {
  if (t.width >= UNFOLDED) throw new Error('spam lexicon: too many distinct code units for the folded table')
  const classes = new Uint16Array(UTF16_UNITS)
  const lower = (s: string): string => s.toLowerCase()
  for (let c = 0; c < UTF16_UNITS; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      if (t.classes[c] !== 0) throw new Error('spam lexicon: a term holds a surrogate')
      continue
    }
    const ch = String.fromCharCode(c)
    const low = lower(ch)
    const alone = low.length === 1 && lower(`a${ch}`) === `a${low}` && lower(`${ch}a`) === `${low}a` &&
      lower(`a${ch}a`) === `a${low}a`
    classes[c] = alone ? t.classes[unitAt(low, 0)] : UNFOLDED
  }
  const delta = new Int32Array(t.delta.length)
  for (let i = 0; i < delta.length; i++) {
    const to = t.delta[i]
    delta[i] = t.final[to] === 1 ? -1 - to * t.width : to * t.width
  }
  return { classes, delta, space: t.space }
}

const FOLDED = foldedTable(TERMS)

/**
 * Whether `text` may hold a term of the lexicon (any kind). `false` is exact: no pattern made of the lexicon's
 * terms (`termPattern`, `termAlternation`) can match the text, so a stage may skip them. One pass over the text,
 * read as `mayHoldTermLowered` reads its lower case (`FOLDED`).
 */
export function mayHoldTerm (text: string): boolean {
  const { classes, delta, space } = FOLDED
  let row = 0
  let lastSpace = false
  const end = text.length
  for (let i = 0; i < end; i++) {
    const k = classes[unitAt(text, i)]
    if (k === space) {
      // a run of white space reads as one space
      if (lastSpace) continue
      lastSpace = true
    } else {
      if (k === UNFOLDED) return mayHoldTermLowered(text.toLowerCase())
      lastSpace = false
    }
    row = delta[row + k]
    if (row < 0) return true
  }
  return false
}

/** `mayHoldTerm` of a text already lower-cased, read on the unfolded table. */
function mayHoldTermLowered (low: string): boolean {
  const { classes, width, delta, final, space } = TERMS
  let state = 0
  let lastSpace = false
  const end = low.length
  for (let i = 0; i < end; i++) {
    const k = classes[unitAt(low, i)]
    if (k === space) {
      // a run of white space reads as one space
      if (lastSpace) continue
      lastSpace = true
    } else {
      lastSpace = false
    }
    state = delta[state * width + k]
    if (final[state] === 1) return true
  }
  return false
}

/**
 * The separators of a hacked title's keywords (`澳门威尼斯人官网_北京赛车pk10开奖直播_重庆时时彩平台`), a dash between
 * Han characters too (`澳门新葡京娱乐场-皇冠体育投注官网`).
 */
const TITLE_KEYWORDS = /\s*[_|｜,，、]\s*|\s+[-–—]\s+|(?<=\p{Script=Han})[-–—](?=\p{Script=Han})/u
/** A hacked title's bracketed boast (`【唯一指定】`, `【官方网站】`), no keyword of its own: not a part of the title. */
const TITLE_BOAST = /【[^【】]{1,12}】/gu
/** A hacked title's part that is the site's boast alone (`官方网站`, data/spam-lexicon.json `titleBoasts`). */
const BOASTS = SPAM_LEXICON.titleBoasts.map(w => escapeRegExp(w.word)).join('|')
const BOAST_PART = new RegExp(`^(?:${BOASTS})$`, 'iu')
/** A hacked title's part that ends with the site's boast (`太阳城官网`). */
const BOAST_END = new RegExp(`(?:${BOASTS})$`, 'iu')
/** Fewest keywords of a title made of them: one part alone is a headline about gambling as often. */
const MIN_TITLE_KEYWORDS = 2
/** Longest title read as keywords (characters): search engines show about 60, injected titles stay within that. */
const KEYWORD_TITLE_MAX = 200

/** Every term of the lexicon: brands, ambiguous names and gambling words alike. */
const LEXICON_TERMS = termAlternation(SPAM_LEXICON.terms.map(e => e.term))

/** Whether `text` holds one of `terms` (a global pattern, read from the text's start). */
export function holdsTerm (text: string | undefined, terms: RegExp | null): boolean {
  if (text === undefined || terms === null) return false
  terms.lastIndex = 0
  return terms.test(text)
}

/**
 * Whether the page's `<title>` is a hacked site's keywords and nothing else: every one of its parts holds a gambling
 * brand or term (`澳门威尼斯人官网_北京赛车pk10开奖直播_重庆时时彩平台`), but for the site's boast or name. A real title's
 * parts are the headline and the site's name: a headline about gambling (`澳门赌场收入下降_财经频道_新浪网`) keeps a part
 * with none.
 */
export function isKeywordTitle (title: string | undefined, terms: RegExp | null = LEXICON_TERMS): boolean {
  // `terms`: the lexicon's, or a page's own list (its ambiguous names and brands never seen, src/spam)
  if (title === undefined || terms === null || title.length > KEYWORD_TITLE_MAX) return false
  // the site's boast (`官方网站`) or its own name left at the end (`…_皇冠体育投注-华暹日报`: zh-news n188 of session
  // 39's unseen round), holding no term, is neither keyword nor headline
  const parts = title.replace(TITLE_BOAST, ' ').split(TITLE_KEYWORDS).map(p => p.trim())
    .filter(p => p !== '' && !((BOAST_PART.test(p) || endsLikeSiteName(p) || endsLikeOrg(p)) && !holdsTerm(p, terms)))
  if (parts.length < MIN_TITLE_KEYWORDS) return false
  const plain = parts.filter(p => !holdsTerm(p, terms))
  // a brand the lexicon has not seen among known keywords (`澳门新葡京娱乐场_新葡京赌场官网_太阳城申博_北京赛车pk10`): one
  // short part of no term beside three or more of them; a headline about gambling is longer and holds the terms itself
  return plain.length === 0 ||
    (plain.length === 1 && parts.length - 1 >= UNSEEN_BRAND_BESIDE && plain[0].length <= UNSEEN_BRAND_MAX)
}
/** Fewest keywords beside a part of no term for the title to be keywords still, and that part's most characters. */
const UNSEEN_BRAND_BESIDE = 3
const UNSEEN_BRAND_MAX = 6

/**
 * A hacked site's keywords put before the page's own title (`百家乐官网_澳门赌场_休斯顿中国城停车场砸车窃案增多 警方座谈会
 * - 休城华声报`: zh-news n236 of session 40's unseen round): the title after them, when at least `MIN_TITLE_KEYWORDS`
 * parts at its start hold a gambling term (or are the site's boast) and a part of none follows; else undefined.
 */
export function afterKeywordHead (
  title: string | undefined, terms: RegExp | null = LEXICON_TERMS
): string | undefined {
  if (title === undefined || terms === null || title.length > KEYWORD_TITLE_MAX) return undefined
  let rest = title.replace(TITLE_BOAST, ' ').trim()
  let keywords = 0
  for (let m = TITLE_KEYWORDS.exec(rest); m !== null; m = TITLE_KEYWORDS.exec(rest)) {
    const part = rest.slice(0, m.index).trim()
    // a brand the lexicon has not seen, with the site's boast after it (`太阳城官网`), after known keywords
    const boasted = keywords >= MIN_TITLE_KEYWORDS && part.length <= UNSEEN_BRAND_MAX && BOAST_END.test(part)
    if (part !== '' && !holdsTerm(part, terms) && !BOAST_PART.test(part) && !boasted) break
    if (holdsTerm(part, terms)) keywords++
    rest = rest.slice(m.index + m[0].length)
  }
  const after = rest.trim()
  // the site's name alone after them (`…_皇冠体育投注-华暹日报`) is no title: the keywords are the whole of it
  const site = after.split(TITLE_KEYWORDS).map(p => p.trim()).filter(p => p !== '')
    .every(p => endsLikeSiteName(p) || endsLikeOrg(p) || BOAST_PART.test(p))
  return keywords >= MIN_TITLE_KEYWORDS && after !== '' && !site && !holdsTerm(after, terms) ? after : undefined
}
