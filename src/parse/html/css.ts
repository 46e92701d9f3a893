/**
 * The little of CSS the cleaning reads from a page's own style sheets (clean.ts `hiddenSelectors`): comments out,
 * conditional groups (`@media`, `@supports`, ...) out, then each flat rule's selectors and declarations.
 *
 * Each reader is one left-to-right scan of the sheet's code units (`Units`: no string of the sheet's size is made)
 * with the exact answers of the regular expressions it replaces (named at each function; `test/html-css.test.ts`
 * compares them, read back as strings, on real sheets and generated ones). Those expressions were
 * quadratic on hostile sheets: every start position scanned to the end of the sheet when nothing closed (a
 * `<style>` of 160 KB without a brace cost 36 s a read); these scans read each character a bounded number of times.
 */

import { endianness } from 'node:os'
import { unitAt } from '../../text/index.js'

const OPEN = 0x7b // {
const CLOSE = 0x7d // }
const SEMI = 0x3b // ;
const AT = 0x40 // @
const SLASH = 0x2f // /
const STAR = 0x2a // *

/**
 * A sheet as its UTF-16 code units, read and shortened in place. Read as a string, a sheet of a few hundred KB
 * (WordPress and page builders inline 100 KB to 1 MB of CSS, and one character past Latin-1 makes it two bytes a
 * character) was copied twice more: the text without comments, then without groups. Each string over 128 KiB is a
 * large object of V8's, mapped for it alone and faulted in page by page, about 7 µs a KB on this VM
 * (docs/performance.md, session 25): reading the hiding rules of a page with 1.1 MB of CSS cost 30 ms of its 66. A
 * typed array's memory comes from the allocator and is reused, and removing a comment or a group moves the rest down
 * within it.
 */
export type Units = Uint16Array

const LITTLE_ENDIAN = endianness() === 'LE'

/** The code units of `css`, as they are (lone surrogates included). */
export function unitsOf (css: string): Units {
  if (LITTLE_ENDIAN) {
    const bytes = Buffer.from(css, 'utf16le')
    return new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2)
  }
  const units = new Uint16Array(css.length)
  for (let i = 0; i < css.length; i++) units[i] = unitAt(css, i)
  return units
}

/** The string of `units[start, end)`, lone surrogates included. */
export function unitsText (units: Units, start = 0, end = units.length): string {
  if (LITTLE_ENDIAN) {
    return Buffer.from(units.buffer, units.byteOffset + 2 * start, 2 * (end - start)).toString('utf16le')
  }
  let out = ''
  for (let i = start; i < end; i++) out += String.fromCharCode(units[i])
  return out
}

/** The first `a` `b` pair at or after `from`, as `string.indexOf` finds a two-character needle; -1 when none. */
function pairAt (u: Units, a: number, b: number, from: number): number {
  for (let k = u.indexOf(a, from); k >= 0 && k + 1 < u.length; k = u.indexOf(a, k + 1)) {
    if (u[k + 1] === b) return k
  }
  return -1
}

/**
 * `css.replace(/\/\*[\s\S]*?\*\//g, '')` on code units, in place: a comment ends at the first `*` `/` after its
 * opening.
 */
export function stripCommentUnits (u: Units): Units {
  let i = pairAt(u, SLASH, STAR, 0)
  if (i < 0) return u
  let w = 0
  let from = 0
  while (i >= 0) {
    const j = pairAt(u, STAR, SLASH, i + 2)
    // an unclosed comment: no later opening can close either, the rest stays
    if (j < 0) break
    u.copyWithin(w, from, i)
    w += i - from
    from = j + 2
    i = pairAt(u, SLASH, STAR, from)
  }
  u.copyWithin(w, from, u.length)
  return u.subarray(0, w + u.length - from)
}

/**
 * One pass of `s.replace(/@[^{};]*\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/g, '')` on code units, in place: an at-rule whose
 * block closes with at most one level of nested blocks goes. The pattern's match from an `@` is unique: its prelude
 * runs to the first `{`, `}` or `;` (which must be a `{`), its block ends at the first `}` at depth 0 and fails at a
 * `{` at depth 1 or at the end. Every `@` inside a failed prelude fails the same way, so the search goes on after the
 * prelude. What is kept moves down over what goes; the reading is always past what has been written.
 *
 * `settled`: whether another pass over the answer would change nothing, so when no at-rule failed on a `{` at depth 1.
 * Every other failure stands in the next pass: a prelude that ends at `}` or `;` (or has none of `{};` after it)
 * holds no removed at-rule (one would have ended the prelude at its own `{`), and a block that runs to the end with no
 * `{` at depth 1 held only removed at-rules without inner braces, entered at depth 0 (any other would have met a `{`
 * at depth 1): taking out such a balanced `{...}` leaves the braces it reads the same. Only the removal of a nested
 * group can let an outer one close with one level left.
 */
export function dropGroupsPass (s: Units): { units: Units, changed: boolean, settled: boolean } {
  const n = s.length
  let w = 0
  let from = 0
  let settled = true
  let at = s.indexOf(AT)
  while (at >= 0) {
    let q = at + 1
    let c = 0
    for (; q < n; q++) {
      c = s[q]
      if (c === OPEN || c === CLOSE || c === SEMI) break
    }
    // no `{`, `}` or `;` after this `@`: none after a later `@` either
    if (q >= n) break
    if (c !== OPEN) {
      at = s.indexOf(AT, q + 1)
      continue
    }
    let depth = 0
    let end = -1
    for (let k = q + 1; k < n; k++) {
      const d = s[k]
      if (d === OPEN) {
        if (depth === 1) {
          settled = false
          break
        }
        depth = 1
      } else if (d === CLOSE) {
        if (depth === 0) {
          end = k
          break
        }
        depth = 0
      }
    }
    if (end < 0) {
      at = s.indexOf(AT, q + 1)
      continue
    }
    s.copyWithin(w, from, at)
    w += at - from
    from = end + 1
    at = s.indexOf(AT, from)
  }
  if (from === 0) return { units: s, changed: false, settled }
  s.copyWithin(w, from, n)
  return { units: s.subarray(0, w + n - from), changed: true, settled }
}

/** Passes of `dropGroupsPass` at most, as the cleaning always made: each takes one level of nesting off. */
const GROUP_PASSES = 50

/**
 * `dropGroupsPass` repeated until nothing changes (inner groups go first), at most GROUP_PASSES times. The pass
 * that would only confirm it is not made when the one before it says so (`settled`): most sheets with groups nest
 * them one level deep, and the confirming pass read the rebuilt sheet again (two thirds of the time here).
 */
export function dropGroupUnits (css: Units): Units {
  let s = css
  for (let pass = 0; pass < GROUP_PASSES; pass++) {
    const next = dropGroupsPass(s)
    if (!next.changed) break
    s = next.units
    if (next.settled) break
  }
  return s
}


/**
 * The flat rules of a sheet in order, as `/([^{}]+)\{([^{}]*)\}/g` finds them: the selectors are the brace-free run
 * before a `{`, the declarations the brace-free run from it to a `}`. `next()` moves to the next rule and says
 * whether there is one; the positions are those of the current rule (no string is made until asked for).
 */
export class RuleReader {
  /** The current rule's selectors are `[selStart, open)`, its declarations `[open + 1, close)`. */
  selStart = 0
  open = 0
  close = -1

  /** Where the next `{` and `}` stand at or after the last search (the sheet's length: none left). */
  private nextOpen = -1
  private nextClose = -1

  constructor (readonly units: Units) {}

  /**
   * The first `{` or `}` at or after `from`, or the sheet's length when there is none. Each brace is searched with
   * `indexOf` and searched again only once the reading has passed it (`next` asks with `from` never decreasing), so
   * a sheet is scanned once for each.
   */
  private nextBrace (from: number): number {
    const s = this.units
    if (this.nextOpen < from) {
      const at = s.indexOf(OPEN, from)
      this.nextOpen = at < 0 ? s.length : at
    }
    if (this.nextClose < from) {
      const at = s.indexOf(CLOSE, from)
      this.nextClose = at < 0 ? s.length : at
    }
    return Math.min(this.nextOpen, this.nextClose)
  }

  next (): boolean {
    const s = this.units
    const n = s.length
    let p = this.close + 1
    while (p < n) {
      const c = s[p]
      if (c === OPEN || c === CLOSE) {
        p++
        continue
      }
      const q = this.nextBrace(p + 1)
      // no brace left: no later start can match
      if (q >= n) break
      if (s[q] === CLOSE) {
        p = q + 1
        continue
      }
      const r = this.nextBrace(q + 1)
      if (r >= n) break
      // `a{b{`: no rule starts before the second `{`; the run after the first may be the next selectors
      if (s[r] === OPEN) {
        p = q + 1
        continue
      }
      this.selStart = p
      this.open = q
      this.close = r
      return true
    }
    this.close = n
    return false
  }

  get selectors (): string { return unitsText(this.units, this.selStart, this.open) }
  get declarations (): string { return unitsText(this.units, this.open + 1, this.close) }
}
