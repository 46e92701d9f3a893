/**
 * The shape of a flag rule, in the style of retext plugins and ESLint rules: one rule, one file, an id, a
 * category, a default severity, a one-line doc, and a function from a segment of text to findings with exact
 * offsets. Adding a rule = adding a file under `rules/` and listing it in `rules/index.ts`.
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
  /** The Chinese source text, when the caller gave one (bilingual checks). */
  source?: string
  /** Built-in glossary plus the request's own entries. */
  glossary: GlossaryEntry[]
}

/** What a rule reports: a span of the segment's text, a message, and a replacement where it can offer one. */
export interface Finding {
  start: number
  end: number
  message: string
  suggestion?: string
}

export interface Rule {
  id: string
  category: FlagCategory
  severity: Severity
  /** One line: what the rule catches. Shown in the README and the CLI's `--list-rules`. */
  description: string
  /** Which segments the rule reads. */
  lang: SegmentLanguage | 'any'
  check: (segment: Segment, context: RuleContext) => Finding[]
}
