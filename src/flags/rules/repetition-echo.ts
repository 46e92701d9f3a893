import type { Rule } from '../rule.js'
import { isEchoFragment, mayHoldSentences, sentences, tokens } from '../text.js'

/**
 * `delivered a speech. And speech.`: a very short sentence (at most three words, perhaps opened by `And`/`Or`/`But`)
 * that only repeats words from the end of the sentence before it. The span covers the echo and the space before
 * it; the suggestion deletes it.
 */
const rule: Rule = {
  id: 'repetition-echo',
  category: 'repetition',
  severity: 'warning',
  description: 'An echo fragment that repeats the end of the previous sentence (`delivered a speech. And speech.`).',
  lang: 'en',
  example: { text: 'Cao Shumin attended the forum and delivered a speech. And speech.' },
  check (segment) {
    const text = segment.text
    // an echo is a second sentence
    if (!mayHoldSentences(text)) return []
    const list = sentences(text)
    // the text's words once, for every sentence (an echo needs two sentences)
    const all = list.length > 1 ? tokens(text) : []
    const out = []
    for (let i = 1; i < list.length; i++) {
      if (!isEchoFragment(text, all, list[i - 1], list[i])) continue
      const start = list[i - 1].end
      const message = `“${text.slice(list[i].start, list[i].end)}” only echoes the previous sentence.`
      out.push({ start, end: list[i].end, message, suggestion: '' })
    }
    return out
  }
}
export default rule
