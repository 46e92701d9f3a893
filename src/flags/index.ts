/**
 * Stage 8: run the flag rules over segments of text and score the result.
 *
 * Every flag's `start`/`end` are JavaScript string indices into the segment it points at and `text` is exactly that
 * slice; the engine drops (and never reports) a finding whose span is out of range, empty, or cuts a surrogate
 * pair, so a faulty rule cannot break the contract. English-only rules never see Chinese segments and vice versa.
 */
import type { Flag, GlossaryEntry, PipelineOptions, Quality, Severity, SourceSpan } from '../types.js'
import type { Finding, Rule, RuleContext, Segment, SegmentLanguage, SegmentRule } from './rule.js'
import { RULES } from './rules/index.js'
import {
  codeUnitClasses, countWords, isAsciiLower, isAsciiUpper, isHighSurrogate, isRegExpSpace, pairClass, unitAt
} from '../text/index.js'
import { startPage, wordCount } from './text.js'

export type { Rule, Segment, Finding, RuleContext, DocumentFinding, SegmentRule, DocumentRule } from './rule.js'
export { RULES, countWords }

/**
 * Program code (`err := os.Create(dst)`, `builder.Add(options =>`) is not prose: no language rule applies. A segment
 * is code when it has code punctuation (`=>`, `();`, `{`, `:=`, `==`) and such symbols make up a noticeable share.
 */
/** A code line has at least one code symbol per 25 characters; prose with a `()` or a `;` has far fewer. */
const CHARACTERS_PER_CODE_SYMBOL = 25

export function looksLikeCode (text: string): boolean {
  if (!hasCodePunctuation(text)) return false
  const symbols = (text.match(/[{}()[\];=<>_|]/g) ?? []).length
  return symbols * CHARACTERS_PER_CODE_SYMBOL >= text.length
}

/** Code punctuation, as a pattern: `hasCodePunctuation` answers as it does (test/flags-segment-language.test.ts). */
export const CODE_PUNCTUATION = /=>|\(\)|[{}]|:=|==|!=|;\s*$|\w\(\w*[,)]/

const EQUALS = 0x3d
const GREATER = 0x3e
const CLOSE = 0x29
const COMMA = 0x2c
const SEMICOLON = 0x3b
const isWordUnit = (c: number): boolean => isAsciiLower(c) || isAsciiUpper(c) || (c >= 0x30 && c <= 0x39) || c === 0x5f

/** The `=` at `i` is part of `=>`, `:=`, `==` or `!=`. */
function operatorAt (text: string, i: number): boolean {
  const before = i > 0 ? text[i - 1] : ''
  const after = unitAt(text, i + 1)
  return after === GREATER || after === EQUALS || before === ':' || before === '=' || before === '!'
}

/**
 * Whether `CODE_PUNCTUATION` matches: each of its alternatives needs `{`, `}`, `=`, `(` or a final `;`, so the text
 * is searched for those (native searches) and only they are looked at, instead of trying the alternation at every
 * position of every segment (1% of a seed page).
 */
export function hasCodePunctuation (text: string): boolean {
  if (text.includes('{') || text.includes('}')) return true
  // `=>`, `:=`, `==`, `!=`
  for (let i = text.indexOf('='); i >= 0; i = text.indexOf('=', i + 1)) if (operatorAt(text, i)) return true
  // `()`, and `\w\(\w*[,)]`: a call with a word before the bracket and a comma or the bracket's close after words
  for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
    if (unitAt(text, i + 1) === CLOSE) return true
    if (i === 0 || !isWordUnit(unitAt(text, i - 1))) continue
    let j = i + 1
    while (j < text.length && isWordUnit(unitAt(text, j))) j++
    const c = unitAt(text, j)
    if (c === COMMA || c === CLOSE) return true
  }
  // `;\s*$`: the last character that is not white space is a semicolon
  let end = text.length
  while (end > 0 && isRegExpSpace(unitAt(text, end - 1))) end--
  return end > 0 && unitAt(text, end - 1) === SEMICOLON
}

/**
 * A segment is Chinese when it has at least a third as many Han characters as Latin letters (docs/rules.md): a Han
 * character carries about as much as three Latin letters, so Chinese is then at least half of what the text says.
 */
const HAN_TO_LATIN = 3

/** Han, then Latin: the scripts a segment's language is told by (classes 1 and 2 of `codeUnitClasses`). */
const SEGMENT_SCRIPTS = [/^\p{Script=Han}$/u, /^\p{Script=Latin}$/u]
const HAN_UNIT = 1
const LATIN_UNIT = 2
/** Class 3: a unit every alternative of `CODE_PUNCTUATION` needs (`{`, `}`, `=`, `(`, `;`); no script has them. */
const CODE_UNIT = 3
const CODE_UNITS = '{}=(;'
let unitScripts: Uint8Array | undefined

function scriptTable (): Uint8Array {
  const table = codeUnitClasses(SEGMENT_SCRIPTS)
  for (let k = 0; k < CODE_UNITS.length; k++) table[unitAt(CODE_UNITS, k)] = CODE_UNIT
  return table
}

/**
 * The fast path of `segmentLanguage`. `han`: a unit at or above the lowest Han unit of the table (a surrogate is
 * above it too); a text with none has no Han character, and its language is told by whether it has a Latin letter at
 * all (`latinOnly`), which the engine's searches answer at about a tenth of the cost of the loop over every unit
 * (7.6 ns a character on the seeds' segments, the searches under 1 ns).
 */
interface ScriptGates {
  han: RegExp
  /** A Latin letter below the Han gate: the table's class 2 there, as one character class (no surrogate below it). */
  latin: RegExp
}
let scriptGates: ScriptGates | undefined
/** `CODE_UNITS` as a character class. */
const CODE_UNIT_CHAR = /[{}=(;]/
const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`

function gates (units: Uint8Array): ScriptGates {
  let lowest = units.indexOf(HAN_UNIT)
  if (lowest < 0 || lowest > SURROGATE_START) lowest = SURROGATE_START
  const han = new RegExp(`[${hex(lowest)}-\\uffff]`)
  const ranges: string[] = []
  for (let c = 0; c < lowest; c++) {
    if (units[c] !== LATIN_UNIT) continue
    let last = c
    while (last + 1 < lowest && units[last + 1] === LATIN_UNIT) last++
    ranges.push(last === c ? hex(c) : `${hex(c)}-${hex(last)}`)
    c = last
  }
  return { han, latin: new RegExp(ranges.length === 0 ? '[^\\s\\S]' : `[${ranges.join('')}]`) }
}
const SURROGATE_START = 0xd800

/**
 * `segmentLanguage` of a text with no unit at or above the Han gate: no Han, so Chinese never; English when it has
 * a Latin letter and is no code. The same answer as the loop, in its order of tests (code first).
 */
function latinOnly (text: string, latin: RegExp): SegmentLanguage {
  if (CODE_UNIT_CHAR.test(text) && looksLikeCode(text)) return 'other'
  return latin.test(text) ? 'en' : 'other'
}

/**
 * Rough language of a segment by script: enough to keep English rules off Chinese text and vice versa. Han and
 * Latin are counted in code units (a Han character outside the BMP counts 2), one table lookup each. The same pass
 * notes whether the text has a unit code punctuation needs: a text without one is no code, and `looksLikeCode`'s
 * searches (four over the whole text) run only on the others.
 */
export function segmentLanguage (text: string): SegmentLanguage {
  unitScripts ??= scriptTable()
  const units = unitScripts
  const gate = (scriptGates ??= gates(units))
  if (!gate.han.test(text)) return latinOnly(text, gate.latin)
  let han = 0
  let latin = 0
  let code = false
  const end = text.length
  for (let i = 0; i < end; i++) {
    const c = unitAt(text, i)
    let script = units[c]
    let width = 1
    // a lone surrogate is class 0; a pair is classed by the patterns
    if (isHighSurrogate(c) && i + 1 < end) {
      const pair = pairClass(text, i, SEGMENT_SCRIPTS)
      if (pair >= 0) {
        script = pair
        width = 2
        i++
      }
    }
    if (script === HAN_UNIT) han += width
    else if (script === LATIN_UNIT) latin += width
    else if (script === CODE_UNIT) code = true
  }
  if (code && looksLikeCode(text)) return 'other'
  if (han === 0 && latin === 0) return 'other'
  return han * HAN_TO_LATIN >= latin ? 'zh' : 'en'
}

export interface FlagOptions {
  source?: string
  /** The source of each text (same index), for aligned blocks. */
  sources?: Array<string | undefined>
  glossary?: GlossaryEntry[]
  rules?: PipelineOptions['rules']
}

/** Rule ids the caller named that no rule has (the HTTP route and the CLI reject them). */
export function unknownRuleIds (setting: FlagOptions['rules']): string[] {
  const known = new Set(RULES.map(r => r.id))
  return Object.keys(setting ?? {}).filter(id => !known.has(id))
}

interface GradedRule { rule: Rule, severity: Severity, regraded: boolean }
/** The rules as they ship (no setting from the caller): the same list on every page, made once. */
let shippedRules: GradedRule[] | undefined

function activeRules (setting: FlagOptions['rules']): GradedRule[] {
  if (setting === undefined) return (shippedRules ??= gradeRules(undefined))
  return gradeRules(setting)
}

function gradeRules (setting: FlagOptions['rules']): GradedRule[] {
  return RULES.flatMap(rule => {
    const s = setting?.[rule.id]
    if (s === 'off' || (s === undefined && rule.enabled === false)) return []
    return [{ rule, severity: s ?? rule.severity, regraded: s !== undefined }]
  })
}

/** A finding is reported only when its span is a real, non-empty slice that does not split a surrogate pair. */
export function validSpan (text: string, f: { start: number, end: number }): boolean {
  if (!Number.isInteger(f.start) || !Number.isInteger(f.end)) return false
  if (f.start < 0 || f.end > text.length || f.start >= f.end) return false
  const low = (i: number): boolean => i > 0 && i < text.length && /[\udc00-\udfff]/.test(text[i]) && /[\ud800-\udbff]/.test(text[i - 1])
  return !low(f.start) && !low(f.end)
}

/**
 * The source span of a finding, checked like a flag's own span: in the source of block `block` (pointer: the
 * block's pointer with `/source` for `/text`, as `/v1/check` names it) or in the whole source (`/source`).
 */
function sourceSpan (f: Finding, context: RuleContext, segments: Segment[]): SourceSpan | undefined {
  if (f.source === undefined) return undefined
  const { start, end, block } = f.source
  const text = block === undefined ? context.source : context.sources?.[block]
  const pointer = block === undefined ? '/source' : segments[block]?.pointer.replace(/\/text$/, '/source')
  if (text === undefined || pointer === undefined || !validSpan(text, { start, end })) return undefined
  return { pointer, start, end, text: text.slice(start, end) }
}

function toFlag (
  rule: Rule, graded: { severity: Severity, regraded: boolean }, segment: Segment, f: Finding, source?: SourceSpan
): Flag {
  return {
    rule: rule.id,
    category: rule.category,
    severity: graded.regraded ? graded.severity : f.severity ?? graded.severity,
    message: f.message,
    pointer: segment.pointer,
    start: f.start,
    end: f.end,
    text: segment.text.slice(f.start, f.end),
    ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
    ...(source !== undefined ? { source } : {})
  }
}

/** Each rule's place in `RULES`: findings at one offset come in this order. */
const RULE_ORDER = new Map(RULES.map((r, i) => [r.id, i]))

const applies = (rule: Rule, segment: Segment): boolean => rule.lang === 'any' || rule.lang === segment.lang

/**
 * The segment rules' flags on one segment, in the rules' order, in a list made at its first flag: most segments have
 * none, and a list made for each of them lived as long as the page (a page of 100,000 tiny blocks held 100,000 empty
 * lists through every collection).
 */
function checkSegment (
  rules: Array<GradedRule & { rule: SegmentRule }>, segment: Segment, context: RuleContext
): Flag[] | undefined {
  let own: Flag[] | undefined
  for (const graded of rules) {
    const rule = graded.rule
    if (!applies(rule, segment)) continue
    for (const f of rule.check(segment, context)) {
      if (validSpan(segment.text, f)) (own ??= []).push(toFlag(rule, graded, segment, f))
    }
  }
  return own
}

/** A segment's flags in order (offset, then end, then the rules' order), each finding once. */
function ordered (own: Flag[], out: Flag[]): void {
  const order = RULE_ORDER
  if (own.length > 1) {
    own.sort((a, b) => a.start - b.start || a.end - b.end || (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0))
  }
  for (let i = 0; i < own.length; i++) {
    const f = own[i]
    const before = own[i - 1]
    if (i > 0 && f.rule === before.rule && f.start === before.start && f.end === before.end) continue
    out.push(f)
  }
}

/** The document rules' flags (they run only with a source), each into its segment's list. */
function checkDocument (
  active: GradedRule[], segments: Segment[], context: RuleContext & { source: string },
  perSegment: Array<Flag[] | undefined>
): void {
  for (const graded of active) {
    const rule = graded.rule
    if (rule.scope !== 'document') continue
    for (const f of rule.checkDocument(segments, context)) {
      const segment = segments[f.segment]
      if (segment === undefined || !applies(rule, segment) || !validSpan(segment.text, f)) continue
      ;(perSegment[f.segment] ??= []).push(toFlag(rule, graded, segment, f, sourceSpan(f, context, segments)))
    }
  }
}

/**
 * A segment of the page under check: its text, its language, and its pointer read from the caller's target when a
 * flag asks for it (the body's targets write theirs only then: src/structure/parts.ts `FlagTarget`).
 */
class PageSegment implements Segment {
  readonly text: string
  readonly lang: SegmentLanguage
  constructor (private readonly target: { readonly pointer: string, readonly text: string }) {
    this.text = target.text
    this.lang = segmentLanguage(target.text)
  }

  get pointer (): string {
    return this.target.pointer
  }
}

const isSegmentRule = (g: GradedRule): g is GradedRule & { rule: SegmentRule } => g.rule.scope !== 'document'

/** Runs every active rule on every segment it applies to; flags come sorted by segment order, then offset. */
export function runRules (
  texts: ReadonlyArray<{ readonly pointer: string, readonly text: string }>, options: FlagOptions = {}
): Flag[] {
  startPage()
  // one class, not a spread of the caller's objects: a spread's copy takes its shape from its source (the title's
  // literal, each kind of body target), and the rules' reads of `segment.text` saw more shapes than V8's inline
  // caches keep (megamorphic: a global cache searched on every read)
  const segments: Segment[] = texts.map(t => new PageSegment(t))
  const aligned = options.sources?.some(s => s !== undefined && s.trim() !== '') === true
  const source = options.source ?? (aligned ? options.sources?.filter(s => s !== undefined).join('\n') : undefined)
  const context: RuleContext = {
    ...(source !== undefined && source.trim() !== '' ? { source } : {}),
    ...(aligned ? { sources: options.sources } : {}),
    glossary: options.glossary ?? [],
    segments
  }
  const perSegment = new Array<Flag[] | undefined>(segments.length)
  const active = activeRules(options.rules)
  // segment by segment, every rule on one segment before the next: the rules share a segment's tokens and sentences
  // (text.ts's page cache), and asked rule by rule over all segments, a page with more text than the cache holds
  // missed on every segment of every rule (40% of a page of 100,000 tiny lines). Flags are sorted per segment below,
  // so the order of the loops does not show in the answer.
  const segmentRules = active.filter(isSegmentRule)
  for (let i = 0; i < segments.length; i++) perSegment[i] = checkSegment(segmentRules, segments[i], context)
  if (context.source !== undefined) checkDocument(active, segments, { ...context, source: context.source }, perSegment)
  const out: Flag[] = []
  for (const own of perSegment) if (own !== undefined) ordered(own, out)
  return out
}

/**
 * Weight of a flag in the score by severity: an error (numbers changed, text left untranslated, spam) costs three
 * warnings; an `info` flag is a note (a house style, a rendering whose usage is split) and costs nothing.
 */
const WEIGHT: Record<Severity, number> = { error: 3, warning: 1, info: 0 }
/** Weighted flags per 1,000 words at which the score is 50: raw MT on Chinese government pages (seeds 000, 003). */
const K = 20

/**
 * `quality.score` estimates how free the text is of the machine-translation defects the rules detect: `100 * K /
 * (K + w)`, where `w` is severity-weighted flags per 1,000 words (error 3, warning 1, info 0). 100: no defect
 * found; 50: K weighted flags per 1,000 words, the density of raw MT on the Chinese government pages the project
 * was built from; it keeps ordering even very bad texts (no floor). With a Chinese source the bilingual flags
 * (numbers, copied source text, glossary terms) count in `w` like any other, so the same text scores lower when the
 * source shows a defect. On the development MT (mqm-ted-zhen, `npm run eval:flags`) the rules are built for
 * precision, so most documents have no flag at all: the score tells a page with visible MT defects from one without,
 * it does not rank fluent MT outputs by adequacy (see the README's figures).
 *
 * Info-level flags are notes, not defects: a house style repeated on every line (half-width `,` in Chinese text) or
 * a term whose rendering is contested (`Chinese-style modernization`) does not lower the score; seed 002's score is
 * set by its 19 spam-residue errors. `flagsPer1000Words` counts every flag, info included, so the raw rate stays
 * comparable across runs.
 */
export function scoreQuality (flags: Flag[], texts: Array<{ text: string }>): Quality {
  const words = texts.reduce((n, t) => n + wordCount(t.text), 0)
  const per1000 = words === 0 ? 0 : (flags.length * 1000) / words
  const weighted = words === 0 ? 0 : flags.reduce((n, f) => n + WEIGHT[f.severity], 0) * 1000 / words
  const score = Math.round((100 * K) / (K + weighted))
  return { score, flagsPer1000Words: Math.round(per1000 * 100) / 100 }
}

