/**
 * Issue #12, a class of Chinese government pages: the disclosure table (政府信息公开) that gives a document's
 * particulars in labelled cells (索引号, 发布机构, 生成日期, 文号, 发布日期) above or below it. Its known fields are read
 * (the issuing body is the source, the dates are candidates) and the table leaves the body; a data table whose
 * cells are not labels stays.
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'

const P = '西吉县是全国马铃薯主产区之一，马铃薯种植面积常年稳定在一百万亩以上，是当地农民增收的支柱产业。'
const P2 = '近年来当地依托马铃薯产业，建设了一批脱毒种薯繁育基地和淀粉加工企业，农民收入稳步增长。'
const TITLE = '西吉县人民政府关于加快马铃薯产业发展的意见'

function page (table: string): ReturnType<typeof processPage>['article'] {
  const content = `<html><head><title>${TITLE}_西吉县人民政府</title></head><body>${table}<h1>${TITLE}</h1>` +
    `<p>${P}</p><p>${P2}</p></body></html>`
  return processPage({ content, format: 'html' }).article
}

t.test('a disclosure table: source and date read, the table gone', async t => {
  const a = page(`<table><tr><td>索引号：</td><td>640422/2012-00123</td><td>主题分类：</td><td>农业、林业、水利</td></tr>
<tr><td>发布机构：</td><td>西吉县人民政府办公室</td><td>生成日期：</td><td>2012-05-07</td></tr>
<tr><td>名　　称：</td><td>${TITLE}</td></tr><tr><td>文　　号：</td><td>西政发〔2012〕45号</td></tr></table>`)
  t.equal(a.source, '西吉县人民政府办公室')
  t.equal(a.published, '2012-05-07')
  t.same(a.body.map(b => b.text), [P, P2])
  t.ok(a.removed.some(r => r.rule === 'info-line' && r.reason.startsWith('article info table')))
})

t.test('a data table stays', async t => {
  const a = page(`<table><tr><th>乡镇</th><th>种植面积（万亩）</th><th>产量（万吨）</th></tr>
<tr><td>吉强镇</td><td>12.5</td><td>20.1</td></tr><tr><td>兴隆镇</td><td>10.2</td><td>16.4</td></tr></table>`)
  t.ok(a.body.some(b => b.type === 'table'))
  t.equal(a.source, null)
})
