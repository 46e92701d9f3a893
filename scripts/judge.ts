/**
 * How the evals judge a metadata field against its truth (scripts/eval-html.ts, scripts/eval-text.ts): titles by
 * folded text, dates by the day, authors as a set of names (punctuation and case aside), and a verdict per field that
 * tells a wrong answer from a missing one and an answer given where the truth has none.
 */

/**
 * Text as any reader would compare it: case, white space, and the typewriter renderings of typographic marks folded
 * (curly quotes and straight; an en or em dash, `-` and the `--` of ASCII text; the ellipsis `…` and `...`). These
 * are how a page or a labeller typed one mark, not different words: `Problems—Simple` and `Problems--Simple` (WCXB
 * 0478), `guide to…` and `guide to...` (4704). The horizontal bar `―` (U+2015) is a dash too: GB2312's A1AA is `—` in
 * the WHATWG decoders and `―` in Python's, so a page labelled in Python and read by a browser differ there alone
 * (zh-blogs b209 of session 41's unseen round). Used for titles and the with/without snippets of every set alike.
 */
export const fold = (s: string): string =>
  s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—―]/g, '-').replace(/-{2,}/g, '-')
    .replace(/…/g, '...').replace(/\s+/g, ' ').trim()
const nameKey = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

function splitNames (s: string): string[] {
  return s.split(/\s*(?:[,;&|、，]|\band\b)\s*/i).map(nameKey).filter(x => x !== '')
}

export function sameAuthors (got: string[], want: string): boolean {
  const g = new Set(got.flatMap(splitNames))
  const w = new Set(splitNames(want))
  if (g.size !== w.size) return false
  for (const x of w) if (!g.has(x)) return false
  return true
}

export const sameTitle = (g: string, w: string): boolean => fold(g) === fold(w)
export const sameDay = (g: string, w: string): boolean => g.slice(0, 10) === w.slice(0, 10)

/** One field on one page: `na` when the truth does not label it. */
export type Verdict = 'right' | 'wrong' | 'missing' | 'none-right' | 'spurious' | 'na'

export function verdict<T> (
  want: string | null | undefined, got: T | null, empty: boolean, same: (g: T, w: string) => boolean
): Verdict {
  if (want === undefined) return 'na'
  if (want === null) return empty ? 'none-right' : 'spurious'
  if (empty || got === null) return 'missing'
  return same(got, want) ? 'right' : 'wrong'
}
