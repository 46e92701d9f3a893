/** The per-rule table of `npm run eval:flags` (scripts/flags-table.ts): verdicts against the bar, and decisions. */
import t from 'tap'
import { FEW_FLAGS, ruleTable, verdict } from '../../scripts/flags-table.js'
import type { MqmError, MqmReport, MqmSegment } from '../../scripts/flags-mqm.js'
import { categoryLines, categoryTable } from '../../scripts/flags-categories.js'
import { RULES } from '../../src/flags/index.js'

const report = (tallies: Record<string, { flags: number, right: number, refFalse: number }>): MqmReport => ({
  rules: new Map(Object.entries(tallies)),
  mtFlags: 0,
  mtRight: 0,
  refWords: 10_000,
  refFalse: 0,
  auc: NaN,
  oracleAuc: NaN,
  spearman: NaN,
  docs: [],
  caught: new Set()
})

t.test('verdict: precision, false flags on human text, and too few flags to judge', async t => {
  t.equal(verdict({ flags: 20, right: 18, worstRefs: 0 }, 0), 'meets the bar')
  t.equal(verdict({ flags: 20, right: 17, worstRefs: 0 }, 0), 'under the bar (precision)')
  t.equal(verdict({ flags: 20, right: 20, worstRefs: 0.6 }, 0), 'under the bar (false flags)')
  t.equal(verdict({ flags: 20, right: 20, worstRefs: 0 }, 0.51), 'under the bar (false flags)')
  t.equal(verdict({ flags: FEW_FLAGS - 1, right: FEW_FLAGS - 1, worstRefs: 0 }, 0), 'too few MT flags to judge')
  t.equal(verdict({ flags: 7, right: 5, worstRefs: 0 }, 0), 'under the bar (few flags)')
})

t.test('ruleTable: one line per rule, and the decision under a rule below the bar', async t => {
  const runs: Array<[string, MqmReport]> = [
    ['without source', report({ 'spacing-missing': { flags: 7, right: 5, refFalse: 0 } })],
    ['with source', report({ 'bilingual-numbers': { flags: 21, right: 19, refFalse: 1 } })]
  ]
  const human = { words: 100_000, byRule: new Map([['encoding-mojibake', 10]]) }
  const lines = ruleTable(RULES, runs, human, new Map([['spacing-hyphen', 34]]))
  t.match(lines[0], /^rule \| default \| MT without source \| MT with source \| WCXB \/1k \| seeds \| verdict$/)
  const line = (id: string): string => lines.find(l => l.startsWith(`${id} |`)) ?? ''
  t.match(line('bilingual-numbers'), '19/21 (90%) refs 0.10 | 0.00 | 0 | meets the bar')
  t.match(line('spacing-hyphen'), '| 34 | too few MT flags to judge')
  t.match(line('encoding-mojibake'), '| 0.10 | 0 |')
  const at = lines.indexOf(line('spacing-missing'))
  t.match(lines[at], '5/7 (71%) refs 0.00 | 0/0 (—) refs 0.00 | 0.00 | 0 | under the bar (few flags)')
  t.match(lines[at + 1], /^ {4}decision: Kept at warning/)
  // Every rule has its line; a rule under the bar with no decision says so.
  t.equal(lines.slice(1).filter(l => /^[a-z-]+ \|/.test(l)).length, RULES.length)
  const bare = ruleTable([{ ...RULES[0], decision: undefined }], [['x', report({
    [RULES[0].id]: { flags: 20, right: 10, refFalse: 0 }
  })]], undefined, new Map())
  t.match(bare[2], /decision: NONE/)
})

t.test('categoryTable: MQM spans by category and severity, and those a flag touched in each run', async t => {
  const error = (category: string, severity: string, side = 'target'): MqmError =>
    ({ category, severity, side, start: side === 'target' ? 0 : null, end: side === 'target' ? 4 : null })
  const wrong = error('Accuracy/Mistranslation', 'Major')
  const comma = error('Fluency/Punctuation', 'Minor')
  const omitted = error('Accuracy/Omission', 'Major', 'source')
  const seg = (errors: MqmError[]): MqmSegment =>
    ({ system: 's', doc: 'd', seg: 1, source: '', target: 'text', mqm: 1, errors })
  const mt = [seg([wrong, comma]), seg([error('Accuracy/Mistranslation', 'Major')]),
    seg([omitted]), seg([])]
  const caughtOnce = { ...report({}), caught: new Set([comma]) }
  const caughtTwice = { ...report({}), caught: new Set([comma, wrong]) }
  const rows = categoryTable(mt, [['without source', caughtOnce], ['with source', caughtTwice]])
  t.same(rows.map(r => [r.category, r.severity, r.target, r.source, r.segments, r.caught]), [
    ['Accuracy/Mistranslation', 'Major', 2, 0, 2, [0, 1]],
    ['Fluency/Punctuation', 'Minor', 1, 0, 1, [1, 1]],
    ['Accuracy/Omission', 'Major', 0, 1, 1, [0, 0]]
  ])
  const lines = categoryLines(rows, mt.length, ['without source', 'with source'])
  t.match(lines[0], 'segments (share of 4) | touched by a flag, without source | touched by a flag, with source')
  t.equal(lines[1], 'Accuracy/Mistranslation | Major | 2 | 0 | 2 (50%) | 0 | 1')
})
