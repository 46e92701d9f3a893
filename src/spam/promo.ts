/**
 * A betting site's promotion line: one short line that names a brand and what the site offers or asks
 * (`九游娱乐官网注册送彩金`, `九游娱乐官网 Register now and win big`). The brand is brand-shaped (two or three Han
 * characters and a brand ending, data/spam-lexicon.json `brandSuffixes`) or any term of the lexicon, a brand's or
 * gambling's own (`Lucky Dragon 娱乐城 - claim your bonus`); the offer is a promotion word
 * (`promoWords`: 彩金, 注册送, free spins...) anywhere in the line, or an account word (`accountWords`) standing as a
 * segment of its own (`… | 注册`, `… Register now`). Neither alone: `中国体育彩票` is a lottery's name, and a headline
 * such as `新华体育注册用户突破千万` holds 注册 inside a sentence's word, not as a link's.
 */
import { escapeRegExp, isHighSurrogate, isLowSurrogate, isRegExpSpace, unitAt } from '../text/index.js'
import { SPAM_LEXICON as DATA } from '../text/spam-lexicon.js'
import { ACCOUNT_WORDS, SUFFIX } from './shape.js'
import { isWord } from '../text/han-words.js'

/** Two or three Han characters and a brand ending: the shape of a betting brand (`九游娱乐`, `必威体育`). */
const BRAND_SHAPED = new RegExp(`\\p{Script=Han}{2,3}(?:${SUFFIX})`, 'u')
const PROMO = new RegExp(DATA.promoWords.map(w => escapeRegExp(w.word).replace(/\s+/g, '\\s+')).join('|'), 'iu')
/** An account word as a segment of its own (a link's text), or opening a call to action (`Register now`). */
const ACCOUNT_SEGMENT = new RegExp(`(?:^|[\\s|｜/·•])(?:${ACCOUNT_WORDS})(?=$|[\\s|｜/·•!！])`, 'iu')

/**
 * Longest promotion line, in characters without spaces: promotions are a brand and a slogan; a longer line is an
 * article's sentence, which may name a brand and a bonus in reporting on them.
 */
const PROMO_LINE_MAX = 40

/**
 * Whether `text` has more than `max` characters (code points) other than white space (`\s`), counting from the code
 * units and stopping there: a surrogate pair is one character and never white space, a lone surrogate one character.
 * (A string and a pattern test per character cost 2 µs on every paragraph of a page.)
 */
export function longerThan (text: string, max: number): boolean {
  if (text.length <= max) return false
  let n = 0
  const end = text.length
  for (let i = 0; i < end; i++) {
    const c = unitAt(text, i)
    if (isHighSurrogate(c) && i + 1 < end && isLowSurrogate(unitAt(text, i + 1))) i++
    else if (isRegExpSpace(c)) continue
    if (++n > max) return true
  }
  return false
}
/** Whether `text` is no longer than a promotion line (`PROMO_LINE_MAX`): both promotion tests ask it first. */
export const isShortLine = (text: string): boolean => !longerThan(text, PROMO_LINE_MAX)

/**
 * A line that is a betting site's name and its entry and nothing else (`九游娱乐app下载`, `九游娱乐官网`,
 * `金冠体育(中国)官方网站`): the link text a hacked template puts on a line of its own, as `trailingPromo` finds it
 * glued after a paragraph's last sentence. The name alone (`九游娱乐`) is no line of this kind.
 */
const ENTRY_LINE = new RegExp(`^\\s*(\\p{Script=Han}{2,5}?)(?:${SUFFIX}){1,2}\\s*(?:[·・]?\\s*[(（](?:中国|中國)[)）])?\\s*` +
  '(?:app|APP)?(?:官方网站|官方網站|官网|官網|下载|下載|入口|登录|登錄|注册|註冊){1,2}\\s*$', 'u')

/**
 * Whether `text` is a betting site's name and its entry alone (`ENTRY_LINE`), the name's stem no word of the
 * dictionary: `新浪体育app下载`, `腾讯体育官网` are portals' own links (新浪, 腾讯 are words; so is 欧宝, Opel, and
 * `欧宝体育app下载` stays with them), where a betting brand's stem is a coinage (`九游`, `博亚`).
 */
export function isEntryLine (text: string): boolean {
  if (longerThan(text, PROMO_LINE_MAX)) return false
  const m = ENTRY_LINE.exec(text)
  return m !== null && !isWord(m[1])
}

/**
 * Whether `text` is a betting promotion line; `gambling` matches the lexicon's terms and the page's brands (null
 * when none can occur in this text).
 */
export function isPromoLine (text: string, gambling: RegExp | null): boolean {
  if (longerThan(text, PROMO_LINE_MAX)) return false
  if (!PROMO.test(text) && !ACCOUNT_SEGMENT.test(text)) return false
  if (BRAND_SHAPED.test(text)) return true
  if (gambling === null) return false
  gambling.lastIndex = 0
  return gambling.test(text)
}

/**
 * A betting site's name and its entry glued after the last sentence of a paragraph (`…增加了三成。澳门金沙城官网`,
 * `…。欧宝体育app下载`): brand-shaped (two to five Han characters and one or two brand endings) and ending in an
 * entry word, as a hacked template appends a link's text. A name alone after the full stop (`。新浪体育`) may be a
 * credit run on, and stays.
 */
const TRAILING_PROMO = new RegExp(`(?<=[。！？!?])\\s*(\\p{Script=Han}{2,5}(?:${SUFFIX}){1,2}` +
  '(?:app|APP)?(?:下载|下載|入口|登录|登錄|注册|註冊){0,2})\\s*$', 'u')
/** The entry words a trailing promotion ends in: the site's own address or a call to download, log in or sign up. */
const ENTRY_END = /(?:官网|官網|下载|下載|入口|登录|登錄|注册|註冊|app|APP)$/u

/** The last character of every `TRAILING_PROMO` match: a Han character, or the `p` of `app`. */
const ENDS_LIKE_PROMO = /[\p{Script=Han}pP]/u

/** The promotion glued after a paragraph's last sentence (its index and text), or null. */
export function trailingPromo (text: string): { index: number, text: string } | null {
  // every match ends in a Han character or `app`: most paragraphs end in a full stop, and are not searched
  if (!ENDS_LIKE_PROMO.test(text.slice(-1))) return null
  const m = TRAILING_PROMO.exec(text)
  if (m === null || !ENTRY_END.test(m[1])) return null
  return { index: m.index, text: m[1] }
}
