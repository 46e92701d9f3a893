import { CJK_TEXT_RUN, HAN } from '../../text/index.js'
import type { DocumentFinding, Rule } from '../rule.js'
import { copiedFromSource } from './untranslated-cjk.js'

/**
 * With a Chinese source: Chinese text copied from the source into the translation, left untranslated. (Without a
 * source, or for Chinese that is not in the source, `untranslated-cjk` reports it.) When a glossary entry has that
 * Chinese term, its rendering is the suggestion.
 */

const rule: Rule = {
  id: 'bilingual-untranslated',
  category: 'untranslated',
  severity: 'error',
  scope: 'document',
  description: 'With a source: a piece of the Chinese source copied untranslated into the translation.',
  lang: 'en',
  example: { text: 'The 一网通办 service is now available in every city.', source: '推行“一网通办”服务。' },
  checkDocument (segments, context) {
    const out: DocumentFinding[] = []
    segments.forEach((segment, i) => {
      if (segment.lang === 'zh') return
      for (const m of segment.text.matchAll(CJK_TEXT_RUN)) {
        if (!HAN.test(m[0]) || !copiedFromSource(m[0], context.source)) continue
        const entry = context.glossary.find(g => g.term === m[0])
        out.push({
          segment: i,
          start: m.index,
          end: m.index + m[0].length,
          message: `“${m[0]}” is copied from the source untranslated.`,
          ...(entry !== undefined ? { suggestion: entry.preferred } : {})
        })
      }
    })
    return out
  }
}
export default rule
