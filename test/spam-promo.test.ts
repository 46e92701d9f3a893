/**
 * Issue #12, spam never seen before: a betting promotion line (src/spam/promo.ts) names a brand, the lexicon's or
 * brand-shaped, beside a bonus word or an account link, on one short line. Real article sentences from the seeds'
 * and the development sets' kind of text stand around it; what only looks like it (a lottery's name, a headline
 * with 注册 inside a word, a long sentence reporting on a promotion) stays.
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'
import { isEntryLine, isPromoLine, longerThan, trailingPromo } from '../src/spam/promo.js'

const ZH = ['西吉县是全国马铃薯主产区之一，马铃薯种植面积常年稳定在一百万亩以上，是当地农民增收的支柱产业。',
  '近年来当地依托马铃薯产业，建设了一批脱毒种薯繁育基地和淀粉加工企业，农民收入稳步增长。',
  '据统计，去年全县马铃薯总产量达到一百六十万吨，加工转化率超过百分之四十。']
const EN = ['Xiji County in Ningxia is one of the main potato producing areas in China, with a large planting area.',
  'In recent years, the county has built seed potato breeding bases and starch processing enterprises.',
  'According to statistics, the county total potato output reached 1.6 million tons last year.']

function bodyWith (line: string, paragraphs: string[]): { kept: boolean, rules: string[] } {
  const content = ['西吉县马铃薯产业发展调查', paragraphs[0], line, paragraphs[1], paragraphs[2]].join('\n')
  const { article } = processPage({ content, format: 'text' })
  return {
    // a sentence keeps its place though an unseen brand may be cut from it (spam-brand-injection)
    kept: article.body.some(b => b.text.includes(line.slice(0, 8))),
    rules: article.removed.filter(r => r.text === line).map(r => r.rule)
  }
}

t.test('promotion lines of unseen brands go, in Chinese and English text', async t => {
  for (const line of ['九游娱乐官网注册送彩金', '九游娱乐官网 Register now and win big', '鸿发娱乐 | 注册 | 登录',
    '豪利国际：首存优惠，返水无上限', 'Lucky Dragon 娱乐城 - claim your bonus',
    // an entrance or mirror-address link and an odds slogan: cutting the brand alone would leave `官网入口`
    '乐鱼体育官网入口', '九游娱乐 offers the best odds.']) {
    for (const paragraphs of [ZH, EN]) {
      const r = bodyWith(line, paragraphs)
      t.notOk(r.kept, `${line} removed`)
      t.ok(r.rules.some(rule => rule.startsWith('spam-')), `${line}: ${r.rules.join(',')}`)
    }
  }
  t.ok(bodyWith('九游娱乐官网注册送彩金', ZH).rules.includes('spam-promo-line'))
})

t.test('what only looks like a promotion stays', async t => {
  for (const line of ['中国体育彩票', '新华体育注册用户突破千万', 'Register now and win big',
    'Traders now see the best odds of a rate cut since May.', '政府网站官方入口',
    '记者调查发现，一些网站打着“九游娱乐官网注册送彩金”的旗号诱导网民参与网络赌博，警方已立案侦查并提醒市民注意防范。']) {
    const r = bodyWith(line, ZH)
    t.ok(r.kept, `${line} kept`)
    t.notOk(r.rules.includes('spam-promo-line'), `${line}: no promotion line`)
  }
  t.notOk(isPromoLine('中国体育彩票', null))
  t.ok(isPromoLine('九游娱乐 free spins', null))
})

t.test('longerThan counts what `for...of` and the white-space class count: characters other than white space', async t => {
  const reference = (text: string, max: number): boolean => [...text].filter(ch => !/\s/.test(ch)).length > max
  // every BMP code unit once, in a line just over and just under the limit
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c)
    for (const text of [`${'a'.repeat(3)}${ch}`, `${ch}${ch}ab`]) {
      for (const max of [2, 3, 4]) if (longerThan(text, max) !== reference(text, max)) t.fail(`U+${c.toString(16)} ${max}`)
    }
  }
  for (const text of ['𝐀𝐁𝐂 a', '\ud835\ud835 x', '\udc00\udc00', 'a\u3000b\u00a0c\ufeffd', '  九游 娱乐  ']) {
    for (let max = 0; max < 8; max++) t.equal(longerThan(text, max), reference(text, max), `${JSON.stringify(text)} ${max}`)
  }
})

t.test('a promotion glued after a paragraph\'s last sentence is cut from it; a name alone there stays', async t => {
  const read = (tail: string): { text: string, cut: string[] } => {
    const content = ['西吉县马铃薯产业发展调查', ZH[0], ZH[1] + tail, ZH[2]].join('\n')
    const { article } = processPage({ content, format: 'text' })
    return { text: article.body[1].text, cut: article.removed.filter(r => r.rule === 'spam-promo-line').map(r => r.text) }
  }
  for (const tail of ['澳门金沙城官网', '欧宝体育app下载', '鸿发娱乐登录入口']) {
    t.same(read(tail), { text: ZH[1], cut: [tail] }, tail)
  }
  // a name after the full stop may be a credit run on; a name inside the sentence is the sentence's
  t.same(read('新浪体育'), { text: ZH[1] + '新浪体育', cut: [] })
  t.same(trailingPromo('开云体育官网'), null, 'a line of its own is no paragraph\'s tail')
})

t.test('a brand-shaped name and its entry alone on a line go; the name alone, or a site word of no brand, stays', async t => {
  for (const line of ['九游娱乐app下载', '九游娱乐官网', '鸿发娱乐官方网站', '金冠体育(中国)官方网站', '博亚体育APP下载入口']) {
    const r = bodyWith(line, ZH)
    t.notOk(r.kept, `${line} removed`)
    t.same(r.rules, ['spam-promo-line'], line)
    t.ok(isEntryLine(line))
  }
  // the name alone (the `lone` scenario of eval-spam: a name is no promotion), a lottery's, a government portal's;
  // a portal's own link, its name's stem a word (新浪, 腾讯; 欧宝 is Opel's name too, and stays with them)
  for (const line of ['九游娱乐', '中国体育彩票', '政府网站官方入口', '人民政府官网', '新浪体育app下载', '腾讯体育官网',
    '欧宝体育app下载']) {
    t.notOk(isEntryLine(line), line)
  }
  t.ok(bodyWith('新浪体育app下载', ZH).kept, 'a portal\'s link is no spam')
  // in a sentence, the same words are a report
  t.notOk(isEntryLine('警方提醒不要下载欧宝体育app下载的安装包'))
})
