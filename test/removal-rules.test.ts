/**
 * Removal rule ids (src/removal-rules.ts): every removal of a real page carries one, each id is produced by some
 * stage, and the README's table lists exactly the ids with their doc lines.
 */
import t from 'tap'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { processPage } from '../src/pipeline.js'
import { REMOVAL_RULES, REMOVAL_RULE_IDS } from '../src/removal-rules.js'
import { FIXTURES, ROOT, SEED_IDS, seed } from './helpers.js'

/** Every `.ts` file under a folder. */
function sources (dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return sources(path)
    return e.name.endsWith('.ts') ? [path] : []
  })
}

t.test('every removal of the seeds and the HTML fixtures has a known rule', async t => {
  const zhEval = join(FIXTURES, 'zh-eval', 'html')
  const pages = [
    ...SEED_IDS.map(id => ({ content: seed(id) })),
    ...readdirSync(join(FIXTURES, 'html')).map(f => ({ content: readFileSync(join(FIXTURES, 'html', f)) })),
    ...readdirSync(zhEval).map(f => ({ content: readFileSync(join(zhEval, f)), format: 'html' as const }))
  ]
  const seen = new Set<string>()
  for (const page of pages) {
    for (const r of processPage(page).article.removed) {
      t.ok(REMOVAL_RULE_IDS.includes(r.rule), `${r.rule} is a removal rule (${r.reason})`)
      seen.add(r.rule)
    }
  }
  // the metadata stage names its own rules
  for (const id of ['info-line', 'title-line']) t.ok(seen.has(id), `${id} at work`)
  t.ok(seen.size >= 10, `many rules at work (${[...seen].join(', ')})`)
})

t.test('every rule id is produced by some stage', async t => {
  const code = sources(join(ROOT, 'src')).filter(f => !f.endsWith('removal-rules.ts'))
    .map(f => readFileSync(f, 'utf8')).join('\n')
  for (const id of REMOVAL_RULE_IDS) t.ok(code.includes(`'${id}'`), `${id} is used in src/`)
})

t.test('the README lists exactly the removal rules', async t => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const start = readme.indexOf('### Removal rules')
  const section = readme.slice(start, readme.indexOf('\n## ', start))
  const rows = [...section.matchAll(/^\| `([a-z-]+)` \| (.+) \|$/gm)].map(m => [m[1], m[2].replace(/\\\|/g, '|')])
  t.same(rows, REMOVAL_RULE_IDS.map(id => [id, REMOVAL_RULES[id]]))
})
