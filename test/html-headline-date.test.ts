/**
 * `headlineInfo` (src/parse/html/headline-date.ts) finds the headline the page prints by its bare form, and tests a
 * text node's first bare character against the headlines' characters before making it bare: the headline must
 * still be found behind every decoration `bare` takes off and as a part cut from its middle.
 */
import t from 'tap'
import { headlineInfo } from '../src/parse/html/headline-date.js'
import { bodyOf, parseTree } from '../src/parse/html/tree.js'

const PROSE = '<p>' + 'The council approved the new cycling plan on Tuesday after a long debate, as expected. '.repeat(4) + '</p>'
const info = (body: string, title: string, h1s: string[] = []): ReturnType<typeof headlineInfo> =>
  headlineInfo(bodyOf(parseTree(`<div>${body}${PROSE}</div>`)), title, h1s)

t.test('the printed headline behind white space, punctuation and symbols (one beyond the BMP)', async t => {
  const title = 'Council approves the cycling plan - Example News'
  for (const lead of ['', ' \n ', '★ ', '🔥 ', '\u3000【', '》 ', '— “']) {
    const got = info(`<span>${lead}Council approves the cycling plan</span><p>March 5, 2024</p>`, title)
    t.equal(got.date, 'March 5, 2024', JSON.stringify(lead))
  }
  t.equal(info('<h2>  ★ Council approves the cycling plan</h2><p>March 5, 2024</p>', title).headline,
    '★ Council approves the cycling plan')
})

t.test('a part of the headline cut from its middle, and one with more after it', async t => {
  const title = 'Council approves the cycling plan'
  t.equal(info('<h2>approves the cycling plan</h2><p>2024-03-05</p>', title).date, '2024-03-05', 'a part')
  t.equal(info('<h2>Council approves the cycling plan, and more</h2><p>2024-03-05</p>', title).date, '2024-03-05')
  t.equal(info('<h2>The cycling plan passes</h2><p>2024-03-05</p>', title).date, undefined, 'no part of it')
  t.equal(info('<h1>圣元奶粉陷入致死门</h1><p>2012年1月12日 16:15</p>', '圣元奶粉陷入致死门_新闻中心_新浪网').date,
    '2012年1月12日 16:15')
})
