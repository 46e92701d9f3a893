import type { Rule } from '../rule.js'
import { fitCase, matchPhrases, phraseIndex } from '../glossary.js'

/**
 * Calques and glossary terms: literal MT renderings of Chinese terms (`new crown pneumonia`, `my country`,
 * `dynamic clearing zero`) from data/calques.json, plus the request's or config file's glossary entries
 * ({term, preferred, note?}). Case-insensitive, whole words; the suggestion is the preferred rendering.
 * A calque whose usage is split (`usage: "split"` in the data: official English differs from common usage, or human
 * translators write it too, such as `Chinese-style modernization`) is reported at `info` with a message that says
 * so: a note for an editor, not a defect, and it does not lower the quality score.
 */
const rule: Rule = {
  id: 'terminology-calque',
  category: 'terminology',
  severity: 'warning',
  description: 'A literal MT calque or a glossary term with an accepted rendering (`new crown pneumonia` -> COVID-19).',
  lang: 'en',
  decision: 'Kept at warning for calques, `info` for terms in split usage (data/calques.json `usage`): its one ' +
    'flag on the development talks is `my country` said by a British speaker of his own country (right there); ' +
    'on the news MT of the seeds its hits are marked problems. The talks are no test of government-news terms.',
  example: { text: 'Since the occurrence of new crown pneumonia, my country has used information technology.' },
  check (segment, context) {
    return matchPhrases(segment.text, phraseIndex(context.glossary)).map(m => {
      const found = segment.text.slice(m.start, m.end)
      const preferred = fitCase(found, m.entry.preferred)
      const note = m.entry.note !== undefined ? ` (${m.entry.note})` : ''
      if (m.entry.usage === 'split') {
        return {
          start: m.start,
          end: m.end,
          message: `Usage is split: “${found}” is in common use, official English has “${preferred}”${note}.`,
          suggestion: preferred,
          severity: 'info' as const
        }
      }
      const why = m.entry.origin === 'glossary' ? 'Glossary' : 'Calque'
      const message = `${why}: “${found}” should be “${preferred}”${note}.`
      return { start: m.start, end: m.end, message, suggestion: preferred }
    })
  }
}
export default rule
