import type { Rule } from '../rule.js'
import { hasSpaceGap, isSpaceGapAt, lowerKey, tokens } from '../text.js'

/**
 * `emerging information technology such as emerging information technology`: MT renders 以X为代表的X-type phrases as
 * an example list that repeats its own head. A phrase of one to six words, `such as`, and the same phrase.
 */
const MAX = 6
/** The key of `such` (`Token.key`). */
const SUCH = lowerKey('such')

const rule: Rule = {
  id: 'repetition-such-as',
  category: 'repetition',
  severity: 'warning',
  description: 'A phrase given as its own example (`technology such as technology`).',
  lang: 'en',
  example: {
    text: 'Give full play to the role of emerging information technology such as emerging information technology ' +
      'in epidemic prevention.'
  },
  check (segment) {
    const text = segment.text
    // `such` and `as` are set apart by spaces only
    if (!hasSpaceGap(text)) return []
    const words = tokens(text)
    const out = []
    for (let s = 0; s + 1 < words.length; s++) {
      // keys first: a word is compared with `such` by a call, its key inline
      if (words[s].key !== SUCH || words[s].lower !== 'such' || words[s + 1].lower !== 'as') continue
      if (!isSpaceGapAt(text, words[s].end, words[s + 1].start)) continue
      for (let n = Math.min(MAX, s); n >= 1; n--) {
        const a = s - n
        const b = s + 2
        if (b + n > words.length) continue
        let ok = true
        for (let k = 0; k < n && ok; k++) ok = words[a + k].lower === words[b + k].lower
        for (let k = a; k < b + n - 1 && ok; k++) ok = isSpaceGapAt(text, words[k].end, words[k + 1].start)
        if (!ok) continue
        const head = text.slice(words[a].start, words[s - 1].end)
        const message = `“${head}” is given as an example of itself.`
        out.push({ start: words[a].start, end: words[b + n - 1].end, message, suggestion: head })
        break
      }
    }
    return out
  }
}
export default rule
