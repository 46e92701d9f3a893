/**
 * What a subheading looks like in text without markup: shared by the structure stage (which types the line
 * `heading`) and the metadata stage (a headline stands over a subheading as well as over a paragraph).
 */
import { weightedLengthAtLeast, weightedLengthUpTo } from './index.js'
import { looksLikeCaption } from './captions.js'

/** A line that ends like a sentence or a clause, not like a heading. */
export const FINAL_PUNCT = /[.。;；,，:：、…]$|\.\.\.$/

/** Longest subheading, in weighted characters (a Han character counts two): longer is a paragraph's sentence. */
const MAX_HEADING = 80
/** Most words in a subheading. */
const MAX_HEADING_WORDS = 14
/** The paragraph after a subheading is at least this much longer than it (a ratio), and at least this long. */
const NEXT_RATIO = 1.5
const NEXT_MIN = 60

/**
 * A subheading in a text page: a short line (<= ~80 characters, <= 14 words) that does not end like a sentence
 * (`.`, `。`, `,`, `:`...: `?` and `!` are allowed: `How to take the next step?`), holds a single sentence, and
 * stands before a paragraph longer than itself.
 */
export function isHeadingText (text: string, next: { type: string, text: string } | undefined): boolean {
  if (next?.type !== 'paragraph') return false
  // each length read only as far as it decides: the whole of a paragraph was read to learn it is past MAX_HEADING,
  // and the next block's to learn it is past the least a paragraph after a heading has (every block is asked both)
  const len = weightedLengthUpTo(text, MAX_HEADING + 1)
  if (len > MAX_HEADING || len < 4) return false
  // the block after it first: every test here is a pure condition, and this one makes no string or array (every
  // short block of a page is asked, and most are followed by another short one)
  if (!weightedLengthAtLeast(next.text, Math.max(len * NEXT_RATIO, NEXT_MIN))) return false
  if (text.split(/\s+/).length > MAX_HEADING_WORDS) return false
  if (FINAL_PUNCT.test(text)) return false
  if (/[.。!?！？;；](?=\s*\S)/.test(text.replace(/\b(?:[A-Z]|No|Dr|Mr|Mrs|Ms|St|vs)\./g, ''))) return false
  if (/^[\p{Ll}]/u.test(text)) return false
  return !looksLikeCaption(text)
}
