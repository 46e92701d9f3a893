/**
 * Prometheus metrics at `GET /metrics`: HTTP requests by route and status (count and duration), pages processed
 * by input format and outcome, removals by kind and flags by category, and the worker pool: queue depth, busy
 * workers (utilisation), time per task waiting and on a worker, deadline kills and deadlines passed while
 * waiting. Each app instance has its own registry.
 */
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import type { Article, InputFormat } from '../src/types.js'

export interface PagewashMetrics {
  registry: Registry
  /** Records one page: its format, its outcome (`ok` or a problem slug), and what was removed and flagged. */
  page: (format: InputFormat | 'unknown', outcome: string, article?: Article) => void
  /** Records flags found by `/v1/check`. */
  flags: (flags: Article['flags']) => void
}

declare module 'fastify' {
  interface FastifyInstance { metrics: PagewashMetrics }
}

/** Seconds on a worker per task: pages take 10 ms to seconds; the deadline (10 s by default) ends the scale. */
const TASK_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]

function registerPoolMetrics (app: FastifyInstance, registry: Registry): void {
  const pool = app.pool
  const gauge = (name: string, help: string, read: () => number): void => {
    const g = new Gauge({ name, help, registers: [registry], collect () { g.set(read()) } })
  }
  gauge('pagewash_pool_workers', 'Worker threads in the pool.', () => pool.stats().workers)
  gauge('pagewash_pool_queue_depth', 'Tasks waiting for a worker.', () => {
    const { queued, waitingForRoom } = pool.stats()
    return queued + waitingForRoom
  })
  gauge('pagewash_pool_queue_limit', 'Most tasks that may wait (MAX_QUEUE).', () => pool.stats().maxQueue)
  gauge('pagewash_pool_busy_workers', 'Workers running a task now.', () => pool.stats().running)
  gauge('pagewash_pool_utilization', 'Share of workers busy now, 0..1.', () => {
    const { running, workers } = pool.stats()
    return running / workers
  })
  const seconds = new Histogram({
    name: 'pagewash_task_duration_seconds',
    help: 'Time a task ran on a worker, by kind (page, check, language) and outcome.',
    labelNames: ['kind', 'outcome'] as const,
    buckets: TASK_BUCKETS,
    registers: [registry]
  })
  const kills = new Counter({
    name: 'pagewash_deadline_kills_total',
    help: 'Workers stopped and replaced: at a task deadline (reason deadline) or over the heap limit (reason memory).',
    labelNames: ['kind', 'reason'] as const,
    registers: [registry]
  })
  const expired = new Counter({
    name: 'pagewash_deadline_expired_waiting_total',
    help: 'Tasks whose deadline (counted from arrival) passed while they waited for a worker: never run, no worker ' +
      'stopped. Raise PAGE_DEADLINE_MS, lower MAX_QUEUE or add workers if this grows under ordinary load.',
    labelNames: ['kind'] as const,
    registers: [registry]
  })
  const waited = new Histogram({
    name: 'pagewash_task_wait_seconds',
    help: 'Time a task waited for a worker (from arrival to its start, or to leaving the queue unstarted), by kind.',
    labelNames: ['kind'] as const,
    buckets: TASK_BUCKETS,
    registers: [registry]
  })
  const unsubscribe = pool.onSettled(({ kind, outcome, runMs, queuedMs }) => {
    if (outcome === 'cancelled') return
    waited.observe({ kind }, queuedMs / 1000)
    if (outcome === 'expired') {
      expired.inc({ kind })
      return
    }
    seconds.observe({ kind, outcome }, runMs / 1000)
    if (outcome === 'deadline' || outcome === 'memory') kills.inc({ kind, reason: outcome })
  })
  app.addHook('onClose', async () => { unsubscribe() })
}

const METRICS_ROUTE_SCHEMA = {
  tags: ['operations'],
  summary: 'Prometheus metrics',
  description: 'Request counts and durations by route and status, pages by format and outcome, removals by ' +
    'kind, flags by category.',
  response: {
    200: {
      description: 'Prometheus text exposition format 0.0.4.',
      content: { 'text/plain': { schema: { type: 'string' } } },
    },
  },
}

export default fp(async function metrics (app: FastifyInstance, opts: { defaultMetrics?: boolean }) {
  const registry = new Registry()
  if (opts.defaultMetrics !== false) collectDefaultMetrics({ register: registry })
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by method, route and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  })
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry]
  })
  const pages = new Counter({
    name: 'pagewash_pages_total',
    help: 'Pages processed by input format and outcome.',
    labelNames: ['format', 'outcome'] as const,
    registers: [registry],
  })
  const removals = new Counter({ name: 'pagewash_removals_total', help: 'Removed pieces by kind.', labelNames: [
    'kind'
  ] as const, registers: [registry] })
  const flags = new Counter({ name: 'pagewash_flags_total', help: 'Flags by category.', labelNames: [
    'category'
  ] as const, registers: [registry] })

  registerPoolMetrics(app, registry)

  const countFlags = (list: Article['flags']): void => {
    for (const f of list) flags.inc({ category: f.category })
  }
  app.decorate('metrics', {
    registry,
    page (format, outcome, article) {
      pages.inc({ format, outcome })
      if (article === undefined) return
      for (const r of article.removed) removals.inc({ kind: r.kind })
      countFlags(article.flags)
    },
    flags: countFlags
  } satisfies PagewashMetrics)

  app.addHook('onResponse', async (request, reply) => {
    // Unmatched routes are counted under one label, so that scanners cannot blow up the label set.
    const route = request.routeOptions.url ?? 'unmatched'
    const labels = { method: request.method, route, status: String(reply.statusCode) }
    requests.inc(labels)
    duration.observe(labels, reply.elapsedTime / 1000)
  })

  app.get('/metrics', { schema: METRICS_ROUTE_SCHEMA }, async (_request, reply) => {
    return reply.type(registry.contentType).send(await registry.metrics())
  })
}, { name: 'metrics', dependencies: ['pool'] })
