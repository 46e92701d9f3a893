/**
 * Stage 3: strip injected SEO gambling spam. Hacked pages carry betting-site names put in place of real words
 * (`必威体育:网 > 新闻中心`, `世遗必威体育:︱最美乡村`), whole lines of brand names, keyword-stuffed link lists and
 * links to gambling domains. The lexicon (data/spam-lexicon.json) has three kinds of entries:
 *   - brand: removed wherever it occurs, with the colons injections carry;
 *   - ambiguous: a brand that is also an ordinary word or a real place (`金沙`, `威尼斯人`): removed only when the
 *     page shows the injection pattern for it (glued to a colon twice or more, alone on a line) or other spam;
 *   - generic: gambling vocabulary (`百家乐`, `casino`): never cut out of a sentence, it only marks a line as
 *     keyword-stuffed (several terms in a link-list-like line), and such a line goes whole.
 * `options.spamTerms` adds brand entries for one request. Every removal is listed with kind `spam`.
 */
import { titleParts } from '../text/title-owner.js'
import type { Candidate, Draft, MetadataHints } from '../draft.js'
import type { Removal } from '../types.js'
import { isGamblingAccountLine, mayHoldHanBrand, unseenBrands } from './shape.js'
import { isEntryLine, isPromoLine, isShortLine, trailingPromo } from './promo.js'
import { unitAt } from '../text/index.js'
import { MIN_GAMBLING_TERMS, latinBrandCodes, sentenceBrands } from './sentence.js'
import {
  SPAM_LEXICON, afterKeywordHead, holdsTerm, isKeywordTitle, isSpamHost, mayHoldTerm, termAlternation as alternation,
  termPattern, termsOf
} from '../text/spam-lexicon.js'

// A link or bare domain: `https://www.bet365.com/x`, `amxpj8888.com`, `www.xpj.vip`.
const TLD = SPAM_LEXICON.urlTlds.map(t => t.tld).join('|')
const URL = new RegExp(String.raw`(?<![a-z0-9.-])(?:https?:\/\/)?(?:[a-z0-9-]{1,63}\.){1,8}(?:${TLD})` +
  String.raw`(?::\d+)?(?:\/[^\s"'<>，。、）)]*)?`, 'gi')

/** A top-level domain read where it stands (sticky, `/i` without `u`: ASCII letters in either case only). */
const TLD_AT = new RegExp(`(?:${TLD})`, 'iy')
const DASH = 0x2d
/** The bit that tells an ASCII letter's cases apart: set, it is the lower case. */
const ASCII_LOWER_BIT = 0x20
/** `[a-z0-9-]` as `/i` without `u` reads it: an ASCII letter in either case, a digit, the dash. */
function endsLabel (c: number): boolean {
  const low = c | ASCII_LOWER_BIT
  return (low >= 0x61 && low <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === DASH
}

/**
 * Every URL match holds a label's last character, a dot and a top-level domain (`8.com`): a text without that
 * holds no URL, and the URL pattern, tried from every position of a paragraph, is not run (exact). Asked at the
 * dots alone (`indexOf`; a Chinese paragraph has none, an English one a few), where a pattern over the same shape
 * tried every position of the text.
 */
function mayHoldUrl (text: string): boolean {
  for (let dot = text.indexOf('.', 1); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (!endsLabel(unitAt(text, dot - 1))) continue
    TLD_AT.lastIndex = dot + 1
    if (TLD_AT.test(text)) return true
  }
  return false
}

const SEGMENTS = /[\s|｜/·•]+/u
const SENTENCE = /[。！？]|[.!?](?:\s|$)/

/** A link-list-like line: several short segments side by side, no sentence in it. */
function isListLike (text: string): boolean {
  // a sentence mark first: one pattern, where the split makes a string of every word (most lines are prose)
  if (SENTENCE.test(text)) return false
  const segs = text.split(SEGMENTS).filter(s => s !== '')
  if (segs.length < 3) return false
  return segs.reduce((n, s) => n + s.length, 0) / segs.length <= 16
}

export interface SpamOptions { spamTerms?: string[] }

/** An ambiguous term, its lower case and `term:` as injections write it: made once, not once a page. */
interface Injection { term: string, lower: string, re: RegExp }

/**
 * How often the page shows the injection pattern for a term: glued to a colon, or alone on a line (counted twice).
 * `lines`: the blocks' texts trimmed and lower-cased, `colons`: whether each holds a colon (every match ends with
 * one: a block without one holds none), both made once for every term.
 */
function countInjections (blocks: Candidate[], lines: string[], colons: boolean[], { lower, re }: Injection): number {
  let n = 0
  for (let i = 0; i < blocks.length; i++) {
    if (lines[i] === lower) n += 2
    if (colons[i]) n += blocks[i].text.match(re)?.length ?? 0
  }
  return n
}

/**
 * Every match of a global pattern, without `matchAll` (which copies the pattern on each call: with hundreds of
 * terms in it, that copy costs more than the match on a short line).
 */
function allMatches (re: RegExp, text: string): string[] {
  const out: string[] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m[0])
    if (m[0] === '') re.lastIndex++
  }
  return out
}

const BRANDS = termsOf('brand')
const GENERIC = termsOf('generic')
const AMBIGUOUS = termsOf('ambiguous')
const INJECTIONS: Injection[] = AMBIGUOUS.map(term => ({
  term, lower: term.toLowerCase(), re: new RegExp(termPattern(term) + '[:：]', 'giu')
}))
const BRAND_RE = alternation(BRANDS)
const GENERIC_RE = alternation(GENERIC)

interface Patterns { remove: RegExp | null, injected: RegExp | null, stuffing: RegExp | null }
/** For a block in which no lexicon term occurs, when the page's patterns hold only lexicon terms: none can match. */
const NO_TERMS: Patterns = { remove: null, injected: null, stuffing: null }
/** How many of a stuffed line's gambling terms its reason quotes: enough to show the stuffing. */
const TERMS_IN_REASON = 5

/**
 * The patterns for one set of brands (the lexicon's, then the request's, the page's ambiguous ones and its unseen
 * ones), compiled once; known by the brands after the lexicon's alone (every set opens with the lexicon's: keyed by
 * the whole list, each page joined the lexicon's hundreds of brands into a string and hashed it to find the entry).
 */
const patternCache = new Map<string, Patterns>()
/**
 * Distinct brand sets remembered: pages and requests repeat a few; a client sending new terms each time cannot grow it.
 */
const PATTERN_CACHE_MAX = 64

function patternsFor (extra: string[]): Patterns {
  const key = extra.length === 0 ? '' : '\u0000' + extra.join('\u0000')
  const known = patternCache.get(key)
  if (known !== undefined) return known
  const brands = [...BRANDS, ...extra]
  const remove = alternation(brands)
  const patterns: Patterns = {
    remove,
    // the space after a brand goes with it; a list's or table's line and cell separators stay
    injected: remove === null ? null : new RegExp(`(?:${remove.source})[:：]*(?:(?![\\n\\t])\\s)?`, 'giu'),
    stuffing: alternation([...brands, ...GENERIC, ...AMBIGUOUS])
  }
  if (patternCache.size >= PATTERN_CACHE_MAX) patternCache.clear()
  patternCache.set(key, patterns)
  return patterns
}

/** `ſ` (long s): the one letter `/iu` folds to an ASCII letter (`s`) that `toLowerCase` leaves as it is. */
const LONG_S = 'ſ'

/**
 * A brand of Han characters, ASCII letters and digits: under `/iu` only ASCII letters, `K` (Kelvin) and `ſ` match
 * its characters, and lower-casing maps all of them but `ſ` onto the brand's own lower case.
 */
const PLAIN_BRAND = /^[\p{Script=Han}A-Za-z0-9]+$/u

/**
 * Whether a text may hold one of the page's unseen brands (`unseen`'s keys) as their pattern (`termPattern`, `/iu`)
 * matches it: false is exact. Asked only by a substring search of the lower-cased text, for plain brands
 * (`PLAIN_BRAND`, which every brand found by shape is) and a text without `ſ`; any other may.
 */
function holdsUnseen (text: string, unseen: Map<string, string>): boolean {
  if (unseen.size === 0) return false
  if (text.includes(LONG_S)) return true
  const lower = text.toLowerCase()
  for (const brand of unseen.keys()) {
    if (!PLAIN_BRAND.test(brand) || lower.includes(brand.toLowerCase())) return true
  }
  return false
}

export function stripSpam (draft: Draft, options: SpamOptions = {}): Draft {
  // the blocks where a lexicon term may occur (one exact scan of each): the others skip the lexicon's patterns
  const withTerms = new Set(draft.blocks.filter(b => mayHoldTerm(b.text)))
  // the blocks that may hold a URL, asked once: the page's gambling evidence and each block's cut read them
  const withUrls = new Set(draft.blocks.filter(b => mayHoldUrl(b.text)))
  const { extra, unseen } = pageBrands(draft, options, withTerms, withUrls)
  const patterns = patternsFor(extra)
  const lexiconAndUnseen = (options.spamTerms ?? []).length === 0
  const removed: Removal[] = []
  const blocks: Candidate[] = []
  const titleRef = (draft.hints.title ?? draft.blocks[0]?.text ?? '').trim()
  for (const block of draft.blocks) {
    const own = lexiconAndUnseen && !withTerms.has(block) && !holdsUnseen(block.text, unseen) ? NO_TERMS : patterns
    const kept = cleanBlock(block, { patterns: own, unseen, removed, withUrls })
    if (kept === undefined) continue
    // what is left is the title again: the line was a repeat of the title with a brand spliced in
    if (kept !== block && block !== draft.blocks[0] && kept.text === titleRef) {
      const reason = 'a repeat of the title with a brand spliced in'
      removed.push({ kind: 'spam', rule: 'spam-title-repeat', text: block.text, reason })
      continue
    }
    // A line that was nothing but spam (or spam and punctuation) goes.
    if (kept === block || /[\p{L}\p{N}]/u.test(kept.text)) blocks.push(kept)
  }
  const hints = titleHints(draft.hints, patterns, removed)
  return { ...draft, blocks, hints, removed: [...draft.removed, ...removed] }
}

/**
 * The title hints without the injection: none at all when the page's title is the injection's keywords alone (the
 * metadata stage then reads the headline the page prints); the title without its brand when one is spliced into it
 * (`<title>世遗九游娱乐最美乡村</title>`). Each removal is reported to `removed`.
 */
function titleHints (hints: MetadataHints, patterns: Patterns, removed: Removal[]): MetadataHints {
  const page = hints.pageTitle ?? hints.title
  if (page !== undefined && isKeywordTitle(page, patterns.stuffing)) {
    const reason = 'a page title of gambling keywords alone'
    removed.push({ kind: 'spam', rule: 'spam-title-keywords', text: page, reason })
    const title = holdsTerm(hints.title, patterns.stuffing) ? undefined : hints.title
    return { ...hints, pageTitle: undefined, title }
  }
  // the keywords put before the page's own title: the title after them
  const after = afterKeywordHead(page, patterns.stuffing)
  if (page !== undefined && after !== undefined) {
    const reason = 'gambling keywords put before the page title'
    const text = page.slice(0, page.length - after.length).trim()
    removed.push({ kind: 'spam', rule: 'spam-title-prefix', text, reason })
    const title = hints.title === page ? after : hints.title
    return { ...hints, pageTitle: after, title }
  }
  const title = hints.title
  const cleanedTitle = cleanTitle(title, patterns.injected)
  if (title === undefined || cleanedTitle === undefined) return hints
  const reason = 'gambling brand injected into the page title'
  removed.push({ kind: 'spam', rule: 'spam-title-brand', text: title, reason })
  return { ...hints, title: cleanedTitle }
}

/**
 * The brands of this page beside the lexicon's (`extra`): the caller's, ambiguous names it injects, brands by their
 * shape.
 */
function pageBrands (
  draft: Draft, options: SpamOptions, withTerms: Set<Candidate>, withUrls: Set<Candidate>
): { extra: string[], unseen: Map<string, string> } {
  const extra = [...(options.spamTerms ?? [])]
  const brandRe = extra.length === 0 ? BRAND_RE : alternation([...BRANDS, ...extra])
  const lexical = draft.blocks.filter(b => withTerms.has(b))
  const mentions = (re: RegExp, blocks: Candidate[]): boolean => blocks.some(b => {
    re.lastIndex = 0
    return re.test(b.text)
  })
  const anyBrandOnPage = brandRe !== null && mentions(brandRe, brandRe === BRAND_RE ? lexical : draft.blocks)
  // An ambiguous name counts as a brand on this page when the page shows the injection pattern for it.
  const lines = lexical.map(b => b.text.trim().toLowerCase())
  const colons = lexical.map(b => b.text.includes(':') || b.text.includes('：'))
  for (const injection of INJECTIONS) {
    const n = countInjections(lexical, lines, colons, injection)
    if (n >= 2 || (n >= 1 && anyBrandOnPage)) extra.push(injection.term)
  }
  // brands the lexicon has never seen, by their shape and what the page does with them (shape.ts, sentence.ts)
  const gamblingOnPage = anyBrandOnPage || (GENERIC_RE !== null && mentions(GENERIC_RE, lexical))
  // the blocks a brand-shaped token may stand in, found once for every search of them
  const shaped = draft.blocks.filter(b => mayHoldHanBrand(b.text))
  const unseen = unseenBrands(draft.blocks, draft.hints.title, gamblingOnPage, shaped)
  const gambling = anyBrandOnPage || showsGambling(draft, brandRe, lexical, withUrls)
  for (const [brand, why] of brandsInText(draft, gambling, shaped)) if (!unseen.has(brand)) unseen.set(brand, why)
  for (const brand of unseen.keys()) extra.push(brand)
  return { extra, unseen }
}

/** Unseen brands standing in sentences and Latin brand codes (sentence.ts), each with why. */
function brandsInText (draft: Draft, gambling: boolean, shaped: Candidate[]): Map<string, string> {
  const chrome = draft.removed.filter(r => CHROME.has(r.kind)).map(r => r.text)
  const own = ownName(draft.hints, chrome)
  const page = {
    blocks: draft.blocks, chrome, gambling, title: draft.hints.title ?? draft.blocks[0]?.text, shaped,
    ...(own !== undefined ? { own } : {})
  }
  const found = sentenceBrands(page)
  if (gambling) for (const [code, why] of latinBrandCodes(draft.blocks)) if (!found.has(code)) found.set(code, why)
  return found
}

/** A copyright footer's mark (`©`, `Copyright`, `版权所有`, `版權所有`). */
const COPYRIGHT = /©|&copy;|\bcopyright\b|版[权權]所有/iu
/**
 * The site's own name where the page signs with it (sentence.ts `PageText.own`): the markup's site name or the last
 * part of the `<title>`, named beside a copyright mark in what the front end took out as chrome; undefined otherwise.
 */
function ownName (hints: Draft['hints'], chrome: readonly string[]): string | undefined {
  const parts = titleParts(hints.pageTitle ?? '')
  const named = [hints.siteName?.trim(), parts.length > 1 ? parts[parts.length - 1] : undefined]
  for (const name of named) {
    if (name === undefined || name === '') continue
    if (chrome.some(c => COPYRIGHT.test(c) && c.includes(name))) return name
  }
  return undefined
}

function matches (re: RegExp, text: string): boolean {
  re.lastIndex = 0
  return re.test(text)
}

/** What the front end removes as page chrome: where a hacked template repeats its brand. */
const CHROME = new Set<string>(['navigation', 'related', 'boilerplate'])

/**
 * Whether the page shows gambling without a lexicon brand in its text: spam the front end took out that names a
 * lexicon brand (a lottery portal's own links, `彩票`, `双色球`, and hidden link farms of news headlines do not), a
 * link to a gambling host in the text, or several distinct gambling terms.
 */
function showsGambling (
  draft: Draft, brandRe: RegExp | null, lexical: Candidate[], withUrls: Set<Candidate>
): boolean {
  if (brandRe !== null && draft.removed.some(r => r.kind === 'spam' && matches(brandRe, r.text))) return true
  for (const b of withUrls) {
    URL.lastIndex = 0
    for (let m = URL.exec(b.text); m !== null; m = URL.exec(b.text)) if (isSpamHost(m[0])) return true
  }
  if (GENERIC_RE === null) return false
  // gambling terms occur only in the blocks the lexicon's scan found
  const terms = new Set<string>()
  for (const b of lexical) {
    for (const t of allMatches(GENERIC_RE, b.text)) terms.add(t.toLowerCase())
    if (terms.size >= MIN_GAMBLING_TERMS) return true
  }
  return false
}

interface BlockContext {
  patterns: Patterns, unseen: Map<string, string>, removed: Removal[]
  /** The page's blocks that may hold a URL (`mayHoldUrl`). */
  withUrls: Set<Candidate>
}

/**
 * One block without its spam: the block itself when nothing was cut, a copy with the cut text (spaces closed up),
 * or undefined when the whole line is spam.
 */
function cleanBlock (block: Candidate, ctx: BlockContext): Candidate | undefined {
  const whole = wholeLineSpam(block.text, ctx.patterns)
  if (whole !== undefined) {
    ctx.removed.push(whole)
    return undefined
  }
  const glued = trailingPromo(block.text)
  if (glued !== null) {
    const reason = 'betting promotion glued after the paragraph\'s last sentence: a brand and its entry link'
    ctx.removed.push({ kind: 'spam', rule: 'spam-promo-line', text: glued.text, reason })
  }
  const line = glued === null ? block.text : block.text.slice(0, glued.index)
  const text = cutSpam(line, glued === null ? ctx.withUrls.has(block) : mayHoldUrl(line), ctx)
  if (text === block.text) return block
  // runs of spaces left by a cut close up; the line and cell separators of lists and tables stay
  return { ...block, text: text.replace(/(?:(?![\n\t])\s){2,}/g, ' ').replace(/ *([\n\t]) */g, '$1').trim() }
}

/** A link list of gambling terms has at least this many terms that are not brands. */
const MIN_LIST_TERMS = 2

function brandCount (text: string, remove: RegExp | null): number {
  return remove === null ? 0 : (text.match(remove)?.length ?? 0)
}

const visibleLength = (text: string): number => text.replace(/\s/g, '').length
const charsOf = (hits: readonly string[]): number => hits.reduce((n, h) => n + h.length, 0)

/** Three gambling terms or more, not all of them brands, making 30% of the line's visible characters. */
function isStuffed (text: string, hits: readonly string[], remove: RegExp | null): boolean {
  return hits.length >= 3 && charsOf(hits) >= visibleLength(text) * 0.3 && hits.length > brandCount(text, remove)
}

/** A link-list line with two gambling terms or more beside its brands, making 20% of its visible characters. */
function isSpamList (text: string, hits: readonly string[], remove: RegExp | null): boolean {
  return isListLike(text) && hits.length - brandCount(text, remove) >= MIN_LIST_TERMS &&
    charsOf(hits) >= visibleLength(text) * 0.2
}

/** The hits of a block no lexicon pattern is asked of (read only): no array made per block. */
const NO_HITS: readonly string[] = []

/** Keyword-stuffed or link-list lines of gambling terms, and gambling account lines, go whole. */
function wholeLineSpam (text: string, { remove, stuffing }: Patterns): Removal | undefined {
  const hits = stuffing === null ? NO_HITS : allMatches(stuffing, text)
  if (isGamblingAccountLine(text, stuffing, isListLike)) {
    const reason = 'gambling line: a gambling term beside login and register links'
    return { kind: 'spam', rule: 'spam-account-line', text, reason }
  }
  // both need two terms or more: most lines have none, and are not measured
  if (hits.length >= MIN_LIST_TERMS && (isStuffed(text, hits, remove) || isSpamList(text, hits, remove))) {
    const terms = [...new Set(hits)].slice(0, TERMS_IN_REASON).join(', ')
    const reason = `keyword-stuffed line (${hits.length} gambling terms: ${terms})`
    return { kind: 'spam', rule: 'spam-keyword-stuffing', text, reason }
  }
  // both promotion lines are short: a paragraph is measured once here, not by each
  if (!isShortLine(text)) return undefined
  if (isEntryLine(text)) {
    const reason = 'betting promotion line: a brand-shaped name and its entry (官网, app下载, 入口) alone'
    return { kind: 'spam', rule: 'spam-promo-line', text, reason }
  }
  if (!isPromoLine(text, stuffing)) return undefined
  const reason = 'betting promotion line: a brand beside a bonus or an account link'
  return { kind: 'spam', rule: 'spam-promo-line', text, reason }
}

/** Links to gambling domains, and injected brand names with the colon that stands in for the word they replaced. */
function cutSpam (
  line: string, urls: boolean, { patterns: { injected }, unseen, removed }: BlockContext
): string {
  let text = line
  // `urls`: whether the line may hold one (`mayHoldUrl`)
  if (urls) text = text.replace(URL, url => {
    if (!isSpamHost(url)) return url
    removed.push({ kind: 'spam', rule: 'spam-url', text: url, reason: 'link to a gambling site' })
    return ' '
  })
  if (injected === null) return text
  return withoutBrands(text, injected, (found, left) => {
    if (left === true) {
      const reason = 'what an injected brand left of its segment (its alias and separator)'
      removed.push({ kind: 'spam', rule: 'spam-brand-injection', text: found, reason })
      return
    }
    const name = found.replace(/(?<![:：\s])[:：\s]+$/u, '') // from the run's start only: linear
    const why = unseen.get(name)
    const reason = `gambling brand "${name}" injected into the text${why === undefined ? '' : ` (${why})`}`
    removed.push({ kind: 'spam', rule: 'spam-brand-injection', text: found.trim(), reason })
  })
}

/**
 * What a brand at one end of a title leaves of its segment once cut: its Latin alias and the separator
 * (`九游会·J9-标题` -> `·J9-标题`, `标题_开云·KY` -> `标题_·KY`). No Han character: the headline's own words stay.
 */
const LEFT_AT_START = /^[\s·•・:：]*(?:[A-Za-z][A-Za-z0-9.]{0,7})?[\s·•・]*[-–—|｜_]+\s*/u
const LEFT_AT_END = /\s*[-–—|｜_]+[\s·•・:：]*(?:[A-Za-z][A-Za-z0-9.]{0,7})?[\s·•・]*$/u

/**
 * `text` with the brands `injected` matches cut (each reported to `cut`), and what a brand at either end left of its
 * segment (`LEFT_AT_START`, `LEFT_AT_END`: reported to `cut` as well, with `left` set).
 */
function withoutBrands (text: string, injected: RegExp, cut: (found: string, left?: boolean) => void): string {
  let atStart = false
  let atEnd = false
  const out = text.replace(injected, (found: string, at: number) => {
    cut(found)
    if (at === 0) atStart = true
    if (at + found.length === text.length) atEnd = true
    return /\s$/.test(found) ? ' ' : ''
  })
  const trim = (s: string, left: RegExp): string => s.replace(left, found => {
    if (found.trim() !== '') cut(found.trim(), true)
    return ''
  })
  const start = atStart ? trim(out, LEFT_AT_START) : out
  return atEnd ? trim(start, LEFT_AT_END) : start
}

/** The page title without an injected brand, or undefined when it carries none (or nothing else). */
function cleanTitle (title: string | undefined, injected: RegExp | null): string | undefined {
  if (injected === null || title === undefined) return undefined
  const whole = title.trim()
  // the hint's title: its cuts are not the body's removals (the title's own text is the Article's `title`)
  const clean = withoutBrands(whole, injected, () => undefined).replace(/\s{2,}/g, ' ').trim()
  return clean !== whole && clean !== '' ? clean : undefined
}
