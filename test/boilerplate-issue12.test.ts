/** Issue #12: page debris of Chinese portals seen on daniel-zh, as short lines written for the test. */
import t from 'tap'
import { stripBoilerplate } from '../src/boilerplate/index.js'
import { processPage } from '../src/pipeline.js'
import type { Draft } from '../src/draft.js'

const body = '警方今日暫控一名三十八歲男子一項謀殺罪，他將於明日在觀塘裁判法院提堂，案件仍在調查中。'
const draft = (lines: string[]): Draft => ({ format: 'text', blocks: lines.map(text => ({ type: 'paragraph', text })), removed: [], hints: {} })

t.test('social-media page prompts, share widgets, empty related lists, font toolbars go', async t => {
  const lines = ['調整字體︰大 中 小', body, '香港新浪新聞現已開設Facebook專頁，讓你即時掌握本地新聞，快點到Facebook Like我們的專頁！[按此 Like]', '没有相关新闻', '复制成功，按CTRL+V发送给好友、论坛或博客。']
  const out = stripBoilerplate(draft(lines))
  t.same(out.blocks.map(b => b.text), [body])
  t.same(out.removed.map(r => r.reason), [
    'font-size toolbar', 'social-media page prompt', 'empty related-news list', 'copy/share widget'
  ])
})

t.test('a sentence naming an office\'s WeChat account stays', async t => {
  const s = '市民可通过“市教育局”微信公众号查询各园招生范围和报名时间，也可拨打热线咨询。'
  t.same(stripBoilerplate(draft([body, s])).blocks.map(b => b.text), [body, s])
})

t.test('`(本文来源：X)` is the source', async t => {
  const a = processPage({ content: ['农民工维权绿色通道', body, '(本文来源：中工网)'].join('\n'), format: 'text' }).article
  t.equal(a.source, '中工网')
  t.same(a.body.map(b => b.text), [body])
})
