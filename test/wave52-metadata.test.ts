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
