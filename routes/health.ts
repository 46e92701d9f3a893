/** Liveness and readiness. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'

const Status = Type.Object({ status: Type.String() })

const health: FastifyPluginAsyncTypebox = async (app) => {
  // Ready from the moment every plugin has loaded until close starts (then load balancers should stop sending).
  let state: 'starting' | 'ready' | 'closing' = 'starting'
  // Ready once the worker pool is (its language model built, its workers loaded): until then pages would wait.
  app.addHook('onReady', async () => {
    app.pool.ready().then(() => { if (state === 'starting') state = 'ready' }, (error: unknown) => {
      app.log.error({ err: error }, 'the worker pool could not start')
    })
  })
  app.closing.on('closing', () => { state = 'closing' }) // emitted on SIGTERM (server.ts) and by close()

  app.get('/healthz', {
    schema: { tags: ['operations'], summary: 'The process is up', response: { 200: Status } }
  }, async () => ({ status: 'ok' }))

  app.get('/readyz', {
    schema: { tags: ['operations'], summary: 'Ready to take work', response: { 200: Status, 503: Status } }
  }, async (_request, reply) => {
    if (state !== 'ready') return reply.code(503).send({ status: state })
    return { status: 'ready' }
  })
}
export default health
