/**
 * Starts pagewash: `npm start`. The environment configures it (README, "Configuration").
 *
 * Graceful shutdown on SIGTERM/SIGINT: readiness turns 503 and streaming batches stop reading at once; after
 * SHUTDOWN_DELAY_MS (time for a load balancer to notice) the server stops accepting connections, answers every
 * request it accepted and every batch line it read, lets the pool finish its queue, then exits.
 */
import { buildApp } from './app.js'
import { loadConfig } from './config.js'

const config = loadConfig()
const app = await buildApp({ config, defaultMetrics: true })

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.log.info({ signal, delayMs: config.shutdownDelayMs }, 'shutting down')
    app.closing.emit('closing')
    setTimeout(() => {
      app.close().then(() => {
        app.log.info('closed: every accepted request answered')
        process.exit(0)
      }, (error: unknown) => {
        app.log.error({ err: error }, 'close failed')
        process.exit(1)
      })
    }, config.shutdownDelayMs)
  })
}

try {
  await app.listen({ port: config.port, host: config.host })
} catch (error) {
  app.log.error({ err: error }, 'could not start')
  process.exit(1)
}
