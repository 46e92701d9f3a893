import type { Rule } from '../rule.js'

const CJK_RUN = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]+/gu

/** A Han run that also appears in the source: reported by `bilingual-untranslated` instead, when a source is given. */
export function copiedFromSource (run: string, source: string | undefined): boolean {
  const han = run.match(/\p{Script=Han}+/gu) ?? []
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
    return [...segment.text.matchAll(CJK_RUN)]
      .filter(m => /\p{Script=Han}/u.test(m[0]) && !copiedFromSource(m[0], context.source))
      .map(m => ({ start: m.index, end: m.index + m[0].length, message: `Untranslated Chinese text “${m[0]}” in English.` }))
  }
}
export default rule
