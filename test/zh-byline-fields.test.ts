/**
 * A byline's box holds more than names, and names come written more than one way: what is cut around them and what is
 * read, each a class found by session 45's unseen round (test/fixtures/zh-blogs, zh-org), pinned on small pages.
 */
import t from 'tap'
import { processPage, type PageResult } from '../src/pipeline.js'

const PROSE = '今年春节前后南方遭遇罕见雪灾，回家的路变得格外漫长，我在广州火车站广场上等了整整三天才挤上车。'
const page = (head: string, box: string, after = ''): string =>
  `<html><head><title>回家过年</title>${head}</head><body><h1>回家过年</h1>${box}` +
  `<div class="content"><p>${PROSE}</p><p>${PROSE}一</p><p>${PROSE}二</p>${after}</div></body></html>`
const authors = (html: string): string[] => processPage({ content: html, format: 'html' }).article.authors

t.test('the next field\'s label, its date cut, is no second name', async t => {
  // zh-blogs b287: a Tianya-style board's header line in an `id="firstAuthor"` box
  const box = (label: string): string => '<div id="firstAuthor"><table><tr><td align="center">作者：<a href="/u/1">老柿子树下' +
    `</a>　${label}：2008-2-17 21:46:00　访问：3287　回复：41</td></tr></table></div>`
  t.same(authors(page('', box('提交日期'))), ['老柿子树下'], 'a board\'s 提交日期')
  t.same(authors(page('', box('更新时间'))), ['老柿子树下'], 'any label before the cut date')
  t.same(authors(page('', '<div class="author">作者：张三　李四</div>')), ['张三', '李四'], 'two names, no label after them')
})

t.test('a Chinese name and the romanization of its login in one author tag are one writer', async t => {
  // zh-blogs b291: an L-Blog personal blog's `<meta name="author" content="阿木,amu">`
  const tag = (content: string): string => `<meta name="author" content="${content}">`
  t.same(authors(page(tag('阿木,amu'), '')), ['阿木'], 'a login in pinyin')
  t.same(authors(page(tag('阿木，amu'), '')), ['阿木'], 'after a full-width comma')
  t.same(authors(page(tag('阿木,Jack Smith'), '')), ['阿木', 'Jack Smith'], 'a capitalized name is a second person')
  t.same(authors(page(tag('阿木,xyzzy'), '')), ['阿木', 'xyzzy'], 'a lower-case word that is no pinyin stays')
})

t.test('a WeChat article\'s credits between bars name the writer, and are no menu', async t => {
  // zh-org o118 (closing the text) and zh-gov g137 (pasted Xiumi markup) of sessions 45 and 40's unseen rounds
  const closing = (credit: string): PageResult => processPage({
    content: page('', '', `<p>${credit}</p><p>编辑｜吴悠　审核｜周德明</p><p>—END—</p>`), format: 'html'
  })
  const wechat = closing('文字｜陈嘉禾　摄影｜谭婷')
  t.same(wechat.article.authors, ['陈嘉禾'], '文字 before a bar')
  t.same(wechat.article.editors.filter(e => e.role === 'photographer').map(e => e.name), ['谭婷'], 'the photographer')
  t.notOk(wechat.article.removed.some(r => r.rule === 'menu-line'), 'no menu line')
  t.same(closing('撰文｜陈嘉禾').article.authors, ['陈嘉禾'], '撰文 before a bar')
  t.same(closing('首页｜新闻｜关于我们').article.authors, [], 'a menu between bars names nobody')
})

t.test('credits between bars after the text: the editors read, who supplied a picture named nobody', async t => {
  const editors = (line: string): string[] => processPage({
    content: page('', '', `<p>文字｜陈嘉禾</p><p>${line}</p>`), format: 'html'
  }).article.editors.map(e => `${e.role}:${e.name}`)
  t.same(editors('编辑｜吴悠　审核｜周德明'), ['editor:吴悠', 'reviewer:周德明'], 'zh-org o118 of session 45')
  t.same(editors('编辑｜阿桃　排版｜小鹿　图片｜作者提供'), ['editor:阿桃', 'layout:小鹿'], 'zh-blogs b117 of session 38')
  t.same(editors('编辑：阿桃　图片：网友供图'), ['editor:阿桃'], 'with colons')
})

t.test('a writer\'s post in brackets after the name, the byline opening the text over the site\'s account', async t => {
  // zh-org o126 (a Wix post under the NGO's account) and o120 (a Squarespace post under a team account), session 45
  const post = (meta: string, line: string): PageResult => processPage({
    content: page(`<meta name="author" content="${meta}">`, '').replace('<div class="content">',
      `<div class="content"><p>${line}</p>`),
    format: 'html'
  })
  t.same(post('溪流守護聯盟 秘書處', '文／林彥廷（台灣溪流守護聯盟政策研究員）').article.authors, ['林彥廷'], 'a post in brackets')
  const shot = post('Reclaim Team', '文：陳穎芝（項目統籌）｜攝影：何子軒').article
  t.same(shot.authors, ['陳穎芝'], 'a post, then a bar before the photographer')
  t.same(shot.editors.map(e => `${e.role}:${e.name}`), ['photographer:何子軒'], 'the photographer')
  t.same(post('Reclaim Team', '文：陳穎芝(項目統籌)').article.authors, ['陳穎芝'], 'ASCII brackets')
})

t.test('slash credits opening an info line that goes on to a labelled date', async t => {
  // zh-gov g185 of session 45's second wave: a 2005 provincial department's ASP page
  const read = (line: string): { authors: string[], editors: string[] } => {
    const a = processPage({ content: page('', `<div class="info">${line}</div>`), format: 'html' }).article
    return { authors: a.authors, editors: a.editors.map(e => `${e.role}:${e.name}`) }
  }
  t.same(read('文/刘建华 周敏　图/王涛　来源：厅办公室　发布时间：2005-4-8 16:35:02　点击数：1327'),
    { authors: ['刘建华', '周敏'], editors: ['photographer:王涛'] }, 'the writers and the photographer')
  t.same(read('文/刘建华　发布时间：2005-4-8'), { authors: ['刘建华'], editors: [] }, 'the writer alone before the date')
})

t.test('a blog post\'s footer or label names its poster in Han: the display name, over the login in the markup', async t => {
  const post = (head: string, cls: string, line: string): string[] => authors(
    `<html><head><title>回家过年</title>${head}</head><body><h3>回家过年</h3><div class="entry"><p>${PROSE}</p>` +
    `<p>${PROSE}一</p><p>${PROSE}二</p></div><p class="${cls}">${line}</p></body></html>`)
  // zh-blogs b297 of session 45's second wave: Movable Type 3's zh_TW footer
  t.same(post('', 'posted', 'Posted by 米粒 at 2004年05月07日 23:21 | 分類：家人'), ['米粒'], 'a Chinese date after `at`')
  // zh-blogs b296: Bo-Blog's post label, the login in the author tag
  const login = '<meta name="author" content="alan">'
  t.same(post(login, 'textbox-label', '[ 2010/05/07 21:14 | by 阿澜 ]'), ['阿澜'], 'the time, then `by`, in brackets')
  t.same(post(login, 'textbox-label', 'by 阿澜'), ['阿澜'], 'the display name over the login')
  t.same(post('<meta name="author" content="Alan Chen">', 'textbox-label', 'by 阿澜'), ['Alan Chen'],
    'a name in the markup is no login')
})

t.test('a thread\'s link to the opening poster\'s posts names the poster by its id, whatever the label or parameter', async t => {
  const thread = (only: string, cls: string): string[] => authors('<html><head><title>回家过年_论坛</title></head><body>' +
    '<h1>回家过年</h1><div class="post"><div class="user-info"><a class="avatar" href="https://bbs.example.cn/u/2718350">' +
    '<img src="a.jpg" alt=""></a><a class="user-name" href="https://bbs.example.cn/u/2718350">糖豆妈咪2018</a>' +
    `<span class="user-level">LV7 金牌妈妈</span></div><div class="post-meta"><span>发表于 前天 21:07</span> <a class="${cls}" ` +
    `href="https://bbs.example.cn/thread-3847-1-1.html?${only}</a></div>` +
    `<div class="post-content"><p>${PROSE}</p><p>${PROSE}一</p><p>${PROSE}二</p></div></div></body></html>`)
  // zh-blogs b289 of session 45's unseen round: a 妈妈网-style board's `只看TA`, its class saying author
  t.same(thread('authorid=2718350">只看TA', 'only-author'), ['糖豆妈咪2018'], '只看TA, classed `only-author`')
  // zh-blogs b294 of the second wave: a car club's `onlyuid=`
  t.same(thread('onlyuid=2718350">只看楼主', 'fn-ml10'), ['糖豆妈咪2018'], 'a parameter named as a user id')
})

t.test('a writer\'s label alone in an author-named element is a column\'s heading, no name', async t => {
  // zh-blogs b288 of session 45's unseen round: SMF 2's topic bar, then the poster beside the first post
  const smf = (label: string): string[] => processPage({
    content: '<html><head><title>麥徑第二段遊記</title></head><body>' +
      `<h3 class="catbg"><span id="author">${label}</span> 主題: 麥徑第二段遊記 (閱讀 1532 次)</h3>` +
      '<div class="post_wrapper"><div class="poster"><h4><a href="http://forum.example.hk/index.php?action=profile;u=233">' +
      `阿松</a></h4></div><div class="post"><p>${PROSE}</p><p>${PROSE}一</p><p>${PROSE}二</p></div></div></body></html>`,
    format: 'html',
    url: 'http://forum.example.hk/index.php?topic=4821.0'
  }).article.authors
  t.same(smf('作者'), ['阿松'], '作者')
  t.same(smf('樓主'), ['阿松'], '樓主')
})

t.test('a bracketed field of two names closes after the second: both are read (session 46)', async t => {
  // zh-gov g191: a Lotus Domino customs page's info line of bracketed fields
  const line = (names: string): string => `<div class="info">【作者：${names}】　【来源：沧澜海关办公室】　【发布日期：2006年08月09日】</div>`
  t.same(authors(page('', line('孙立群　邓伟'))), ['孙立群', '邓伟'], 'a full-width space between them')
  t.same(authors(page('', line('孙立群 邓伟'))), ['孙立群', '邓伟'], 'a space')
  t.same(authors(page('', line('孙立群'))), ['孙立群'], 'one name')
  t.same(authors(page('', '<div class="info">（作者：孙立群 邓伟）</div>')), ['孙立群', '邓伟'], 'in round brackets')
  const { parseInfoLine } = await import('../src/text/fields.js')
  t.same(parseInfoLine('【作者：孙立群　邓伟】　【来源：沧澜海关办公室】', null)?.fields.map(f => f.value),
    ['孙立群　邓伟', '沧澜海关办公室'], 'the value without the bracket its label opened')
  t.same(parseInfoLine('来源：南江日报（记者 陈晓）', null)?.fields.map(f => f.value), ['南江日报', '记者 陈晓'],
    'a bracket the label did not open stays the value\'s (a paper and its reporter)')
})

t.test('reporters the markup gives in Latin letters are the byline\'s Han names the page prints (session 46)', async t => {
  // zh-news n360: a US Chinese daily's meta tags and JSON-LD name `Chia-Min Yen, Po-Yu Chen`, its byline
  // `記者顏嘉敏、陳柏宇／紐約報導`
  const { readFileSync } = await import('node:fs')
  const id = 'n360-us-chinese-daily-flushing-2019-utf8'
  const html = readFileSync(new URL(`fixtures/zh-news/html/${id}.html`, import.meta.url), 'utf8')
  t.same(authors(html), ['顏嘉敏', '陳柏宇'], 'the printed names')
  // a byline of one reporter under markup of two in Latin letters: the page's own credit still (the markup's
  // second name is not printed)
  t.same(authors(html.replace('記者顏嘉敏、陳柏宇／紐約報導', '記者顏嘉敏、林思妤／紐約報導')), ['顏嘉敏', '林思妤'],
    'the byline as printed, whatever the markup says')
})

t.test('a blog post\'s footer line after a `<br>` names the poster; its own linked title is no teaser (session 46)', async t => {
  // zh-blogs b310: BlogBus's `p.postFoot`, `posted by` on its second line, under a title linked to its own address
  // that puts the series' name before the `<title>`'s part
  const post = (heading: string, foot: string): string => '<html><head><title>林间笔记 | 第一个冬天</title></head><body>' +
    `<div class="post"><h2 class="date">2006-03-19</h2>${heading}<div class="postBody"><p>${PROSE}</p><p>${PROSE}一</p>` +
    `</div><p class="postFoot">${foot}</p></div></body></html>`
  const linked = '<h3 class="title"><a href="/logs/2006/03/2387651.html">海德堡手记（三）：第一个冬天</a></h3>'
  const foot = 'Tag: <a href="/tag/1">留学</a> | 分类：<a href="/c1">海德堡手记</a><br />posted by 林间 at 23:41 | <a href="#cmt">评论(5)</a>'
  t.same(authors(post(linked, foot)), ['林间'], 'the footer\'s second line')
  t.same(authors(post('<h3 class="title">海德堡手记（三）：第一个冬天</h3>', foot)), ['林间'], 'an unlinked title')
  const other = '<h3 class="title"><a href="/logs/2006/03/2341276.html">读《德意志的历史时刻》</a></h3>'
  t.same(authors(post(other, foot)), [], 'under another post\'s linked title: that post\'s footer')
  const { readFileSync } = await import('node:fs')
  const id = 'b310-blogbus-heidelberg-student-2006-gb2312'
  const html = readFileSync(new URL(`fixtures/zh-blogs/html/${id}.html`, import.meta.url))
  t.same(processPage({ content: html, format: 'html' }).article.authors, ['林间'], id)
})

t.test('a Taiwan office\'s table of particulars: padded labels, a zero-padded Minguo year, the headline (session 46)', async t => {
  // zh-gov g190: `標　　題`, `發布日期 099-10-14`, `撰 稿 人 觀光課　黃淑芬` under `<title>苗栗縣桐林鄉公所-最新消息`
  const { parseInfoCells } = await import('../src/text/fields.js')
  const { parseDate } = await import('../src/text/date.js')
  t.equal(parseDate('099-10-14', {})?.slice(0, 10), '2010-10-14', 'a year padded to three digits')
  t.equal(parseDate('099年10月14日', {})?.slice(0, 10), '2010-10-14')
  t.equal(parseDate('113-05-20', {})?.slice(0, 10), '2024-05-20', 'a three-digit year as before')
  const cells = parseInfoCells(['撰 稿 人', '觀光課　黃淑芬', '發布日期', '099-10-14'], null)
  t.same(cells.flatMap(c => c.fields.map(f => [f.field, f.value])), [['author', '觀光課　黃淑芬'], ['published', '2010-10-14']],
    'a label padded to its column\'s width')
  const { readFileSync } = await import('node:fs')
  const id = 'g190-php-table-tw-township-office-news-2010-big5'
  const dir = new URL('fixtures/zh-gov/', import.meta.url)
  const truth = JSON.parse(readFileSync(new URL(`ground-truth/${id}.json`, dir), 'utf8'))
  const a = processPage({ content: readFileSync(new URL(`html/${id}.html`, dir)), format: 'html', url: truth.url }).article
  t.equal(a.title, '桐林鄉柿餅節10月23日登場 邀您上山品嚐秋日甜蜜', 'the table\'s title under a <title> of site and section')
  t.equal(a.published?.slice(0, 10), '2010-10-14')
  t.same(a.authors, ['黃淑芬'], 'the section (`觀光課`) is no writer')
  t.equal(a.source, '觀光課')
})

t.test('a school\'s class before its student writer is no name (`中五信班 黃詠琳`, session 46)', async t => {
  // zh-org o129: a Hong Kong secondary school's closing credit `撰文／攝影：中五信班 黃詠琳`
  const { isChineseOrganization } = await import('../src/text/org-names.js')
  t.ok(isChineseOrganization('中五信班'), 'a form-five class')
  t.ok(isChineseOrganization('果樹產銷班'), 'a production team')
  t.notOk(isChineseOrganization('魯班'), 'two characters: a name')
  const { readFileSync } = await import('node:fs')
  const id = 'o129-classic-asp-hk-secondary-school-news-2009-big5hkscs'
  const html = readFileSync(new URL(`fixtures/zh-org/html/${id}.html`, import.meta.url))
  t.same(processPage({ content: html, format: 'html' }).article.authors, ['黃詠琳'], id)
})

t.test('a closing credit of a unit and the writer\'s post, then the name: the writer (session 46)', async t => {
  // zh-org o131: a private hospital's health article, `作者：佚名` on its info line, the writer in `（本院儿科主任医师 孙丽华）`
  const credit = (c: string): string[] => authors(page('', '', `<p>${c}</p>`))
  t.same(credit('（本院儿科主任医师 孙丽华）'), ['孙丽华'], 'a department and a physician\'s rank')
  t.same(credit('（心血管内科副主任医师 孙丽华）'), ['孙丽华'])
  t.same(credit('（本院儿科 孙丽华）'), ['孙丽华'], 'a unit alone, as before')
  t.same(credit('（本院儿科提供 孙丽华）'), [], 'no title, no unit: nothing')
  const { readFileSync } = await import('node:fs')
  const id = 'o131-asp-2008-template-private-hospital-health-article-2009-gb2312'
  const html = readFileSync(new URL(`fixtures/zh-org/html/${id}.html`, import.meta.url))
  const a = processPage({ content: html, format: 'html' }).article
  t.same(a.authors, ['孙丽华'], id)
  t.notMatch(a.body.map(b => b.text).join('\n'), /本院儿科主任医师/, 'the credit leaves the text')
})
