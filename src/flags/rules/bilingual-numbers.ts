import type { DocumentFinding, Rule } from '../rule.js'
import { alignedSentence } from '../align.js'
import { sameValue, sourceNumbers, translationNumbers } from '../numbers.js'

/**
 * With a Chinese source: every number in the source must appear in the translation by value (1,000 = 千, 1.5万 =
 * 15,000, 3.5亿 = 350 million, 百分之八十 = 80%, 11月 = November), and every number the translation writes in
 * digits must come from the source. A translation number with no source value is flagged on its exact span
 * ("changed or added"); a source number with no translation value is flagged on the translation sentence at the
 * same relative position (see align.ts), since the missing number has no span of its own.
 */
const rule: Rule = {
  id: 'bilingual-numbers',
  category: 'untranslated',
  severity: 'error',
  scope: 'document',
  description: 'With a source: numbers and percentages missing from the translation or changed in it.',
  lang: 'en',
  example: { text: 'Service matters have been served at 84% throughout the process.', source: '福建省政务服务事项全程网办率达80.4%。' },
  checkDocument (segments, context) {
    const out: DocumentFinding[] = []
    const src = sourceNumbers(context.source)
    const srcValues = src.map(n => n.value)
    const trValues: number[] = []
    segments.forEach((segment, i) => {
      if (segment.lang === 'zh') return
      for (const n of translationNumbers(segment.text)) {
        trValues.push(n.value)
        if (n.digits && !srcValues.some(v => sameValue(v, n.value))) {
          out.push({ segment: i, start: n.start, end: n.end, message: `“${segment.text.slice(n.start, n.end)}” is not in the source: a changed or added number.` })
        }
      }
    })
    // Missing numbers that land on the same sentence make one flag that lists them all.
    const reported = new Set<number>()
    const bySpan = new Map<string, { at: { segment: number, start: number, end: number }, written: string[] }>()
    for (const n of src) {
      if (trValues.some(v => sameValue(v, n.value)) || reported.has(n.value)) continue
      reported.add(n.value)
      const at = alignedSentence(segments, n.start, context.source)
      if (at === undefined) continue
      const key = `${at.segment}:${at.start}:${at.end}`
      const entry = bySpan.get(key) ?? { at, written: [] }
      entry.written.push(`“${context.source.slice(n.start, n.end).trim()}”`)
      bySpan.set(key, entry)
    }
    for (const { at, written } of bySpan.values()) {
      const what = written.length === 1 ? `The source number ${written[0]} is` : `The source numbers ${written.join(', ')} are`
      out.push({ ...at, message: `${what} missing from the translation (flag on the sentence at the same position).` })
    }
    return out
  }
}
export default rule
