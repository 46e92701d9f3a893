/**
 * Unseen betting brands standing inside Chinese sentences (`本报讯 由自治区九游娱乐人力资源…`) and Latin brand codes
 * with digits (`hg0088`), found by shape and by what the page around them shows.
 *
 * A Han brand-shaped token is two characters and a brand ending (data/spam-lexicon.json `brandSuffixes`) where the
 * two characters are no word of the dictionary (src/text/han-words.ts) and hold no grammatical character (`是在国际`), do
 * not close a word begun before them (`江西省体育` is `江西省` + `体育`), and the ending begins no longer word after it
 * (`体育馆`, `国际化`). Real names of that shape
 * exist (`唯冠国际`, a company), so the shape alone never removes anything: a token is a brand only on a page that
 *   - shows gambling already (a lexicon brand, in its text or in what the front end took out as spam; a link to a
 *     gambling host; several distinct gambling terms), or
 *   - repeats the token in its navigation and lists (short link lines, list items, what the front end removed as
 *     chrome) as hacked templates do, and again in its text.
 * Either way, a name the page uses as its own (in its title, or shortened elsewhere: `唯冠` beside `唯冠国际`) stays.
 * A token glued to an administrative-division suffix (`九游娱乐县`, data/spam-lexicon.json `placeSuffixes`) stands in
 * for a place's name, as a hacker's replace-all leaves it: no place name and no dictionary word has that shape, so
 * there the shape and the dictionary test suffice, in the title and as often as the page names the place, unless its
 * first characters stand elsewhere without the ending (`唯冠` nineteen times beside one `唯冠国际旗下`, its subsidiaries).
 * A Latin brand code is letters and digits (`hg0088`, `ky8866`) whose name the gambling-host patterns know.
 */
import type { Candidate } from '../draft.js'
import { escapeRegExp } from '../text/index.js'
import { SPAM_LEXICON as DATA, isSpamHost } from '../text/spam-lexicon.js'
import { loadData } from '../data.js'
import { isWord } from '../text/han-words.js'
import { SUFFIX, mayHoldHanBrand } from './shape.js'

// a brand ending with two Han characters before it, anywhere in a Han run (SUFFIX: the endings, longest first)
const IN_RUN = new RegExp(`(?<=\\p{Script=Han}{2})(?:${SUFFIX})`, 'gu')
const HAN_CHAR = /^\p{Script=Han}$/u
const PLACE_SUFFIXES = DATA.placeSuffixes.map(s => escapeRegExp(s.suffix)).join('')
/** A brand ending with two Han characters before it and a place's administrative suffix after it. */
const AS_PLACE = new RegExp(`\\p{Script=Han}{2}(?:${SUFFIX})(?=[${PLACE_SUFFIXES}])`, 'gu')
/**
 * An abbreviation in lower case then digits, not inside a longer Latin word or number (Han may touch it): `hg0088`,
 * `ky8866`. Brand codes are written like the domains they come from; model numbers are capitals (`AG600`), and a
 * longer word before the digits is a word (`alphabet365`), not an abbreviation.
 */
const LATIN_CODE = /(?<![A-Za-z0-9])[a-z]{1,5}\d{2,6}(?![A-Za-z0-9])/g
const SENTENCE_END = /[。！？!?]/u
/** Grammatical characters (data/spam-function-words.json): a prefix holding one is a piece of a sentence. */
const FUNCTION_CHARS = new Set(loadData<{ chars: string }>('spam-function-words.json').chars)

/** Characters of the prefix a brand-shaped token has: most brands are two and two (`九游娱乐`, `必威体育`). */
const PREFIX = 2
/** Longest line that still counts as a navigation or list line when it ends no sentence. */
const NAV_LINE_MAX = 40
/** Share of a block's characters inside links from which it is a link line (navigation, lists of links). */
const NAV_LINK_DENSITY = 0.5
/** A token in this many navigation or list places (and again in the text) is a hacked template's brand. */
const MIN_NAV_REPEATS = 2
/**
 * On the evidence of gambling elsewhere on the page alone, a token named more often than this in the text is what the
 * article is about (`宏达国际` twice in a report on the company), not a word put in.
 */
const MAX_TEXT_MENTIONS = 1
/**
 * Suspect tokens examined per page, in the order first found: an article names a handful of brand-shaped tokens, and
 * each examined costs a pass over the page; a page of thousands of distinct ones is a keyword farm that the stuffing
 * rules take, and the cap keeps this stage linear in the page.
 */
const MAX_SUSPECTS = 32
/** Distinct gambling terms that make a page show gambling without a brand or a link. */
export const MIN_GAMBLING_TERMS = 3

/** Where the page's text is: its blocks, what the front end removed as chrome, its titles. */
export interface PageText {
  blocks: Candidate[]
  /** Texts the front end removed (navigation, lists, hidden blocks): where a hacked template repeats its brand. */
  chrome: string[]
  /** Whether the page shows gambling already (see the module comment). */
  gambling: boolean
  /** The page's title: a name in it is the article's subject. */
  title?: string
  /** The blocks that may hold a brand-shaped token (`mayHoldHanBrand`), in order: found here when not given. */
  shaped?: Candidate[]
  /**
   * The site's own name, where the page signs with it: the `<title>`'s last part or the markup's site name, named in
   * the copyright footer too (`… - 中超 - 跃动体育` over `Copyright © 2008-2016 yuedong.com 跃动体育 版权所有`, a sports
   * portal whose name ends as betting brands' do: zh-news n441 of session 57's unseen round). No brand injected.
   */
  own?: string
}

/** The page's blocks that may hold a brand-shaped token, each asked once. */
const shapedOf = (page: PageText): Candidate[] => page.shaped ?? page.blocks.filter(b => mayHoldHanBrand(b.text))

const NO_SHAPES: readonly string[] = []

/** The brand-shaped tokens of a text by shape alone: two Han characters before a brand ending. */
export function hanBrandShapes (text: string): readonly string[] {
  return mayHoldHanBrand(text) ? shapesIn(text) : NO_SHAPES
}

/** `hanBrandShapes` of a text that may hold one (`mayHoldHanBrand`). */
function shapesIn (text: string): readonly string[] {
  const out: string[] = []
  IN_RUN.lastIndex = 0
  for (let m = IN_RUN.exec(text); m !== null; m = IN_RUN.exec(text)) {
    out.push(text.slice(m.index - PREFIX, m.index) + m[0])
  }
  return out
}

/** Whether a shape found at `at` in `text` is no ordinary word in its place (see the module comment). */
export function standsApart (text: string, at: number, token: string): boolean {
  const prefix = token.slice(0, PREFIX)
  const suffix = token.slice(PREFIX)
  if (FUNCTION_CHARS.has(prefix[0]) || FUNCTION_CHARS.has(prefix[1])) return false
  if (isWord(prefix) || isWord(token) || isWord(prefix[1] + suffix)) return false
  const before = text[at - 1] ?? ''
  if (HAN_CHAR.test(before) && (isWord(before + prefix[0]) || isWord(before + prefix))) return false
  const end = at + token.length
  const after1 = text.slice(end, end + 1)
  const after2 = text.slice(end, end + 2)
  if (HAN_CHAR.test(after1) && (isWord(suffix + after1) || isWord(suffix + after2))) return false
  return true
}

function isNavLine (b: Candidate): boolean {
  if (b.type === 'list' || b.type === 'table') return true
  if ((b.evidence?.linkDensity ?? 0) >= NAV_LINK_DENSITY) return true
  return b.text.length <= NAV_LINE_MAX && !SENTENCE_END.test(b.text)
}

/** Shapes by where they stand: in navigation and lists (each place counted once), and in the text. */
function shapesByPlace (
  page: PageText, shaped: Candidate[]
): { nav: Map<string, number>, text: Map<string, number> } {
  const nav = new Map<string, number>()
  const text = new Map<string, number>()
  const count = (into: Map<string, number>, shapes: readonly string[]): void => {
    for (const t of new Set(shapes)) into.set(t, (into.get(t) ?? 0) + 1)
  }
  // most blocks have no shape: neither a set nor the navigation test for them
  for (const b of shaped) {
    const shapes = shapesIn(b.text)
    if (shapes.length > 0) count(isNavLine(b) ? nav : text, shapes)
  }
  for (const c of page.chrome) count(nav, hanBrandShapes(c))
  return { nav, text }
}

/** Whether the token stands apart (no word in its place) somewhere in the blocks. */
function apartSomewhere (blocks: Candidate[], token: string): boolean {
  const re = new RegExp(escapeRegExp(token), 'gu')
  for (const b of blocks) {
    re.lastIndex = 0
    for (let m = re.exec(b.text); m !== null; m = re.exec(b.text)) if (standsApart(b.text, m.index, token)) return true
  }
  return false
}

/** Times `needle` occurs in the blocks' texts. */
function occurrences (blocks: Candidate[], needle: string): number {
  let n = 0
  for (const b of blocks) for (let i = b.text.indexOf(needle); i >= 0; i = b.text.indexOf(needle, i + 1)) n++
  return n
}

/**
 * Whether the page uses the token's name as its own: its first characters stand elsewhere without the ending (`唯冠`
 * beside `唯冠国际`: a company the article is about), or the title names it (asked when the token is not in a
 * template's navigation, which a text page's first line, its title, may be).
 */
function nameOfThePage (page: PageText, token: string, askTitle: boolean): boolean {
  if (token === page.own) return true
  const prefix = token.slice(0, PREFIX)
  if (askTitle && page.title?.includes(prefix) === true) return true
  return occurrences(page.blocks, prefix) > occurrences(page.blocks, token)
}

/**
 * Whether the token's ending and the place's suffix after it make a compound the page writes without the token's first
 * characters too (`电竞区`, an internet café's e-sports room, in `换了三十台3060的电竞区` beside `全靠电竞区`: zh-blogs b571 of
 * session 62's unseen round): a thing of the page, and the token's first characters are words before it, no brand.
 */
function compoundOfThePage (page: PageText, token: string, place: string): boolean {
  return occurrences(page.blocks, token.slice(PREFIX) + place) > occurrences(page.blocks, token + place)
}

/**
 * Brand-shaped tokens standing where a place's name belongs (`九游娱乐县召开…`), that are no word in their place, at
 * most MAX_SUSPECTS of them (a pass over the page's text each).
 */
function placeStandIns (page: PageText, shaped: Candidate[], found: Map<string, string>): void {
  const examined = new Set<string>()
  for (const b of shaped) {
    AS_PLACE.lastIndex = 0
    for (let m = AS_PLACE.exec(b.text); m !== null; m = AS_PLACE.exec(b.text)) {
      const token = m[0]
      if (examined.has(token)) continue
      // each token examined costs passes over the page (nameOfThePage): the cap keeps the stage linear
      if (examined.size >= MAX_SUSPECTS) return
      examined.add(token)
      if (nameOfThePage(page, token, false) || !standsApart(b.text, m.index, token)) continue
      const end = m.index + token.length
      if (compoundOfThePage(page, token, b.text[end])) continue
      found.set(token, `brand-shaped token, no word, standing for a place name (\`${token}${b.text[end]}\`)`)
    }
  }
}

/** Unseen Han brands standing in the text of this page, each with why (see the module comment). */
export function sentenceBrands (page: PageText): Map<string, string> {
  const found = new Map<string, string>()
  const shaped = shapedOf(page)
  placeStandIns(page, shaped, found)
  const { nav, text } = shapesByPlace(page, shaped)
  let suspects = 0
  for (const [token, n] of text) {
    if (found.has(token)) continue
    const repeated = (nav.get(token) ?? 0) >= MIN_NAV_REPEATS
    // the dictionary is read only when the page gives a reason to suspect the token
    if (!repeated && (!page.gambling || n > MAX_TEXT_MENTIONS)) continue
    if (++suspects > MAX_SUSPECTS) break
    if (nameOfThePage(page, token, !repeated) || !apartSomewhere(page.blocks, token)) continue
    found.set(token, repeated
      ? `brand-shaped token, no word, repeated in ${nav.get(token) ?? 0} navigation or list places`
      : 'brand-shaped token, no word, standing in the text of a page that shows gambling')
  }
  return found
}

/**
 * A code of the shape betting sites take for their domains, unknown to the host patterns (`dfh888`, `yb1688`): two
 * to five letters in lower case, then three digits or more. Shorter codes are a file type's or a version's (`mp3`,
 * `win10`, `ios16`, `pm2.5`), one letter a codec's (`h264`).
 */
const DOMAIN_CODE = /^[a-z]{2,5}\d{3,6}$/

// what stands next to a piece of an address: a path's slash, a host's dot or dash, a query's marks
const ADDRESS_EDGE = /[/.\-_@:=?&#~%]/

/** Whether the code at `index` is a piece of an address (`https://sites.google.com/site/kcdc1922/`), not a word. */
function inAddress (text: string, index: number, length: number): boolean {
  return ADDRESS_EDGE.test(text.charAt(index - 1)) || ADDRESS_EDGE.test(text.charAt(index + length))
}

/**
 * Latin brand codes with digits, each with why: those the gambling-host patterns know (`hg0088`), and any of a
 * betting domain's shape (`DOMAIN_CODE`) standing as a word, not in an address. Asked only on a page that shows
 * gambling: model numbers share the shape (`AG600` is an aircraft; in capitals, it is no code here).
 */
export function latinBrandCodes (blocks: Candidate[]): Map<string, string> {
  const found = new Map<string, string>()
  for (const b of blocks) {
    if (!/\d/.test(b.text)) continue
    // an exec loop, not matchAll, which copies the pattern and makes an iterator for each block
    LATIN_CODE.lastIndex = 0
    for (let m = LATIN_CODE.exec(b.text); m !== null; m = LATIN_CODE.exec(b.text)) {
      if (found.has(m[0])) continue
      if (isSpamHost(m[0])) found.set(m[0], 'brand code named like a gambling host')
      else if (DOMAIN_CODE.test(m[0]) && !inAddress(b.text, m.index, m[0].length)) {
        found.set(m[0], 'brand code of a betting domain\'s shape, on a page of gambling')
      }
    }
  }
  return found
}
