/**
 * Writes docs/rules.md from the rule registry. Run from the repository root: `npm run rules-doc`.
 * test/flags/docs.test.ts fails when the committed file is out of date.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderRulesDoc } from '../src/flags/docs.js'

const root = process.cwd()
writeFileSync(join(root, 'docs', 'rules.md'), renderRulesDoc())
process.stdout.write('docs/rules.md written\n')
