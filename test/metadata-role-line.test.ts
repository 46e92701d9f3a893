/**
 * Issue #12, English labels on text pages: a Chinese byline or editor line as machine translation writes it, with
 * no colon (`本报记者 李四 摄影 王五` -> `Our reporter Li Si Photographer Wang Wu`), is read into the authors and the
 * editors and leaves the body; a line that only looks like one (a job title, a table header, an English name a
 * `By` line would carry) stays where it is.
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'
import { readRoleLine } from '../src/metadata/role-line.js'

const BODY = ['Xiji County has built a new seed potato breeding base covering 2,000 mu, local officials said on ' +
  'Thursday. The base will supply virus-free seed to more than 30,000 farming households.',
'"The new base will help farmers raise yields by a fifth," said Ma Jun, head of the county agriculture bureau.']

function page (line: string, where: 'top' | 'end'): string {
  const head = ['Ningxia county expands potato seed base to lift farm incomes', '2021-03-05 09:30 Source: Ningxia Daily']
  return (where === 'top' ? [...head, line, ...BODY] : [...head, ...BODY, line]).join('\n')
}

t.test('role words and pinyin names are read as the Chinese byline they translate', async t => {
  const cases: Array<[string, string[], Array<{ role: string, name: string }>]> = [
    ['Reporter Li Si Photographer Wang Wu', ['Li Si'], [{ role: 'photographer', name: 'Wang Wu' }]],
    ['Our reporter Li Si and correspondent Wang Wu', ['Li Si', 'Wang Wu'], []],
    ['Xinhua reporter Li Si', ['Li Si'], []],
    ["People's Daily reporter Zhang Xiaoming", ['Zhang Xiaoming'], []],
    ['Intern Li Si, reporter Wang Wu', ['Li Si', 'Wang Wu'], []],
    ['Reporters Li Si and Wang Wu', ['Li Si', 'Wang Wu'], []],
    ['Trainee reporter Ouyang Xiao-ming.', ['Ouyang Xiao-ming'], []],
    ['(Editor Zhou Min)', [], [{ role: 'editor', name: 'Zhou Min' }]],
    ['Responsible editor Zhou Min', [], [{ role: 'editor', name: 'Zhou Min' }]],
    // zh-gov g84 (a development zone's machine-translated page, session 36's unseen round): `通讯员 刘军 王婷`
    ['(Reporter Zhang Lei Correspondent Liu Jun Wang Ting)', ['Zhang Lei', 'Liu Jun', 'Wang Ting'], []]
  ]
  for (const [line, authors, others] of cases) {
    t.same(readRoleLine(line), { authors, others }, line)
    const { article } = processPage({ content: page(line, 'top'), format: 'text' })
    t.same(article.authors, authors, `${line}: authors`)
    t.same(article.editors, others, `${line}: editors`)
    t.equal(article.body.length, 2, `${line}: the body is the article alone`)
    t.ok(article.removed.some(r => r.text === line && r.rule === 'byline'), `${line}: listed in removed`)
  }
  const end = processPage({ content: page('(Editor Zhou Min)', 'end'), format: 'text' }).article
  t.same(end.editors, [{ role: 'editor', name: 'Zhou Min' }], 'an editor line closing the article')
  t.equal(end.title, 'Ningxia county expands potato seed base to lift farm incomes')
})

t.test('what only looks like a role line stays', async t => {
  for (const line of ['Reporter John Smith', 'Editor Picks', 'Editor, Running Reviews', 'Author Venue Institution Topic',
    'American Writers Museum President', 'Photographer Tips And Tricks', 'Chief correspondent Zhang San in Beijing',
    'Reporter Li Si said the base would open in May.', 'Reporter', 'Reporter Zhang Lei Wang Ting Liu',
    'Reporter Museum President Tips Tricks']) {
    t.equal(readRoleLine(line), null, line)
  }
  const { article } = processPage({ content: page('Editor Picks', 'top'), format: 'text' })
  t.same(article.editors, [])
  t.ok(article.body.some(b => b.text === 'Editor Picks') || article.removed.some(r => r.text === 'Editor Picks' && r.rule !== 'byline'))
})
