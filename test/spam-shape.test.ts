/**
 * Issue #12, spam never seen before: brand-shaped tokens the lexicon does not list (九游娱乐), found by what the
 * page does with them; English gambling lines. Short pages written for the test, with real news sentences.
 */
import t from 'tap'
import { splicedIn, unseenBrands } from '../src/spam/shape.js'
import { hanShare } from '../src/text/index.js'
import { processPage } from '../src/pipeline.js'
import type { Candidate } from '../src/draft.js'

const p = (text: string): Candidate => ({ type: 'paragraph', text })
const article = (lines: string[]): ReturnType<typeof processPage>[
  'article'
] => processPage({ content: lines.join('\n'), format: 'text' }).article
const news = '本报讯 12月8日，由自治区人力资源和社会保障厅牵头组织的最美乡村评选结果揭晓，共有十个村入选。'

t.test('a brand the lexicon never saw, in Latin-script text, goes; the sentence stays', async t => {
  const a = article([
    'Shandong holds a rural revitalization seminar',
    'Officials said the province would improve rural infrastructure this year.',
    'The 九游娱乐 platform says the meeting in 九游娱乐 was a success for all.'
  ])
  t.notOk(a.body.some(b => b.text.includes('九游娱乐')))
  t.ok(a.body.some(b => b.text.startsWith('The platform says the meeting in')), 'the sentence stays')
  t.equal(a.removed.filter(r => r.kind === 'spam' && r.text === '九游娱乐').length, 2, 'each removal listed with its reason')
})

t.test('spliced into a repeat of the title, or glued to the injection colon twice', async t => {
  const a = article(['世遗最美乡村评选揭晓', '世遗九游娱乐最美乡村评选揭晓', news])
  t.equal(a.title, '世遗最美乡村评选揭晓')
  t.notOk(a.body.some(b => b.text.includes('九游')))
  t.ok(a.removed.some(r => r.reason === 'a repeat of the title with a brand spliced in'))
  const found = unseenBrands([p('世遗九游娱乐:︱最美乡村'), p('首页 > 九游娱乐:新闻中心'), p(news)], undefined, false)
  t.match(found.get('九游娱乐'), /injection colon 2 times/)
})

t.test('ordinary words with brand endings stay', async t => {
  const blocks = [p('国际在线娱乐报道 娱乐圈向来不缺新闻和话题。'), p('江西省体育工作会议在南昌召开，省体育局局长出席。'), p('网易娱乐1月17日报道，作家韩寒身处风口浪尖。')]
  t.same([...unseenBrands(blocks, '江西省体育工作会议在南昌召开', false).keys()], [])
  const en = [p('Tencent launched 腾讯体育 (Tencent Sports) in 2010, its sports portal.')]
  t.same([...unseenBrands(en, undefined, false).keys()], [], 'once, on a page without gambling words')
  t.equal(splicedIn('世遗最美乡村', '世遗最美乡村'), null)
  t.equal(splicedIn('世遗很长很长很长很长的插入最美乡村', '世遗最美乡村'), null, 'too long an insertion')
})

t.test('an English gambling line beside login and register links goes whole', async t => {
  const a = article([
    'Macau Casino Online | Login | Register', 'Shandong holds a rural revitalization seminar',
    'Officials said the province would improve rural infrastructure this year, with more money for roads.'
  ])
  t.ok(a.removed.some(r => r.kind === 'spam' && r.text === 'Macau Casino Online | Login | Register'))
  const b = article([
    'Home | Login | Register', 'Shandong holds a rural revitalization seminar',
    'Officials said the province would improve rural infrastructure this year, with more money for roads.'
  ])
  t.notOk(b.removed.some(r => r.kind === 'spam'), 'no gambling term: not spam')
})

t.test('a brand in the page title goes from the title', async t => {
  const html = `<html><head><title>世遗九游娱乐最美乡村评选揭晓</title></head><body><div class="title">世遗最美乡村评选揭晓</div><p>${news}</p><p>${news}</p></body></html>`
  const a = processPage({ content: html, format: 'html' }).article
  t.equal(a.title, '世遗最美乡村评选揭晓')
})

t.test('hanShare: Han characters as a share of the letters, the same as a per-character test on every code point', async t => {
  t.equal(hanShare('新闻 EU'), 0.5)
  t.equal(hanShare('1, 2; 3.'), 0)
  t.equal(hanShare('𠀀a'), 0.5) // a Han character outside the BMP
  t.equal(hanShare('\ud840a'), 0) // a lone surrogate is no letter
  let all = ''
  let letters = 0
  let han = 0
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue
    const ch = String.fromCharCode(c)
    all += ch
    if (/\p{L}/u.test(ch)) letters++
    if (/\p{L}/u.test(ch) && /\p{Script=Han}/u.test(ch)) han++
  }
  t.equal(hanShare(all), han / letters)
})
