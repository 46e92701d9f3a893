import type { Rule } from '../rule.js'

const CJK_RUN = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]+/gu

const rule: Rule = {
  id: 'untranslated-cjk',
  category: 'untranslated',
  severity: 'error',
  description: 'Chinese characters left inside English text.',
  lang: 'en',
  check (segment) {
    return [...segment.text.matchAll(CJK_RUN)]
      .filter(m => /\p{Script=Han}/u.test(m[0]))
      .map(m => ({ start: m.index, end: m.index + m[0].length, message: `Untranslated Chinese text “${m[0]}” in English.` }))
  }
}
export default rule
