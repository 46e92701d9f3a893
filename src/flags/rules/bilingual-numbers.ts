import type { DocumentFinding, Rule, Segment } from '../rule.js'
import { alignDocument, wholeOffset } from '../align.js'
import {
  RELATIVE_YEAR, covers, isYear, sourceNumbers, translationNumbers, valuesOf, type NumberMention
} from '../numbers.js'
import { isHeadline } from '../text.js'

/**
 * With a Chinese source: every number in the source must appear in the translation by value, and every number the
 * translation writes in digits must come from the source. Values are compared after normalisation (1,000 = 千,
 * 1.5万 = 15,000, 3.5亿 = 350 million, 百分之八十 = 80%, 11月 = November, `six` = 6, `two and a half million`,
 * `2021-11-26`); sizes (`数万`, `几十`, `tens of thousands`, `hundreds of`) are not figures and never reported.
 * A translation number with no source value is flagged on its exact span ("changed or added"); a source number with
 * no translation value is flagged on the translation sentence that should hold it, since it has no span of its own.
 * With aligned blocks (`{text, source}`) each pair is compared on its own, and the missing number marks the block;
 * a headline (a short block with no sentence end) may rightly leave figures out, so it is never said to miss one.
 * A whole-document source is aligned sentence by sentence first (align.ts), then compared the same way.
 */

/** A source sentence's span in the whole source. */
interface Unit { start: number, end: number }


/** What a translation number may come from: every number of the source, and any year when the source has `今年`. */
interface SourceValues { numbers: NumberMention[], relativeYear: boolean }
const sourceValues = (source: string): SourceValues =>
  ({ numbers: sourceNumbers(source), relativeYear: RELATIVE_YEAR.test(source) })

function extras (segment: Segment, i: number, src: SourceValues, found: NumberMention[], out: DocumentFinding[]): void {
  for (const n of found) {
    if (!n.digits || src.numbers.some(s => valuesOf(s).some(v => covers(n, v)))) continue
    if (src.relativeYear && isYear(n.value)) continue
    const message = `“${segment.text.slice(n.start, n.end)}” is not in the source: a changed or added number.`
    out.push({ segment: i, start: n.start, end: n.end, message })
  }
}

function missingMessage (source: string, missing: NumberMention[]): string {
  const written = missing.map(n => `“${source.slice(n.start, n.end).trim()}”`)
  const what = written.length === 1
    ? `The source number ${written[0]} is`
    : `The source numbers ${written.join(', ')} are`
  return `${what} missing from the translation`
}

/** The numbers of `source` that no translation mention stands for (one per value, sizes left out). */
function missingNumbers (src: NumberMention[], found: NumberMention[]): NumberMention[] {
  const seen = new Set<number>()
  return src.filter(n => {
    if (n.vague === true || seen.has(n.value) || found.some(t => valuesOf(n).some(v => covers(t, v)))) return false
    seen.add(n.value)
    return true
  })
}

/** The source span of the missing numbers: from the first one's start to the last one's end. */
function missingSpan (missing: NumberMention[]): { start: number, end: number } {
  const start = missing.reduce((least, n) => Math.min(least, n.start), Infinity)
  return { start, end: missing.reduce((most, n) => Math.max(most, n.end), -Infinity) }
}

/**
 * Aligned pairs. A translation number is "added" only when the whole source lacks it (a translator may move a
 * figure to the next sentence); a source number is missing from its block only when neither that block nor its
 * neighbours (the blocks before and after) render it.
 */
function checkPairs (
  segments: Segment[], sources: Array<string | undefined>, whole?: { text: string, units: Unit[][] }
): DocumentFinding[] {
  const out: DocumentFinding[] = []
  const all = sourceValues(whole?.text ?? sources.filter(s => s !== undefined).join('\n'))
  const found = segments.map(s => s.lang === 'zh' ? [] : translationNumbers(s.text))
  segments.forEach((segment, i) => {
    const source = sources[i]
    if (segment.lang === 'zh' || source === undefined) return
    extras(segment, i, all, found[i], out)
    const near = [...(found[i - 1] ?? []), ...found[i], ...(found[i + 1] ?? [])]
    const missing = missingNumbers(sourceNumbers(source), near)
    const text = segment.text
    if (missing.length === 0 || isHeadline(text)) return
    const start = text.length - text.trimStart().length
    const span = missingSpan(missing)
    // The source span: in the block's own source, or (a whole source) mapped back through the alignment.
    const inSource = whole === undefined
      ? { ...span, block: i }
      : { start: wholeOffset(whole.units[i], span.start), end: wholeOffset(whole.units[i], span.end) }
    const message = `${missingMessage(source, missing)}.`
    out.push({ segment: i, start, end: text.trimEnd().length, message, source: inSource })
  })
  return out
}

/**
 * A whole-document source: aligned sentence by sentence first (align.ts: length and shared numbers and Latin
 * words), then compared pair by pair like aligned blocks. A source number no translation number renders anywhere
 * is reported even where the alignment left its sentence without a partner.
 */
function checkWhole (segments: Segment[], source: string): DocumentFinding[] {
  const alignment = alignDocument(segments, source)
  const out = checkPairs(segments, alignment.sources, { text: source, units: alignment.units })
  const found = segments.flatMap(s => s.lang === 'zh' ? [] : translationNumbers(s.text))
  for (const omitted of alignment.omissions) {
    const text = source.slice(omitted.start, omitted.end)
    const missing = missingNumbers(sourceNumbers(text), found)
    if (missing.length > 0 && !isHeadline(segments[omitted.near.segment].text)) {
      const where = '(its sentence has no counterpart; flag on the sentence next to where it belongs).'
      const span = missingSpan(missing)
      const inSource = { start: omitted.start + span.start, end: omitted.start + span.end }
      out.push({ ...omitted.near, message: `${missingMessage(text, missing)} ${where}`, source: inSource })
    }
  }
  return out
}

const rule: Rule = {
  id: 'bilingual-numbers',
  category: 'untranslated',
  severity: 'error',
  scope: 'document',
  description: 'With a source: numbers, dates and amounts missing from the translation or changed in it.',
  lang: 'en',
  example: { text: 'Service matters have been served at 84% throughout the process.', source: '福建省政务服务事项全程网办率达80.4%。' },
  checkDocument (segments, context) {
    return context.sources !== undefined ? checkPairs(segments, context.sources) : checkWhole(segments, context.source)
  }
}
export default rule
