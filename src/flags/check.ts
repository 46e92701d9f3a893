/**
 * The check service behind `POST /v1/check` and the CLI: texts in (one `text`, or `blocks`), flags and quality out.
 * Pointers are `/text` or `/blocks/N/text`; offsets index into that string. HTTP and the command line only adapt it.
 */
import type { Flag, GlossaryEntry, PipelineOptions, Quality } from '../types.js'
import { runRules, scoreQuality, unknownRuleIds } from './index.js'

export interface CheckRequest {
  text?: string
  /** Blocks, each with its own aligned source when the caller has one (bilingual checks pair by pair). */
  blocks?: Array<{ text: string, source?: string }>
  source?: string
  glossary?: GlossaryEntry[]
  rules?: PipelineOptions['rules']
}

export interface CheckResult {
  flags: Flag[]
  quality: Quality
}

export class CheckRequestError extends Error {
  constructor (message: string) {
    super(message)
    this.name = 'CheckRequestError'
  }
}

/** Runs the rules on a check request; `baseGlossary` (a config file's) comes before the request's own entries. */
export function checkTexts (request: CheckRequest, baseGlossary: GlossaryEntry[] = []): CheckResult {
  const { text, blocks, source, glossary, rules } = request
  if ((text === undefined) === (blocks === undefined)) {
    throw new CheckRequestError('Give exactly one of `text` or `blocks`.')
  }
  const unknown = unknownRuleIds(rules)
  if (unknown.length > 0) {
    throw new CheckRequestError(`Unknown rule id(s): ${unknown.join(', ')}. ` +
      'GET the list with `pagewash check --list-rules` or see docs/rules.md.')
  }
  const texts = text !== undefined
    ? [{ pointer: '/text', text }]
    : (blocks ?? []).map((b, i) => ({ pointer: `/blocks/${i}/text`, text: b.text }))
  if (source !== undefined && blocks?.some(b => b.source !== undefined) === true) {
    throw new CheckRequestError('Give the source either whole (`source`) or per block (`blocks[].source`), not both.')
  }
  const sources = blocks?.some(b => b.source !== undefined) === true ? blocks.map(b => b.source) : undefined
  const flags = runRules(texts, { source, sources, glossary: [...baseGlossary, ...(glossary ?? [])], rules })
  return { flags, quality: scoreQuality(flags, texts) }
}
