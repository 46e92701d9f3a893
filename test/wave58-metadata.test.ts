/**
 * Session 58, the metadata stage and the text readers: the classes of session 58's unseen wave, each on the page that
 * showed it and on the reader alone: a report's single place after the names (`约翰内斯堡报道`); a company's short name
 * inside its registered name; a company site's `本站讯（…）` dispatch; `撰文／` with a slash; the `文章作者` label; a
 * video-news brand before the reporter's role; an author slot's cameraman the closing credit gives his role.
 */
import t from 'tap'
import { splitNames, parseInfoLine } from '../src/text/fields.js'
import { judgeAuthor } from '../src/metadata/authors.js'
import { readZhByline } from '../src/text/zh-byline.js'
import { processPage } from '../src/pipeline.js'
import { ownPage } from './helpers.js'

t.test('one place a report was filed from closes the byline', async t => {
  t.same(ownPage('zh-news', 'n445').result.article.authors, ['黄志坚', '梁思琪'],
    'n445: `（本报记者 黄志坚 实习记者 梁思琪 约翰内斯堡报道）` closing a Wix post')
  t.same(splitNames('黄志坚 实习记者 梁思琪 约翰内斯堡报道'), ['黄志坚', '梁思琪'])
  t.same(splitNames('记者 黄志坚 北京报道'), ['黄志坚'])
  t.same(splitNames('首席记者 温立鹏 记者 俞小禾 上海、杭州报道'), ['温立鹏', '俞小禾'], 'several places, as before')
  t.same(splitNames('张三 李四报道'), ['张三', '李四报道'], 'a common name before 报道 is not cut as a place')
})

t.test('a company\'s short name inside its registered name is the company', async t => {
  t.same(judgeAuthor('瓯宁阀门', ['浙江瓯宁阀门有限公司'], true, true), { kind: 'source', name: '瓯宁阀门' })
  t.same(judgeAuthor('听雨', ['江南听雨轩'], true, true), { kind: 'person', name: '听雨' },
    'inside a blog\'s name a screen name stays its owner\'s')
})

t.test('a company site\'s dispatch names its writer in brackets', async t => {
  const o211 = ownPage('zh-org', 'o211').result.article
  t.same(o211.authors, ['孙思远'], 'o211: `本站讯（外贸部 孙思远）`, not the author slot\'s `瓯宁阀门`')
  const g207 = ownPage('zh-gov', 'g207').result.article
  t.ok(g207.body[0].text.startsWith('本站讯'), 'g207: `本站讯` without a bracket stays the text\'s')
})

t.test('`撰文／` with a slash, as `文／`', async t => {
  t.same(ownPage('zh-org', 'o212').result.article.authors, ['蔡宜蓁'],
    'o212: the closing `撰文／圖書館主任 蔡宜蓁`, not a sidebar book record\'s `作者：許青禾` nor the account `xipulib`')
  t.same(readZhByline('撰文／蔡宜蓁')?.names, '蔡宜蓁')
  t.same(readZhByline('文字／蔡宜蓁')?.names, '蔡宜蓁')
  t.same(readZhByline('撰文：蔡宜蓁')?.names, '蔡宜蓁', 'the colon as before')
})

t.test('`文章作者` labels the writers beside `文章来源`', async t => {
  t.same(ownPage('zh-org', 'o214').result.article.authors, ['李振东', '黄丽萍'], 'o214: `文章作者：李振东 黄丽萍`')
  t.same(parseInfoLine('文章作者：李振东 黄丽萍　文章来源：本会秘书处', null)?.fields.map(f => f.field), ['author', 'source'])
})

t.test('an author slot\'s cameraman, whom the closing credit gives his role, is no author', async t => {
  t.same(ownPage('zh-news', 'n446').result.article.authors, ['王骁', '俞晨'],
    'n446: `作者：王骁 柴敏` under `（钱塘视讯记者 王骁 实习记者 俞晨 摄像 柴敏）`')
  t.same(ownPage('zh-news', 'n430').result.article.authors, ['林淑惠', '蔡文雄'],
    'n430: a reporter of the byline who took the picture too stays')
  t.same(readZhByline('（钱塘视讯记者 王骁 实习记者 俞晨）')?.names, '王骁 实习记者 俞晨', 'a video-news brand before the role')
  const para = '<p>' + '记者从杭州东站获悉，暑期最后一周迎来返程客流高峰，车站日均发送旅客预计达到二十二万人次，多趟列车加开。'.repeat(3) + '</p>'
  const slot = (credit: string): string[] => processPage({
    content: '<html><head><meta charset="utf-8"><title>暑期最后一周迎返程高峰</title></head><body><h1>暑期最后一周迎返程高峰</h1>' +
      `<span class="author">作者：王骁 柴敏</span>${para}${para}<p style="text-align:right;">${credit}</p></body></html>`,
    format: 'html'
  }).article.authors
  t.same(slot('（记者 王骁 实习记者 俞晨 摄像 柴敏）'), ['王骁', '俞晨'])
  t.same(slot('（记者 王骁 柴敏 摄像 柴敏）'), ['王骁', '柴敏'], 'named a writer too: stays')
  t.same(slot('（摄像 柴敏）'), ['王骁', '柴敏'], 'no writer credited in the text: the slot as it is')
})
