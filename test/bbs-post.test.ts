/**
 * A BBS post printed in one `<pre>` (src/parse/html/bbs-post.ts): the header and everything from the `--` line on
 * are no part of the text, the lines wrapped at the screen's margin are paragraphs again, a thread view's later posts
 * and its bars go. On the four development pages of the class (Firebird: zh-blogs b76, b111, b236; Maple: b439) and
 * on the reader alone.
 */
import t from 'tap'
import { bbsPost } from '../src/parse/html/bbs-post.js'
import { processPage } from '../src/pipeline.js'
import { ownPage } from './helpers.js'

const FIREBIRD = [
  '发信人: lanshan (六月的风吹过樱园), 信区: Graduation',
  '标  题: 写在离校前：四年，和这座图书馆',
  '发信站: 东湖晨曦BBS (Tue Jun 22 23:14:05 2004), 站内',
  '',
  '    明天就要交钥匙了，宿舍已经搬空，只剩下一张床板和桌上这台借来的旧电脑。睡不',
  '着，上站来写点东西，算是跟这四年告个别。',
  '',
  '    下个星期我就要去深圳上班了。听说那边也有很大的图书馆，但我想，应该不会再有',
  '一张桌子，让我像这样坐上整整四年了。',
  '    有缘再见。',
  '--',
  '    天下没有不散的筵席，',
  '※ 来源:．东湖晨曦BBS bbs.example-jcu.edu.cn．[FROM: 211.69.14.203]'
].join('\n')

t.test('the reader: header, unwrapped paragraphs, signature', async t => {
  const post = bbsPost(FIREBIRD)
  t.ok(post !== undefined)
  t.equal(post?.header, FIREBIRD.split('\n').slice(0, 3).join('\n'), 'the three header lines')
  t.same(post?.paragraphs, [
    '明天就要交钥匙了，宿舍已经搬空，只剩下一张床板和桌上这台借来的旧电脑。睡不着，上站来写点东西，算是跟这四年告个别。',
    '下个星期我就要去深圳上班了。听说那边也有很大的图书馆，但我想，应该不会再有一张桌子，让我像这样坐上整整四年了。',
    '有缘再见。'
  ], 'a wrapped line joins the next without a space; a line short of the margin ends its paragraph')
  t.match(post?.tail, /^--\n {4}天下没有不散的筵席，\n※ 来源/, 'the signature and the station stamp, from `--` on')

  const stamped = bbsPost(FIREBIRD.replace('--\n    天下没有不散的筵席，\n', ''))
  t.match(stamped?.tail, /^※ 来源/, 'without a signature the station\'s stamp ends the text')
  t.equal(stamped?.paragraphs.length, 3)

  const maple = bbsPost('作者: shiroi (白色的夏天) 看板: Tainan\n標題: [心得] 打工一學期\n時間: 2007/04/22 Sun 23:41:07\n\n' +
    '老闆說暑假過後還缺人。\n--\n※ Origin: 鳳凰木 <bbs.fhm-example.edu.tw> ◆ From: 140.116.247.12\n推 mooncake：學起來  04/23 00:05')
  t.same(maple?.paragraphs, ['老闆說暑假過後還缺人。'], 'the Maple header')
  t.match(maple?.tail, /推 mooncake/, 'the pushes after the stamp are the tail\'s')

  const english = bbsPost('发信人: kim (Kim), 信区: English\n标  题: A note\n发信站: 白鹭BBS (Tue Mar 15 21:03:11 2005), 站内\n\n' +
    'The library closes at ten on weekdays and the reading room on the third floor will\nbe kept open ' +
    'until the end of the month for those who still need it for their\nexams.\nThanks to all.\n')
  t.same(english?.paragraphs, [
    'The library closes at ten on weekdays and the reading room on the third floor will be kept open until the end of ' +
    'the month for those who still need it for their exams.',
    'Thanks to all.'
  ], 'wrapped English lines join with a space')

  t.equal(bbsPost('作者：张三\n標題：一篇文章\n時間：2007-04-22\n\n正文。'), undefined, 'an info line\'s `作者：` with a Chinese name: no BBS header')
  const short = bbsPost('作者: tea0530 (茶茶) 看板: Tainan\n標題: 打工心得\n時間: 2007/04/24 Tue 12:44:03\n\n上學期在麵攤打工。')
  t.same(short?.paragraphs, ['上學期在麵攤打工。'], 'a one-line post after the blank line (the header\'s match takes the line ends)')
  const relayed = bbsPost(FIREBIRD.replace('站内\n', '站内\n转信站: 白鹭BBS!news.example.edu\n'))
  t.equal(relayed?.header.split('\n').length, 4, 'a transit line in the header\'s shape is the header\'s')
  t.equal(relayed?.paragraphs.length, 3)
  const glued = bbsPost(FIREBIRD.replace('站内\n\n', '站内\n'))
  t.equal(glued?.paragraphs[0].slice(0, 8), '明天就要交钥匙了', 'text right under the header, no blank line, is the post\'s')
  t.equal(bbsPost('const a = 1\n\nconst b = 2'), undefined, 'a code block')
})

t.test('the class on the development pages', async t => {
  for (const id of ['b76', 'b111', 'b236', 'b439']) {
    const { result, f1, truth } = ownPage('zh-blogs', id)
    const body = result.article.body.map(b => b.text).join('\n')
    t.ok(f1 > 0.99, `${id}: body F1 ${f1.toFixed(3)}`)
    t.notMatch(body, /发信站|發信站|時間:|※|^--$/mu, `${id}: no header, stamp or signature in the body`)
    t.equal(result.article.source, null, `${id}: the station's stamp is no source`)
    t.same(result.article.authors, [truth.ground_truth.author], `${id}: the header's account`)
    const rules = new Set(result.article.removed.map(r => r.rule))
    t.ok(rules.has('post-header'), `${id}: the header is listed`)
    t.ok(rules.has('signature'), `${id}: the signature is listed`)
  }
  const thread = ownPage('zh-blogs', 'b111').result.article
  t.equal(thread.removed.filter(r => r.rule === 'thread-replies').length, 8, 'b111: the thread view\'s eight replies')
  t.ok(thread.removed.some(r => r.rule === 'post-view-chrome' && r.text.includes('[本篇作者: dreamfish]')), 'b111: its bars')
  t.ok(thread.body.some(b => b.text.includes('睡不着，上站来写点东西')), 'b111: a line wrapped in mid-word is joined')
})

t.test('a header over no text is read as any `<pre>`: never a page without its text', async t => {
  const html = '<html><head><meta charset="utf-8"><title>某某BBS -- 文章閱讀</title></head><body><pre>' +
    '作者: tea0530 (茶茶) 看板: Tainan\n標題: 打工心得\n時間: 2007/04/24 Tue 12:44:03\n--\n※ Origin: 某某BBS</pre></body></html>'
  // (were the header taken as a post of no paragraphs, the page would have no block: a 422)
  const { article } = processPage({ content: html, format: 'html' })
  t.equal(article.title, '打工心得', 'read, not refused')
  t.ok(article.removed.some(r => r.text.includes('tea0530')), 'the `<pre>` read as a block, its header an info line')
})

t.test('a page of its own prose that quotes a post keeps its prose', async t => {
  const prose = '<p>' + '校园论坛曾是一代大学生的公共客厅，许多人在那里写下毕业前的告别，也在那里找到了朋友和工作。'.repeat(6) + '</p>'
  const html = '<html><head><meta charset="utf-8"><title>论坛往事</title></head><body><article><h1>论坛往事</h1>' + prose +
    `<pre>${FIREBIRD}</pre>${prose}</article></body></html>`
  const { article } = processPage({ content: html, format: 'html' })
  t.equal(article.body.filter(b => b.text.startsWith('校园论坛曾是')).length, 2, 'both paragraphs of the page kept')
  t.ok(article.body.some(b => b.text.startsWith('明天就要交钥匙了')), 'the post read as a post')
  t.notOk(article.removed.some(r => r.rule === 'post-view-chrome'), 'nothing taken as the view\'s chrome')
})

t.test('a digest file (精华区 合集): the thread\'s opening post is the first collected one; the header\'s time over the view\'s clock', async t => {
  const digest = [
    '发信人: tingtao (听涛·板务), 信区: Memory',
    '标  题: [合集] 记老校区门口修自行车的王师傅',
    '发信站: 锦江听涛BBS (Mon Nov 13 10:21:45 2006), 站内',
    '',
    '☆────────────────────────────────────☆',
    '  shuxiang (一只书箱) 于  (Thu Nov  9 23:17:32 2006)  提到:',
    '',
    '　　上周六回老校区办事，出南门的时候习惯性地往左边看了一眼。',
    '',
    '☆────────────────────────────────────☆',
    '  xiaomaomi (喵了个咪) 于  (Thu Nov  9 23:40:02 2006)  提到:',
    '',
    '沙发……'
  ].join('\n')
  t.same(bbsPost(digest)?.paragraphs, ['上周六回老校区办事，出南门的时候习惯性地往左边看了一眼。'],
    'the first collected post\'s text, up to the next one\'s rule')
  const b451 = ownPage('zh-blogs', 'b451')
  const { article } = b451.result
  t.equal(article.title, '记老校区门口修自行车的王师傅', 'b451: the collection\'s `[合集]` label is the digest\'s')
  t.same(article.authors, ['shuxiang'], 'b451: the first collected post\'s writer, not the collector')
  t.equal(article.published?.slice(0, 10), '2006-11-09', 'b451: its time, not the collection\'s nor the station\'s clock')
  t.ok(b451.f1 > 0.98, `b451: body F1 ${b451.f1.toFixed(3)}`)
  t.equal(ownPage('zh-blogs', 'b27').result.article.published?.slice(0, 10), '2010-05-07',
    'b27: the post header\'s time, not a 2009 date in the online-count box by the view\'s heading')
})
