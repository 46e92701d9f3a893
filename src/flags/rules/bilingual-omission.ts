import type { DocumentFinding, Rule, Segment } from '../rule.js'
import { alignDocument, sourceSentences } from '../align.js'
import { cedict, segment, type Lexicon } from '../lexicon.js'
import { isHeadline, tokens } from '../text.js'
import { HAN } from '../../text/index.js'
import { loadData } from '../../data.js'

/**
 * With a source: a source sentence the translation leaves out. Two models must agree, as the issue asks ("sentence
 * alignment with a length and lexical model"):
 * - length: where the sentence belongs (its aligned block, align.ts), the translation is shorter than its source
 *   predicts at the document's own ratio of English words to source characters (under SHORT_RATIO of it; a short
 *   document is read at a human translator's typical ratio);
 * - lexicon: the sentence has at least MIN_WORDS content words (CC-CEDICT headwords of two or more characters, no
 *   pronoun, adverb or conjunction) and under MAX_RENDERED of them have a gloss in that block or the blocks on either
 *   side of it.
 * Either alone fires on free translation (a paraphrase renders few dictionary glosses; a terse translator writes
 * short); together they mark a sentence that is not there. The neighbours count because a translator (or a block
 * splitter) may move a sentence into the next block: that is no omission.
 *
 * Measured (`npm run eval:flags`): on the human references of the development MT, whole-document source, 0.06 false
 * flags per 1,000 words; when one reference block of five or more content words is deleted from its document, the
 * rule finds it in about 40% of the documents (the misses: other blocks of the same talk render the deleted
 * sentence's words). The development MT itself leaves out phrases, not sentences, so it rarely fires there.
 */
/** Content words a sentence needs before the absence of their glosses is evidence: fewer is chance. */
const MIN_WORDS = 3
/**
 * Under this share of its content words rendered near where it belongs (none of three to five, at most one of six to
 * ten): a paraphrase renders more. At "one of five" the human references gave a false flag per talk.
 */
const MAX_RENDERED = 0.2
/** The block is shorter than this share of what its source predicts: a block that renders everything is not. */
const SHORT_RATIO = 0.8
/**
 * English words per Han character of a human translation (the two references of the development talks: 0.64 each):
 * the ratio a short document is read at, since its own ratio is no evidence (a one-block document is never short
 * of itself).
 */
const TYPICAL_RATIO = 0.64
/** Han characters of source from which a document's own ratio is trusted: a few paragraphs of news. */
const OWN_RATIO_MIN = 400
/** The ratio a document is read at: its own once it is long enough. */
const ratioOf = (words: number, han: number): number => han >= OWN_RATIO_MIN ? words / han : TYPICAL_RATIO
/** How many characters of the left-out sentence the message quotes. */
const QUOTE = 24

const HAN_CHAR = new RegExp(HAN.source, 'gu')
const hanCount = (text: string): number => (text.match(HAN_CHAR) ?? []).length

interface Candidate {
  /** The segment next to where the sentence belongs. */
  segment: number
  /** The sentence's span, in the whole source or in the block's own source. */
  start: number
  end: number
  text: string
  block?: number
}

/** Pronouns, adverbs, conjunctions (data/flags-zh-function-words.json): rendered freely, so no evidence. */
const FUNCTION_WORDS = new Set(loadData<{ words: string[] }>('flags-zh-function-words.json').words)

/** The sentence's content words: headwords of two or more characters with an English gloss, no function word. */
function contentWords (text: string, lex: Lexicon): string[] {
  return segment(text, lex).map(w => w.word)
    .filter(w => w.length >= 2 && !FUNCTION_WORDS.has(w) && (lex.glosses.get(w)?.length ?? 0) > 0)
}

/**
 * Letters compared between a gloss and a word of the translation: four, looser than lexicon.ts's `stem` (five), so
 * that inflections and derivations meet (`link`/`linked`, `value`/`valuations`). A looser match finds more words
 * rendered, so fewer flags: the side precision wants.
 */
const MATCH = 4
const key = (word: string): string => word.slice(0, MATCH)

/** English words of a segment by their first MATCH letters. */
function stemsOf (text: string): Set<string> {
  return new Set(tokens(text).map(t => key(t.lower)))
}

/**
 * The sentence's content words when the translation beside where it belongs renders under MAX_RENDERED of them (and
 * it has MIN_WORDS or more), else undefined.
 */
function notRendered (
  c: Candidate, segments: Segment[], lex: Lexicon, stems: Map<number, Set<string>>
): string[] | undefined {
  const words = contentWords(c.text, lex)
  if (words.length < MIN_WORDS) return undefined
  const near: Array<Set<string>> = []
  for (const k of [c.segment - 1, c.segment, c.segment + 1]) {
    const s = segments[k]
    if (s === undefined || s.lang === 'zh') continue
    let own = stems.get(k)
    if (own === undefined) stems.set(k, own = stemsOf(s.text))
    near.push(own)
  }
  const rendered = words.filter(w => (lex.glosses.get(w) ?? []).some(g => near.some(n => n.has(key(g)))))
  return rendered.length < MAX_RENDERED * words.length ? words : undefined
}

/** English words of a segment: its tokens (src/flags/text.ts). */
const wordCount = (text: string): number => tokens(text).length

/** Whole-document source: the sentences of each short block (aligned by align.ts), and those aligned to nothing. */
function wholeCandidates (segments: Segment[], source: string): Candidate[] {
  const alignment = alignDocument(segments, source)
  const english = segments.map(s => s.lang === 'zh' ? 0 : wordCount(s.text))
  const ratio = ratioOf(english.reduce((a, b) => a + b, 0), hanCount(source))
  const out: Candidate[] = []
  alignment.units.forEach((units, i) => {
    const length = units.reduce((n, u) => n + hanCount(source.slice(u.start, u.end)), 0)
    if (units.length === 0 || english[i] >= SHORT_RATIO * ratio * length) return
    for (const u of units) out.push({ segment: i, start: u.start, end: u.end, text: source.slice(u.start, u.end) })
  })
  for (const o of alignment.omissions) {
    out.push({ segment: o.near.segment, start: o.start, end: o.end, text: source.slice(o.start, o.end) })
  }
  return out
}

/** Aligned blocks: the sentences of each block shorter than its own source predicts. */
function pairCandidates (segments: Segment[], sources: Array<string | undefined>): Candidate[] {
  let words = 0
  let han = 0
  segments.forEach((s, i) => {
    const source = sources[i]
    if (source === undefined || s.lang === 'zh') return
    words += wordCount(s.text)
    han += hanCount(source)
  })
  const ratio = ratioOf(words, han)
  const out: Candidate[] = []
  segments.forEach((s, i) => {
    const source = sources[i]
    if (source === undefined || s.lang === 'zh' || wordCount(s.text) >= SHORT_RATIO * ratio * hanCount(source)) return
    for (const u of sourceSentences(source)) {
      out.push({ segment: i, start: u.start, end: u.end, text: source.slice(u.start, u.end), block: i })
    }
  })
  return out
}

const rule: Rule = {
  id: 'bilingual-omission',
  category: 'untranslated',
  severity: 'warning',
  scope: 'document',
  description: 'With a source: a source sentence with no counterpart in the translation (a short block that renders ' +
    'none of its words).',
  lang: 'en',
  example: {
    text: 'The provincial government held a press conference on Tuesday.\nThe new rules take effect next month.',
    source: '省政府周二召开新闻发布会。\n会上，卫生部门负责人介绍了医疗保险报销比例调整和异地就医结算的具体办法。\n新规定将于下月起施行。'
  },
  checkDocument (segments, context) {
    const candidates = (context.sources === undefined
      ? wholeCandidates(segments, context.source)
      : pairCandidates(segments, context.sources))
      .filter(c => !isHeadline(segments[c.segment].text) && hanCount(c.text) > 0)
    if (candidates.length === 0) return []
    const lex = cedict()
    const stems = new Map<number, Set<string>>()
    const out: DocumentFinding[] = []
    for (const c of candidates) {
      const words = notRendered(c, segments, lex, stems)
      if (words === undefined) continue
      const text = segments[c.segment].text
      const sentence = c.text.trim()
      const quoted = sentence.length > QUOTE ? `${sentence.slice(0, QUOTE)}…` : sentence
      out.push({
        segment: c.segment,
        start: text.length - text.trimStart().length,
        end: text.trimEnd().length,
        message: `The source sentence “${quoted}” seems left out: none or few of its words ` +
          `(${words.slice(0, 4).join('、')}) are rendered here or in the blocks beside it, and this block is shorter ` +
          'than its source predicts.',
        source: { start: c.start, end: c.end, ...(c.block === undefined ? {} : { block: c.block }) }
      })
    }
    return out
  }
}
export default rule
