/**
 * The shape of a flag rule, in the style of retext plugins and ESLint rules: one rule, one file, an id, a
 * category, a default severity, a one-line doc, an example, and a function from a segment of text to findings with
 * exact offsets. Adding a rule = adding a file under `rules/` and listing it in `rules/index.ts`.
 */
import type { FlagCategory, GlossaryEntry, Severity } from '../types.js'

/** The language a segment is in, as far as rules care: English-only rules never run on Chinese text. */
export type SegmentLanguage = 'en' | 'zh' | 'other'

/** One string under check, and where it lives in the answer (`/title`, `/body/3/text`, `/blocks/2/text`). */
export interface Segment {
  pointer: string
  text: string
  lang: SegmentLanguage
}

export interface RuleContext {
  /** The Chinese source text, when the caller gave one (bilingual checks); aligned blocks' sources joined. */
  source?: string
  /**
   * The source of each segment (same index), when the caller sent aligned blocks (`{text, source}`): bilingual
   * rules then compare each pair, not the whole document. `undefined` for a segment with no source of its own.
   */
  sources?: Array<string | undefined>
  /** Built-in glossary plus the request's own entries. */
  glossary: GlossaryEntry[]
  /**
   * Every segment of the document (title and blocks, in order), for segment rules that weigh evidence across the
   * document (a capitalized word used the same way twice is a name, not a slip). Absent when a rule is run alone.
   */
  segments?: Segment[]
}

/** What a rule reports: a span of the segment's text, a message, and a replacement where it can offer one. */
export interface Finding {
  start: number
  end: number
  message: string
  suggestion?: string
  /**
   * A finding less sure than the rule's default (a calque whose usage is split is a note, `info`). Used unless the
   * caller re-graded the rule.
   */
  severity?: Severity
  /**
   * The span of the source the finding is about (a number the translation left out): offsets into the source of
   * segment `block` when the caller aligned blocks, into the whole `source` when `block` is undefined.
   */
  source?: { start: number, end: number, block?: number }
}

/** A finding of a document-level rule: it also says which segment (index into the segments given) it is about. */
export interface DocumentFinding extends Finding {
  segment: number
}

export interface RuleExample {
  /** Text the rule flags (from a seed or real MT where possible). */
  text: string
  /** The Chinese source, for bilingual rules. */
  source?: string
  /** Glossary entries the example needs. */
  glossary?: GlossaryEntry[]
}

interface RuleBase {
  id: string
  category: FlagCategory
  severity: Severity
  /** One line: what the rule catches. Shown in docs/rules.md and the CLI's `--list-rules`. */
  description: string
  /** Which segments the rule reads. */
  lang: SegmentLanguage | 'any'
  /** An input the rule flags: documented in docs/rules.md and asserted by the tests. */
  example: RuleExample
  /**
   * `false`: a check below the precision bar on the development data, run only when a request names it
   * (`rules: {"bilingual-names": "warning"}`).
   */
  enabled?: boolean
  /**
   * Why the rule runs as it does although it is under the precision bar (90% on the development MT, at most 0.5
   * false flags per 1,000 words of human text): what its misses are and what was done. `npm run eval:flags` prints
   * it in its per-rule table, docs/rules.md in the rule's section.
   */
  decision?: string
}

/** Most rules look at one segment at a time. */
export interface SegmentRule extends RuleBase {
  scope?: 'segment'
  check: (segment: Segment, context: RuleContext) => Finding[]
}

/** Bilingual rules compare the whole translation (all segments) with the source; they run only with a source. */
export interface DocumentRule extends RuleBase {
  scope: 'document'
  checkDocument: (segments: Segment[], context: RuleContext & { source: string }) => DocumentFinding[]
}

export type Rule = SegmentRule | DocumentRule
