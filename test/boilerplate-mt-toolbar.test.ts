/**
 * Issue #12, unseen debris: the English that machine translation makes of a Chinese government page's chrome
 * (test/fixtures/text/gov-mt-en.txt, written after the layout of county government sites, in the English a zh->en
 * system gives it): the print/close toolbar in brackets and the QR-code prompt go like their Chinese originals;
 * the article's four paragraphs stay, whole and in order.
 */
import t from 'tap'
import { readFileSync } from 'node:fs'
import { processPage } from '../src/pipeline.js'

const page = readFileSync(new URL('./fixtures/text/gov-mt-en.txt', import.meta.url), 'utf8')

t.test('a machine-translated government page: the article and nothing else', async t => {
  const { article } = processPage({ content: page, format: 'text' })
  t.equal(article.title, 'Xiji County holds potato industry promotion meeting')
  t.equal(article.source, 'County Agriculture and Animal Husbandry Bureau')
  t.equal(article.published, '2012-05-07')
  const paragraphs = page.split('\n').filter(l => /^(?:On May 7|The meeting|Heads of)/.test(l))
  t.equal(paragraphs.length, 4)
  t.same(article.body.map(b => b.text), paragraphs)
  const rules = new Map(article.removed.map(r => [r.text, r.reason]))
  t.equal(rules.get('【Print this page】【Close window】'), 'print/close toolbar')
  t.equal(rules.get('Scan the QR code to open the current page on your phone'), 'QR-code prompt')
})

t.test('toolbar lines in either script; a bracketed word opening a sentence stays', async t => {
  const text = (line: string): string[] => processPage({
    content: ['Xiji County holds potato industry promotion meeting', page.split('\n')[4], line,
      page.split('\n')[5]].join('\n'),
    format: 'text'
  }).article.body.map(b => b.text)
  for (const line of ['[Print] [Close]', '【打印本页】【关闭窗口】', '【Favorites】【Error correction】【Back to top】',
    'Please use your mobile phone to scan the two-dimensional code to share']) {
    t.notOk(text(line).includes(line), `${line} removed`)
  }
  for (const line of ['[Print] editions of the county paper were sold out within hours of the meeting.',
    'Farmers scan the QR code on each bag of seed potatoes to trace where it was bred and who inspected it last.']) {
    t.ok(text(line).includes(line), `${line} kept`)
  }
})
