import type { DocumentFinding, Rule, Segment } from '../rule.js'
import { cedict, segment, stem, type Lexicon } from '../lexicon.js'
import { isEnglishWord, tokens, type Token } from '../text.js'
import { isPinyinWord } from '../../text/pinyin.js'

/**
 * With a source: a common word of the source left in pinyin in the translation (`Shengtai` for 生态, ecology), the
 * way MT writes a word it could not translate. The source is segmented on CC-CEDICT's headwords; a word counts
 * when the dictionary has it as a common word (not a name: `Guangzhou` for 广州 is the right rendering), the
 * translation has a run of one to four words that spells one of its readings without tones (`Sheng Tai`,
 * `sheng-tai`, `shengtai`), and that run is not an English word nor one of the word's own glosses (`guanxi` is a
 * gloss of 关系). A word right after a family name in the source (`张建国`: 建国 is also "to found a country") is a
 * given name, rightly in pinyin, and is skipped. With aligned blocks each block is compared with its own source.
 * On the development MT (`npm run eval:flags`) it fires once, right (`Huaer` for 花儿), and never on the references.
 *
 * The dictionary (about 25 MB of heap and 3 s per process or worker thread, once) is loaded only when a translation
 * has a word that could be pinyin (`mayHavePinyin`): most English translations of Chinese news do (names), so a
 * service checking them pays it once per worker.
 */
const MIN_CHARS = 2
/** Longer headwords are phrases a system does not transliterate whole. */
const MAX_CHARS = 4
/** Spellings tried per source word: characters with several readings multiply, and few words need more. */
const MAX_SPELLINGS = 16
/** Target words joined into one candidate: `Sheng Tai Wen Ming` at most. */
const MAX_TOKENS = 4
/** A candidate shorter than this (`li`, `ma`) is too often a word of some other language. */
const MIN_LETTERS = 4


/** Some word of the text is made of pinyin syllables and is not English: worth loading the dictionary for. */
export function mayHavePinyin (text: string): boolean {
  return tokens(text).some(w =>
    isPinyinWord(w.lower) && !isEnglishWord(w.lower))
}

function spellings (word: string, lex: Lexicon): string[] {
  let out = ['']
  for (const ch of word) {
    const readings = lex.readings.get(ch)
    if (readings === undefined) return []
    out = out.flatMap(prefix => readings.map(r => prefix + r)).slice(0, MAX_SPELLINGS)
  }
  return out
}

/** The source's common words (CC-CEDICT headwords that are no name) by their spellings in pinyin. */
function pinyinIndex (source: string, lex: Lexicon): Map<string, string> {
  const out = new Map<string, string>()
  for (const w of segment(source, lex)) {
    const n = w.word.length
    if (n < MIN_CHARS || n > MAX_CHARS || lex.names.has(w.word) || !lex.glosses.has(w.word)) continue
    if (lex.surnames.has(source[w.start - 1] ?? '')) continue
    for (const spelling of spellings(w.word, lex)) out.set(spelling, w.word)
  }
  return out
}

/** Words `i..j` are joined by a space, a hyphen or nothing between them. */
const JOIN = /^(?:[ -]|)$/u

/** The longest run of words from `i` that spells a source word, as [last word, source word]. */
function spelledAt (
  text: string, words: Token[], i: number, index: Map<string, string>, lex: Lexicon
): [number, string] | undefined {
  let joined = ''
  let found: [number, string] | undefined
  for (let j = i; j < Math.min(words.length, i + MAX_TOKENS); j++) {
    if (j > i && !JOIN.test(text.slice(words[j - 1].end, words[j].start))) break
    if (/\d/.test(words[j].text)) break
    joined += words[j].lower
    const word = index.get(joined)
    if (word === undefined || joined.length < MIN_LETTERS || isEnglishWord(joined)) continue
    if (words.slice(i, j + 1).every(w => isEnglishWord(w.text))) continue
    if (lex.glosses.get(word)?.includes(stem(joined)) === true) continue
    found = [j, word]
  }
  return found
}

function findPinyin (segment: Segment, i: number, index: Map<string, string>, lex: Lexicon): DocumentFinding[] {
  const out: DocumentFinding[] = []
  const text = segment.text
  const words = tokens(text)
  for (let k = 0; k < words.length; k++) {
    const hit = spelledAt(text, words, k, index, lex)
    if (hit === undefined) continue
    const [last, word] = hit
    const written = text.slice(words[k].start, words[last].end)
    out.push({
      segment: i, start: words[k].start, end: words[last].end,
      message: `“${written}” is the pinyin of the source word ${word}, left untranslated.`
    })
    k = last
  }
  return out
}

const rule: Rule = {
  id: 'bilingual-pinyin',
  category: 'untranslated',
  severity: 'warning',
  scope: 'document',
  description: 'With a source: a common word of the source left in pinyin (`Shengtai` for 生态).',
  lang: 'en',
  example: { text: 'The Shengtai of the lake has improved.', source: '湖泊的生态有所改善。' },
  checkDocument (segments, context) {
    if (!segments.some(s => s.lang !== 'zh' && mayHavePinyin(s.text))) return []
    const lex = cedict()
    const whole = context.sources === undefined ? pinyinIndex(context.source, lex) : undefined
    return segments.flatMap((segment, i) => {
      const source = context.sources?.[i]
      const index = whole ?? (source === undefined ? undefined : pinyinIndex(source, lex))
      return segment.lang === 'zh' || index === undefined || index.size === 0 ? [] : findPinyin(segment, i, index, lex)
    })
  }
}
export default rule
