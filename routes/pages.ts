/** One page on the pool: shared by the single-page route and both batch forms. */
import type { FastifyInstance } from 'fastify'
import type { PageInput } from '../src/pipeline.js'
import type { Article, GlossaryEntry, InputFormat } from '../src/types.js'
import type { RunOptions } from '../pool/index.js'
import type { ArticleRequest } from './schemas.js'
import { problemSlug, toProblem } from '../plugins/errors.js'

export function charsetOf (contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')
  return m === null ? undefined : m[1]
}

export function formatOf (contentType: string | undefined): InputFormat | 'auto' {
  const media = (contentType ?? '').split(';')[0].trim().toLowerCase()
  if (media === 'text/html' || media === 'application/xhtml+xml') return 'html'
  if (media === 'text/plain') return 'text'
  return 'auto'
}

/** The pipeline's input from a JSON page (the deadline is the pool's business, not the pipeline's). */
export function fromJson (body: ArticleRequest): PageInput {
  const page: PageInput = { content: body.content, format: body.format, url: body.url }
  if (body.fetchedAt !== undefined) page.fetchedAt = body.fetchedAt
  if (body.options === undefined) return page
  const { deadlineMs: _deadline, ...options } = body.options
  return { ...page, options }
}

/** Adds the server's configured glossary in front of the request's own entries. */
function withConfigGlossary (input: PageInput, glossary: GlossaryEntry[]): PageInput {
  if (glossary.length === 0) return input
  return { ...input, options: { ...input.options, glossary: [...glossary, ...(input.options?.glossary ?? [])] } }
}

/** A page's deadline as asked (`options.deadlineMs`), refused (400) when over the server's. */
export function askedDeadline (app: FastifyInstance, body: ArticleRequest | undefined): number | undefined {
  const asked = body?.options?.deadlineMs
  if (asked !== undefined && asked > app.pool.deadlineMs) {
    const message = `options.deadlineMs is at most ${app.pool.deadlineMs} (PAGE_DEADLINE_MS); got ${asked}.`
    throw Object.assign(new Error(message), { statusCode: 400 })
  }
  return asked
}

/** Runs one page on the pool and records it in the metrics; errors (as problems) are the caller's to report. */
export async function runPage (app: FastifyInstance, input: PageInput, options: RunOptions): Promise<Article> {
  try {
    const task = { kind: 'page' as const, input: withConfigGlossary(input, app.pagewashConfig.glossary) }
    const { article, format } = await app.runTask(task, options)
    app.metrics.page(format, 'ok', article)
    return article
  } catch (error) {
    const format = input.format === 'html' || input.format === 'text' ? input.format : 'unknown'
    app.metrics.page(format, problemSlug(toProblem(error)))
    throw error
  }
}
