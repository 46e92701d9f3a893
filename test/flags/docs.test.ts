/** docs/rules.md is generated from the registry and must be up to date; it lists every rule with an example. */
import t from 'tap'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderRulesDoc } from '../../src/flags/docs.js'
import { RULES } from '../../src/flags/index.js'
import { ROOT } from '../helpers.js'

t.test('docs/rules.md matches the registry (regenerate: npm run rules-doc)', async t => {
  const doc = renderRulesDoc()
  t.equal(readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8'), doc)
  for (const r of RULES) {
    t.match(doc, `## ${r.id}\n`)
    const section = doc.slice(doc.indexOf(`## ${r.id}\n`)).split('\n## ')[0]
    t.match(section, /is flagged:\n\n- /, `${r.id} has an example that the rule flags`)
  }
})
