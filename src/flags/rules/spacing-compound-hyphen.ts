import type { Finding, Rule } from '../rule.js'
import { loadData } from '../../data.js'
import { isEnglishWord } from '../text.js'

/**
 * `self - assembly`, `well - being`, `three - dimensional`, `eight - foot robot`, `10 - fold`: MT's tokenizer split a
 * hyphenated compound and the detokenizer left spaces around the hyphen, so it reads as a dash. The same ` - ` is a
 * dash between clauses (`very young - thousands of years old`), so the rule reads it as a split compound only when
 * the word before it is a compound's first part: a prefix style guides always hyphenate (`self`, `well`, `ex`,
 * data/flags-compound-heads.json) or a whole number (`three`, `8`), and the word after it is a lower-case English
 * word that is not a function word (`2 - a dungeon game`, `as well - these are`: a dash). Not after `as` (`as well -`),
 * nor a figure after a capitalized word (`Round 2 - refine`, `Vertical 2 - stainless`: a name and a dash) or inside
 * a decimal, a fraction or a price (`F/5.9 - which`, `$11.75 - average`).
 */
interface HeadFile { groups: Array<{ name: string, source: string, words: string[] }> }
let heads: Set<string> | undefined
function compoundHeads (): Set<string> {
  heads ??= new Set(loadData<HeadFile>('flags-compound-heads.json').groups.flatMap(g => g.words))
  return heads
}

/** A word or a whole number, spaces, a hyphen, spaces, a lower-case word: the candidates, checked one by one. */
const SPACED = /(?<![\p{L}\p{N}\p{M}.,/$£€¥-])(\p{L}+|\d+)[ \t]+-[ \t]+(\p{Ll}+)(?![\p{L}\p{N}\p{M}-])/gu
/** Words after ` - ` that open a clause: the hyphen is a dash before them. */
const CLAUSE_WORDS = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'so', 'yet', 'which', 'that', 'this', 'these', 'those', 'it', 'its',
  'we', 'you', 'they', 'he', 'she', 'i', 'there', 'here', 'what', 'who', 'how', 'when', 'where', 'why', 'if', 'as',
  'is', 'are', 'was', 'were', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'not', 'no', 'all', 'some',
  'each', 'our', 'their', 'his', 'her', 'my', 'your', 'then', 'now', 'just', 'even', 'only', 'like', 'such', 'say'
])

const rule: Rule = {
  id: 'spacing-compound-hyphen',
  category: 'spacing',
  severity: 'warning',
  description: 'Spaces around the hyphen of a compound (`self - assembly`, `three - dimensional`).',
  lang: 'en',
  enabled: false,
  decision: 'Off by default: 15 of 25 flags (60%) land on a rater span on the development MT, none on the human ' +
    'references nor on WCXB human text. All 25 are real split compounds of one system (NiuTrans: `self - assembly`, ' +
    '`three - dimensional`, `10 - fold`); the raters marked `self - replication` in one segment and left ' +
    '`self - replicate` unmarked in another, so the measured precision is the raters\' policy. A request turns it ' +
    'on by name.',
  example: {
    text: 'I think it tells us about this possibility of self - assembly, self - replication and self - repair ' +
      'in our body structures, in our buildings and machines.'
  },
  check (segment) {
    const text = segment.text
    if (!text.includes(' - ') && !text.includes('\t-')) return []
    const out: Finding[] = []
    for (const m of text.matchAll(SPACED)) {
      const head = m[1]
      const tail = m[2]
      const number = /^\d/.test(head)
      if (!number && !compoundHeads().has(head.toLowerCase())) continue
      if (CLAUSE_WORDS.has(tail) || !isEnglishWord(tail)) continue
      const before = text.slice(Math.max(0, m.index - 24), m.index)
      const prev = /(\p{L}+)[ \t]+$/u.exec(before)?.[1]
      if (prev?.toLowerCase() === 'as') continue
      if (number && prev !== undefined && /^\p{Lu}/u.test(prev)) continue
      const fixed = `${head}-${tail}`
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        message: `Spaces around the hyphen of the compound “${fixed}”.`,
        suggestion: fixed
      })
    }
    return out
  }
}
export default rule
