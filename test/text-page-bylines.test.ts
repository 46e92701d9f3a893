/**
 * Issue #12, English text pages: the headline and byline shapes `npm run eval:text` found unread (WCXB text laid out
 * as scrapers keep text pages): bylines with an initial, an honorific or post-nominal letters, headlines with a
 * question inside or an initialism at the end.
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'
import { cleanTitle } from '../src/metadata/title.js'

const PROSE = 'The council approved the budget on Tuesday after a debate that lasted more than six hours in the hall.'
const read = (head: string, byline: string): [string | null, string | null, string[]] => {
  const { article } = processPage({ content: `${head}\n${byline}\n${PROSE}\n${PROSE}`, format: 'text' })
  return [article.title, article.published, article.authors]
}
const HEAD = 'Council approves the budget after a long debate'

t.test('bylines with initials, honorifics and post-nominal letters', async t => {
  t.same(read(HEAD, 'By John F. Kennedy'), [HEAD, null, ['John F. Kennedy']])
  t.same(read(HEAD, 'By Dr. Vahid Osman | Mar 27, 2024'), [HEAD, '2024-03-27', ['Dr. Vahid Osman']])
  t.same(read(HEAD, 'March 27, 2024 | By J. R. Smith'), [HEAD, '2024-03-27', ['J. R. Smith']])
  // the letters stay with the name, as the byline signs it (splitNames keeps them as one author)
  t.same(read(HEAD, 'By Dylan Bailey, MS, RD, FAND'), [HEAD, null, ['Dylan Bailey, MS, RD, FAND']])
  t.same(read(HEAD, 'By Genevieve Carlton, Ph.D.'), [HEAD, null, ['Genevieve Carlton, Ph.D.']])
  t.same(read(HEAD, 'By Jane Smith, Staff Writer'), [HEAD, null, ['Jane Smith']], 'a job title after the comma')
  t.same(read(HEAD, 'By Jane Smith. The council met.')[2], [], 'a sentence is no byline')
  t.same(read(HEAD, 'Written by Jane Smith on March 5, 2024'), [HEAD, '2024-03-05', ['Jane Smith']])
  t.same(read(HEAD, 'Posted by J. R. Smith on 5 March 2024'), [HEAD, '2024-03-05', ['J. R. Smith']])
})

t.test('headlines with a question inside or an initialism at the end', async t => {
  for (const head of ['What Is Catering? Types of Catering and What They Cost',
    'Have an App Idea? Software Development Is Now Affordable', 'The Hottest Real Estate Markets in the U.S.']) {
    t.equal(read(head, 'By Jane Smith')[0], head)
  }
  t.equal(read('Are you ready? We are here to help you.', 'By Jane Smith')[0], null, 'a line ending as a sentence')
  t.equal(read('The council met on Tuesday.', 'By Jane Smith')[0], null, 'a full stop after a word')
})

t.test('a site suffix named with a newspaper nameplate noun goes from the title', async t => {
  for (const site of ['The Daily Ledger', 'Evening Observer', 'The Courier', 'San Francisco Examiner',
    'Philadelphia Inquirer', 'The Business Insider', 'The Weekly Digest']) {
    t.equal(cleanTitle(`${HEAD} - ${site}`), HEAD, site)
  }
  t.equal(cleanTitle('Spider-Man - Into the Spider-Verse'), 'Spider-Man - Into the Spider-Verse', 'no nameplate')
})

t.test('a photo credit on the info line: the author keeps the value before it, the photographer is an editor', async t => {
  // machine-translated English of `作者：李四 摄影：王五` and of `图/王五`
  const page = (info: string): ReturnType<typeof processPage>['article'] =>
    processPage({ content: `${HEAD}\n${info}\n${PROSE}\n${PROSE}`, format: 'text' }).article
  const a = page('Author: Li Si Photo: Wang Wu 2024-10-15')
  t.same([a.published, a.authors, a.editors], ['2024-10-15', ['Li Si'], [{ role: 'photographer', name: 'Wang Wu' }]])
  t.notOk(a.body.some(x => x.text.includes('Wang Wu')), 'the line leaves the body')
  const b = page('Text: Li Si Photos: Wang Wu')
  t.same([b.authors, b.editors], [['Li Si'], [{ role: 'photographer', name: 'Wang Wu' }]])
})

t.test('a byline with the date right after the names, no separator between them', async t => {
  t.same(read(HEAD, 'By Jane Doe March 5, 2024 at 2:20 p.m. EST'), [HEAD, '2024-03-05T14:20:00-05:00', ['Jane Doe']])
  t.same(read(HEAD, 'By Jane Doe and John Roe 5 March 2024'), [HEAD, '2024-03-05', ['Jane Doe', 'John Roe']])
  t.same(read(HEAD, 'By Jean-Luc de la Tour March 5, 2024')[2], ['Jean-Luc de la Tour'])
  t.same(read(HEAD, 'By the end of March 5, 2024')[2], [], 'words that are no names: a sentence')
})
