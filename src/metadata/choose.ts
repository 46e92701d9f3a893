/**
 * The one place a metadata field's value is chosen: every reader proposes candidates with the kind of evidence
 * they come from, and the candidate of the strongest kind wins (data/metadata-evidence.json ranks the kinds per
 * field; among candidates of one kind the first found). A candidate marked `ambiguous` ranks after all others.
 */
import { loadData } from '../data.js'

export interface Proposal<T> {
  /** The evidence kind (`json-ld`, `meta-tag`, `info-line`, `url`...), one of the field's kinds in the data file. */
  kind: string
  value: T
  /** The value is one reading of several (a numeric date read without knowing the page's locale). */
  ambiguous?: boolean
}

interface EvidenceFile { fields: Record<string, Array<{ kind: string }>> }

const RANKS = new Map<string, Map<string, number>>(
  Object.entries(loadData<EvidenceFile>('metadata-evidence.json').fields)
    .map(([field, kinds]) => [field, new Map(kinds.map((k, i) => [k.kind, i]))])
)

/** The evidence kinds of a field, strongest first (empty for a field the data file does not rank). */
export function evidenceKinds (field: string): string[] {
  return [...(RANKS.get(field)?.keys() ?? [])]
}

/** The strongest proposal for `field`, or null when none is of a kind ranked for it. */
export function choose<T> (field: string, proposals: ReadonlyArray<Proposal<T>>): Proposal<T> | null {
  const ranks = RANKS.get(field)
  if (ranks === undefined) throw new Error(`no evidence ranking for metadata field ${field}`)
  const last = ranks.size
  let best: { p: Proposal<T>, rank: number } | null = null
  for (const p of proposals) {
    const rank = ranks.get(p.kind)
    if (rank === undefined) continue
    const r = p.ambiguous === true ? last + rank : rank
    if (best === null || r < best.rank) best = { p, rank: r }
  }
  return best?.p ?? null
}
