/**
 * The CLI: `main(argv, io)` in-process (exit codes, formats, options), SARIF validated against the official SARIF
 * 2.1.0 JSON schema (the copy shipped by the npm package @microsoft/jest-sarif), JUnit XML, and one end-to-end run
 * with `--server` against the app listening on 127.0.0.1.
 */
import t from 'tap'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import formats from 'ajv-formats'
import { main } from '../cli/main.js'
import { readBlocks, xml } from '../cli/check.js'
import { RULES } from '../src/flags/index.js'
import { testApp } from './helpers.js'
import { seedLine } from './flags/helpers.js'

const require = createRequire(import.meta.url)
// ajv-formats is CommonJS with a default export: under NodeNext the callable is `.default`.
const addFormats = (formats as unknown as { default: (a: Ajv) => Ajv }).default ?? formats

async function run (argv: string[], cwd: string): Promise<{ code: number, out: string, err: string }> {
  let out = ''
  let err = ''
  const code = await main(argv, { stdout: s => { out += s }, stderr: s => { err += s }, cwd })
  return { code, out, err }
}

function workspace (): string {
  const dir = mkdtempSync(join(tmpdir(), 'pagewash-cli-'))
  writeFileSync(join(dir, 'clean.txt'), 'The forum was held in Fuzhou on Sunday.\n\nExperts attended and spoke about data.\n')
  writeFileSync(join(dir, 'mt.txt'), [
    'Digital forum report',
    '',
    'Wang Qinmin pointed out that e -government has become an indispensable means.',
    seedLine('001', 'digital wings'),
    'It is said 80.4%throughout the process, in my country.'
  ].join('\r\n'))
  writeFileSync(join(dir, 'glossary.json'), JSON.stringify([{ term: 'digital forum', preferred: 'Digital Forum', note: 'event name' }]))
  writeFileSync(join(dir, 'source.txt'), '福建省政务服务事项全程网办率达80.4%,超过90%。')
  return dir
}

t.test('text output, exit codes and --fail-on', async t => {
  const dir = workspace()
  const clean = await run(['check', 'clean.txt'], dir)
  t.equal(clean.code, 0)
  t.match(clean.out, /clean\.txt: 0 flags, quality 100\/100/)
  const mt = await run(['check', 'mt.txt', '--fail-on', 'warning'], dir)
  t.equal(mt.code, 1)
  t.match(mt.out, /^mt\.txt:3:30: warning \[spacing-hyphen\] Space inside the hyphenated word “e-government”\. → “e-government”$/m)
  t.match(mt.out, /^mt\.txt:5:12: warning \[spacing-missing\]/m)
  t.equal((await run(['check', 'mt.txt'], dir)).code, 0, 'default --fail-on error: warnings do not fail')
  t.equal((await run(['check', 'mt.txt', '--fail-on', 'none'], dir)).code, 0)
  t.equal((await run(['check', 'mt.txt', '--fail-on', 'info'], dir)).code, 1)
  t.equal((await run([
    'check', 'mt.txt', '--fail-on', 'warning', '--rules',
    'spacing-hyphen=off,spacing-missing=off,punctuation-unpaired=off,capitalization-midsentence=off,terminology-calque=info'
  ], dir)).code, 0)
  t.equal((await run(['check', 'mt.txt', '--fail-on', 'warning', '--rules', 'spacing-hyphen=error'], dir)).code, 1)
})

t.test('bad usage exits 2', async t => {
  const dir = workspace()
  for (const argv of [
    ['check', 'missing.txt'],
    ['check', 'clean.txt', '--no-such-option'],
    ['check', 'clean.txt', '--fail-on', 'loud'],
    ['check', 'clean.txt', '--format', 'xml'],
    ['check'],
    ['check', 'clean.txt', '--glossary', 'clean.txt'],
    ['check', 'clean.txt', '--glossary', 'missing.json'],
    ['check', 'clean.txt', '--source', 'missing.txt'],
    ['check', 'clean.txt', '--rules', 'spacing-hyphen=loud'],
    ['check', 'clean.txt', '--rules', 'no-such-rule=off'],
    ['frobnicate']
  ]) {
    const r = await run(argv, dir)
    t.equal(r.code, 2, argv.join(' '))
    t.ok(r.err.length > 0, `${argv.join(' ')}: says why on stderr`)
  }
  t.equal((await run(['--help'], dir)).code, 0)
  t.equal((await run(['--version'], dir)).code, 0)
})

t.test('--list-rules, --glossary, --source, json output with lines and columns', async t => {
  const dir = workspace()
  const list = await run(['check', '--list-rules'], dir)
  t.equal(list.code, 0)
  t.equal(list.out.trim().split('\n').length, RULES.length)
  t.same(JSON.parse((await run([
    'check', '--list-rules', '--format', 'json'
  ], dir)).out).map((r: { id: string }) => r.id), RULES.map(r => r.id))
  const r = await run([
    'check', 'mt.txt', '--format', 'json', '--glossary', 'glossary.json', '--source', 'source.txt'
  ], dir)
  const report = JSON.parse(r.out)
  interface ReportedFlag {
    rule: string, line: number, column: number, endColumn: number, text: string, suggestion?: string
  }
  const flags = report.files[0].flags as ReportedFlag[]
  const lines = readFileSync(join(dir, 'mt.txt'), 'utf8').split('\r\n')
  for (const f of flags) t.equal(lines[f.line - 1].slice(f.column - 1, f.endColumn - 1), f.text, `${f.rule} at ${f.line}:${f.column}`)
  t.ok(flags.some(f => f.rule === 'terminology-calque' && f.text === 'Digital forum' && f.suggestion === 'Digital Forum'))
  t.ok(flags.some(f => f.rule === 'bilingual-numbers'), 'the source’s 90% is missing')
})

t.test('SARIF 2.1.0 validates against the official schema and points at the right lines', async t => {
  const dir = workspace()
  const r = await run(['check', 'mt.txt', 'clean.txt', '--format', 'sarif'], dir)
  t.equal(r.code, 0)
  const sarif = JSON.parse(r.out)
  // The official schema (draft-04 dialect); Ajv 8 reads it once `id` is spelled `$id` (no other draft-04-only keyword
  // is used).
  const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as Record<string, unknown>
  const { $schema: _, id, ...rest } = schema
  // unicodeRegExp off: one of the schema's `language` patterns is not valid under the `u` flag.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false })
  addFormats(ajv)
  const validate = ajv.compile({ ...rest, $id: id as string })
  t.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3)))
  t.notOk(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), 'the schema rejects a driver without a name')
  const run0 = sarif.runs[0]
  t.equal(run0.tool.driver.rules.length, RULES.length)
  t.equal(run0.columnKind, 'utf16CodeUnits')
  const hyphen = run0.results.find((x: { ruleId: string }) => x.ruleId === 'spacing-hyphen')
  t.same(hyphen.locations[0].physicalLocation, {
    artifactLocation: { uri: 'mt.txt' },
    region: { startLine: 3, startColumn: 30, endLine: 3, endColumn: 43, snippet: { text: 'e -government' } }
  })
  t.equal(run0.tool.driver.rules[hyphen.ruleIndex].id, 'spacing-hyphen')
  t.equal(hyphen.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, 'e-government')
})

t.test('JUnit XML: one testcase per file, one failure per flag at or above --fail-on', async t => {
  const dir = workspace()
  const r = await run(['check', 'mt.txt', 'clean.txt', '--format', 'junit', '--fail-on', 'warning'], dir)
  t.equal(r.code, 1)
  t.match(r.out, /^<\?xml version="1\.0" encoding="UTF-8"\?>/)
  t.equal((r.out.match(/<testcase /g) ?? []).length, 2)
  const json = JSON.parse((await run(['check', 'mt.txt', '--format', 'json'], dir)).out)
  const warnings = json.files[0].flags.filter((f: { severity: string }) => f.severity !== 'info').length
  t.equal((r.out.match(/<failure /g) ?? []).length, warnings)
  t.match(r.out, /<testsuite name="pagewash check" tests="2" failures="1"/)
  t.match(r.out, /<failure type="punctuation-unpaired" message="mt\.txt:4:\d+ Left quotation mark “ where a closing quotation mark belongs\.">/)
  t.equal(xml('a<b & "c" \u0001'), 'a&lt;b &amp; &quot;c&quot; \ufffd')
})

t.test('readBlocks: non-blank lines with their line numbers, CRLF and BOM handled', async t => {
  t.same(readBlocks('\ufeffone\r\n\r\n  \ntwo\n'), [{ text: 'one', line: 1 }, { text: 'two', line: 4 }])
})

t.test('--server: the same flags from a running server', async t => {
  const dir = workspace()
  const app = await testApp()
  t.teardown(() => app.close())
  const url = await app.listen({ host: '127.0.0.1', port: 0 })
  const local = await run(['check', 'mt.txt', '--format', 'json'], dir)
  const remote = await run(['check', 'mt.txt', '--format', 'json', '--server', url], dir)
  t.equal(remote.code, 0)
  t.same(JSON.parse(remote.out), JSON.parse(local.out))
  const bad = await run(['check', 'mt.txt', '--server', url, '--rules', 'no-such-rule=off'], dir)
  t.equal(bad.code, 2)
  t.match(bad.err, /HTTP 400.*no-such-rule/)
  const down = await run(['check', 'mt.txt', '--server', 'http://127.0.0.1:9'], dir)
  t.equal(down.code, 2)
})

t.test('the command line does not load the language model before a command needs it', async t => {
  // `pagewash extract` only reads, dispatches and writes on its main thread; the model belongs in the workers.
  // Importing the language stage after the CLI must still cost its memory: no longer eld's 150 MB object graph on
  // the heap, but the flat n-gram table a thread builds instead (8.3 MB in an ArrayBuffer) and the stage's heap.
  const { execFileSync } = await import('node:child_process')
  const probe = join(import.meta.dirname, 'probe-cli-imports.ts')
  const added = Number(execFileSync(process.execPath, [...process.execArgv, probe], { encoding: 'utf8' }))
  const MODEL_HEAP_FLOOR = 6e6
  t.ok(added > MODEL_HEAP_FLOOR, `the language model added ${Math.round(added / 1e6)} MB after the CLI was loaded`)
})
