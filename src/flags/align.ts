/**
 * Where in the translation a spot of the source "should" be, for bilingual flags that have no span of their own
 * (a number or a glossary term missing from the translation). The principle, documented in docs/rules.md: a
 * translation keeps the order of its source, so the spot at fraction p of the source (by characters) maps to the
 * spot at fraction p of the translation (all English segments end to end); the flag marks the sentence there.
 */
import type { Segment } from './rule.js'
import { sentences } from './text.js'

export interface AlignedSpan { segment: number, start: number, end: number }

export function alignedSentence (segments: Segment[], sourceOffset: number, sourceLength: number): AlignedSpan | undefined {
  const candidates = segments.map((s, i) => ({ s, i })).filter(({ s }) => s.lang !== 'zh' && s.text.trim() !== '')
  const total = candidates.reduce((n, { s }) => n + s.text.length, 0)
  if (total === 0) return undefined
  let target = Math.min(total - 1, Math.floor((sourceOffset / Math.max(1, sourceLength)) * total))
  for (const { s, i } of candidates) {
    if (target >= s.text.length) { target -= s.text.length; continue }
    const list = sentences(s.text)
    const hit = list.find(x => target < x.end) ?? list[list.length - 1]
    if (hit === undefined) return undefined
    return { segment: i, start: hit.start, end: hit.end }
  }
  return undefined
}
