/**
 * Session 62's second unseen wave: each class on the page that showed it and on the reader alone. Closing credits: a
 * unit glued to the correspondent's role, a report's place after the name, a teacher's or an assistant's post before
 * the name, a `照片／` credit, a doctor's degree after it; a sign-off with the name before the day; the listing test that
 * counts only people; a Velocity field left unfilled; a section box's heading under a `<title>` of section and site;
 * a poster's `發表人：` label; a display name beside the login the author meta holds.
 */
import t from 'tap'
import { parseInfoLine, unfilledField } from '../src/text/fields.js'
import { isFamiliarName } from '../src/text/han-names.js'
import { processPage } from '../src/pipeline.js'
import { ownPage } from './helpers.js'

const PARA = '今年的中秋游园会在湖畔公园举行，吸引了大批华人家庭和当地居民前来参加，现场设有灯谜、月饼制作和民乐表演等活动。'

type Article = ReturnType<typeof processPage>['article']
const html = (title: string, body: string): Article => processPage({
  content: `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`, format: 'html'
}).article
const closing = (credit: string): string[] =>
  processPage({ content: `游园会\n\n${PARA}\n\n${PARA}\n\n${credit}`, format: 'text' }).article.authors
const page = (set: string, id: string): Article => ownPage(set, id).result.article

t.test('closing credits: a unit before the correspondent, a report\'s place, a post before the name', async t => {
  t.same(page('zh-news', 'n499').authors, ['雷晓东', '田甜'], 'n499: `（县扶贫办通讯员 雷晓东　记者 田甜）`')
  t.same(closing('（县扶贫办通讯员 雷晓东　记者 田甜）'), ['雷晓东', '田甜'], 'a unit glued to `通讯员`')
  t.same(closing('（市公安局通讯员 王敏）'), ['王敏'], 'a bureau\'s correspondent')
  t.same(page('zh-news', 'n501').authors, ['何婧'], 'n501: `（本报记者 何婧 苏黎世报道）`: 苏黎世 is the place')
  t.same(closing('（本报记者 何婧 苏黎世报道）'), ['何婧'], 'a report\'s place after the name is no second name')
  t.same(closing('（李艳 撰稿）'), ['李艳'], 'a writer\'s credit without a report\'s kind, as before')
  t.same(page('zh-org', 'o266').authors, ['蔡宛臻'], 'o266: `文／英語教師 蔡宛臻　照片／資訊組提供`')
  t.same(page('zh-org', 'o267').authors, ['鄺穎琳', '何家俊'], 'o267: `（撰文：研究助理 鄺穎琳、副研究員 何家俊博士）`')
  t.same(page('zh-gov', 'g327').authors, ['韩喆'], 'g327: `（供稿：市生态环境局大气环境处　韩喆）` under `作者：$info.author`')
})

t.test('a sign-off with the name before the day, a familiar form of a surname', async t => {
  t.same(page('zh-blogs', 'b575').authors, ['老周'], 'b575: `—— 老周，2007年5月12日夜，写于西安`')
  t.same(closing('—— 陈明，2007年5月12日夜，写于西安'), ['陈明'], 'a common name first')
  t.same(closing('—— 老周，2007年5月12日夜，写于西安'), ['老周'], 'a familiar form first')
  t.same(closing('—— 老街，2007年5月12日夜'), [], '`老` before no surname is no name')
  t.ok(isFamiliarName('老周') && isFamiliarName('小王') && isFamiliarName('阿陈'), 'familiar forms of surnames')
  t.notOk(isFamiliarName('老街') || isFamiliarName('小周末'), 'what is none')
})

t.test('fields: a Velocity field left unfilled, a poster\'s `發表人：` label', async t => {
  t.ok(unfilledField('$info.author') && unfilledField('$!news.source'), 'a Velocity reference with a dot')
  t.notOk(unfilledField('$3') || unfilledField('US$5.50'), 'a sum is none')
  t.same(parseInfoLine('發表人：北港囝仔　｜　發表時間：94/03/19 22:14', { minguo: true }), {
    fields: [{ field: 'author', label: '發表人', value: '北港囝仔' }, { field: 'published', label: '發表時間', value: '2005-03-19' }],
    dates: [{ iso: '2005-03-19', field: 'published' }]
  }, 'a board\'s poster label beside a Minguo time')
  t.equal(page('zh-blogs', 'b584').published, '2005-03-19', 'b584: the post line\'s Minguo time')
})

t.test('titles and names: a section box\'s heading; a display name beside the login', async t => {
  t.equal(page('zh-gov', 'g327').title, '我市部署2019年夏季臭氧污染防治攻坚行动', 'g327: not the `<h3>部门动态</h3>` box')
  const box = (title: string): string | null => html(title, '<h3>部门动态</h3>' +
    `<div class="detail_title">我市部署夏季臭氧污染防治攻坚行动</div><p>${PARA}</p><p>${PARA}</p>`).title
  t.not(box('部门动态 - 北滨市人民政府'), '部门动态', 'a section heading under a `<title>` of section and site')
  t.equal(box('部门动态 游园会散记 北滨论坛'), '部门动态', 'a heading opening a `<title>` with more, as before')
  t.same(page('zh-blogs', 'b580').authors, ['西螺阿慧'], 'b580: `<p class="nick">西螺阿慧</p><p class="bid">(huei0718)</p>`')
  const profile = (pair: string): string[] => processPage({
    content: '<html><head><meta charset="utf-8"><meta name="author" content="huei0718"><title>慢慢曬的日子 - 部落格</title>' +
      `</head><body><div class="profile">${pair}</div><h2>阿爸的黑豆醬油缸</h2><p>${PARA}</p><p>${PARA}</p></body></html>`,
    format: 'html'
  }).article.authors
  t.same(profile('<p>西螺阿慧</p><p>(huei0718)</p>'), ['西螺阿慧'], 'the name right before the bracketed login')
  t.same(profile('<p>西螺阿慧</p><p>(someone1)</p>'), [], 'another login\'s bracket names nobody here')
})
