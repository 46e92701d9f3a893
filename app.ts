/**
 * Builds the Fastify app: cross-cutting plugins first (errors, raw bodies, memory guard, worker pool, docs, metrics),
 * then the routes. The main thread only does HTTP: every page, check and language request runs in the pool.
 * `server.ts` listens; tests call `buildApp()` and use `app.inject()`.
 */
import { randomUUID } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { readFileSync } from 'node:fs'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { Config } from './config.js'
import { loadConfig } from './config.js'
import type { GlossaryEntry } from './src/types.js'
import { parseGlossary } from './src/flags/glossary.js'
import errors from './plugins/errors.js'
import rawBody from './plugins/raw-body.js'
import metrics from './plugins/metrics.js'
import limits from './plugins/limits.js'
import pool from './plugins/pool.js'
import type { PagePool } from './pool/index.js'
import docs from './plugins/swagger.js'
import health from './routes/health.js'
import articles from './routes/articles.js'
import language from './routes/language.js'
import check from './routes/check.js'

export interface AppConfig extends Omit<Config, 'port' | 'host'> {
  /** Glossary entries from `glossaryFile`, added to every check. */
  glossary: GlossaryEntry[]
}

declare module 'fastify' {
  interface FastifyInstance {
    pagewashConfig: AppConfig
    /** Emits `closing` when the app starts closing (streams stop reading, readiness turns 503). */
    closing: EventEmitter
  }
}

export interface BuildOptions {
  config?: Partial<Config>
  /** Pino logger options, or false. Defaults to JSON logs at `config.logLevel`. */
  logger?: FastifyServerOptions['logger']
  /** Process-level metrics (event loop, memory); off in tests that build many apps. */
  defaultMetrics?: boolean
  /** How often the heap is sampled for the memory guard, in ms. */
  sampleInterval?: number
  /** A worker pool the caller owns (tests share one); by default the app makes one and closes it on close. */
  pool?: PagePool
}

const REQUEST_ID = /^[\w.:-]{1,128}$/

function loadGlossary (file: string | undefined): GlossaryEntry[] {
  if (file === undefined) return []
  const entries = parseGlossary(JSON.parse(readFileSync(file, 'utf8')))
  if (entries === undefined) {
    throw new Error(`GLOSSARY_FILE ${file}: expected a JSON array of { term, preferred, note? }`)
  }
  return entries
}

export async function buildApp (options: BuildOptions = {}): Promise<FastifyInstance> {
  const base = { ...loadConfig({}), ...options.config }
  const config: AppConfig = { ...base, glossary: loadGlossary(base.glossaryFile) }
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    bodyLimit: config.bodyLimit,
    requestTimeout: 60_000, // a client that trickles its body in is cut off
    // Echo a sane client request id, else make one; every log line of the request carries it as reqId.
    genReqId: (req) => {
      const given = req.headers['x-request-id']
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID()
    },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } }
  }).withTypeProvider<TypeBoxTypeProvider>()

  app.decorate('pagewashConfig', config)
  const closing = new EventEmitter()
  closing.setMaxListeners(0) // one listener per open streaming batch, however many there are
  app.decorate('closing', closing)
  app.addHook('preClose', async () => { app.closing.emit('closing') })
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id)
  })

  await app.register(errors)
  await app.register(rawBody)
  await app.register(limits, { maxHeapUsedBytes: config.maxHeapUsedBytes, sampleInterval: options.sampleInterval })
  await app.register(pool, {
    pool: options.pool,
    settings: {
      workers: config.workers,
      deadlineMs: config.pageDeadlineMs,
      maxQueue: config.maxQueue,
      collectAboveMb: config.workerCollectAboveMb,
      maxHeapMb: config.workerMaxHeapMb === 0 ? undefined : config.workerMaxHeapMb,
      youngGenerationMb: config.workerYoungGenMb
    }
  })
  await app.register(docs) // before any route: it collects routes as they are added
  await app.register(metrics, { defaultMetrics: options.defaultMetrics })
  await app.register(health)
  await app.register(articles)
  await app.register(language)
  await app.register(check)
  return app
}
