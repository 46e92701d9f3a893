/**
 * Session 63's second unseen wave: each class on the page that showed it and on the reader alone. A menu classed a
 * byline; a member page named after `profile/` and an avatar link's `title`; a transliterated name joined by a bullet;
 * a class topic's `话题：` bar and its `发起人：` / `发起时间：` line; a message board's `留言人：`.
 */
import t from 'tap'
import { parseInfoLine, splitNames } from '../src/text/fields.js'
import { processPage } from '../src/pipeline.js'
import { ownPage } from './helpers.js'

const PARA = '今年的中秋游园会在湖畔公园举行，吸引了大批华人家庭和当地居民前来参加，现场设有灯谜、月饼制作和民乐表演等活动。'

type Article = ReturnType<typeof processPage>['article']
const html = (title: string, body: string, url?: string): Article => processPage({
  content: `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
  format: 'html',
  ...(url === undefined ? {} : { url })
}).article
const text = (lines: string): Article => processPage({ content: lines, format: 'text' }).article
const page = (set: string, id: string): Article => ownPage(set, id).result.article

t.test('a menu classed a byline names nobody; a member named after `profile/`, an avatar link\'s title', async t => {
  t.same(page('zh-blogs', 'b607').authors, ['梁家俊'], 'b607: not Ning\'s tabs `所有討論`, `新增`')
  const ning = (avatar: string): string[] => html('阿爺撐駁艇 - 濠江記憶',
    '<ul class="navigation byline"><li><a href="/forum">所有討論</a></li><li><a href="/forum/topic/new">新增</a></li></ul>' +
    `${avatar}<h1>阿爺撐駁艇</h1><p>${PARA}</p><p>${PARA}</p>` +
    '<div class="reply"><a href="/profile/UncleChan" class="fn url">陳伯</a> 於 2010 年 3 月 15 日</div>',
  'http://memory.example.ning.com/forum/topics/1').authors
  t.same(ning('<a class="fn url" href="/profile/KaChunLeong" title="梁家俊"><img src="a.jpg" alt=""></a>'), ['梁家俊'],
    'the avatar link\'s title names the poster')
  t.notSame(ning(''), ['所有討論', '新增'], 'the tabs are no byline')
})

t.test('a transliterated name joined by a bullet', async t => {
  t.same(page('zh-news', 'n514').authors, ['秦晓玥', '伊利亚•索科洛夫'], 'n514: `（记者：秦晓玥　伊利亚•索科洛夫）`')
  t.same(splitNames('秦晓玥　伊利亚•索科洛夫'), ['秦晓玥', '伊利亚•索科洛夫'], 'the bullet between Han characters stays')
  t.same(splitNames('Jane Doe • March 5'), ['Jane Doe'], 'a spaced bullet still ends the name')
  t.same(splitNames('秦晓玥 • 2018年6月14日'), ['秦晓玥'], 'and a bullet before a date')
})

t.test('labels: a class topic\'s `话题：` bar and `发起人：`, a message board\'s `留言人：`', async t => {
  const b605 = page('zh-blogs', 'b605')
  t.equal(b605.title, '翻出了初三的毕业留言册，扫描了38页传到班级相册', 'b605: the `话题：` cell')
  t.equal(b605.published?.slice(0, 10), '2005-07-23', 'b605: `发起时间：`')
  t.same(b605.authors, ['谭堃'], 'b605: `发起人：`')
  t.same(page('zh-blogs', 'b609').authors, ['白溪阿镕'], 'b609: `留言人：`')
  t.same(parseInfoLine('发起人：谭堃　发起时间：2005-07-23 22:16', {})?.fields.map(f => f.field), ['author', 'published'])
  t.same(parseInfoLine('留言人：白溪阿镕　留言时间：2014-04-21 22:37', {})?.fields.map(f => f.field), ['author', 'published'])
  t.equal(html('湘潭七中 - 班级话题', `<table><tr><td><b>话题：翻出了初三的毕业留言册</b></td></tr></table><p>${PARA}</p>` +
    `<p>${PARA}</p>`).title, '翻出了初三的毕业留言册', 'a `话题：` bar under a `<title>` of the site')
  t.same(text(`游园会\n\n留言人：白溪阿镕　留言时间：2014-04-21 22:37\n\n${PARA}\n\n${PARA}`).authors, ['白溪阿镕'],
    'a text page\'s info line too')
})
