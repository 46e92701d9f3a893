/**
 * An output stage after the pipeline: an Article as Markdown (CommonMark with GFM tables and footnotes). The
 * metadata goes in a YAML front-matter block, the title is the one `#` heading, body headings are `##`, lists keep
 * their numbering, tables become GFM tables (an empty header row when the page's table has none: GFM needs one),
 * captions are emphasized lines, quotes block quotes. Text is escaped so that nothing in it turns into markup:
 * rendered back to text, the Markdown has the words of the Article's body. With `footnotes`, each flag becomes a
 * footnote whose reference stands right after the flagged span.
 */
import { stringify } from 'yaml'
import type { Article, Block, Flag } from '../types.js'

export interface MarkdownOptions {
  /** Flags as footnotes (`[^1]` after the flagged text, the message below the body). Default: false. */
  footnotes?: boolean
  /** More front-matter fields, first in the block (e.g. the page's `url`, the file it came from). */
  meta?: Record<string, string | number | boolean | null>
}

/** Inline characters that would start markup anywhere in a line. */
const INLINE_SPECIAL = /[\\`*_[\]<>~|]/g
/** Entity-like runs (`&amp;`, `&#32;`): their `&` is escaped so they stay literal. */
const ENTITY = /&(?=#?[a-z0-9]+;)/gi
/** Markup that only counts at the start of a line: ATX headings, list markers, thematic breaks, setext lines. */
const LINE_START = /^(\s*)(#|=|[-+](?=\s|$|-)|\d{1,9}(?=[.)](?:\s|$)))/

/** Escapes text for a Markdown line (no line breaks inside). `atStart`: the text begins a line. */
export function escapeMarkdown (text: string, atStart = true): string {
  let out = text.replace(INLINE_SPECIAL, c => '\\' + c).replace(ENTITY, '\\&')
  if (atStart) {
    out = out.replace(LINE_START, (_m, space: string, mark: string) => /\d/.test(mark)
      ? `${space}${mark}\\`
      : `${space}\\${mark}`)
  }
  return out
}

/** Footnote numbers by pointer, each list sorted by end offset, for the references inside strings. */
interface Notes {
  at: Map<string, Array<{ end: number, n: number }>>
  flags: Flag[]
}

function collectNotes (flags: Flag[], enabled: boolean): Notes {
  const at = new Map<string, Array<{ end: number, n: number }>>()
  if (!enabled) return { at, flags: [] }
  flags.forEach((f, i) => {
    const list = at.get(f.pointer) ?? []
    list.push({ end: f.end, n: i + 1 })
    at.set(f.pointer, list)
  })
  for (const list of at.values()) list.sort((a, b) => a.end - b.end || a.n - b.n)
  return { at, flags }
}

/** One string of the Article, escaped, with the footnote references of the flags pointing into it. */
function inline (text: string, pointer: string, notes: Notes, lineStart = true): string {
  const refs = notes.at.get(pointer)
  if (refs === undefined) return escapeMarkdown(text, lineStart)
  let out = ''
  let from = 0
  for (const { end, n } of refs) {
    const cut = Math.min(Math.max(end, from), text.length)
    out += escapeMarkdown(text.slice(from, cut), lineStart && from === 0) + `[^${n}]`
    from = cut
  }
  return out + escapeMarkdown(text.slice(from), lineStart && from === 0)
}

function frontMatter (article: Article, extra: MarkdownOptions['meta']): string {
  const fields: Record<string, unknown> = { ...extra }
  if (article.title !== null) fields.title = article.title
  if (article.published !== null) fields.published = article.published
  if (article.authors.length > 0) fields.authors = article.authors
  if (article.source !== null) fields.source = article.source
  if (article.originalTitle !== null) fields.originalTitle = article.originalTitle
  if (article.dateline !== null) fields.dateline = article.dateline
  if (article.editors.length > 0) fields.editors = article.editors
  fields.language = article.language.tag
  fields.quality = article.quality.score
  fields.flags = article.flags.length
  return `---\n${stringify(fields, { lineWidth: 0 })}---`
}

function tableMarkdown (block: Block, index: number, notes: Notes): string {
  const rows = block.rows ?? []
  const width = rows.reduce((most, r) => Math.max(most, r.length), 1)
  const cells = (row: string[], r: number): string[] => Array.from({ length: width }, (_, c) =>
    inline(row[c] ?? '', `/body/${index}/rows/${r}/${c}`, notes, false))
  const line = (cs: string[]): string => `| ${cs.join(' | ')} |`
  const head = block.header === true ? cells(rows[0], 0) : Array.from({ length: width }, () => '')
  const first = block.header === true ? 1 : 0
  const body = rows.slice(first).map((row, k) => cells(row, k + first))
  return [line(head), line(Array.from({ length: width }, () => '---')), ...body.map(line)].join('\n')
}

/** Markers for lists, alternated so that two lists in a row stay two lists. */
const BULLETS = ['-', '*']
const NUMBER_DELIMITERS = ['.', ')']

function listMarkdown (block: Block, index: number, notes: Notes, alternate: boolean): string {
  const items = block.items ?? []
  const k = alternate ? 1 : 0
  return items.map((item, j) => {
    const marker = block.ordered === true ? `${j + 1}${NUMBER_DELIMITERS[k]}` : BULLETS[k]
    return `${marker} ${inline(item, `/body/${index}/items/${j}`, notes)}`
  }).join('\n')
}

function blockMarkdown (block: Block, index: number, notes: Notes, afterList: boolean): string {
  const text = (): string => inline(block.text, `/body/${index}/text`, notes)
  switch (block.type) {
    case 'heading': return `## ${text()}`
    case 'quote': return `> ${text()}`
    case 'caption': return `*${text()}*`
    case 'list': return listMarkdown(block, index, notes, afterList)
    case 'table': return tableMarkdown(block, index, notes)
    default: return text()
  }
}

function footnoteLine (flag: Flag, n: number): string {
  const fix = flag.suggestion === undefined
    ? ''
    : flag.suggestion === '' ? ' (delete it)' : ` → “${flag.suggestion}”`
  return `[^${n}]: ${flag.severity} \`${flag.rule}\`: ${escapeMarkdown(flag.message, false)} ` +
    `(“${escapeMarkdown(flag.text, false)}”${escapeMarkdown(fix, false)})`
}

/** The Article as a Markdown document. */
export function renderMarkdown (article: Article, options: MarkdownOptions = {}): string {
  const notes = collectNotes(article.flags, options.footnotes === true)
  const parts = [frontMatter(article, options.meta)]
  if (article.title !== null) parts.push(`# ${inline(article.title, '/title', notes)}`)
  let lastWasList = false
  let alternate = false
  article.body.forEach((block, i) => {
    alternate = block.type === 'list' && lastWasList ? !alternate : false
    parts.push(blockMarkdown(block, i, notes, alternate))
    lastWasList = block.type === 'list'
  })
  if (notes.flags.length > 0) parts.push(notes.flags.map((f, i) => footnoteLine(f, i + 1)).join('\n'))
  return parts.join('\n\n') + '\n'
}
