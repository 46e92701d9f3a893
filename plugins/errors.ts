/**
 * Every error leaves as RFC 9457 `application/problem+json` with a stable `type`. Bad input is a 4xx with a
 * clear `detail`; a 500 means a bug, is logged with its stack, and never echoes internals or page text.
 */
import fp from 'fastify-plugin'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import {
  CancelledError, DeadlineError, MemoryLimitError, PoolClosedError, QueueFullError, type DomainFailure,
} from '../pool/index.js'

export const PROBLEM_BASE = 'https://pagewash.dev/problems/'

export const PROBLEMS = {
  'invalid-json': { status: 400, title: 'Malformed JSON' },
  validation: { status: 400, title: 'Request does not match the schema' },
  'bad-request': { status: 400, title: 'Bad request' },
  'not-found': { status: 404, title: 'Not found' },
  'payload-too-large': { status: 413, title: 'Payload too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'unprocessable-content': { status: 422, title: 'Nothing usable in the content' },
  'page-too-complex': { status: 422, title: 'Page too complex' },
  'too-many-requests': { status: 429, title: 'Too many requests' },
  internal: { status: 500, title: 'Internal error' },
  'service-unavailable': { status: 503, title: 'Service overloaded' }
} as const

export type ProblemSlug = keyof typeof PROBLEMS

export interface ProblemBody {
  type: string
  title: string
  status: number
  detail: string
  instance?: string
  requestId?: string
  errors?: Array<{ pointer: string, message: string }>
}

export function problem (slug: ProblemSlug, detail: string, extra: Partial<ProblemBody> = {}): ProblemBody {
  const p = PROBLEMS[slug]
  return { type: PROBLEM_BASE + slug, title: p.title, status: p.status, detail, ...extra }
}

/** An error that already knows its problem (a task the worker refused as bad input). */
export class ProblemError extends Error {
  constructor (readonly problem: ProblemBody) {
    super(problem.detail)
    this.name = 'ProblemError'
  }
}

/** Seconds a client is asked to wait (Retry-After) when the queue is full or the server is closing. */
export const RETRY_AFTER_SECONDS = 5

/** A task the worker refused as bad input, as a problem. */
export function failureProblem (failure: DomainFailure): ProblemBody {
  return failure.kind === 'empty-content'
    ? problem('unprocessable-content', failure.message)
    : problem('validation', failure.message)
}

/** The deadline (PAGE_DEADLINE_MS or options.deadlineMs) counts from arrival: the detail says how much was waiting. */
function deadlineProblem (error: DeadlineError): ProblemBody {
  const deadline = `the deadline of ${error.deadlineMs} ms (PAGE_DEADLINE_MS or options.deadlineMs, counted from ` +
    'arrival)'
  const queued = Math.round(error.queuedMs)
  if (!error.started) {
    // the page never ran: the service was too busy, which says nothing of the page; a retry may well succeed
    return problem('service-unavailable', `The page waited ${queued} ms for a busy worker and ${deadline} passed ` +
      `before it could start. Retry in ${RETRY_AFTER_SECONDS} s or allow a longer deadline.`)
  }
  return problem('page-too-complex', `Processing was stopped at ${deadline}, ${queued} ms of which were spent ` +
    'waiting for a worker: the page is too large or too deeply nested. Send a smaller page or allow a longer deadline.')
}

function poolProblem (error: unknown): ProblemBody | undefined {
  if (error instanceof DeadlineError) return deadlineProblem(error)
  if (error instanceof MemoryLimitError) {
    const detail = 'Processing was stopped: the page needed more memory than a worker may use. Send a smaller page.'
    return problem('page-too-complex', detail)
  }
  if (error instanceof QueueFullError) {
    const detail = `All workers are busy and the queue (${error.maxQueue}) is full; retry in ${RETRY_AFTER_SECONDS} s.`
    return problem('service-unavailable', detail)
  }
  if (error instanceof PoolClosedError) {
    return problem('service-unavailable', 'The server is shutting down; retry on another instance.')
  }
  if (error instanceof CancelledError) return problem('service-unavailable', error.message)
  return undefined
}

/** One finding of Ajv's, as Fastify hands a validation error over. */
interface AjvFinding { instancePath: string, message?: string, params?: Record<string, unknown> }

const SUPPORTED_MEDIA_TYPES =
  'Send text/plain, text/html, application/xhtml+xml, application/octet-stream or application/json.'

/** Maps any thrown error to a problem. Exported for the batch routes, which report per-page problems. */
export function toProblem (error: unknown): ProblemBody {
  if (error instanceof ProblemError) return error.problem
  // The pipeline's EmptyContentError, when it runs in-process (the extract CLI): matched by name, so that this
  // module does not load the pipeline into the HTTP thread.
  if (error instanceof Error && error.name === 'EmptyContentError') {
    return problem('unprocessable-content', error.message)
  }
  const fromPool = poolProblem(error)
  if (fromPool !== undefined) return fromPool
  const e = error as FastifyError & { validation?: AjvFinding[] }
  if (e.validation !== undefined) {
    const errors = e.validation.map(v => {
      const missing = typeof v.params?.missingProperty === 'string' ? `/${v.params.missingProperty}` : ''
      const extra = typeof v.params?.additionalProperty === 'string' ? `/${v.params.additionalProperty}` : ''
      return { pointer: v.instancePath + missing + extra, message: v.message ?? 'invalid' }
    })
    const detail = errors.map(x => `${x.pointer === '' ? 'body' : x.pointer}: ${x.message}`).join('; ')
    return problem('validation', detail, { errors })
  }
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problem('invalid-json', e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
        ? 'The body is empty but Content-Type says JSON.'
        : `The body is not valid JSON: ${e.message}`)
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problem('payload-too-large', e.message)
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return problem('unsupported-media-type', `${e.message}. ${SUPPORTED_MEDIA_TYPES}`)
  }
  if (e instanceof SyntaxError) return problem('invalid-json', `The body is not valid JSON: ${e.message}`)
  const status = typeof e.statusCode === 'number' ? e.statusCode : 500
  if (status === 413) return problem('payload-too-large', e.message)
  if (status === 415) return problem('unsupported-media-type', e.message)
  if (status === 429) return problem('too-many-requests', e.message)
  if (status >= 400 && status < 500) return { ...problem('bad-request', e.message), status }
  return problem('internal', 'An internal error occurred; it has been logged with the request id.')
}

/** The slug of a problem (`unprocessable-content`), as used for metric labels. */
export function problemSlug (body: ProblemBody): string {
  return body.type.slice(PROBLEM_BASE.length)
}

export function sendProblem (reply: FastifyReply, request: FastifyRequest, body: ProblemBody): FastifyReply {
  if (body.status === 503) reply.header('retry-after', String(RETRY_AFTER_SECONDS))
  return reply
    .code(body.status)
    .type('application/problem+json')
    .send({ ...body, instance: request.url.split('?')[0], requestId: request.id })
}

export default fp(async function errors (app: FastifyInstance) {
  app.setErrorHandler((error, request, reply) => {
    const body = toProblem(error)
    // a client that hung up before its answer is the client's doing, not a failure of the service
    if (error instanceof CancelledError) request.log.info({ problem: body.type }, 'client closed the request')
    else if (body.status >= 500) request.log.error({ err: error }, 'request failed')
    else request.log.info({ problem: body.type, status: body.status }, 'request rejected')
    return sendProblem(reply, request, body)
  })
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]
    return sendProblem(reply, request, problem('not-found', `No route for ${request.method} ${path}.`))
  })
}, { name: 'errors' })
