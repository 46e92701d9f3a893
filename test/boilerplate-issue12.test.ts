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

t.test('reprint bans, disclaimers with a site\'s name, share labels, more-arrows, comment widgets go', async t => {
  const body2 = '警方呼籲任何人如有資料提供，請致電調查人員，所有資料將絕對保密處理，案件編號已經公布。'
  const disclaimer = '【免责声明】本文仅代表作者本人观点，与和讯网无关。和讯网站对文中陈述、观点判断保持中立，不对所包含内容的' +
    '准确性、可靠性或完整性提供任何明示或暗示的保证。请读者仅作参考，并请自行承担全部责任。'.repeat(3)
  const lines = [
    '速報>>', body, '(內容由新浪北京提供。未經授權，不得轉載。)', '分享|', '分享工具',
    '网易声明：网易转载上述内容出于传递更多信息之目的，不表明证实其描述或赞同其观点。', disclaimer,
    '手机读报，精彩随身，移动用户发送到RMRB到10658000，订阅人民日报手机报', '跟贴读取中...', '已有帐号？马上登录', body2
  ]
  const out = stripBoilerplate(draft(lines))
  t.same(out.blocks.map(b => b.text), [body, body2])
  t.same(out.removed.map(r => r.reason), [
    'section link with a more-arrow', 'copyright or licence footer', 'share buttons', 'share buttons',
    'republication disclaimer', 'republication disclaimer', 'mobile-newspaper subscription prompt',
    'comment or login widget', 'comment or login widget'
  ])
})

t.test('a quoted statement, a subheading and a long paragraph about reprints stay', async t => {
  const kept = [
    '外交部声明：中方坚决反对任何国家干涉中国内政。', body,
    '法院认为，被告未经授权转载原告作品，' + '构成侵权，应当承担停止侵害、赔偿损失的民事责任。'.repeat(6)
  ]
  t.same(stripBoilerplate(draft(kept)).blocks.map(b => b.text), kept)
})

t.test('a related list\'s header in Traditional script cuts the tail as the Simplified one does', async t => {
  // zh-news n268 of session 41's unseen round: `延伸閱讀：` left over a Taiwan TV site's related list
  for (const header of ['延伸閱讀：', '相關新聞', '推薦閱讀']) {
    const out = stripBoilerplate(draft([body, header, '快加入三立新聞網LINE好友，即時新聞不漏接！']))
    t.same(out.blocks.map(b => b.text), [body], header)
    t.ok(out.removed.some(r => r.text.startsWith(header.replace('：', ''))), `${header}: listed as removed`)
  }
})
