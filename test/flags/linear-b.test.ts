/**
 * Linear time on 1 MB of adversarial input, part b: endlessWord, endlessCapWord, digits, cjk, sentences, mixed,
 * detokenized (see
 * ./linear.ts).
 */
import t from 'tap'
import { checkLinear } from './linear.js'

t.test('each rule scales linearly on each adversarial input (b)', async t => {
  checkLinear(t, ['endlessWord', 'endlessCapWord', 'digits', 'cjk', 'sentences', 'mixed', 'detokenized'])
})
