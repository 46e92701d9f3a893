/**
 * Issue #12, forum and CMS pages kept as text: the post header `发表于 2012-5-7 21:23:57 | 只看该作者 | 倒序浏览`
 * (Discuz!, test/fixtures/html/forum-discuz.html) and a CMS's `发布时间：2012-05-07 【打印】【关闭】` lose their
 * toolbar labels to the boilerplate stage; the date stays for the metadata stage, which reads it and takes the line.
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'

const BODY = ['西吉县是全国马铃薯主产区之一，马铃薯种植面积常年稳定在一百万亩以上，是当地农民增收的支柱产业。',
  '记者在西吉县采访时了解到，近年来当地依托马铃薯产业，建设了一批脱毒种薯繁育基地和淀粉加工企业。']
const page = (line: string): string => ['西吉县马铃薯产业发展调查', line, ...BODY].join('\n')

t.test('a labelled date with a toolbar beside it: the toolbar goes, the date is read', async t => {
  for (const [line, labels, date] of [
    ['发表于 2012-5-7 21:23:57 | 只看该作者 | 倒序浏览', '只看该作者 | 倒序浏览', '2012-05-07T21:23:57+08:00'],
    ['发布时间：2012-05-07 【打印】【关闭】', '【打印】【关闭】', '2012-05-07']
  ]) {
    const { article } = processPage({ content: page(line), format: 'text' })
    t.same(article.body.map(b => b.text), BODY, line)
    t.equal(article.published, date)
    t.ok(article.removed.some(r => r.kind === 'navigation' && r.text === labels) ||
      article.removed.some(r => r.text === line), 'the labels are listed as removed')
  }
})

t.test('a forum\'s toolbar labels alone on a line are navigation', async t => {
  const { article } = processPage({ content: ['西吉县马铃薯产业发展调查', '楼主', '只看该作者 | 倒序浏览', ...BODY].join('\n'), format: 'text' })
  t.same(article.body.map(b => b.text), BODY)
})

t.test('a date with anything but labels beside it keeps its line whole', async t => {
  const line = '发表于 2012-5-7 21:23:57 | 西吉县马铃薯种植面积超过一百万亩'
  const { article } = processPage({ content: page(line), format: 'text' })
  t.notOk(article.removed.some(r => r.kind === 'navigation' && line.includes(r.text)), 'no label removed from it')
})
