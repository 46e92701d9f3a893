/**
 * Session 50's unseen wave (zh-org o167, zh-blogs b380, zh-news n400, zh-gov g228): a Chinese month's name, the day and
 * the year in the English order (`三月 14, 2006`: PHP-Nuke, YaBB SE, phpBB 2 language packs); a county media centre's
 * dispatch word and the reporters in its bracket (`桂溪融媒讯（刘洋 彭静）`); a department's division (`经建处`) where a
 * byline stands is no writer.
 */
import t from 'tap'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { processPage } from '../src/pipeline.js'
import { findDate } from '../src/text/date.js'
import type { Article } from '../src/types.js'

const article = (set: string, id: string): Article => {
  const dir = join('test', 'fixtures', set)
  const file = readdirSync(join(dir, 'html')).find(f => f.startsWith(`${id}-`))!
  const gt = JSON.parse(readFileSync(join(dir, 'ground-truth', file.replace(/\.html$/, '.json')), 'utf8')) as
    { url?: string, fetched_at?: string }
  const fetched = gt.fetched_at !== undefined ? { fetchedAt: gt.fetched_at } : {}
  return processPage({ content: readFileSync(join(dir, 'html', file)), format: 'html', url: gt.url, ...fetched }).article
}

const TEXT = '<p>为进一步加强社会组织管理，规范社会组织行为，根据有关规定，现就做好本年度社会组织年度检查工作有关事项通知如下，请各地结合实际认真贯彻执行。</p>' +
  '<p>各级登记管理机关要高度重视年度检查工作，明确责任分工，加强工作指导，按照规定时限完成年检任务，确保年检工作有序开展，并按时报送工作总结。</p>'
const read = (body: string, title: string): Article => processPage({
  content: Buffer.from(`<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`),
  format: 'html'
}).article

t.test('a Chinese month\'s name, the day and the year in the English order', async t => {
  t.equal(findDate('發表者 admin 於 星期二, 三月 14, 2006 @ 10:23:45 CST')?.iso.slice(0, 10), '2006-03-14', 'PHP-Nuke')
  t.equal(findDate('« 於: 三月 05, 2003, 09:23:11 下午 »')?.iso.slice(0, 10), '2003-03-05', 'YaBB SE')
  const phpbb = findDate('发表于: 星期日 四月 16, 2006 10:41 pm')
  t.same([phpbb?.iso, phpbb?.hasTime], ['2006-04-16', true], 'phpBB 2, its time found (given with the page\'s zone)')
  t.equal(findDate('十二月 5, 2006')?.iso, '2006-12-05', 'a two-character month')
  t.equal(findDate('二十三月 5, 2006'), null, 'no month 23')
  t.equal(findDate('第三月 5, 2006')?.iso, '2006-03-05', 'any character but a numeral or 年 may stand before')
  t.equal(findDate('去年三月 5, 2006 年'), null, 'not after 年')
  t.equal(article('zh-org', 'o167').published?.slice(0, 10), '2006-03-14', 'a PHP-Nuke story line')
  t.equal(article('zh-blogs', 'b380').published?.slice(0, 10), '2003-03-05', 'a YaBB SE post')
  t.equal(article('zh-blogs', 'b179').published?.slice(0, 10), '2006-04-16', 'a phpBB 2 post')
})

t.test('a media centre\'s dispatch word, the reporters in its bracket', async t => {
  t.same(article('zh-news', 'n400').authors, ['刘洋', '彭静'], '`桂溪融媒讯（刘洋 彭静）`')
  const lead = (dispatch: string): string[] => read(`<h1>春茶开采</h1><p>${dispatch}（刘洋 彭静）近日，全县春茶陆续开采，` +
    '茶农抢抓晴好天气采摘明前茶，茶叶加工厂也进入生产高峰，预计今年春茶产量比去年增长一成以上。</p>' + TEXT, '春茶开采').authors
  t.same(lead('云岭传媒讯'), ['刘洋', '彭静'], 'a media group')
  t.same(lead('本县融媒体讯'), ['刘洋', '彭静'], 'the centre named in full')
  t.same(lead('今天下午讯'), [], 'no medium, no dateline')
})

t.test('a department\'s division where a byline stands is no writer', async t => {
  t.same(article('zh-gov', 'g228').authors, [], '`作者：经建处`')
  const by = (name: string): string[] =>
    read(`<h1>关于做好社会组织年度检查工作的通知</h1><div class="info">作者：${name}　发布时间：2013-03-14</div>${TEXT}`,
      '关于做好社会组织年度检查工作的通知').authors
  t.same(by('社会组织管理處'), [], 'traditional form')
  t.same(by('李建处'), [], 'three characters ending in 处: an office, as a given name never ends in it')
  t.same(by('张建国'), ['张建国'], 'a person in the same line is read')
})

t.test('an office in the info line\'s author slot does not make the closing credit a listing\'s field', async t => {
  t.same(article('zh-org', 'o163').authors, ['刘思雨'], '`作者：智能制造学院` over `（撰稿：数控教研室 刘思雨　摄影：…）`')
  const page = (slot: string): string[] => read(`<h1>关于做好社会组织年度检查工作的通知</h1>` +
    `<div class="info">发布时间：2013-03-14　作者：${slot}</div>${TEXT}` +
    '<p style="text-align:right">（撰稿：办公室 王建华　摄影：李明）</p>', '关于做好社会组织年度检查工作的通知').authors
  t.same(page('机电工程学院'), ['王建华'], 'a school\'s department in the slot')
  t.same(page('县民政局'), ['王建华'], 'an office in the slot')
  t.same(page('王建华'), ['王建华'], 'the same writer in both')
})

t.test('a Big5 page\'s full-width slash (U+2215) in a closing credit\'s photo part', async t => {
  t.same(article('zh-org', 'o167').authors, ['林美惠'], '`（文∕林美惠　攝影∕陳志宏）`')
  const closing = (line: string): Article => read(`<h1>关于做好社会组织年度检查工作的通知</h1>${TEXT}` +
    `<p style="text-align:right">${line}</p>`, '关于做好社会组织年度检查工作的通知')
  const a = closing('（文∕王建华　摄影∕李明）')
  t.same([a.authors, a.editors], [['王建华'], [{ role: 'photographer', name: '李明' }]])
  t.same(closing('（文／王建华　摄影／李明）').authors, ['王建华'], 'the full-width solidus, as before')
})

t.test('a unit that supplied the piece before a credit\'s first label', async t => {
  const g227 = article('zh-gov', 'g227')
  t.same([g227.authors, g227.editors], [['杨晓芸'], [{ role: 'photographer', name: '罗彬' }]],
    '`（党政办供稿　撰稿：杨晓芸　摄影：罗彬）`, the line out of the text')
  t.notOk(g227.body.some(b => b.text.includes('供稿')), 'the credit leaves the body')
  const closing = (line: string): string[] => read(`<h1>关于做好社会组织年度检查工作的通知</h1>${TEXT}` +
    `<p style="text-align:right">${line}</p>`, '关于做好社会组织年度检查工作的通知').authors
  t.same(closing('（县教育局供稿　撰稿：王建华）'), ['王建华'])
  t.same(closing('（今天下午供稿　撰稿：王建华）'), [], 'no unit before 供稿: the line is no credit the reader knows')
})

t.test('a related list between paragraphs, two full paragraphs after it: an inset, not the article\'s end', async t => {
  const n397 = article('zh-news', 'n397').body.map(b => b.text).join('\n')
  t.match(n397, /社區營養師吳佩珊說/, 'the paragraph after `延伸閱讀：`')
  t.match(n397, /台南市社會局指出/, 'and the last one')
  t.notMatch(n397, /嘉義老眷村變身青年旅館/, 'the related headlines go')
  // the same shape with other words: a label in its own box between paragraphs, two full paragraphs after it
  const paras = ['市社会局表示，全市已有四百多个社区关怀据点，其中提供共餐服务的比例逐年提高，今年还将编列预算协助社区改善厨房设备。',
    '负责营运的协会理事长说，这栋老屋原是屋主父亲的诊所，闲置多年，屋主得知协会在找场地后，主动以象征性的租金出借，志工们花了半年整修。',
    '营养师说，菜单每周设计，以少油、少盐、好咀嚼为原则，并依长辈的慢性病状况调整，例如糖尿病长辈的饭量会另外分装，每周固定有四十多位长辈参加。',
    '今年八十二岁的陈阿嬷一个人住，儿女都在北部工作。她说以前一个人吃饭常常随便煮一碗面就打发，来这里有人一起吃，菜色也比较丰富，心情都不一样了。']
  const html = `<h1>社区共餐</h1><p>${paras[0]}</p><p>${paras[1]}</p><div class="extended"><p class="extended-title">延伸閱讀：</p>` +
    '<ul><li><a href="/a/1">嘉义老眷村变身青年旅馆 周末一床难求</a></li><li><a href="/a/2">高龄化加速 六十五岁以上人口突破二十七万</a></li></ul>' +
    `</div><p>${paras[2]}</p><p>${paras[3]}</p>`
  const text = read(html, '社区共餐').body.map(b => b.text).join('\n')
  t.ok(paras.every(p => text.includes(p)), 'every paragraph stays')
})

t.test('a reporter page\'s link is a byline', async t => {
  t.same(article('zh-news', 'n397').authors, ['林雅婷'], '`| <a href=/amp/reporter/88>林雅婷</a>/台南報導`')
  const by = (href: string): string[] => read(`<h1>关于做好社会组织年度检查工作的通知</h1><div class="head-row">` +
    `<a href="${href}">王建华</a></div>${TEXT}`, '关于做好社会组织年度检查工作的通知').authors
  t.same(by('/reporter/12'), ['王建华'])
  t.same(by('/journalists/wang-jianhua'), ['王建华'])
  t.same(by('/reports/12'), [], 'no author page')
})
