/** Runtime configuration, from the environment. Every setting has a default; README lists them. */
import { availableParallelism } from 'node:os'
import { YOUNG_GENERATION_MB } from './pool/index.js'

/**
 * Default heap (MB) above which a worker collects after a page: V8 alone lets garbage grow toward its default
 * limit (gigabytes). Two workers on the largest WCXB pages for 60 s: 600-760 MB resident without, 540-600 MB at
 * 256, 430-500 MB at 128 but with about half the pages done (a full collection after nearly every page).
 */
const WORKER_COLLECT_ABOVE_MB = 256

/**
 * Default cap on a worker's V8 old-generation heap, MB: a page needing more has its worker replaced and gets 422.
 * A 5 MiB page of dense markup (BODY_LIMIT, 100,000 paragraphs with links) runs within 384 MB and fails at 128;
 * two workers at the cap and their young generations plus the main thread (about 150 MB) stay inside the deploy/
 * memory limit of 1.25 GiB.
 */
const WORKER_MAX_HEAP_MB = 384

/**
 * Smallest heap cap accepted (besides 0, no cap): a worker holds 25-60 MB of heap once the pipeline is loaded, and
 * piscina stops replacing workers that fail while starting, so a cap below this could leave the pool without any.
 */
const MIN_WORKER_HEAP_MB = 128

/**
 * Default queue room per worker: 8 clients on 2 workers must never see a full queue (2 running + 8 waiting). The
 * deadline counts from arrival, so the wait this allows, about QUEUE_PER_WORKER pages per worker, must stay well
 * inside PAGE_DEADLINE_MS: (4 + 1) pages of at most 2 s each at p99 fit in 10 s (README, Serving).
 */
const QUEUE_PER_WORKER = 4
export interface Config {
  port: number
  host: string
  logLevel: string
  /** Largest accepted request body, in bytes. */
  bodyLimit: number
  /** Most pages in one batch request. */
  maxBatch: number
  /** Worker threads running the pipeline. */
  workers: number
  /** Longest a page (or check) may take from arrival, waiting included, in ms; the largest `options.deadlineMs`. */
  pageDeadlineMs: number
  /** Most tasks waiting for a worker; a request beyond it gets 503 with Retry-After. */
  maxQueue: number
  /** A worker with more heap than this after a page collects its garbage at once, in MB. */
  workerCollectAboveMb: number
  /** Most old-generation heap a worker may hold, in MB (0: V8's default); a page needing more gets 422. */
  workerMaxHeapMb: number
  /** A worker's V8 young generation, in MB (0: V8's default). */
  workerYoungGenMb: number
  /** Shed load (503) when the V8 heap passes this many bytes; 0 turns the check off. */
  maxHeapUsedBytes: number
  /** On SIGTERM, ms between readiness turning 503 and the server refusing connections. */
  shutdownDelayMs: number
  /** Optional JSON glossary file ([{ term, preferred, note? }]) added to every check. */
  glossaryFile?: string
}

function int (value: string | undefined, fallback: number, name: string, min = 1): number {
  if (value === undefined || value === '') return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer >= ${min}, got "${value}"`)
  return n
}

function heapCap (value: string | undefined): number {
  const mb = int(value, WORKER_MAX_HEAP_MB, 'WORKER_MAX_HEAP_MB', 0)
  if (mb !== 0 && mb < MIN_WORKER_HEAP_MB) {
    throw new Error(`WORKER_MAX_HEAP_MB must be 0 (no cap) or at least ${MIN_WORKER_HEAP_MB}, got "${value}"`)
  }
  return mb
}

export function loadConfig (env: NodeJS.ProcessEnv = process.env): Config {
  const workers = int(env.WORKERS, availableParallelism(), 'WORKERS')
  return {
    port: int(env.PORT, 3000, 'PORT'),
    host: env.HOST ?? '0.0.0.0',
    logLevel: env.LOG_LEVEL ?? 'info',
    bodyLimit: int(env.BODY_LIMIT, 5 * 1024 * 1024, 'BODY_LIMIT'),
    maxBatch: int(env.MAX_BATCH, 100, 'MAX_BATCH'),
    workers,
    pageDeadlineMs: int(env.PAGE_DEADLINE_MS, 10_000, 'PAGE_DEADLINE_MS'),
    workerCollectAboveMb: int(env.WORKER_COLLECT_ABOVE_MB, WORKER_COLLECT_ABOVE_MB, 'WORKER_COLLECT_ABOVE_MB'),
    workerMaxHeapMb: heapCap(env.WORKER_MAX_HEAP_MB),
    workerYoungGenMb: int(env.WORKER_YOUNG_GEN_MB, YOUNG_GENERATION_MB, 'WORKER_YOUNG_GEN_MB', 0),
    maxQueue: int(env.MAX_QUEUE, QUEUE_PER_WORKER * workers, 'MAX_QUEUE', 0),
    maxHeapUsedBytes: int(env.MAX_HEAP_USED_BYTES, 4 * 1024 * 1024 * 1024, 'MAX_HEAP_USED_BYTES', 0),
    shutdownDelayMs: int(env.SHUTDOWN_DELAY_MS, 0, 'SHUTDOWN_DELAY_MS', 0),
    glossaryFile: env.GLOSSARY_FILE === '' ? undefined : env.GLOSSARY_FILE
  }
}
