/** `POST /v1/check` end to end through app.inject(): text and blocks, pointers, source, glossary, rules, errors. */
import t from 'tap'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Flag } from '../src/types.js'
import { testApp } from './helpers.js'
import { seedLine } from './flags/helpers.js'

t.test('text: flags point at /text with exact offsets, and a quality', async t => {
  const app = await testApp()
  t.teardown(() => app.close())
  const text = seedLine('000', 'worked together and worked together')
  const res = await app.inject({ method: 'POST', url: '/v1/check', payload: { text } })
  t.equal(res.statusCode, 200)
  const body = res.json()
  t.ok(body.flags.length >= 5)
  for (const f of body.flags) {
    t.equal(f.pointer, '/text')
    t.equal(text.slice(f.start, f.end), f.text)
  }
  t.ok(body.flags.some((f: { rule: string, suggestion?: string }) => f.rule === 'terminology-calque' && f.suggestion === 'dynamic zero-COVID'))
  t.ok(body.quality.score >= 0 && body.quality.score < 100)
  t.ok(body.quality.flagsPer1000Words > 0)
})

t.test('blocks: pointers /blocks/N/text; rules can be switched off or re-graded', async t => {
  const app = await testApp()
  t.teardown(() => app.close())
  const blocks = [{ text: 'A clean sentence about the forum.' }, { text: 'The e -government platform in my country grew.' }]
  const res = await app.inject({ method: 'POST', url: '/v1/check', payload: { blocks, rules: { 'terminology-calque': 'error', 'spacing-hyphen': 'off' } } })
  t.equal(res.statusCode, 200)
  const flags = res.json().flags as Flag[]
  t.same(flags.map(f => [f.pointer, f.rule, f.severity, f.text]), [
    ['/blocks/1/text', 'terminology-calque', 'error', 'my country']
  ])
})

t.test('source: bilingual checks; glossary from the request and from GLOSSARY_FILE', async t => {
  const dir = mkdtempSync(join(tmpdir(), 'pagewash-check-'))
  const file = join(dir, 'glossary.json')
  writeFileSync(file, JSON.stringify([{ term: '数字政府', preferred: 'digital government' }]))
  const app = await testApp({ config: { glossaryFile: file } })
  t.teardown(() => app.close())
  const source = '福建省政务服务事项全程网办率达80.4%。新冠肺炎疫情期间,数字政府发挥了作用。'
  const res = await app.inject({
    method: 'POST',
    url: '/v1/check',
    payload: {
      blocks: [{ text: 'In Fujian, 84% of services are online.' }, { text: 'During the epidemic, e-government played a role.' }],
      source,
      glossary: [{ term: '新冠肺炎', preferred: 'COVID-19', note: 'house style' }]
    }
  })
  t.equal(res.statusCode, 200)
  const flags = res.json().flags as Flag[]
  t.same(flags.filter(f => f.rule === 'bilingual-numbers').map(f => [f.pointer, f.text]), [
    ['/blocks/0/text', 'In Fujian, 84% of services are online.'], ['/blocks/0/text', '84%']
  ])
  // The missing number's span in the source goes out with the flag (the response schema carries it).
  const at = source.indexOf('80.4%')
  t.same(flags[0].source, { pointer: '/source', start: at, end: at + 5, text: '80.4%' })
  const glossaryFlags = flags.filter(f => f.rule === 'bilingual-glossary')
  t.same(glossaryFlags.map(f => f.pointer), ['/blocks/1/text'])
  t.match(glossaryFlags[0].message, /“数字政府” should be rendered “digital government”; “新冠肺炎” should be rendered “COVID-19” \(house style\)/)
})

t.test('bad requests are problem+json 400s', async t => {
  const app = await testApp()
  t.teardown(() => app.close())
  for (const payload of [{}, { text: 'a', blocks: [{ text: 'b' }] }, { text: 'a', rules: { 'no-such-rule': 'off' } }, { text: 'a', extra: 1 }, { text: 'a', rules: { 'spacing-hyphen': 'loud' } }]) {
    const res = await app.inject({ method: 'POST', url: '/v1/check', payload })
    t.equal(res.statusCode, 400, JSON.stringify(payload))
    t.match(res.headers['content-type'], /application\/problem\+json/)
  }
  const res = await app.inject({ method: 'POST', url: '/v1/check', payload: { text: 'a', rules: { 'no-such-rule': 'off' } } })
  t.match(res.json().detail, /no-such-rule/)
})
