/**
 * The working document that flows through the pipeline stages. Front ends (text, HTML) produce it; each later
 * stage takes a Draft and returns a new one, moving what it takes out of `blocks` into `removed`.
 */
import type { BlockType, Dateline, Editor, InputFormat, Removal } from './types.js'

/** Evidence the HTML front end keeps about where a block came from (absent for text pages). */
export interface BlockEvidence {
  /** The element the block came from: `p`, `h2`, `li`, `figcaption`, … */
  tag?: string
  /** Share of the block's characters that sit inside links, 0..1. */
  linkDensity?: number
}

export interface Candidate {
  type: BlockType
  /** For a list or a table, the items or rows joined as in the Article's `Block.text`. */
  text: string
  evidence?: BlockEvidence
  /** `list`: the items as the front end found them (stages edit `text`; `src/structure/parts.ts` reconciles). */
  items?: string[]
  ordered?: boolean
  /** `table`: the rows of cells as the front end found them, and whether the first is a header row. */
  rows?: string[][]
  header?: boolean
}

/**
 * Metadata a front end already knows (HTML `<title>`, `og:*`, JSON-LD, `<time datetime>`, bylines). Front ends put
 * RAW strings here, as found on the page; the metadata stage (`src/metadata`) normalizes them (ISO 8601 dates,
 * site-name suffixes off titles, author lists split) and merges them with what it reads from the blocks.
 */
/** A raw date string a front end read, and the kind of evidence it is (data/metadata-evidence.json). */
export interface DateHint {
  kind: string
  value: string
}

export interface MetadataHints {
  title?: string
  /**
   * The whole line of the heading the title is a part of (`Get that tech stack Klatch Coffee` for `Klatch Coffee`,
   * a kicker before it): the title's line in the body. Absent when the title is a heading's whole text.
   */
  titleLine?: string
  /** A publication date given without its evidence (ranked as `hint`); `dates` carries the front end's own. */
  published?: string
  /** Publication date candidates with their evidence, in the order found. */
  dates?: DateHint[]
  /** The page's declared language (`<html lang>`, `content-language`): `en-US`, `en-GB`, `zh-CN`. */
  locale?: string
  /**
   * The order the page's own all-numeric dates show (text/date-order.ts `orderShown`), set by the HTML front end when
   * its locale and host tell none and its dates do.
   */
  dateOrder?: 'dmy' | 'mdy'
  authors?: string[]
  source?: string
  siteName?: string
  /** The page's `<title>` as written (site name and section included). */
  pageTitle?: string
  dateline?: Dateline
  editors?: Editor[]
  originalTitle?: string
}

export interface Draft {
  format: InputFormat
  blocks: Candidate[]
  removed: Removal[]
  hints: MetadataHints
  url?: string
}
