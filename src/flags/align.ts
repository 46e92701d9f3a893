/**
 * Where in the translation a spot of the source "should" be, for bilingual flags that have no span of their own
 * (a number or a glossary term missing from the translation). The principle, documented in docs/rules.md: a
 * translation keeps the order of its source's sentences, so the spot in source sentence k of K maps to translation
 * sentence floor((k + 0.5) / K * M) of the M sentences of all English segments end to end; the flag marks that
 * sentence. With as many sentences on both sides, that is the corresponding sentence.
 */
import type { Segment } from './rule.js'
import { sentences } from './text.js'

export interface AlignedSpan { segment: number, start: number, end: number }

export function alignedSentence (segments: Segment[], sourceOffset: number, source: string): AlignedSpan | undefined {
  const target: AlignedSpan[] = []
  segments.forEach((s, i) => {
    if (s.lang === 'zh') return
    for (const x of sentences(s.text)) target.push({ segment: i, start: x.start, end: x.end })
  })
  if (target.length === 0) return undefined
  const src = sentences(source)
  let k = src.findIndex(x => sourceOffset < x.end)
  if (k === -1) k = Math.max(0, src.length - 1)
  const at = Math.min(target.length - 1, Math.floor(((k + 0.5) / Math.max(1, src.length)) * target.length))
  return target[at]
}
