/**
 * The title, read field by field: the front end's title (a lone `<h1>`, JSON-LD `headline`, `og:title`, `<title>`;
 * site suffixes off), its copy among the first lines of the body, a visible headline that the raw page title
 * starts with, and on pages without markup the first line when it reads like a headline. The chooser takes the
 * strongest; the chosen one's line leaves the body.
 */
import type { Candidate, MetadataHints } from '../../draft.js'
import type { Removal } from '../../types.js'
import { parseDate } from '../../text/date.js'
import { AGENCIES, unfilledField } from '../../text/fields.js'
import { looksLikeCaption } from '../../text/captions.js'
import { isHeadingText } from '../../text/headings.js'
import { normalizeLine } from '../../text/normalize.js'
import {
  HAN, escapeRegExp, isHighSurrogate, sliceOf, unitAt, weightedLength, weightedLengthOver,
} from '../../text/index.js'
import { cleanTitle, siteShaped, wholeTitle } from '../title.js'
import { decodeEntities } from '../../text/entities.js'
import { choose, type Proposal } from '../choose.js'
import { startsWithDateline } from './dateline.js'
import type { Kept } from '../evidence.js'
import type { TopLines } from '../lines.js'

/** Longest title, in weighted characters (a Han character counts two): longer is prose. */
const MAX_TITLE = 200
/** Shortest title, in characters. */
const MIN_TITLE = 4
/** Shortest visible headline taken as where the page title ends (shorter ones are labels). */
const MIN_HEADLINE = 8
/** The title and its copy are looked for among the first blocks only. */
const TITLE_BLOCKS = 5
/** Labels above the headline: two or three title-like lines before the info line. */
const MAX_HEAD_LINES = 3
// a full stop after a site suffix (` - China News Network.`): the suffix is a site name, the stop a translation's
const SUFFIX_STOP = /(\s[-–—|]\s[^.。]{2,40})\.$/u

/** A line that can be a title: short, one line of words, not a date, not a caption, not ending like a sentence. */
export function isTitleLike (text: string): boolean {
  // a paragraph is read only up to the bound, not to its end
  if (weightedLengthOver(text, MAX_TITLE) || text.length < MIN_TITLE) return false
  // a full stop ends a sentence, not a headline; an ellipsis or an initialism (`Markets in the U.S.`) may end one
  if (/[.。]$/.test(text) && !/\.\.\.$|…$|(?:^|[\s(])(?:\p{Lu}\.){2,}$/u.test(text)) return false
  if (/[,，;；:：、]$/.test(text)) return false
  // More than one sentence: prose, not a headline. A question or an exclamation inside a line that does not end as
  // a sentence is a headline's (`What Is Catering? Types and Costs`, `Have an App Idea? Software Is Now Affordable`)
  if (text.includes('。') || /[a-z]{3,}\. +[A-Z]/.test(text)) return false
  if (/[a-z]{3,}[!?] +[A-Z]/.test(text) && /[.!?]["'”’]?$/.test(text)) return false
  if (looksLikeCaption(text)) return false
  if (parseDate(text) !== null && text.replace(/[\d\s\-./:年月日时分秒]/g, '').length < MIN_TITLE) return false
  if (startsWithDateline(text)) return false
  return /[\p{L}]/u.test(text)
}

/** A title candidate: the title, the block it was read from (-1: none) and why that block leaves the body. */
interface TitleFound { title: string, block: number, reason: string }
type TitleProposals = Array<Proposal<TitleFound>>

/**
 * Whether `line` (a heading near the top of the body) is the headline that the raw page title starts with, the
 * rest of the title after a separator (`-`, `--`, `_`, `|`, `—`) being a site, a department or a company name.
 */
function isHeadlineOf (line: string, rawTitle: string | undefined): boolean {
  if (rawTitle === undefined) return false
  const head = normalizeLine(line)
  const title = normalizeLine(decodeEntities(rawTitle))
  // the cheap test first: a paragraph under the headline is no start of the title
  if (!title.startsWith(head) || !isTitleLike(head) || weightedLength(head) < MIN_HEADLINE) return false
  return /^\s*[-–—_|｜·•]+\s*\S/u.test(title.slice(head.length))
}

/** A text's key for `sameText`: lower case, without white space and punctuation. */
const textKey = (s: string): string => s.toLowerCase().replace(/[\s\p{P}]+/gu, '')

function sameText (a: string, b: string): boolean {
  return sameKeyed(a, textKey(b))
}

/** Code units of a long line whose key is made first, to be compared with the start of the key asked for. */
const KEY_PROBE = 64
/** The one letter whose lower case depends on what stands around it (Σ: σ, or ς at a word's end). */
const SIGMA = 'Σ'

/**
 * `sameText(a, b)` given `textKey(b)` (a key asked of many lines is made once): an empty key is nothing's. A long line
 * (a paragraph among the blocks asked whether they are the title) is first keyed by its start alone: the key of a
 * text is the keys of its parts joined (lower case and the white space and punctuation taken out go character by
 * character, a surrogate pair kept whole) unless it holds a Σ, so a start whose key does not begin `key` ends it.
 */
function sameKeyed (a: string, key: string): boolean {
  if (key === '') return false
  if (a.length > 2 * KEY_PROBE && !a.includes(SIGMA)) {
    const end = isHighSurrogate(unitAt(a, KEY_PROBE - 1)) ? KEY_PROBE + 1 : KEY_PROBE
    if (!key.startsWith(textKey(sliceOf(a, 0, end)))) return false
  }
  return textKey(a) === key
}

/**
 * `国内新闻` / `Channel` above the headline: when several title-like lines stand before the info line, the longest is
 * the headline and the shorter ones above it are labels (removed as boilerplate).
 */
function labelsAboveHeadline (blocks: Kept, firstInfo: number): { blocks: Kept, removed: Removal[] } {
  const head = firstInfo < 0 || blocks.length <= 1 ? [] : blocks.filter(b => b.index < firstInfo)
  const labelled = head.length >= 2 && head.length <= MAX_HEAD_LINES &&
    head.every(b => b.type !== 'caption' && isTitleLike(b.text))
  if (!labelled) return { blocks, removed: [] }
  const longest = head.reduce((a, b) => weightedLength(b.text) > weightedLength(a.text) ? b : a)
  const reason = 'short label above the headline (channel name or kicker)'
  const removed = blocks.filter(b => b.index < longest.index)
    .map(b => ({ kind: 'boilerplate' as const, rule: 'headline-label' as const, text: b.text, reason }))
  return { blocks: blocks.filter(b => b.index >= longest.index), removed }
}

/** Whether `line` ends with the site's name after a separator (`-`, `|`, `_`, `·`, `—`). */
function endsWithSite (line: string, siteName: string | undefined): boolean {
  if (siteName === undefined || siteName.trim() === '') return false
  const text = normalizeLine(line).toLowerCase()
  const site = normalizeLine(siteName).toLowerCase()
  if (!text.endsWith(site) || text.length <= site.length) return false
  return /\s[-–—|｜_·•]\s*$|[|｜_]\s*$/u.test(text.slice(0, text.length - site.length))
}

/**
 * Whether `cleanTitle` took a site-shaped name off the end of `line` to leave `title` (`… - The Valley Post`,
 * `… | Metro Times`): the last part it took is a site's name by its shape (`siteShaped`), not any short tail.
 */
function siteSuffixed (line: string, title: string): boolean {
  const text = normalizeLine(line)
  if (!text.startsWith(title)) return false
  const parts = text.slice(title.length).split(/\s[-–—·•]\s|[|｜_]/u).map(p => p.trim()).filter(p => p !== '')
  return parts.length > 0 && siteShaped(parts[parts.length - 1])
}

/**
 * Whether the first line kept stands right under the info lines the page opens with (a government document's table
 * of particulars: `索引号：…`, `发文机关：…`, `发布日期：…`, then the headline), nothing kept before them, and a longer
 * line follows it (a short first paragraph after an info line is no headline).
 */
function underParticulars (blocks: Kept, at: TopLines): boolean {
  if (at.firstInfo < 0 || blocks[0].index <= at.firstInfo) return false
  return weightedLength(blocks[1].text) > weightedLength(blocks[0].text)
}

/** The first line as a title: before the body, title-like, and followed by something longer or not prose. */
function titleLine (blocks: Kept, hints: MetadataHints, at: TopLines): TitleFound | null {
  if (blocks.length <= 1) return null
  // `Headline - China News Network.`: a machine translation ends the site suffix with a full stop
  const first = { ...blocks[0], text: blocks[0].text.replace(SUFFIX_STOP, '$1') }
  const beforeBody = at.firstInfo < 0 || first.index < at.firstInfo || first.index <= 1
  if ((!beforeBody && !underParticulars(blocks, at)) || first.index === at.datePrefixed || first.type === 'caption') {
    return null
  }
  if (!isTitleLike(first.text)) return null
  const next = blocks[1]
  const title = cleanTitle(first.text, hints.siteName, AGENCIES)
  // A short line followed by a longer one: a headline. A first line as long as the body is prose. (The next block, a
  // paragraph as often as not, is read only as far as it passes the title-like first line.)
  const longerNext = weightedLengthOver(next.text, weightedLength(first.text))
  // `What to Expect at Tutoring Sessions` over `What to Expect` over its paragraph: the article opens with a
  // subheading (the structure stage's own test), shorter than the line above it, which is the headline
  const subheadingNext = !longerNext && blocks.length > 2 && isHeadingText(next.text, blocks[2])
  // `Headline - The Valley Post`: the line ends with the site's name after a separator, as a page's title bar does
  // (the name the markup gives, or on a text page, which has none, a name of a site's shape)
  const sited = title !== null && title.length < first.text.length &&
    (endsWithSite(first.text, hints.siteName) || siteSuffixed(first.text, title))
  const headline = at.firstInfo >= 0 || longerNext || subheadingNext || sited || next.type !== 'paragraph'
  return title !== null && headline ? { title, block: 0, reason: 'title line, read into the title' } : null
}

/** Every title candidate of the page, with its evidence kind (ranked in data/metadata-evidence.json). */
function titleProposals (blocks: Kept, hinted: string | null, hints: MetadataHints, at: TopLines): TitleProposals {
  if (hinted === null) {
    const line = titleLine(blocks, hints, at)
    return line === null ? [] : [{ kind: 'title-line', value: line }]
  }
  const out: TitleProposals = []
  const key = textKey(hinted)
  const same = (b: Candidate): boolean => key !== '' &&
    (sameKeyed(b.text, key) || sameKeyed(cleanTitle(b.text, hints.siteName, AGENCIES) ?? '', key))
  const copy = blocks.findIndex((b, i) => i < TITLE_BLOCKS && same(b))
  const repeated = 'title repeated in the body'
  if (copy >= 0) out.push({ kind: 'hint-in-body', value: { title: hinted, block: copy, reason: repeated } })
  // `<title>Headline--County government portal</title>` over a visible `Headline`: whatever the suffix is, the
  // page's own headline says where the title ends
  const head = blocks.findIndex((b, i) => i < TITLE_BLOCKS && b.type !== 'caption' && isHeadlineOf(b.text, hints.title))
  if (head >= 0) {
    const reason = 'the headline, also the start of the page title'
    out.push({ kind: 'visible-headline', value: { title: normalizeLine(blocks[head].text), block: head, reason } })
  }
  out.push({ kind: 'hint', value: { title: hinted, block: -1, reason: '' } })
  return out
}

/** Words of two letters or more, lower case: what two Latin titles about one thing share. */
const latinWords = (s: string): string[] =>
  s.toLowerCase().split(/[^\p{Script=Latin}\p{N}]+/u).filter(w => w.length >= 2)

/** Most characters one `?` stands for where a page's bytes were read in the wrong code (`’s` in `Beginner? Guide`). */
const LOST_RUN = 3

/** Whether `shown` is `page` with some characters lost to `?` or U+FFFD (a page's bytes read in the wrong code). */
function lostCharacters (shown: string, page: string): boolean {
  const parts = shown.split(/[?\ufffd]/u)
  if (parts.length < 2 || parts.some(p => p === '')) return false
  return new RegExp(`^${parts.map(escapeRegExp).join(`[^\\s]{1,${LOST_RUN}}`)}$`, 'u').test(page)
}

/**
 * A heading that ends like a sentence or a lead-in: a colon or a comma, a full stop after a word in lower case
 * (`…business goals.`; not `the U.S.`), or two sentences (`…travel hacks. Book now`). An exclamation is a
 * headline's (`Tested! The best security cameras…`).
 */
const LEAD_IN = /[:：,，;；]$|\p{Ll}{2}\s?\.$|\p{Ll}{3}\.\s+\p{Lu}/u

/** Fewest Latin letters for a title in capitals to be read as one (shorter: an acronym, `NASA`). */
const MIN_CAPITALS = 8

/**
 * The page's `<title>` (its site suffix off) where the headline the front end chose is not the one a reader would
 * name: a headline in capitals only (`SUPPORTING GAAP COMPLIANCE`, a kicker or a theme's shouting) or ending like a
 * sentence or a lead-in (`A message from John Furrier, co-founder of SiliconANGLE:`, `Marketing made to meet your
 * business goals.`) beside a `<title>` in mixed case about the same thing; a headline whose characters were lost
 * to `?` (`Beginner? Guide`) beside the `<title>` that keeps them. Else the chosen headline.
 */
function readerTitle (hinted: string | null, hints: MetadataHints): string | null {
  const page = cleanTitle(hints.pageTitle, hints.siteName, AGENCIES)
  if (hinted === null || page === null || sameText(hinted, page)) return hinted
  if (lostCharacters(hinted, page)) return page
  if (!isTitleLike(page) || !/\p{Ll}/u.test(page)) return hinted
  const words = new Set(latinWords(hinted))
  if (!latinWords(page).some(w => words.has(w))) return hinted
  // capitals only: Latin letters, none in lower case (Han text has no case)
  const capitals = (hinted.match(/\p{Lu}/gu) ?? []).length >= MIN_CAPITALS && !/\p{Ll}/u.test(hinted) && /\s/.test(hinted)
  return capitals || LEAD_IN.test(hinted) ? page : hinted
}

/** What may follow the headline in a `<title>`: a separator, then a section's or the site's name. */
const PAGE_TITLE_TAIL = /^\s*(?:[-–—|｜_•·»:]|::)\s*\S/u

/**
 * The hinted title as it stands when the page's `<title>` is that title with its tails after it (`匠心筑家 如约而至｜
 * 华璟·云著府首批业主喜迎交付 - 企业新闻 - 华璟集团` over the `<h1>` up to `交付`): the tails the `<title>` adds are
 * the site's and the sections', so a separator inside the headline is the headline's own; undefined otherwise.
 */
function headOfPageTitle (title: string | undefined, pageTitle: string | undefined): string | undefined {
  if (title === undefined || pageTitle === undefined) return undefined
  const head = normalizeLine(title)
  const page = normalizeLine(pageTitle)
  // Chinese headlines only: an English headline element carries its site's name after a bar as often (`… | RenoFi`)
  if (!HAN.test(head) || head.length >= page.length || !page.startsWith(head) || !/[|｜_•·»:–—-]/u.test(head)) {
    return undefined
  }
  return PAGE_TITLE_TAIL.test(page.slice(head.length)) ? head : undefined
}

/** The title (null when none), the blocks without its line and the lines taken out. */
export function readTitle (blocks: Kept, given: MetadataHints, at: TopLines): {
  title: string | null, blocks: Kept, removed: Removal[]
} {
  // a template's title field printed as is (`<title>{dede:field.title/}_市政府网</title>`) names nothing: the
  // headline the page prints is read instead
  const filled = (value: string | undefined): string | undefined =>
    value !== undefined && unfilledField(value) ? undefined : value
  const hints = { ...given, title: filled(given.title), pageTitle: filled(given.pageTitle) }
  const cleaned = headOfPageTitle(hints.title, hints.pageTitle) ?? cleanTitle(hints.title, hints.siteName, AGENCIES)
  const hinted = readerTitle(wholeTitle(cleaned, hints.pageTitle, hints.siteName, AGENCIES), hints)
  const labels = hinted === null ? labelsAboveHeadline(blocks, at.firstInfo) : { blocks, removed: [] }
  const chosen = choose('title', titleProposals(labels.blocks, hinted, hints, at), (a, b) => a.title === b.title)
  if (chosen === null) return { title: null, blocks: labels.blocks, removed: labels.removed }
  const { title, block, reason } = chosen.value
  if (block < 0) return { title, blocks: labels.blocks, removed: labels.removed }
  const removed: Removal = { kind: 'metadata', rule: 'title-line', text: labels.blocks[block].text, reason }
  return { title, blocks: labels.blocks.filter((_, i) => i !== block), removed: [...labels.removed, removed] }
}
