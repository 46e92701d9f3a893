/**
 * TypeBox schemas: the one source of truth for request validation, response serialization, TypeScript types at
 * the HTTP edge and the OpenAPI document. The domain types in `src/types.ts` are checked against these at the
 * bottom of this file, so the two cannot drift apart.
 */
import { Type, type Static } from 'typebox'
import { REMOVAL_RULES, REMOVAL_RULE_IDS } from '../src/removal-rules.js'
import {
  FLAG_CATEGORIES, REMOVAL_KINDS, type Article as DomainArticle, type Flag as DomainFlag,
  type Language as DomainLanguage,
} from '../src/types.js'

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()])

export const BlockSchema = Type.Object({
  type: Type.Enum(['paragraph', 'heading', 'caption', 'quote', 'list', 'table']),
  text: Type.String({
    description: 'Every block has a text. A list: its items joined by newlines; a table: its rows joined by ' +
      'newlines, the cells of a row by tabs.'
  }),
  items: Type.Optional(Type.Array(Type.String(), { description: '`list` only: the items, in order.' })),
  ordered: Type.Optional(Type.Boolean({ description: '`list` only: a numbered list.' })),
  rows: Type.Optional(Type.Array(Type.Array(Type.String()), {
    description: '`table` only: the rows, each an array of cells.',
  })),
  header: Type.Optional(Type.Boolean({ description: '`table` only: the first row is a header row.' }))
}, {
  title: 'Block',
  description: 'One block of the article body, in reading order. Flags point into lists and tables by item or ' +
    'cell: `/body/4/items/2`, `/body/5/rows/1/2`.'
})

/** Each removal rule id with its doc line, for the schema's description (the README's table is tested too). */
const removalRuleDocs = REMOVAL_RULE_IDS.map(id => `\`${id}\`: ${REMOVAL_RULES[id]}`).join('; ')

export const RemovalSchema = Type.Object({
  kind: Type.Enum(REMOVAL_KINDS),
  rule: Type.Enum(REMOVAL_RULE_IDS, {
    description: `Machine-readable id of what removed it (decide by this, not by \`reason\`): ${removalRuleDocs}.`
  }),
  text: Type.String(),
  reason: Type.String({ description: 'Why, for people: the evidence in words. Its wording may change.' })
}, {
  title: 'Removal',
  description: 'Something taken out of the page, and why. `metadata` lines were read into fields.',
})

export const SeveritySchema = Type.Enum(['error', 'warning', 'info'])

export const FlagSchema = Type.Object({
  rule: Type.String({ description: 'Rule id, e.g. `spacing-hyphen`.' }),
  category: Type.Enum(FLAG_CATEGORIES),
  severity: SeveritySchema,
  message: Type.String(),
  pointer: Type.String({
    description: 'RFC 6901 JSON Pointer to the string the flag is about, e.g. `/title`, `/body/3/text`, ' +
      '`/body/4/items/2` (a list item), `/body/5/rows/1/2` (a table cell).'
  }),
  start: Type.Integer({ minimum: 0, description: 'Start offset in that string (JavaScript string index).' }),
  end: Type.Integer({ minimum: 0, description: 'End offset (exclusive).' }),
  text: Type.String({ description: 'Exactly the slice [start, end) of the string.' }),
  suggestion: Type.Optional(Type.String({ description: 'Replacement for the slice, where the rule can propose one.' })),
  source: Type.Optional(Type.Object({
    pointer: Type.String({ description: '`/source`, or `/blocks/N/source` for aligned blocks.' }),
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
    text: Type.String({ description: 'Exactly the slice [start, end) of that source string.' })
  }, {
    description: 'With a source: the span of the source the flag is about (for an omission, what the ' +
      'translation left out; the flag itself marks where it belongs).'
  }))
}, { title: 'Flag' })

export const QualitySchema = Type.Object({
  score: Type.Number({
    minimum: 0,
    maximum: 100,
    description: 'How free the text is of the machine-translation defects the rules detect: 100 * 20 / (20 + w), ' +
      'w = severity-weighted flags per 1,000 words (error 3, warning 1, info 0). 100: no defect found; 50: 20 ' +
      'weighted flags per 1,000 words, the density of raw MT on Chinese government pages. With a Chinese source ' +
      'the bilingual flags count too. A density of detected defects, not an adequacy estimate (README, Measuring).'
  }),
  flagsPer1000Words: Type.Number({
    minimum: 0,
    description: 'Every flag (info included, unweighted) per 1,000 words: the raw rate, separate from the score.'
  })
}, { title: 'Quality' })

export const LanguageSchema = Type.Object({
  tag: Type.String({ description: 'BCP 47 tag: `en`, `zh-Hans`, `zh-Hant`, … or `und`.' }),
  iso6393: Type.String({ description: 'ISO 639-3 code: `eng`, `cmn`, … or `und`.' }),
  script: Type.String({ description: 'ISO 15924 script code: `Latn`, `Hans`, `Hant`, …' }),
  confidence: Type.Number({ minimum: 0, maximum: 1 })
}, { title: 'Language' })

export const DecodingSchema = Type.Object({
  charset: Nullable(Type.String({
    description: 'The charset the bytes were read in (`utf-8`, `gb18030`, `big5hkscs`, …); null for text sent as a ' +
      'JSON string.'
  })),
  via: Type.Enum(['bom', 'declared', 'meta', 'detected', 'ascii', 'string'], {
    description: 'What chose the charset: `bom`, `declared` (the Content-Type charset), `meta` (`<meta charset>`), ' +
      '`detected`, `ascii` (no byte above ASCII); `string` for a JSON string.'
  }),
  repaired: Type.Array(Type.String(), {
    description: 'Mojibake undone, outermost layer first: `utf-8 read as windows-1252`, `gb18030 read as ' +
      'iso-8859-15`, `utf-8 read as gbk (3 characters lost)` (characters the wrong decoder had dropped come back ' +
      'as U+FFFD). Empty when there was none.'
  })
}, { title: 'Decoding', description: 'How the page became text.' })

export const ArticleSchema = Type.Object({
  title: Nullable(Type.String()),
  published: Nullable(Type.String({ description: 'ISO 8601: a date (`2022-07-25`) or a date-time with its offset.' })),
  authors: Type.Array(Type.String()),
  source: Nullable(Type.String()),
  originalTitle: Nullable(Type.String()),
  dateline: Nullable(Type.Object({
    agency: Nullable(Type.String()),
    place: Nullable(Type.String()),
    date: Nullable(Type.String())
  }, { title: 'Dateline' })),
  editors: Type.Array(Type.Object({ role: Type.String(), name: Type.String() }, { title: 'Editor' })),
  language: LanguageSchema,
  body: Type.Array(BlockSchema),
  removed: Type.Array(RemovalSchema),
  flags: Type.Array(FlagSchema),
  quality: QualitySchema,
  decoding: DecodingSchema
}, { title: 'Article', description: 'A clean, structured article.' })

export const GlossaryEntrySchema = Type.Object({
  term: Type.String({ minLength: 1, maxLength: 200, description: 'The wrong rendering (or source term) to look for.' }),
  preferred: Type.String({ maxLength: 200, description: 'The accepted rendering.' }),
  note: Type.Optional(Type.String({ maxLength: 500 }))
}, { title: 'GlossaryEntry' })

export const RuleSettingsSchema = Type.Record(Type.String(), Type.Enum(['off', 'error', 'warning', 'info']), {
  description: 'Per-rule setting: `off`, or a severity to report it at. Rules not named keep their defaults.'
})

export const OptionsSchema = Type.Object({
  spamTerms: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), {
    maxItems: 1000, description: 'Extra spam terms to remove.',
  })),
  glossary: Type.Optional(Type.Array(GlossaryEntrySchema, { maxItems: 5000 })),
  rules: Type.Optional(RuleSettingsSchema),
  deadlineMs: Type.Optional(Type.Integer({
    minimum: 1,
    description: 'Answer within this many ms of arrival, time waiting for a worker included: a page still waiting ' +
      'or running then is stopped (answer: 422 `page-too-complex`). At most the ' +
      "server's `PAGE_DEADLINE_MS` (default 10000), which also applies when this is not given."
  }))
}, { additionalProperties: false, title: 'Options' })

/** The crawl time of a page: a hint for its dates (an upper bound, the anchor of "2 hours ago"), never its date. */
export const FetchedAtSchema = Type.String({
  format: 'date-time',
  maxLength: 64,
  description: 'When the page was fetched (RFC 3339 date-time, e.g. a WARC-Date). Bounds and anchors the dates ' +
    "read from the page (a date after it is impossible); it is never taken as the article's date."
})

export const ArticleRequestSchema = Type.Object({
  content: Type.String({ description: 'The page: HTML or scraped text.' }),
  format: Type.Optional(Type.Enum(['html', 'text', 'auto'], { default: 'auto' })),
  url: Type.Optional(Type.String({ maxLength: 4096, description: 'Where the page came from.' })),
  fetchedAt: Type.Optional(FetchedAtSchema),
  options: Type.Optional(OptionsSchema)
}, { additionalProperties: false, title: 'ArticleRequest' })

export const NdjsonLineSchema = Type.Object({
  id: Type.Union([Type.String({ maxLength: 256 }), Type.Integer()], { description: 'Echoed on the answer line.' }),
  content: Type.String({ description: 'The page: HTML or scraped text.' }),
  format: Type.Optional(Type.Enum(['html', 'text', 'auto'])),
  url: Type.Optional(Type.String({ maxLength: 4096 })),
  fetchedAt: Type.Optional(FetchedAtSchema),
  options: Type.Optional(OptionsSchema)
}, { additionalProperties: false, title: 'BatchLine', description: 'One line of an `application/x-ndjson` batch.' })

export const ProblemSchema = Type.Object({
  type: Type.String({ description: 'Stable URI naming the kind of problem.' }),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.String(),
  instance: Type.Optional(Type.String()),
  requestId: Type.Optional(Type.String()),
  errors: Type.Optional(Type.Array(Type.Object({ pointer: Type.String(), message: Type.String() })))
}, { title: 'Problem', description: 'RFC 9457 problem details.' })

export type ArticleT = Static<typeof ArticleSchema>
export type ArticleRequest = Static<typeof ArticleRequestSchema>
export type Problem = Static<typeof ProblemSchema>
export type NdjsonLine = Static<typeof NdjsonLineSchema>

// Compile-time agreement between the domain types and the HTTP schemas (both directions).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never
export const articleTypesAgree: Same<ArticleT, DomainArticle> = true
export const flagTypesAgree: Same<Static<typeof FlagSchema>, DomainFlag> = true
export const languageTypesAgree: Same<Static<typeof LanguageSchema>, DomainLanguage> = true
