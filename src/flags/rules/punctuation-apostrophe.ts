import type { Rule } from '../rule.js'

/** `China‘s`: a left single quote, grave accent or acute accent used as an apostrophe between letters. */
const WRONG = /(?<=\p{L})[‘`´](?=\p{L})/gu
/** The marks `WRONG` looks for, by three native searches: a text with none of them is answered without the pattern. */
const hasMark = (text: string): boolean => text.includes('‘') || text.includes('`') || text.includes('´')

const rule: Rule = {
  id: 'punctuation-apostrophe',
  category: 'punctuation',
  severity: 'warning',
  description: 'A left single quote (or accent) used as an apostrophe (`China‘s` for `China’s`).',
  lang: 'en',
  example: { text: 'The index shows the leap of China‘s e-government.' },
  check (segment) {
    if (!hasMark(segment.text)) return []
    return [...segment.text.matchAll(WRONG)].map(m => ({
      start: m.index,
      end: m.index + 1,
      message: `“${m[0]}” used as an apostrophe.`,
      suggestion: '’'
    }))
  }
}
export default rule
