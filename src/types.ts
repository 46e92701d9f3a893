/**
 * The article contract as the domain sees it. `routes/schemas.ts` describes the same shapes in TypeBox for HTTP;
 * the compiler checks the two agree (see `routes/schemas.ts`, `satisfies`).
 */

import type { RemovalRule } from './removal-rules.js'

export type BlockType = 'paragraph' | 'heading' | 'caption' | 'quote' | 'list' | 'table'

/** Between the items of a list and the rows of a table in a block's `text`. */
export const ROW_SEPARATOR = '\n'
/** Between the cells of a table row in a block's `text`. */
export const CELL_SEPARATOR = '\t'

/** A list's `text`: its items joined by `ROW_SEPARATOR`. */
export function joinItems (items: string[]): string {
  return items.join(ROW_SEPARATOR)
}

/** A table's `text`: its rows joined by `ROW_SEPARATOR`, the cells of a row by `CELL_SEPARATOR`. */
export function joinRows (rows: string[][]): string {
  return rows.map(r => r.join(CELL_SEPARATOR)).join(ROW_SEPARATOR)
}

export interface Block {
  type: BlockType
  /**
   * The block's text. Every block has one, so clients that read only `type` and `text` keep working: a list's items
   * joined by `ROW_SEPARATOR`, a table's rows joined by `ROW_SEPARATOR` with cells joined by `CELL_SEPARATOR`.
   */
  text: string
  /** `list` only: the items, in order. */
  items?: string[]
  /** `list` only: a numbered list (`<ol>`). */
  ordered?: boolean
  /** `table` only: the rows, each an array of cell texts. */
  rows?: string[][]
  /** `table` only: the first row is a header row. */
  header?: boolean
}

export const REMOVAL_KINDS = [
  'spam', 'boilerplate', 'navigation', 'related', 'media', 'metadata', 'end-marker'
] as const
export type RemovalKind = (typeof REMOVAL_KINDS)[number]

/**
 * Something taken out of the page, and why: `rule` is the machine-readable id (src/removal-rules.ts), `reason` the
 * human sentence with the evidence. Every stage names the rule of each removal it records.
 */
export interface Removal {
  kind: RemovalKind
  rule: RemovalRule
  text: string
  reason: string
}

/** A removal as the Article reports it. */
export type ArticleRemoval = Removal

export interface Dateline {
  agency: string | null
  place: string | null
  date: string | null
}

export interface Editor {
  role: string
  name: string
}

export interface Language {
  /** BCP 47: `en`, `zh-Hans`, `zh-Hant`, `ja`, … or `und`. */
  tag: string
  /** ISO 639-3: `eng`, `cmn`, … or `und`. */
  iso6393: string
  /** ISO 15924: `Latn`, `Hans`, `Hant`, `Jpan`, `Kore`, `Cyrl`, … or `Zyyy` when unknown. */
  script: string
  /** 0..1, calibrated: at >= 0.9 the answer is right at least 99% of the time on the evaluation sets. */
  confidence: number
}

export type Severity = 'error' | 'warning' | 'info'

export const FLAG_CATEGORIES = [
  'spacing',
  'punctuation',
  'repetition',
  'terminology',
  'untranslated',
  'fragment',
  'capitalization',
  'truncation',
  'encoding',
  'spam'
] as const
export type FlagCategory = (typeof FLAG_CATEGORIES)[number]

export interface Flag {
  rule: string
  category: FlagCategory
  severity: Severity
  message: string
  /**
   * RFC 6901 JSON Pointer to the string the flag is about: `/title`, `/body/3/text`, `/body/4/items/2`,
   * `/body/5/rows/1/2`.
   */
  pointer: string
  /** Offsets into that string, in JavaScript string indices; `text` equals the slice. */
  start: number
  end: number
  text: string
  /** Replacement text for [start, end), where the rule can propose one. */
  suggestion?: string
  /**
   * With a source, the span of the source the flag is about (what an omission left out): a JSON Pointer to the
   * source string of `/v1/check` (`/source`, or `/blocks/N/source` for aligned blocks) and offsets into it.
   */
  source?: SourceSpan
}

/** A span of the source text a bilingual flag points back to; `text` equals the slice. */
export interface SourceSpan {
  pointer: string
  start: number
  end: number
  text: string
}

export interface Quality {
  score: number
  flagsPer1000Words: number
}

export interface Article {
  title: string | null
  published: string | null
  authors: string[]
  source: string | null
  originalTitle: string | null
  dateline: Dateline | null
  editors: Editor[]
  language: Language
  body: Block[]
  removed: ArticleRemoval[]
  flags: Flag[]
  quality: Quality
  decoding: Decoding
}

/** How the page's bytes became text: the charset and what told it, and the mojibake undone. */
export interface Decoding {
  /** The charset the bytes were read in (`utf-8`, `gb18030`, `big5hkscs`, …); null for text sent as a string. */
  charset: string | null
  /**
   * What chose it: `bom`, `declared` (the request's charset), `meta` (`<meta charset>`), `detected`, `ascii` (no
   * byte above ASCII); `string` for text sent as a JSON string, which has no charset.
   */
  via: 'bom' | 'declared' | 'meta' | 'detected' | 'ascii' | 'string'
  /** Mojibake undone, outermost layer first (`utf-8 read as windows-1252`, `utf-8 read as gbk (3 characters lost)`). */
  repaired: string[]
}

export type InputFormat = 'html' | 'text'

/** One glossary entry a request (or a config file) adds to the terminology rule. */
export interface GlossaryEntry {
  /** The wrong or source-language term, matched case-insensitively on word boundaries. */
  term: string
  /** The accepted rendering. */
  preferred: string
  note?: string
}

/** Per-request knobs. Every field is optional. */
export interface PipelineOptions {
  /** Extra spam terms, removed like the built-in lexicon. */
  spamTerms?: string[]
  /** Extra terminology entries for the flag rules. */
  glossary?: GlossaryEntry[]
  /** Rule ids to run (all when absent), or a map id -> 'off' | severity. */
  rules?: Record<string, 'off' | Severity>
}
