/**
 * Issue #12, Chinese metadata on Taiwan pages: the wire dateline that names its reporters before the place
 * (`（中央社記者王小明台北7日電）`, the Central News Agency's shape), a byline with the full-width slash (`文／王小明`),
 * a traditional-script photo credit standing alone (`攝影／李大同`).
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'
import { splitNameAndPlace } from '../src/text/han-names.js'

const P = '西吉縣是全國馬鈴薯主產區之一，馬鈴薯種植面積常年穩定在一百萬畝以上，是當地農民增收的支柱產業。'.repeat(2)

function article (head: string, first: string): ReturnType<typeof processPage>['article'] {
  const content = '<html><head><title>西吉縣馬鈴薯產業 | 新聞網</title></head><body><h1>西吉縣馬鈴薯產業發展調查</h1>' +
    `${head}<p>${first}</p><p>${P}</p></body></html>`
  return processPage({ content, format: 'html' }).article
}

t.test('a wire dateline with its reporters before the place', async t => {
  const a = article('', `（中央社記者王小明台北7日電）${P}`)
  t.same(a.authors, ['王小明'])
  t.same(a.dateline, { agency: '中央社', place: '台北', date: null }, 'the day alone, no publication date: no date')
  t.equal(a.body[0].text, P, 'the dateline leaves the paragraph')
  const dated = article('<div>2012/05/07 21:23</div>', `中央社記者王小明、李大同台北7日電 ${P}`)
  t.same(dated.authors, ['王小明', '李大同'])
  t.same(dated.dateline, { agency: '中央社', place: '台北', date: '2012-05-07' }, 'the day of the publication month')
  const full = article('', `中央社記者張家豪華盛頓2012年5月6日電 ${P}`)
  t.same(full.dateline, { agency: '中央社', place: '華盛頓', date: '2012-05-06' })
  t.same(full.authors, ['張家豪'])
  t.same(article('', `中央社記者張三台北7日電 ${P}`).authors, ['張三'], 'a two-character name before a two-character place')
  // the day in Chinese numerals, a wire's house style (zh-news n149 of session 38's unseen round)
  const numeral = article('<div>2004/05/07 12:18</div>', `（環島社記者周文雄屏東七日電）${P}`)
  t.same(numeral.authors, ['周文雄'])
  t.same(numeral.dateline, { agency: '環島社', place: '屏東', date: '2004-05-07' })
  const lastMonth = article('<div>2004/05/07 12:18</div>', `（中央社記者周文雄屏東三十日電）${P}`)
  t.same(lastMonth.dateline, { agency: '中央社', place: '屏東', date: '2004-04-30' }, 'a later day: the month before')
})

t.test('a name and the place glued after it', async t => {
  t.same(splitNameAndPlace('王小明台北'), { name: '王小明', place: '台北' })
  t.same(splitNameAndPlace('張三台北'), { name: '張三', place: '台北' })
  t.same(splitNameAndPlace('歐陽娜娜東京'), { name: '歐陽娜娜', place: '東京' })
  t.equal(splitNameAndPlace('台北'), undefined)
  t.equal(splitNameAndPlace('的一是不了'), undefined, 'no surname, no name')
})

t.test('a byline with the full-width slash, a photo credit in traditional script', async t => {
  const a = article('<p>文／王小明</p><p>攝影／李大同</p>', P)
  t.same(a.authors, ['王小明'])
  t.equal(a.body[0].text, P)
  t.notOk(a.body.some(b => /攝影|王小明|李大同/.test(b.text)), 'the credits left the body')
})

t.test('the date before the wire\'s bracketed dateline on one line (the Central News Agency\'s info line)', async t => {
  const a = article('<div>2012/05/07 21:23（中央社記者王小明台北7日電）</div>', P)
  t.same([a.published, a.authors, a.dateline], ['2012-05-07T21:23:00+08:00', ['王小明'],
    { agency: '中央社', place: '台北', date: '2012-05-07' }])
  t.notOk(a.body.some(b => b.text.includes('21:23')), 'the line leaves the body')
  // a bracket that is no dateline: the line stays as it was
  const other = article('<div>2012/05/07 21:23（本報訊）</div>', P)
  t.ok(other.body.some(b => b.text.includes('本報訊')))
})
