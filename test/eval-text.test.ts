/**
 * Issue #12, text pages: `npm run eval:text` (scripts/eval-text.ts) holds its figures. Real article text of the
 * development sets laid out as scrapers keep text pages, with generated chrome and metadata: each field must stay
 * at or above the floor it reached when the eval was written (session 11), so a change that loses a layout fails
 * here. The development sets are skipped without ../shared/dev-data; the project's own Chinese pages
 * (test/fixtures/zh-eval, in the layout of WCXB's truths) run everywhere.
 */
import t, { type Test } from 'tap'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { chinesePage, danielSources, englishPage, report, score, wcxbSources } from '../scripts/eval-text.js'

const DEV = join('..', 'shared', 'dev-data')
type Scores = Array<ReturnType<typeof score>>
const share = (scores: Scores, field: 'title' | 'date' | 'author' | 'editor'): number => {
  const labelled = scores.filter(s => ['right', 'wrong', 'missing'].includes(s[field]))
  return labelled.filter(s => s[field] === 'right').length / labelled.length
}
const given = (scores: Scores, field: 'date' | 'author'): number => scores.filter(s => s[field] === 'spurious').length
const meanF = (scores: Scores): number => scores.reduce((a, s) => a + s.f, 0) / scores.length

interface Floors { f: number, title: number, date: number, author: number, editor?: number, given: number }

/** Each figure at or above its floor; at most `given` dates or authors where the page gives none. */
function holds (t: Test, scores: Scores, floors: Floors): void {
  t.ok(meanF(scores) >= floors.f, `body F1 ${meanF(scores)}`)
  for (const field of ['title', 'date', 'author', 'editor'] as const) {
    const floor = floors[field]
    if (floor !== undefined) t.ok(share(scores, field) >= floor, `${field} ${share(scores, field)}`)
  }
  t.ok(given(scores, 'date') + given(scores, 'author') <= floors.given, 'a date or an author where the page gives none')
}

const skip = (set: string): false | string => existsSync(join(DEV, set)) ? false : 'no ../shared/dev-data'

t.test('daniel-zh as text pages', { skip: skip('daniel-zh') }, async t => {
  const sources = danielSources(join(DEV, 'daniel-zh'))
  holds(t, sources.map((s, i) => score(chinesePage(s, i, sources))),
    { f: 0.98, title: 0.99, date: 0.995, author: 0.96, editor: 0.99, given: 2 })
})

t.test('WCXB as text pages', { skip: skip('wcxb-articles') }, async t => {
  const sources = wcxbSources(join(DEV, 'wcxb-articles'))
  holds(t, sources.map((s, i) => score(englishPage(s, i, sources))),
    { f: 0.995, title: 0.98, date: 0.99, author: 0.945, given: 4 })
})

t.test('the project\'s 24 Chinese pages (test/fixtures/zh-eval) as text pages, in every clone', async t => {
  const sources = wcxbSources(join('test', 'fixtures', 'zh-eval'))
  t.equal(sources.length, 24)
  const scores = sources.map((s, i) => score(chinesePage(s, i, sources)))
  holds(t, scores, { f: 0.99, title: 1, date: 1, author: 1, editor: 1, given: 0 })
  // the report: a line per field with right / wrong / missing, a line per layout, the pages not right (none here)
  const printed: string[] = []
  const log = console.log
  console.log = (line: string) => { printed.push(line) }
  try { report('zh-eval as text pages', scores, 5) } finally { console.log = log }
  t.match(printed.join('\n'), /zh-eval as text pages: 24 pages[\s\S]*title % right \/ wrong \/ missing\s+100\.0 \/ 0\.0 \/ 0\.0 of 24/)
  t.equal(printed.filter(l => l.includes('    layout ')).length, new Set(scores.map(s => s.layout)).size)
})
