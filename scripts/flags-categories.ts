/**
 * Where the raters' marks are (#13): the MQM error spans on the development MT (mqm-ted-zhen) tallied by category
 * and severity, with the share of MT segments that carry one and how many of the spans some flag touches in each
 * source mode. `npm run eval:flags` prints it after the per-rule table; docs/mt-errors.md reads it: which of these a
 * surface or a source-aware check can catch with high precision, and which no rule here can.
 */
import type { MqmError, MqmReport, MqmSegment } from './flags-mqm.js'

export interface CategoryRow {
  category: string
  severity: string
  /** Spans on the target side (the ones a flag can land on). */
  target: number
  /** Spans on the source side: omissions and source errors, which no flag on the translation can touch. */
  source: number
  /** MT segments with at least one span of this category and severity. */
  segments: number
  /** Spans touched by some flag, one count per measured run (same order as the runs). */
  caught: number[]
}

const key = (e: MqmError): string => `${e.category}\u0000${e.severity}`

/** One row per category and severity, most spans first. */
export function categoryTable (mt: MqmSegment[], runs: Array<[string, MqmReport]>): CategoryRow[] {
  const rows = new Map<string, CategoryRow & { segmentSet: Set<MqmSegment> }>()
  for (const seg of mt) {
    for (const e of seg.errors) {
      const row = rows.get(key(e)) ?? {
        category: e.category, severity: e.severity, target: 0, source: 0, segments: 0,
        caught: runs.map(() => 0), segmentSet: new Set<MqmSegment>()
      }
      if (e.side === 'target') row.target++
      else row.source++
      row.segmentSet.add(seg)
      runs.forEach(([, report], i) => { if (report.caught.has(e)) row.caught[i]++ })
      rows.set(key(e), row)
    }
  }
  return [...rows.values()]
    .map(({ segmentSet, ...row }) => ({ ...row, segments: segmentSet.size }))
    .sort((a, b) => b.target + b.source - a.target - a.source)
}

const pct = (a: number, b: number): string => b === 0 ? '—' : `${Math.round(100 * a / b)}%`

/** The table's lines: a header naming the runs, then one line per row. */
export function categoryLines (rows: CategoryRow[], segments: number, runs: string[]): string[] {
  const header = `MQM category | severity | target spans | source spans | segments (share of ${segments}) | ` +
    runs.map(r => `touched by a flag, ${r}`).join(' | ')
  return [header, ...rows.map(r => `${r.category} | ${r.severity} | ${r.target} | ${r.source} | ` +
    `${r.segments} (${pct(r.segments, segments)}) | ${r.caught.join(' | ')}`)]
}
