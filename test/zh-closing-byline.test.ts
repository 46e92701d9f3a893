/**
 * Issue #12, a writer's labelled byline closing the text (src/metadata/readers/closing-byline.ts): `文/图：王若溪　陈哲`
 * on a line of its own after the last paragraph, over a reviewer's line, on a page long enough that the line readers
 * (which take a byline among the first blocks only) do not reach it: zh-org o105 of session 44's unseen round. The
 * names are the authors and the line leaves the text; a line of names with no writer's label, or a photographer's
 * credit alone, is no byline.
 */
import t from 'tap'
import { readFileSync } from 'node:fs'
import { opensWithWriterLabel } from '../src/text/zh-byline.js'
import { processPage } from '../src/pipeline.js'

const P = '研究发现，在潮间带中高程区域，沉积物有机碳埋藏速率随淹水频率的升高而显著增加，但当淹水频率超过一定阈值后，' +
  '埋藏速率反而趋于下降。适度的潮汐淹水一方面带来了大量外源悬浮颗粒，另一方面造成沉积物缺氧，抑制了有机质的分解。'

const SITES = ['东滩', '南汇', '杭州湾北岸', '九段沙', '崇明北湖', '横沙', '长兴岛', '奉贤', '金山', '临港']
/** Ten paragraphs, each its own (a page's repeated paragraph is dropped as a repeat). */
const PARAGRAPHS = SITES.map(site => `在${site}的采样点，${P}`)

/** A page of ten paragraphs (past the line readers' first blocks), then `end` as its closing lines. */
function page (end: string): { authors: string[], editors: Array<{ role: string, name: string }>, body: string[] } {
  const content = '<html><head><title>滨海盐沼碳埋藏研究取得进展</title></head><body><h1>滨海盐沼碳埋藏研究取得进展</h1>' +
    `<div class="info">发布时间：2021-06-18</div><div class="content">${PARAGRAPHS.map(p => `<p>${p}</p>`).join('')}${end}` +
    '</div></body></html>'
  const { article } = processPage({ content, format: 'html' })
  return { authors: article.authors, editors: article.editors, body: article.body.map(b => b.text) }
}

t.test('the research institute page: the closing `文/图：` line names the writers and leaves the text', async t => {
  const html = readFileSync('test/fixtures/zh-org/html/o105-trs-research-institute-news-2021-utf8.html')
  const { article } = processPage({ content: html, format: 'html' })
  t.same(article.authors, ['王若溪', '陈哲'])
  t.notOk(article.body.some(b => b.text.includes('王若溪')), 'the byline is no paragraph of the text')
  t.ok(article.editors.some(e => e.role === 'reviewer' && e.name === '周国平'), 'the reviewer stays an editor')
})

t.test('writers\' labels after the last paragraph, an editor\'s line between or not', async t => {
  for (const [end, authors] of [
    ['<p>文/图：王若溪　陈哲</p><p>审核：周国平</p>', ['王若溪', '陈哲']],
    ['<p>责任编辑：周国平</p><p>文/王若溪</p>', ['王若溪']],
    ['<p>撰文：王若溪</p>', ['王若溪']],
    ['<p>（文/王若溪 图/陈哲）</p>', ['王若溪']]
  ] as const) {
    const r = page(end)
    t.same(r.authors, authors, end)
    t.equal(r.body.length, 10, `${end}: the byline leaves the text`)
  }
  t.ok(page('<p>（文/王若溪 图/陈哲）</p>').editors.some(e => e.role === 'photographer' && e.name === '陈哲'),
    'the photographer credited beside the writer is an editor in that role')
})

t.test('no writer\'s label, no closing byline', async t => {
  for (const end of ['<p>王若溪　陈哲</p>', '<p>图/陈哲</p>', '<p>摄影：陈哲</p>']) {
    t.same(page(end).authors, [], end)
  }
  t.ok(opensWithWriterLabel('文/图：王若溪　陈哲'))
  t.ok(opensWithWriterLabel('（撰文：王若溪）'))
  t.notOk(opensWithWriterLabel('文化局：王若溪'), 'a word that begins with 文 is no label')
  t.notOk(opensWithWriterLabel('图/陈哲'), 'a photographer\'s label alone')
})
