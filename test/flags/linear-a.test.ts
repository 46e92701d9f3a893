/**
 * Linear time on 1 MB of adversarial input, part a: spaces, hyphens, spacedHyphens, dots, quotes, brackets (see
 * ./linear.ts).
 */
import t from 'tap'
import { checkLinear } from './linear.js'

t.test('each rule scales linearly on each adversarial input (a)', async t => {
  checkLinear(t, ['spaces', 'hyphens', 'spacedHyphens', 'dots', 'quotes', 'brackets'])
})
