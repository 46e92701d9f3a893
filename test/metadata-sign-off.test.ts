/**
 * Issue #12: an essay's sign-off after its last paragraph dates and credits a personal page that does so nowhere else
 * (src/metadata/readers/sign-off.ts). The pages are short excerpts of the shape of a Hong Kong FrontPage homepage of
 * 2003 (zh-blogs b118 of session 38's unseen round), written for the test.
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'

const P = '<p>　　四月初，公司宣布全體同事輪流在家工作，我每天戴着口罩搭小巴返屋企，車上冇人講嘢，大家都望住窗外，好似驚多講一句就會' +
  '傳染。媽媽每晚都煲好湯等我，佢話飲多啲湯就唔會病，我知道佢其實好擔心。'.repeat(2) + '</p>'
const page = (title: string, head: string, sign: string): string =>
  `<html><head><meta charset="utf-8"><title>${title}</title></head><body>${head}` +
  `<p align="center"><font size="5"><b>口罩下的四月</b></font></p>${P}${P}${P}${sign}` +
  '<table><tr><td><a href="essay16.htm">畢業後的第一份工</a></td><td>(2003.03.09)</td></tr></table></body></html>'
const article = (html: string): ReturnType<typeof processPage>['article'] =>
  processPage({ content: Buffer.from(html), format: 'html' }).article

t.test('the sign-off: the writer\'s name, then the day, the hour and the place', async t => {
  const a = article(page('阿Ben\'s Homepage - 隨筆', '', '<p align="right">阿Ben<br>2003年4月27日 深夜 於沙田</p>'))
  t.equal(a.published, '2003-04-27')
  t.same(a.authors, ['阿Ben'], 'a personal site named after its writer is no evidence against the name')
  const numerals = article(page('隨筆', '', '<p align="right">二〇〇三年四月二十七日夜，於沙田</p>'))
  t.equal(numerals.published, '2003-04-27', 'the day alone, in Chinese numerals')
  t.same(numerals.authors, [])
})

t.test('what a sign-off does not outrank, and what is no sign-off', async t => {
  // the page's own info line dates and credits the piece
  const info = article(page('隨筆', '<p>作者：陳大文　發表時間：2003-04-28 09:15</p>', '<p align="right">阿Ben<br>2003年4月27日 深夜 於沙田</p>'))
  t.equal(info.published, '2003-04-28T09:15:00+08:00')
  t.same(info.authors, ['陳大文'])
  // an issuing body's signature is no writer
  const office = article(page('通告', '', '<p align="right">沙田區議會<br>2003年4月27日</p>'))
  t.same(office.authors, [])
})
