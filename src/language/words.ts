/**
 * Words for the n-gram models, read through a code-unit table instead of a pattern's match objects:
 * `[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*` (letters and marks, joined inside by an apostrophe or a hyphen), the same
 * words at the same offsets as that pattern stepped with `exec` (test/language-words.test.ts checks every code point
 * and every evaluation line).
 */
import { codeUnitClasses, isHighSurrogate, isWordJoiner, pairClass, unitAt } from '../text/index.js'

/** Letters and marks: class 1 of `codeUnitClasses`. */
const WORD_CHAR = [/^[\p{L}\p{M}]$/u]
let wordUnits: Uint8Array | undefined

/**
 * The width (1, or 2 for a surrogate pair) of the letter or mark at `i`, 0 when there is none. Only a high surrogate
 * can start a pair: any other unit is read from the table alone.
 */
export function letterWidth (text: string, i: number): number {
  if (i >= text.length) return 0
  const c = unitAt(text, i)
  if (!isHighSurrogate(c)) return (wordUnits ?? wordUnitTable())[c]
  const pair = pairClass(text, i, WORD_CHAR)
  if (pair >= 0) return pair === 1 ? 2 : 0
  return (wordUnits ?? wordUnitTable())[c]
}

/** The code-unit table of letters and marks, made on first use. */
function wordUnitTable (): Uint8Array {
  wordUnits = codeUnitClasses(WORD_CHAR)
  return wordUnits
}

/** The end of the word that starts at `start` (a letter or mark). */
export function wordEnd (text: string, start: number): number {
  let j = start
  for (;;) {
    for (let w = letterWidth(text, j); w > 0; w = letterWidth(text, j)) j += w
    if (j < text.length && isWordJoiner(unitAt(text, j)) && letterWidth(text, j + 1) > 0) j++
    else return j
  }
}

/**
 * Where the next word starts at or after `from` (a word's end, or 0), or -1 when no word is left: with `wordEnd`,
 * the words of `eachWord` without a callback.
 */
export function nextWordStart (text: string, from: number): number {
  let i = from
  const end = text.length
  while (i < end) {
    if (letterWidth(text, i) > 0) return i
    // a pair that is no letter is stepped over whole, as the pattern steps over code points
    i += pairClass(text, i, WORD_CHAR) >= 0 ? 2 : 1
  }
  return -1
}

/** Calls `visit` with each word of `text` in order until it returns true; returns whether one did. */
export function eachWord (text: string, visit: (word: string) => boolean): boolean {
  for (let i = nextWordStart(text, 0); i >= 0;) {
    const end = wordEnd(text, i)
    if (visit(text.slice(i, end))) return true
    i = nextWordStart(text, end)
  }
  return false
}
