/**
 * How an Article goes out of `POST /v1/articles`: JSON (the default) or Markdown, chosen by `?output=` or, when
 * that is absent, by the `Accept` header (content negotiation, RFC 9110 §12.5.1: the higher `q` wins, JSON on a
 * tie). Markdown is `src/render/markdown.ts`; `?footnotes=true` adds the flags as footnotes.
 */
import type { FastifyReply, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import { renderMarkdown } from '../src/render/markdown.js'
import type { Article } from '../src/types.js'
import { ArticleSchema } from './schemas.js'

export const MARKDOWN_TYPE = 'text/markdown; charset=utf-8'

/** Query parameters that choose the output, spread into the route's querystring schema. */
export const OutputQueryProperties = {
  output: Type.Optional(Type.Enum(['json', 'markdown'], {
    description: 'The answer as JSON (default) or Markdown. Without it, `Accept: text/markdown` asks for Markdown.'
  })),
  footnotes: Type.Optional(Type.Enum(['true', 'false'], {
    description: 'Markdown only: `true` adds the flags as footnotes.'
  }))
}

/** The 200 answer in both representations, for the route's response schema (and so the OpenAPI document). */
export const ArticleOkResponse = {
  description: 'The Article, as JSON or (with `Accept: text/markdown` or `?output=markdown`) as Markdown.',
  content: {
    'application/json': { schema: ArticleSchema },
    'text/markdown': {
      schema: Type.String({
        description: 'YAML front matter with the metadata, the title as `#`, the body (headings, lists, GFM ' +
          'tables, captions, block quotes), with `?footnotes=true` the flags as footnotes.'
      })
    }
  }
}

export type OutputFormat = 'json' | 'markdown'

/** The q-value of the best media range in an Accept header matching `type` (exact, `type/*` or `*\/*`). */
function qualityOf (accept: string, type: string): number {
  let best = -1
  let bestSpecificity = -1
  for (const range of accept.split(',')) {
    const [media, ...params] = range.split(';').map(s => s.trim().toLowerCase())
    const specificity = media === type ? 2 : media === type.split('/')[0] + '/*' ? 1 : media === '*/*' ? 0 : -1
    if (specificity < 0 || specificity < bestSpecificity) continue
    const q = params.find(p => p.startsWith('q='))
    const value = q === undefined ? 1 : Number(q.slice(2))
    best = Number.isFinite(value) ? value : 0
    bestSpecificity = specificity
  }
  return best
}

/** JSON unless the query or the Accept header asks for Markdown (and prefers it to JSON). */
export function outputOf (query: { output?: OutputFormat }, accept: string | undefined): OutputFormat {
  if (query.output !== undefined) return query.output
  if (accept === undefined || accept.trim() === '') return 'json'
  return qualityOf(accept, 'text/markdown') > Math.max(0, qualityOf(accept, 'application/json')) ? 'markdown' : 'json'
}

/** Sends the Article in the format the request chose. */
export async function sendArticle (
  request: FastifyRequest, reply: FastifyReply, article: Article
): Promise<FastifyReply> {
  const query = request.query as { output?: OutputFormat, footnotes?: 'true' | 'false' }
  void reply.header('vary', 'accept')
  if (outputOf(query, request.headers.accept) === 'json') return await reply.send(article)
  return await reply.type(MARKDOWN_TYPE).send(renderMarkdown(article, { footnotes: query.footnotes === 'true' }))
}
