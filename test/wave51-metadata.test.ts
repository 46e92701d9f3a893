/**
 * Session 51's unseen wave and the open pages of session 50's: the member pages of two forum platforms' friendly and
 * semicolon URLs (IP.Board 3 `/user/1288-azhe-train/`, YaBB and YaBB SE `index.php?action=viewprofile;user=owlde`), by
 * which a thread's posts are told and its poster read; FluxBB's and PunBB's ` / ` between a topic, its board and the
 * forum in a `<title>`; a role inside another story's linked headline (`驻开罗记者：尼罗河畔的高考季`) is no credit; a medium
 * reporting in its own name (`国际在线报道（驻内罗毕记者 周喆）：`) is a dateline; a board rules banner's revision and
 * effective dates are no publication date; a script writing a link farm is listed as the farm, not as a redirect; a
 * thread's last activity (`由 墨池小吴 于 1 天前最后一次更新`) and an editor's card (`修改于 2 天前`) name no writer; a
 * monastic's name (`释妙音`); a bilingual credit label (`文/Text：`) and a photographer named in Latin letters; a Hong
 * Kong page's day-first info line (`發佈者：lteu_web | 發佈日期：3/5/2012`) read in the front end, its login no source;
 * Lithium's member pages, and a card's rank, role or registration date no writer's name; an earlier post's `<time>` in
 * a list of posts is no date of this one, and a script's `published_at` outranks the `created_at` before it; XenForo
 * 1's weekday-only `abbr.DateTime` read by its `data-datestring`.
 */
import t from 'tap'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { processPage } from '../src/pipeline.js'
import { isMemberPage } from '../src/parse/html/members.js'
import { cleanTitle } from '../src/metadata/title.js'
import { startsWithSurname } from '../src/text/han-names.js'
import { readZhByline } from '../src/text/zh-byline.js'
import { scriptDate } from '../src/parse/html/script-dates.js'
import { parseDocument } from 'htmlparser2'
import type { Article } from '../src/types.js'

const article = (set: string, id: string): Article => {
  const dir = join('test', 'fixtures', set)
  const file = readdirSync(join(dir, 'html')).find(f => f.startsWith(`${id}-`))!
  const gt = JSON.parse(readFileSync(join(dir, 'ground-truth', file.replace(/\.html$/, '.json')), 'utf8')) as
    { url?: string, fetched_at?: string }
  const fetched = gt.fetched_at !== undefined ? { fetchedAt: gt.fetched_at } : {}
  return processPage({ content: readFileSync(join(dir, 'html', file)), format: 'html', url: gt.url, ...fetched }).article
}
const bodyText = (a: Article): string => a.body.map(b => b.text).join('\n')

t.test('member pages of IP.Board 3 and YaBB: the thread\'s replies go and its poster is read', async t => {
  t.ok(isMemberPage('http://www.example-gauge.tw/forum/user/1288-azhe-train/'), 'IP.Board 3, friendly URL')
  t.ok(isMemberPage('/yabbse/index.php?action=viewprofile;user=owlde'), 'YaBB SE')
  t.ok(isMemberPage('/cgi-bin/yabb/YaBB.pl?action=viewprofile;username=admin'), 'YaBB 1 Gold')
  t.notOk(isMemberPage('/forum/topic/8812-n-scale-station/'), 'a topic of IP.Board is no member')
  t.notOk(isMemberPage('/yabbse/index.php?action=viewprofile;user='), 'no member named')
  const ipb = article('zh-blogs', 'b378')
  t.same(ipb.authors, ['阿哲的小火車'], 'IP.Board 3: the topic starter')
  t.notMatch(bodyText(ipb), '第一次做就有這個水準很不錯', 'a reply is gone')
  t.match(bodyText(ipb), '伺服馬達', 'the opening post stays')
  const yabb = article('zh-blogs', 'b380')
  t.same(yabb.authors, ['貓頭鷹阿德'], 'YaBB SE: the topic starter')
  t.notMatch(bodyText(yabb), '北返前同步調查', 'a reply is gone')
  t.match(bodyText(yabb), '裡海燕鷗', 'the opening post stays')
})

t.test('a spaced slash before a site\'s or a section\'s name in a <title>', async t => {
  t.equal(cleanTitle('给老 ThinkPad T43 装 Arch 的全过程，记录几个坑 / 硬件兼容 / 滚滚 Linux 中文论坛'),
    '给老 ThinkPad T43 装 Arch 的全过程，记录几个坑', 'FluxBB: the forum, then the board before it')
  t.equal(cleanTitle('Installing Arch on a T43 / PunBB Forums'), 'Installing Arch on a T43', 'an English board')
  t.equal(cleanTitle('Either / Or'), 'Either / Or', 'a tail that is no site\'s name stays')
  t.equal(cleanTitle('TCP/IP 协议详解 / 网络技术'), 'TCP/IP 协议详解 / 网络技术', 'a section alone, no site after it, stays')
  t.equal(cleanTitle('AC/DC 巡演回顾 - 新浪网'), 'AC/DC 巡演回顾', 'a slash inside a word is no separator')
  t.equal(article('zh-blogs', 'b379').title, '给老 ThinkPad T43 装 Arch 的全过程，记录几个坑', 'a FluxBB 1.4 topic')
})

t.test('a role in a linked headline is no credit; a medium reporting in its own name is a dateline', async t => {
  const cri = article('zh-news', 'n401')
  t.same(cri.authors, ['周喆'], 'the correspondent in `国际在线报道（驻内罗毕记者 周喆）：`, not the linked stories')
  t.equal(cri.dateline?.agency, '国际在线', 'the medium is the dateline\'s agency')
  const page = (links: string): Article => processPage({
    content: Buffer.from('<html><head><meta charset="utf-8"><title>中企援建职业培训中心迎来首批毕业生</title></head><body>' +
      '<h1>中企援建职业培训中心迎来首批毕业生</h1><p>当地时间6月16日，由中国企业援建的职业技术培训中心举行首届学员结业典礼，' +
      '一百多名青年领到了电工、焊接和汽车维修三个专业的结业证书，典礼由培训中心主任主持，当地官员和企业代表出席。</p>' +
      '<p>培训中心于去年九月开课，学员从当地各村镇招收，学习期间食宿全免，结业后由合作企业优先录用，已有八十多人签约。</p>' +
      `<div class="side"><h3>驻外记者视线</h3>${links}</div></body></html>`),
    format: 'html'
  }).article
  const story = page('<ul><li><a href="/2008/06/16/2305s2117005.htm">驻开罗记者：尼罗河畔的高考季</a> 06-16</li>' +
    '<li><a href="/2008/06/14/2305s2115521.htm">驻里约记者：巴西人眼中的北京奥运</a> 06-14</li>' +
    '<li><a href="/2008/06/13/2305s2114632.htm">驻莫斯科记者：俄罗斯中学生的汉语热</a> 06-13</li>' +
    '<li><a href="/2008/06/11/2305s2112008.htm">驻内罗毕记者：马赛马拉的雨季</a> 06-11</li></ul>')
  t.same(story.authors, [], 'a story\'s address: its headline names no writer of this page')
  const own = page('<p><a href="javascript:void(0)">记者：周喆</a></p>')
  t.same(own.authors, ['周喆'], 'a credit whose link goes nowhere is the page\'s')
  const reported = processPage({ content: '国际在线报道（驻内罗毕记者 周喆）：当地时间6月16日，培训中心举行首届学员结业典礼。', format: 'text' })
    .article
  t.same(reported.authors, ['周喆'], 'in a text page')
  const said = processPage({ content: '据新华社报道，当地时间6月16日，培训中心举行首届学员结业典礼。', format: 'text' }).article
  t.equal(said.dateline, null, 'a sentence citing a report is no dateline')
})

t.test('a board rules banner\'s revision or effective date is no publication date', async t => {
  t.equal(article('zh-blogs', 'b392').published?.slice(0, 10), '2015-06-12', 'the post\'s date, not the rules\' `（2015年4月1日修订）`')
  t.not(article('zh-blogs', 'b391').published?.slice(0, 10), '2016-01-01', 'not the rules\' `（2016年1月1日起實施）`')
})

t.test('a script that writes a gambling link farm is listed as the farm, with its words, not as a redirect', async t => {
  const spam = article('zh-org', 'o173').removed.filter(r => r.kind === 'spam' && r.rule.endsWith('-script'))
  t.same(spam.map(r => r.rule), ['spam-written-script'], 'one removal, the written farm')
  t.match(spam[0]?.text, '澳门新葡京娱乐场', 'its words, so a crawler sees what was hidden')
  const redirect = processPage({
    content: Buffer.from('<html><head><meta charset="utf-8"><title>课题组新闻</title></head><body><h1>课题组在除锑研究方面取得新进展</h1>' +
      '<p>近日，课题组在硫化纳米零价铁选择性除锑研究方面取得新进展，相关成果发表在环境领域期刊上，第一作者为课题组博士研究生。</p>' +
      '<script>if (/baidu|sogou/.test(document.referrer)) { window.location.href = "https://xpj.example-bc-spam.com/"; }</script>' +
      '</body></html>'),
    format: 'html',
    url: 'https://envnano.example.edu.cn/news/12.html'
  }).article.removed.filter(r => r.kind === 'spam')
  t.same(redirect.map(r => r.rule), ['spam-redirect-script'], 'a real redirect stays one')
})

t.test('a thread\'s last activity and an editor\'s card name no writer', async t => {
  t.same(article('zh-blogs', 'b393').authors, ['临池小陈'], 'bbPress: not the last updater in the topic description')
  t.same(article('zh-blogs', 'b394').authors, ['骑车上班的阿文'], 'Apache Answer: not the editor\'s card before the asker\'s')
  const card = (stamp: string): Article => processPage({
    content: Buffer.from('<html><head><meta charset="utf-8"><title>后拨换挡总是跳链怎么办 - 单车问答</title></head><body>' +
      '<h1>后拨换挡总是跳链怎么办</h1><div class="q"><p>车是三年前买的入门山地车，后拨是九速，去年换过一次链条。最近一个月，' +
      '后拨在中间几个飞轮片之间换挡时经常跳链，上坡用力的时候尤其明显，限位螺丝和拉线都调过了，还是不行，请问还可能是哪里的问题？</p></div>' +
      `<div class="card"><a href="/users/lao_yang">修车老杨</a> <span>2,316</span> <time>${stamp}</time></div>` +
      '<div class="card"><a href="/users/awen">骑车上班的阿文</a> <span>46</span> <time>3 天前</time></div></body></html>'),
    format: 'html', url: 'https://ask.example.cn/questions/421'
  }).article
  t.same(card('修改于 2 天前').authors, ['骑车上班的阿文'], 'an edit stamp alone: the editor\'s card')
  t.same(card('提问于 3 天前 · 最后编辑于 2 天前').authors, ['修车老杨'], 'a posting beside the edit: the writer\'s own card')
})

t.test('a monastic\'s name; a bilingual credit label and a photographer in Latin letters', async t => {
  t.ok(startsWithSurname('释妙音'), 'the monastic surname and a dharma name of two')
  t.ok(startsWithSurname('釋證嚴'), 'in traditional script')
  t.notOk(startsWithSurname('释放'), 'a word of two characters')
  t.notOk(startsWithSurname('释迦牟尼'), 'a word of four')
  t.same(article('zh-org', 'o170').authors, ['释妙音'], 'a temple\'s closing `撰稿：释妙音`')
  t.same(readZhByline('文/Text：刘畅　　图/Fotos：Jonas Becker'), { names: '刘畅', photographers: ['Jonas Becker'] })
  t.same(readZhByline('文：刘畅　图：张三'), { names: '刘畅', photographers: ['张三'] }, 'as before')
  t.equal(readZhByline('文：刘畅　图：Reuters photo'), null, 'a lower-case word is no name')
  t.same(article('zh-org', 'o172').authors, ['刘畅'], 'a Confucius Institute\'s bilingual closing credit')
})

t.test('a Hong Kong page\'s day-first info line, read in the front end; a login is no source', async t => {
  const hk = article('zh-org', 'o171')
  t.equal(hk.published?.slice(0, 10), '2012-05-03', '`發佈日期：3/5/2012 10:15` on a zh-HK page, not the update of the 7th')
  t.equal(hk.source, null, 'the poster\'s login `lteu_web` is no publisher')
  t.not(article('zh-gov', 'g188').source, 'admin', 'nor an administrator\'s account (`发布者：admin`)')
  const line = (lang: string, host: string): string | null => processPage({
    content: Buffer.from(`<html lang="${lang}"><head><meta charset="utf-8"><title>貨車司機的長工時</title></head><body>` +
      '<h1>貨車司機的長工時</h1><div class="articleInfo">發佈者：<a href="/u/3">webmaster</a> | 發佈日期：3/5/2012 10:15</div>' +
      '<p>本會上月訪問了一百二十名貨車司機，超過六成每日工作十二小時以上，部分司機一星期只休息半日，長工時已經成為行業的常態，' +
      '不少司機表示連吃飯的時間都要在車上解決，長期下來身體健康大受影響，家庭生活亦受到嚴重影響。</p></body></html>'),
    format: 'html', url: `http://www.example.${host}/news/356.aspx`
  }).article.published?.slice(0, 10) ?? null
  t.equal(line('zh-HK', 'org.hk'), '2012-05-03', 'day first in Hong Kong')
  t.equal(line('en-US', 'com'), '2012-03-05', 'month first in the United States')
})

t.test('Lithium\'s member pages; a card\'s rank, role or registration date is no name', async t => {
  t.ok(isMemberPage('/t5/user/viewprofilepage/user-id/60412'), 'a Lithium (Khoros) member page')
  t.notOk(isMemberPage('/t5/user/viewprofilepage/user-id/'), 'no member named')
  t.same(article('zh-blogs', 'b392').authors, ['河西老周'], 'the poster, not the staff reply\'s role nor `注册时间`')
})

t.test('an earlier post\'s <time> in a list is no date of this one; published_at outranks created_at', async t => {
  t.equal(article('zh-blogs', 'b388').published?.slice(0, 10), '2022-07-08', 'a newsletter issue shown as `3天前`')
  const scripts = (code: string): ReturnType<typeof parseDocument>['children'] => parseDocument(`<script>${code}</script>`).children
  t.equal(scriptDate(scripts('{"created_at":1656987123000,"updated_at":1657328631000,"published_at":1657291224000}')),
    '1657291224000', 'the publication, not the draft\'s creation')
  t.equal(scriptDate(scripts('$CONFIG[\'created_at\'] = \'Sat May 07 21:23:57 +0800 2016\';')), '2016-05-07T21:23:57+08:00',
    'a creation alone is the post\'s time (Weibo)')
  t.equal(scriptDate(scripts('var ct = "1620393780"; var publish_time = "2021-05-07";')), '1620393780',
    'the first of two publication names (WeChat\'s time before its day)')
})

t.test('XenForo 1\'s weekday-only DateTime, read by its data-datestring and data-timestring', async t => {
  t.equal(article('zh-blogs', 'b391').published?.slice(0, 16), '2016-05-07T21:23', 'the thread\'s `開始於 星期六 下午9:23`')
  const page = (abbrs: string): string | null => processPage({
    content: Buffer.from('<html lang="zh-Hant-HK"><head><meta charset="utf-8"><title>老貓洗牙分享 | 貓友論壇</title></head><body>' +
      `<h1>老貓洗牙分享</h1><p class="meta">由 <a href="members/member.2231/">豆腐阿媽</a> 開始於 ${abbrs}</p>` +
      '<blockquote class="messageText">上星期帶咗屋企十四歲嘅老貓去洗牙，醫生話佢有三隻牙要剝，事前驗血照肺都做齊，全程大概四個鐘，' +
      '收費連麻醉同藥物大約六千蚊，分享下流程同注意事項，希望幫到有老貓嘅朋友，有咩問題可以喺下面留言問我。</blockquote></body></html>'),
    format: 'html', url: 'https://forum.example.hk/threads/48213/'
  }).article.published?.slice(0, 10) ?? null
  t.equal(page('<abbr class="DateTime" data-time="1462627380" data-datestring="2016年5月7日" data-timestring="下午9:23">星期六 ' +
    '下午9:23</abbr>'), '2016-05-07', 'its attributes')
  t.not(page('<abbr class="DateTime" data-time="1462627380" data-datestring="5月7日" data-timestring="下午9:23">星期六</abbr>'),
    '2016-05-07', 'no year in the attribute: not read as one')
})

t.test('a news byline beside an update line, and a byline naming a registered profession, stay the writer\'s', async t => {
  const page = (info: string): string[] => processPage({
    content: Buffer.from('<html><head><meta charset="utf-8"><title>冬天怎么吃得健康</title></head><body>' +
      `<h1>冬天怎么吃得健康</h1><div class="info">${info}</div>` +
      '<p>冬天是大多数人想吃得更丰盛的季节，这本身没有什么问题，只要盘子里还有蔬菜和一些水果，一天里喝够水，就不必太担心，' +
      '这也是很多人最容易忘记的部分。</p><p>汤是最简单的办法：周日煮一锅，一家人能吃三天，放在冰箱里也不会坏，加点豆腐和青菜，' +
      '营养就更全面了。</p></body></html>'),
    format: 'html'
  }).article.authors
  t.same(page('<span class="author">江小北</span> 最后更新：2019-01-05'), ['江小北'],
    'an update beside a byline that is no member\'s link')
  t.same(page('<span class="author">江小北 注册会计师</span>'), ['江小北'], 'a profession (`注册`) with no year is no profile date')
})
