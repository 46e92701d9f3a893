/**
 * Load shedding: when the event loop lags past `maxEventLoopDelay` ms (the pipeline is CPU-bound) or the heap
 * passes `maxHeapUsedBytes`, new work gets 503 problem+json with Retry-After instead of queueing until clients time
 * out. Liveness and metrics still answer, so an orchestrator sees a busy process rather than a dead one.
 * Body size is limited by Fastify's `bodyLimit` (config `BODY_LIMIT`); slow clients by `requestTimeout`.
 */
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import underPressure from '@fastify/under-pressure'
import { problem, sendProblem } from './errors.js'

export interface LimitsOptions {
  maxEventLoopDelay: number
  maxHeapUsedBytes: number
  /** How often load is sampled, in ms. */
  sampleInterval?: number
}

const ALWAYS_ANSWER = new Set(['/healthz', '/metrics'])
const RETRY_AFTER_SECONDS = 5

export default fp(async function limits (app: FastifyInstance, opts: LimitsOptions) {
  await app.register(underPressure, {
    maxEventLoopDelay: opts.maxEventLoopDelay,
    maxHeapUsedBytes: opts.maxHeapUsedBytes,
    sampleInterval: opts.sampleInterval ?? 500,
    pressureHandler: (request, reply, type, value) => {
      if (ALWAYS_ANSWER.has(request.routeOptions.url ?? '')) return undefined
      request.log.warn({ pressure: type, value }, 'shedding load')
      reply.header('retry-after', String(RETRY_AFTER_SECONDS))
      sendProblem(reply, request, problem('service-unavailable', `The service is overloaded (${type}); retry in ${RETRY_AFTER_SECONDS} s.`))
    }
  })
}, { name: 'limits' })
