/**
 * The per-rule table of `npm run eval:flags`: for every rule, its precision on the development MT in each source
 * mode, its false flags per 1,000 words of the human references and of human-written English web text (WCXB), its
 * flags on the seeds, and a verdict against the bar. A rule under the bar must carry a `decision` (rule.ts) saying
 * what was done about it; the table prints it, and says so when one is missing.
 */
import type { Rule } from '../src/flags/rule.js'
import type { MqmReport } from './flags-mqm.js'

/** The issue's bar (#13): at least 90% of a rule's flags on MT land on a rater-marked error... */
export const PRECISION_BAR = 0.9
/** ...and at most 0.5 false flags per 1,000 words of human text (references, WCXB). */
export const REFERENCE_FALSE_BAR = 0.5
/** Under this many MT flags a precision says little: the verdict is "too few to judge", not a pass or a fail. */
export const FEW_FLAGS = 10

export interface HumanTally { words: number, byRule: Map<string, number> }

const per1000 = (n: number, words: number): number => words === 0 ? 0 : n * 1000 / words
const pct = (a: number, b: number): string => b === 0 ? '—' : `${Math.round(100 * a / b)}%`

interface RuleMeasures { flags: number, right: number, worstRefs: number, cells: string[] }

/** One rule's cells across the runs: `right/flags (precision) refs x.xx` per run. */
function measures (rule: Rule, runs: Array<[string, MqmReport]>): RuleMeasures {
  const out: RuleMeasures = { flags: 0, right: 0, worstRefs: 0, cells: [] }
  for (const [, r] of runs) {
    const t = r.rules.get(rule.id) ?? { flags: 0, right: 0, refFalse: 0 }
    const refs = per1000(t.refFalse, r.refWords)
    out.flags = Math.max(out.flags, t.flags)
    if (t.flags === out.flags) out.right = t.right
    out.worstRefs = Math.max(out.worstRefs, refs)
    out.cells.push(`${t.right}/${t.flags} (${pct(t.right, t.flags)}) refs ${refs.toFixed(2)}`)
  }
  return out
}

/** Pass, fail or too few, against the bar; a rule that is off by default is only measured when turned on. */
export function verdict (m: { flags: number, right: number, worstRefs: number }, human: number): string {
  if (m.worstRefs > REFERENCE_FALSE_BAR || human > REFERENCE_FALSE_BAR) return 'under the bar (false flags)'
  if (m.flags < FEW_FLAGS) return m.flags === m.right ? 'too few MT flags to judge' : 'under the bar (few flags)'
  return m.right >= PRECISION_BAR * m.flags ? 'meets the bar' : 'under the bar (precision)'
}

/**
 * The table's lines: a header, one line per rule, and under a rule that misses the bar its decision. `runs` are
 * the measured modes (label, report); a rule off by default shows in the runs that turned it on.
 */
export function ruleTable (
  rules: readonly Rule[], runs: Array<[string, MqmReport]>, human: HumanTally | undefined, seeds: Map<string, number>
): string[] {
  const lines = [`rule | default | ${runs.map(([label]) => `MT ${label}`).join(' | ')} | WCXB /1k | seeds | verdict`]
  for (const rule of rules) {
    const m = measures(rule, runs)
    const wcxb = human === undefined ? 0 : per1000(human.byRule.get(rule.id) ?? 0, human.words)
    const state = rule.enabled === false ? `off (${rule.severity})` : rule.severity
    const judged = verdict(m, wcxb)
    lines.push(`${rule.id} | ${state} | ${m.cells.join(' | ')} | ${wcxb.toFixed(2)} | ${seeds.get(rule.id) ?? 0} | ` +
      judged)
    const decision = rule.decision ?? 'NONE (every rule under the bar needs one)'
    if (judged.startsWith('under')) lines.push(`    decision: ${decision}`)
  }
  return lines
}
