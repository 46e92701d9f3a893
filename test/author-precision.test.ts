/**
 * Issue #12, "no answer that is not a name": words that stand where a byline would and name nobody. Each shape was
 * given as an author on session 38's unseen rounds (zh-gov g114, zh-blogs b124); the pages are short excerpts of
 * their templates, written for the test.
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'

const article = (html: string): ReturnType<typeof processPage>['article'] => processPage({ content: html, format: 'html' }).article

t.test('a press conference (記者會) in a caption is no reporter\'s credit', async t => {
  const p = '<p>　　治安警察局今日召開記者會，介紹第五十三屆澳門格蘭披治大賽車期間的交通安排，多條道路將實施封閉及改道措施。</p>'
  const page = (caption: string): string => '<html><head><meta charset="utf-8"><title>新聞局</title></head><body>' +
    `<h1>大賽車期間交通安排</h1><p>2006-11-09 17:45</p><p><img src="a.jpg"><br><span class="caption">${caption}</span></p>` +
    `${p}${p}</body></html>`
  t.same(article(page('治安警察局召開記者會介紹交通安排')).authors, [])
  t.same(article(page('新闻办举行记者会')).authors, [], 'in simplified script')
  // a reporter's credit in the same place is one
  t.same(article(page('記者 陳志明')).authors, ['陳志明'])
})

t.test('a WeChat article\'s tip box (`喜欢作者 赞赏`) is no byline', async t => {
  const p = '<p>苏州的老城里藏着许多没有名字的小巷，巷子口常常只有一块旧门牌，走进去才知道里面住着几十户人家。</p>'
  const html = '<html><head><meta charset="utf-8"><title>在苏州，走进那些没有名字的小巷</title></head><body>' +
    `<h2 class="rich_media_title">在苏州，走进那些没有名字的小巷</h2><div id="js_content">${p}${p}</div>` +
    '<div class="reward_area tc" id="js_preview_reward_author" style="display:none;"><p class="reward_tips">喜欢作者</p>' +
    '<a class="reward_button" href="javascript:void(0);">赞赏</a></div></body></html>'
  t.same(article(html).authors, [])
})
