import type { Finding, Rule, Segment } from '../rule.js'

/**
 * Quotes and brackets that do not pair up, in one left-to-right pass with two stacks (quotes, brackets):
 * - a left quote `“` in closing position (after a word and right before punctuation or the end: `development “.`),
 *   which MT writes where a right quote belongs: suggestion `”`;
 * - a right quote `”` or a `)`/`]` with nothing open (list markers such as `1)` and `a)` are not brackets);
 * - a `“`, `(` or `[` still open at the end of the text. A paragraph that opens with `“` and never closes it is the
 *   usual multi-paragraph quotation style and is not flagged (same for a straight `"`);
 * - straight double quotes: each `"` is an opener or a closer by what surrounds it; leftovers are flagged.
 * Not flagged (seen on human web pages, WCXB dev): a quotation that spans blocks (the first quote mark of a block
 * closes what the block before left open; the last one of a block opens what the next block closes), escaped quotes
 * (`\”`), `”` used as an opening quote (`(”What…”)`), `" spaced "` quotes, list markers `1.)`, emoticons (`;-)`,
 * `=)`), a quotation opening the block's last sentence and going on in the next paragraph, a bracket left open in
 * a block that stops mid-sentence (a cut line), and lines of code or data that end with an opening bracket
 * (`WITH recent AS (`, `"review": [`).
 */
const OPEN_BRACKET: Record<string, string> = { '(': ')', '[': ']', '（': '）', '【': '】' }
const CLOSE_BRACKET: Record<string, string> = { ')': '(', ']': '[', '）': '（', '】': '【' }

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}\p{M}%]/u.test(ch)
const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch)

/** `1)`, `a)`, `iv)` at the start of the text or after a space: an enumeration, not a closing bracket. */
function isListMarker (text: string, i: number): boolean {
  let j = i
  while (j > 0 && /[\p{L}\p{N}]/u.test(text[j - 1]) && i - j < 4) j--
  if (j > 0 && text[j - 1] === '#') j-- // `#1)`
  // `1.)`, `2.)`: the dot belongs to the marker.
  if (j === i && text[i - 1] === '.' && /\d/.test(text[i - 2] ?? '')) return isListMarker(text, i - 1)
  return j < i && i - j <= 4 && (j === 0 || /\s/.test(text[j - 1])) && (/^#?\d+$/.test(text.slice(j, i)) || /^[a-z]$|^[ivx]{1,3}$/.test(text.slice(j, i)))
}

/**
 * Quote state at the edges of a segment, to let quotations span blocks (a quotation of several paragraphs, or one
 * paragraph split in two by the page's markup: `…prices,” said Jordan Anthony` after a block that opened it).
 * `open`: the segment leaves a quotation open (its last curly quote is `“`, or it has an odd number of `"`).
 * `closesFirst`: its first quote mark is a closing one.
 */
function leavesQuoteOpen (text: string): boolean {
  const last = Math.max(text.lastIndexOf('“'), text.lastIndexOf('”'))
  if (last >= 0 && text[last] === '“') return true
  let straight = 0
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) straight++
  return straight % 2 === 1
}
function closesFirst (text: string): boolean {
  const m = /[“”"]/.exec(text)
  if (m === null) return false
  if (m[0] === '”') return true
  if (m[0] === '“') return false
  return !isSpace(text[m.index - 1]) && (isSpace(text[m.index + 1]) || /[.,;:!?)]/.test(text[m.index + 1]))
}

const positions = new WeakMap<Segment[], Map<Segment, number>>()
/** Where a segment sits in its document (one map per document, so the lookup stays constant-time). */
function positionOf (segments: Segment[], segment: Segment): number {
  let map = positions.get(segments)
  if (map === undefined) {
    map = new Map(segments.map((s, i) => [s, i]))
    positions.set(segments, map)
  }
  return map.get(segment) ?? -1
}

/** A paragraph that opens with a quotation mark: the next paragraph of a quotation running over several. */
const OPENS_PARAGRAPH = /^\s*[“"]/

/** Source code and data (`WITH recent_orders AS (`, `"review": [`): a line that ends with an opening bracket. */
const CODE_LINE = /[([{]\s*$/

/** The state of the one left-to-right pass over a segment. */
interface Scan {
  text: string
  /** The block before left a quotation open: the first closing quote of this one closes it. */
  continued: boolean
  quotesSeen: number
  out: Finding[]
  /** Offsets of the open curly quotes, of the open straight quotes, and the open brackets. */
  quotes: number[]
  straight: number[]
  brackets: Array<{ ch: string, at: number }>
}

/** `(”What does indexOf return?”)`: a right quote used as the opening one (a font or keyboard habit). */
function rightQuoteOpens (s: Scan, i: number): boolean {
  const text = s.text
  return s.quotes.length === 0 && (isSpace(text[i - 1]) || /[([]/.test(text[i - 1])) && isWordChar(text[i + 1])
}

/** `“`: an opening quote, or one in closing position (`development “.`) where a right quote belongs. */
function leftQuote (s: Scan, i: number): void {
  const text = s.text
  const next = text[i + 1]
  const closingPosition = (isWordChar(text[i - 1]) || (text[i - 1] === ' ' && isWordChar(text[i - 2]))) &&
    (next === undefined || /[.,;:!?)]/.test(next)) && s.quotes.length === 0
  if (closingPosition) {
    s.out.push({
      start: i, end: i + 1, message: 'Left quotation mark “ where a closing quotation mark belongs.', suggestion: '”'
    })
  } else {
    s.quotes.push(i)
  }
}

/** 9" x 4", 5’5”: inch marks, not quotes (unless a quotation is open: `"until 1645",`). */
function isInchMark (s: Scan, i: number): boolean {
  const ch = s.text[i]
  return (ch === '”' || ch === '"') && /\d/.test(s.text[i - 1] ?? '') && (ch === '"' ? s.straight : s.quotes).length === 0
}

function rightQuote (s: Scan, i: number): void {
  if (s.quotes.length > 0) s.quotes.pop()
  else if (!(s.continued && s.quotesSeen === 1)) {
    s.out.push({ start: i, end: i + 1, message: 'Closing quotation mark ” with no opening “.' })
  }
}

/** A straight `"` opens or closes by what surrounds it. */
function straightQuote (s: Scan, i: number): void {
  const before = s.text[i - 1]
  const after = s.text[i + 1]
  // `(matter also means "matter ")`: a quote before a closing bracket or mark closes, however it is spaced.
  const opener = (isSpace(before) || /[([{—–-]/.test(before)) && !isSpace(after) &&
    !(s.straight.length > 0 && /[)\].,;:!?]/.test(after))
  if (opener) s.straight.push(i)
  else if (s.straight.length > 0) s.straight.pop()
  // `Mira " Coach Mira " Simon`: spaced on both sides, a quote opened sloppily.
  else if (isSpace(before) && isSpace(after) && i + 1 < s.text.length) s.straight.push(i)
  else if (s.continued && s.quotesSeen === 1) return
  else if (isSpace(after) || /[.,;:!?)]/.test(after)) {
    s.out.push({ start: i, end: i + 1, message: 'Closing quotation mark " with no opening one.' })
  } else s.straight.push(i)
}

/** `)`, `]`: closes the open bracket, or another one (flagged), or none (flagged unless a list marker or emoticon). */
function closeBracket (s: Scan, i: number): void {
  const text = s.text
  const ch = text[i]
  const top = s.brackets[s.brackets.length - 1]
  if (top?.ch === CLOSE_BRACKET[ch]) s.brackets.pop()
  else if (top !== undefined) {
    const message = `“${ch}” closes “${top.ch}”: brackets do not match.`
    s.out.push({ start: i, end: i + 1, message, suggestion: OPEN_BRACKET[top.ch] })
    s.brackets.pop()
  } else if (!(ch === ')' && (isListMarker(text, i) || /[:;=]/.test(text[i - 1] ?? '') || /[:;=]-/.test(text.slice(i - 2, i))))) {
    s.out.push({ start: i, end: i + 1, message: `Closing bracket “${ch}” with no opening one.` })
  }
}

function scanChar (s: Scan, i: number): void {
  const ch = s.text[i]
  const quote = ch === '“' || ch === '”' || ch === '"'
  // `\”`: an escaped quote left by a page's script or JSON, not typography.
  if (quote && s.text[i - 1] === '\\') return
  if (quote) s.quotesSeen++
  if (ch === '”' && rightQuoteOpens(s, i)) s.quotes.push(i)
  else if (ch === '“') leftQuote(s, i)
  else if (isInchMark(s, i)) return
  else if (ch === '”') rightQuote(s, i)
  else if (ch === '"') straightQuote(s, i)
  else if (OPEN_BRACKET[ch] !== undefined) s.brackets.push({ ch, at: i })
  else if (CLOSE_BRACKET[ch] !== undefined) closeBracket(s, i)
}

/** The only characters `scanChar` acts on: the pass jumps from one to the next. */
const PAIRED = /[“”"()[\]（）【】]/g
/** `PAIRED`, asked once of a whole block (no `lastIndex` to keep). */
const HAS_PAIRED = new RegExp(PAIRED.source)

/**
 * The one left-to-right pass, over the quotes and brackets only (every other character leaves the scan as it is):
 * `test` and the pattern's `lastIndex` find each (every one a single code unit), no match object per mark.
 */
function scanText (s: Scan): void {
  PAIRED.lastIndex = 0
  while (PAIRED.test(s.text)) scanChar(s, PAIRED.lastIndex - 1)
}

/** The quotes and brackets still open at the end of the block, less those a multi-paragraph quotation leaves open. */
function reportUnclosed (s: Scan, continues: boolean): void {
  const text = s.text
  const multiParagraphQuote = /^\s*“/.test(text)
  const lastQuote = Math.max(text.lastIndexOf('“'), text.lastIndexOf('”'), text.lastIndexOf('"'))
  // The last quote of a block opens a sentence (`He told Car Talk, “While gas owners…`) and is never closed: by the
  // English convention a quotation that goes on in the next paragraph is not closed at the paragraph's end.
  const opensLastSentence = (at: number): boolean => at === lastQuote &&
    /^[\p{Lu}\p{N}]/u.test(text.slice(at + 1, at + 2)) &&
    (at === 0 || /(?:^|[.!?:,]["”’)]?)\s+$/u.test(text.slice(Math.max(0, at - 4), at)))
  for (const at of s.quotes) {
    if (multiParagraphQuote && at === text.search(/“/)) continue
    if ((continues && at === lastQuote) || opensLastSentence(at)) continue
    s.out.push({ start: at, end: at + 1, message: 'Opening quotation mark “ is never closed.' })
  }
  const straightParagraphQuote = /^\s*"/.test(text)
  for (const at of s.straight) {
    if (straightParagraphQuote && at === text.indexOf('"')) continue
    if ((continues && at === lastQuote) || opensLastSentence(at)) continue
    s.out.push({ start: at, end: at + 1, message: 'Quotation mark " is never closed.' })
  }
  // A bracket left open in a block that stops mid-sentence: the line was cut (a hard line break in the page's
  // text), the rest is in the next block. (Asked only when a bracket is left open: most blocks close them all.)
  if (s.brackets.length === 0) return
  const cutLine = !/[.!?:;]["”’)\]]*\s*$/.test(text)
  if (cutLine) return
  for (const b of s.brackets) s.out.push({ start: b.at, end: b.at + 1, message: `Bracket “${b.ch}” is never closed.` })
}

const rule: Rule = {
  id: 'punctuation-unpaired',
  category: 'punctuation',
  severity: 'warning',
  description: 'Unpaired or wrong-way quotes and brackets (`high-quality development “.`, a `(` never closed).',
  lang: 'en',
  example: {
    text: 'Shandong will strive to insert “digital wings” for high-quality development “. ' +
      'In the next step, it will act.'
  },
  check (segment, context) {
    const text = segment.text
    // every finding is at one of the quotes and brackets `scanText` reads: a block without one has none, whatever
    // its neighbours (most blocks of a list or a menu)
    if (!HAS_PAIRED.test(text)) return []
    if (CODE_LINE.test(text)) return []
    const index = context.segments !== undefined ? positionOf(context.segments, segment) : -1
    const previous = index > 0 ? context.segments?.[index - 1] : undefined
    const following = index >= 0 ? context.segments?.[index + 1] : undefined
    // A quotation that began in the block before (or goes on in the block after) is not unpaired.
    const continued = previous !== undefined && leavesQuoteOpen(previous.text)
    // English opens every paragraph of a long quotation with a quote mark and closes only the last one: a block
    // followed by a paragraph that opens with a quote mark may leave its last quotation open.
    const continues = following !== undefined && (closesFirst(following.text) || OPENS_PARAGRAPH.test(following.text))
    const scan: Scan = { text, continued, quotesSeen: 0, out: [], quotes: [], straight: [], brackets: [] }
    scanText(scan)
    reportUnclosed(scan, continues)
    return scan.out
  }
}
export default rule
