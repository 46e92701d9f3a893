/**
 * `POST /v1/articles` (one page, raw or JSON) and `POST /v1/articles/batch` (many pages: a JSON array, or a
 * stream of NDJSON lines answered line by line). Every page runs on the worker pool (plugins/pool.ts).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import type { PageInput } from '../src/pipeline.js'
import type { Article, InputFormat } from '../src/types.js'
import {
  ArticleRequestSchema, ArticleSchema, FetchedAtSchema, NdjsonLineSchema, ProblemSchema, type ArticleRequest
} from './schemas.js'
import { RAW_MEDIA_TYPES } from '../plugins/raw-body.js'
import { problem, sendProblem, toProblem, type ProblemBody } from '../plugins/errors.js'
import { disconnectSignal } from '../plugins/pool.js'
import { ArticleOkResponse, OutputQueryProperties, sendArticle } from './article-output.js'
import { NDJSON, ajv, isNdjson, ndjsonBatch } from './batch-stream.js'
import { askedDeadline, charsetOf, formatOf, fromJson, runPage } from './pages.js'

const RawPage = {
  description: 'The page as raw bytes. The charset comes from the Content-Type parameter if given, else it is ' +
    'sniffed (BOM, `<meta charset>`, detection). UTF-8, GB18030/GBK/GB2312, Big5 and single-byte sets decode.'
}

const FormatQuery = Type.Object({
  format: Type.Optional(Type.Enum(['html', 'text', 'auto'], {
    description: 'For raw bodies: override the format implied by the media type (text/plain = text, text/html = ' +
      'html, octet-stream = auto).'
  })),
  url: Type.Optional(Type.String({ maxLength: 4096, description: 'Where the page came from.' })),
  fetchedAt: Type.Optional(FetchedAtSchema),
  ...OutputQueryProperties
})

interface RawPageQuery { format?: InputFormat | 'auto', url?: string, fetchedAt?: string }

const problemResponses = {
  400: ProblemSchema, 413: ProblemSchema, 415: ProblemSchema, 422: ProblemSchema, 503: ProblemSchema
}

type BatchResult = { index: number, article: Article } | { index: number, problem: ProblemBody }

/** The JSON batch: pages run on the pool at most `workers` at a time (so a batch never fills the queue alone). */
async function jsonBatch (
  app: FastifyInstance, request: FastifyRequest, reply: FastifyReply, pages: ArticleRequest[],
): Promise<BatchResult[]> {
  const signal = disconnectSignal(reply)
  const results = new Array<BatchResult>(pages.length)
  let next = 0
  const lane = async (): Promise<void> => {
    for (let index = next++; index < pages.length; index = next++) {
      try {
        const deadlineMs = askedDeadline(app, pages[index])
        const article = await runPage(app, fromJson(pages[index]), { deadlineMs, signal, waitForRoom: true })
        results[index] = { index, article }
      } catch (error) {
        const body = toProblem(error)
        if (body.status >= 500) request.log.error({ err: error, index }, 'batch page failed')
        results[index] = { index, problem: body }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(app.pool.stats().workers, pages.length) }, lane))
  return results
}

/** The JSON batch body as the type provider reads it (the NDJSON body is read by the route itself). */
type BatchBody = ReturnType<typeof Type.Object<{ pages: ReturnType<typeof Type.Array<typeof ArticleRequestSchema>> }>>

/** The batch route's schema: one JSON body of pages, or an NDJSON stream of them (one line documented). */
const BATCH_SCHEMA = {
  tags: ['articles'],
  summary: 'Clean many pages in one request',
  description: 'Each page is processed independently: one bad page gets a problem in its place, the others their ' +
    'Article.\n\n**JSON** (`application/json`): `{pages: [...]}`, at most `MAX_BATCH` pages, answered together as ' +
    '`{results: [{index, article} or {index, problem}]}` in order.\n\n**Streaming** (`application/x-ndjson`): one ' +
    '`{"id", "content", "format"?, "url"?, "options"?}` per line, any number of lines, no `BODY_LIMIT` on the ' +
    'whole (one line may be at most `BODY_LIMIT` bytes). The answer is `application/x-ndjson`, one line per input ' +
    'line as soon as it is ready (not in input order): `{"id", "article"}` or `{"id", "problem"}`. A bad line ' +
    '(invalid JSON, missing `content`) gets a problem line (`id` null when it has none) and the batch goes on. ' +
    'Reading follows the workers (backpressure), so memory stays bounded; a client that disconnects cancels the ' +
    'pages it queued. On server shutdown, lines already read are answered, then a last line `{"id": null, ' +
    '"problem"}` of type `service-unavailable` says that reading stopped.',
  body: {
    content: {
      'application/json': {
        schema: Type.Object({ pages: Type.Array(ArticleRequestSchema, { minItems: 1 }) }, {
          additionalProperties: false,
        })
      },
      [NDJSON]: { schema: { ...NdjsonLineSchema, description: 'One such object per line (NDJSON).' } }
    }
  } as unknown as BatchBody,
  response: {
    200: {
      description: 'JSON results for a JSON batch; NDJSON answer lines `{id, article}` or `{id, problem}` for a ' +
        'stream.',
      content: {
        'application/json': {
          schema: Type.Object({
            results: Type.Array(Type.Object({
              index: Type.Integer({ minimum: 0 }),
              article: Type.Optional(ArticleSchema),
              problem: Type.Optional(ProblemSchema)
            }))
          })
        },
        [NDJSON]: {
          schema: Type.Object({
            id: Type.Union([Type.String(), Type.Integer(), Type.Null()]),
            article: Type.Optional(ArticleSchema),
            problem: Type.Optional(ProblemSchema)
          }, { title: 'BatchAnswerLine' })
        }
      }
    },
    ...problemResponses
  }
}

const articles: FastifyPluginAsyncTypebox = async (app) => {
  // The NDJSON body stays a stream: the route reads it line by line (BODY_LIMIT applies per line, not to the whole).
  app.addContentTypeParser(NDJSON, (_request, payload, done) => { done(null, payload) })

  app.post('/v1/articles', {
    schema: {
      tags: ['articles'],
      summary: 'Clean one page into an Article',
      description: 'Send the page raw (`text/plain` for scraped text, `text/html`, `application/xhtml+xml`, ' +
        '`application/octet-stream` to have the format sniffed) or as JSON with options. 422 `page-too-complex` when ' +
        'the page is still running at its deadline; 503 with `Retry-After` when every worker is busy and the queue ' +
          'is full.',
      querystring: FormatQuery,
      body: {
        content: {
          'application/json': { schema: ArticleRequestSchema },
          ...Object.fromEntries(RAW_MEDIA_TYPES.map(t => [t, { schema: RawPage }]))
        }
      } as unknown as typeof ArticleRequestSchema,
      response: { 200: ArticleOkResponse, ...problemResponses }
    }
  }, async (request: FastifyRequest<{ Querystring: RawPageQuery }>, reply) => {
    const body = request.body
    const json = Buffer.isBuffer(body) ? undefined : body as ArticleRequest
    const input: PageInput = json === undefined
      ? {
          content: body as Buffer,
          charset: charsetOf(request.headers['content-type']),
          format: request.query.format ?? formatOf(request.headers['content-type']),
          url: request.query.url,
          ...(request.query.fetchedAt !== undefined ? { fetchedAt: request.query.fetchedAt } : {})
        }
      : fromJson(json)
    const article = await runPage(app, input, { deadlineMs: askedDeadline(app, json), signal: disconnectSignal(reply) })
    return await sendArticle(request, reply, article)
  })

  app.post('/v1/articles/batch', {
    // The NDJSON schema documents one line; the route validates each line itself (the body is a stream).
    validatorCompiler: ({ schema, contentType }) => isNdjson(contentType) ? () => true : ajv.compile(schema),
    schema: BATCH_SCHEMA
  }, async (request, reply) => {
    if (isNdjson(request.headers['content-type'])) return await ndjsonBatch(app, request, reply)
    const { pages } = request.body
    if (pages.length > app.pagewashConfig.maxBatch) {
      const detail = `A batch holds at most ${app.pagewashConfig.maxBatch} pages; this one has ${pages.length}.`
      return sendProblem(reply, request, problem('payload-too-large', detail))
    }
    return { results: await jsonBatch(app, request, reply, pages) }
  })
}
export default articles
