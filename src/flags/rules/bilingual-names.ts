import { HAN_RUN } from '../../text/index.js'
import type { DocumentFinding, Rule, Segment } from '../rule.js'
import { alignedSentence } from '../align.js'
import { cedict, segment, type Lexicon, type SourceWord } from '../lexicon.js'

/**
 * With a source: a proper name of the source (a CC-CEDICT headword read only as a name, `爱因斯坦` -> Einstein,
 * `广州` -> Guangzhou) that none of the translation's words renders. A name counts as rendered when a word of the
 * translation shares its first NAME_STEM letters with a word of the name's glosses (`Britain` / `British`), or
 * when the initials of the gloss's capitalized words appear (`United Kingdom` -> `UK`). The source is segmented
 * forward and backward: only a name both directions agree on is a word, not two characters of neighbouring words;
 * a name right after a figure is a unit (`米高` in `40米高`, 40 metres high). With aligned blocks each pair is
 * compared; with a whole-document source, the whole translation, and the flag marks the sentence at the name's
 * place (align.ts).
 *
 * Off by default: on the development MT (TED talks, `npm run eval:flags`) it is right on about two flags in three
 * (a rater marked an error in the sentence), under the 90% bar; words that are also place names in the dictionary
 * are its misses. A demonym renders a name (`American` for 美国, by the dictionary's `美国人`). Loading the lexicon
 * costs about 25 MB of heap per process or worker thread (3 s, once), and only a request that turns the rule on
 * pays it.
 */
const NAME_STEM = 4

function backward (source: string, lex: Lexicon): Set<string> {
  const out = new Set<string>()
  for (const run of source.matchAll(HAN_RUN)) {
    const text = run[0]
    let end = text.length
    while (end > 0) {
      let n = Math.min(lex.longest, end)
      while (n > 1 && !lex.glosses.has(text.slice(end - n, end))) n--
      out.add(`${run.index + end - n}:${run.index + end}`)
      end -= n
    }
  }
  return out
}

/** Names of the source that both segmentation directions find. */
export function sourceNames (source: string, lex: Lexicon = cedict()): SourceWord[] {
  const agreed = backward(source, lex)
  // Right after a figure stands a unit or a measure word (`40米高`: 40 metres high), not a name.
  return segment(source, lex).filter(w => w.word.length >= 2 && lex.names.has(w.word) &&
    agreed.has(`${w.start}:${w.end}`) && !/\d/.test(source[w.start - 1] ?? ''))
}

function rendered (names: readonly string[], text: string): boolean {
  const prefixes = new Set([...text.matchAll(/\p{L}+/gu)].map(m => m[0].toLowerCase().slice(0, NAME_STEM)))
  if (names.some(n => prefixes.has(n.toLowerCase().slice(0, NAME_STEM)))) return true
  const initials = names.filter(n => /^\p{Lu}/u.test(n)).map(n => n[0]).join('')
  return initials.length >= 2 && new RegExp(`\\b${initials.slice(0, 2)}`, 'u').test(text)
}

/**
 * How a name may be rendered: its glosses' capitalized words, and the stems of the dictionary's entry for the name
 * with `人` (person) after it, which give the demonym (`美国人` American, `英国人` British, `日本人` Japanese).
 */
function renderings (word: string, lex: Lexicon): readonly string[] {
  return [...(lex.names.get(word) ?? []), ...(lex.glosses.get(`${word}人`) ?? [])]
}

function missing (source: string, text: string, lex: Lexicon): SourceWord[] {
  const seen = new Set<string>()
  return sourceNames(source, lex).filter(w => {
    if (seen.has(w.word) || rendered(renderings(w.word, lex), text)) return false
    seen.add(w.word)
    return true
  })
}

/** Readings of a name shown in a message: the first two of its CC-CEDICT glosses. */
const READINGS_SHOWN = 2

const describe = (words: SourceWord[], lex: Lexicon): string => {
  const named = words.map(w => `${w.word} (${(lex.names.get(w.word) ?? []).slice(0, READINGS_SHOWN).join(' ')})`)
  return `Source name${words.length > 1 ? 's' : ''} ${named.join(', ')} not rendered in the translation`
}

function whole (segments: Segment[], i: number): { start: number, end: number } {
  const text = segments[i].text
  return { start: text.length - text.trimStart().length, end: text.trimEnd().length }
}

const rule: Rule = {
  id: 'bilingual-names',
  category: 'terminology',
  severity: 'warning',
  scope: 'document',
  enabled: false,
  decision: 'Off by default: 73 of 106 flags (69%) land on a rater span on the development MT, with 0.63 false ' +
    'flags per 1,000 reference words, and most of those that land do so by chance (the flag covers the whole ' +
    'block, and 44% of the MT blocks have some rater span): its names are mostly segmentation slips (`上都` in ' +
    '`门上都有`, `中都`, `花都`, `霍尔` of `霍尔蒙`). Demonyms (`American` for 美国) no longer count as missing. ' +
    'A request turns it on by name.',
  description: 'With a source: a proper name of the source (CC-CEDICT) that the translation does not render.',
  lang: 'en',
  example: { text: 'The scientist showed that light bends near the sun.', source: '爱因斯坦证明了光在太阳附近会弯曲。' },
  checkDocument (segments, context) {
    const lex = cedict()
    const out: DocumentFinding[] = []
    const english = segments.map((s, i) => i).filter(i => segments[i].lang !== 'zh')
    if (context.sources !== undefined) {
      for (const i of english) {
        const source = context.sources[i]
        const words = source === undefined ? [] : missing(source, segments[i].text, lex)
        if (words.length > 0) out.push({ segment: i, ...whole(segments, i), message: `${describe(words, lex)}.` })
      }
      return out
    }
    const translation = english.map(i => segments[i].text).join('\n')
    for (const w of missing(context.source, translation, lex)) {
      const at = alignedSentence(segments, w.start, context.source)
      if (at === undefined) continue
      out.push({ ...at, message: `${describe([w], lex)} (flag on the sentence at the same position).` })
    }
    return out
  }
}
export default rule
