/**
 * Issue #12, English bylines on pages nobody tuned for: names written in capitals (`By JANE DOE and JOHN ROE`) keep
 * their surnames (post-nominal letters go only after a name in mixed case), and a news wire named in a byline
 * (`Jane Doe, Reuters`, `…, Associated Press`) is the source, not an author, in markup as in text.
 */
import t from 'tap'
import { splitNames } from '../src/text/fields.js'
import { processPage } from '../src/pipeline.js'

const P = 'Xiji County in Ningxia is one of the main potato producing areas in China, with a planting area of ' +
  'more than one million mu every year and many farmers.'
const P2 = 'In recent years, the county has built seed potato breeding bases and starch processing enterprises, ' +
  'and farmers incomes have risen steadily as a result.'

function meta (head: string): { authors: string[], source: string | null } {
  const content = '<html><head><title>Xiji County steps up potato industry | Example News</title></head><body>' +
    `<h1>Xiji County steps up potato industry</h1>${head}<p>${P}</p><p>${P2}</p></body></html>`
  const { article } = processPage({ content, format: 'html' })
  return { authors: article.authors, source: article.source }
}

t.test('names in capitals keep their surnames; post-nominal letters go', async t => {
  t.same(splitNames('JANE DOE and JOHN ROE'), ['JANE DOE', 'JOHN ROE'])
  t.same(splitNames('WANG AN'), ['WANG AN'])
  t.same(splitNames('Jane Doe MD'), ['Jane Doe'])
  t.same(splitNames('John Roe RN CFP'), ['John Roe'])
})

t.test('a news wire in a byline is the source', async t => {
  t.same(meta('<p>By JANE DOE and JOHN ROE, Associated Press</p>'),
    { authors: ['JANE DOE', 'JOHN ROE'], source: 'Associated Press' })
  t.same(meta('<div class="byline">Jane Doe, Reuters</div>'), { authors: ['Jane Doe'], source: 'Reuters' })
  t.same(meta('<p>By Jane Doe, CNN</p>'), { authors: ['Jane Doe'], source: 'CNN' }, 'a broadcaster is no credential')
  t.same(meta('<meta name="author" content="Reuters"><div class="byline">By Jane Doe</div>').authors, ['Jane Doe'])
})

function page (head: string): ReturnType<typeof processPage>['article'] {
  const content = '<html><head><title>Xiji County steps up potato industry | Example News</title></head><body>' +
    `<h1>Xiji County steps up potato industry</h1>${head}<p>${P}</p><p>${P2}</p></body></html>`
  return processPage({ content, format: 'html' }).article
}

t.test('a date and a byline on one line (WCXB pages 0092, 0145, 0329, 0898 write it so)', async t => {
  for (const [line, published, authors] of [
    ['May 7, 2012 | By Jane Doe', '2012-05-07', ['Jane Doe']],
    ['By Jane Doe · May 7, 2012', '2012-05-07', ['Jane Doe']],
    ['Published August 7, 2023 by Nicole Burke', '2023-08-07', ['Nicole Burke']],
    ['Posted on 05/07/2012 by admin', '2012-05-07', []]
  ] as const) {
    const a = page(`<p>${line}</p>`)
    t.equal(a.published, published, line)
    t.same(a.authors, authors, line)
    t.same(a.body.map(b => b.text), [P, P2], `${line}: the line leaves the body`)
  }
  t.ok(page('<p>By 2030, China will build 100 new airports, May 7, 2012 reports said</p>').body.length === 3,
    'a sentence with a date is no byline line')
})

t.test('both dates labelled: the first publication, not the last change', async t => {
  t.equal(page('<div>Last modified: 2012-05-09. First published: 2012-05-07</div>').published, '2012-05-07')
  t.equal(page('<div>First published on May 7, 2012 | Last modified on May 9, 2012</div>').published, '2012-05-07')
})

t.test('a byline line with its wire or the writer\'s job title after a comma', async t => {
  const wire = page('<p>By JANE DOE and JOHN ROE, Associated Press</p>')
  t.same([wire.authors, wire.source], [['JANE DOE', 'JOHN ROE'], 'Associated Press'])
  t.same(wire.body.map(b => b.text), [P, P2])
  const staff = page('<p>By Jane Doe, Staff Writer</p>')
  t.same([staff.authors, staff.body.length], [['Jane Doe'], 2])
  // two writers share one title, in the plural (`Local Democracy Reporters`, `Staff Writers`)
  const pair = page('<p>By <a href="/author/jane-doe">Jane Doe</a> and <a href="/author/john-roe">John Roe</a>, ' +
    'Local Democracy Reporters</p>')
  t.same([pair.authors, pair.body.map(b => b.text)], [['Jane Doe', 'John Roe'], [P, P2]])
  t.same(page('<p>By Jane Doe and John Roe, Staff Writers</p>').body.length, 2)
  t.equal(page('<p>By the way, the county plans more storage</p>').body.length, 3, 'a sentence stays')
})

t.test('a paper after the byline\'s comma; a credit line of roles and names, at the top or the end', async t => {
  const post = page('<p>By Jane Doe, The Washington Post</p>')
  t.same([post.authors, post.source, post.body.length], [['Jane Doe'], 'The Washington Post', 2])
  const story = page('<p>Story by Jane Doe; photos by John Roe</p>')
  t.same([story.authors, story.editors, story.body.length],
    [['Jane Doe'], [{ role: 'photographer', name: 'John Roe' }], 2])
  const content = '<html><head><title>Xiji</title></head><body><h1>Xiji County steps up potato industry</h1>' +
    `<p>${P}</p><p>${P2}</p><p>Reporting by Jane Doe in Beijing; Editing by John Roe</p></body></html>`
  const wire = processPage({ content, format: 'html' }).article
  t.same([wire.authors, wire.editors, wire.body.map(b => b.text)],
    [['Jane Doe'], [{ role: 'editor', name: 'John Roe' }], [P, P2]])
  t.equal(page('<p>Built by hand; painted by the farmers of the county over many winters</p>').body.length, 3,
    'segments that are not roles and names stay')
  // each reporter's place (`in London`, `in New York`) is where they filed, not part of the next name
  const two = processPage({
    content: content.replace('Jane Doe in Beijing', 'Jane Doe in London and Mary Major in New York'), format: 'html'
  }).article
  t.same([two.authors, two.editors], [['Jane Doe', 'Mary Major'], [{ role: 'editor', name: 'John Roe' }]])
})

t.test('a line of the author the markup names and a date is the byline: it leaves the body', async t => {
  const lines = (line: string): ReturnType<typeof processPage>['article'] => processPage({
    content: '<html><head><title>Xiji County steps up potato industry</title>' +
      '<meta name="author" content="Jane Doe"></head><body><h1>Xiji County steps up potato industry</h1>' +
      `<div>${line}</div><p>${P}</p><p>${P2}</p></body></html>`,
    format: 'html'
  }).article
  for (const line of ['Jane Doe | March 5, 2024', 'Jane Doe · 5 min read · Mar 5, 2024', 'By Jane Doe - 5 March 2024']) {
    const a = lines(line)
    t.same([a.authors, a.published, a.body.map(b => b.text)], [['Jane Doe'], '2024-03-05', [P, P2]], line)
  }
  t.equal(lines('Jane Doe | Staff picks').body.length, 3, 'a name beside other words stays')
  t.equal(lines('John Roe | March 5, 2024').body.length, 3, 'a name the markup does not give stays')
})

t.test('credit roles of data/credit-roles.json: a fact-checker and a reviewer beside the writer, one writer\'s credit alone', async t => {
  const checked = page('<div>Written by Jane Doe · Fact checked by John Roe</div>')
  t.same([checked.authors, checked.editors, checked.body.length],
    [['Jane Doe'], [{ role: 'fact-checker', name: 'John Roe' }], 2], 'the middle dot separates the credits')
  const reviewed = page('<div>Written by Jane Doe • Medically reviewed by Dr. John Roe</div>')
  t.same([reviewed.authors, reviewed.editors], [['Jane Doe'], [{ role: 'reviewer', name: 'Dr. John Roe' }]])
  // one segment: a writer's credit of names alone, wherever it stands (an author box after the article)
  const end = '<html><head><title>Xiji</title></head><body><h1>Xiji County steps up potato industry</h1>' +
    `<p>${P}</p><p>${P2}</p><p>Additional reporting by Mary Major and John Roe</p></body></html>`
  const extra = processPage({ content: end, format: 'html' }).article
  t.same([extra.authors, extra.body.map(b => b.text)], [['Mary Major', 'John Roe'], [P, P2]])
  // alone, a sentence that opens as a credit, or a picture's credit, is no writer
  const sentence = page('<p>Reporting by the county newspaper showed that yields doubled</p>')
  t.same([sentence.authors, sentence.body.length], [[], 3])
  t.same(page('<p>Illustration by Jane Doe</p>').authors, [])
})

t.test('a byline cut into segments: names, a wire, a date, an age (MSN\'s `3h`), a reading time', async t => {
  const wire = page('<div>Jane Doe and John Roe | Reuters | March 5, 2025</div>')
  t.same([wire.authors, wire.source, wire.published, wire.body.length], [['Jane Doe', 'John Roe'], 'Reuters', '2025-03-05', 2])
  const at = (line: string): ReturnType<typeof processPage>['article'] => processPage({
    content: '<html><head><title>Xiji</title></head><body><h1>Xiji County steps up potato industry</h1>' +
      `<div>${line}</div><p>${P}</p><p>${P2}</p></body></html>`,
    format: 'html',
    fetchedAt: '2025-03-06T12:00:00Z'
  }).article
  const aged = at('Story by Jane Doe • 3h')
  t.same([aged.authors, aged.published, aged.body.length], [['Jane Doe'], '2025-03-06T09:00:00Z', 2], 'the age counts back from the fetch')
  t.same(at('By Jane Doe · 4 min read · Mar 5, 2025').authors, ['Jane Doe'])
  t.same(at('Jane Doe | 2h').authors, ['Jane Doe'])
  // a section's name is no one; names with nothing only a byline has beside them (a reading time alone) are not read
  const section = at('Local News | March 5, 2025')
  t.same([section.authors, section.published], [[], '2025-03-05'])
  t.same(at('Jane Doe | 5 min read').authors, [])
  t.same(at('Jane Doe | Opinion | March 5, 2025').authors, [], 'a segment of no known kind: not a byline')
})
