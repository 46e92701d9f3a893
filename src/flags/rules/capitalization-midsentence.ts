import type { Finding, Rule } from '../rule.js'
import { loadData } from '../../data.js'
import { isLowerWord, isSpaceGap, isTitleCaseWord, isUpper, tokens, type Token } from '../text.js'

/**
 * `construction Goals and tasks`, `development Achieve new breakthroughs`, `so Enterprises and the masses`: MT glued
 * two sentences and kept the capital of the second one. Built for precision; a word is flagged only when
 * - it is Title-case (`Goals`, not `AI`) and a common lower-case English word (data/flags-common-words.json, which
 *   leaves out words that are usually parts of names);
 * - the word before it is lower case, separated by spaces only (so never after `:`, `.`, a quote or a bracket),
 *   and is not a determiner (`the Party`, `the Guidelines`);
 * - walking back over name links (`of`, `and`, `for`, `the`…) does not reach a capitalized word
 *   (`Ministry of Education`, `Department of Planning and Development`);
 * - it is not followed, past name links, by another capitalized word (multi-word names: `Digital China`,
 *   `Guidelines for the Construction of ...`);
 * - it is followed by a lower-case word (after spaces, or a comma), as the rest of a glued sentence is, and does not
 *   follow a possessive (`Perez’s Moving`);
 * - the text is not a Title Case heading (more than half its words capitalized).
 */
interface WordFile { groups: Array<{ name: string, source: string, words: string[] }> }
let common: Set<string> | undefined
function commonWords (): Set<string> {
  common ??= new Set(loadData<WordFile>('flags-common-words.json').groups.flatMap(g => g.words))
  return common
}

/** The word, or its lemma after stripping a regular inflection, is a common lower-case word. */
export function isCommonWord (lower: string): boolean {
  const set = commonWords()
  if (set.has(lower)) return true
  const tries: string[] = []
  if (lower.endsWith('ies')) tries.push(lower.slice(0, -3) + 'y')
  if (lower.endsWith('es')) tries.push(lower.slice(0, -2))
  if (lower.endsWith('s')) tries.push(lower.slice(0, -1))
  if (lower.endsWith('ing')) tries.push(lower.slice(0, -3), lower.slice(0, -3) + 'e')
  if (lower.endsWith('ed')) tries.push(lower.slice(0, -2), lower.slice(0, -1))
  return tries.some(w => w.length > 2 && set.has(w))
}

const NAME_LINKS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'to', 'at', 'de', 'du', 'von', 'van', 'der', 'la', 'le', 'del', 'da', 'y', 'with', 'under'])
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'whose'])

const capitalized = (t: Token): boolean => isUpper(t.text[0])

const rule: Rule = {
  id: 'capitalization-midsentence',
  category: 'capitalization',
  severity: 'warning',
  description: 'A common word capitalized mid-sentence where MT glued two sentences (`construction Goals`).',
  lang: 'en',
  example: { text: 'The country is uniformly deploying digital government construction Goals and tasks.' },
  check (segment) {
    const text = segment.text
    const words = tokens(text).filter(t => /\p{L}/u.test(t.text))
    if (words.length === 0) return []
    if (words.filter(capitalized).length * 2 > words.length) return []
    const spacedBefore = (i: number): boolean => i > 0 && isSpaceGap(text.slice(words[i - 1].end, words[i].start))
    const out: Finding[] = []
    for (let i = 1; i < words.length; i++) {
      const w = words[i]
      if (!isTitleCaseWord(w.text) || !isCommonWord(w.lower)) continue
      const prev = words[i - 1]
      if (!spacedBefore(i) || !isLowerWord(prev.text) || DETERMINERS.has(prev.lower)) continue
      // `Perez’s Moving`, `Hootsuite’s Digital 2021`: after a possessive comes a name.
      if (/['’]/.test(text[prev.start - 1] ?? '')) continue
      // The glued sentence goes on in lower case (`Goals and tasks`, `Function, continuously`); a word followed by
      // `:`, `-`, a number or the end of the sentence is a label or a name (`Key:`, `Old-meets-New`, `to Drive.`).
      if (!/^,?[ \t]+\p{Ll}/u.test(text.slice(w.end, w.end + 8))) continue
      // Walk back over name links: `Ministry of Education`, `Planning and Development`.
      let b = i - 1
      let steps = 0
      while (b > 0 && NAME_LINKS.has(words[b].lower) && spacedBefore(b) && steps < 4) { b--; steps++ }
      if (capitalized(words[b]) && b !== i - 1) continue
      // Walk forward over name links: `Guidelines for the Construction`.
      let f = i + 1
      steps = 0
      while (f < words.length && NAME_LINKS.has(words[f].lower) && spacedBefore(f) && steps < 4) { f++; steps++ }
      if (f < words.length && spacedBefore(f) && capitalized(words[f])) continue
      const lower = w.text[0].toLowerCase() + w.text.slice(1)
      out.push({ start: w.start, end: w.end, message: `“${w.text}” is capitalized mid-sentence: two sentences glued together, or a stray capital.`, suggestion: lower })
    }
    return out
  }
}
export default rule
