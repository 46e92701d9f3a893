/**
 * Spam in Traditional script: the lexicon carries the Traditional forms of its Chinese terms (derived by
 * scripts/derive-spam-traditional.ts from OpenCC's conversions), and a link that only speaks of gambling is spam
 * only when it leaves the site (a news site's own headline about a gambling raid is news).
 */
import t from 'tap'
import { createRequire } from 'node:module'
import { SPAM_LEXICON } from '../src/text/spam-lexicon.js'
import { processPage } from '../src/pipeline.js'

const require = createRequire(import.meta.url)
 
const OpenCC = require('opencc-js') as { Converter: (o: { from: string, to: string }) => (s: string) => string }

const HAN = /\p{Script=Han}/u

t.test('every Chinese term of the lexicon has its Traditional forms, of the kind it says', async t => {
  const byTerm = new Map(SPAM_LEXICON.terms.map(e => [e.term, e]))
  const toTraditional = ['t', 'tw', 'hk'].map(to => OpenCC.Converter({ from: 'cn', to }))
  let checked = 0
  for (const entry of SPAM_LEXICON.terms) {
    if (!HAN.test(entry.term) || entry.traditionalOf !== undefined) continue
    for (const form of new Set(toTraditional.map(convert => convert(entry.term)))) {
      if (form === entry.term) continue
      checked++
      const derived = byTerm.get(form)
      if (derived === undefined) {
        t.fail(`${entry.term}: no entry for ${form} (run scripts/derive-spam-traditional.ts)`)
        continue
      }
      // a form both scripts share with another term keeps that term's own entry
      if (derived.traditionalOf === undefined) continue
      t.equal(derived.kind, entry.traditionalKind ?? entry.kind, `${form} is ${entry.traditionalKind ?? entry.kind}`)
      t.equal(derived.linkText === true, entry.linkText === true, `${form} marks links as ${entry.term} does`)
    }
  }
  t.ok(checked >= 90, `${checked} Traditional forms checked`)
  t.equal(byTerm.get('百家樂')?.kind, 'generic')
  t.equal(byTerm.get('金沙娛樂場')?.kind, 'ambiguous', 'a Macau resort\'s own name is news in Hong Kong and Macau')
})

const page = (lines: string[]): NonNullable<ReturnType<typeof processPage>['article']> =>
  processPage({ content: lines.join('\n'), format: 'text' }).article

t.test('Traditional brands in a Hong Kong news text go, with their reason; the sentences stay', async t => {
  const a = page([
    '港府推出新一輪紓困措施',
    '2012年3月5日 10:20　來源：港聞網',
    '（本報訊）特區政府今日宣佈推出新一輪紓困措施，涵蓋中小企業貸款擔保及公共交通補貼，預計惠及逾五十萬名市民。',
    '財政司司長華體會表示，政府將繼續密切留意雷競技經濟情況，適時推出支援措施，協助市民渡過難關。',
    '商界普遍歡迎有關措施，認為可紓緩經營壓力。部分立法會議員則要求政府進一步擴大資助範圍。',
    '百家樂 真人百家樂 網上賭場 澳門賭場 線上娛樂 老虎機 體育投注'
  ])
  const body = a.body.map(b => b.text).join('\n')
  t.notMatch(body, /華體會|雷競技|百家樂/)
  t.match(body, /財政司司長表示，政府將繼續密切留意經濟情況/)
  t.same(a.removed.filter(r => r.rule === 'spam-brand-injection').map(r => r.text).sort(), ['華體會', '雷競技'].sort())
  t.ok(a.removed.some(r => r.rule === 'spam-keyword-stuffing' && r.text.startsWith('百家樂')),
    'the line of gambling words is stuffing, not a menu')
})

t.test('a Macau resort named in Macau news stays', async t => {
  const a = page([
    '金沙娛樂場周年慶典今晚舉行',
    '2015年5月18日　來源：澳門日報',
    '（本報訊）位於新口岸的金沙娛樂場今年踏入開業第十一年，營運商表示將投資擴建會展設施，並增聘本地員工逾千人。',
    '勞工事務局表示，歡迎企業優先聘用本地居民，並會繼續跟進博彩業從業員的職業培訓及晉升情況。'
  ])
  t.match(a.body.map(b => b.text).join('\n'), /位於新口岸的金沙娛樂場今年踏入開業第十一年/)
  t.same(a.removed.filter(r => r.kind === 'spam'), [])
})

const html = (links: string): string => `<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8">
<title>政府新聞公報</title></head><body><div id="content"><h1>警方加強打擊街頭罪案</h1>
<p>警方今日表示，過去一個月在各區加強巡邏，共拘捕一百二十人，涉及爆竊、搶劫及詐騙等案件，街頭罪案數字較去年同期下降百分之八。</p>
<p>警務處處長表示，警方會繼續與社區合作，呼籲市民提高警覺，遇到可疑情況應立即報警，並留意最新防騙資訊。</p>
</div><div class="related"><h3>相關新聞</h3><ul>${links}</ul></div></body></html>`

const spamLinks = (markup: string): string[] => processPage({
  content: Buffer.from(html(markup)), format: 'html', url: 'https://www.info.example.hk/gia/general/201203/05/P1.htm'
}).article.removed.filter(r => r.rule === 'spam-links').map(r => r.text)

t.test('a site\'s own headline about gambling is no gambling link; the same words linking out are', async t => {
  const own = '<li><a href="/gia/general/201203/04/P2.htm">警方打擊非法賭博行動拘十人</a></li>' +
    '<li><a href="https://www.info.example.hk/gia/general/201203/03/P3.htm">海關檢獲走私香煙</a></li>'
  t.same(spamLinks(own), [], 'a relative and an absolute link of the site')
  t.same(spamLinks('<li><a href="https://play.example-games.net/">網上賭博平台</a></li>'), ['網上賭博平台'],
    'gambling words linking to another site')
  t.same(spamLinks('<li><a href="/gia/ad/1.htm">必威體育</a></li>'), ['必威體育'], 'a brand, wherever it links')
})
