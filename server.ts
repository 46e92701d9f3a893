/** Starts pagewash: `npm start`. PORT, HOST, LOG_LEVEL, BODY_LIMIT, MAX_BATCH, GLOSSARY_FILE configure it. */
import { buildApp } from './app.js'
import { loadConfig } from './config.js'

const config = loadConfig()
const app = await buildApp({ config, defaultMetrics: true })

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.log.info({ signal }, 'shutting down')
    app.close().then(() => process.exit(0), () => process.exit(1))
  })
}

try {
  await app.listen({ port: config.port, host: config.host })
} catch (error) {
  app.log.error({ err: error }, 'could not start')
  process.exit(1)
}
