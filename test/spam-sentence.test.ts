/**
 * Issue #12, unseen brands inside Chinese sentences and Latin brand codes (src/spam/sentence.ts): the shape, the
 * dictionary test of its place, and the page evidence a removal needs. Real news sentences, brands not in the lexicon.
 */
import t from 'tap'
import { hanBrandShapes, latinBrandCodes, sentenceBrands, standsApart } from '../src/spam/sentence.js'
import { isWord } from '../src/text/han-words.js'
import { processPage } from '../src/pipeline.js'
import type { Candidate } from '../src/draft.js'
import { LINEAR_4X, growth4x } from './helpers.js'

const p = (text: string): Candidate => ({ type: 'paragraph', text })
const article = (lines: string[]): ReturnType<typeof processPage>['article'] =>
  processPage({ content: lines.join('\n\n'), format: 'text' }).article
const injected = '本报讯 12月8日，由自治区九游娱乐人力资源和社会保障厅牵头组织的最美乡村评选结果揭晓，共有十个村入选。'
const company = '深圳唯冠国际控股有限公司董事长杨荣山表示，公司拥有iPad商标在中国大陆的所有权。'
const other = '评选活动历时三个月，各地共推荐了一百二十个村参加，评审委员会实地考察了其中的四十个村。'

t.test('the dictionary knows words and not brand prefixes', async t => {
  t.ok(isWord('中国'))
  t.ok(isWord('体育馆'))
  t.notOk(isWord('九游'))
})

t.test('shape, and whether the shape stands apart from the words around it', async t => {
  t.same(hanBrandShapes(injected), ['九游娱乐'])
  t.same(hanBrandShapes('Shandong news'), [])
  t.ok(standsApart(injected, injected.indexOf('九游娱乐'), '九游娱乐'))
  const province = '江西省体育工作会议在南昌召开'
  t.notOk(standsApart(province, 1, '西省体育'), 'the end of a word before it: 江西省 + 体育')
  t.notOk(standsApart('国家体育总局发布通知', 0, '国家体育'), 'a word as the prefix')
  t.notOk(standsApart('新建九游体育馆开放', 2, '九游体育'), 'the ending begins a longer word: 体育馆')
  t.ok(standsApart(company, 2, '唯冠国际'), 'a company name has the same shape')
})

t.test('the shape alone removes nothing: a company name in a clean page stays', async t => {
  t.same([...sentenceBrands({ blocks: [p(company), p(other)], chrome: [], gambling: false }).keys()], [])
  const a = article(['唯冠国际与苹果的商标之争', company, other])
  t.ok(a.body.some(b => b.text.includes('唯冠国际')))
  t.notOk(a.removed.some(r => r.kind === 'spam'))
})

t.test('repeated in navigation lines and again in a sentence: a hacked template\'s brand', async t => {
  const nav = '首页 | 九游娱乐 | 新闻中心 | 联系我们'
  const found = sentenceBrands({ blocks: [p(nav), p(injected), p(other), p(nav)], chrome: [], gambling: false })
  t.match(found.get('九游娱乐'), /repeated in 2 navigation or list places/)
  const fromChrome = sentenceBrands({ blocks: [p(injected), p(other)], chrome: [nav, nav], gambling: false })
  t.ok(fromChrome.has('九游娱乐'), 'what the front end removed as navigation counts')
  const once = sentenceBrands({ blocks: [p(nav), p(injected), p(other)], chrome: [], gambling: false })
  t.notOk(once.has('九游娱乐'), 'one navigation line is not a template')
})

t.test('on a page that shows gambling, the brand goes from the sentence and the sentence stays', async t => {
  const a = article(['最美乡村评选揭晓', injected, other, '更多精彩请访问 www.hg8868.com'])
  t.notOk(a.body.some(b => b.text.includes('九游娱乐')))
  t.ok(a.body.some(b => b.text.includes('由自治区人力资源和社会保障厅牵头组织')), 'the sentence closes up')
  const r = a.removed.find(x => x.text === '九游娱乐')
  t.equal(r?.rule, 'spam-brand-injection')
  t.match(r?.reason, /standing in the text of a page that shows gambling/)
  const b = article(['最美乡村评选揭晓', injected, other, '百家乐 真人视讯 老虎机 在线投注 注册送彩金'])
  t.notOk(b.body.some(x => x.text.includes('九游娱乐')), 'several gambling terms show it too')
})

t.test('Latin brand codes named like gambling hosts go on gambling pages; model numbers stay', async t => {
  const blocks = [p('今日推荐hg8868官方平台，新用户注册即送。'), p('国产大型水陆两栖飞机AG600完成首飞。')]
  t.same([...latinBrandCodes(blocks).keys()], ['hg8868'])
  const a = article(['国产大型水陆两栖飞机AG600完成首飞', '国产大型水陆两栖飞机AG600在珠海完成首次飞行，' + other])
  t.ok(a.body.some(b => b.text.includes('AG600')), 'no gambling on the page: nothing is asked')
  const g = article(['最美乡村评选揭晓', '评选结果揭晓后，hg8868向获奖村表示祝贺。' + other, '更多精彩请访问 m.ky0099.net'])
  t.notOk(g.body.some(b => b.text.includes('hg8868')))
  t.ok(g.removed.some(r => r.text === 'hg8868' && r.reason.includes('gambling host')))
})

t.test('on a gambling page, a code of a betting domain\'s shape no host pattern knows goes; versions, codecs and addresses stay', async t => {
  const blocks = [p('评选结果揭晓后，dfh888向获奖村表示祝贺，yb1688也发来贺电。'),
    p('视频采用h264编码，支持mp3和win10系统，pm2.5浓度下降，ios16用户可升级。'),
    p('GIS查詢系統網址為(https://sites.google.com/site/kcdc1922/)。')]
  t.same([...latinBrandCodes(blocks).keys()], ['dfh888', 'yb1688'])
  const g = article(['最美乡村评选揭晓', '评选结果揭晓后，dfh888向获奖村表示祝贺。' + other,
    '查询网址为(https://sites.google.com/site/kcdc1922/)。', '更多精彩请访问 www.hg8868.com'])
  t.notOk(g.body.some(b => b.text.includes('dfh888')))
  t.ok(g.removed.some(r => r.text === 'dfh888' && r.reason.includes("betting domain's shape")))
  t.ok(g.body.some(b => b.text.includes('kcdc1922')), 'a code inside an address is no brand')
  // no gambling on the page: nothing is asked
  t.ok(article(['最美乡村评选揭晓', '评选结果揭晓后，dfh888向获奖村表示祝贺。' + other]).body.some(b => b.text.includes('dfh888')))
})

t.test('linear time on a gambling page of many distinct brand-shaped tokens', async t => {
  // 2 distinct Han characters per token, no word: 九游娱乐 九鱼娱乐 ... as many as n allows
  const han = (i: number): string => String.fromCodePoint(0x4e00 + 2 * (i % 9000) + 1, 0x4e00 + 2 * ((i * 7) % 9000))
  const page = (n: number): Candidate[] => [
    p('必威体育'), ...Array.from({ length: n }, (_, i) => p(`消息称${han(i)}娱乐今天发布通知。`))
  ]
  const ratio = growth4x(n => page(n), blocks => {
    sentenceBrands({ blocks, chrome: [], gambling: true })
  }, 2000, { warmup: 200 })
  t.ok(ratio < LINEAR_4X, `ratio ${ratio.toFixed(2)}`)
})

t.test('a brand put in place of a place name everywhere, as a replace-all leaves it, goes from title and text', async t => {
  // a county report with `西吉` replaced by an unseen brand wherever it named the county (issue #12: brands that
  // stand in for place names); nothing else on the page is gambling
  const lines = [
    '盈禾娱乐县召开2024年秋粮收购工作推进会',
    '10月14日，盈禾娱乐县召开秋粮收购工作推进会，县委常委、副县长刘建国出席会议并讲话。',
    '会议指出，今年盈禾娱乐县秋粮播种面积达到32.6万亩，预计总产量15.8万吨，各乡镇要抓好收购组织工作。',
    '会上，县粮食和物资储备局通报了全县秋粮收购准备情况，各乡镇负责同志作了表态发言。'
  ]
  const found = sentenceBrands({ blocks: lines.map(p), chrome: [], gambling: false })
  t.match(found.get('盈禾娱乐'), /standing for a place name \(`盈禾娱乐县`\)/)
  const a = processPage({ content: lines.join('\n\n'), format: 'text' }).article
  t.equal(a.title, '县召开2024年秋粮收购工作推进会', 'the title loses the brand')
  t.notOk(a.body.some(b => b.text.includes('盈禾娱乐')))
  t.ok(a.body.some(b => b.text.startsWith('10月14日，县召开秋粮收购工作推进会')), 'the sentence closes up')
  t.equal(a.removed.filter(r => r.text === '盈禾娱乐' && r.rule === 'spam-brand-injection').length, 3, 'one per line')
})

t.test('a company or a leisure area glued to a suffix-like character stays', async t => {
  // daniel-zh (jjckb.cn, 2011-12-09): `唯冠国际旗下` is the company's subsidiaries, `唯冠` named on its own elsewhere
  const ipad = '据介绍，2000年唯冠国际旗下的唯冠台北公司在多个国家与地区分别注册了iPad商标，2001年唯冠深圳公司又在' +
    '中国内地注册了iPad商标的两种类别。'
  const court = '深圳市中级人民法院12月5日向媒体透露，苹果公司与唯冠科技（深圳）有限公司关于IPAD商标侵权纠纷案一审审结。'
  t.same([...sentenceBrands({ blocks: [p(court), p(ipad)], chrome: [], gambling: false }).keys()], [])
  const park = '公园新建的儿童娱乐区和水上娱乐区将于五一开放，届时将免费迎接游客。'
  t.same([...sentenceBrands({ blocks: [p(park), p(other)], chrome: [], gambling: false }).keys()], [],
    'a dictionary word before the ending: 儿童, 水上')
})

t.test('linear time on a page of many distinct brand-shaped tokens glued to place suffixes', async t => {
  const han = (i: number): string => String.fromCodePoint(0x4e00 + 2 * (i % 9000) + 1, 0x4e00 + 2 * ((i * 7) % 9000))
  const page = (n: number): Candidate[] => Array.from({ length: n }, (_, i) => p(`会议在${han(i)}娱乐县召开。`))
  const ratio = growth4x(n => page(n), blocks => {
    sentenceBrands({ blocks, chrome: [], gambling: false })
  }, 2000, { warmup: 200 })
  t.ok(ratio < LINEAR_4X, `ratio ${ratio.toFixed(2)}`)
})
