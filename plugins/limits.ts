/**
 * Memory guard: when the main thread's V8 heap passes `maxHeapUsedBytes`, new work gets 503 problem+json with
 * Retry-After. Load itself is not shed here: the pipeline runs in the worker pool, whose bounded queue answers 503
 * only when it is full (plugins/pool.ts), so event-loop lag no longer measures load and is not a reason to refuse.
 * Liveness and metrics always answer. Body size is limited by `bodyLimit` (BODY_LIMIT); slow clients by
 * `requestTimeout`.
 */
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import underPressure from '@fastify/under-pressure'
import { problem, sendProblem } from './errors.js'

export interface LimitsOptions {
  maxHeapUsedBytes: number
  /** How often the heap is sampled, in ms. */
  sampleInterval?: number
}

const ALWAYS_ANSWER = new Set(['/healthz', '/readyz', '/metrics'])

export default fp(async function limits (app: FastifyInstance, opts: LimitsOptions) {
  await app.register(underPressure, {
    maxHeapUsedBytes: opts.maxHeapUsedBytes,
    sampleInterval: opts.sampleInterval ?? 1000,
    pressureHandler: (request, reply, type, value) => {
      if (ALWAYS_ANSWER.has(request.routeOptions.url ?? '')) return undefined
      request.log.warn({ pressure: type, value }, 'shedding load')
      const detail = `The service is short of memory (${type}); retry later.`
      sendProblem(reply, request, problem('service-unavailable', detail))
    }
  })
}, { name: 'limits' })
