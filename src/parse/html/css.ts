/**
 * The little of CSS the cleaning reads from a page's own style sheets (clean.ts `hiddenSelectors`): comments out,
 * conditional groups (`@media`, `@supports`, ...) out, then each flat rule's selectors and declarations.
 *
 * Each reader is one left-to-right scan with the exact answers of the regular expressions it replaces (named at
 * each function; `test/html-css.test.ts` compares them on real sheets and generated ones). Those expressions were
 * quadratic on hostile sheets: every start position scanned to the end of the sheet when nothing closed (a
 * `<style>` of 160 KB without a brace cost 36 s a read); these scans read each character a bounded number of times.
 */

const OPEN = 0x7b // {
const CLOSE = 0x7d // }
const SEMI = 0x3b // ;
const AT = '@'

/** `css.replace(/\/\*[\s\S]*?\*\//g, '')`: a comment ends at the first `*` `/` after its opening. */
export function stripComments (css: string): string {
  let i = css.indexOf('/*')
  if (i < 0) return css
  let out = ''
  let from = 0
  while (i >= 0) {
    const j = css.indexOf('*/', i + 2)
    // an unclosed comment: no later opening can close either, the rest stays
    if (j < 0) break
    out += css.slice(from, i)
    from = j + 2
    i = css.indexOf('/*', from)
  }
  return out + css.slice(from)
}

/**
 * One pass of `s.replace(/@[^{};]*\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/g, '')`: an at-rule whose block closes with
 * at most one level of nested blocks goes. The pattern's match from an `@` is unique: its prelude runs to the first
 * `{`, `}` or `;` (which must be a `{`), its block ends at the first `}` at depth 0 and fails at a `{` at depth 1
 * or at the end. Every `@` inside a failed prelude fails the same way, so the search goes on after the prelude.
 */
export function dropGroupsOnce (s: string): string {
  return dropGroupsPass(s).text
}

/**
 * `dropGroupsOnce`, and whether another pass over its answer would change nothing (`settled`): so when no at-rule
 * failed on a `{` at depth 1. Every other failure stands in the next pass: a prelude that ends at `}` or `;` (or
 * has none of `{};` after it) holds no removed at-rule (one would have ended the prelude at its own `{`), and a block
 * that runs to the end with no `{` at depth 1 held only removed at-rules without inner braces, entered at depth 0
 * (any other would have met a `{` at depth 1): taking out such a balanced `{...}` leaves the braces it reads the
 * same. Only the removal of a nested group can let an outer one close with one level left.
 */
function dropGroupsPass (s: string): { text: string, settled: boolean } {
  const n = s.length
  let out = ''
  let from = 0
  let settled = true
  let at = s.indexOf(AT)
  while (at >= 0) {
    let q = at + 1
    let c = 0
    for (; q < n; q++) {
      c = s.charCodeAt(q)
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
      const d = s.charCodeAt(k)
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
    out += s.slice(from, at)
    from = end + 1
    at = s.indexOf(AT, from)
  }
  return { text: from === 0 ? s : out + s.slice(from), settled }
}

/** Passes of `dropGroupsOnce` at most, as the cleaning always made: each takes one level of nesting off. */
const GROUP_PASSES = 50

/**
 * `dropGroupsOnce` repeated until nothing changes (inner groups go first), at most GROUP_PASSES times. The pass
 * that would only confirm it is not made when the one before it says so (`settled`): most sheets with groups nest
 * them one level deep, and the confirming pass read the rebuilt sheet again (two thirds of the time here).
 */
export function dropGroups (css: string): string {
  let s = css
  for (let pass = 0; pass < GROUP_PASSES; pass++) {
    const next = dropGroupsPass(s)
    if (next.text === s) break
    s = next.text
    if (next.settled) break
  }
  return s
}

/**
 * The flat rules of a sheet in order, as `/([^{}]+)\{([^{}]*)\}/g` finds them: the selectors are the brace-free run
 * before a `{`, the declarations the brace-free run from it to a `}`. `next()` moves to the next rule and says
 * whether there is one; the positions are those of the current rule (no string is cut until asked for).
 */
export class RuleReader {
  /** The current rule's selectors are `css.slice(selStart, open)`, its declarations `css.slice(open + 1, close)`. */
  selStart = 0
  open = 0
  close = -1

  /** Where the next `{` and `}` stand at or after the last search (the sheet's length: none left). */
  private nextOpen = -1
  private nextClose = -1

  constructor (readonly css: string) {}

  /**
   * The first `{` or `}` at or after `from`, or the sheet's length when there is none. Each brace is searched with
   * `indexOf` and searched again only once the reading has passed it (`next` asks with `from` never decreasing), so
   * a sheet is scanned once for each.
   */
  private nextBrace (from: number): number {
    const s = this.css
    if (this.nextOpen < from) {
      const at = s.indexOf('{', from)
      this.nextOpen = at < 0 ? s.length : at
    }
    if (this.nextClose < from) {
      const at = s.indexOf('}', from)
      this.nextClose = at < 0 ? s.length : at
    }
    return Math.min(this.nextOpen, this.nextClose)
  }

  next (): boolean {
    const s = this.css
    const n = s.length
    let p = this.close + 1
    while (p < n) {
      const c = s.charCodeAt(p)
      if (c === OPEN || c === CLOSE) {
        p++
        continue
      }
      const q = this.nextBrace(p + 1)
      // no brace left: no later start can match
      if (q >= n) break
      if (s.charCodeAt(q) === CLOSE) {
        p = q + 1
        continue
      }
      const r = this.nextBrace(q + 1)
      if (r >= n) break
      // `a{b{`: no rule starts before the second `{`; the run after the first may be the next selectors
      if (s.charCodeAt(r) === OPEN) {
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

  get selectors (): string { return this.css.slice(this.selStart, this.open) }
  get declarations (): string { return this.css.slice(this.open + 1, this.close) }
}
