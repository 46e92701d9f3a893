/**
 * One test for many line patterns. Most lines of a page match none of the boilerplate stage's forty-odd line
 * patterns, and each `test` call costs about the same whatever the line (tens of nanoseconds), so a page of
 * hundreds of thousands of short lines spent most of the stage calling patterns that could not match. The patterns
 * anchored at the line's start are joined into one alternation anchored there: when it fails, none of them can
 * match, exactly; when it matches, each pattern is still asked in its own order, so the first that matches wins as
 * before.
 */

import { unitAt } from '../text/index.js'

/**
 * A pattern, and whether every branch of it is anchored at the start of the text; `gate`, for a pattern that opens
 * with a look-ahead over a bounded prefix (`leadGate`): what the text must hold for it to match, asked first.
 */
export interface GatedPattern { re: RegExp, anchored: boolean, gate?: RegExp }

/** The top-level branches of a pattern's source: split at `|` outside groups and character classes. */
export function topLevelBranches (source: string): string[] {
  const branches: string[] = []
  let depth = 0
  let inClass = false
  let start = 0
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) {
      branches.push(source.slice(start, i))
      start = i + 1
    }
  }
  branches.push(source.slice(start))
  return branches
}

/** Whether a pattern can only match at the start of the text: every top-level branch opens with `^`. */
export function isAnchored (re: RegExp): boolean {
  return !re.multiline && topLevelBranches(re.source).every(b => b.startsWith('^'))
}

export function gated (re: RegExp): GatedPattern {
  const gate = leadGate(re)
  return gate === undefined ? { re, anchored: isAnchored(re) } : { re, anchored: isAnchored(re), gate }
}

/** A look-ahead over a bounded run of any characters at the start of a pattern: `^(?=.{0,80}`. */
const LEAD_LOOKAHEAD = /^\^\(\?=\.\{0,\d+\}/

/**
 * For a pattern of one branch that opens with `^(?=.{0,N}X)`, `X` as a pattern of its own with the same flags (no
 * `g` or `y`): a text the pattern matches holds a match of `X` (at most N characters in), so a text where `X` is
 * found nowhere cannot match. Searched from every position, `X` costs a third of the look-ahead: the look-ahead
 * tries `X` after each of the N+1 prefix lengths (data/boilerplate.json's social-media page prompt, `.{0,80}` then five
 * names: 660-760 ns of the anchored union's 890 a seed line, `X` alone 210-265, and the pattern is not asked when it
 * fails).
 * Undefined for any other pattern, and for an `X` with a back-reference (it may refer outside the look-ahead).
 */
export function leadGate (re: RegExp): RegExp | undefined {
  const source = re.source
  const lead = LEAD_LOOKAHEAD.exec(source)
  if (lead === null || re.multiline || topLevelBranches(source).length > 1) return undefined
  // the look-ahead's end: its closing parenthesis, outside classes and escapes
  let depth = 1
  let inClass = false
  let end = -1
  for (let i = lead[0].length; i < source.length && end < 0; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')' && --depth === 0) end = i
  }
  const inner = source.slice(lead[0].length, end)
  if (end < 0 || inner === '' || /\\[1-9]|\\k</.test(inner)) return undefined
  return new RegExp(inner, re.flags.replace(/[gy]/g, ''))
}

/** Whether a gated pattern matches: its gate first, when it has one (the gate's failure answers no). */
export function matchesGated (p: GatedPattern, text: string): boolean {
  return (p.gate === undefined || p.gate.test(text)) && p.re.test(text)
}

/**
 * One pattern that matches a text exactly when one of the anchored patterns does (they must share their flags):
 * `^(?:(?:a)|(?:b)|…)`, tried at the text's start only. Unanchored patterns are left out (they are asked alone), and
 * so are patterns with a `gate` (asked alone after it: inside the union their look-ahead is tried on every line).
 */
export function anchoredUnion (patterns: GatedPattern[]): RegExp {
  const anchored = patterns.filter(p => p.anchored && p.gate === undefined)
  const flags = new Set(anchored.map(p => p.re.flags))
  if (flags.size > 1) throw new Error(`anchoredUnion: patterns with different flags (${[...flags].join(', ')})`)
  const flag = anchored[0]?.re.flags ?? ''
  // no anchored pattern: a union that never matches, so no pattern is skipped wrongly (none is gated)
  if (anchored.length === 0) return /(?!)/
  return new RegExp(`^(?:${anchored.map(p => `(?:${p.re.source})`).join('|')})`, flag)
}

/** Code units a lookup key drops or may drop (white space, colons): `1`; every other code unit stays in the key. */
let keyDropped: Uint8Array | undefined
const BMP_UNITS = 0x10000

/**
 * Whether `text` holds at most `max` code units that are neither white space nor a colon. A line's lookup key
 * (lower-cased, white space collapsed, trailing colons cut, trimmed) keeps every such code unit (lower-casing never
 * shortens a character), so a line with more of them than the longest key has a key no set holds: the key need not
 * be built. Reads at most `max + 1` of them.
 */
export function hasAtMostKeyUnits (text: string, max: number): boolean {
  if (text.length <= max) return true
  if (keyDropped === undefined) {
    keyDropped = new Uint8Array(BMP_UNITS)
    for (let c = 0; c < BMP_UNITS; c++) keyDropped[c] = /[\s:：]/u.test(String.fromCharCode(c)) ? 1 : 0
  }
  let kept = 0
  const end = text.length
  for (let i = 0; i < end; i++) {
    if (keyDropped[unitAt(text, i)] === 0 && ++kept > max) return false
  }
  return true
}

/**
 * A pattern anchored at the text's end (`…$`, no `m` flag) asked at the end only. Such a pattern is tried from every
 * position of the text, each try running its look-behind and leading `\s*` before it fails: on a seed page the glued
 * end marker cost 2.5% of the page on paragraphs that end in nothing like a marker. `$(?<=…)` with the sticky flag,
 * tried at `lastIndex = text.length`, matches the same strings read backward from the end: a match of `source`
 * exists exactly when one of this one does (the same language, the same flags; backtracking is complete for
 * existence). The answer (its index and groups) is still taken from the original pattern, and only when the gate
 * says one exists. A source with a back-reference is not gated: inside a look-behind it refers the other way.
 */
export function endGate (source: string, flags: string): ((text: string) => boolean) | null {
  // not gated: a multiline `$`, a source that may not end in the anchor (`\\$` is a literal dollar, `a|b$` anchors
  // one branch), back-references
  if (flags.includes('m') || !source.endsWith('$') || source.endsWith('\\$')) return null
  if (topLevelBranches(source).length > 1 || /\\[1-9]|\\k</.test(source)) return null
  const re = new RegExp(`$(?<=${source.slice(0, -1)})`, flags.replace(/[gy]/g, '') + 'y')
  return text => {
    re.lastIndex = text.length
    return re.test(text)
  }
}
