/**
 * The flag rules judged on real machine translation with professional MQM annotations: the WMT 2021 TED-talk
 * zh→en set in ../shared/dev-data/mqm-ted-zhen (mt.jsonl: 13 systems; refs.jsonl: two human references), read from
 * there, never copied. The measures are the ones its README defines:
 * - precision: a flag on an MT segment is right when its span overlaps a rater's target-side error span (a
 *   zero-length span is an insertion point, overlapped when the flag covers or touches it);
 * - false flags per 1,000 words of the human references: reference flags that overlap no rater span;
 * - document AUC: documents (system × talk) of the three weakest systems by mean MQM told from the reference
 *   documents by `quality.score` (1 = every reference scores above every weak document, 0.5 = chance);
 * - system Spearman: the rank correlation of each MT system's mean document score with its mean MQM, signed so
 *   that +1 means the score orders the systems as the raters do (higher score, fewer errors).
 * Each document runs through `checkTexts` (one block per segment), without the source, then with it.
 */
import { readFileSync } from 'node:fs'
import { checkTexts } from '../src/flags/check.js'
import { countWords } from '../src/flags/index.js'
import type { Flag, Severity } from '../src/types.js'

export interface MqmError {
  category: string
  severity: string
  side: string
  start: number | null
  end: number | null
}
export interface MqmSegment {
  system: string
  doc: string
  seg: number
  source: string
  target: string
  mqm: number
  errors: MqmError[]
}

interface DocResult { system: string, doc: string, reference: boolean, score: number, mqm: number }
interface RuleTally { flags: number, right: number, refFalse: number }

export type SourceMode = 'none' | 'document' | 'aligned'

/** The three systems with the highest (worst) mean MQM are the "weakest"; the AUC tells their documents from refs. */
const WEAKEST = 3

export function readJsonl (path: string): MqmSegment[] {
  return readFileSync(path, 'utf8').split('\n').filter(l => l.trim() !== '').map(l => JSON.parse(l) as MqmSegment)
}

/** The rater's target-side error spans that the flag's span touches. */
export function overlappedErrors (flag: Flag, seg: MqmSegment): MqmError[] {
  return seg.errors.filter(e => e.side === 'target' && e.start !== null && e.end !== null && (e.start === e.end
    ? flag.start <= e.start && e.start <= flag.end
    : flag.start < e.end && e.start < flag.end))
}

/** Does the flag's span touch a rater's target-side error span? */
export function overlapsError (flag: Flag, seg: MqmSegment): boolean {
  return overlappedErrors(flag, seg).length > 0
}

/** Segments grouped into documents (system × talk), in segment order. */
export function documents (segments: MqmSegment[]): MqmSegment[][] {
  const byDoc = new Map<string, MqmSegment[]>()
  for (const s of segments) {
    const key = `${s.system}\u0000${s.doc}`
    const list = byDoc.get(key) ?? []
    list.push(s)
    byDoc.set(key, list)
  }
  return [...byDoc.values()].map(list => list.sort((a, b) => a.seg - b.seg))
}

function checkDocument (
  doc: MqmSegment[], mode: SourceMode, rules?: Record<string, Severity | 'off'>
): Flag[] & { score?: number } {
  const blocks: Array<{ text: string, source?: string }> =
    doc.map(s => mode === 'aligned' ? { text: s.target, source: s.source } : { text: s.target })
  const source = mode === 'document' ? doc.map(s => s.source).join('\n') : undefined
  const result = checkTexts({
    blocks, ...(source !== undefined ? { source } : {}), ...(rules !== undefined ? { rules } : {})
  })
  return Object.assign(result.flags, { score: result.quality.score })
}

/** AUC of "reference scores higher than weak-system document", ties counting half. */
export function auc (references: number[], weak: number[]): number {
  let wins = 0
  for (const r of references) for (const w of weak) wins += r > w ? 1 : r === w ? 0.5 : 0
  return references.length * weak.length === 0 ? NaN : wins / (references.length * weak.length)
}

function ranks (xs: number[]): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x)
  const out = new Array<number>(xs.length)
  for (let k = 0; k < order.length;) {
    let j = k
    while (j + 1 < order.length && order[j + 1].x === order[k].x) j++
    for (let m = k; m <= j; m++) out[order[m].i] = (k + j) / 2
    k = j + 1
  }
  return out
}

/** Spearman's rho (Pearson on ranks, ties averaged). */
export function spearman (xs: number[], ys: number[]): number {
  const rx = ranks(xs)
  const ry = ranks(ys)
  const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length
  const mx = mean(rx)
  const my = mean(ry)
  let num = 0
  let dx = 0
  let dy = 0
  for (let i = 0; i < rx.length; i++) {
    num += (rx[i] - mx) * (ry[i] - my)
    dx += (rx[i] - mx) ** 2
    dy += (ry[i] - my) ** 2
  }
  return dx * dy === 0 ? NaN : num / Math.sqrt(dx * dy)
}

export interface MqmReport {
  rules: Map<string, RuleTally>
  mtFlags: number
  mtRight: number
  refWords: number
  refFalse: number
  auc: number
  /** The AUC the raters' own MQM would get (documents scored by −mean MQM): the ceiling on this data. */
  oracleAuc: number
  spearman: number
  docs: DocResult[]
  /** The rater spans on MT output that some flag touched (for the table by MQM category). */
  caught: Set<MqmError>
}

function tally (rules: Map<string, RuleTally>, rule: string): RuleTally {
  let t = rules.get(rule)
  if (t === undefined) rules.set(rule, (t = { flags: 0, right: 0, refFalse: 0 }))
  return t
}

/** Runs every document of MT and references in one source mode and gathers the measures. */
export function evaluate (mt: MqmSegment[], refs: MqmSegment[], mode: SourceMode,
  onFlag?: (f: Flag, seg: MqmSegment, right: boolean) => void, rules?: Record<string, Severity | 'off'>): MqmReport {
  const report: MqmReport = {
    rules: new Map(), mtFlags: 0, mtRight: 0, refWords: 0, refFalse: 0,
    auc: NaN, oracleAuc: NaN, spearman: NaN, docs: [], caught: new Set()
  }
  for (const [reference, segments] of [[false, mt], [true, refs]] as const) {
    for (const doc of documents(segments)) {
      const flags = checkDocument(doc, mode, rules)
      for (const f of flags) {
        const seg = doc[Number(f.pointer.split('/')[2])]
        const touched = overlappedErrors(f, seg)
        const right = touched.length > 0
        if (!reference) for (const e of touched) report.caught.add(e)
        const t = tally(report.rules, f.rule)
        if (reference) {
          if (!right) { t.refFalse++; report.refFalse++ }
        } else {
          t.flags++; report.mtFlags++
          if (right) { t.right++; report.mtRight++ }
        }
        onFlag?.(f, seg, right)
      }
      if (reference) report.refWords += doc.reduce((n, s) => n + countWords(s.target), 0)
      const mqm = doc.reduce((n, s) => n + s.mqm, 0) / doc.length
      report.docs.push({ system: doc[0].system, doc: doc[0].doc, reference, score: flags.score ?? 100, mqm })
    }
  }
  rank(report)
  return report
}

function rank (report: MqmReport): void {
  const systems = new Map<string, { score: number[], mqm: number[] }>()
  for (const d of report.docs.filter(x => !x.reference)) {
    const s = systems.get(d.system) ?? { score: [], mqm: [] }
    s.score.push(d.score)
    s.mqm.push(d.mqm)
    systems.set(d.system, s)
  }
  const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length
  const list = [...systems].map(([name, s]) => ({ name, score: mean(s.score), mqm: mean(s.mqm) }))
  report.spearman = spearman(list.map(s => s.score), list.map(s => -s.mqm))
  const weakest = new Set(list.sort((a, b) => b.mqm - a.mqm).slice(0, WEAKEST).map(s => s.name))
  const references = report.docs.filter(d => d.reference)
  const weak = report.docs.filter(d => weakest.has(d.system))
  report.auc = auc(references.map(d => d.score), weak.map(d => d.score))
  report.oracleAuc = auc(references.map(d => -d.mqm), weak.map(d => -d.mqm))
}

const pct = (a: number, b: number): string => b === 0 ? '—' : `${(100 * a / b).toFixed(0)}%`

export function printReport (name: string, r: MqmReport): void {
  const per1000 = (n: number): string => (n * 1000 / r.refWords).toFixed(2)
  console.log(`${name}: precision ${pct(r.mtRight, r.mtFlags)} ` +
    `(${r.mtRight} of ${r.mtFlags} MT flags on a rater span); ` +
    `${per1000(r.refFalse)} false flags per 1,000 reference words (${r.refFalse} in ${r.refWords} words); ` +
    `document AUC ${r.auc.toFixed(2)} (weakest ${WEAKEST} systems vs references; the raters' own MQM would get ` +
    `${r.oracleAuc.toFixed(2)}); system Spearman ${r.spearman.toFixed(2)}`)
  for (const [rule, t] of [...r.rules].sort((a, b) => b[1].flags - a[1].flags)) {
    console.log(`  ${rule}: ${t.right}/${t.flags} right (${pct(t.right, t.flags)}), ` +
      `${per1000(t.refFalse)} false per 1,000 reference words`)
  }
}

/** Every SYNTHETIC_STEP-th block (from the SYNTHETIC_FIRST-th) of each reference document is deleted once. */
const SYNTHETIC_FIRST = 3
const SYNTHETIC_STEP = 7
/** A deleted block's source must be a sentence or more (Han characters): a deleted interjection is no omission. */
const SYNTHETIC_MIN_HAN = 12

export interface OmissionRecall { deleted: number, found: number, elsewhere: number, documents: number }

/**
 * Recall of `bilingual-omission` on omissions made on purpose: a human reference translation with one block deleted,
 * checked against its whole-document source. Found when an omission flag's source span falls in the deleted block's
 * source; `elsewhere`: omission flags on any other sentence of those runs (the deleted block shifts the alignment).
 * The development MT leaves out phrases, not sentences, so this is the only measure of what the rule is for.
 */
export function omissionRecall (refs: MqmSegment[]): OmissionRecall {
  const out: OmissionRecall = { deleted: 0, found: 0, elsewhere: 0, documents: 0 }
  for (const doc of documents(refs)) {
    out.documents++
    const source = doc.map(s => s.source).join('\n')
    for (let i = SYNTHETIC_FIRST; i < doc.length; i += SYNTHETIC_STEP) {
      if ((doc[i].source.match(/\p{Script=Han}/gu) ?? []).length < SYNTHETIC_MIN_HAN) continue
      const from = doc.slice(0, i).reduce((n, s) => n + s.source.length + 1, 0)
      const to = from + doc[i].source.length
      const blocks = doc.filter((_, k) => k !== i).map(s => ({ text: s.target }))
      const flags = checkTexts({ blocks, source }).flags.filter(f => f.rule === 'bilingual-omission')
      out.deleted++
      const inside = flags.filter(f => f.source !== undefined && f.source.start < to && from < f.source.end)
      if (inside.length > 0) out.found++
      out.elsewhere += flags.length - inside.length
    }
  }
  return out
}
