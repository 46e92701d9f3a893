/**
 * Issue #12, Chinese blogs and forums (the unseen set of 2005-2022 news, blogs and forums): the thread starter
 * labelled `楼主：` in a header box that also holds the headline, never a replier's `作者：` header below the post;
 * a blog's owner named in the `<title>` (`NAME的日志`, `NAME的博客`: data/title-owner.json) when the page shows no
 * byline. The pages are written after the templates of Tianya-style boards, NetEase and CSDN blogs (2012).
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'
import { namedAfter } from '../src/text/title-owner.js'

const POST = '<p>春节前夕，我回到了阔别多年的家乡。村口的老槐树依然挺立，只是树下乘凉的老人换了一批。母亲早早地在门口等着，见到我第一句话便是问路上冷不冷。</p>' +
  '<p>这几年村里变化很大，水泥路通到了家门口，家家户户装上了自来水。父亲说，现在种地有补贴，看病有新农合，日子比以前好过多了。</p>'
const HEADLINE = '回家过年：家乡这几年的变化真大'
const article = (html: string): ReturnType<typeof processPage>['article'] => processPage({ content: html, format: 'html' }).article

const thread = (starter: string): string => `<html><head><title>${HEADLINE}_天涯杂谈_天涯论坛</title></head><body>` +
  '<div id="nav">天涯社区 首页 登录 注册</div>' +
  `<div class="atl-head"><h1><span class="s_title"><span>${HEADLINE}</span></span></h1>` +
  `<div class="atl-info"><span>楼主：<a class="js-vip-check" href="http://www.tianya.cn/123">${starter}</a></span>` +
  '<span>时间：2012-01-15 10:23:45</span><span>点击：1234</span><span>回复：56</span></div></div>' +
  `<div class="atl-main"><div class="atl-item host-item"><div class="bbs-content">${POST}</div></div>` +
  '<div class="atl-item"><div class="atl-head"><span>作者：<a>路人甲</a></span> <span>时间：2012-01-15 11:00:00</span></div>' +
  '<div class="bbs-content">顶一个</div></div></div></body></html>'

t.test('a forum thread: the starter labelled 楼主 in the headline\'s box, not the first replier', async t => {
  const a = article(thread('李卫东'))
  t.same(a.authors, ['李卫东'])
  t.equal(a.published, '2012-01-15T10:23:45+08:00', 'the post\'s time, not the reply\'s')
  // a screen name in the 楼主 slot is the starter's named byline (test/fixtures/zh-blogs); the replier is not taken
  t.same(article(thread('天涯小明')).authors, ['天涯小明'])
  // the same header in traditional characters
  t.same(article(thread('李卫东').replace('楼主', '樓主')).authors, ['李卫东'])
})

const blog = (title: string, byline = ''): string => `<html><head><title>${title}</title></head><body>` +
  '<div class="nav">网易 博客 发现 小组 风格 <a>登录</a> <a>注册</a></div>' +
  `<div class="g-ttl"><h3 class="title"><span class="tcnt">${HEADLINE}</span></h3></div>` +
  `<div class="g-info"><span class="blogsep">2012-01-15 10:23:45</span> | 分类： <a>随笔</a> | 标签：<a>过年</a></div>${byline}` +
  `<div class="bct nbw-blog">${POST}</div></body></html>`

t.test('a blog: its owner as the <title> names it, below any byline the page shows', async t => {
  for (const title of [`${HEADLINE} - 张晓明的日志 - 网易博客`, `${HEADLINE}_张晓明的博客-CSDN博客`, `${HEADLINE} - 张晓明的技术博客 - 51CTO博客`]) {
    const a = article(blog(title))
    t.same(a.authors, ['张晓明'], title)
    t.not(a.source, '张晓明', 'the owner is no site')
    t.equal(a.title, HEADLINE, title)
  }
  // a guest post names its writer where a reader sees it
  const guest = article(blog(`${HEADLINE} - 张晓明的日志 - 网易博客`, '<p class="by">作者：李卫东</p>'))
  t.same(guest.authors, ['李卫东'])
  // a microblog account's stream (`微博联播的微博`, daniel-zh) names a program, and no other part names an owner
  t.same(article(blog(`${HEADLINE} - 微博联播的微博 - CNTV微博`)).authors, [])
  t.same(article(blog(`${HEADLINE} - 我的博客 - 网易博客`)).authors, [], '`我的博客` names nobody')
})

t.test('a two-character headline (`冬至`, `春运`) is the title when the <title> starts with it and a separator', async t => {
  const page = (title: string, heading: string): string => `<html><head><title>${title}</title></head><body>` +
    `<div class="nav">首页 登录</div>${heading}<div class="info">2012-01-15 10:23:45</div>${POST}</body></html>`
  t.equal(article(page('冬至_天涯杂谈_天涯论坛', '<h1>冬至</h1>')).title, '冬至', 'a bare `_`, as Chinese titles write it')
  t.equal(article(page('春运 - 新闻中心 - 某某网', '<h1>春运</h1>')).title, '春运')
  t.equal(article(page('回家过年 - 张晓明的日志 - 网易博客', '<h3 class="title"><span>回家过年</span></h3>')).title, '回家过年')
  // a short heading the title does not start with is no headline (a logo, a section), though it shares a word
  t.not(article(page('冬至_天涯杂谈_天涯论坛', '<h1>天涯</h1>')).title, '天涯')
})

t.test('a forum thread as a text page: the starter, though repliers\' `作者：` headers follow the post', async t => {
  const post = '春节前夕，我回到了阔别多年的家乡。村口的老槐树依然挺立，只是树下乘凉的老人换了一批。母亲早早地在门口等着，见到我第一句话便是问路上冷不冷。\n\n' +
    '这几年村里变化很大，水泥路通到了家门口，家家户户装上了自来水。父亲说，现在种地有补贴，看病有新农合，日子比以前好过多了。'
  const text = `天涯社区 首页 登录 注册\n${HEADLINE}\n楼主：李卫东 时间：2012-01-15 10:23:45 点击：1234 回复：56\n${post}\n` +
    '作者：路人甲 时间：2012-01-15 11:00:00\n顶一个\n作者：王二 时间：2012-01-15 11:05:00\n同感'
  const a = processPage({ content: text, format: 'text' }).article
  t.same(a.authors, ['李卫东'], 'the repliers made the fields look like a listing\'s, which gave no author')
  t.equal(a.published, '2012-01-15T10:23:45+08:00')
})

t.test('a blog post\'s classic footer names the poster, even in a box its template classes as a menu', async t => {
  // Blogbus's template of 2006 (zh-blogs b109): the post's footer is a `<div class="menu">`
  const post = (footer: string): string => `<html><head><title>弄堂口的梧桐树 - ${HEADLINE}</title></head><body>` +
    '<div class="menu"><a href="/">首页</a> | <a href="/index1.html">日志</a> | <a href="/about.html">关于</a></div>' +
    `<div class="post"><h2>${HEADLINE}</h2><div class="date">2006年04月23日</div>${POST}` +
    `<div class="menu">${footer} | <a href="/logs/1.html">阅读全文</a> | <a href="/logs/1.html#cmt">评论(5)</a></div></div>` +
    '</body></html>'
  t.same(article(post('posted by 阿朱 at 10:31 PM')).authors, ['阿朱'])
  t.same(article(post('posted by 阿朱 @ 2006-04-23 22:31')).authors, ['阿朱'], 'Blogbus\'s later `@` and date')
  // a menu's line that names no time after the name stays the menu's
  t.same(article(post('posted by 阿朱')).authors, [])
})

t.test('a blog\'s side boxes name other people: a hot post\'s writer, the menu\'s profile link', async t => {
  const blog = (side: string): string => `<html><head><title>${HEADLINE} - 舊書攤上的時光 - 晨光部落格</title></head><body>` +
    `<div id="blog_menu"><a href="/laok/">首页</a><a href="/laok/list/">博文目录</a><a href="/laok/profile/">关于我</a></div>` +
    `<div class="article_topic">2010/03/21 22:15:07 ${HEADLINE}</div><div class="article">${POST}</div>` +
    `<div class="side">${side}</div></body></html>`
  // zh-blogs b113, b114 of session 38's unseen round: `Yuki` and `关于我` were given as the authors
  const hot = '<h3>熱門文章</h3><ul><li><a href="/hot/2">一個人的北海岸</a> <span class="by">by Yuki</span></li></ul>'
  t.same(article(blog(hot)).authors, [])
  t.same(article(blog('<h3>最新留言</h3>')).authors, [], 'the menu\'s `关于我` names nobody')
  // the same line as the post's own byline stays one
  const own = `<html><head><title>${HEADLINE}</title></head><body><h1>${HEADLINE}</h1><p class="meta">by Yuki</p>${POST}</body></html>`
  t.same(article(own).authors, ['Yuki'])
})

t.test('a personal homepage\'s `<title>` names the site and section: the headline is the line it prints large', async t => {
  // zh-blogs b118 of session 38's unseen round, a FrontPage homepage of 2003
  const page = '<html><head><title>阿Ben\'s Homepage - 隨筆</title></head><body><p>首頁 &gt; 隨筆 &gt; 隨筆之十七</p>' +
    `<p align="center"><font size="5" color="#000080"><b>口罩下的四月</b></font><br>（隨筆之十七）</p>${POST}</body></html>`
  t.equal(article(page).title, '口罩下的四月')
})

t.test('a blog named after its writer by a homely word (`木叶小筑`) is no evidence against the writer\'s byline', async t => {
  // zh-blogs b119 of session 38's unseen round (Bokee's post foot `木叶 发表于 2005-5-3 23:41:00`; the set's test reads it)
  t.ok(namedAfter('木叶小筑', '木叶'))
  t.ok(namedAfter('木叶的小屋', '木叶'))
  t.ok(namedAfter('阿樹小窩', '阿樹'))
  t.notOk(namedAfter('木叶书店', '木叶'), 'a shop named so is no personal blog')
})

t.test('an old Baidu Tieba thread: posters linked to passport pages, the foot line\'s `回复此发言` no part of a name', async t => {
  // zh-blogs b125 of session 39's unseen round: floors as sibling tables, the poster and time only in each floor's
  // foot line; the replies go as a thread's, the opening floor is the article and its poster the author
  const floor = (n: number, text: string, poster: string): string => `<a name="${n}"></a><table class="floor_t"><tr>` +
    `<td class="floor">${n}</td><td class="pc"><div class="tit">${n === 1 ? '' : '回复：'}${HEADLINE}</div>` +
    `<div class="content"><cc>${text}</cc></div><p class="i">作者：${poster} 2008-11-23 21:${10 + n} ` +
    `<a href="#sub" class="reply">回复此发言</a></p></td></tr></table><div class="pline"></div>`
  const member = (name: string): string => `<a href="http://passport.baidu.com/?business&amp;un=${name}" target="_blank">${name}</a>`
  const replies = ['记得记得！我小时候还在船上掉过一只凉鞋，哭了一路。', '好怀念啊，我读初中的时候天天坐，挤得要死。',
    '写得很好，很有味道，本帖加精。', '那个卖唆螺的婆婆我也记得！']
  const html = `<html><head><title>${HEADLINE}_衡阳吧_百度贴吧</title></head><body><div class="nav">百度贴吧 &gt; 衡阳吧</div>` +
    `<div id="main"><h1>${HEADLINE}</h1>${floor(1, POST, member('湘江边的伢子'))}` +
    replies.map((r, i) => floor(i + 2, r, i === 1 ? '<span class="ip">222.244.13.*</span>' : member(`网友${i}号`))).join('') +
    '</div></body></html>'
  const a = article(html)
  t.same(a.authors, ['湘江边的伢子'])
  t.equal(a.published, '2008-11-23T21:11:00+08:00')
  t.notOk(a.body.some(b => b.text.includes('凉鞋')), 'the replies leave the text')
})

t.test('a WeChat article\'s header: the writer\'s bare name after the `原创` tag, then the account in a link', async t => {
  // zh-blogs b124 of session 38's unseen round (an `<h2>` headline, an empty time element)
  const html = `<html><head><meta charset="utf-8"><title>${HEADLINE}</title></head><body>` +
    `<div id="img-content"><h2 class="rich_media_title" id="activity-name">${HEADLINE}</h2><div id="meta_content">` +
    '<span class="rich_media_meta meta_original_tag">原创</span><span class="rich_media_meta rich_media_meta_text">孟晓川</span>' +
    '<span class="rich_media_meta rich_media_meta_nickname"><a href="javascript:void(0);" id="js_name">苏城慢读</a></span>' +
    `<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div><div id="js_content">${POST}</div></div>` +
    '</body></html>'
  t.same(article(html).authors, ['孟晓川'])
  t.same(article(html.replace('孟晓川', '阅读原文')).authors, ['苏城慢读'],
    'a word, no name: the account\'s name is the byline then (session 57, zh-blogs b458)')
})

t.test('a 51.com diary: the space\'s name in the <h1>, the owner decorated in the <title> (`ゞ小橘子ぺ的日志`)', async t => {
  // zh-blogs b133 of session 39's second unseen wave: the `<h1>` shares `橘子` with the owner's part of the title alone
  const html = `<html><head><title>${HEADLINE} - ゞ小橘子ぺ的日志 - 51.com</title></head><body><h1>ゞ橘子味的夏天ぺ</h1>` +
    `<div class="diary"><div class="diary_title">${HEADLINE}</div><div class="diary_info">发表于：2008-04-22 22:31</div>` +
    `${POST}</div></body></html>`
  const a = article(html)
  t.equal(a.title, HEADLINE)
  t.same(a.authors, ['ゞ小橘子ぺ'])
  t.same(article(html.replaceAll('ゞ小橘子ぺ', '★☆★小☆★')).authors, [], 'marks around one character: no name')
})

t.test('a Dcard post: the persona of its DiscussionForumPosting JSON-LD; the day it shows, not UTC\'s', async t => {
  // zh-blogs b136 of session 39's second unseen wave: `datePublished` in UTC the day before the shown `8月15日 00:41`
  const ld = '{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"阿嬤的柑仔店下個月要收了",' +
    '"datePublished":"2022-08-14T16:41:22.318Z","author":{"@type":"Person","name":"蜜柑不酸"}}'
  const html = '<html lang="zh-TW"><head><meta charset="utf-8"><title>阿嬤的柑仔店下個月要收了 - 心情板 | Dcard</title>' +
    `<script type="application/ld+json">${ld}</script></head><body><article><div class="persona">蜜柑不酸</div>` +
    '<h1>阿嬤的柑仔店下個月要收了</h1><div class="meta"><a href="/f/mood">心情</a> · <span>8月15日 00:41</span></div>' +
    `${POST}</article></body></html>`
  const a = processPage({ content: html, format: 'html', fetchedAt: '2022-08-16T10:30:00+08:00' }).article
  t.same(a.authors, ['蜜柑不酸'])
  t.equal(a.published?.slice(0, 10), '2022-08-15')
})

t.test('a Wretch blog: the banner\'s <h1> names the blog, the post\'s title is the classed line under the day', async t => {
  // zh-blogs b122 and b138 of sessions 38 and 39's unseen rounds: `<title>` the blog's name and the host's alone
  const html = '<html><head><meta charset="big5"><title>吃吃喝喝過日子 :: 無名小站</title></head><body>' +
    '<div id="banner"><h1>吃吃喝喝過日子</h1><div class="desc">Momo醬的美食日記</div></div><div id="content"><div class="article">' +
    `<div class="date">2008/03/02 星期日</div><div class="title">${HEADLINE}</div><div class="innertext">${POST}</div></div></div>` +
    '</body></html>'
  t.equal(article(html).title, HEADLINE)
  // a header inside the post is the post's own (`<header class="header">` in a WordPress theme's post box: WCXB 0137)
  const post = `<html><head><title>${HEADLINE} - 某某学院</title></head><body><div class="post type-post hentry">` +
    `<header class="header"><h1>${HEADLINE}</h1></header>${POST}</div></body></html>`
  t.equal(article(post).title, HEADLINE)
})

t.test('an editor\'s pick stamped under the title with its own day is no publication date', async t => {
  // zh-blogs b98: `★ 本文於 2008-09-04 獲選為港博「編輯推介」` under the post's title, its day above it
  const html = '<html><head><title>送別街角的祥興茶餐廳 - 土瓜灣散步記 - 港博 HKBlog</title></head><body>' +
    '<div id="banner"><h1>土瓜灣散步記</h1></div><div class="a_date">2008-09-02 星期二 | 分類：生活隨筆</div>' +
    '<h2 class="a_title">送別街角的祥興茶餐廳</h2><div class="editor_pick">★ 本文於 2008-09-04 獲選為港博「編輯推介」</div>' +
    `${POST}</body></html>`
  t.equal(article(html).published?.slice(0, 10), '2008-09-02')
})

t.test('a social network\'s diary: `NAME的日记` in the <title>, a `返回日记列表` link beside the owner\'s name', async t => {
  // zh-blogs b144 of session 39's fourth unseen wave: the list link's `uid=` made it read as a member's page
  const html = `<html><head><meta charset="utf-8"><title>开心网 - 张晓梅的日记 - ${HEADLINE}</title></head><body>` +
    '<div class="tit_b"><div class="l"><a href="/home/?uid=20418837">张晓梅</a>的日记</div>' +
    '<div class="r"><a href="/diary/list.php?uid=20418837">返回日记列表</a></div></div>' +
    `<div class="diary"><h2>${HEADLINE}</h2><div class="info">2009-10-08 22:47</div>${POST}</div></body></html>`
  t.same(article(html).authors, ['张晓梅'])
})

t.test('an old board\'s reply tree under the first post (dated links to the replies) leaves the body', async t => {
  const { readFileSync } = await import('node:fs')
  const id = 'b147-news-portal-forum-school-merger-2004-gb2312'
  const dir = new URL('fixtures/zh-blogs/', import.meta.url)
  const truth = JSON.parse(readFileSync(new URL(`ground-truth/${id}.json`, dir), 'utf8'))
  const r = processPage({ content: readFileSync(new URL(`html/${id}.html`, dir)), format: 'html', url: truth.url })
  const body = r.article.body.map(b => b.text).join('\n')
  t.notMatch(body, /re:说得太对了|1024字节|西部观察员/, 'no reply title, size or replier in the body')
  for (const p of truth.ground_truth.main_content.split('\n\n')) t.ok(body.includes(p.slice(0, 30)), `kept: ${p.slice(0, 12)}`)
  const listing = r.article.removed.find(x => x.rule === 'dated-listing')
  t.match(listing?.reason, /10 of 12 items link another page beside a date/)

  // the same shape as a list of related stories under a news story, and what stays
  const item = (n: number, day: string): string =>
    `<li><a href="/news/2011/0${n}/3321${n}.html">县疾控中心开展第${n}轮手足口病防控培训</a> (${day})</li>`
  const page = (list: string): string => '<html><head><title>县疾控中心部署春季传染病防控_县新闻网</title></head><body>' +
    '<div class="main"><h1>县疾控中心部署春季传染病防控</h1>' + POST + `<ul>${list}</ul>` + '</div></body></html>'
  const three = [1, 2, 3].map(n => item(n, `2011-0${n}-0${n}`)).join('')
  t.notMatch(article(page(three)).body.map(b => b.text).join('\n'), /手足口病防控培训/, 'three dated links: a listing')
  const two = [1, 2].map(n => item(n, `2011-0${n}-0${n}`)).join('')
  t.match(article(page(two)).body.map(b => b.text).join('\n'), /手足口病防控培训/, 'two: a story\'s own earlier parts may be')
  // a schedule in the story: dated rows that link nowhere
  const row = (n: number): string => `<tr><td>2011-0${n}-1${n}</td><td>第${n}轮手足口病防控培训，全县乡镇卫生院参加</td></tr>`
  const schedule = page('').replace('<ul></ul>', `<table>${[1, 2, 3, 4].map(row).join('')}</table>`)
  t.match(article(schedule).body.map(b => b.text).join('\n'), /第4轮手足口病防控培训/, 'dated rows with no link stay')
})

t.test('a BBSXP thread: the board\'s moderators and an announcement\'s date above it are not the post\'s', async t => {
  const { readFileSync } = await import('node:fs')
  const id = 'b155-bbsxp-yichang-ferry-2006-gb2312-hacked'
  const dir = new URL('fixtures/zh-blogs/', import.meta.url)
  const truth = JSON.parse(readFileSync(new URL(`ground-truth/${id}.json`, dir), 'utf8'))
  const a = processPage({ content: readFileSync(new URL(`html/${id}.html`, dir)), format: 'html', url: truth.url }).article
  // `版主：<a href="Profile.asp?UserName=峡州一叶">` in the statistics row is a moderator; `（管理员 2006-7-28）` after the
  // announcement's link dates the announcement; `发表时间：` in the post's head row dates the post
  t.same(a.authors, ['江边的石头'], 'the poster whole: a screen name with 的 is no two glued names')
  t.equal(a.published, '2006-08-19T22:47:13+08:00')

  // a moderator's link after its label, one or several, is not the poster's; the poster's link still is
  const board = (row: string): string => '<html><head><title>老街的记忆 - 茶社</title></head><body>' +
    `<table><tr><td>今日 87 帖　${row}</td></tr></table>` +
    '<table><tr><td><b><a href="Profile.asp?UserName=老街坊">老街坊</a></b></td><td>发表时间：2006-8-19 22:47:13</td></tr>' +
    `<tr><td></td><td><b>老街的记忆</b><br>${POST}</td></tr></table></body></html>`
  for (const row of ['版主：<a href="Profile.asp?UserName=峡州一叶">峡州一叶</a>',
    '超級版主: <a href="Profile.asp?UserName=峡州一叶">峡州一叶</a> <a href="Profile.asp?UserName=西坝人家">西坝人家</a>']) {
    t.same(article(board(row)).authors, ['老街坊'], row)
  }
})

t.test('a board\'s floor marker before the post time (`[楼主] 发表时间：…`) is no label of a name', async t => {
  const { parseInfoLine, splitNames } = await import('../src/metadata/index.js')
  const line = parseInfoLine('[楼主]  发表时间：2008-06-12 08:31:22 回复 | 引用 | 举报', null)
  t.same(line?.fields.map(f => [f.field, f.value]), [['published', '2008-06-12']])
  t.same(parseInfoLine('【作者】张三 【来源】固原日报', null)?.fields.map(f => f.value), ['张三', '固原日报'], 'bracketed labels with values')
  // names glued after a role still split; a particle is in no given name
  t.same(splitNames('谭飞王艳明闫鹃'), ['谭飞', '王艳明', '闫鹃'])
  t.same(splitNames('江边的石头'), ['江边的石头'])
  t.same(splitNames('石头了'), ['石头了'])
})

t.test('member pages of IPB, Discuz!NT and Web Wiz Forums name the poster (data/author-markers.json userPages)', async t => {
  const { readFileSync } = await import('node:fs')
  const dir = new URL('fixtures/zh-blogs/', import.meta.url)
  // session 40's unseen round: `index.php?showuser=217`, `userinfo-15832.aspx` (and `?posterid=15832` on 只看该作者),
  // `member_profile.asp?PF=2231`, each over the opening post with no label
  for (const id of ['b167-ipb20-nanjing-aquarium-2005-gbk-declgb2312', 'b168-discuznt25-foshan-snowstorm-2008-utf8',
    'b170-webwiz9-hk-parenting-k1-2009-big5hkscs']) {
    const truth = JSON.parse(readFileSync(new URL(`ground-truth/${id}.json`, dir), 'utf8'))
    const r = processPage({ content: readFileSync(new URL(`html/${id}.html`, dir)), format: 'html', url: truth.url })
    t.same(r.article.authors, [truth.ground_truth.author], id)
  }
})

t.test('a NetEase board: `只看该作者` linked as `?author=yangcheng` is no byline; the id names the poster', async t => {
  const { readFileSync } = await import('node:fs')
  const { sameSiteOrSibling } = await import('../src/parse/html/dom.js')
  const id = 'b181-netease-bbs-guangzhou-metro5-2009-gbk'
  const dir = new URL('fixtures/zh-blogs/', import.meta.url)
  const truth = JSON.parse(readFileSync(new URL(`ground-truth/${id}.json`, dir), 'utf8'))
  const r = processPage({ content: readFileSync(new URL(`html/${id}.html`, dir)), format: 'html', url: truth.url })
  // the member's page `http://bbs.163.com/user/yangcheng/` beside the city board `bbs.gz.163.com`
  t.same(r.article.authors, ['羊城阿飞'])
  t.ok(sameSiteOrSibling('bbs.163.com', 'bbs.gz.163.com'))
  t.ok(sameSiteOrSibling('my.example.com.cn', 'bbs.example.com.cn'))
  t.notOk(sameSiteOrSibling('bbs.other.com.cn', 'bbs.example.com.cn'), 'two sites under a generic second level')
  // the link's text names nobody, wherever it is read as a byline
  const { judgeAuthors } = await import('../src/metadata/authors.js')
  t.same(judgeAuthors(['只看该作者']).authors, [])
  t.same(judgeAuthors(['只看楼主']).authors, [])
})

t.test('a blog post\'s `由 阿哲 發表於 …` line names its poster, over the blog\'s name in its owner\'s form', async t => {
  // zh-blogs b175 of session 40's unseen round: a LifeType blog `三星蔥仔的田間日記`, the post by 阿哲
  const html = (line: string): string => '<html><head><meta charset="utf-8"><title>三星蔥仔的田間日記 | 颱風過後</title></head><body>' +
    '<div id="header"><h1><a href="/blog/27">三星蔥仔的田間日記</a></h1></div><div class="post"><h2>颱風過後</h2>' +
    `<div class="postinfo">${line}</div>${POST}</div></body></html>`
  t.same(article(html('由 <a href="/static/27/about">阿哲</a> 發表於 2008/10/12 (日) 21:36 | 分類：<a>種蔥日記</a>')).authors, ['阿哲'])
  t.same(article(html('由 阿哲 发表于 2008-10-12 21:36')).authors, ['阿哲'])
})

t.test('a Xanga entry\'s footer links (`eProps (12)`, `link`, both carrying a `uid=`) name nobody', async t => {
  // zh-blogs b164 of session 40's unseen round: `eprops.aspx?user=sugarkiki&uid=…`, `item.aspx?…&uid=…`
  const { readFileSync } = await import('node:fs')
  const id = 'b164-xanga-hk-hkcee-results-2005-utf8'
  const dir = new URL('fixtures/zh-blogs/', import.meta.url)
  const truth = JSON.parse(readFileSync(new URL(`ground-truth/${id}.json`, dir), 'utf8'))
  const r = processPage({ content: readFileSync(new URL(`html/${id}.html`, dir)), format: 'html', url: truth.url })
  t.same(r.article.authors, [], 'no name rather than a link\'s label')
})

t.test('a board\'s poster named only in the member panel beside the opening post (a cell of profile fields)', async t => {
  // DVBBS, LeoBBS, UBB.classic, phpBB 2 and a home-grown ASP board: `秦岭老猫 论坛元老 注册时间: 2004-08-21 帖子: 1386 来自:
  // 西安雁塔` (data/author-markers.json profileLabels); the panel's action links (`阅读会员资料`) name nobody
  const { readFileSync } = await import('node:fs')
  const dir = new URL('fixtures/zh-blogs/', import.meta.url)
  const read = (id: string): { authors: string[], want: string | null } => {
    const truth = JSON.parse(readFileSync(new URL(`ground-truth/${id}.json`, dir), 'utf8'))
    const r = processPage({ content: readFileSync(new URL(`html/${id}.html`, dir)), format: 'html', url: truth.url })
    return { authors: r.article.authors, want: truth.ground_truth.author }
  }
  for (const id of ['b116-leobbs-xifu-maishou-2005-gb2312', 'b120-dvbbs-angler-forum-2004-gbk',
    'b172-ubbclassic-tw-hiking-qilai-2003-big5', 'b179-phpbb2-subsilver-hacked-xian-ham-2006-gb2312',
    'b183-asp-parenting-forum-kaohsiung-kindergarten-2010-big5']) {
    const { authors, want } = read(id)
    t.same(authors, [want], id)
  }
  // a blog's sidebar box of counts is no panel, nor a diary's neighbour link (`上一篇`) a name
  for (const id of ['b65-fengming-bobao-teahouse-2010-gbk', 'b67-51itc-threadpool-oom-2011-utf8',
    'b144-kaixin-sns-diary-qingdao-2009-utf8']) {
    const { authors, want } = read(id)
    t.same(authors, [want], id)
  }
})

t.test('a Drupal member link in the `submitted` line names the poster; a member\'s home-page tab names nobody', async t => {
  // zh-blogs b194 (a Hong Kong citizen-media blog on Drupal 6: `<a href="/user/4321">阿麥</a> 在 星期三, … 發表`) and
  // b195 (a Bahamut-like member hut whose tabs link the owner's home as `小屋首頁`): session 41's unseen rounds
  const { readFileSync } = await import('node:fs')
  const dir = new URL('fixtures/zh-blogs/', import.meta.url)
  // and b197 (a Perl CGI board's `送交者:`), b202 (Xiuno BBS's member pages `user-58.htm`): the second wave
  for (const [id, want] of [['b194-drupal6-hk-citizen-media-tokwawan-cobbler-2011-utf8', '阿麥'],
    ['b195-bahamut-home-taichung-carcassonne-2012-big5', '夜行的貓'],
    ['b197-perl-threaded-board-wannan-bamboo-bed-2003-gb2312', '苇岸听风'],
    ['b202-xiuno-bbs4-hacked-quanzhou-film-d76-2020-utf8', '老榕树下']]) {
    const truth = JSON.parse(readFileSync(new URL(`ground-truth/${id}.json`, dir), 'utf8'))
    const r = processPage({ content: readFileSync(new URL(`html/${id}.html`, dir)), format: 'html', url: truth.url })
    t.same(r.article.authors, [want], id)
  }
  const tabs = `<html><head><title>${HEADLINE}</title></head><body><div><a href="home.php?owner=cat0912">小屋首頁</a>` +
    `<a href="album.php?owner=cat0912">相簿</a></div><h1>${HEADLINE}</h1>${POST}</body></html>`
  t.same(article(tabs).authors, [], 'the home-page tab names nobody')
})

t.test('a thread of member links by nickname, its title after `主题：`; a headline cut with an ellipsis read whole', async t => {
  // zh-blogs b198 (NetEase's 2005 club: `viewUserInfo.m?nick=…` over each floor, `<b>主题：…</b>` over the thread) and
  // b200 (a Douban topic whose `<h1>` and `<title>` end `有没...`, printed whole in the post's `标题：` box): session 41
  const { readFileSync } = await import('node:fs')
  const dir = new URL('fixtures/zh-blogs/', import.meta.url)
  const read = (id: string): ReturnType<typeof processPage>['article'] => {
    const truth = JSON.parse(readFileSync(new URL(`ground-truth/${id}.json`, dir), 'utf8'))
    return processPage({ content: readFileSync(new URL(`html/${id}.html`, dir)), format: 'html', url: truth.url }).article
  }
  const netease = read('b198-netease-club-wenzhou-shoe-ledger-2005-gbk')
  t.equal(netease.published, '2005-11-26T22:47:12+08:00')
  t.notOk(netease.body.some(b => b.text.includes('写得实在')), 'the replies leave the body')
  t.ok(netease.removed.some(r => r.rule === 'thread-replies'), 'as one removal')
  t.equal(read('b200-douban-group-guiyang-beef-noodle-2013-utf8').title,
    '花溪公园旁边那家开了二十年的牛肉粉店下个月就要拆了，有没有人一起去吃最后几碗')
  const cut = `<html><head><title>${HEADLINE.slice(0, 12)}...</title></head><body><h1>${HEADLINE.slice(0, 12)}...</h1>` +
    `${POST}</body></html>`
  t.equal(article(cut).title, `${HEADLINE.slice(0, 12)}...`, 'printed nowhere whole: as shown')
})

t.test('an empty shell\'s <noscript> content, a badge\'s month-and-day, an SMF poster (session 41\'s third wave)', async t => {
  // zh-blogs b207 (Flarum prints its thread only in `<noscript id="flarum-content">`), b211 (`<span class="y">2011
  // </span><span class="md">09.26</span><span class="wk">Mon</span>`), b204 (`index.php?action=profile;u=56`)
  const { readFileSync } = await import('node:fs')
  const dir = new URL('fixtures/zh-blogs/', import.meta.url)
  const read = (id: string): ReturnType<typeof processPage>['article'] => {
    const truth = JSON.parse(readFileSync(new URL(`ground-truth/${id}.json`, dir), 'utf8'))
    return processPage({ content: readFileSync(new URL(`html/${id}.html`, dir)), format: 'html', url: truth.url }).article
  }
  const flarum = read('b207-flarum-noscript-utc-chengdu-bike-commute-2019-utf8')
  t.ok(flarum.body.some(b => b.text.includes('双流')), 'the thread is read from its <noscript>')
  t.equal(read('b211-tw-magazine-columnist-blog-tainan-lane-2011-big5').published, '2011-09-26')
  t.same(read('b204-smf11-chiayi-orchid-cold-damage-2008-big5').authors, ['阿秀姨'])
  // a <noscript> beside a page with text of its own stays unread (a tracking pixel's, a `please enable JavaScript`)
  const page = `<html><head><title>${HEADLINE}</title></head><body><h1>${HEADLINE}</h1>${POST}${POST}` +
    `<noscript><p>${'请启用浏览器的脚本功能以获得完整体验。'.repeat(30)}</p></noscript></body></html>`
  t.notOk(article(page).body.some(b => b.text.includes('请启用')), 'a page with text: its <noscript> unread')
})

t.test('a badge before the headline, a bilingual banner, `文：` opening an info line, a `Join` link (session 41)', async t => {
  // zh-blogs b220 (`<h2><span class="blog_type original">原</span>Nginx …</h2>`), b219 (`<a href="/Member/Join.asp">加入會員
  // </a>` before the poster's `Profile.asp?MemberID=` link), zh-gov g150 (a Macau bureau's bilingual name set large),
  // zh-news n290 (`文：鄭穎欣 | 發佈日期：…`)
  const { readFileSync } = await import('node:fs')
  const read = (set: string, id: string): ReturnType<typeof processPage>['article'] => {
    const dir = new URL(`fixtures/${set}/`, import.meta.url)
    const truth = JSON.parse(readFileSync(new URL(`ground-truth/${id}.json`, dir), 'utf8'))
    return processPage({ content: readFileSync(new URL(`html/${id}.html`, dir)), format: 'html', url: truth.url }).article
  }
  t.equal(read('zh-blogs', 'b220-oschina-space-blog-shenzhen-nginx-realip-2014-utf8').title,
    'Nginx 反向代理后 Tomcat 拿不到真实 IP：一次排查记录')
  t.same(read('zh-blogs', 'b219-tw-beauty-forum-taichung-sensitive-skin-2009-big5').authors, ['小綿羊愛保養'])
  t.equal(read('zh-gov', 'g150-macau-bureau-aspnet-news-2012-big5hkscs').title, '民署氹仔舊城區新增休憩區 本月底開放')
  t.same(read('zh-news', 'n290-hk-health-portal-formula-recall-hacked-2013-big5hkscs').authors, ['鄭穎欣'])
  const five = `<html><head><title>${HEADLINE} - 天涯论坛</title></head><body><h1>5 ${HEADLINE}</h1>${POST}</body></html>`
  t.equal(article(five).title, `5 ${HEADLINE}`, 'a number before the headline is no badge: the <h1> stands')
})

t.test('a reply\'s subject is no headline; a board\'s category link in brackets around it is no part of the title', async t => {
  // zh-blogs b221 (LeadBBS: `<b>回复：…</b>` over each reply, longer than the post's own subject) and b222 (Discuz! 6:
  // `<h1>[<a href="…typeid=5">经验分享</a>] …</h1>`), session 41's fifth wave
  const { readFileSync } = await import('node:fs')
  const dir = new URL('fixtures/zh-blogs/', import.meta.url)
  const read = (id: string): ReturnType<typeof processPage>['article'] => {
    const truth = JSON.parse(readFileSync(new URL(`ground-truth/${id}.json`, dir), 'utf8'))
    return processPage({ content: readFileSync(new URL(`html/${id}.html`, dir)), format: 'html', url: truth.url }).article
  }
  t.equal(read('b221-leadbbs-baoding-city-wall-repair-stall-2005-gb2312').title, '西城墙根的修车摊，开春就要拆了')
  t.equal(read('b222-discuz6-zhengzhou-parenting-rated-weaning-2008-gbk').title, '宝宝六个月开始加辅食，我家这一个多星期的流水账')
})

t.test('a thread\'s link to its poster\'s posts alone names a member only by an id that is one (`uid=0` is nobody\'s)', async t => {
  const { load } = await import('cheerio')
  const { onlyPosterId } = await import('../src/parse/html/members.js')
  const link = (href: string): Parameters<typeof onlyPosterId>[0] =>
    load(`<a href="${href}">只看该作者</a>`)('a')[0]
  t.equal(onlyPosterId(link('read.php?tid=384521&uid=10472&toread=1')), '10472')
  t.equal(onlyPosterId(link('read.php?tid=384521&uid=0&toread=1')), undefined, 'a guest\'s or an unfilled id')
  t.equal(onlyPosterId(link('read.php?tid=384521&uid=000&toread=1')), undefined)
  t.equal(onlyPosterId(link('read.php?tid=384521&uid=007&toread=1')), '007')
})

t.test('a quotation of another post inside a reply is no info line: its header names the quoted member', async t => {
  const { load } = await import('cheerio')
  const { holdsQuotation, inQuotation } = await import('../src/parse/html/discussion.js')
  // vBulletin 3's quote: a label line, then the quoted post's table
  const $ = load('<div id="post_message_2"><div style="margin:20px"><div class="smallfont">引用:</div><table><tr>' +
    '<td class="alt2"><div id="q">作者: <strong>藍莓派派</strong></div><div>請問麥芽糖一小塊大概是多少公克？</div></td></tr>' +
    '</table></div>大約二十公克。</div><div id="own">作者: 小麥田</div><div>回覆 | <a href="?do=quote">引用</a></div>')
  const el = (sel: string): Parameters<typeof inQuotation>[0] => $(sel)[0]
  t.ok(inQuotation(el('#q')), 'the quoted header, under the label')
  t.ok(holdsQuotation(el('#post_message_2') as Parameters<typeof holdsQuotation>[0]), 'the reply that quotes')
  t.notOk(inQuotation(el('#own')), 'a header of its own')
  t.notOk(holdsQuotation($('div').last()[0]), 'a post\'s `引用` action link quotes nothing')
  t.ok(inQuotation(load('<blockquote><p id="b">原帖由 老王 于 2009-3-1 发表</p></blockquote>')('#b')[0]), 'a blockquote')
})

t.test('a thread whose posters link XenForo, phpBB 3 or Invision member pages: the replies leave the body', async t => {
  const reply = '我上个月也去过那条路线，补充一句：山顶的凉亭周末人很多，最好早上七点前出发，下山时记得带上头灯以防天黑。'
  const post = (n: number, href: string, text: string): string =>
    `<article class="message message--post" id="js-post-${400 + n}"><div class="message-user">` +
    `<a href="${href}" class="username">会员${n}</a></div><div class="bbWrapper">${text}</div></article>`
  const page = (href: (n: number) => string): string => '<html><head><title>周末爬山记 | 行山论坛</title></head><body>' +
    '<h1>周末爬山记</h1><div class="block-body">' + post(1, href(1), POST) +
    [2, 3, 4].map(n => post(n, href(n), `${reply}（${n}楼）`)).join('') + '</div></body></html>'
  const bodyOf = (html: string): string => article(html).body.map(b => b.text).join('\n')
  for (const [name, href] of [
    ['XenForo', (n: number) => `/members/hiker${n}.${2230 + n}/`],
    ['XenForo, by number', (n: number) => `/members/${2230 + n}/`],
    ['phpBB 3', (n: number) => `./memberlist.php?mode=viewprofile&u=${218 + n}`],
    ['Invision Community', (n: number) => `https://bbs.example.org/profile/${2230 + n}-hiker${n}/`]
  ] as const) {
    const body = bodyOf(page(href))
    t.match(body, /阔别多年的家乡/, `${name}: the opening post stays`)
    t.notMatch(body, /山顶的凉亭/, `${name}: the replies go`)
  }
  // a site's member pages that name no member (a join page, a list) make no thread of the posts
  t.match(bodyOf(page(() => '/members/join/')), /山顶的凉亭/, 'a join page links nobody')

  // zh-blogs b295 (session 45's second wave), a XenForo 2 thread: its five replies were kept (body F1 0.78)
  const { readFileSync } = await import('node:fs')
  const id = 'b295-xenforo2-macau-hiking-board-2021-utf8'
  const dir = new URL('fixtures/zh-blogs/', import.meta.url)
  const body = bodyOf(readFileSync(new URL(`html/${id}.html`, dir), 'utf8'))
  t.notMatch(body, /推 BB 車都得|手電筒一定要帶/, 'b295: no reply')
  t.match(body, /九澳水庫/, 'b295: the opening post')
})

t.test('a blog box headed `<h3 id="comments">` or `id="trackback"` is that section, though its class is the entry\'s', async t => {
  const comment = '<div id="c1542"><p>看到这段我也想起了外婆的老缝纫机，后来被表哥拿去当了桌子底座，每次想起来都觉得可惜又好笑。</p></div>' +
    '<p class="posted">Posted by: 阿布 at 2004年05月08日 00:42</p>'
  const page = (heading: string): string => '<html><head><title>回家过年 - 米粒的杂货店</title></head><body>' +
    '<div id="container"><div class="content"><h2>回家过年</h2>' + POST + '</div>' +
    `<div class="content">${heading}${comment.repeat(3)}</div></div></body></html>`
  const bodyOf = (html: string): string => article(html).body.map(b => b.text).join('\n')
  for (const heading of ['<h3 id="comments">迴響</h3>', '<a id="p412"></a><h3 class="trackbacks-header">引用</h3>']) {
    const r = article(page(heading))
    t.match(bodyOf(page(heading)), /阔别多年的家乡/, `${heading}: the entry stays`)
    t.notMatch(bodyOf(page(heading)), /缝纫机/, `${heading}: the section goes`)
    t.ok(r.removed.some(x => (x.reason ?? '').includes('a section headed by')), 'listed with its reason')
  }
  // a heading so marked that is not the box's first element names no section: the box's own text before it stays
  const inside = page('<p>这是正文的最后一段：老房子的钥匙，我交给了三叔保管，等明年春天再回去看看。</p><h3 id="comments">迴響</h3>')
  t.match(bodyOf(inside), /老房子的钥匙/, 'text before the heading')

  // zh-blogs b297 (session 45's second wave), a Movable Type 3 entry: trackbacks and five comments were kept (0.81)
  const { readFileSync } = await import('node:fs')
  const id = 'b297-movable-type-taiwan-family-memoir-2004-big5'
  const r = processPage({ content: readFileSync(new URL(`fixtures/zh-blogs/html/${id}.html`, import.meta.url)), format: 'html' })
  const body = r.article.body.map(b => b.text).join('\n')
  t.notMatch(body, /神桌底座|本文的引用網址/, 'b297: no comment, no trackback')
  t.match(body, /裁縫車/, 'b297: the entry')
})

t.test('a blog\'s owner named only in its owner box (`博主档案`, `个人资料`) is the writer (session 46)', async t => {
  const blog = (box: string, title = `<title>${HEADLINE} - 濠江边的小日子 - 天涯博客</title>`): string =>
    `<html><head>${title}</head><body><div id="left"><div class="box">${box}</div></div>` +
    `<div id="main"><h2>${HEADLINE}</h2>${POST}</div></body></html>`
  t.same(article(blog('<h3>博主档案</h3><div><img src="/a.jpg"><br><b><a href="http://my.tianya.cn/28806514">濠江阿May</a>' +
    '</b><br>性别：女 所在地：澳门</div>')).authors, ['濠江阿May'], 'a Tianya-style box')
  t.same(article(blog('<div class="SG_connHead"><span class="title">个人资料</span></div><div class="SG_connBody">' +
    '<div class="info_nm"><img src="/i.gif"><span><strong id="ownernick">青石巷老陈</strong></span></div>' +
    '<div class="info_btn">微博 加好友 发纸条</div></div>')).authors, ['青石巷老陈'], 'a Sina-style module')
  t.same(article(blog('<h3>关于我们</h3><div><b>濠江传媒有限公司</b></div>')).authors, [], '`关于我们` is a company\'s')
  t.same(article(blog('<h3>博主档案</h3><div><p>这个博客记录我在澳门的日常生活。</p><b>濠江阿May</b></div>')).authors, [],
    'the box\'s first text decides: a sentence before any name')
  t.same(article(blog('<ul class="nav"><li><a href="/about"><span>关于我</span><span class="en">About</span></a></li></ul>'))
    .authors, [], 'a menu\'s link is no box\'s heading')
  // a blog named after its owner with the Cantonese possessive (`大埔阿Sam嘅自留地`) is no site the name is short for
  t.same(article(blog('<h3>博主档案</h3><div><b>大埔阿Sam</b></div>', `<title>${HEADLINE} - 大埔阿Sam嘅自留地 - MySinaBlog</title>`))
    .authors, ['大埔阿Sam'], 'the blog\'s name in the owner\'s possessive')
  // zh-blogs b303 and b309 (session 46's unseen round), b149, b228, b290 (sessions 39, 42, 45): the owner box alone
  const { readFileSync } = await import('node:fs')
  const dir = new URL('fixtures/zh-blogs/', import.meta.url)
  for (const id of ['b303-tianya-blog-macau-food-day-2009-gbk', 'b309-sina-blog-blog7-essay-2015-utf8',
    'b149-people-qgblog-village-bookroom-2009-gbk-declgb2312', 'b228-mysinablog-hk-taipo-herbal-tea-2009-big5hkscs-declbig5']) {
    const truth = JSON.parse(readFileSync(new URL(`ground-truth/${id}.json`, dir), 'utf8'))
    const r = processPage({ content: readFileSync(new URL(`html/${id}.html`, dir)), format: 'html', url: truth.url })
    t.same(r.article.authors, [truth.ground_truth.author], id)
  }
})

t.test('a Discuz! Q thread: an edit stamp\'s relative time is no post time; the author box\'s signature no name', async t => {
  // zh-blogs b307 (session 46's unseen round): `最后编辑于 昨天 08:02` under the title, `3天前` in the poster's card above
  // it; `<div class="authorInfo_sign__3Yw0K">只有一个朝西的阳台，也想种出一片菜园</div>` beside the name in the side card
  const { readFileSync } = await import('node:fs')
  const id = 'b307-discuz-q-v3-balcony-garden-community-2021-utf8'
  const dir = new URL('fixtures/zh-blogs/', import.meta.url)
  const truth = JSON.parse(readFileSync(new URL(`ground-truth/${id}.json`, dir), 'utf8'))
  const r = processPage({
    content: readFileSync(new URL(`html/${id}.html`, dir)), format: 'html', url: truth.url, fetchedAt: truth.fetched_at
  })
  t.equal(r.article.published?.slice(0, 10), '2021-09-14', 'three days before the fetch, not the edit\'s yesterday')
  t.same(r.article.authors, ['番茄不红不摘'], 'the poster, not the signature')
  const card = (sign: string): string => `<html><head><title>${HEADLINE} - 社区</title></head><body><h1>${HEADLINE}</h1>` +
    `${POST}<div class="authorInfo_top"><div class="authorInfo_name">番茄不红不摘</div>${sign}</div></body></html>`
  t.same(article(card('<div class="authorInfo_sign__3Yw0K">也想种出一片菜园</div>')).authors, ['番茄不红不摘'], 'a hashed sign class')
  t.same(article(card('<div class="author_signature">也想种出一片菜园</div>')).authors, ['番茄不红不摘'], 'a signature')
})

t.test('a listing\'s last-post cell (`最后发表 作者: X`, MyBB\'s similar threads) is no info line of the page', async t => {
  // zh-blogs b300 (session 46's unseen round): the similar-threads table under a MyBB thread named another thread's
  // last replier, read as the thread's author
  const { readFileSync } = await import('node:fs')
  const id = 'b300-mybb-18-nz-chinese-board-car-wof-2019-utf8'
  const html = readFileSync(new URL(`fixtures/zh-blogs/html/${id}.html`, import.meta.url))
  t.notSame(article(html.toString()).authors, ['北岸老李'], 'no other thread\'s last replier')
  const page = (cell: string): string => `<html><head><title>${HEADLINE}</title></head><body><h1>${HEADLINE}</h1>${POST}` +
    `<table><tr><td><a href="/t/2">另一个帖子</a></td><td><span>02-02-2019, 07:26 PM<br><a href="/t/2?last">最后发表</a> ${cell}` +
    '</span></td></tr></table></body></html>'
  t.same(article(page('作者: 北岸老李').replace('最后发表', '发表')).authors, ['北岸老李'], 'a plain `作者:` field is read')
})
