/**
 * Words for the n-gram models, read through a code-unit table instead of a pattern's match objects:
 * `[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*` (letters and marks, joined inside by an apostrophe or a hyphen), the same
 * words at the same offsets as that pattern stepped with `exec` (test/language-words.test.ts checks every code point
 * and every evaluation line).
 */
import { codeUnitClasses, isWordJoiner, pairClass } from '../text/index.js'

/** Letters and marks: class 1 of `codeUnitClasses`. */
const WORD_CHAR = [/^[\p{L}\p{M}]$/u]
let wordUnits: Uint8Array | undefined

/** The width (1, or 2 for a surrogate pair) of the letter or mark at `i`, 0 when there is none. */
function letterWidth (text: string, i: number): number {
  if (i >= text.length) return 0
  const pair = pairClass(text, i, WORD_CHAR)
  if (pair >= 0) return pair === 1 ? 2 : 0
  wordUnits ??= codeUnitClasses(WORD_CHAR)
  return wordUnits[text.charCodeAt(i)]
}

/** The end of the word that starts at `start` (a letter or mark). */
function wordEnd (text: string, start: number): number {
  let j = start
  for (;;) {
    for (let w = letterWidth(text, j); w > 0; w = letterWidth(text, j)) j += w
    if (j < text.length && isWordJoiner(text.charCodeAt(j)) && letterWidth(text, j + 1) > 0) j++
    else return j
  }
}

/** Calls `visit` with each word of `text` in order until it returns true; returns whether one did. */
export function eachWord (text: string, visit: (word: string) => boolean): boolean {
  let i = 0
  while (i < text.length) {
    const w = letterWidth(text, i)
    if (w === 0) {
      // a pair that is no letter is stepped over whole, as the pattern steps over code points
      i += pairClass(text, i, WORD_CHAR) >= 0 ? 2 : 1
      continue
    }
    const end = wordEnd(text, i)
    if (visit(text.slice(i, end))) return true
    i = end
  }
  return false
}
