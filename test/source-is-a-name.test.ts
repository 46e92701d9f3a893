/**
 * Issue #12: a source is a publisher's name, never a sentence. On a short page the HTML front end's info-line walk
 * took the article's container (its text under 200 characters) as the info line, and the `来源：` fallback pattern
 * read on from the label through the paragraphs, which the container's text joins with no space: the source came out
 * as `新华网10月13日上午，…融合。`.
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'
import { readSource } from '../src/metadata/readers/source.js'

const PARAGRAPHS = ['10月13日上午，2024年全民健身运动会在市体育中心开幕，来自全市各县区的2000余名运动员参加开幕式。',
  '本届运动会共设田径、游泳、乒乓球等12个比赛项目，比赛将持续至11月底。', '市体育局负责人表示，将推动全民健身和全民健康深度融合。']

t.test('a short page: the source is the name after the label, not the paragraphs run on after it', async t => {
  const html = '<html><head><meta charset="utf-8"><title>我市举办全民健身运动会-某某新闻网</title></head><body>' +
    '<div class="nav"><a href="/">首页</a></div><div class="article"><h1>我市举办全民健身运动会</h1>' +
    '<div class="info">2024-10-15 09:32 来源：新华网</div><div class="text">' +
    PARAGRAPHS.map(p => `<p>${p}</p>`).join('') + '</div></div></body></html>'
  const { article } = processPage({ content: html, format: 'html' })
  t.equal(article.source, '新华网')
})

t.test('a candidate that reads as a sentence or runs past any name\'s length is no source', async t => {
  t.equal(readSource([{ kind: 'hint', value: '新华网10月13日上午，运动会开幕。' }]), null)
  t.equal(readSource([{ kind: 'hint', value: '新华网10月13日上午，运动会开幕。' }, { kind: 'info-line', value: '新华网' }]), '新华网')
  t.equal(readSource([{ kind: 'hint', value: 'x'.repeat(81) }]), null)
  t.equal(readSource([{ kind: 'hint', value: 'Hebei.com.cn·Hebei Cloud Client' }]), 'Hebei.com.cn·Hebei Cloud Client')
})

t.test('a post\'s client tail after 来自 names the phone it was posted from, no source (data/source-validation.json)', async t => {
  const hint = (value: string): string | null => readSource([{ kind: 'hint', value }])
  // a phone system or maker with a model code or a client word, or a phone system or phone-only brand alone
  for (const tail of ['诺基亚N73', '(索爱K750c)', '多普达', 'iPhone客户端', 'Android', 'HUAWEI MatePad 11', '小米 13',
    'vivo X100 Pro', '三星手机']) t.equal(hint(tail), null, tail)
  // a maker alone or with other words is a company, and apps of publishers are sources
  for (const name of ['华为技术有限公司', '苹果日报', '三星电子', '手机中国', '人民日报客户端', '新华社']) t.equal(hint(name), name, name)
  t.equal(readSource([{ kind: 'hint', value: '诺基亚N73' }, { kind: 'info-line', value: '深圳晚报' }]), '深圳晚报')
})

t.test('a WAP board\'s opening post with its client tail: no source (zh-blogs b475 of session 58\'s unseen round)', async t => {
  const html = '<html><head><meta charset="utf-8"><title>在深圳送了三年桶装水</title></head><body><div class="t">' +
    '在深圳送了三年桶装水</div><div class="c">水哥在深圳 2009-03-14 22:15<br/>' +
    PARAGRAPHS.join('<br/>') + '<br/><span class="g">(来自:诺基亚N73)</span></div></body></html>'
  const { article } = processPage({ content: html, format: 'html' })
  t.equal(article.source, null)
  t.match(article.body.map(b => b.text).join('\n'), '全民健身')
})
