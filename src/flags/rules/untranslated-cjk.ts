import { CJK_TEXT_RUN, HAN, HAN_RUN, mayHoldCjkRun } from '../../text/index.js'
import type { Rule } from '../rule.js'


/** A Han run that also appears in the source: reported by `bilingual-untranslated` instead, when a source is given. */
export function copiedFromSource (run: string, source: string | undefined): boolean {
  const han = run.match(HAN_RUN) ?? []
  return source !== undefined && han.length > 0 && han.every(h => source.includes(h))
}

const rule: Rule = {
  id: 'untranslated-cjk',
  category: 'untranslated',
  severity: 'error',
  description: 'Chinese characters left inside English text.',
  lang: 'en',
  example: { text: 'Ecological leader Chu Zha 色 That red monument.' },
  check (segment, context) {
    if (!mayHoldCjkRun(segment.text)) return []
    return [...segment.text.matchAll(CJK_TEXT_RUN)]
      .filter(m => HAN.test(m[0]) && !copiedFromSource(m[0], context.source))
      .map(m => ({
        start: m.index, end: m.index + m[0].length, message: `Untranslated Chinese text “${m[0]}” in English.`
      }))
  }
}
export default rule
