/**
 * The page pool: the pipeline runs in worker threads (piscina), never on the calling thread, so an HTTP server's
 * event loop (or a CLI's progress output) stays free whatever the pages are like. Knows nothing of HTTP.
 *
 * - At most `workers` tasks run at once; others wait in a bounded FIFO queue (`maxQueue`). A task submitted to a
 *   full queue is refused at once with `QueueFullError`, unless the caller asks to wait for room (`waitForRoom`:
 *   a streaming caller that throttles itself).
 * - Each task has a deadline counted from the moment a worker starts it. At the deadline the worker is terminated
 *   (a synchronous pipeline cannot be interrupted any other way) and piscina starts a fresh one; the task fails
 *   with `DeadlineError`.
 * - A task whose caller aborts (`signal`) while it is queued is dropped; once running it finishes (it is bounded
 *   by its deadline, and killing a worker costs a restart).
 * - `close()` refuses new tasks, lets queued and running ones finish, then stops the workers.
 */
import { availableParallelism } from 'node:os'
import { extname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { spawn } from 'node:child_process'
import { MessageChannel } from 'node:worker_threads'
import { Piscina } from 'piscina'
import type { Outcome, Task } from './tasks.js'
import type { SharedEldModel } from '../src/language/eld-table.js'
import { STARTED, type WorkerCall } from './protocol.js'

export type { Task, Outcome, DomainFailure, TaskValue } from './tasks.js'

export interface PoolOptions {
  /** Worker threads (default: the cores this process may use, `os.availableParallelism()`). */
  workers?: number
  /** Longest a task may run, in ms, and the largest deadline a caller may ask for. */
  deadlineMs: number
  /** Most tasks waiting for a worker (running ones not counted). */
  maxQueue: number
  /** A worker whose heap holds more than this many MB after a task runs a full garbage collection before the next
   *  (V8 alone lets idle garbage grow to its default limit, gigabytes). Default: no forced collection. */
  collectAboveMb?: number
}

export interface SettledInfo {
  kind: Task['kind']
  outcome: 'ok' | 'failure' | 'error' | 'deadline' | 'memory' | 'cancelled'
  runMs: number
}

export interface RunOptions {
  /** This task's deadline in ms, at most the pool's (larger values are capped). */
  deadlineMs?: number
  /** Aborting drops the task if it is still queued. */
  signal?: AbortSignal
  /** Wait for queue room instead of failing with QueueFullError. */
  waitForRoom?: boolean
}

export interface PoolStats {
  workers: number
  running: number
  queued: number
  /** Tasks waiting for room in a full queue (`waitForRoom` callers). */
  waitingForRoom: number
  maxQueue: number
  deadlineKills: number
}

export interface PagePool {
  run: <K extends Task['kind']>(task: Extract<Task, { kind: K }>, options?: RunOptions) => Promise<Outcome<K>>
  close: () => Promise<void>
  stats: () => PoolStats
  /** Resolves once the shared model is built and every worker has loaded the pipeline (rejects if that failed). */
  ready: () => Promise<void>
  /** Calls `listener` whenever a task leaves the pool (for metrics); returns the unsubscribe function. */
  onSettled: (listener: (info: SettledInfo) => void) => () => void
  readonly deadlineMs: number
}

export class QueueFullError extends Error {
  constructor (readonly maxQueue: number) {
    super(`All workers are busy and ${maxQueue} tasks are already waiting.`)
    this.name = 'QueueFullError'
  }
}

export class DeadlineError extends Error {
  constructor (readonly deadlineMs: number) {
    super(`The task was still running at its deadline of ${deadlineMs} ms and was stopped.`)
    this.name = 'DeadlineError'
  }
}

export class MemoryLimitError extends Error {
  constructor () {
    super('The task needed more memory than a worker may use and was stopped.')
    this.name = 'MemoryLimitError'
  }
}

export class CancelledError extends Error {
  constructor (message = 'The task was cancelled before it started.') {
    super(message)
    this.name = 'CancelledError'
  }
}

export class PoolClosedError extends Error {
  constructor () {
    super('The pool is closing and takes no new tasks.')
    this.name = 'PoolClosedError'
  }
}

/** A module beside this one: `name.js` when compiled, `name.ts` when run through a TS loader (tests). */
export function siblingFile (name: string): string {
  const here = fileURLToPath(import.meta.url)
  return fileURLToPath(new URL(`./${name}${extname(here)}`, import.meta.url))
}

/** Builds the shared language model in a child process (pool/model-builder.ts) and copies it into shared memory. */
async function buildSharedModel (): Promise<SharedEldModel> {
  const args = [...process.execArgv, siblingFile('model-builder')]
  const builder = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  const chunks: Buffer[] = []
  builder.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
  const code = await new Promise<number | null>((resolve, reject) => {
    builder.once('error', reject)
    builder.once('close', resolve)
  })
  const output = Buffer.concat(chunks)
  const newline = output.indexOf(0x0a)
  if (code !== 0 || newline < 0) throw new Error(`the language model builder failed (exit code ${code})`)
  const head = JSON.parse(output.subarray(0, newline).toString('utf8')) as Omit<SharedEldModel, 'table'> & { bytes: number }
  const bytes = output.subarray(newline + 1)
  if (bytes.length !== head.bytes) throw new Error(`the model builder wrote ${bytes.length} of ${head.bytes} bytes`)
  const table = new SharedArrayBuffer(head.bytes)
  new Uint8Array(table).set(bytes)
  return { type: head.type, languages: head.languages, table }
}

/** The shared model of this process: built once, then handed to every pool (a server's, a CLI run's, a test's). */
let sharedModel: Promise<SharedEldModel> | undefined

function theSharedModel (): Promise<SharedEldModel> {
  sharedModel ??= buildSharedModel().catch((error: unknown) => {
    sharedModel = undefined // a later pool tries again
    throw error
  })
  return sharedModel
}

interface Pending {
  task: Task
  options: RunOptions
  resolve: (outcome: Outcome) => void
  reject: (error: Error) => void
}

export function createPagePool (options: PoolOptions): PagePool {
  const workers = options.workers ?? availableParallelism()
  if (!Number.isInteger(workers) || workers < 1) throw new Error(`workers must be an integer >= 1, got ${workers}`)
  // Workers start once the shared model exists; tasks wait in the queue meanwhile.
  const piscina = theSharedModel().then(eldModel => new Piscina<WorkerCall, Outcome>({
    filename: siblingFile('worker'),
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: Number.POSITIVE_INFINITY,
    concurrentTasksPerWorker: 1,
    workerData: { eldModel, collectAboveMb: options.collectAboveMb }
  }))
  piscina.catch(() => {}) // reported by every task (and close) that awaits it
  const queue: Pending[] = []
  const roomWaiters: Array<() => void> = []
  let running = 0
  let deadlineKills = 0
  let closing = false
  let drained: (() => void) | undefined

  const listeners = new Set<(info: SettledInfo) => void>()
  const settle = (kind: Task['kind'], outcome: SettledInfo['outcome'], runMs: number): void => {
    for (const listener of listeners) listener({ kind, outcome, runMs })
  }

  function pump (): void {
    while (running < workers && queue.length > 0) {
      const next = queue.shift()!
      roomWaiters.shift()?.()
      start(next)
    }
    if (closing && running === 0 && queue.length === 0) drained?.()
  }

  function start (p: Pending): void {
    running++
    const deadlineMs = Math.min(p.options.deadlineMs ?? options.deadlineMs, options.deadlineMs)
    const { port1, port2 } = new MessageChannel()
    const stop = new AbortController()
    let timer: NodeJS.Timeout | undefined
    let startedAt = 0
    port1.once('message', (message) => {
      if (message !== STARTED) return
      startedAt = performance.now()
      timer = setTimeout(() => stop.abort(), deadlineMs)
    })
    const finish = (): number => {
      clearTimeout(timer)
      port1.close()
      running--
      setImmediate(pump)
      return startedAt === 0 ? 0 : performance.now() - startedAt
    }
    const call = { task: p.task, port: port2 }
    piscina.then(async threads => await threads.run(call, { transferList: [port2], signal: stop.signal })).then(outcome => {
      settle(p.task.kind, outcome.ok ? 'ok' : 'failure', finish())
      p.resolve(outcome)
    }, (error: Error) => {
      const ms = finish()
      if (stop.signal.aborted) {
        deadlineKills++
        settle(p.task.kind, 'deadline', ms)
        p.reject(new DeadlineError(deadlineMs))
      } else if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        settle(p.task.kind, 'memory', ms)
        p.reject(new MemoryLimitError())
      } else {
        settle(p.task.kind, 'error', ms)
        p.reject(error)
      }
    })
  }

  const full = (): boolean => running >= workers && queue.length >= options.maxQueue

  /** Waits until the queue has room (`waitForRoom` callers only); a waiter that gives up passes its turn on. */
  async function waitForRoom (signal: AbortSignal | undefined): Promise<void> {
    while (full()) {
      let onAbort: (() => void) | undefined
      await new Promise<void>(resolve => {
        roomWaiters.push(resolve)
        onAbort = () => {
          const i = roomWaiters.indexOf(resolve)
          if (i >= 0) roomWaiters.splice(i, 1)
          resolve()
        }
        signal?.addEventListener('abort', onAbort, { once: true })
      })
      if (onAbort !== undefined) signal?.removeEventListener('abort', onAbort)
      if (closing) throw new PoolClosedError()
      if (signal?.aborted === true) throw new CancelledError()
    }
  }

  async function run<K extends Task['kind']> (
    task: Extract<Task, { kind: K }>, runOptions: RunOptions = {}
  ): Promise<Outcome<K>> {
    if (closing) throw new PoolClosedError()
    if (runOptions.signal?.aborted === true) throw new CancelledError()
    // Admission is decided now, synchronously: tasks submitted in one tick see each other.
    if (full()) {
      if (runOptions.waitForRoom !== true) throw new QueueFullError(options.maxQueue)
      await waitForRoom(runOptions.signal)
    }
    const { signal } = runOptions
    let onAbort: (() => void) | undefined
    try {
      return await new Promise<Outcome<K>>((resolve, reject) => {
        const pending: Pending = { task, options: runOptions, resolve: resolve as (o: Outcome) => void, reject }
        onAbort = () => {
          const i = queue.indexOf(pending)
          if (i < 0) return
          queue.splice(i, 1)
          roomWaiters.shift()?.()
          settle(task.kind, 'cancelled', 0)
          reject(new CancelledError())
        }
        signal?.addEventListener('abort', onAbort, { once: true })
        queue.push(pending)
        pump()
      })
    } finally {
      if (onAbort !== undefined) signal?.removeEventListener('abort', onAbort)
    }
  }

  let warm: Promise<void> | undefined
  /** One small task per worker, submitted together: each worker must have loaded the pipeline to answer. */
  async function warmUp (): Promise<void> {
    const probe = async (): Promise<unknown> => await run({ kind: 'language', text: 'ready' }, { waitForRoom: true })
    await Promise.all(Array.from({ length: workers }, probe))
  }

  let closed: Promise<void> | undefined
  async function drainAndStop (): Promise<void> {
    closing = true
    for (const wake of roomWaiters.splice(0)) wake()
    if (running > 0 || queue.length > 0) await new Promise<void>(resolve => { drained = resolve })
    await piscina.then(async threads => await threads.destroy(), () => {})
  }

  return {
    run,
    close: async () => await (closed ??= drainAndStop()),
    deadlineMs: options.deadlineMs,
    ready: async () => { await (warm ??= warmUp()) },
    onSettled: listener => {
      listeners.add(listener)
      return () => { listeners.delete(listener) }
    },
    stats: () => ({
      workers, running, queued: queue.length, waitingForRoom: roomWaiters.length, maxQueue: options.maxQueue, deadlineKills
    })
  }
}
