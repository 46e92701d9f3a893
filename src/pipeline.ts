/**
 * The pipeline, stage by stage (numbered as in each stage's header and the README's "How it works"):
 *   1 decode bytes -> 2 parse into blocks (text or HTML front end) -> 3 strip spam -> 4 strip boilerplate
 *   -> 5 read metadata -> 6 structure the body -> 7 detect language -> 8 flag.
 * Each stage is a plain function in its own folder; this file only wires them. Text helpers every stage shares
 * (Han and CJK measures, regex escaping, month names, role words) live once in `src/text`.
 */
import type { Article, ArticleRemoval, Decoding, InputFormat, PipelineOptions, Removal } from './types.js'
import { decodePage, repairText, type Decoded } from './decode/index.js'
import { isBlank, joined, prefix, type PageText } from './text/pieces.js'
import { SNIFF_CHARS, sniffFormat } from './parse/sniff.js'
import { parseText } from './parse/text.js'
import { parseHtml } from './parse/html/index.js'
import { collapseRepeats } from './parse/repeats.js'
import { stripSpam } from './spam/index.js'
import { stripBoilerplate } from './boilerplate/index.js'
import { readMetadata } from './metadata/index.js'
import { structureBody } from './structure/index.js'
import { flagTargets, toBlock } from './structure/parts.js'
import { detectLanguage } from './language/index.js'
import { runRules, scoreQuality } from './flags/index.js'

export interface PageInput {
  /** Raw bytes (charset to be found), or text already decoded. */
  content: Uint8Array | string
  /** `auto` (default) sniffs HTML vs text. */
  format?: InputFormat | 'auto'
  /** Charset the client declared for the bytes (Content-Type parameter). */
  charset?: string
  /** Where the page came from; helps resolve relative links and site names. */
  url?: string
  /** When the page was fetched (ISO 8601), e.g. a WARC-Date: bounds and anchors dates, never the article's date. */
  fetchedAt?: string
  options?: PipelineOptions
}

export interface PageResult {
  article: Article
  /** How the page was read: useful for logs and metrics, not part of the Article. */
  format: InputFormat
  decoding: Omit<Decoded, 'text'> | null
}

export class EmptyContentError extends Error {
  constructor (message = 'The content decodes to no text.') {
    super(message)
    this.name = 'EmptyContentError'
  }
}

/** A removal as the Article reports it: its four fields, nothing a stage kept beside them. */
function withRule (r: Removal): ArticleRemoval {
  return { kind: r.kind, rule: r.rule, text: r.text, reason: r.reason }
}

export function processPage (input: PageInput): PageResult {
  // the HTML front end reads the text piece by piece: no string the size of the page is made (src/text/pieces.ts)
  let text: PageText
  let decoding: PageResult['decoding'] = null
  let charsetInfo: Decoding
  if (typeof input.content === 'string') {
    const repair = repairText(input.content)
    text = [repair.text]
    charsetInfo = { charset: null, via: 'string', repaired: repair.repaired }
  } else {
    const how = { declared: input.charset, sniffMeta: input.format !== 'text' }
    const { pieces, ...found } = decodePage(input.content, how)
    text = pieces
    decoding = found
    charsetInfo = { charset: found.charset, via: found.via, repaired: found.repaired ?? [] }
  }
  if (isBlank(text)) throw new EmptyContentError()
  const format: InputFormat = input.format === undefined || input.format === 'auto'
    ? sniffFormat(prefix(text, SNIFF_CHARS))
    : input.format
  const options = input.options ?? {}

  let draft = collapseRepeats(format === 'html' ? parseHtml(text, input.url) : parseText(joined(text), input.url))
  if (draft.blocks.length === 0) {
    const what = format === 'html' ? 'HTML page has no visible text' : 'text has no visible characters'
    throw new EmptyContentError(`The ${what}.`)
  }
  draft = stripSpam(draft, options)
  draft = stripBoilerplate(draft)
  // the language of the page's text, asked by the metadata stage only for a numeric date on a page of no locale
  const stripped = draft
  const detected = (): string => detectLanguage(stripped.blocks.map(b => b.text).join('\n')).tag
  const { draft: read, meta } = readMetadata(draft, { fetchedAt: input.fetchedAt, language: detected })
  const cleaned = structureBody(read)
  const body = cleaned.blocks.map(toBlock)
  const language = detectLanguage(body.map(b => b.text).join('\n'))

  const texts = flagTargets(body, meta.title)
  const flags = runRules(texts, options)
  const article: Article = {
    ...meta,
    language,
    body,
    removed: cleaned.removed.map(withRule),
    flags,
    quality: scoreQuality(flags, texts),
    decoding: charsetInfo
  }
  return { article, format, decoding }
}
