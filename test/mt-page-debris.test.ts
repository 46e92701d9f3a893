/**
 * Issue #12, English machine translations of Chinese pages kept as text: the chrome of the Chinese page in the MT's
 * English. Each class below stayed in the body or gave a wrong field before:
 * - a forum post header (`Posted on 2024-10-15 | Only look at the author | Landlord`) was taken for a menu line and
 *   dropped with its date; its labels are the MT of Discuz!'s (data/boilerplate.json);
 * - `Source: this website original` (本站原创) was the source: the page credits itself (data/source-validation.json);
 * - `October 15, 2024 Tuesday Lunar September 13` (农历九月十三) stayed in the body, undated;
 * - `Disclaimer: … does not represent the position of this site.` stayed in the body.
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'

const TITLE = 'County holds autumn grain purchase meeting'
const BODY = [
  'On October 14, the county held an autumn grain purchase promotion meeting, and the deputy county magistrate attended it.',
  'The meeting pointed out that this year the autumn grain sown area of the county reached 326,000 mu, with a total of 158,000 tons.',
  'The meeting required relevant departments to strengthen market supervision and crack down on behaviors that harm farmers.'
]
const read = (...lines: string[]): ReturnType<typeof processPage>['article'] =>
  processPage({ content: [TITLE, ...lines].join('\n\n'), format: 'text' }).article

t.test('a forum post header in translation: the date is read, the toolbar goes', async t => {
  const a = read('Posted on 2024-10-15 | Only look at the author | Landlord', ...BODY)
  t.equal(a.published, '2024-10-15')
  t.same(a.body.map(b => b.text), BODY)
  const menu = read('Home | News | Forum | Help', ...BODY)
  t.ok(menu.removed.some(r => r.rule === 'menu-line'), 'a menu without a date is still a menu')
})

t.test('a page that credits itself names no source', async t => {
  for (const line of ['Author: Li Si Source: this website original', '作者：李四 来源：本站原创']) {
    const a = read(line, ...BODY)
    t.equal(a.source, null, line)
    t.same(a.authors, ['Li Si', '李四'].filter(n => line.includes(n)))
  }
  t.equal(read('Author: Li Si Source: Ningxia Daily', ...BODY).source, 'Ningxia Daily')
})

t.test('a lunar date in translation beside the Gregorian one: a line of dates', async t => {
  for (const line of ['October 15, 2024 Tuesday Lunar September 13', 'October 15, 2024 Lunar New Year\'s Day']) {
    const a = read(line, ...BODY)
    t.equal(a.published, '2024-10-15', line)
    t.same(a.body.map(b => b.text), BODY)
  }
  t.equal(read('Lunar landing planned for October 15, 2024 in the county', ...BODY).body.length, 4, 'prose stays')
})

t.test('a republication disclaimer in translation leaves the body', async t => {
  const disclaimer = 'Disclaimer: The content of this article is from the Internet and does not represent the position of this site.'
  const a = read('2024-10-15', ...BODY, disclaimer)
  t.same(a.body.map(b => b.text), BODY)
  const prose = 'The statement said the county would copyright its new grain brand next year, officials told reporters.'
  t.equal(read('2024-10-15', ...BODY, prose).body.length, 4, 'a sentence about a statement stays')
})

t.test('an unlabelled info line in translation: the date, the medium and the reporter in pinyin', async t => {
  const a = read('2024-10-15 09:32 Ningxia Daily Ma Xiaohong', ...BODY)
  t.same([a.published, a.source, a.authors], ['2024-10-15', 'Ningxia Daily', ['Ma Xiaohong']])
  t.same(a.body.map(b => b.text), BODY)
  t.same([read('2024-10-15 Xinhua News Agency', ...BODY).source], ['Xinhua News Agency'], 'the medium alone')
  // no medium, or no name after it: the line is something else
  for (const line of ['2024-10-15 The county held a meeting', '2024-10-15 Ningxia Daily Reporter']) {
    const other = read(line, ...BODY)
    t.same([other.source, other.authors], [null, []], line)
  }
})
