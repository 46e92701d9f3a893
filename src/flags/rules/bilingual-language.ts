import type { DocumentFinding, Rule } from '../rule.js'
import { detectLanguage } from '../../language/index.js'

/**
 * With a source: a block of the translation that is not in English at all (left in Chinese, or put into another
 * language), by the language stage's detector. Only blocks of at least MIN_LETTERS letters are judged, and only a
 * confident answer counts (CONFIDENT): a short label or a name is not a language. Pieces of the source copied
 * into an English sentence are `bilingual-untranslated`'s; this rule reports the block as a whole.
 * On the development data (13 MT systems and two references, `npm run eval:flags`) it raises no flag: every
 * output there is English, as it should be.
 */
const MIN_LETTERS = 20
/** The language stage is right on 100% of its answers at this confidence or above (README: language calibration). */
const CONFIDENT = 0.9
/** Characters of a block the detector reads: the language of a block shows in its first lines. */
const SAMPLE = 2000
/** Tags that are English for this purpose. */
const ENGLISH = new Set(['en', 'sco'])

const rule: Rule = {
  id: 'bilingual-language',
  category: 'untranslated',
  severity: 'error',
  scope: 'document',
  description: 'With a source: a block of the translation that is not English (left in Chinese, or in another ' +
    'language).',
  lang: 'any',
  example: { text: '福建省政务服务事项全程网办率达到百分之八十点四，位居全国前列。', source: '福建省政务服务事项全程网办率达80.4%，位居全国前列。' },
  checkDocument (segments) {
    const out: DocumentFinding[] = []
    segments.forEach((segment, i) => {
      const letters = (segment.text.match(/\p{L}/gu) ?? []).length
      if (segment.lang === 'other' || letters < MIN_LETTERS) return
      const language = detectLanguage(segment.text.slice(0, SAMPLE))
      if (language.tag === 'und' || ENGLISH.has(language.tag) || language.confidence < CONFIDENT) return
      const text = segment.text
      out.push({
        segment: i,
        start: text.length - text.trimStart().length,
        end: text.trimEnd().length,
        message: `This block is not English: it reads as ${language.tag} (confidence ${language.confidence}).`
      })
    })
    return out
  }
}
export default rule
