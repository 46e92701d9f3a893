/** No daniel-zh page with visible text comes out empty (part 1 of 1; see test/dev-pages.ts). */
import t from 'tap'
import { devPages, sweep } from './dev-pages.js'

const files = devPages('daniel-zh', 0, 1)
t.test('daniel-zh pages, part 1 of 1: none with visible text comes out empty', { skip: files.length > 0 ? false : 'no ../shared/dev-data' }, async t => {
  await sweep(t, files)
})
