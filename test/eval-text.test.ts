/**
 * Issue #12, text pages: `npm run eval:text` (scripts/eval-text.ts) holds its figures. Real article text of the
 * development sets laid out as scrapers keep text pages, with generated chrome and metadata: each field must stay
 * at or above the floor it reached when the eval was written (session 11), so a change that loses a layout fails
 * here. Skipped without ../shared/dev-data.
 */
import t from 'tap'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { chinesePage, danielSources, englishPage, score, wcxbSources } from '../scripts/eval-text.js'

const DEV = join('..', 'shared', 'dev-data')
type Scores = Array<ReturnType<typeof score>>
const share = (scores: Scores, field: 'title' | 'date' | 'author' | 'editor'): number => {
  const labelled = scores.filter(s => ['right', 'wrong', 'missing'].includes(s[field]))
  return labelled.filter(s => s[field] === 'right').length / labelled.length
}
const given = (scores: Scores, field: 'date' | 'author'): number => scores.filter(s => s[field] === 'spurious').length
const meanF = (scores: Scores): number => scores.reduce((a, s) => a + s.f, 0) / scores.length

t.test('daniel-zh as text pages', { skip: existsSync(join(DEV, 'daniel-zh')) ? false : 'no ../shared/dev-data' }, async t => {
  const sources = danielSources(join(DEV, 'daniel-zh'))
  const scores = sources.map((s, i) => score(chinesePage(s, i, sources)))
  t.ok(meanF(scores) >= 0.98, `body F1 ${meanF(scores)}`)
  t.ok(share(scores, 'title') >= 0.96, `title ${share(scores, 'title')}`)
  t.ok(share(scores, 'date') >= 0.99, `date ${share(scores, 'date')}`)
  t.ok(share(scores, 'author') >= 0.95, `author ${share(scores, 'author')}`)
  t.ok(share(scores, 'editor') >= 0.99, `editor ${share(scores, 'editor')}`)
  t.ok(given(scores, 'date') + given(scores, 'author') <= 2, 'a date or an author where the page gives none')
})

t.test('WCXB as text pages', { skip: existsSync(join(DEV, 'wcxb-articles')) ? false : 'no ../shared/dev-data' }, async t => {
  const sources = wcxbSources(join(DEV, 'wcxb-articles'))
  const scores = sources.map((s, i) => score(englishPage(s, i, sources)))
  t.ok(meanF(scores) >= 0.995, `body F1 ${meanF(scores)}`)
  t.ok(share(scores, 'title') >= 0.94, `title ${share(scores, 'title')}`)
  t.ok(share(scores, 'date') >= 0.99, `date ${share(scores, 'date')}`)
  t.ok(share(scores, 'author') >= 0.93, `author ${share(scores, 'author')}`)
  t.ok(given(scores, 'date') + given(scores, 'author') <= 4, 'a date or an author where the page gives none')
})
