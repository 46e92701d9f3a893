/**
 * Session 52: the open pages of earlier unseen rounds and the classes of session 52's unseen wave. A program's credit
 * in a `<title>` (`… - Powered by Discuz!`) is no part that can be the headline, so the walk from the printed headline
 * reaches the opening post's `发表于 2006-7-18 09:35` (Discuz! 5).
 */
import t from 'tap'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { processPage } from '../src/pipeline.js'
import { endsLikeSiteName } from '../src/text/site-words.js'
import { cleanTitle } from '../src/metadata/title.js'
import { isMemberPage } from '../src/parse/html/members.js'
import type { Article } from '../src/types.js'

const article = (set: string, id: string): Article => {
  const dir = join('test', 'fixtures', set)
  const file = readdirSync(join(dir, 'html')).find(f => f.startsWith(`${id}-`))!
  const gt = JSON.parse(readFileSync(join(dir, 'ground-truth', file.replace(/\.html$/, '.json')), 'utf8')) as
    { url?: string, fetched_at?: string }
  const fetched = gt.fetched_at !== undefined ? { fetchedAt: gt.fetched_at } : {}
  return processPage({ content: readFileSync(join(dir, 'html', file)), format: 'html', url: gt.url, ...fetched }).article
}

t.test('a program\'s credit in a <title> is no headline: the post\'s date after the printed one is read', async t => {
  t.ok(endsLikeSiteName('Powered by Discuz!'), 'Discuz!')
  t.ok(endsLikeSiteName('Powered by phpwind.net'), 'phpwind')
  t.notOk(endsLikeSiteName('Powered by love and a small stove: our first winter'), 'a headline that opens so is long')
  const discuz5 = article('zh-blogs', 'b337')
  t.equal(discuz5.published?.slice(0, 10), '2006-07-18', 'Discuz! 5: `发表于 2006-7-18 09:35` under the title row')
  t.same(discuz5.authors, ['老马识途'])
  const page = '<html><head><title>春季水库钓鲫鱼心得 - 综合交流 - 某某论坛 - Powered by Discuz!</title></head><body>' +
    '<div>标题: 春季水库钓鲫鱼心得</div><table><tr><td><a href="space.php?uid=7">钓友甲</a><div>积分 12</div></td><td>' +
    '<div><div class="right"><a href="#">回复</a> | <a href="#">引用</a></div><img src="a.gif"> 发表于 2008-3-9 10:02 <a href="#">只看该作者</a></div>' +
    '<div>开春以后水温回升，鲫鱼开始靠边觅食。我连续三个周末去了同一个水库，每次都有二三十条的收获，这里把用饵和找口的心得写下来，供各位参考。' +
    '窝子要打得小而准，饵料以腥香为主，早上七点到十点是最好的时段。</div></td></tr></table></body></html>'
  const a = processPage({ content: Buffer.from(page), format: 'html' }).article
  t.equal(a.published?.slice(0, 10), '2008-03-09', 'a headline shorter than the credit')
})

t.test('a labelled date in a table layout\'s <font>, and a spaced hyphen as the label\'s colon', async t => {
  t.equal(article('zh-blogs', 'b365').published?.slice(0, 10), '2002-03-17',
    'Snitz Forums 2000: `<font size="1">Posted - 03/17/2002 : 20:41:37</font>` in the cell that holds the post')
  t.equal(article('zh-news', 'n118').published?.slice(0, 10), '2006-03-07',
    'a UK weekly of 2006: `发布时间：07/03/2006 17:45（伦敦时间）` in a <font>, day first on a .co.uk page')
  const post = (label: string): string => '<html><head><title>三尺缸養七彩神仙半年心得</title></head><body><table><tr>' +
    '<td><b>阿Ken</b></td><td><font size="1">' + label + ' 03/17/2002 : 20:41:37</font><hr><font size="2">' +
    '養七彩神仙半年，由最初三條幼魚到而家八條，水質同餵食都試過唔少方法，今日寫低一啲心得同大家分享。換水每星期兩次，每次三成，' +
    '水溫保持二十八度左右，餵食以牛心漢堡為主，間中加紅蟲。</font></td></tr></table></body></html>'
  const at = (html: string): string | undefined =>
    processPage({ content: Buffer.from(html), format: 'html' }).article.published?.slice(0, 10)
  t.equal(at(post('Posted -')), '2002-03-17', 'Posted - …')
  t.equal(at(post('Posted:')), '2002-03-17', 'Posted: …')
  t.not(at(post('Reposted-')), '2002-03-17', 'no label glued to a hyphen inside a word')
})

const htmlBody = (html: string, url?: string): string =>
  processPage({ content: Buffer.from(html), format: 'html', ...(url !== undefined ? { url } : {}) }).article.body
    .map(b => b.text).join('\n')
const QUESTION = '坐标杭州，阳台朝南，养了两年多的一棵桃美人，前天早上浇水的时候发现靠近土面的两片叶子发黑发软，一碰就掉。' +
  '今天再看，茎干靠近根的地方也有一圈黑色，用手捏有点软，闻起来有一点酸味。上网查了一下，好像是黑腐病，不知道要切到什么程度才算干净。'
const ANSWER = (n: number): string => `第${n}个回答：看照片是典型的黑腐，而且已经上了茎干，要尽快处理，拖两天整棵都会化水。` +
  '用酒精擦过的刀，从黑的地方往上一片一片切，每切一刀看切面，直到切面是干净的浅绿色为止。切好的头放在阴凉通风的地方晾五到七天。'

t.test('a form that holds a post and no field to fill in is the post, not page chrome', async t => {
  const b404 = article('zh-blogs', 'b404')
  t.match(b404.body.map(b => b.text).join('\n'), '坐标杭州', 'Question2Answer: the question inside its vote form')
  const page = (inside: string): string => '<html><body><h1>夏天多肉黑腐了还能救回来吗</h1>' +
    `<form method="post" action="/3217/"><div><p>${QUESTION}</p></div>${inside}</form>` +
    '<div><p>页脚 版权所有</p></div></body></html>'
  t.match(htmlBody(page('<input type="submit" value="回答"><input type="hidden" name="code" value="1">')), '坐标杭州',
    'buttons and hidden values only: the post stays')
  t.notMatch(htmlBody(page('<input type="email" name="mail"><input type="submit" value="订阅">') +
    `<p>${'正文'.repeat(200)}。</p>`), '坐标杭州', 'a field to fill in: a form, its prose a pitch or a notice, goes')
})

t.test('a Q&A page\'s answers go when its question item has text; an answer\'s own page and a FAQ keep them', async t => {
  const qa = (answerAttrs: (n: number) => string, wrapper = 'itemscope itemtype="https://schema.org/Question"'): string =>
    `<html><body><div ${wrapper}><h1 itemprop="name">夏天多肉黑腐了，切掉腐烂部分后还能救回来吗？</h1>` +
    `<div itemprop="text"><p>${QUESTION}</p></div>` +
    [1, 2].map(n => `<div ${answerAttrs(n)}><div itemprop="text"><p>${ANSWER(n)}</p></div></div>`).join('') +
    '</div></body></html>'
  const answer = (n: number): string => `itemprop="${n === 1 ? 'acceptedAnswer' : 'suggestedAnswer'}" itemscope ` +
    'itemtype="https://schema.org/Answer"'
  const text = htmlBody(qa(answer), 'https://wenda.example.com/3217/')
  t.match(text, '坐标杭州', 'the question stays')
  t.notMatch(text, '看照片是典型的黑腐', 'the answers go')
  const own = (n: number): string => `${answer(n)}><meta itemprop="url" content="https://wenda.example.com/q/1/answer/${n}"`
  t.match(htmlBody(qa(own), 'https://wenda.example.com/q/1/answer/1'), '第1个回答', 'an answer\'s own page keeps it')
  t.match(htmlBody(qa(answer, 'itemscope itemtype="https://schema.org/FAQPage"')), '第2个回答', 'a FAQ page keeps them')
  t.equal(article('zh-blogs', 'b404').body.some(b => b.text.includes('看照片是典型的黑腐')), false,
    'Question2Answer: the best answer goes')
  t.match(article('zh-blogs', 'b159').body.map(b => b.text).join('\n'), '2013年大学毕业考了特岗',
    'a Zhihu-style answer page keeps the answer it is')
})

t.test('a headline linking its item\'s short address is no blog\'s name; a member\'s numbered space is', async t => {
  t.equal(article('zh-blogs', 'b404').title, '夏天多肉黑腐了，切掉腐烂部分后还能救回来吗？',
    'Question2Answer: `<h1><a href="…/3217/">` on `…/3217/<slug>`, the `<title>` opening with it')
  t.equal(article('zh-blogs', 'b08').title, '毕业前最后一次班级聚餐', 'a QQ Zone space `<h1>` linking `/562018473`')
})

t.test('Jive Forums: its member pages tell the replies, and the last replier above the thread is no writer', async t => {
  t.ok(isMemberPage('profile.jspa?userID=2011'), 'Jive\'s `.jspa` action')
  t.ok(isMemberPage('http://www.example.com/profile.do?id=228004521'), 'a Struts `.do` action')
  t.notOk(isMemberPage('thread.jspa?messageID=78139'), 'a message is no member')
  const jive = article('zh-blogs', 'b401')
  const text = jive.body.map(b => b.text).join('\n')
  t.match(text, 'SetCharacterEncodingFilter', 'the question stays')
  t.notMatch(text, 'URIEncoding="GBK"', 'the accepted answer goes')
  t.same(jive.authors, ['sz_liuyang'], '`最后回复者: <a>javaboy_cq</a>` above the thread names the last replier')
})

t.test('the article flowing from one absolutely placed text frame to the next is read whole', async t => {
  const o180 = article('zh-org', 'o180').body.map(b => b.text).join('\n')
  t.match(o180, '慈光慈善基金會於三月十二日', 'Publisher 2003: the first frame')
  t.match(o180, '探訪期間，義工發現有三十八戶', 'and the frame it flows into')
  const frame = (top: number, inner: string): string =>
    `<span style="position:absolute;z-index:4;left:170px;top:${top}px;width:430px"><table><tr><td>` +
    `<div class="shape">${inner}</div></td></tr></table></span>`
  const p = (s: string): string => `<p class="MsoNormal">${s}</p>`
  const page = '<html><body>' +
    frame(10, '<a href="/">首頁</a> <a href="/news">最新消息</a> <a href="/about">關於我們</a>') +
    frame(150, p('基金會於三月十二日舉行長者探訪活動，三百二十多名義工分成六十四隊，帶同福袋及暖包，走訪觀塘、黃大仙及葵涌區共四百五十戶長者家庭。') +
      p('今年的福袋除白米、麥皮、食油等日用品外，更首次加入由本會義務中醫師團隊配製的茶包，以及印有緊急求助電話的大字卡，主席表示希望為長者帶來實際支援。') +
      p('參與活動的義工來自二十多間學校、教會及企業，年齡最小的只有十二歲，第一次參加探訪的學生說婆婆拉住她的手講了很多以前的故事。')) +
    frame(950, p('探訪期間，義工發現有三十八戶長者家中的電燈、水喉等設施需要維修，另有十二位長者表示近期行動不便、未能按時覆診，基金會社工已逐一跟進。') +
      p('這項活動自二零零一年起每年舉辦，至今累計探訪長者家庭逾一千八百戶，基金會計劃於本年九月中秋節前再次舉行探訪。')) +
    '</body></html>'
  const text = htmlBody(page)
  t.match(text, '探訪期間', 'the second frame joins the first')
  t.notMatch(text, '最新消息', 'a frame of links does not')
})

t.test('a comment\'s <time datetime> is the comment\'s, not the post\'s', async t => {
  t.equal(article('zh-blogs', 'b400').published?.slice(0, 10), '2019-05-16',
    'WordPress Sakura: `发布于 4 天前` over the comments\' `<time datetime="2019-05-17T10:21:07+08:00">发布于 3 天前</time>`')
  const page = '<html><head><title>出摊记</title></head><body><article><h1>出摊记</h1>' +
    '<p class="meta">千叶 · 2019年5月12日</p>' +
    '<p>毕业前最后一次跟社团出摊，早上六点就到了会场，把海报、挂件和明信片一样一样摆好，中午的时候队伍排到了门口，下午三点就全部卖完了。</p>' +
    '<p>收摊以后大家一起去吃了火锅，聊到很晚才散，明年这个时候我们大概都在不同的城市了。</p></article>' +
    '<ol class="comment-list"><li><div class="comment-body"><b>小鹿</b>' +
    '<time datetime="2019-05-17T10:21:07+08:00">5月17日</time><p>好怀念！</p></div></li></ol></body></html>'
  t.equal(processPage({ content: Buffer.from(page), format: 'html' }).article.published?.slice(0, 10), '2019-05-12')
})

t.test('a <time>\'s relative day with its ago-word after it puts a UTC instant in the page\'s zone', async t => {
  t.equal(article('zh-blogs', 'b404').published, '2015-07-18T07:40:12+08:00',
    'Question2Answer: `<time datetime="2015-07-17T23:40:12+0000">3 天</time><span> 之前</span>`, crawled on the 21st')
  t.equal(article('zh-blogs', 'b394').published?.slice(0, 10), '2024-03-12', 'the ago-word inside the `<time>` as before')
  const page = (shown: string): string => '<html><head><title>黑腐能救吗</title></head><body><h1>黑腐能救吗</h1>' +
    `<p><span><span><time datetime="2015-07-17T23:40:12+0000">${shown}</span></span></p>` +
    '<p>坐标杭州，阳台朝南，养了两年多的一棵桃美人，前天早上浇水的时候发现靠近土面的两片叶子发黑发软，一碰就掉，茎干靠近根的地方也有一圈黑色。</p>' +
    '</body></html>'
  const at = (shown: string): string | null => processPage({ content: Buffer.from(page(shown)), format: 'html',
    url: 'https://wenda.example.cn/3217/', fetchedAt: '2015-07-21T07:40:00+08:00' }).article.published
  t.equal(at('3 天</time></span><span> 之前'), '2015-07-18T07:40:12+08:00', 'the ago-word in the next element')
  t.equal(at('3 天 之前</time>'), '2015-07-18T07:40:12+08:00', 'spaced off its unit inside the `<time>`')
})

t.test('a spaced `::` before a board\'s name in a Chinese <title>; an English subtitle after one stays', async t => {
  t.equal(article('zh-blogs', 'b403').title, '第三章雪山神庙机关全解法，附隐藏结局触发条件', 'a Steam hub\'s discussion')
  t.equal(cleanTitle('第三章雪山神庙机关全解法 :: 山海行旅 综合讨论'), '第三章雪山神庙机关全解法')
  t.equal(cleanTitle('Wedding Checklist :: Printable To-do Timeline'), 'Wedding Checklist :: Printable To-do Timeline')
})

t.test('a Chinese CMS\'s update line dates a page that dates itself nowhere else; its publication label first', async t => {
  t.equal(article('zh-gov', 'g235').published?.slice(0, 10), '2016-05-19',
    'MetInfo 5.3: `更新时间：2016-05-19 09:36:50` under the article, the content column classed `sidebar inner`')
  t.equal(article('zh-gov', 'g76').published?.slice(0, 10), '2017-09-21',
    'Macau: `最後更新：22/09/2017 10:12 發佈日期：21/09/2017`, day first')
  const page = (line: string, dated = ''): string => '<html><head><title>邻里节开幕</title></head><body>' +
    '<div class="sidebar inner"><div class="sb_nav"><a href="/">首页</a></div><div class="sb_box"><h1>邻里节开幕</h1>' +
    `${dated}<div class="editor"><p>5月18日下午，紫荆街道第三届“邻里节”在青年路社区文化广场开幕，街道党工委、办事处班子成员，辖区9个社区的居民代表和共驻共建单位志愿者参加。</p></div>` +
    `<div class="met_hits">点击次数：12　${line}　【打印此页】</div></div></div></body></html>`
  const at = (html: string): string | undefined =>
    processPage({ content: Buffer.from(html), format: 'html' }).article.published?.slice(0, 10)
  t.equal(at(page('更新时间：2016-05-19 09:36:50')), '2016-05-19', 'the update line alone')
  t.equal(at(page('更新时间：2016-05-19 09:36:50', '<p class="info">发布时间：2016-05-18</p>')), '2016-05-18',
    'a publication date elsewhere wins')
})

t.test('a unit before a closing credit\'s roles; a unit and a name after a telephone number are a contact', async t => {
  const g235 = article('zh-gov', 'g235')
  t.same(g235.authors, ['罗雅琴'], '`（紫荆街道党政办　文/罗雅琴　图/邓永胜）`')
  t.same(g235.editors, [{ role: 'photographer', name: '邓永胜' }])
  t.same(article('zh-gov', 'g238').authors, [], '`咨询电话：0836-2261122（市交警支队秩序科　吴喆）` names whom to call')
  const credit = (line: string): string[] => processPage({ content: Buffer.from('腊月初八清晨，普照禅寺在山门前支起十口大锅，' +
    '为附近村民和过往行人免费施粥，并向县里的困难群众送去过冬的棉被、大米和食用油。\n\n' + line), format: 'text' }).article.authors
  t.same(credit('（企业文化部　吴珺瑶）'), ['吴珺瑶'], 'a unit and its writer alone stay a credit')
  t.same(credit('联系电话：0772-3126650（街道党政办　罗雅琴）'), [], 'after a telephone number')
  t.same(credit('（县委宣传部　文/罗雅琴）'), ['罗雅琴'], 'a unit, then the writer\'s role')
})

t.test('a web medium\'s news in its own name with its reporters in brackets is a dateline', async t => {
  t.same(article('zh-news', 'n410').authors, ['杨帆', '吴光荣'], '`黔声网消息（记者 杨帆 通讯员 吴光荣）5月19日上午，…`')
  const read = (line: string): string[] => processPage({ content: Buffer.from('雷江旅游公路全线通车\n\n' + line +
    '这条公路全长38.6公里，按二级公路标准建设，总投资3.2亿元，沿途经过六个乡镇和二十多个村寨。'), format: 'text' }).article.authors
  t.same(read('黔声网消息（记者 杨帆 通讯员 吴光荣）5月19日上午，雷江县城至西岭苗寨旅游公路正式全线通车。'), ['杨帆', '吴光荣'])
  t.same(read('据新华网消息（记者 杨帆）5月19日上午，雷江县城至西岭苗寨旅游公路正式全线通车。'), [], 'another medium\'s news, reported')
})

t.test('an arrow between a board\'s name and the topic in a Chinese <title> is a breadcrumb', async t => {
  t.equal(cleanTitle('香港星友天地 -> 3月8日西貢嶂上觀星記錄（附M42手繪圖）'), '3月8日西貢嶂上觀星記錄（附M42手繪圖）', 'Ikonboard 3')
  t.equal(cleanTitle('Python 2 -> 3 migration notes'), 'Python 2 -> 3 migration notes', 'an English arrow stays')
})
