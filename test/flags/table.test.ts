/** The per-rule table of `npm run eval:flags` (scripts/flags-table.ts): verdicts against the bar, and decisions. */
import t from 'tap'
import { FEW_FLAGS, ruleTable, verdict } from '../../scripts/flags-table.js'
import type { MqmReport } from '../../scripts/flags-mqm.js'
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
  docs: []
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
