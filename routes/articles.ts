/** `POST /v1/articles` (one page, raw or JSON) and `POST /v1/articles/batch` (many pages in JSON). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import { processPage, type PageInput } from '../src/pipeline.js'
import type { GlossaryEntry, InputFormat } from '../src/types.js'
import { ArticleRequestSchema, ArticleSchema, ProblemSchema, type ArticleRequest } from './schemas.js'
import { RAW_MEDIA_TYPES } from '../plugins/raw-body.js'
import { problem, problemSlug, sendProblem, toProblem } from '../plugins/errors.js'
import { ArticleOkResponse, OutputQueryProperties, sendArticle } from './article-output.js'

const RawPage = {
  description: 'The page as raw bytes. The charset comes from the Content-Type parameter if given, else it is ' +
    'sniffed (BOM, `<meta charset>`, detection). UTF-8, GB18030/GBK/GB2312, Big5 and single-byte sets decode.'
}

const FormatQuery = Type.Object({
  format: Type.Optional(Type.Enum(['html', 'text', 'auto'], {
    description: 'For raw bodies: override the format implied by the media type (text/plain = text, text/html = html, octet-stream = auto).'
  })),
  url: Type.Optional(Type.String({ maxLength: 4096, description: 'Where the page came from.' })),
  ...OutputQueryProperties
})

const problemResponses = {
  400: ProblemSchema, 413: ProblemSchema, 415: ProblemSchema, 422: ProblemSchema
}

function charsetOf (contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')
  return m === null ? undefined : m[1]
}

function formatOf (contentType: string | undefined): InputFormat | 'auto' {
  const media = (contentType ?? '').split(';')[0].trim().toLowerCase()
  if (media === 'text/html' || media === 'application/xhtml+xml') return 'html'
  if (media === 'text/plain') return 'text'
  return 'auto'
}

function fromJson (body: ArticleRequest): PageInput {
  return { content: body.content, format: body.format, url: body.url, options: body.options }
}

/** Adds the server's configured glossary in front of the request's own entries. */
function withConfigGlossary (input: PageInput, glossary: GlossaryEntry[]): PageInput {
  if (glossary.length === 0) return input
  return { ...input, options: { ...input.options, glossary: [...glossary, ...(input.options?.glossary ?? [])] } }
}

const articles: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/v1/articles', {
    schema: {
      tags: ['articles'],
      summary: 'Clean one page into an Article',
      description: 'Send the page raw (`text/plain` for scraped text, `text/html`, `application/xhtml+xml`, ' +
        '`application/octet-stream` to have the format sniffed) or as JSON with options.',
      querystring: FormatQuery,
      body: {
        content: {
          'application/json': { schema: ArticleRequestSchema },
          ...Object.fromEntries(RAW_MEDIA_TYPES.map(t => [t, { schema: RawPage }]))
        }
      } as unknown as typeof ArticleRequestSchema,
      response: { 200: ArticleOkResponse, ...problemResponses }
    }
  }, async (request: FastifyRequest<{ Querystring: { format?: InputFormat | 'auto', url?: string } }>, reply) => {
    const body = request.body as unknown
    const input: PageInput = withConfigGlossary(Buffer.isBuffer(body)
      ? {
          content: body,
          charset: charsetOf(request.headers['content-type']),
          format: request.query.format ?? formatOf(request.headers['content-type']),
          url: request.query.url
        }
      : fromJson(body as ArticleRequest), app.pagewashConfig.glossary)
    try {
      const result = processPage(input)
      app.metrics.page(result.format, 'ok', result.article)
      return await sendArticle(request, reply, result.article)
    } catch (error) {
      app.metrics.page(input.format === 'html' || input.format === 'text' ? input.format : 'unknown', problemSlug(toProblem(error)))
      throw error
    }
  })

  app.post('/v1/articles/batch', {
    schema: {
      tags: ['articles'],
      summary: 'Clean many pages in one request',
      description: 'Each page is processed independently: one bad page gets a problem in its slot, the others their Article.',
      body: Type.Object({ pages: Type.Array(ArticleRequestSchema, { minItems: 1 }) }, { additionalProperties: false }),
      response: {
        200: Type.Object({
          results: Type.Array(Type.Object({
            index: Type.Integer({ minimum: 0 }),
            article: Type.Optional(ArticleSchema),
            problem: Type.Optional(ProblemSchema)
          }))
        }),
        ...problemResponses
      }
    }
  }, async (request, reply) => {
    const { pages } = request.body
    if (pages.length > app.pagewashConfig.maxBatch) {
      return sendProblem(reply, request, problem('payload-too-large', `A batch holds at most ${app.pagewashConfig.maxBatch} pages; this one has ${pages.length}.`))
    }
    const results = pages.map((page, index) => {
      try {
        const { article, format } = processPage(withConfigGlossary(fromJson(page), app.pagewashConfig.glossary))
        app.metrics.page(format, 'ok', article)
        return { index, article }
      } catch (error) {
        const body = toProblem(error)
        if (body.status >= 500) request.log.error({ err: error, index }, 'batch page failed')
        app.metrics.page('unknown', problemSlug(body))
        return { index, problem: body }
      }
    })
    return { results }
  })
}
export default articles
