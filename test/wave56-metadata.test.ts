/**
 * Session 56: the classes of session 56's unseen wave, each on the page that showed it and on a page made for it:
 * `执笔：` (the writer who holds the pen) in a closing credit; a dateline's credit run in any of the project's reporter
 * roles (`實習記者`, `驻京记者`); cnblogs' `posted @` date line.
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'
import { ownPage } from './helpers.js'

const PARA = '活动当天，志愿者们走进山区学校，为孩子们送去冬衣、图书和文具，并与老师们座谈，了解学校冬季取暖和营养午餐的情况，' +
  '对困难家庭学生进行了登记，将在春季学期开学前完成第二批物资的发放。'

/** A Chinese news page: a headline, the paragraphs given, nothing else that names a writer. */
function page (...paras: string[]): string {
  return '<html><head><meta charset="utf-8"><title>暖冬行动走进山区学校_新闻中心</title></head><body>' +
    `<h1>暖冬行动走进山区学校</h1><div class="content">${paras.map(p => `<p>${p}</p>`).join('')}</div></body></html>`
}
const read = (html: string): ReturnType<typeof processPage>['article'] => processPage({ content: html, format: 'html' }).article

t.test('`执笔：` in a closing credit names the writer', async t => {
  const o202 = ownPage('zh-org', 'o202').result.article
  t.same(o202.authors, ['黎晓丹'], 'o202: `（暖阳公益基金会秘书处供稿　执笔：黎晓丹　摄影：吴昊）`')
  t.same(o202.editors, [{ role: 'photographer', name: '吴昊' }], 'o202: the photographer beside her')
  t.notOk(o202.body.some(b => b.text.includes('执笔')), 'o202: the credit leaves the body')
  t.same(read(page(PARA, PARA + '（市慈善总会办公室供稿　执笔：周敏）')).authors, ['周敏'], 'after a paragraph')
  t.same(read(page(PARA, '執筆：陳嘉欣')).authors, ['陳嘉欣'], 'traditional, a line of its own')
  t.same(read(page(PARA, PARA)).authors, [], 'no credit, no writer')
})

t.test('a dateline\'s credit run in any reporter role', async t => {
  t.same(ownPage('zh-news', 'n435').result.article.authors, ['陳凱琳', '梁子謙'],
    'n435: `【本報訊】記者陳凱琳、實習記者梁子謙報道：`')
  const dated = (opening: string): string[] => read(page(opening + PARA, PARA)).authors
  t.same(dated('【本報訊】實習記者梁子謙報道：'), ['梁子謙'], 'an intern reporter')
  t.same(dated('本报讯 驻京记者王晓东、记者李明报道：'), ['王晓东', '李明'], 'a stationed reporter')
  t.same(dated('本报讯 实习生吴梦丽、记者喻云亮报道：'), ['吴梦丽', '喻云亮'], 'an intern, as before')
  t.same(dated('本报讯 据新华社报道：'), [], 'a report word after no role names no writer')
})

t.test('cnblogs\' `posted @` line dates the post', async t => {
  t.equal(ownPage('zh-blogs', 'b444').result.article.published?.slice(0, 10), '2020-06-14',
    'b444: `posted @ <span id="post-date">2020-06-14 22:41</span> 青蛙跳井 阅读(3127)` under the post')
  const blog = (line: string): string | null => read('<html><head><meta charset="utf-8"><title>迁移笔记 - 博客园</title>' +
    `</head><body><h1 class="postTitle">迁移笔记</h1><div class="postBody"><p>${PARA}</p></div>` +
    `<div class="postDesc">${line}</div></body></html>`).published
  t.match(blog('posted @ <span>2020-06-14 22:41</span> <a href="/u/">青蛙跳井</a> 阅读(3127) 评论(7)'), /^2020-06-14/)
  t.match(blog('posted @2019-03-02 09:15 老周 阅读(12)'), /^2019-03-02/, 'no space after `@`')
})

/** A forum topic's page: microdata in UTC and a post header in the given markup. */
function topic (header: string): string {
  return '<html lang="zh-CN"><head><meta charset="utf-8"><title>第一个小游戏上架复盘 | 游戏开发社区</title>' +
    '<meta property="article:published_time" content="2023-07-28T16:35:05.318Z"></head><body>' +
    '<div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="xiaoyu-dev">' +
    '<meta itemprop="url" content="/user/xiaoyu-dev"></div>' +
    `<h1>第一个小游戏上架复盘</h1><div class="post-header">${header}</div><div class="content"><p>${PARA}</p>` +
    `<p>${PARA}</p></div></body></html>`
}

t.test('a UTC markup time stated in the page\'s zone where a relative time\'s tooltip gives the same instant', async t => {
  t.equal(ownPage('zh-blogs', 'b454').result.article.published, '2023-07-29T00:35:05+08:00',
    'b454: `article:published_time` 2023-07-28T16:35:05Z beside `<a class="timeago" title="2023/7/29 00:35:05">3 天之前</a>`')
  const at = (header: string): string | null => read(topic(header)).published
  t.equal(at('发布于 <a class="timeago" title="2023/7/29 00:35:05">3 天之前</a>'), '2023-07-29T00:35:05+08:00')
  t.equal(at('发布于 <a class="timeago" title="2023/7/30 09:12:31">3 天之前</a>'), '2023-07-28T16:35:05Z',
    'a tooltip of another instant leaves the markup\'s time as written')
})

t.test('a schema.org Person\'s name as its profile link shows it', async t => {
  t.same(ownPage('zh-blogs', 'b454').result.article.authors, ['小鱼做游戏'],
    'b454: the microdata\'s login `xiaoyu-dev`, the display name on the link to `/user/xiaoyu-dev`')
  const by = (header: string): string[] => read(topic(header)).authors
  t.same(by('<a href="https://forum.example.org/user/xiaoyu-dev"><img src="a.png" alt=""><span class="visually-hidden">' +
    '离线</span></a> <a class="fw-bold" href="https://forum.example.org/user/xiaoyu-dev">小鱼做游戏</a>'), ['小鱼做游戏'],
  'the avatar\'s link is passed over')
  const encoded = (header: string): string[] => read(topic(header).replace('/user/xiaoyu-dev"></div>',
    '/user/%E5%B0%8F%E9%B1%BC"></div>')).authors
  t.same(encoded('<a href="/user/小鱼">小鱼做游戏</a>'), ['小鱼做游戏'],
    'an address percent-encoded in the microdata and written as it reads on the link is the same address')
  t.same(encoded('<a href="/user/%E5%B0%8F%E9%B1%BC?tab=posts">小鱼做游戏</a>'), ['小鱼做游戏'], 'and encoded on both')
})

t.test('a year in the part after a title\'s bar makes it the headline\'s, no site\'s name', async t => {
  t.equal(ownPage('zh-org', 'o201').result.article.title, '“童”享书香 悦读一夏｜安澜区图书馆2023年少儿暑期阅读季正式启动',
    'o201: a library\'s 百家号 headline')
  const titled = (title: string): string | null => read('<html><head><meta charset="utf-8">' +
    `<title>${title}</title></head><body><div class="content"><p>${PARA}</p><p>${PARA}</p></div></body></html>`).title
  t.equal(titled('暖冬行动走进山区学校｜市慈善总会2015年冬季助学活动启动'), '暖冬行动走进山区学校｜市慈善总会2015年冬季助学活动启动')
  t.equal(titled('暖冬行动走进山区学校｜市慈善总会'), '暖冬行动走进山区学校', 'a site\'s name after the bar still goes')
})

t.test('a web edition\'s `<title>` of paper, day and page names no headline', async t => {
  t.equal(ownPage('zh-news', 'n434').result.article.title, '城区试点共享单车“电子围栏”',
    'n434: `<h1 class="title">` under `<title>澧州晚报数字报 - 2018年05月12日 - 第A05版：城事`')
  const edition = (title: string): string | null => read('<html><head><meta charset="utf-8">' +
    `<title>${title}</title></head><body><h1>暖冬行动走进山区学校</h1><div class="content"><p>${PARA}</p>` +
    `<p>${PARA}</p></div></body></html>`).title
  t.equal(edition('江城晚报数字报 - 2015年12月21日 - 第A03版：要闻'), '暖冬行动走进山区学校')
})

t.test('a web article\'s note of its print edition dates the paper, not the page', async t => {
  t.equal(ownPage('zh-news', 'n431').result.article.published?.slice(0, 10), '2013-07-16',
    'n431: Drupal\'s `由 jb_desk3 于 周二, 07/16/2013 - 19:42 发表`, not `（刊登于2013年7月17日《南星商报》大柔佛版）` by the headline')
})
