/**
 * The spam stage alone: brands everywhere, ambiguous names only in the injection pattern, generic terms only in
 * stuffed lines, spam links, request terms, and the lexicon's shape.
 */
import t from 'tap'
import { stripSpam } from '../src/spam/index.js'
import { SPAM_LEXICON, hasSpamLinkText, isSpamHost } from '../src/text/spam-lexicon.js'
import { loadData } from '../src/data.js'
import type { Draft } from '../src/draft.js'
import { LINEAR_4X, growth4x } from './helpers.js'

const draft = (...lines: string[]): Draft => ({ format: 'text', blocks: lines.map(text => ({ type: 'paragraph', text })), removed: [], hints: {} })
const texts = (d: Draft): string[] => d.blocks.map(b => b.text)

t.test('the lexicon: dozens of entries, each with its kind and source', async t => {
  const lex = SPAM_LEXICON
  t.ok(loadData<{ about: string }>('spam-lexicon.json').about.length > 20)
  t.ok(lex.terms.filter(x => x.kind === 'brand').length >= 50, 'brands')
  t.ok(lex.terms.filter(x => x.kind === 'generic').length >= 20, 'generic terms')
  for (const x of lex.terms) {
    t.ok([
      'brand', 'ambiguous', 'generic'
    ].includes(x.kind) && x.source.length > 5 && x.term.trim() === x.term && x.term !== '', x.term)
  }
  t.ok(lex.terms.some(x => /[a-z]/i.test(x.term) && x.kind === 'brand'), 'English brands')
  t.equal(new Set(lex.terms.map(x => x.term.toLowerCase())).size, lex.terms.length, 'no duplicates')
  for (const h of lex.hostTokens) t.ok(h.source.length > 5, h.token)
  for (const h of lex.hostPatterns) t.ok(h.source.length > 5, h.pattern)
  t.ok(lex.terms.filter(x => x.linkText === true).length >= 20, 'link-text terms')
})

t.test('a brand goes wherever it is, with its colons; the sentence stays', async t => {
  const d = stripSpam(draft('必威体育', '必威体育:网 > 新闻中心', '展现必威体育:在补齐养老事业短板', 'Visit bet365: Beijing today.', 'Nothing here.'))
  t.same(texts(d), ['网 > 新闻中心', '展现在补齐养老事业短板', 'Visit Beijing today.', 'Nothing here.'])
  t.same(d.removed.map(r => [r.kind, r.text]), [[
    'spam', '必威体育'
  ], ['spam', '必威体育:'], ['spam', '必威体育:'], ['spam', 'bet365:']])
  t.match(d.removed[0].reason, /必威体育/)
})

t.test('Latin brands match on word edges only', async t => {
  const d = stripSpam(draft('The alphabet365 project and the Betwayfarer novel.', 'Coral reefs are dying, scientists warned.', '2020bet365:高考'))
  t.same(texts(d), [
    'The alphabet365 project and the Betwayfarer novel.', 'Coral reefs are dying, scientists warned.', '2020高考'
  ])
})

t.test('ambiguous names: removed in the injection pattern only', async t => {
  const real = draft('金沙：推进乡村振兴', '金沙江流域的威尼斯人度假村游客增多。')
  t.same(texts(stripSpam(real)), texts(real), 'one 金沙： headline and ordinary words stay')
  const hacked = stripSpam(draft('金沙:网 > 新闻中心', '金沙:环湾生态公园', '威尼斯人', '城市发展报告'))
  t.same(texts(hacked), ['网 > 新闻中心', '环湾生态公园', '城市发展报告'])
  const withBrand = stripSpam(draft('新葡京:网', '澳门金沙:厦门新闻'))
  t.same(texts(withBrand), ['网', '厦门新闻'], 'an ambiguous name on a page with another brand')
})

t.test('generic terms: never out of a sentence, stuffed lines go whole', async t => {
  const d = stripSpam(draft(
    'Macau casino revenue rose in July, and sports betting grew too, the regulator said.',
    '体育彩票销售额增长，百家乐不是合法游戏。',
    '百家乐 真人娱乐 体育投注 六合彩',
    'casino slots poker baccarat roulette jackpot',
    '新闻 体育 娱乐 财经 彩票'
  ))
  t.same(texts(d), [
    'Macau casino revenue rose in July, and sports betting grew too, the regulator said.',
    '体育彩票销售额增长，百家乐不是合法游戏。',
    '新闻 体育 娱乐 财经 彩票'
  ])
  t.same(d.removed.map(r => r.text), ['百家乐 真人娱乐 体育投注 六合彩', 'casino slots poker baccarat roulette jackpot'])
  for (const r of d.removed) t.match(r.reason, /keyword-stuffed/)
})

t.test('spam links and domains', async t => {
  t.ok(isSpamHost('https://www.bet365.com/en'))
  t.ok(isSpamHost('amxpj8888.com'))
  t.ok(isSpamHost('casino-online.net'))
  t.ok(isSpamHost('888bet.cc'))
  t.notOk(isSpamHost('www.gov.cn'))
  t.notOk(isSpamHost('alphabet.com'))
  t.notOk(isSpamHost('www.163.com'))
  // one matcher for links (a host) and for bare URLs in text: tokens and host patterns alike
  t.ok(isSpamHost('hg8888.cc'), 'a host pattern (皇冠 hg + digits)')
  t.ok(isSpamHost('https://slots-online.example/x'), 'a host pattern in a URL')
  t.notOk(isSpamHost(''))
  // link texts: the lexicon's linkText terms, Latin ones on word edges
  t.ok(hasSpamLinkText('澳门威尼斯人娱乐城'))
  t.ok(hasSpamLinkText('Best online betting here'))
  t.ok(hasSpamLinkText('Online Casinos in Deutschland'), 'inflected and glued words too')
  t.notOk(hasSpamLinkText('Provincial sports news'))
  // a state lottery channel is news, not gambling spam (lottery.people.com.cn, www.lottery.gov.cn)
  t.notOk(isSpamHost('lottery.people.com.cn'))
  const d = stripSpam(draft('详情见 https://www.amxpj8888.com/reg?id=1 或 www.gov.cn。'))
  t.same(texts(d), ['详情见 或 www.gov.cn。'])
  t.same(d.removed.map(r => [r.kind, r.text]), [['spam', 'https://www.amxpj8888.com/reg?id=1']])
})

t.test('request terms and empty lexicon additions', async t => {
  const d = stripSpam(draft('金马会:城市新闻', 'Lucky Dragon Club: city news'), { spamTerms: [
    '金马会', 'Lucky Dragon Club', ' '
  ] })
  t.same(texts(d), ['城市新闻', 'city news'])
  const untouched = draft('No spam at all in this line.')
  t.equal(stripSpam(untouched).blocks[0], untouched.blocks[0], 'clean blocks are passed through as they are')
})

t.test('linear time on a long hostile line', async t => {
  const ratio = growth4x(n => '必威体育:'.repeat(n) + 'x'.repeat(n), line => { stripSpam(draft(line)) }, 20000, { warmup: 2000 })
  t.ok(ratio < LINEAR_4X, `ratio ${ratio.toFixed(2)}`)
})

t.test('a brand at either end of a title line goes with what it left of its segment (its alias and separator)', async t => {
  const body = '本届运动会共设田径、游泳、篮球等12个比赛项目，比赛将持续至11月底，参赛人数比上届增加了三成。'
  const d = stripSpam(draft('九游会·J9-我市举办全民健身运动会', body, '我市举办2024-2025全民健身运动会 - 九游会', body))
  t.same(texts(d), ['我市举办全民健身运动会', body, '我市举办2024-2025全民健身运动会', body])
  t.ok(d.removed.some(r => r.text === '·J9-' && r.rule === 'spam-brand-injection'), 'the alias is listed')
  // a figure after the brand is the text's, not an alias: `九游会 2024-10-15 …` keeps its date
  t.same(texts(stripSpam(draft(`九游会 2024-10-15 ${body}`, body))), [`2024-10-15 ${body}`, body])
  // the hint's title loses the alias as well
  const html: Draft = { ...draft(body, body), format: 'html', hints: { title: '九游会·J9-我市举办全民健身运动会' } }
  t.equal(stripSpam(html).hints.title, '我市举办全民健身运动会')
})
