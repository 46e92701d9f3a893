/**
 * The headline a reader would name when the page's heading is not one (session 11): a heading in capitals only, a
 * heading that ends like a sentence or a lead-in, a heading whose characters were lost to `?`; the `<title>`
 * (its site suffix off) stands in when it is about the same thing. Short pages of each shape, written for the test.
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'

const PROSE = '<p>Generally accepted accounting principles set the rules for how a business records revenue, costs and assets over time.</p>'.repeat(4)
const title = (docTitle: string, h1: string): string | null => processPage({
  content: `<html><head><title>${docTitle}</title></head><body><article><h1>${h1}</h1>${PROSE}</article></body></html>`,
  format: 'html'
}).article.title

t.test('a heading in capitals only: the <title> in mixed case about the same thing', async t => {
  t.equal(title('GAAP Compliance: Applying Accounting Best Practices | Example Advisors', 'SUPPORTING GAAP COMPLIANCE'),
    'GAAP Compliance: Applying Accounting Best Practices')
  // the heading stays when the <title> is about something else, is in capitals as well, or the heading is an acronym
  t.equal(title('Example Advisors | Home', 'SUPPORTING GAAP COMPLIANCE'), 'SUPPORTING GAAP COMPLIANCE')
  t.equal(title('SUPPORTING GAAP COMPLIANCE TODAY', 'SUPPORTING GAAP COMPLIANCE'), 'SUPPORTING GAAP COMPLIANCE')
  t.equal(title('GAAP rules explained', 'GAAP'), 'GAAP')
  // Han text has no case: a Chinese headline is no heading in capitals (udn's `<title>` ends in a Latin name)
  t.equal(title('細菌型感冒 吃克流感無效 - 醫藥新知 - 醫藥中心 - udn健康醫藥', '細菌型感冒 吃克流感無效'), '細菌型感冒 吃克流感無效')
})

t.test('a heading that ends like a sentence or a lead-in', async t => {
  t.equal(title('The Best Hotel Life Hacks and Travel Tips | Example Hotels', 'Make the most of your stay with these 10 travel hacks .'),
    'The Best Hotel Life Hacks and Travel Tips')
  t.equal(title('How cloud teams run inference at scale - Example News', 'A message from our co-founder about cloud teams:'),
    'How cloud teams run inference at scale')
  // an abbreviation's stop and an exclamation end headlines
  t.equal(title('Real estate markets ranked - Example', 'The Hottest Real Estate Markets in the U.S.'), 'The Hottest Real Estate Markets in the U.S.')
  t.equal(title('Home security cameras of 2026 - Example', 'Tested! The best security cameras for keeping your home safe'),
    'Tested! The best security cameras for keeping your home safe')
  // a plain headline stays whatever the <title> says
  t.equal(title('Best drip coffee makers of 2026 | Example', 'Our favourite drip coffee makers'), 'Our favourite drip coffee makers')
})

t.test('a heading whose characters were lost to ?', async t => {
  t.equal(title('What Are The Basics Of Event Planning: Beginner\'s Guide', 'What Are The Basics Of Event Planning? Beginner? Guide'),
    'What Are The Basics Of Event Planning: Beginner\'s Guide')
  // a real question keeps its mark
  t.equal(title('Is pet insurance worth it', 'Is pet insurance worth it?'), 'Is pet insurance worth it?')
})

t.test('a site suffix written in traditional characters comes off as the simplified one does', async t => {
  const { cleanTitle } = await import('../src/metadata/title.js')
  // as Taiwan and Hong Kong sites write their names (daniel-zh: uho.com.tw, pts.org.tw, chinatimes, bcc.com.tw)
  t.equal(cleanTitle('母嬰親善醫療院所認證 診所表現佳 - uho優活健康網'), '母嬰親善醫療院所認證 診所表現佳')
  t.equal(cleanTitle('流感再添四死 疾管局籲打疫苗 | 公視新聞網'), '流感再添四死 疾管局籲打疫苗')
  t.equal(cleanTitle('年節食品抽查 兩件不合格 - 中國時報'), '年節食品抽查 兩件不合格')
  t.equal(cleanTitle('寒流來襲 各地低溫 - 中央廣播電台'), '寒流來襲 各地低溫')
  t.equal(cleanTitle('春節疏運 高鐵加開班次_聯合新聞網'), '春節疏運 高鐵加開班次')
  // no separator: a headline that ends in such a word stays whole
  t.equal(cleanTitle('台北市長視察新建捷運局'), '台北市長視察新建捷運局')
  t.equal(cleanTitle('公視新聞網'), '公視新聞網', 'a title that is only a name is left to the reader')
})

t.test("a CMS's article properties in a comment: its title before the page's announced ones", async t => {
  const { cmsProperties } = await import('../src/parse/html/cms-comment.js')
  const { cmsComment, parseTree } = await import('../src/parse/html/tree.js')
  const read = (html: string | string[]): ReturnType<typeof cmsProperties> => cmsProperties(cmsComment(parseTree(html)))
  const block = '<!--enpproperty <date>2011-12-08</date><author>记者 武彩霞</author><title>中国iPad商标侵权纠纷案一审审结 苹果败诉</title>' +
    '<nodename></nodename><keyword></keyword> /enpproperty-->'
  const wanted = { title: '中国iPad商标侵权纠纷案一审审结 苹果败诉', date: '2011-12-08' }
  t.same(read(block + '<!DOCTYPE html><html><head><title>经济参考网</title>'), wanted, 'before the doctype')
  t.same(read('<html><head><title>经济参考网</title></head><body><p>正文</p>' + block + '</body></html>'), wanted, 'in the body')
  const cut = block + '<html><head><title>经济参考网</title></head></html>'
  t.same(read([cut.slice(0, 9), cut.slice(9, 60), cut.slice(60)]), wanted, 'in pieces cut inside the comment')
  t.same(read('<html><head><title>经济参考网</title></head></html>'), {}, 'no block')
  t.same(read('<!--enpproperty <title>never closed</title>' + 'x'.repeat(5000)), {}, 'no end within the bound')
  t.same(read('<!--enpproperty <title>too long</title>' + 'x'.repeat(5000) + ' /enpproperty-->'), {}, 'a block over the bound')
  t.same(read('<!--enpproperty <title> </title> /enpproperty-->'), {}, 'an empty title')
  t.same(read('<!--enpproperty <date>待定</date><title>标题</title> /enpproperty-->'), { title: '标题' }, 'a date with no year is none')
  t.same(read('<script>var s = "<!--enpproperty <title>in a script</title> /enpproperty-->"</script>'), {},
    "a script's string is no comment")

  const body = '<p>深圳市中级人民法院12月5日向媒体透露，苹果公司与唯冠科技（深圳）有限公司关于IPAD商标侵权纠纷案一审审结，驳回苹果公司要求认定唯冠侵权等诉讼请求。</p>' +
    '<p>据介绍，2000年唯冠旗下的唯冠台北公司在多个国家与地区分别注册了iPad商标，2001年唯冠深圳公司又在中国内地注册了iPad商标的两种类别。</p>'
  const page = (head: string): string =>
    `${block}<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body><div id="content">${body}</div></body></html>`
  const title = (html: string): string | null => processPage({ content: html, format: 'html' }).article.title
  t.equal(title(page('<title>经济参考网</title>')), '中国iPad商标侵权纠纷案一审审结 苹果败诉', "over a <title> that is the site's name")
  t.equal(title(page('<meta name="Title" content="中国日报网－中国人的国际视野平台：时政、评论"><title>x</title>')),
    '中国iPad商标侵权纠纷案一审审结 苹果败诉', "over a <meta name=title> that is the site's tagline")
  // an e-paper states the day nowhere else but in its edition bar (zh-news n119 of session 37's unseen round)
  const published = (html: string): string | null => processPage({ content: html, format: 'html' }).article.published
  t.equal(published(page('<title>经济参考网</title>')), '2011-12-08', "the CMS's date, the day the article ran")
  t.equal(published(page('<title>经济参考网</title>').replace('<date>2011-12-08</date>', '<date>2012-01-11 22:51:35.0</date>')),
    '2012-01-11T22:51:35+08:00', 'with the time it was filed, on the page\'s clock')
})

t.test('a text page\'s first line with a site-shaped suffix is its title bar, whatever follows it', async t => {
  const body = 'Generally accepted accounting principles set the rules for how a business records revenue and costs.'
  const read = (...lines: string[]): string | null =>
    processPage({ content: [...lines, body, body.replace('business', 'company')].join('\n'), format: 'text' }).article.title
  // a shorter line after the title (a byline the readers leave, a subheading) used to leave the page untitled
  t.equal(read('GAAP Compliance: Applying Best Practices - The Daily Ledger', 'By AccountingDepartment.com', 'Best Practices'),
    'GAAP Compliance: Applying Best Practices')
  t.equal(read('Yoga: Body, Breath, & Mind Series | Tech Insider Weekly', 'Schedule'), 'Yoga: Body, Breath, & Mind Series')
  t.equal(read('Council approves budget - BBC News', 'Key points'), 'Council approves budget')
  // a tail of no site's shape says nothing of the line: the shorter line after it leaves it unread as before
  t.equal(read('How to cook rice - a short guide', 'Rice is easy to cook.'), null)
  t.equal(read('How to cook rice - The Daily Ledger', 'Rice is easy to cook.'), 'How to cook rice')
})
