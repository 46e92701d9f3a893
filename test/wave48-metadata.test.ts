/**
 * Session 48's unseen waves (zh-blogs b335, b338, b340, b344, b358, zh-news n381, n383, zh-org o147, o154): an icon
 * element at the head of the `<h1>` is no part of the headline; a thread's repeated author boxes name the opener
 * in the first; a sidebar's module of the latest comments names commenters; member pages of a number under `/profile/`
 * and on a `space.` host; a writer's bracketed unit with a list mark inside; a bar between the date and the byline; a
 * transliterated name with `·` in a spaced byline; a research unit before its writer; a board's label and tag before
 * the thread's title.
 */
import t from 'tap'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { processPage } from '../src/pipeline.js'
import { splitNames } from '../src/text/fields.js'
import { readDatedZhByline } from '../src/text/zh-byline.js'
import type { Article } from '../src/types.js'

const article = (set: string, id: string): Article => {
  const dir = join('test', 'fixtures', set)
  const file = readdirSync(join(dir, 'html')).find(f => f.startsWith(`${id}-`))!
  const gt = JSON.parse(readFileSync(join(dir, 'ground-truth', file.replace(/\.html$/, '.json')), 'utf8')) as
    { url?: string, fetched_at?: string }
  const fetched = gt.fetched_at !== undefined ? { fetchedAt: gt.fetched_at } : {}
  return processPage({ content: readFileSync(join(dir, 'html', file)), format: 'html', url: gt.url, ...fetched }).article
}

const TEXT = '<p>上周三晚上十点多，监控群里突然开始刷告警，订单库的从库复制延迟超过了六百秒，而且还在持续上涨，业务那边很快反馈用户看不到刚下的单。</p>' +
  '<p>问了一下，原来是新来的同事写了一个清理脚本，白天测试的时候数据量小没发现问题，当天晚上第一次在线上跑，一次删除了几百万行数据。</p>'
const page = (body: string, title = '某某社区'): Buffer =>
  Buffer.from(`<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`)
const read = (body: string, title?: string, url?: string): Article =>
  processPage({ content: page(body, title), format: 'html', url }).article

t.test('an icon element at the head of the <h1> is no part of the headline', async t => {
  t.equal(article('zh-blogs', 'b338').title, '记一次 MySQL 主从延迟的排查过程', 'OSChina\'s `<span class="ico">原</span>`')
  const badged = (span: string): string | null =>
    read(`<h1>${span}清理脚本引发的复制延迟</h1>${TEXT}`, '复制延迟排查 - 某某社区').title
  t.equal(badged('<span class="icon-orig" title="原创">原</span>'), '清理脚本引发的复制延迟', 'an icon class')
  t.equal(badged('<em title="转载">转</em>'), '清理脚本引发的复制延迟', 'a title that names the badge')
  t.equal(badged('<b>深度</b>'), '深度清理脚本引发的复制延迟', 'a bold word, neither classed nor titled, is the headline\'s')
  t.equal(badged('<span class="tag">2024</span>'), '2024清理脚本引发的复制延迟', 'a number is no badge')
})

t.test('a thread\'s repeated author boxes: the first is the opening poster\'s', async t => {
  t.same(article('zh-blogs', 'b344').authors, ['阿Ben槟城仔'], 'a Tapatalk web view, a reply\'s `Auntie Lim` further down')
  const box = (name: string, u: number): string => `<div class="post-author"><a class="avatar-wrap" ` +
    `href="/memberlist.php?mode=viewprofile&amp;u=${u}"><img class="avatar" src="/a${u}.jpg" alt="${name}"></a>` +
    `<div class="author-info"><a class="username" href="/memberlist.php?mode=viewprofile&amp;u=${u}">${name}</a>` +
    '<span class="user-rank">资深吃货</span></div></div>'
  const thread = read(`<h1>槟城炒粿条排名</h1><div class="post-list"><div class="post">${box('阿Ben槟城仔', 2044)}` +
    `<div class="post-content">${TEXT}</div></div><div class="post">${box('Auntie Lim', 1876)}` +
    '<div class="post-content">同意，排了快一个钟。</div></div></div>', '槟城炒粿条排名', 'http://forum.example.com/t/1')
  t.notOk(thread.authors.includes('Auntie Lim'), 'a replier\'s English name in a later box is not taken')
})

t.test('a sidebar\'s module of the latest comments names commenters, not the writer', async t => {
  t.same(article('zh-blogs', 'b338').authors, ['南山码农'], 'OSChina: `最新评论` over `<a href="/u/2218">老K</a>`')
  const side = (heading: string): string[] => read(
    `<div class="side"><strong>${heading}</strong><ul><li><a href="/u/2218">老K</a>：说得对</li></ul></div>` +
    `<h1>复制延迟排查</h1>${TEXT}`, '复制延迟排查', 'http://my.example.net/x/blog/1').authors
  t.same(side('最新评论'), [], 'a commenter in the module')
  t.same(side('Recent Comments'), [], 'WordPress\'s widget')
  t.same(side('我的好友'), ['老K'], 'another module\'s member link is read as before')
})

t.test('member pages: a number under /profile/, a space host\'s member number', async t => {
  t.same(article('zh-blogs', 'b335').authors, ['北潭涌釣魚佬'], 'LIHKG\'s `/profile/208117`')
  t.same(article('zh-blogs', 'b340').authors, ['咸鱼折腾记'], 'Bilibili\'s `//space.bilibili.com/38812047`')
  t.same(article('zh-blogs', 'b93').authors, ['柚子不吃柚子'], 'an earlier Bilibili 专栏 page too')
})

t.test('a writer\'s bracketed unit with a list mark; a bar between the date and the byline', async t => {
  t.same(splitNames('周明远（中共楚原市委党校公共管理教研部主任、教授）'), ['周明远'])
  t.same(splitNames('王强（北京大学教授、博导）、李明（清华大学副教授、博士）'), ['王强', '李明'])
  t.same(article('zh-news', 'n381').authors, ['周明远', '李雪芬'], 'two `作者：NAME（单位、职务）` lines')
  t.equal(readDatedZhByline('2018 年 7 月 3 日｜文／林佳穎、陳冠廷', {})?.byline.names, '林佳穎、陳冠廷')
  t.equal(readDatedZhByline('2018-07-03 · 文/张三', {})?.byline.names, '张三')
  t.same(article('zh-org', 'o147').authors, ['林佳穎', '陳冠廷'], 'a Google Sites column\'s `｜文／`')
})

t.test('second wave: a dotted name in a spaced byline, a research unit, a board\'s label and tag before the title', async t => {
  t.same(splitNames('记者 马俊峰 通讯员 古丽米拉·阿不都 艾力江'), ['马俊峰', '古丽米拉·阿不都', '艾力江'])
  t.same(article('zh-news', 'n383').authors, ['马俊峰', '古丽米拉·阿不都', '艾力江'], 'the dateline\'s three, a Uyghur name')
  const o154 = article('zh-org', 'o154')
  t.same(o154.authors, ['周雅琳'], 'the closing `（供稿：海洋生态研究室 周雅琳）` over Plone\'s login')
  t.equal(o154.source, '海洋生态研究室')
  t.equal(article('zh-blogs', 'b358').title, '【報告】麥徑二、三段一日過（有相）', 'LeoBBS: `主題：【報告】…` under a `<title>` of board names')
})

t.test('a BBS thread of letters, each under its poster\'s `/user_info/` link: the replies go', async t => {
  const b336 = article('zh-blogs', 'b336')
  const text = JSON.stringify(b336.body)
  t.notOk(text.includes('褪黑素不敢给孩子吃'), 'a reply\'s text')
  t.notOk(text.includes('今年暑假也要带喆喆回去'), 'another reply\'s')
  t.ok(b336.removed.some(r => r.rule === 'thread-replies'), 'removed as the thread\'s replies')
})

t.test('a reporter\'s e-mail address after the name in a byline element is no part of the name', async t => {
  t.same(article('zh-news', 'n377').authors, ['金秀妍', '刘思琪'], '`金秀妍 记者 ksy@…<br>刘思琪 实习记者 liusq@…`')
})

t.test('a <time> that shows a relative day puts its UTC instant in the page\'s zone', async t => {
  t.equal(article('zh-blogs', 'b356').published?.slice(0, 10), '2023-11-15', '`<time datetime="…T17:40:00+00:00">3 天前</time>`')
  t.equal(article('zh-blogs', 'b244').published?.slice(0, 10), '2024-03-05', 'a Matters-like page of session 42')
})

t.test('a professional title between a writer\'s name and a bracketed post', async t => {
  t.same(splitNames('林振宇 技師（本會大地工程委員會委員）'), ['林振宇'])
  t.same(splitNames('王明 工程师（市政设计院道路所）'), ['王明'], 'an engineer\'s title before the unit')
  t.same(article('zh-org', 'o152').authors, ['林振宇'], '`文∕林振宇 技師（…）　刊登日期：2009/03/16`')
})
