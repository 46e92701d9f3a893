/**
 * Stage 7: run the flag rules over segments of text and score the result.
 */
import type { Flag, GlossaryEntry, PipelineOptions, Quality, Severity } from '../types.js'
import type { Rule, Segment, SegmentLanguage } from './rule.js'
import { RULES } from './rules/index.js'

export type { Rule, Segment, Finding, RuleContext } from './rule.js'
export { RULES }

/** Rough language of a segment by script: enough to keep English rules off Chinese text and vice versa. */
export function segmentLanguage (text: string): SegmentLanguage {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length
  if (han === 0 && latin === 0) return 'other'
  return han * 3 >= latin ? 'zh' : (latin > 0 ? 'en' : 'other')
}

export interface FlagOptions {
  source?: string
  glossary?: GlossaryEntry[]
  rules?: PipelineOptions['rules']
}

function activeRules (setting: FlagOptions['rules']): Array<{ rule: Rule, severity: Severity }> {
  return RULES.flatMap(rule => {
    const s = setting?.[rule.id]
    if (s === 'off') return []
    return [{ rule, severity: s ?? rule.severity }]
  })
}

/** Runs every active rule on every segment it applies to; flags come sorted by pointer order then offset. */
export function runRules (texts: Array<{ pointer: string, text: string }>, options: FlagOptions = {}): Flag[] {
  const segments: Segment[] = texts.map(t => ({ ...t, lang: segmentLanguage(t.text) }))
  const context = { source: options.source, glossary: options.glossary ?? [] }
  const flags: Flag[] = []
  segments.forEach(segment => {
    const own: Flag[] = []
    for (const { rule, severity } of activeRules(options.rules)) {
      if (rule.lang !== 'any' && rule.lang !== segment.lang) continue
      for (const f of rule.check(segment, context)) {
        own.push({
          rule: rule.id,
          category: rule.category,
          severity,
          message: f.message,
          pointer: segment.pointer,
          start: f.start,
          end: f.end,
          text: segment.text.slice(f.start, f.end),
          ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {})
        })
      }
    }
    own.sort((a, b) => a.start - b.start || a.end - b.end)
    flags.push(...own)
  })
  return flags
}

const WEIGHT: Record<Severity, number> = { error: 3, warning: 1, info: 0.25 }

/** Quality: 100 minus a penalty that grows with severity-weighted flags per 1,000 words. */
export function scoreQuality (flags: Flag[], texts: Array<{ text: string }>): Quality {
  const words = texts.reduce((n, t) => n + countWords(t.text), 0)
  const per1000 = words === 0 ? 0 : (flags.length * 1000) / words
  const weighted = words === 0 ? 0 : flags.reduce((n, f) => n + WEIGHT[f.severity], 0) * 1000 / words
  const score = Math.max(0, Math.round(100 - 4 * weighted))
  return { score, flagsPer1000Words: Math.round(per1000 * 100) / 100 }
}

/** Words: Latin-script word tokens, plus each Han character counted as one word (the usual CJK convention). */
export function countWords (text: string): number {
  const latin = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []
  let n = 0
  for (const w of latin) n += /\p{Script=Han}/u.test(w) ? (w.match(/\p{Script=Han}/gu) ?? []).length : 1
  return n
}
