/**
 * The one place a metadata field's value is chosen: every reader proposes candidates with the kind of evidence
 * they come from, and the candidate of the strongest kind wins (data/metadata-evidence.json ranks the kinds per
 * field; among candidates of one kind the first found). A candidate marked `ambiguous` ranks after all others.
 * A list field (authors, editors) takes every candidate of the strongest rank present: kinds the data file gives
 * one `tier` share a rank (the credits of the article's own text, wherever in it they stand).
 */
import { loadData } from '../data.js'

export interface Proposal<T> {
  /** The evidence kind (`json-ld`, `meta-tag`, `info-line`, `url`...), one of the field's kinds in the data file. */
  kind: string
  value: T
  /** The value is one reading of several (a numeric date read without knowing the page's locale). */
  ambiguous?: boolean
}

/**
 * `alone: 'shown'`: hidden markup, taken alone only when the page's text shows its value. `markup`: written by the
 * site's CMS (markup, the URL), not read from the page's text.
 */
interface EvidenceFile {
  fields: Record<string, Array<{ kind: string, tier?: number, alone?: 'shown', markup?: boolean }>>
}

const FIELDS = Object.entries(loadData<EvidenceFile>('metadata-evidence.json').fields)
const RANKS = new Map<string, Map<string, number>>(
  FIELDS.map(([field, kinds]) => [field, new Map(kinds.map((k, i) => [k.kind, k.tier ?? i]))])
)
type KindEntry = EvidenceFile['fields'][string][number]
/** Per field, the kinds the data file marks with `marked`. */
const kindsMarked = (marked: (k: KindEntry) => boolean): Map<string, ReadonlySet<string>> =>
  new Map(FIELDS.map(([field, kinds]) => [field, new Set(kinds.filter(marked).map(k => k.kind))]))
const HIDDEN = kindsMarked(k => k.alone === 'shown')
const MARKUP = kindsMarked(k => k.markup === true)

/** The kinds of a field that the site's CMS writes (`markup: true` in the data file), not read from the text. */
export function markupKinds (field: string): ReadonlySet<string> {
  return MARKUP.get(field) ?? new Set()
}

/**
 * The kinds of a field that are hidden markup (`alone: shown` in the data file): when they are the only evidence
 * found, the value is taken only when the page's text shows it.
 */
export function hiddenKinds (field: string): ReadonlySet<string> {
  return HIDDEN.get(field) ?? new Set()
}

/** The evidence kinds of a field, strongest first (empty for a field the data file does not rank). */
export function evidenceKinds (field: string): string[] {
  return [...(RANKS.get(field)?.keys() ?? [])]
}

function ranksOf (field: string): Map<string, number> {
  const ranks = RANKS.get(field)
  if (ranks === undefined) throw new Error(`no evidence ranking for metadata field ${field}`)
  return ranks
}

/** A proposal's rank for the field (lower is stronger), or undefined when its kind is not ranked. */
function rankOf<T> (ranks: Map<string, number>, p: Proposal<T>): number | undefined {
  const rank = ranks.get(p.kind)
  if (rank === undefined) return undefined
  return p.ambiguous === true ? ranks.size + rank : rank
}

/** One decision of the chooser, for a caller that asks why a field came out as it did (scripts/eval-html.ts). */
export interface Choice {
  field: string
  /** The winning proposal (null: none of a ranked kind). */
  chosen: Proposal<unknown> | null
  /** The strongest proposal of a ranked kind whose value differs from the winner's (null: none). */
  runnerUp: Proposal<unknown> | null
  /** The kinds of every proposal of a ranked kind, strongest first. */
  kinds: string[]
}

let observer: ((choice: Choice) => void) | undefined

/** Calls `fn` with every decision the chooser takes from now on (undefined: stop); for measuring, not serving. */
export function observeChoices (fn: ((choice: Choice) => void) | undefined): void {
  observer = fn
}

/** The proposals of ranked kinds, strongest first (a stable sort: among one rank, the order found). */
function byRank<T> (ranks: Map<string, number>, proposals: ReadonlyArray<Proposal<T>>): Array<Proposal<T>> {
  return proposals.map(p => ({ p, rank: rankOf(ranks, p) }))
    .filter((x): x is { p: Proposal<T>, rank: number } => x.rank !== undefined)
    .sort((a, b) => a.rank - b.rank).map(x => x.p)
}

/** Whether two proposed values are one answer (a field whose values carry more than the answer says which part). */
export type SameValue<T> = (a: T, b: T) => boolean

const sameJson = <T>(a: T, b: T): boolean => JSON.stringify(a) === JSON.stringify(b)

/** Tells the observer (when there is one) what won and what came next with another value. */
function report<T> (
  field: string, chosen: ReadonlyArray<Proposal<T>>, proposals: ReadonlyArray<Proposal<T>>, same: SameValue<T>
): void {
  if (observer === undefined) return
  const other = (p: Proposal<T>): boolean => !chosen.some(c => same(c.value, p.value))
  const ranked = byRank(ranksOf(field), proposals)
  observer({ field, chosen: chosen[0] ?? null, runnerUp: ranked.find(other) ?? null, kinds: ranked.map(p => p.kind) })
}

/** The strongest proposal for `field`, or null when none is of a kind ranked for it. */
export function choose<T> (
  field: string, proposals: ReadonlyArray<Proposal<T>>, same: SameValue<T> = sameJson
): Proposal<T> | null {
  const ranks = ranksOf(field)
  let best: { p: Proposal<T>, rank: number } | null = null
  for (const p of proposals) {
    const r = rankOf(ranks, p)
    if (r !== undefined && (best === null || r < best.rank)) best = { p, rank: r }
  }
  report(field, best === null ? [] : [best.p], proposals, same)
  return best?.p ?? null
}

/** Every proposal of the strongest rank present for a list field, in the order found (empty when none). */
export function chooseAll<T> (field: string, proposals: ReadonlyArray<Proposal<T>>): T[] {
  const ranks = ranksOf(field)
  const ranked = proposals.map(p => ({ p, rank: rankOf(ranks, p) }))
  const best = ranked.reduce((least, x) => Math.min(least, x.rank ?? Infinity), Infinity)
  const chosen = ranked.filter(x => x.rank === best).map(x => x.p)
  report(field, chosen, proposals, sameJson)
  return chosen.map(p => p.value)
}
