/**
 * A run of one block repeated many times in a row is kept once, with one removal saying how many copies went
 * (src/parse/repeats.ts); shorter runs are removed copy by copy by the structure stage, as before.
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'
import { MIN_COLLAPSED_RUN } from '../src/parse/repeats.js'
import { Element } from 'domhandler'
import { bodyOf, droppedCopies, parseTree } from '../src/parse/html/tree.js'

const S = 'The council approved the budget on Tuesday, after a long debate about road maintenance.'

t.test('half a MiB of one-character lines: one block, one removal', async t => {
  const { article } = processPage({ content: 'x\n'.repeat(250_000), format: 'text' })
  t.same(article.body.map(b => b.text), ['x'])
  t.same(article.removed, [{
    kind: 'boilerplate', rule: 'repeated-block', text: 'x', reason: 'repeats the paragraph before it (249,999 copies in a row)'
  }])
})

t.test('the same in HTML, between real paragraphs, which stay: the copies leave the tree as it is built', async t => {
  const page = `<html><body><article><p>${S}</p>${'<p>Click here</p>\n'.repeat(500)}<p>${S} Again.</p></article></body></html>`
  const { article } = processPage({ content: page, format: 'html' })
  t.same(article.body.map(b => b.text), [S, 'Click here', `${S} Again.`])
  const runs = article.removed.filter(r => r.rule === 'repeated-block')
  t.same(runs.map(r => [r.text, r.reason]), [['Click here', 'repeats the <p> before it (499 copies in a row)']])
  // cells of a row never closed, the parser's siblings
  const row = processPage({ content: `<p>${S}</p><table><tr>` + '<td>a'.repeat(1000), format: 'html' }).article
  t.same(row.removed.filter(r => r.rule === 'repeated-block').map(r => r.reason),
    ['repeats the <td> before it (999 copies in a row)'])
  // elements holding more than text are compared as blocks, after the front end
  const linked = processPage({ content: `<p>${S}</p>` + '<p><a href="/x">More</a> news</p>'.repeat(200), format: 'html' })
  t.same(linked.article.removed.filter(r => r.rule === 'repeated-block').map(r => r.reason),
    ['repeats the paragraph before it (199 copies in a row)'])
})

t.test('a run shorter than the bound is removed copy by copy, as before', async t => {
  const n = MIN_COLLAPSED_RUN - 1
  const { article } = processPage({ content: `${S}\n` + 'x\n'.repeat(n), format: 'text' })
  const copies = article.removed.filter(r => r.rule === 'repeated-block')
  t.equal(copies.length, n - 1)
  t.ok(copies.every(r => r.reason === 'repeats the paragraph before it'))
})

t.test('the tree builder keeps no more than the bound of a run as it parses, and counts the rest', async t => {
  const doc = parseTree('<html><body>' + '<p>x</p>\n'.repeat(10_000) + `<p>${S}</p>`)
  // the parent is watched once it holds the bound's number of children (text between them included), and then
  // keeps the bound's number of copies more: at most twice the bound
  const kept = bodyOf(doc).children.filter(n => n instanceof Element && n.name === 'p').length - 1
  t.ok(kept >= MIN_COLLAPSED_RUN && kept <= 2 * MIN_COLLAPSED_RUN, `${kept} copies kept`)
  t.same([...droppedCopies(doc).values()], [10_000 - kept], 'the rest counted')
  const { article } = processPage({ content: '<html><body>' + '<p>x</p>\n'.repeat(10_000) + `<p>${S}</p>` })
  t.same(article.removed.map(r => r.reason), ['repeats the <p> before it (9,999 copies in a row)'])
  // fewer than the bound: every copy stays
  const few = parseTree('<html><body>' + '<p>x</p>'.repeat(MIN_COLLAPSED_RUN))
  t.equal(bodyOf(few).children.length, MIN_COLLAPSED_RUN)
})
