/**
 * Issue #12, text pages without an info line under the headline: what says the first line is the headline when the
 * line after it is shorter. The lines are WCXB dev pages' own (0139, 0022) laid out as `npm run
 * eval:text` lays them out; each mechanism is checked with the evidence and without it.
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'
import { copyrightHolder } from '../src/metadata/site.js'

const title = (text: string): string | null => processPage({ content: text, format: 'text' }).article.title

const CUE = 'The CUE is designed to provide a student-friendly, helpful, and positive atmosphere to all students who ' +
  'would like assistance with better understanding class material.'
const MBA = 'Scroll on to learn everything you need to know about the best business schools in one convenient ' +
  'listing. Then read our coverage of MBA rankings.'

t.test('a headline over a subheading over its paragraph', async t => {
  t.equal(title(`Skip to content\nWhat to Expect at Tutoring Sessions\nWhat to Expect\n${CUE}\n${CUE}`),
    'What to Expect at Tutoring Sessions')
  // the second line is no subheading when no longer paragraph follows it: nothing says the first is a headline
  t.equal(title(`What to Expect at Tutoring Sessions\nWhat to Expect\nTutors are excited.\n${CUE}`), null)
})

t.test('a headline whose suffix is the site its copyright footer names, or a name of a site\'s shape', async t => {
  const page = (site: string, footer: string): string => 'Skip to content\n' +
    `Top MBA Programs of 2025: Business School Rankings & Guides - ${site}\nTop MBA Programs of 2025 (US)\n` +
    `Your Guide to the Best Business Schools\n${MBA}\n${MBA}\n${footer}`
  const headline = 'Top MBA Programs of 2025: Business School Rankings & Guides'
  // a suffix of no site's shape (`Lumen Academy`): the footer that names it says it is the site
  t.equal(title(page('Lumen Academy', '© 2024 Lumen Academy. All rights reserved.')), headline)
  t.equal(title(page('Lumen Academy', '© 2024 Harbor News. All rights reserved.')), null, 'another site in the footer')
  t.equal(title(page('Lumen Academy', 'Share this: Facebook Twitter LinkedIn Email')), null, 'no footer')
  // a suffix of a site's shape (`The Valley Post`, session 28) is a title bar's whatever the footer says
  for (const footer of ['© 2024 The Valley Post. All rights reserved.', '© 2024 Harbor News. All rights reserved.',
    'Share this: Facebook Twitter LinkedIn Email']) {
    t.equal(title(page('The Valley Post', footer)), headline, footer)
  }
})

t.test('copyrightHolder reads the holder of a footer, and nothing from a clause', async t => {
  const holder = (text: string): string | undefined =>
    copyrightHolder([{ kind: 'boilerplate', rule: 'boilerplate-line', text, reason: 'copyright footer' }])
  t.equal(holder('© 2024 The Valley Post. All rights reserved.'), 'The Valley Post')
  t.equal(holder('Copyright © 2000-2024 XINHUANET.com All Rights Reserved.'), 'XINHUANET.com')
  t.equal(holder('Copyright © 2024 新华网 版权所有'), '新华网')
  t.equal(holder('版权所有：东方网'), '东方网')
  t.equal(holder('Copyright 2024. All rights reserved.'), undefined)
  t.equal(holder('© 2024 All rights reserved by the authors; content may not be reproduced'), undefined)
  t.equal(copyrightHolder([{ kind: 'navigation', rule: 'menu-line', text: '© 2024 Harbor News', reason: '' }]),
    undefined, 'only a footer taken out as boilerplate')
})
