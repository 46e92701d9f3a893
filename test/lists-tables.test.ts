/**
 * Lists and data tables kept whole: a real-looking news page (test/fixtures/html/lists-tables.html) with bullet and
 * numbered lists, a data table with a header and a caption, a headerless two-column table, a one-cell layout box,
 * a nested list and a menu; the layout-table rules one by one; flags pointing into items and cells; the text
 * join; items and rows read back when a stage edited the text; the Markdown of the page.
 */
import t from 'tap'
import { load } from 'cheerio'
import { Lexer, type Tokens } from 'marked'
import { processPage } from '../src/pipeline.js'
import { listCandidate, structuredCandidates, tableCandidate } from '../src/parse/html/lists-tables.js'
import type { Element } from '../src/parse/html/dom.js'
import { flagTargets, toBlock } from '../src/structure/parts.js'
import { renderMarkdown } from '../src/render/markdown.js'
import type { Block } from '../src/types.js'
import { fixture } from './helpers.js'

const page = processPage({ content: fixture('html/lists-tables.html'), format: 'html' }).article

function find (pred: (b: Block) => boolean): Block {
  const b = page.body.find(pred)
  if (b === undefined) throw new Error('block not found')
  return b
}

t.test('the page: lists and the data table are whole blocks, in reading order, with text for old clients', async t => {
  const bullets = find(b => b.type === 'list' && b.ordered === false && (b.items?.length ?? 0) === 3)
  t.same(bullets.items, [
    'Water from the northern reservoirs will be released early for irrigation.',
    'Seed subsidies rise to 45 yuan per mu for drought-resistant varieties.',
    'Farm machinery cooperatives get priority access to e -government services for permits.'
  ])
  t.equal(bullets.text, bullets.items?.join('\n'))
  const steps = find(b => b.type === 'list' && b.ordered === true)
  t.equal(steps.items?.length, 3, '<p> inside <li> is still a plain item')
  t.match(steps.items?.[0], /^Register with the county agricultural office/)

  const i = page.body.findIndex(b => b.type === 'table' && b.header === true)
  const caption = { type: 'caption', text: 'Planned autumn grain area by county, 2024' }
  t.same(page.body[i - 1], caption, 'the caption above its table')
  t.same(page.body[i].rows, [
    ['County', 'Area (mu)', 'Expected yield (t)', 'Change'],
    ['Xinhe', '12,000', '5,400', '-3.1%'],
    ['Baiyang', '9,500', '4,650', '+1.2%'],
    ['Dongping', '7,800', '3,900', '+0.4%'],
    ['Liuhe', 'figures not yet reported', '', '']
  ], 'colspan keeps the columns aligned')
  t.equal(page.body[i].text.split('\n')[1], 'Xinhe\t12,000\t5,400\t-3.1%')

  const contacts = find(b => b.type === 'table' && b.header === false)
  t.same(contacts.rows, [['Xinhe office', '0311-8800 1234'], ['Baiyang office', '0311-8800 5678']])
  const paragraph = (pred: (text: string) => boolean): boolean =>
    page.body.some(b => b.type === 'paragraph' && pred(b.text))
  t.ok(paragraph(s => s.startsWith("Editor's note")), 'a one-cell box of prose stays a paragraph')
  t.ok(paragraph(s => s === 'Dongping draws on groundwater.'), 'a list with a nested list is walked as before')
  t.notOk(page.body.some(b => b.text.includes('Home\nNews')), 'the menu is no list')
  const kept = page.body.filter(b => b.type === 'list' || b.type === 'table').map(b => b.type)
  t.same(kept, ['list', 'table', 'list', 'table', 'list'])
  for (const b of page.body) {
    t.equal(b.items !== undefined || b.ordered !== undefined, b.type === 'list', `${b.type}: items only on lists`)
    t.equal(b.rows !== undefined || b.header !== undefined, b.type === 'table', `${b.type}: rows only on tables`)
  }
})

t.test('flags point into list items and table cells', async t => {
  const flag = page.flags.find(f => f.rule === 'spacing-hyphen')
  const index = page.body.findIndex(b => b.type === 'list' && b.items?.length === 3 && b.ordered === false)
  t.match(flag, { pointer: `/body/${index}/items/2`, text: 'e -government', suggestion: 'e-government' })
  const html = '<html><body><article><p>The figures for each county follow in the table below, as the department ' +
    'released them on Wednesday.</p><table><tr><th>County</th><th>Note</th></tr>' +
    '<tr><td>Xinhe</td><td>the the area grew</td></tr></table></article></body></html>'
  const a = processPage({ content: html, format: 'html' }).article
  const cell = a.flags.find(f => f.rule === 'repetition-word')
  t.match(cell, { pointer: '/body/1/rows/1/1', text: 'the the' })
  const resolved = (cell?.pointer ?? '').split('/').slice(1).reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], a)
  t.equal((resolved as string).slice(cell?.start, cell?.end), cell?.text, 'the pointer and offsets resolve in the answer')
})

function el (html: string): Element {
  return load(html)('body').children().get(0)!
}

t.test('layout tables and lists that are not lists are left to the walker', async t => {
  const stats = new Map()
  const data = '<tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr>'
  t.not(tableCandidate(el(`<table>${data}</table>`), stats), null, 'a small data table')
  t.equal(tableCandidate(el(`<table><tr><td><table>${data}</table></td></tr></table>`), stats), null, 'nested tables')
  const form = `<table><tr><td>a</td><td><input name="q"></td></tr>${data}</table>`
  t.equal(tableCandidate(el(form), stats), null, 'a form')
  t.equal(tableCandidate(el('<table><tr><td>a</td></tr><tr><td>b</td></tr></table>'), stats), null, 'one column')
  t.equal(tableCandidate(el('<table><tr><td>a</td><td>b</td></tr></table>'), stats), null, 'one row')
  const prose = ('This cell holds a whole paragraph of running text, the way old pages were laid out in grids, ' +
    'with sentence after sentence. ').repeat(2)
  const grid = `<table><tr><td>${prose}</td><td>${prose}</td></tr><tr><td>${prose}</td><td>x</td></tr></table>`
  t.equal(tableCandidate(el(grid), stats), null, 'long prose cells')
  const thead = `<table><thead><tr><td>k</td><td>v</td></tr></thead>${data}</table>`
  t.equal(tableCandidate(el(thead), stats)?.header, true, 'thead is a header')
  t.equal(structuredCandidates(el('<div><p>x</p></div>'), stats), null, 'other elements')
  t.equal(listCandidate(el('<ul><li>only one</li></ul>'), stats), null, 'a single item')
  t.equal(listCandidate(el('<ul><li><div>a</div></li><li>b</li></ul>'), stats), null, 'an item holding blocks')
  t.equal(listCandidate(el('<div><li>a</li><li>b</li></div>'), stats), null, 'not a list element')
  t.equal(listCandidate(el('<ul><li> </li><li>b</li></ul>'), stats), null, 'empty items do not count')
  const links = el('<ul><li><a href="/a">One story</a></li><li><a href="/b">Another story</a></li></ul>')
  const linkStats = new Map([[links, { len: 20, linkLen: 20, punct: 0 }]])
  t.equal(listCandidate(links, linkStats), null, 'a list of links')
  t.same(listCandidate(el('<ol><li>a</li><li>b</li></ol>'), stats),
    { type: 'list', text: 'a\nb', items: ['a', 'b'], ordered: true, evidence: { tag: 'ol', linkDensity: 0 } })
})

t.test('items and rows are read back when a stage edited the text', async t => {
  const list = { type: 'list' as const, text: 'a\nb', items: ['a', 'b'], ordered: true }
  t.same(toBlock(list), list)
  t.same(toBlock({ type: 'list', text: 'a\n\nc ', items: ['a', 'SPAM', 'c'] }).items, ['a', 'c'])
  const edited = toBlock({ type: 'table', text: 'h\tk\nx\t', rows: [['h', 'k'], ['x', 'SPAM']], header: true })
  t.same(edited.rows, [['h', 'k'], ['x', '']])
  const lone = toBlock({ type: 'table', text: 'x\ty', rows: [['x', 'y']], header: true })
  t.equal(lone.header, false, 'a lone row is no header')
  const body: Block[] = [{ type: 'paragraph', text: 'p' }, { type: 'table', text: 'a\tb', rows: [['a', 'b']] }]
  t.same(flagTargets(body).map(x => x.pointer),
    ['/body/0/text', '/body/1/rows/0/0', '/body/1/rows/0/1'])
  t.same(flagTargets([{ type: 'list', text: 'x\ny', items: ['x', 'y'] }], 'T').map(x => [x.pointer, x.text]),
    [['/title', 'T'], ['/body/0/items/0', 'x'], ['/body/0/items/1', 'y']], 'the title first, then the items')
  const content = '<html><body><article><p>The county figures are listed in the table below, as released by the ' +
    'department this week.</p><table><tr><th>County</th><th>Area</th></tr>' +
    '<tr><td>Xinhe 必威体育</td><td>12,000</td></tr></table></article></body></html>'
  const spam = processPage({ content, format: 'html' }).article
  const table = spam.body.find(b => b.type === 'table')
  t.same(table?.rows, [['County', 'Area'], ['Xinhe', '12,000']], 'a spam term cut out of a cell')
})

t.test('the Markdown of the page: lists, the table and its caption, read back by a Markdown parser', async t => {
  const md = renderMarkdown(page)
  const tokens = new Lexer({ gfm: true }).lex(md.replace(/^---\n[\s\S]*?\n---\n/, ''))
  const tables = tokens.filter((x): x is Tokens.Table => x.type === 'table')
  t.equal(tables.length, 2)
  t.same(tables[0].header.map(h => h.text), ['County', 'Area (mu)', 'Expected yield (t)', 'Change'])
  t.same(tables[0].rows[0].map(c => c.text), ['Xinhe', '12,000', '5,400', '-3.1%'])
  const lists = tokens.filter((x): x is Tokens.List => x.type === 'list')
  t.same(lists.map(l => [l.ordered, l.items.length]), [[false, 3], [true, 3], [false, 2]])
  t.match(md, /^\*Planned autumn grain area by county, 2024\*$/m)
})
