/**
 * White-space and control-character normalization: the only rewriting pagewash does to the words of a page.
 * Every other change is a removal (listed) or a suggestion on a flag.
 */
import { Buffer } from 'node:buffer'

// C0/C1 controls except tab/newline, zero-width and bidi marks, BOM, soft hyphen, object replacement.
// eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufffc]/g
// Horizontal spaces of every width, including NBSP and the ideographic space U+3000.
const SPACES = /[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g

/**
 * What the two replacements change: an invisible character, a space other than the ASCII one, or two ASCII spaces
 * in a row. A line without any of them (most lines) only needs trimming: one test instead of two replacements.
 */
// (the two classes as one: a scan of a page that holds none tries one class and a space at each position, not three)
// eslint-disable-next-line no-control-regex -- the characters INVISIBLE removes, as above
const NEEDS_NORMALIZING = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u00a0\u00ad\u1680\u2000-\u200f\u202a-\u202f\u205f-\u2064\u3000\ufeff\ufffc]| {2}/

/**
 * Whether a text holds a character `normalizeLine` takes out (`INVISIBLE`): without one, two characters next to each
 * other in the normalized line are next to each other in the text too (white space is folded, never taken out).
 */
export function holdsInvisible (text: string): boolean {
  return ANY_INVISIBLE.test(text)
}
const ANY_INVISIBLE = new RegExp(INVISIBLE.source)

/** White space and the invisible characters: what `normalizeLine` leaves nothing of at a line's start. */
const LEADING_NOTHING = new RegExp(`(?:\\s|${INVISIBLE.source})*`, 'y')

/**
 * Where the first character that `normalizeLine` keeps at the start of the line stands in `text`, or -1 when it keeps
 * none: the first that is neither white space (trimmed, or folded to a space and trimmed) nor taken out.
 */
export function firstKept (text: string): number {
  LEADING_NOTHING.lastIndex = 0
  LEADING_NOTHING.test(text)
  const at = LEADING_NOTHING.lastIndex
  return at < text.length ? at : -1
}

/** Normalizes one line: invisible characters out, runs of any space to one ASCII space, trimmed. */
export function normalizeLine (line: string): string {
  if (!NEEDS_NORMALIZING.test(line)) return line.trim()
  return line.replace(INVISIBLE, '').replace(SPACES, ' ').trim()
}

/**
 * Lines shorter than this are copied when cut from the page; V8 keeps a longer one as a view into the page's string
 * (a sliced string: 13 units is its `SlicedString::kMinLength`).
 */
const VIEW_MIN_LENGTH = 13
/** A code unit past Latin-1. */
const PAST_LATIN1 = /[\u0100-\uffff]/

/**
 * The line as a string of its own, in the narrowest form its characters allow. A line cut from the page (`split`,
 * `slice`, `trim`) is a view into the page's string and has the page's width: one character past Latin-1 anywhere
 * on the page (a curly quote, a Chinese name) makes every line a two-byte string. The stages read each line in
 * many patterns and loops, and on a two-byte string a pattern cannot rule out a class such as `\p{Script=Han}` from
 * the string's type: it reads every unit (17 µs against 0.4 µs a seed page for one such test over its lines, and a
 * line meets several). So a line of Latin-1 characters becomes a one-byte string (written to bytes and read back,
 * exact below U+0100), and any other line a flat copy (joining two pieces builds one; a join of the line alone, or
 * with an empty piece, gives the view back). Measured in docs/performance.md's eleventh pass.
 */
export function ownString (line: string): string {
  if (line.length < VIEW_MIN_LENGTH) return line
  if (!PAST_LATIN1.test(line)) return Buffer.from(line, 'latin1').toString('latin1')
  return [line.slice(0, 1), line.slice(1)].join('')
}

/** What ends a line: CR, LF, CRLF, U+2028/2029 and NEL. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\u0085]/

/**
 * Whether the text ends a line other than with LF (CR, U+2028/2029, NEL): a text without one is split at LF by the
 * native search. Four one-character searches (the engine's vectorized search: the four took about a ninth of the
 * pattern's time, 3.7 against 33 µs on the five seed pages' two-byte texts), not `/[\r\u2028\u2029\u0085]/`.
 */
function hasOtherBreak (text: string): boolean {
  return text.includes('\r') || text.includes('\u2028') || text.includes('\u2029') || text.includes('\u0085')
}

/**
 * Splits text into normalized non-empty lines (CR, LF, CRLF, U+2028/2029 all end a line), each its own string. The
 * text is asked once whether any line needs more than trimming, and whether it ends lines other than with LF: a
 * page of many short lines was asked both for each line (a third of its front end's time).
 */
export function splitLines (text: string): string[] {
  const out: string[] = []
  const normalizing = NEEDS_NORMALIZING.test(text)
  for (const raw of hasOtherBreak(text) ? text.split(LINE_BREAK) : text.split('\n')) {
    const line = normalizing ? normalizeLine(raw) : raw.trim()
    if (line !== '') out.push(ownString(line))
  }
  return out
}
