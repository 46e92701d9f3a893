/**
 * Session 61's unseen wave: each class on the page that showed it and on the reader alone. A thread's posts told by
 * their floors where no poster is linked; closing credits (a reporter's role after the cameraman's names, a writer's
 * credit with a photo credit, a reviewer after a semicolon, two or more names alone in brackets); labels and boxes
 * that name a poster (`发表者`, `張貼者 … 於`, `只睇樓主`, a profile box's `Author:`, a `<th>` member cell, phpBB 2's
 * Chinese fields); what is no name (a member id of zeros, a reprint notice, `提问`, a doctor's title in the `<title>`);
 * a last reply's stamp, phpBB 2's yearless day; a `<title>` of a site and its section or a newsletter's issue.
 */
import t from 'tap'
import { floorOf } from '../src/parse/html/floors.js'
import { isMemberPage } from '../src/parse/html/members.js'
import { findRelativeDate } from '../src/text/relative-date.js'
import { splitNames } from '../src/text/fields.js'
import { processPage } from '../src/pipeline.js'
import { ownPage } from './helpers.js'

const PARA = '上个礼拜天约了两个老同学去石塘，本来是想去看看古街，走到镇子后头才听人说，河边还有一家在做连四纸的，是全镇剩下的' +
  '最后一个纸槽了。我们就顺着水沟一路问过去，走了差不多二十分钟，看到一排矮房子，门口堆着一捆一捆泡过的嫩竹。'

const REPLY = '程师傅说他爸八几年才走的，门口有棵大樟树，过了桥右手边就是。'

type Article = ReturnType<typeof processPage>['article']
const text = (content: string): Article => processPage({ content, format: 'text' }).article
const html = (title: string, body: string): Article => processPage({
  content: `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`, format: 'html'
}).article
const bodyOf = (a: Article): string => a.body.map(b => b.text).join('\n')
const page = (set: string, id: string): Article => ownPage(set, id).result.article

t.test('a thread\'s posts told by their floors where no poster is linked', async t => {
  for (const [id, reply] of [['b533', '好帖！已加精'], ['b535', '寫得很詳細，推一個'], ['b538', '写得太实在了，收藏了']]) {
    const { result, f1 } = ownPage('zh-blogs', id)
    t.notMatch(bodyOf(result.article), reply, `${id}: the replies go`)
    t.ok(f1 > 0.95, `${id}: the opening post stays (F1 ${f1.toFixed(3)})`)
  }
  t.same(['楼主', '樓主', '5楼', '1 樓', '第 12 樓', '沙发', '板凳', '5楼主', '123456楼'].map(floorOf),
    [0, 0, 5, 1, 12, 2, 3, undefined, undefined], 'floors, and what is none')
  t.equal(floorOf('#5'), undefined, 'an English page\'s `#5` is a rank or a pull request, no floor (WCXB 0267, 2645)')
  const thread = (floors: string[]): string => bodyOf(html('去石塘看了一回老纸槽 - 铅山人家 - 论坛', floors.map((f, i) =>
    `<div class="t t2"><b>会员${i}</b><span>${f}</span><div class="c">${i === 0 ? PARA + PARA : `第${i}条回复：${REPLY}`}</div></div>`)
    .join('')))
  t.notMatch(thread(['楼主', '1楼', '2楼', '3楼']), '第2条回复', 'from `楼主`, phpwind\'s numbering')
  t.notMatch(thread(['1楼', '2楼', '3楼', '4楼']), '第2条回复', 'from `1楼`')
  t.match(thread(['楼主', '3楼', '2楼', '4楼']), '第2条回复', 'floors that do not rise are no thread')
  t.match(thread(['楼主', '1楼']), '第1条回复', 'a post and one reply are no run')
  const list = (lead: string): string => bodyOf(html('我们楼加装电梯 - 崇川论坛', `<h1>我们楼加装电梯</h1>${lead}` +
    '<ul class="reply-list">' + ['2楼', '3楼', '4楼'].map(f =>
      `<li class="reply-item"><span class="nickname">濠河边的猫</span><span class="floor">${f}</span>` +
      `<div class="reply-text">${f}的回复：写得太实在了，收藏了。</div></li>`).join('') + '</ul>'))
  t.notMatch(list(`<div class="post">${PARA}${PARA}</div>`), '3楼的回复', 'replies from `2楼` under a post printed above')
  t.match(list(''), '3楼的回复', 'a page of replies alone keeps them')
})

t.test('closing credits: a reporter after the cameraman, a photo credit, a reviewer, names alone', async t => {
  t.same(page('zh-news', 'n477').authors, ['谭立新', '舒红梅'],
    'n477: `（县电视台记者 谭立新　摄像 彭勇　通讯员 舒红梅）`')
  t.same(page('zh-news', 'n473').authors, ['周晓澜', '叶敏'], 'n473: `(记者 周晓澜 叶敏；审校 高岚)`')
  t.same(page('zh-org', 'o244').authors, ['梁嘉琪'], 'o244: `（秘書處 梁嘉琪 撰稿　圖片：理事 何俊傑）`')
  t.same(page('zh-gov', 'g301').authors, ['郑珺', '李文涛'], 'g301: `（郑珺　李文涛）`')
  t.same(page('zh-org', 'o161').authors, ['孟庆云', '杜海燕'], 'o161 (session 49): `（孟庆云　杜海燕）`')
  const closing = (credit: string): Article => text(`县里早稻育秧面积增加\n\n${PARA}\n\n${PARA}\n\n${credit}`)
  const tv = closing('（县电视台记者 谭立新　摄像 彭勇　通讯员 舒红梅）')
  t.same(tv.authors, ['谭立新', '舒红梅'])
  t.same(tv.editors.map(e => e.name), ['彭勇'], 'the cameraman alone is credited for the pictures')
  t.same(closing('（记者 王晓东 刘敏　摄像 赵刚）').authors, ['王晓东', '刘敏'], 'the cameraman last, as before')
  t.same(closing('(记者 周晓澜 叶敏；审校 高岚)').authors, ['周晓澜', '叶敏'], 'the reviewer after `；` is no writer')
  t.same(closing('（秘書處 梁嘉琪 撰稿　圖片：理事 何俊傑）').authors, ['梁嘉琪'])
  t.same(closing('（梁嘉琪 撰稿）').authors, ['梁嘉琪'], 'without the photo credit, as before')
  t.same(closing('（郑珺　李文涛）').authors, ['郑珺', '李文涛'])
  t.same(closing('（张家港　苏州）').authors, [], 'places alone in brackets')
  t.same(closing('（郑珺）').authors, [], 'one name alone may be anyone the text names')
  t.same(closing('（完）').authors, [])
})

t.test('labels and boxes that name a poster', async t => {
  t.same(page('zh-org', 'o246').authors, ['王赟'], 'o246: `发表者：<a>王赟</a>　1587人已读`, `王赟大夫` in the `<title>`')
  t.same(page('zh-blogs', 'b527').authors, ['阿貞老師'], 'b527: `張貼者 <a>阿貞老師</a> 於 21:37`, not `所有網誌`')
  t.same(page('zh-blogs', 'b528').authors, ['阿詩'], 'b528: FC2\'s `プロフィール` box, `Author:阿詩`')
  t.same(page('zh-blogs', 'b533').authors, ['石塘老汪'], 'b533: phpwind 6\'s member cell in a `<th>`')
  t.same(page('zh-blogs', 'b534').authors, ['九龍城老餅'], 'b534: `只睇樓主` with `?author=10234`')
  t.same(page('zh-blogs', 'b537').authors, ['新橋阿May'], 'b537: phpBB 2\'s `帖子數量 : 312 … 注冊日期 : …`')
  t.same(page('zh-blogs', 'b529').authors, ['堃仔'], 'b529: `作者：堃仔，转载请注明出处：http://…`')
  t.same(page('zh-blogs', 'b536').authors, ['小满吃西瓜'], 'b536: `小满吃西瓜 提问`')
  const line = (info: string): string[] => html('孩子咳嗽一个多月不好', '<h1>孩子咳嗽一个多月不好，要警惕咳嗽变异性哮喘</h1>' +
    `<p>${info}</p><div><p>${PARA}</p><p>${PARA}</p></div>`).authors
  t.same(line('发表者：<a href="http://wangyun2.example.com/">王赟</a>　<span>1587人已读</span>'), ['王赟'])
  t.same(line('作者：王赟　<span>1587人阅读</span>'), ['王赟'], 'a count read, as before')
  const footer = (info: string): string[] => html('教室日記', '<h1>帶孩子們去官田看採菱角</h1>' +
    `<div><p>${PARA}</p><p>${PARA}</p></div><table><tr><td class="weblogFooter">${info}</td></tr></table>`).authors
  t.same(footer('張貼者 <a href="/weblog/index.php?user_id=12">阿貞老師</a> 於 21:37 | <a href="#c">迴響 (4)</a>'),
    ['阿貞老師'])
  t.same(footer('張貼者 阿貞 於 21:37'), ['阿貞'], 'no link')
  t.same(footer('張貼者 阿貞'), [], 'no time after it: no poster\'s line')
  t.notOk(isMemberPage('/modules/weblog/index.php?user_id=0'), 'an id of zeros: every member\'s posts')
  t.ok(isMemberPage('/modules/weblog/index.php?user_id=12'), 'a member\'s')
  t.ok(isMemberPage('/modules/weblog/index.php?user_id=100'), 'zeros inside an id')
  t.same(splitNames('堃仔，转载请注明出处：http://kunzai.example.com/1256873.html'), ['堃仔'])
  t.same(splitNames('堃仔，轉載請註明出處'), ['堃仔'])
})

t.test('a last reply\'s stamp and phpBB 2\'s yearless day', async t => {
  t.match(page('zh-blogs', 'b534').published, /^2016-05-07T21:23/,
    'b534: the opening post\'s `data-ts`, not the thread bar\'s `最後回覆 <span data-ts>4分鐘前</span>`')
  t.match(page('zh-blogs', 'b537').published, /^2010-05-07T21:23/, 'b537: `發表於: 週五 5月 07 - 21:23`, fetched in 2010')
  t.same(findRelativeDate('發表於: 週五 5月 07 - 21:23')?.monthDay, { month: 5, day: 7 })
  t.same(findRelativeDate('10月15日 09:32')?.monthDay, { month: 10, day: 15 }, 'as before')
  t.equal(findRelativeDate('5月 07 21:23'), null, 'no dash: a month and a number')
  t.equal(findRelativeDate('比分 5月 7 - 3'), null, 'no clock time')
})

t.test('a `<title>` of the site and its section, or of a newsletter\'s issue', async t => {
  t.equal(page('zh-gov', 'g306').title, '藍田灣醫院七月起增設夜間專科門診',
    'g306: `醫院服務管理局 - 新聞稿` over `<h1>新聞稿</h1>` and `div.press_title`')
  t.equal(page('zh-org', 'o245').title, '深水埗舊區長者居住狀況調查結果公佈',
    'o245: `社會政策研究中心 - 研究通訊第十二期` over a `<font size=4>` headline')
  t.equal(page('zh-blogs', 'b07').title, '五一装机记', 'b07: a blog\'s short headline after its name is no section')
  const press = (h1: string): string | null => html('醫院服務管理局 - 新聞稿', `<h1>${h1}</h1><div class="press_title">` +
    `藍田灣醫院七月起增設夜間專科門診</div><div><p>${PARA}</p><p>${PARA}</p></div>`).title
  t.equal(press('新聞稿'), '藍田灣醫院七月起增設夜間專科門診')
  t.equal(press('藍田灣醫院增設夜間門診'), '藍田灣醫院增設夜間門診', 'an `<h1>` of a headline\'s length is the headline')
})

t.test('the second wave: answers by their class, comments by their id, a dateline with its app, the rest', async t => {
  const asked = ownPage('zh-blogs', 'b546')
  t.notMatch(bodyOf(asked.result.article), '没有借条不等于没有借贷关系', 'b546: the lawyers\' `div.answer_item`s go')
  t.match(bodyOf(asked.result.article), '我没让他写借条', 'the asker\'s question stays')
  const qa = (box: string): string => bodyOf(html('借钱没写借条怎么办 - 法律咨询', '<div class="ask_box"><h1>借给朋友三万元开店' +
    `没写借条，钱还能要回来吗？</h1><div class="ask_con">${PARA}${PARA}</div></div>${box}`))
  const answers = [1, 2].map(n => `<div class="answer_item" id="answer_${n}"><p>律师${n}回答：${PARA}</p></div>`).join('')
  t.notMatch(qa(`<div class="answer_box">${answers}</div>`), '律师2回答', 'answers beside the question go')
  t.match(qa(`<div class="faq_list"><div class="question">问一</div>${answers}</div>`), '律师2回答',
    'a FAQ\'s answers are its text')
  t.match(qa(`<div class="answer_box">${answers.slice(0, answers.indexOf('</div>') + 6)}</div>`), '律师1回答',
    'one answer alone is no run')
  const weibo = ownPage('zh-org', 'o248')
  t.notMatch(bodyOf(weibo.result.article), '看得我心惊胆战', 'o248: Weibo\'s comments, each with its `comment_id`')
  t.same(page('zh-news', 'n479').authors, ['宫晓玥', '孔繁赟'],
    'n479: `沂州晚报·沂州+客户端7月8日讯（全媒体记者 宫晓玥 通讯员 孔繁赟）`')
  t.same(text(`口袋公园建成开放\n\n沂州晚报·沂州+客户端7月8日讯（全媒体记者 宫晓玥）${PARA}\n\n${PARA}`).dateline?.agency, '沂州晚报')
  t.same(page('zh-org', 'o249').authors, ['邵文喆'], 'o249: the banner\'s `<a href="/u/shaowz">邵文喆的个人博客</a>`')
  t.same(page('zh-blogs', 'b543').authors, ['何家赟'], 'b543: `<a>何家赟</a> (<a>进入专栏</a>)` and `<h3>何家赟：…`')
  t.same(page('zh-blogs', 'b539').authors, ['陈赟'], 'b539: the sign-off `2006年9月16日夜，陈赟记于隆尧`')
  t.same(page('zh-blogs', 'b531').authors, ['魏小二'], 'b531 (the first wave): its sign-off the same way')
  const signed = (line: string): string[] => text(`把作文课搬到了集上\n\n${PARA}\n\n${PARA}\n\n${line}`).authors
  t.same(signed('2006年9月16日夜，陈赟记于隆尧'), ['陈赟'])
  t.same(signed('2006年9月16日，近日记于隆尧'), [], 'a word before `记于` is no writer')
  const b545 = page('zh-blogs', 'b545')
  t.equal(b545.published, '2005-11-20', 'b545: `傳送時間`, not the group card\'s `建立日期：2003/2/14`')
  t.equal(b545.title, '黃Sir上個月退休，我哋幾個返咗去學校探佢')
  t.same(splitNames('乌日娜　萨如拉　其木格（锡林郭勒台）'), ['乌日娜', '萨如拉', '其木格'],
    'n482: the station in brackets after the last name goes')
  t.same(splitNames('周明远（中共楚原市委党校公共管理教研部主任、教授）'), ['周明远'], 'a post with a list mark, as before')
})

t.test('the third wave: a user name glued to the host, a `<title>`\'s last part, panel fields, a level before a badge', async t => {
  t.same(page('zh-blogs', 'b553').authors, ['zhoujz_dba'], 'b553: `…-zhoujz_dba-ITBAR博客` over `作者：<a>zhoujz_dba</a>`')
  t.same(page('zh-blogs', 'b560').authors, ['嘉義阿德'],
    'b560: the author meta\'s `比價通 ePricing` is the `<title>`\'s site, so the member link names the poster')
  t.same(page('zh-blogs', 'b559').authors, ['細蝦媽咪'], 'b559: `文章數目：` and `地區：` in the poster\'s cell')
  t.same(page('zh-blogs', 'b562').authors, ['滇池边的饵块'], 'b562: `nickname`, `Lv.6`, then the `楼主` badge')
  const slot = (title: string): string[] => html(title, '<h1>记一次RAC归档区写满的处理</h1><div class="info"><span class="author">' +
    `作者：<a href="http://blog.example-itbar.net/29817465/">zhoujz_dba</a></span></div><p>${PARA}</p><p>${PARA}</p>`).authors
  t.same(slot('记一次RAC归档区写满的处理-zhoujz_dba-ITBAR博客'), ['zhoujz_dba'])
  t.same(slot('记一次RAC归档区写满的处理_zhoujz_dba_ITBAR博客'), ['zhoujz_dba'], 'an underscore, as before')
})
