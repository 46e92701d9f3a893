/**
 * The evals' judge (scripts/judge.ts): titles compared as any reader would, typographic marks and their typewriter
 * renderings folded alike, words and punctuation that change the text kept apart. Pairs from WCXB dev labels.
 */
import t from 'tap'
import { fold, sameTitle, sameDay, sameAuthors } from '../scripts/judge.js'

t.test('a dash or an ellipsis typed two ways is one title', async t => {
  t.ok(sameTitle('Brains Are Not Required When It Comes to Thinking and Solving Problems—Simple Cells Can Do It',
    'Brains Are Not Required When It Comes to Thinking and Solving Problems--Simple Cells Can Do It'))
  t.ok(sameTitle('A HPH guide to… Low light tolerant houseplants', 'A HPH guide to... Low light tolerant houseplants'))
  t.ok(sameTitle('Actuary’s Industry Choice', "Actuary's Industry Choice"))
  // GB2312's A1AA: `—` to a browser, `―` (U+2015) to Python (zh-blogs b209 of session 41)
  t.ok(sameTitle('骑楼下的那盏灯——记中山路上的老钟表铺', '骑楼下的那盏灯――记中山路上的老钟表铺'))
  t.equal(fold('  Weekend  Coding\nAgent '), 'weekend coding agent')
})

t.test('different words or marks stay different', async t => {
  t.notOk(sameTitle('How Much is Pet Insurance?', 'How Much is Pet Insurance'))
  t.notOk(sameTitle('Top MBA Programs of 2025 (US)Your Guide', 'Top MBA Programs of 2025 (US) Your Guide'))
  t.notOk(sameTitle('House Renovation Costs: Homeowners and Investors', 'House Renovation Costs: Homeowners & Investors'))
  t.notOk(sameTitle('Well-Known Facts', 'Well Known Facts'))
})

t.test('dates by the day, authors as a set of names', async t => {
  t.ok(sameDay('2025-09-04T19:24:33Z', '2025-09-04'))
  t.notOk(sameDay('2025-09-05', '2025-09-04'))
  t.ok(sameAuthors(['Rui Ma', 'Heba Ledwon'], 'Heba Ledwon and Rui Ma'))
})
