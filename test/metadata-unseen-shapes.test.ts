/**
 * The metadata stage's readers in the shapes found on unseen pages (issue #12): each input is a short
 * excerpt of the shape, written for the test.
 */
import t from 'tap'
import { dateFromUrl } from '../src/text/date.js'
import { parseInfoLine, splitNames } from '../src/text/fields.js'
import { processPage } from '../src/pipeline.js'

const page = (head: string, body: string): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`
const PROSE = '<p>The council approved the new cycling plan on Tuesday after a long debate about parking and bus lanes in the old town.</p>'.repeat(4)

t.test('URL dates with the month by its English name', async t => {
  const now = new Date('2026-01-01T00:00:00Z')
  t.equal(dateFromUrl('https://www.theguardian.com/world/2024/jun/08/election-results', now), '2024-06-08')
  t.equal(dateFromUrl('https://example.org/knowledge-centre/blog/2023/october/03/wine-types/', now), '2023-10-03')
  t.equal(dateFromUrl('https://example.org/2023/Sept/3/x', now), '2023-09-03')
  // no calendar day, no month name, or not a path segment of its own: no date
  t.equal(dateFromUrl('https://example.org/2023/feb/30/x', now), null)
  t.equal(dateFromUrl('https://example.org/2023/mayor/03/x', now), null)
  t.equal(dateFromUrl('https://example.org/2023/jun/08', now), null)
  // the URL's day settles a numeric date that reads both ways (`03/10/2023` on a page of no known locale)
  const { article } = processPage({
    content: page('', `<h1>How many wine types are there</h1><div class="blog-date"><span>03/10/2023</span></div>${PROSE}`),
    format: 'html',
    url: 'https://example.org/knowledge-centre/blog/2023/october/03/how-many-wine-types/'
  })
  t.equal(article.published?.slice(0, 10), '2023-10-03')
})

t.test('info lines: a field left blank between two labels says nothing', async t => {
  const line = parseInfoLine('2012-01-12 18:39 来源: 中新网 作者: 编辑: 毛长久', '+08:00')
  t.same(line?.fields.map(f => [f.field, f.value]), [['source', '中新网'], ['editor', '毛长久']])
  // a blank last field still makes no info line of prose
  t.equal(parseInfoLine('他说：我们会积极应对', '+08:00'), null)
})

t.test('names: a Chinese name spaced out character by character is one name', async t => {
  t.same(splitNames('蒋 凌'), ['蒋凌'])
  t.same(splitNames('记者蒋 凌'), ['蒋凌'])
  t.same(splitNames('欧　阳　修'), ['欧阳修'])
  // two names side by side stay two; a long run of single characters is no one name
  t.same(splitNames('王安 徐晓伟'), ['王安', '徐晓伟'])
  t.notSame(splitNames('王 安 徐 晓 伟'), ['王安徐晓伟'])
  const { article } = processPage({
    content: page('<title>2015年陇药销售额要超100亿元</title>', '<h1>2015年陇药销售额要超100亿元</h1><div align="right">作者： <!-- author --> 蒋 凌 <!-- /author --> 稿源： 兰州日报&nbsp;&nbsp;2011-12-09 20:05</div>' +
      PROSE),
    format: 'html'
  })
  t.same(article.authors, ['蒋凌'])
})

t.test('datelines: a machine-translated Chinese dateline naming its reporter, the agency left out', async t => {
  const body = 'Spring Festival travel rush begins smoothly\n\nBeijing, January 26 (Reporter Li Ming) The Spring Festival travel ' +
    'rush began on Monday, and railway departments said passenger flows were stable and orderly across the country.\n\n' +
    'The ministry said it would keep monitoring the weather and add capacity where needed during the forty days.'
  const { article } = processPage({ content: body, format: 'text' })
  t.same(article.authors, ['Li Ming'])
  t.equal(article.dateline?.place, 'Beijing')
  t.match(article.body[0]?.text, /^The Spring Festival/)
  // a bracket that names no pinyin name, or names no role, is no such dateline
  const other = processPage({ content: body.replace('(Reporter Li Ming)', '(Reporter Mark Twain)'), format: 'text' }).article
  t.same(other.authors, [])
  const noRole = processPage({ content: body.replace('(Reporter Li Ming)', '(Li Ming)'), format: 'text' }).article
  t.notOk(noRole.dateline?.place === 'Beijing' && noRole.authors.includes('Li Ming') && noRole.body[0]?.text.startsWith('The'), 'without a role and a dash, not read as this dateline')
})

t.test('bylines without `By` credited by a wire or a job title, and a labelled date after the byline', async t => {
  interface Read { body: boolean, authors: string[], source: string | null, published: string | null }
  const read = (line: string): Read => {
    const html = page('', `<article><h1>Council approves the cycling plan</h1><div>${line}</div>${PROSE}</article>`)
    const { article } = processPage({ content: html, format: 'html' })
    const { authors, source, published } = article
    return { body: article.body.some(b => b.text === line), authors, source, published }
  }
  t.same(read('Jane Doe, Associated Press'), { body: false, authors: ['Jane Doe'], source: 'Associated Press', published: null })
  t.same(read('Jane Doe | Staff Writer'), { body: false, authors: ['Jane Doe'], source: null, published: null })
  t.same(read('Mary Ann van der Berg | Senior Correspondent').authors, ['Mary Ann van der Berg'])
  // nothing else makes capitalized words a person: a section, a dateline's place in capitals, a sentence
  for (const line of ['Local News | Politics', 'NEW YORK, Reuters', 'Prices rose, Reuters reported']) {
    t.same(read(line).authors, [], line)
  }
  t.same(read('By Jane Doe, Staff Writer | Updated March 6, 2024'),
    { body: false, authors: ['Jane Doe'], source: null, published: '2024-03-06' }, 'the date\'s label after the byline')
})

t.test('a byline of three names or more, with the serial comma or commas alone (WCXB 0010, 0312, 0381 as text pages)', async t => {
  t.same(splitNames('Danielle DeSiato, Donna Enzmann, and Natalie Nguyen'), ['Danielle DeSiato', 'Donna Enzmann', 'Natalie Nguyen'])
  t.same(splitNames('Jane Doe, John Roe & Mary Major'), ['Jane Doe', 'John Roe', 'Mary Major'])
  const read = (line: string): { kept: boolean, authors: string[] } => {
    const html = page('', `<article><h1>Council approves the cycling plan</h1><div>${line}</div>${PROSE}</article>`)
    const { article } = processPage({ content: html, format: 'html' })
    return { kept: article.body.some(b => b.text === line), authors: article.authors }
  }
  t.same(read('By Thomas Broderick, Nalea Ko, and ACO Rankings Team'),
    { kept: false, authors: ['Thomas Broderick', 'Nalea Ko', 'ACO Rankings Team'] })
  t.same(read('By Dr Marna van der Merwe, Dr Dieter Veldsman, and Erik van Vulpen').authors,
    ['Dr Marna van der Merwe', 'Dr Dieter Veldsman', 'Erik van Vulpen'])
  t.same(read('By Naftali Tishby, Fernando C. Pereira, William Bialek'),
    { kept: false, authors: ['Naftali Tishby', 'Fernando C. Pereira', 'William Bialek'] }, 'a paper\'s list, commas alone')
  t.same(read('By the way, the council, and the mayor agreed'), { kept: true, authors: [] }, 'a sentence')
  t.same(read('By Jane Doe, Staff Writer, Metro Desk').authors, [], 'no list of names: a job title among them')
})
