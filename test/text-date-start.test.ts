/**
 * `mayStartWithDate` (src/text/date.ts) is an exact gate: wherever `findDate` finds a date at index 0, it says so.
 * `MIN_DATE_LENGTH` is one too: no date `findDate` reads is shorter.
 */
import t from 'tap'
import { MIN_DATE_LENGTH, findDate, mayStartWithDate } from '../src/text/date.js'
import { randomInts } from './random.js'

const DATES = [
  '2024-03-19T08:30:00Z', '2024-03-19T08:30', '2012-05-07', '2012/5/7', '2012.05.07', '2012年5月7日', '2012年元月12日',
  '2012 年 05 月 07 日', 'May 7, 2012', 'may 7 2012', 'Sept. 5th, 2021', 'ſept 5, 2021', 'SEPTEMBER 5, 2021',
  '7 May 2012', '5th Sept 2021', '09/25/2025', '25.09.2025', '1-2-2020', '民國113年5月8日', '民国 99 年 1 月 2 日',
  '113-05-08', '101年1月12日', '二〇〇五年五月七日', '二零一二年十二月三十一日', '〇〇〇一年一月一日',
  'Tue May  7 21:23:57 2013', 'fri may 7 21:23 2010'
]
const AFTER = ['', ' 08:30', ' 14:30:05 +08:00', ' 星期一 21:23', ' 下午3:20', ' at 10:20 am EST', '　江城在线　记者 林晓', ' by Jane Doe', 'x', '1', '.']
const BEFORE = ['', ' ', '　', '(', '【', 'x', 'On ', '发布时间：', '1', '-', '.', '年', '民', 'The ', 'ſ', 'K']

t.test('every text findDate reads a date at index 0 of passes the gate', async t => {
  let dated = 0
  for (const b of BEFORE) {
    for (const d of DATES) {
      for (const a of AFTER) {
        const text = b + d + a
        if (findDate(text)?.index !== 0) continue
        dated++
        if (!mayStartWithDate(text)) t.fail(JSON.stringify(text))
      }
    }
  }
  t.ok(dated > 200, `${dated} texts dated at 0`)
  // and it does answer no where no date can start
  for (const text of ['The meeting on May 7, 2012', '（2012-05-07）', ' 2012-05-07', 'Reporter 2012-05-07']) {
    t.equal(mayStartWithDate(text), false, text)
  }
})

t.test('on dates cut and spliced at random', async t => {
  const pieces = ['2012', '05', '7', '-', '/', '.', '年', '月', '日', '元', 'May', 'sept', 'ſ', ' ', ',', 'th', '民國', '113', 'Tue',
    '〇', '二', '十', 'T', '08:30', 'Z', 'x', '(', '']
  const next = randomInts(5)
  let dated = 0
  for (let k = 0; k < 60000; k++) {
    let text = DATES[next(DATES.length)] + AFTER[next(AFTER.length)]
    for (let n = next(3); n > 0; n--) {
      const at = next(text.length + 1)
      text = text.slice(0, at) + pieces[next(pieces.length)] + text.slice(at + next(2))
    }
    if (findDate(text)?.index !== 0) continue
    dated++
    if (!mayStartWithDate(text)) { t.fail(JSON.stringify(text)); return }
  }
  t.ok(dated > 10000, `${dated} dated at 0`)
})

t.test('no date findDate reads is shorter than MIN_DATE_LENGTH, and the shortest is that long', async t => {
  // padded past the length gate, so that the patterns themselves answer; `# ` breaks no pattern's lookbehind
  const pad = '# # # '
  const shortest = findDate(pad + '100-1-1' + pad)
  t.equal(shortest?.length, MIN_DATE_LENGTH, 'a Minguo date with dashes is the shortest')
  t.equal(findDate('100-1-1')?.iso, '2011-01-01', 'and is read at the floor itself')
  const pieces = ['2012', '05', '7', '1', '-', '/', '.', '年', '月', '日', '元', 'May', 'ſ', ' ', ',', '民國', '113', '〇', '二',
    '十', 'x', '']
  const next = randomInts(11)
  let dated = 0
  for (let k = 0; k < 60000; k++) {
    // short texts of the patterns' own pieces, and the sample dates with pieces cut out
    let text = k % 2 === 0 ? '' : DATES[next(DATES.length)]
    if (k % 2 === 0) for (let n = 2 + next(5); n > 0; n--) text += pieces[next(pieces.length)]
    else {
      for (let n = next(4); n > 0; n--) {
        const at = next(text.length)
        text = text.slice(0, at) + text.slice(at + 1 + next(3))
      }
    }
    const found = findDate(pad + text + pad)
    if (found === null) continue
    dated++
    if (found.length < MIN_DATE_LENGTH) { t.fail(`${JSON.stringify(text)}: a date of ${found.length}`); return }
  }
  t.ok(dated > 5000, `${dated} dated`)
  t.equal(findDate('2012-5'), null, 'a text under the floor is answered by its length')
})
