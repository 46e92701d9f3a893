/**
 * The streaming form of `POST /v1/articles/batch` (`application/x-ndjson`): the request body is not buffered
 * (no BODY_LIMIT on the whole, one line at most BODY_LIMIT bytes), each line is validated on its own and run on the
 * pool, each answer line is written when ready. See routes/ndjson.ts for the backpressure.
 */
import { PassThrough } from 'node:stream'
import type { IncomingMessage } from 'node:http'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { Ajv, type ValidateFunction } from 'ajv'
import formats from 'ajv-formats'
import { NdjsonLineSchema, type NdjsonLine } from './schemas.js'
import { problem, toProblem, type ProblemBody } from '../plugins/errors.js'
import { disconnectSignal } from '../plugins/pool.js'
import { readLines, streamBatch, type RawLine } from './ndjson.js'
import { askedDeadline, fromJson, runPage } from './pages.js'

export const NDJSON = 'application/x-ndjson'

/** Lines in flight per stream, per worker: enough to keep every worker fed while answers are being written. */
const WINDOW_PER_WORKER = 2
/** Bytes of answer lines buffered toward a slow reader before the stream stops reading more input. */
const OUTPUT_HIGH_WATER = 64 * 1024

export function isNdjson (contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0].trim().toLowerCase() === NDJSON
}

/** The same validation settings as the app's (app.ts), for the routes that compile their own. */
export const ajv = new Ajv({
  removeAdditional: false, coerceTypes: false, allErrors: false, useDefaults: true, strict: false
})
// the formats Fastify's own compiler adds (`date-time` of `fetchedAt`); ajv-formats is CommonJS with a default
// export, which NodeNext types as the module
const addFormats = (formats as unknown as { default: (a: Ajv) => Ajv }).default ?? formats
addFormats(ajv)
const validateLine: ValidateFunction = ajv.compile(NdjsonLineSchema)

type LineId = NdjsonLine['id'] | null
interface LineProblem { id: LineId, problem: ProblemBody }
type LineAnswer = { id: LineId, article: unknown } | LineProblem

/** The line's id when it has a usable one, else null. */
function idOf (value: unknown): LineId {
  const id = (value as { id?: unknown } | null)?.id
  return typeof id === 'string' || (typeof id === 'number' && Number.isInteger(id)) ? id : null
}

/** Parses and validates one line; a problem when it cannot be a page. */
function parseLine (raw: RawLine, maxLineBytes: number): { line: NdjsonLine } | LineProblem {
  if ('tooLong' in raw) {
    const detail = `A line holds at most ${maxLineBytes} bytes (BODY_LIMIT); this one has ${raw.tooLong}.`
    return { id: null, problem: problem('payload-too-large', detail) }
  }
  let value: unknown
  try {
    value = JSON.parse(raw.text)
  } catch (error) {
    return { id: null, problem: toProblem(error) }
  }
  if (!validateLine(value)) return { id: idOf(value), problem: toProblem({ validation: validateLine.errors ?? [] }) }
  return { line: value as NdjsonLine }
}

async function answerLine (app: FastifyInstance, raw: RawLine, signal: AbortSignal): Promise<LineAnswer> {
  const parsed = parseLine(raw, app.pagewashConfig.bodyLimit)
  if (!('line' in parsed)) return parsed
  const { line } = parsed
  try {
    const deadlineMs = askedDeadline(app, line)
    const article = await runPage(app, fromJson(line), { deadlineMs, signal, waitForRoom: true })
    return { id: line.id, article }
  } catch (error) {
    const body = toProblem(error)
    if (body.status >= 500) app.log.error({ err: error, id: line.id }, 'batch line failed')
    return { id: line.id, problem: body }
  }
}

/** Lines that are only white space are not pages and get no answer (a trailing newline, blank separators). */
async function * nonBlank (lines: AsyncIterable<RawLine>): AsyncGenerator<RawLine> {
  for await (const line of lines) if (!('text' in line) || line.text.trim() !== '') yield line
}

/** Answers an NDJSON batch: streams the answer lines; resolves when the last one is written. */
export async function ndjsonBatch (
  app: FastifyInstance, request: FastifyRequest, reply: FastifyReply
): Promise<FastifyReply> {
  const body = request.body as IncomingMessage
  const gone = disconnectSignal(reply)
  const stop = new AbortController()
  const onClosing = (): void => stop.abort()
  app.closing.once('closing', onClosing)
  gone.addEventListener('abort', onClosing, { once: true })
  const out = new PassThrough({ highWaterMark: OUTPUT_HIGH_WATER })
  reply.type(NDJSON).send(out)
  const { read, stopped } = await streamBatch({
    lines: nonBlank(readLines(body, app.pagewashConfig.bodyLimit)),
    out,
    window: WINDOW_PER_WORKER * app.pool.stats().workers,
    answer: async raw => await answerLine(app, raw, gone),
    stop: stop.signal
  })
  app.closing.off('closing', onClosing)
  if (stopped && !gone.aborted) {
    out.write(JSON.stringify({
      id: null,
      problem: problem('service-unavailable', `The server is shutting down: ${read} lines were read and answered, ` +
        'the lines after them were not read; send them again.')
    }) + '\n')
  }
  request.log.info({ lines: read, stopped }, 'ndjson batch done')
  out.end()
  return reply
}
