/**
 * Session 64's unseen wave: each class on the page that showed it and on the reader alone. Dates: WordPress zh_CN's
 * month name with an English ordinal day, a review's posting label, a date in the same reply-classed box as the
 * headline. Titles: a post's stamp printed after the headline in its element, a title in a comment-classed box that
 * the description quotes. Writers: the writers of one info line as one credit, a student's cohort before a name, an
 * analyst's byline, a group's owner, miniBB's member pages, a thread's posts as bare list items.
 */
import t from 'tap'
import { findDate } from '../src/text/date.js'
import { parseInfoLine } from '../src/text/fields.js'
import { readZhByline } from '../src/text/zh-byline.js'
import { withoutStamp } from '../src/parse/html/meta/headline.js'
import { isMemberPage } from '../src/parse/html/members.js'
import { processPage } from '../src/pipeline.js'
import { ownPage } from './helpers.js'

const PARA = '5月15日至16日，课题组在学校科技园举办青年学者研讨会，来自国内十余所高校和研究机构的三十余位青年学者参加了会议，' +
  '围绕多模态感知、机器人学习等主题展开了深入交流。'
const PARA2 = '会上，多位学者分别作了专题报告，介绍了各自团队在视觉与触觉融合、模仿学习、强化学习等方向上的最新进展，' +
  '并就未来合作进行了讨论。'

type Article = ReturnType<typeof processPage>['article']
const html = (title: string, head: string, body: string): Article => processPage({
  content: `<html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`,
  format: 'html'
}).article
const text = (lines: string[]): Article => processPage({ content: lines.join('\n\n'), format: 'text' }).article
const page = (set: string, id: string): Article => ownPage(set, id).result.article
const bodyText = (a: Article): string => a.body.map(b => b.text).join('\n')

t.test('a Chinese month\'s name with an English ordinal day', async t => {
  t.equal(findDate('五月 10th, 2009')?.iso, '2009-05-10', 'WordPress zh_CN\'s `F jS, Y`')
  t.equal(findDate('三月 14, 2006')?.iso, '2006-03-14', 'without the ordinal, as before')
  t.equal(findDate('五月 10th'), null, 'no year: no date')
  t.equal(page('zh-blogs', 'b613').published?.slice(0, 10), '2009-05-10', 'b613: `五月 10th, 2009` under the headline')
})

t.test('a post\'s stamp printed after the headline in its element', async t => {
  t.equal(withoutStamp('十四歲唐狗豆豆腎衰竭 - 5/14/2005 11:48:12 PM'), '十四歲唐狗豆豆腎衰竭', 'a dash, a US stamp')
  t.equal(withoutStamp('沪铜：库存回升压制反弹 2007-8-13 9:42:00'), '沪铜：库存回升压制反弹', 'a space, an ASP.NET time')
  t.equal(withoutStamp('国务院常务会议 2024-03-05'), '国务院常务会议 2024-03-05', 'a day without its time stays')
  t.equal(withoutStamp('2024年3月5日国务院常务会议'), '2024年3月5日国务院常务会议', 'a day the headline names stays')
  t.equal(withoutStamp('会议2024-03-05 10:00'), '会议2024-03-05 10:00', 'a stamp glued to the words stays')
  t.equal(withoutStamp('会 2024-03-05 10:00'), '会 2024-03-05 10:00', 'no headline\'s length left: stays')
  t.equal(page('zh-blogs', 'b622').title, '十四歲唐狗豆豆腎衰竭：低磷餐同喺屋企打皮下水嘅經驗', 'b622: ASPPlayground\'s subject cell')
  t.equal(page('zh-org', 'o284').title?.replace(/\s+/g, ' '), '沪铜：库存回升压制反弹 短期或维持宽幅震荡',
    'o284: a portal blog\'s `span.ArticleTime` beside the headline')
})

t.test('a review titled and dated in a comment-classed box the description quotes', async t => {
  const a = page('zh-blogs', 'b612')
  t.equal(a.title, '四十年老字號，砵仔糕仲係五蚊一個', 'b612: the review\'s `span.comment_title`')
  t.equal(a.published?.slice(0, 10), '2007-11-18', 'b612: `張貼日期：` in the review\'s own box')
  t.same(parseInfoLine('張貼日期：2007-11-18 23:12　|　瀏覽：1,024', {})?.dates.map(d => d.iso), ['2007-11-18'])
  t.equal(parseInfoLine('用餐日期：2007-11-10', {}), null, 'the day of the meal is no posting day')
  const box = (description: string): Article => html('為食網 - 食評 - 深水埗',
    `<meta name="description" content="${description}">`,
    '<div class="boxtitle">北河街貓仔 最近食評之一覽</div><table class="commentbox"><tr><td>' +
    '<span class="comment_title"><b>四十年老字號，砵仔糕仲係五蚊一個</b></span></td></tr>' +
    `<tr><td class="comment_date">張貼日期：2007-11-18 23:12</td></tr><tr><td><p>${PARA}</p><p>${PARA2}</p></td></tr>` +
    '</table><div class="comments"><div class="comment_date">2007-12-01 10:00</div><p>好味！</p></div>')
  t.equal(box('祥興糕品 食評: 四十年老字號，砵仔糕仲係五蚊一個').title, '四十年老字號，砵仔糕仲係五蚊一個', 'quoted: the title')
  t.not(box('祥興糕品 深水埗 北河街 食評').title, '四十年老字號，砵仔糕仲係五蚊一個', 'not quoted: a comment\'s, skipped')
})

t.test('the writers of one info line are one credit, not a listing', async t => {
  t.same(text(['課題組舉辦研討會', PARA, PARA2, '记者：何晓赟　通讯员：周舟']).authors, ['何晓赟', '周舟'])
  t.same(text(['課題組舉辦研討會', PARA, PARA2, '作者：张晓明　作者：李华']).authors, ['张晓明', '李华'], 'two slots, one line')
  t.same(text(['課題組舉辦研討會', '作者：张晓明', PARA, '作者：李华', PARA2]).authors, [],
    'two lines naming two writers: a listing\'s, as before')
  t.same(page('zh-gov', 'g345').authors, ['何晓赟', '周舟'], 'g345: a city account\'s closing line')
})

t.test('a student\'s cohort before a name, an analyst\'s byline', async t => {
  t.same(readZhByline('文 / 2019级博士生 何玥　图 / 2020级硕士生 温赟'), { names: '何玥', photographers: ['温赟'] })
  t.same(readZhByline('文/经济学院2020级硕士研究生 温赟')?.names, '温赟')
  t.same(text(['課題組舉辦研討會', PARA, PARA2, '2019级博士生 何玥获得国家奖学金']).authors, [], 'a sentence: no byline')
  t.same(page('zh-org', 'o288').authors, ['何玥'], 'o288: the closing credit over the site account')
  t.same(text(['沪铜：库存回升压制反弹', '■ 本刊特约分析师 周赟', PARA, PARA2]).authors, ['周赟'], 'an analyst signs')
  t.same(text(['沪铜：库存回升压制反弹', '分析师认为，铜价短期或维持宽幅震荡', PARA, PARA2]).authors, [], 'a sentence: none')
  t.same(page('zh-org', 'o284').authors, ['周赟'], 'o284: a futures weekly\'s analyst')
})

t.test('a group\'s owner, miniBB\'s members, posts as bare list items', async t => {
  t.same(page('zh-blogs', 'b620').authors, ['秦赟'], 'b620: the poster, not the group\'s owner in the side box')
  const group = (owner: string): Article => html('寻找老战友 - 兵团老战友 - 知青网', '',
    `<div class="sidebox"><ul><li>${owner}<a href="space.php?uid=102">兵团老宋</a></li><li>创建：2008-06-20</li></ul></div>` +
    `<h1>寻找老战友</h1><p>${PARA}</p><p>${PARA2}</p>`)
  t.same(group('群主：').authors, [], 'a group\'s owner names no writer')
  t.same(group('').authors, ['兵团老宋'], 'the same link unlabelled: the first member link, as before')
  t.ok(isMemberPage('index.php?action=userinfo&user=15'), 'miniBB\'s member page')
  t.notOk(isMemberPage('index.php?action=vthread&forum=3&topic=412'), 'a thread\'s page is none')
  t.same(page('zh-blogs', 'b619').authors, ['西嶼阿忠'], 'b619: miniBB\'s poster cell')
  const b617 = bodyText(page('zh-blogs', 'b617'))
  t.match(b617, '這台小教授一號（MPF-I）是我爸 1983 年', 'b617: esoTalk\'s opening post kept')
  t.notMatch(b617, '改成 18 F9 之後計時程式就正常了', 'b617: its replies, bare `<li>`s of one list, dropped')
})
