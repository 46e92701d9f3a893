/**
 * Comment sections named by an abbreviation (`<div class="cmt">`, `cmt-item`, `cmnt`): boilerplate inside the
 * content, as `comment` is (data/html-class-patterns.json); a word that merely holds the letters is not one.
 */
import t from 'tap'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { processPage } from '../src/pipeline.js'
import { loadData } from '../src/data.js'

const patterns = loadData<{ boilerplate: Array<{ pattern: string, kind: string }> }>('html-class-patterns.json')
  .boilerplate.map(e => new RegExp(e.pattern, 'i'))
const marked = (cls: string): boolean => patterns.some(p => p.test(cls))

t.test('a comment section of an abbreviated name is boilerplate; a word holding the letters is not', async t => {
  for (const cls of ['cmt', 'cmt-item', 'cmt_list', 'cmnt', 'news cmts', 'cmtbox']) t.ok(marked(cls), cls)
  for (const cls of ['acmtable', 'cmtx', 'bcmt2']) t.notOk(marked(cls), cls)
})

t.test('the comments under a portal\'s story leave its text', async t => {
  // zh-news n121 of session 37's unseen round: `<div class="cmt"><h3>网友评论…</h3><div class="cmt-item">…`
  const a = processPage({
    content: readFileSync(join(import.meta.dirname, 'fixtures', 'zh-news', 'html', 'n121-portal-local-channel-2014-gbk.html')),
    format: 'html'
  }).article
  t.notOk(a.body.some(b => b.text.includes('交警同志辛苦了')))
  t.ok(a.body.some(b => b.text.includes('错峰')), 'the story stays')
})

t.test('a comment box named `feedback` (DedeCMS), `pinglun` or `liuyan`: its commenters\' times are no article date', async t => {
  const body = '<p>　　近日，市第一人民医院心血管内科成功为一名持续性房颤患者实施了冷冻球囊消融手术，这在我市尚属首次。' +
    '手术历时约一个半小时，患者术后恢复良好，目前已康复出院。该技术创伤小、恢复快，可有效降低房颤复发率。</p>'
  const page = (box: string): string => '<html><head><title>心内科成功开展冷冻消融手术_医院新闻</title></head><body>' +
    '<div class="title"><h2>心血管内科成功开展首例冷冻球囊消融术</h2></div>' +
    '<div class="info"><small>时间:</small>2018-06-12 09:31<small>来源:</small>心血管内科 <small>作者:</small>赵敏</div>' +
    `<div class="content">${body.repeat(3)}</div><div class="${box}"><dl><dt><strong>网友评论</strong></dt><dd>` +
    '<div class="fb-item"><span class="fb-name">梧溪居民阿强</span> <span class="fb-time">2018-06-13 20:17</span>' +
    '<p>想问下什么样的情况可以做这个手术？</p></div></dd></dl></div></body></html>'
  for (const box of ['feedback', 'pinglun', 'liuyan-list']) {
    const { article } = processPage({ content: page(box), format: 'html' })
    t.equal(article.published?.slice(0, 10), '2018-06-12', `${box}: the info line's date, not the commenter's`)
  }
})
