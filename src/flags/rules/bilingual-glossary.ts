import type { DocumentFinding, Rule } from '../rule.js'
import { alignedSentence } from '../align.js'
import { HAN } from '../../text/index.js'

/**
 * With a Chinese source and a glossary: an entry whose `term` is Chinese and occurs in the source must have its
 * `preferred` rendering in the translation (case-insensitive). The flag marks the translation sentence at the
 * position of the term's first occurrence in the source (see align.ts).
 */
const rule: Rule = {
  id: 'bilingual-glossary',
  category: 'terminology',
  severity: 'warning',
  scope: 'document',
  description: 'With a source: a Chinese glossary term in the source not rendered as the glossary says.',
  lang: 'en',
  example: {
    text: 'Since the outbreak of new crown pneumonia, the platform has helped.',
    source: '新冠肺炎疫情发生以来,平台发挥了作用。',
    glossary: [{ term: '新冠肺炎', preferred: 'COVID-19' }]
  },
  checkDocument (segments, context) {
    const out: DocumentFinding[] = []
    const translation = segments.filter(s => s.lang !== 'zh').map(s => s.text).join('\n').toLowerCase()
    const seen = new Set<string>()
    // Terms that land on the same sentence make one flag that lists them all.
    const bySpan = new Map<string, { span: { segment: number, start: number, end: number }, terms: string[] }>()
    for (const entry of context.glossary) {
      if (!HAN.test(entry.term) || seen.has(entry.term)) continue
      seen.add(entry.term)
      const at = context.source.indexOf(entry.term)
      // A term copied as is into the translation is reported (with this rendering) by `bilingual-untranslated`.
      if (at === -1 || translation.includes(entry.preferred.toLowerCase()) || translation.includes(entry.term)) continue
      const span = alignedSentence(segments, at, context.source)
      if (span === undefined) continue
      const key = `${span.segment}:${span.start}:${span.end}`
      const item = bySpan.get(key) ?? { span, terms: [] }
      const note = entry.note !== undefined ? ` (${entry.note})` : ''
      item.terms.push(`“${entry.term}” should be rendered “${entry.preferred}”${note}`)
      bySpan.set(key, item)
    }
    for (const { span, terms } of bySpan.values()) {
      const message = `Glossary: source term ${terms.join('; ')}; not found in the translation ` +
        '(flag on the sentence at the same position).'
      out.push({ ...span, message })
    }
    return out
  }
}
export default rule
