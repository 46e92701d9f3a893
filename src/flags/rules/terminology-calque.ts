import type { Rule } from '../rule.js'
import { fitCase, matchPhrases, phraseIndex } from '../glossary.js'

/**
 * Calques and glossary terms: literal MT renderings of Chinese terms (`new crown pneumonia`, `my country`,
 * `dynamic clearing zero`) from data/calques.json, plus the request's or config file's glossary entries
 * ({term, preferred, note?}). Case-insensitive, whole words; the suggestion is the preferred rendering.
 */
const rule: Rule = {
  id: 'terminology-calque',
  category: 'terminology',
  severity: 'warning',
  description: 'A literal MT calque or a glossary term with an accepted rendering (`new crown pneumonia` -> COVID-19).',
  lang: 'en',
  example: { text: 'Since the occurrence of new crown pneumonia, my country has used information technology.' },
  check (segment, context) {
    return matchPhrases(segment.text, phraseIndex(context.glossary)).map(m => {
      const found = segment.text.slice(m.start, m.end)
      const preferred = fitCase(found, m.entry.preferred)
      const why = m.entry.origin === 'glossary' ? 'Glossary' : 'Calque'
      return {
        start: m.start,
        end: m.end,
        message: `${why}: “${found}” should be “${preferred}”${m.entry.note !== undefined ? ` (${m.entry.note})` : ''}.`,
        suggestion: preferred
      }
    })
  }
}
export default rule
