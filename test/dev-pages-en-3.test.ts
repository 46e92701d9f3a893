/** No wcxb-articles page with visible text comes out empty (part 3 of 6; see test/dev-pages.ts). */
import t from 'tap'
import { devPages, sweep } from './dev-pages.js'

const files = devPages('wcxb-articles', 2, 6)
t.test('wcxb-articles pages, part 3 of 6: none with visible text comes out empty', { skip: files.length > 0 ? false : 'no ../shared/dev-data' }, async t => {
  await sweep(t, files)
})
