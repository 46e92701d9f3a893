/**
 * `headlineInfo` (src/parse/html/headline-date.ts) finds the headline the page prints by its bare form, and tests a
 * text node's first bare character against the headlines' characters before making it bare: the headline must
 * still be found behind every decoration `bare` takes off and as a part cut from its middle.
 */
import t from 'tap'
import { headlineInfo } from '../src/parse/html/headline-date.js'
import { bodyOf, parseTree } from '../src/parse/html/tree.js'

const PROSE = '<p>' + 'The council approved the new cycling plan on Tuesday after a long debate, as expected. '.repeat(4) + '</p>'
const info = (body: string, title: string, h1s: string[] = []): ReturnType<typeof headlineInfo> =>
  headlineInfo(bodyOf(parseTree(`<div>${body}${PROSE}</div>`)), title, h1s)

t.test('the printed headline behind white space, punctuation and symbols (one beyond the BMP)', async t => {
  const title = 'Council approves the cycling plan - Example News'
  for (const lead of ['', ' \n ', '★ ', '🔥 ', '\u3000【', '》 ', '— “']) {
    const got = info(`<span>${lead}Council approves the cycling plan</span><p>March 5, 2024</p>`, title)
    t.equal(got.date, 'March 5, 2024', JSON.stringify(lead))
  }
  t.equal(info('<h2>  ★ Council approves the cycling plan</h2><p>March 5, 2024</p>', title).headline,
    '★ Council approves the cycling plan')
})

t.test('a part of the headline cut from its middle, and one with more after it', async t => {
  const title = 'Council approves the cycling plan'
  t.equal(info('<h2>approves the cycling plan</h2><p>2024-03-05</p>', title).date, '2024-03-05', 'a part')
  t.equal(info('<h2>Council approves the cycling plan, and more</h2><p>2024-03-05</p>', title).date, '2024-03-05')
  t.equal(info('<h2>The cycling plan passes</h2><p>2024-03-05</p>', title).date, undefined, 'no part of it')
  t.equal(info('<h1>圣元奶粉陷入致死门</h1><p>2012年1月12日 16:15</p>', '圣元奶粉陷入致死门_新闻中心_新浪网').date,
    '2012年1月12日 16:15')
})

t.test("a `<title>` whose last part is the site's name gives no headline: the name found again in a signature", async t => {
  // zh-gov g79 (measured once, session 36): `价格听证--江西省发展和改革委员会`, the commission's name again in the
  // notice's 落款 above its date; that date was read as the one beside the headline
  const signature = '<p>江西省发展和改革委员会</p><p>2008年7月11日</p><p>江西发展改革新闻网</p><p>2008年7月12日</p>'
  t.equal(info(signature, '价格听证--江西省发展和改革委员会').date, undefined)
  t.equal(info(signature, '价格听证_江西发展改革新闻网').date, undefined, 'a site by its words')
  // a headline that is the title's only part, or its first, is still found
  t.equal(info('<h2>全省价格听证会在南昌召开</h2><p>2008-07-14</p>', '全省价格听证会在南昌召开--江西省发展和改革委员会').date,
    '2008-07-14')
  t.equal(info('<h2>江西省发展和改革委员会</h2><p>2008-07-14</p>', '江西省发展和改革委员会').date, '2008-07-14',
    'a title of one part is kept whole')
})

t.test("a subtitle's dash opens a speech's or a report's occasion: its date is the meeting's, not the page's", async t => {
  // zh-gov g81 (a county's 政府工作报告 on an old ASP site, session 36's unseen round)
  const title = '翠溪县2007年政府工作报告（摘要） - 翠溪县人民政府网'
  t.equal(info('<h2>翠溪县2007年政府工作报告（摘要）</h2><p>——2007年2月26日在翠溪县第十五届人民代表大会第一次会议上</p>',
    title).date, undefined)
  t.equal(info('<h2>翠溪县2007年政府工作报告（摘要）</h2><p>2007年3月6日</p>', title).date, '2007年3月6日')
})

t.test('a date right after a link to another page\'s title, in no list or row, is that page\'s (a scrolling notice)', async t => {
  // zh-news n112 (a county news site of 2006 reposting a wire, session 36's unseen round)
  const title = '卫生部：新农合试点县已过半 - 沣溪新闻网'
  const notices = '<div><b>最新公告：</b><marquee><a href="/Article/tzgg/200608/2150.html">县城区主干道8月25日起实行单向通行</a>' +
    '(2006-8-18)　　</marquee></div>'
  t.equal(info(`${notices}<h2>卫生部：新农合试点县已过半</h2><p>更新时间：2006-8-21 8:52:36</p>`, title).date, undefined)
  t.equal(info(`<div>发布：2006-8-18</div><h2>卫生部：新农合试点县已过半</h2>`, title).date, '2006-8-18', 'a date line of its own')
})

t.test('a `<title>` of a site\'s name and a section names no headline to read a date beside', async t => {
  // zh-gov g106 of session 38's unseen round: the site's name found again in the notice's signature lent its date
  const page = '<p>柘溪县人民政府网 首页 政务公开 通知公告</p><p>作者：佚名 来源：县政府办公室 发布时间：2005-11-17</p>' +
    '<p>　　为切实做好高致病性禽流感防控工作，保障人民群众身体健康，现就有关事项通告如下。全县各乡镇要严格落实防控措施。</p>' +
    '<p>柘溪县人民政府</p><p>二○○五年十一月十六日</p>'
  t.equal(info(page, '柘溪县人民政府网--通知公告').date, undefined)
  // a headline that names a shop stays one (`…茶餐廳` is no site's word)
  const shop = '<h2>送別街角的祥興茶餐廳</h2><p>2008-09-02 10:15</p>'
  t.equal(info(shop, '送別街角的祥興茶餐廳 - 土瓜灣散步記 - 港博 HKBlog').date, '2008-09-02 10:15')
})

t.test('a date the passive\'s `被` (by) follows is a moderator\'s or an editor\'s action on the post', async t => {
  // zh-blogs b161 of session 40's unseen round: a Sohu board's featuring stamp above the first post
  const title = '毕业快一年了，说说我在吉祥村租房的这十一个月 - 西安 - 搜狐社区'
  const stamp = '<div>本帖于 2009-06-15 被版主 <a href="http://i.sohu.com/p/cqg/">城墙根</a> 加入精华，并推荐到西安论坛首页</div>'
  const post = '<div><span>楼主</span> <span>发表于：2009-06-14 22:37:15</span></div>'
  t.equal(info(`<h1>毕业快一年了，说说我在吉祥村租房的这十一个月</h1>${stamp}${post}`, title).date, '2009-06-14 22:37:15')
  t.equal(info(`<h1>毕业快一年了，说说我在吉祥村租房的这十一个月</h1><div>本帖于 2009-06-15 发表</div>`, title).date,
    '2009-06-15', 'a date no `被` follows')
})

t.test('a board\'s tag before the headline in the <title> is no part of the headline the page prints', async t => {
  // zh-blogs b188 of session 41's unseen round: XOOPS's `<title>綠手指園藝網 - [陽台菜園] 標題</title>`
  const title = '綠手指園藝網 - [陽台菜園] 保麗龍箱種小番茄和九層塔，陽台一年的心得'
  const page = '<div><strong>保麗龍箱種小番茄和九層塔，陽台一年的心得</strong></div><div>發表日期: 2006/9/12 22:14</div>'
  const got = info(page, title)
  t.equal(got.headline, '保麗龍箱種小番茄和九層塔，陽台一年的心得')
  t.equal(got.date, '2006/9/12 22:14')
})
