/**
 * False-positive measurement for the flag rules on real, human-written English: the `main_content` of the WCXB
 * development pages in ../shared/dev-data/wcxb-articles (read, never copied). Prints flags per 1,000 words overall
 * and per rule, plus the seeds and the clean-English test fixture; `--show RULE` prints that rule's flags with their
 * messages, in context.
 * Then the MT measures on ../shared/dev-data/mqm-ted-zhen (see flags-mqm.ts): precision per rule, false flags per
 * 1,000 reference words, document AUC and system Spearman, without the source and with it.
 * Run from the repository root: `npm run eval:flags` (add `-- --show RULE` to see one rule's flags).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { RULES, countWords, runRules, scoreQuality } from '../src/flags/index.js'
import type { Flag, Severity } from '../src/types.js'
import { evaluate, omissionRecall, printReport, readJsonl, type MqmReport, type SourceMode } from './flags-mqm.js'
import { PRECISION_BAR, REFERENCE_FALSE_BAR, ruleTable } from './flags-table.js'
import { categoryLines, categoryTable } from './flags-categories.js'

const root = process.cwd()
const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : undefined

/** Words and flags per rule of one set of human or seed text, for the per-rule table. */
interface SetTally { words: number, byRule: Map<string, number> }

/** `paragraphs` of one document, or of several (`pages`: each page's block count, run as its own document). */
function report (
  name: string, paragraphs: string[], pages: number[] = [paragraphs.length], rules?: Record<string, Severity | 'off'>
): SetTally {
  const texts = paragraphs.map((text, i) => ({ pointer: `/blocks/${i}/text`, text }))
  // Each page is flagged on its own, as the service does: rules that weigh evidence across a document (a word
  // capitalized the same way twice is a name) must not see the other pages.
  const flags: Flag[] = []
  let from = 0
  for (const n of pages) {
    const own = texts.slice(from, from + n)
    // the blocks' pointers number them across all pages already (`texts`), so a flag's pointer indexes `texts`
    flags.push(...runRules(own, { rules }))
    from += n
  }
  const words = texts.reduce((n, t) => n + countWords(t.text), 0)
  const q = scoreQuality(flags, texts)
  const byRule = new Map<string, number>()
  for (const f of flags) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1)
  console.log(`${name}: ${words} words, ${flags.length} flags, ${q.flagsPer1000Words} per 1,000 words, ` +
    `score ${q.score}`)
  for (const [rule, n] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${rule}: ${n}`)
  if (show !== undefined) {
    for (const f of flags.filter(x => x.rule === show)) {
      const text = texts[Number(f.pointer.split('/')[2])].text
      console.log(`    [${f.text}] … ${text.slice(Math.max(0, f.start - 60), f.end + 60).replace(/\s+/g, ' ')}`)
    }
  }
  return { words, byRule }
}

const pct = (a: number, b: number): string => `${Math.round(100 * a / Math.max(1, b))}%`
const lines = (s: string): string[] => s.split('\n').map(l => l.replace(/\r$/, '')).filter(l => l.trim() !== '' && !l.startsWith('#'))
const seeds = join(root, 'test', 'fixtures', 'seeds')
const seedFlags = new Map<string, number>()
if (existsSync(seeds)) {
  for (const f of readdirSync(seeds).filter(f => /^\d{3}_/.test(f)).sort()) {
    const own = report(`seed ${f.slice(0, 3)}`, lines(readFileSync(join(seeds, f), 'utf8')))
    for (const [rule, n] of own.byRule) seedFlags.set(rule, (seedFlags.get(rule) ?? 0) + n)
  }
}
let human: SetTally | undefined
const cleanEnglish = join(root, 'test', 'fixtures', 'flags', 'clean-english.txt')
report('clean-english fixture', lines(readFileSync(cleanEnglish, 'utf8')))
const wcxb = join(root, '..', 'shared', 'dev-data', 'wcxb-articles', 'ground-truth')
if (existsSync(wcxb)) {
  const paragraphs: string[] = []
  const pages: number[] = []
  for (const f of readdirSync(wcxb).filter(f => f.endsWith('.json'))) {
    const gt = JSON.parse(readFileSync(join(wcxb, f), 'utf8')) as { ground_truth?: { main_content?: string } }
    const own = (gt.ground_truth?.main_content ?? '').split(/\n\s*\n|\n/).map(p => p.trim()).filter(p => p !== '')
    paragraphs.push(...own)
    pages.push(own.length)
  }
  human = report('WCXB dev main_content (human-written English web articles)', paragraphs, pages)
  // The checks that are off by default, on their own: their false flags on human text are half of why they are off.
  if (RULES.some(rule => rule.enabled === false)) {
    const off = report('WCXB dev main_content, off-by-default checks only', paragraphs, pages, offByDefaultOnly())
    for (const [rule, n] of off.byRule) human.byRule.set(rule, n)
  }
}
const measured: Array<[string, MqmReport]> = []
let categories: string[] = []

const mqmDir = join(root, '..', 'shared', 'dev-data', 'mqm-ted-zhen')
if (existsSync(mqmDir)) {
  const mt = readJsonl(join(mqmDir, 'mt.jsonl'))
  const refs = readJsonl(join(mqmDir, 'refs.jsonl'))
  const modes: Array<[SourceMode, string]> = [
    ['none', 'without source'],
    ['document', 'with source (whole document)'],
    ['aligned', 'with source (aligned blocks)']
  ]
  const onFlag = show === undefined
    ? undefined
    : (f: Flag, seg: { system: string, target: string }, right: boolean): void => {
        if (f.rule !== show && show !== 'all') return
        const where = seg.system.startsWith('ref') ? 'REF' : right ? 'ok ' : 'BAD'
        const around = seg.target.slice(Math.max(0, f.start - 60), f.end + 60)
        console.log(`    ${where} ${f.rule} [${f.text}] ${f.message} … ${around}`)
      }
  for (const [mode, label] of modes) {
    const r = evaluate(mt, refs, mode, onFlag)
    printReport(`mqm-ted-zhen ${label}`, r)
    measured.push([label, r])
  }
  const onByDefault = measured.slice()
  categories = categoryLines(categoryTable(mt, onByDefault), mt.length, onByDefault.map(([label]) => label))
  // A flag that covers a whole block lands on a rater span by chance this often: the floor its precision is read
  // against (missing numbers and names mark the block, since they have no span of their own).
  const spanned = mt.filter(s => s.errors.some(e => e.side === 'target' && e.start !== null)).length
  console.log(`A whole-block flag on a random MT segment lands on a rater span ${pct(spanned, mt.length)} of the time.`)
  const omitted = omissionRecall(refs)
  console.log(`Omissions made on purpose (one block of a human reference deleted, whole-document source): ` +
    `bilingual-omission finds ${omitted.found} of ${omitted.deleted} (${pct(omitted.found, omitted.deleted)}) in ` +
    `${omitted.documents} documents, with ${omitted.elsewhere} flags on other sentences of those runs.`)
  // Checks that are off by default, measured on their own (aligned blocks) so the figures say why they are off.
  const off = RULES.filter(rule => rule.enabled === false)
  const onlyThese = offByDefaultOnly()
  if (off.length > 0) {
    const ids = off.map(r => r.id).join(', ')
    const name = `mqm-ted-zhen with source (aligned blocks), off-by-default checks only: ${ids}`
    const r = evaluate(mt, refs, 'aligned', onFlag, onlyThese)
    printReport(name, r)
    measured.push(['off-by-default, with source', r])
  }
}
printRuleTable(measured, human, seedFlags)
if (categories.length > 0) {
  console.log('\nWhere the raters\' marks are: MQM spans on the MT by category and severity (docs/mt-errors.md)')
  for (const line of categories) console.log(line)
}

/** A request's `rules` turning on the checks that are off by default, each at its severity, and off the rest. */
function offByDefaultOnly (): Record<string, Severity | 'off'> {
  return Object.fromEntries(RULES.map(rule => [rule.id, rule.enabled === false ? rule.severity : 'off' as const]))
}

/** The per-rule table: every rule's measures side by side, and the decision of each rule under the bar. */
function printRuleTable (
  runs: Array<[string, MqmReport]>, wcxb: SetTally | undefined, seed: Map<string, number>
): void {
  console.log(`\nPer rule (bar: precision >= ${100 * PRECISION_BAR}% on MT, <= ${REFERENCE_FALSE_BAR} false flags ` +
    'per 1,000 words of human text); MT: right/flags (precision), refs: false flags per 1,000 reference words')
  for (const line of ruleTable(RULES, runs, wcxb, seed)) console.log(line)
}
