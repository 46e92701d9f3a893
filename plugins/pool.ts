/**
 * The worker pool behind every route that runs the pipeline (pool/): created from the configuration unless one is
 * given (tests share one), closed with the app (after in-flight requests). `app.runTask` runs one task for a
 * request: it is dropped from the queue if the client goes away, a domain failure becomes the matching problem,
 * and pool errors (queue full, deadline) reach the error handler as 503 / 422.
 */
import fp from 'fastify-plugin'
import type { FastifyInstance, FastifyReply } from 'fastify'
import {
  createPagePool, type PagePool, type PoolOptions, type RunOptions, type Task, type TaskValue,
} from '../pool/index.js'
import { ProblemError, failureProblem } from './errors.js'

export interface PoolPluginOptions {
  /** A pool the caller owns and closes; otherwise one is made from these settings and closed with the app. */
  pool?: PagePool
  settings: PoolOptions
}

declare module 'fastify' {
  interface FastifyInstance {
    pool: PagePool
    runTask: <K extends Task['kind']>(task: Extract<Task, { kind: K }>, options?: RunOptions) => Promise<TaskValue[K]>
  }
}

/** An AbortSignal that fires when the client goes away before its answer is complete. */
export function disconnectSignal (reply: FastifyReply): AbortSignal {
  const controller = new AbortController()
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) controller.abort()
  })
  return controller.signal
}

export default fp(async function pool (app: FastifyInstance, opts: PoolPluginOptions) {
  const owned = opts.pool === undefined
  const pagePool = opts.pool ?? createPagePool(opts.settings)
  app.decorate('pool', pagePool)
  app.decorate('runTask', async function runTask<K extends Task[
    'kind'
  ]> (task: Extract<Task, { kind: K }>, options?: RunOptions) {
    const outcome = await pagePool.run(task, options)
    if (!outcome.ok) throw new ProblemError(failureProblem(outcome.failure))
    return outcome.value
  })
  if (owned) app.addHook('onClose', async () => { await pagePool.close() })
}, { name: 'pool' })
