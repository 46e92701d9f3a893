/**
 * Betting brands the lexicon has never seen, found by what they are and where they stand. A brand-shaped token
 * is two to three Han characters and a brand ending (`九游娱乐`, `必威体育`; data/spam-lexicon.json
 * `brandSuffixes`); it is taken as a brand on this page when the page shows what an injection does with it:
 *   - glued to the colon that stands in for the word it replaced, twice or more (`世遗九游娱乐:︱最美乡村`);
 *   - spliced into a repeat of the page's title (`世遗九游娱乐最美乡村` beside the title `世遗最美乡村`);
 *   - standing in Latin-script text (`the meeting in 九游娱乐 was a success`), twice or more, or once on a page
 *     that carries other gambling words.
 * A line made of short segments with a gambling term and an account link (`Macau Casino Online | Login |
 * Register`) is a gambling line. Every scan is one pass over the blocks.
 */
import type { Candidate } from '../draft.js'
import { escapeRegExp, hanShare, holdsHan } from '../text/index.js'
import { SPAM_LEXICON as DATA } from '../text/spam-lexicon.js'

/** The brand endings as an alternation, longest first (shared with the promotion-line check, ./promo.ts). */
export const SUFFIX = DATA.brandSuffixes.map(s => s.suffix).sort((a, b) => b.length - a.length)
  .map(escapeRegExp).join('|')

/**
 * Any brand ending: every brand-shaped token holds one (the patterns below and those of ./sentence.ts), so a text
 * without one is not searched by them. A plain alternation of the endings, where those patterns run a look-behind or
 * a class at every position of a Han paragraph before they try the endings.
 */
const ANY_SUFFIX = new RegExp(`(?:${SUFFIX})`, 'u')

/** Whether `text` may hold a brand-shaped token: false is exact. */
export function mayHoldBrandShape (text: string): boolean {
  return ANY_SUFFIX.test(text)
}

// the injection colon after a brand: two characters before the ending (most brands are two and two)
const COLON_BRAND = new RegExp(`[\\p{Script=Han}]{2}(?:${SUFFIX})(?=[:：])`, 'gu')
// a Han run standing alone between non-Han text, ending like a brand
const LONE_BRAND = new RegExp(`(?<![\\p{Script=Han}])[\\p{Script=Han}]{2,3}(?:${SUFFIX})(?![\\p{Script=Han}])`, 'gu')
const BRAND_SHAPE = new RegExp(`^[\\p{Script=Han}\\p{L}\\p{N}]{0,4}?[\\p{Script=Han}]{2,3}(?:${SUFFIX})$`, 'u')
/** The account words as an alternation (shared with ./promo.ts). */
export const ACCOUNT_WORDS = DATA.accountWords.map(w => escapeRegExp(w.word)).join('|')
const ACCOUNT = new RegExp(`(?:^|[\\s|｜/·•])(?:${ACCOUNT_WORDS})(?=$|[\\s|｜/·•])`, 'iu')

/** Colon injections this many times make a brand-shaped token a brand. */
const MIN_COLON_INJECTIONS = 2
/**
 * In Latin-script text a Han brand-shaped token is a brand when it stands this many times (or once beside gambling
 * words).
 */
const MIN_LONE_TIMES = 2
/** A block is Latin-script text when Han characters are less than this share of its letters. */
const LATIN_BLOCK_HAN_SHARE = 0.3
/** Spliced tokens: between 2 and 8 characters; titles shorter than this are too short to compare. */
const SPLICE_MIN = 2
const SPLICE_MAX = 8
const TITLE_MIN = 6
/** Only the first blocks repeat the title. */
const SPLICE_BLOCKS = 10

/** The part of `longer` that is not in `shorter`, when `longer` is `shorter` with one piece inserted. */
export function splicedIn (longer: string, shorter: string): string | null {
  if (longer.length - shorter.length < SPLICE_MIN || longer.length - shorter.length > SPLICE_MAX) return null
  let p = 0
  while (p < shorter.length && longer[p] === shorter[p]) p++
  let s = 0
  while (s < shorter.length - p && longer[longer.length - 1 - s] === shorter[shorter.length - 1 - s]) s++
  return p + s === shorter.length ? longer.slice(p, longer.length - s).trim() : null
}

/**
 * Whether a brand-shaped token may stand in `text`: a Han character and a brand ending (false is exact). Asked once
 * a block a page (`unseenBrands`' and ./sentence.ts's `shaped`), where each search asked it again.
 */
export function mayHoldHanBrand (text: string): boolean {
  return holdsHan(text) && mayHoldBrandShape(text)
}

/**
 * Counts the brand-shaped tokens of one block that may hold one (`mayHoldHanBrand`): glued to a colon, and standing
 * alone in Latin-script text.
 */
function countBrandShapes (text: string, colon: Map<string, number>, lone: Map<string, number>): void {
  // the colon shape needs a colon: most blocks are answered without its pattern
  if (text.includes(':') || text.includes('：')) {
    for (const m of text.matchAll(COLON_BRAND)) colon.set(m[0], (colon.get(m[0]) ?? 0) + 1)
  }
  if (hanShare(text) >= LATIN_BLOCK_HAN_SHARE) return
  for (const m of text.matchAll(LONE_BRAND)) lone.set(m[0], (lone.get(m[0]) ?? 0) + 1)
}

/**
 * Brand-shaped tokens this page uses as injected brands, each with why. `shaped`: the blocks that may hold one
 * (`mayHoldHanBrand`), in order, when the caller has them.
 */
export function unseenBrands (
  blocks: Candidate[], title: string | undefined, gamblingOnPage: boolean,
  shaped = blocks.filter(b => mayHoldHanBrand(b.text)),
): Map<string, string> {
  const found = new Map<string, string>()
  const colon = new Map<string, number>()
  const lone = new Map<string, number>()
  for (const b of shaped) countBrandShapes(b.text, colon, lone)
  for (const [t, n] of colon) {
    if (n >= MIN_COLON_INJECTIONS) found.set(t, `brand-shaped token glued to the injection colon ${n} times`)
  }
  for (const [t, n] of lone) {
    if (n >= MIN_LONE_TIMES || gamblingOnPage) found.set(t, 'brand-shaped Han token standing in Latin-script text')
  }
  const ref = (title ?? blocks[0]?.text ?? '').trim()
  if (ref.length >= TITLE_MIN) {
    for (const b of blocks.slice(0, SPLICE_BLOCKS)) {
      const text = b.text.trim()
      const piece = text.length > ref.length ? splicedIn(text, ref) : splicedIn(ref, text)
      if (piece !== null && BRAND_SHAPE.test(piece)) found.set(piece, 'brand spliced into a repeat of the title')
    }
  }
  return found
}

/** A short list line with a gambling term and an account link: `Macau Casino Online | Login | Register`. */
export function isGamblingAccountLine (
  text: string, gamblingTerm: RegExp | null, listLike: (text: string) => boolean,
): boolean {
  // the account link first: one pattern, where `listLike` splits the line (every line of the page is asked)
  if (gamblingTerm === null || !ACCOUNT.test(text) || !listLike(text)) return false
  gamblingTerm.lastIndex = 0
  return gamblingTerm.test(text)
}
