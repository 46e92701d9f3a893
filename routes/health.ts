/** Liveness and readiness. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'

const Status = Type.Object({ status: Type.String() })

const health: FastifyPluginAsyncTypebox = async (app) => {
  // Ready once the worker pool is (its language model built, its workers loaded): until then pages would wait.
  // Not ready from the moment close starts (load balancers should stop sending). A pool that cannot start (a worker
  // heap cap too small to load the pipeline, a language model that cannot be built) makes the process useless:
  // liveness fails too, so that a supervisor restarts it or shows the error, instead of a server "starting" forever.
  let state: 'starting' | 'ready' | 'closing' | 'failed' = 'starting'
  app.addHook('onReady', async () => {
    app.pool.ready().then(() => { if (state === 'starting') state = 'ready' }, (error: unknown) => {
      app.log.error({ err: error }, 'the worker pool could not start')
      if (state === 'starting') state = 'failed'
    })
  })
  app.closing.on('closing', () => { state = 'closing' }) // emitted on SIGTERM (server.ts) and by close()

  app.get('/healthz', {
    schema: {
      tags: ['operations'],
      summary: 'The process is up (503 once its worker pool has failed to start)',
      response: { 200: Status, 503: Status }
    }
  }, async (_request, reply) => {
    if (state === 'failed') return reply.code(503).send({ status: state })
    return { status: 'ok' }
  })

  app.get('/readyz', {
    schema: { tags: ['operations'], summary: 'Ready to take work', response: { 200: Status, 503: Status } }
  }, async (_request, reply) => {
    if (state !== 'ready') return reply.code(503).send({ status: state })
    return { status: 'ready' }
  })
}
export default health
