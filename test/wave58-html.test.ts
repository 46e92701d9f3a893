/**
 * Session 58: the classes of session 58's unseen wave, each on the page that showed it and, where one can be made, on
 * a page made for it: a blog named after its writer with a space before 的; phpBB 2 inside a portal (its member panel,
 * its profile button, the site's name in PHP-Nuke's author tag); a member's level after the screen name; an article's
 * link served by the site's front script (`index.php?…&article_id=89`); a blog's opening day; a `<title>` of a blog
 * and its host after `@`; a blog's name in its owner's form over a sidebar module; a message's subject cell; a writer's
 * collection named in the `<title>`; a date in a layout column beside the headline's; a `title_cont` cell; the
 * thread starter's badge in the replies.
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'
import { namedAfter } from '../src/text/title-owner.js'
import { splitNames } from '../src/text/fields.js'
import { ownPage } from './helpers.js'

const PARA = '活动当天，志愿者们走进山区学校，为孩子们送去冬衣、图书和文具，并与老师们座谈，了解学校冬季取暖和营养午餐的情况，' +
  '对困难家庭学生进行了登记，将在春季学期开学前完成第二批物资的发放。'

type Article = ReturnType<typeof processPage>['article']
const read = (html: string, url?: string): Article =>
  processPage({ content: html, format: 'html', ...(url !== undefined ? { url } : {}) }).article

/** A Chinese page: `<title>`, then the body's markup as given. */
function page (body: string, title: string, head = ''): string {
  return `<html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`
}

t.test('a blog named after its writer, a space between the Latin name and 的', async t => {
  t.same(ownPage('zh-blogs', 'b470').result.article.authors, ['Kit'],
    'b470: `Posted by Kit` on `Kit 的部落格 | Kit\'s Blog`')
  t.ok(namedAfter('Kit 的部落格', 'Kit'), 'the space Chinese typesetting puts after a Latin name')
  t.ok(namedAfter('阿Ben的小站', '阿Ben'))
  t.notOk(namedAfter('新华 网', '新华'), 'a Han name: no space to pass over, no possessive')
  t.notOk(namedAfter('Kit Media', 'Kit'), 'no possessive after the space')
})

t.test('phpBB 2 inside a portal: the member panel, the profile button, the site in the author tag', async t => {
  const { result, truth } = ownPage('zh-blogs', 'b473')
  t.same(result.article.authors, ['阿忠老師'], 'b473: the panel `阿忠老師 資深會員 … 註冊時間: … 文章: … 來自: …`')
  const body = result.article.body.map(b => b.text).join('\n')
  t.notOk(body.includes('感謝阿忠老師的分享'), 'the moderator\'s reply (the profile links of `file=profile` mark the posts)')
  t.equal(result.article.source, null, 'no member\'s home town (`來自: 台南縣新化鎮`) for a source')
  t.ok(body.includes(truth.ground_truth.main_content.slice(0, 30)))
  // the member panel, its registration labelled in the traditional form, under an author tag of the site's name, and
  // the profile button under the post: an image whose alt is the action, on a member page's address
  const button = '<a href="modules.php?name=Forums&amp;file=profile&amp;mode=viewprofile&amp;u=58">' +
    '<img src="icon_profile.gif" alt="檢視會員個人資料"></a>'
  const panel = (label: string, author = '嘉南自由軟體推廣站', after = ''): Article => read(page('<table><tr>' +
    `<td class="row1"><b>阿忠老師</b><br>資深會員<br>${label}: 02 九月 2003<br>文章: 214<br>來自: 台南縣</td>` +
    `<td class="row1">發表於: 2004-05-11 22:23<hr>${PARA}<br>${PARA}</td></tr></table>${after}`,
  '嘉南自由軟體推廣站 -- 討論區', `<meta name="AUTHOR" content="${author}">`))
  t.same(panel('註冊時間').authors, ['阿忠老師'])
  t.same(panel('入會').authors, [], 'two fields the panel reader knows are no panel')
  t.same(panel('註冊時間', '林大同').authors, ['林大同'], 'a person in the author tag stays the writer')
  t.same(panel('註冊時間', '嘉南自由軟體推廣站', button).authors, ['阿忠老師'], 'no button\'s label for a name')
})

t.test('a member\'s level after the screen name', async t => {
  t.same(ownPage('zh-blogs', 'b475').result.article.authors, ['水哥在深圳'], 'b475: `楼主:<a>水哥在深圳</a>[Lv6]`')
  t.same(splitNames('水哥在深圳[Lv6]'), ['水哥在深圳'])
  t.same(splitNames('阿树今天也在肝 Lv.11'), ['阿树今天也在肝'])
  t.same(splitNames('Alvin Lv'), ['Alvin Lv'], 'a family name Lv with no number stays')
})

t.test('an article served by the site\'s front script is another page', async t => {
  t.equal(ownPage('zh-org', 'o211').result.article.published?.slice(0, 10), '2012-05-04',
    'o211: the info line\'s `发布时间`, not the latest-news list\'s `<span class="date">2012-05-23</span>`')
  const listed = (href: string): string | undefined => read(page(
    `<h1>我公司亮相2012中国（上海）国际泵管阀展览会</h1><p>${PARA}</p><p>${PARA}</p>` +
    '<div class="blk"><h3>最新动态</h3><ul>' +
    `<li><span class="date">2012-05-23</span><a href="${href}">阀门行业“十二五”发展规划要点解读</a></li>` +
    `<li><span class="date">2012-05-18</span><a href="${href}8">公司顺利通过ISO 9001:2008质量管理体系监督审核</a></li>` +
    '</ul></div>', '我公司亮相2012中国（上海）国际泵管阀展览会')).published?.slice(0, 10)
  t.equal(listed('index.php?_m=mod_article&amp;_a=article_content&amp;article_id=89'), undefined)
  t.equal(listed('index.php?m=content&amp;c=index&amp;a=show&amp;catid=6&amp;id=42'), undefined, 'PHPCMS')
  t.equal(listed('index.php?option=com_content&amp;view=category&amp;catid=4'), '2012-05-23',
    'a category\'s number names a listing: as before, the date stands beside its own page\'s headline')
})

t.test('a hosted blog\'s opening day is no date of the post', async t => {
  t.equal(ownPage('zh-blogs', 'b469').result.article.published?.slice(0, 10), '2010-06-12',
    'b469: the entry\'s `12/06/2010`, not the profile\'s `開站日期：01/03/2007`')
})

t.test('a `<title>` of the blog and, after `@`, its host names no headline', async t => {
  t.equal(ownPage('zh-blogs', 'b469').result.article.title, '春秧街那間士多，下個月就要結業了',
    'b469: `<title>北角慢行 @ Blogtown 博客鎮` over `<h1><a>北角慢行</a></h1>` and `<td class="entrytitle"><h2>`')
})

t.test('a blog\'s name in its owner\'s form over a sidebar module is no headline', async t => {
  const { result } = ownPage('zh-blogs', 'b468')
  t.equal(result.article.title, '楼下的糖水铺搬走了', 'b468: `<h3 class="moduleHead">小满的碎碎念</h3>` is the blog\'s name')
  t.same(result.article.authors, ['小满'], 'b468: the owner the `<title>`\'s `小满的碎碎念` names')
})

t.test('a message\'s subject cell under a `<title>` of the portal alone', async t => {
  t.equal(ownPage('zh-gov', 'g276').result.article.title, '東濱市94年聯合婚禮即日起受理報名 名額100對',
    'g276: `<td class="msg_subject">` under `<title>東濱市政府全球資訊網`')
  t.equal(ownPage('zh-blogs', 'b204').result.article.title, '寒流過後蝴蝶蘭葉子軟爛，分享我這一個月的搶救過程',
    'b204: SMF\'s `top_subject` cell, label and read count in it, is not read as one')
})

t.test('a writer\'s collection in its owner\'s form is no part of the `<title>` the headline is looked for by', async t => {
  t.equal(ownPage('zh-blogs', 'b467').result.article.published?.slice(0, 10), '2005-03-14',
    'b467: the info line\'s `提交时间`, not the box `南溪月的文集 · 其他作品` and its works\' dates')
  const dated = (title: string): string | undefined => read(page('<table><tr><td class="arttitle">外婆的酱缸</td></tr>' +
    '<tr><td>作者：南溪月　提交时间：2005-3-14 22:47:31</td></tr>' +
    `<tr><td>${PARA}</td></tr><tr><td>南溪月的文集 · 其他作品</td></tr>` +
    '<tr><td>·父亲的二八自行车　(散文　2005-1-20)</td></tr></table>', title)).published?.slice(0, 10)
  t.equal(dated('外婆的酱缸--南溪月的文集--绿榕文学网'), '2005-03-14')
})

t.test('a date in a layout column beside the headline\'s is no date of its head', async t => {
  t.equal(ownPage('zh-news', 'n447').result.article.published?.slice(0, 10), '2005-08-12',
    'n447: the info line\'s `更新时间`, not the sidebar\'s latest issue `第386期 2005年8月9日`')
  const side = (leftCell: boolean): string | undefined => {
    const issue = '<table><tr><td>溧川报</td></tr><tr><td>第386期 2005年8月9日</td></tr></table>'
    const head = '<table><tr><td class="ArticleTitle"><b>我县新型农村合作医疗试点工作全面启动</b></td></tr>' +
      `<tr><td>文章来源：溧川报　更新时间：2005-8-12 9:23:41</td></tr><tr><td>${PARA}${PARA}</td></tr></table>`
    return read(page(leftCell
      ? `<table><tr><td width="200">${issue}</td><td width="578">${head}</td></tr></table>`
      : `<table><tr><td>${issue}${head}</td></tr></table>`, '我县新型农村合作医疗试点工作全面启动_溧川新闻网'))
      .published?.slice(0, 10)
  }
  t.equal(side(true), '2005-08-12', 'the issue box in the column beside')
  t.equal(side(false), '2005-08-09', 'in the headline\'s own column the line above it dates it, as before')
})

t.test('a title cell classed `title_cont`', async t => {
  t.equal(ownPage('zh-org', 'o214').result.article.title, '南岭市陶瓷行业协会召开2009年度会员大会暨出口形势分析会',
    'o214: `<td class="title_cont">` under `<title>南岭市陶瓷行业协会-协会动态`')
})

t.test('the thread starter\'s badge in the replies names the poster when nothing else does', async t => {
  t.same(ownPage('zh-blogs', 'b478').result.article.authors, ['阿树今天也在肝'],
    'b478: `<a class="mhy-user-name">阿树今天也在肝</a><span class="…--lz">楼主</span>` in a reply')
  t.same(ownPage('zh-blogs', 'b259').result.article.authors, ['不吃香菜的老周'], 'b259, a Hupu-style thread: the same')
  const thread = (above: string): string[] => read(page(`<h1>带我爸入坑三个月</h1>${above}<p>${PARA}</p><p>${PARA}</p>` +
    '<div class="reply-list"><div class="reply-card"><a class="user-name" href="/u/1">小七</a><p>哈哈哈，叔叔好厉害</p>' +
    '</div><div class="reply-card"><a class="user-name" href="/u/2">阿树今天也在肝</a><span class="lz">楼主</span>' +
    '<p>回复 小七：他自己都不知道</p></div></div>', '带我爸入坑三个月_社区')).authors
  t.same(thread(''), ['阿树今天也在肝'])
  t.same(thread('<p class="byline">作者：林小满</p>'), ['林小满'], 'a byline above the post comes first')
})
