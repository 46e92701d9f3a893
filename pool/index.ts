/**
 * The page pool: the pipeline runs in worker threads (piscina), never on the calling thread, so an HTTP server's
 * event loop (or a CLI's progress output) stays free whatever the pages are like. Knows nothing of HTTP.
 *
 * - At most `workers` tasks run at once; others wait in a bounded FIFO queue (`maxQueue`). A task submitted to a
 *   full queue is refused at once with `QueueFullError`, unless the caller asks to wait for room (`waitForRoom`:
 *   a streaming caller that throttles itself).
 * - Each task has a deadline, counted by default from its arrival (the call to `run`), so that its caller has an
 *   answer by then whatever waited ahead of it. A task still waiting (in the queue or for room) at its deadline is
 *   dropped without running; a running one has its worker terminated (a synchronous pipeline cannot be
 *   interrupted any other way) and piscina starts a fresh one. Either way the task fails with `DeadlineError`.
 *   A caller that throttles itself and has nobody waiting on each answer (a crawl) may count from the start on a
 *   worker instead (`deadlineFrom: 'start'`).
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
import { STARTED, transferablesOf, type WorkerCall } from './protocol.js'
import { cachedModel } from '../src/language/eld-cache.js'

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
  /** A worker's V8 old-generation heap cap in MB (`resourceLimits.maxOldGenerationSizeMb`): a task that needs more
   *  has its worker stopped and replaced and fails with `MemoryLimitError`. Default: V8's own limit. */
  maxHeapMb?: number
  /** A worker's V8 young generation in MB (`resourceLimits.maxYoungGenerationSizeMb`; V8 splits it into two
   *  semi-spaces and a large-object space, a third each). Default `YOUNG_GENERATION_MB`; 0: V8's own (48 MB here). */
  youngGenerationMb?: number
  /** When a task's deadline starts: at `run` (default: the caller's answer is bounded) or when a worker starts it
   *  (the deadline bounds only the work; for callers that wait for room themselves). */
  deadlineFrom?: 'arrival' | 'start'
}

export interface SettledInfo {
  kind: Task['kind']
  /** `expired`: the deadline passed before a worker took the task (it never ran). */
  outcome: 'ok' | 'failure' | 'error' | 'deadline' | 'memory' | 'cancelled' | 'expired'
  runMs: number
  /** Time from `run` to the start on a worker (or to leaving the queue unstarted). */
  queuedMs: number
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
  /** Workers terminated because their task was still running at its deadline. */
  deadlineKills: number
  /** Tasks whose deadline passed while they waited (never run, no worker stopped). */
  expiredWaiting: number
  /** Workers that failed while holding no task (replaced by piscina). */
  workerErrors: number
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
  /**
   * @param queuedMs time the task waited for a worker
   * @param started whether a worker had started it (and was stopped), or it expired while waiting
   */
  constructor (readonly deadlineMs: number, readonly queuedMs = 0, readonly started = true) {
    super(started
      ? `The task was still running at its deadline of ${deadlineMs} ms (${Math.round(queuedMs)} ms of it spent ` +
        'waiting for a worker) and was stopped.'
      : `The task waited ${Math.round(queuedMs)} ms for a worker and its deadline of ${deadlineMs} ms passed ` +
        'before it could start.')
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
  type ModelHead = Omit<SharedEldModel, 'table'> & { bytes: number }
  const head = JSON.parse(output.subarray(0, newline).toString('utf8')) as ModelHead
  const bytes = output.subarray(newline + 1)
  if (bytes.length !== head.bytes) throw new Error(`the model builder wrote ${bytes.length} of ${head.bytes} bytes`)
  const table = new SharedArrayBuffer(head.bytes)
  new Uint8Array(table).set(bytes)
  return { type: head.type, languages: head.languages, table }
}

/**
 * The shared model of this process: read from the cache on disk (src/language/eld-cache.ts) or built once, then
 * handed to every pool (a server's, a CLI run's, a test's).
 */
let sharedModel: Promise<SharedEldModel> | undefined

function theSharedModel (): Promise<SharedEldModel> {
  sharedModel ??= cachedModel(buildSharedModel).catch((error: unknown) => {
    sharedModel = undefined // a later pool tries again
    throw error
  })
  return sharedModel
}

/**
 * Reads or builds the shared model now and stores it in the cache (an image build runs this once, so that its
 * containers start without building the table; their file system may be read-only).
 */
export async function prepareSharedModel (): Promise<void> {
  await theSharedModel()
}

/**
 * How long the pool may take to start (the warm-up's probes answered). The fresh-clone CI's test pools took up to
 * 16 s on a loaded machine, a first start that builds the language model several more; a pool not started in five
 * minutes will not start, and is reported as failed (the server's health turns 503) rather than waited on forever.
 */
const POOL_START_MS = 300_000

/** One task's deadline: armed at arrival or at the start on a worker (PoolOptions.deadlineFrom); aborts `expired`. */
class Deadline {
  readonly expired = new AbortController()
  private timer: NodeJS.Timeout | undefined
  constructor (readonly ms: number) {}
  arm (): void {
    this.timer ??= setTimeout(() => this.expired.abort(), this.ms)
  }

  disarm (): void {
    clearTimeout(this.timer)
  }
}

/** Read through a call, so that the compiler does not assume a signal checked once stays as it was. */
const isAborted = (signal: AbortSignal | undefined): boolean => signal?.aborted === true

/** A task on its way to a worker. */
interface Ticket {
  task: Task
  deadline: Deadline
  arrivedAt: number
}

interface Pending extends Ticket {
  resolve: (outcome: Outcome) => void
  reject: (error: Error) => void
}

/** Callers waiting for room in a full queue (`waitForRoom`), let in one per freed place, longest waiting first. */
class WaitingRoom {
  private readonly waiters: Array<() => void> = []
  get size (): number { return this.waiters.length }
  letOneIn (): void { this.waiters.shift()?.() }
  letAllIn (): void {
    for (const wake of this.waiters.splice(0)) wake()
  }

  /** Resolves true when let in, false when one of `stops` aborted first (the place goes to the next waiter). */
  async wait (stops: AbortSignal[]): Promise<boolean> {
    return await new Promise<boolean>(resolve => {
      const done = (woken: boolean): void => {
        for (const s of stops) s.removeEventListener('abort', stop)
        resolve(woken)
      }
      const wake = (): void => done(true)
      const stop = (): void => {
        const i = this.waiters.indexOf(wake)
        if (i >= 0) this.waiters.splice(i, 1)
        done(false)
      }
      this.waiters.push(wake)
      for (const s of stops) s.addEventListener('abort', stop, { once: true })
    })
  }
}

/**
 * Default young generation of a worker, MB (32 MB semi-spaces). A page's working set (its tree, blocks and strings:
 * several MB on a 169 KB page) outlives V8's default 16 MB semi-space, so each scavenge in the middle of a page
 * copies it again. Quiet machine, the service at 2 clients: 66-70 requests/s at V8's default (48 MB), 72.5-73.5 at
 * 96, 79-80 at 192; resident set 440-465, 540-566, 727 MB. 192 is the fastest but breaks issue 10's bound on the
 * service's resident set (under 700 MB: 780 MB in `npm run bench load`); 96 keeps it (574 MB) for half the gain.
 */
export const YOUNG_GENERATION_MB = 96

/** The piscina threads, started once the shared model exists (tasks wait in the pool's queue meanwhile). */
async function startThreads (
  workers: number, collectAboveMb: number | undefined, maxHeapMb: number | undefined, youngMb: number
): Promise<Piscina<WorkerCall, Outcome>> {
  const eldModel = await theSharedModel()
  return new Piscina<WorkerCall, Outcome>({
    resourceLimits: {
      ...(maxHeapMb === undefined ? {} : { maxOldGenerationSizeMb: maxHeapMb }),
      ...(youngMb === 0 ? {} : { maxYoungGenerationSizeMb: youngMb })
    },
    filename: siblingFile('worker'),
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: Number.POSITIVE_INFINITY,
    concurrentTasksPerWorker: 1,
    workerData: { eldModel, collectAboveMb }
  })
}

export function createPagePool (options: PoolOptions): PagePool {
  return new ThreadPagePool(options)
}

/**
 * The pool: a queue in front of piscina's threads (one task per thread), admission decided synchronously, each
 * task's deadline armed at arrival or at its start, and a listener told of every task that leaves.
 */
class ThreadPagePool implements PagePool {
  readonly deadlineMs: number
  private readonly workers: number
  private readonly fromArrival: boolean
  private readonly piscina: Promise<Piscina<WorkerCall, Outcome>>
  private readonly queue: Pending[] = []
  private readonly room = new WaitingRoom()
  private readonly listeners = new Set<(info: SettledInfo) => void>()
  private running = 0
  private deadlineKills = 0
  private expiredWaiting = 0
  private workerErrors = 0
  private closing = false
  private drained: (() => void) | undefined
  private warm: Promise<void> | undefined
  private closed: Promise<void> | undefined

  constructor (private readonly options: PoolOptions) {
    const workers = options.workers ?? availableParallelism()
    if (!Number.isInteger(workers) || workers < 1) throw new Error(`workers must be an integer >= 1, got ${workers}`)
    this.workers = workers
    this.deadlineMs = options.deadlineMs
    this.fromArrival = (options.deadlineFrom ?? 'arrival') === 'arrival'
    const youngMb = options.youngGenerationMb ?? YOUNG_GENERATION_MB
    this.piscina = startThreads(workers, options.collectAboveMb, options.maxHeapMb, youngMb).then(threads => {
      // A worker that fails while it holds no task (piscina replaces it) is reported as an 'error' event: without a
      // listener that event would throw and take the whole process down.
      threads.on('error', () => { this.workerErrors++ })
      return threads
    })
    this.piscina.catch(() => { /* reported by every task (and close) that awaits it */ })
  }

  async run<K extends Task['kind']> (
    task: Extract<Task, { kind: K }>, runOptions: RunOptions = {}
  ): Promise<Outcome<K>> {
    return await this.submit(task, runOptions, Math.min(runOptions.deadlineMs ?? this.deadlineMs, this.deadlineMs))
  }

  /** `run` with the task's deadline given. */
  private async submit<K extends Task['kind']> (
    task: Extract<Task, { kind: K }>, runOptions: RunOptions, deadlineMs: number
  ): Promise<Outcome<K>> {
    if (this.closing) throw new PoolClosedError()
    const { signal } = runOptions
    if (signal?.aborted === true) throw new CancelledError()
    // Admission is decided now, synchronously: tasks submitted in one tick see each other.
    if (this.full() && runOptions.waitForRoom !== true) throw new QueueFullError(this.options.maxQueue)
    const deadline = new Deadline(deadlineMs)
    const p: Ticket = { task, deadline, arrivedAt: performance.now() }
    if (this.fromArrival) deadline.arm()
    try {
      if (this.full()) await this.waitForRoom([deadline.expired.signal, ...(signal === undefined ? [] : [signal])])
      if (deadline.expired.signal.aborted) {
        const queuedMs = performance.now() - p.arrivedAt
        this.expiredWaiting++
        this.settle(task.kind, 'expired', 0, queuedMs)
        throw new DeadlineError(deadline.ms, queuedMs, false)
      }
      if (isAborted(signal)) throw new CancelledError() // while waiting for room
      return await this.enqueue(p, signal) as Outcome<K>
    } finally {
      deadline.disarm()
    }
  }

  async close (): Promise<void> {
    await (this.closed ??= this.drainAndStop())
  }

  async ready (): Promise<void> {
    await (this.warm ??= this.warmUp())
  }

  onSettled (listener: (info: SettledInfo) => void): () => void {
    this.listeners.add(listener)
    return () => { this.listeners.delete(listener) }
  }

  stats (): PoolStats {
    return {
      workers: this.workers,
      running: this.running,
      queued: this.queue.length,
      waitingForRoom: this.room.size,
      maxQueue: this.options.maxQueue,
      deadlineKills: this.deadlineKills,
      expiredWaiting: this.expiredWaiting,
      workerErrors: this.workerErrors
    }
  }

  private settle (kind: Task['kind'], outcome: SettledInfo['outcome'], runMs: number, queuedMs: number): void {
    for (const listener of this.listeners) listener({ kind, outcome, runMs, queuedMs })
  }

  private full (): boolean {
    return this.running >= this.workers && this.queue.length >= this.options.maxQueue
  }

  private pump (): void {
    while (this.running < this.workers && this.queue.length > 0) {
      const next = this.queue.shift()!
      this.room.letOneIn()
      this.start(next)
    }
    if (this.closing && this.running === 0 && this.queue.length === 0) this.drained?.()
  }

  private start (p: Pending): void {
    this.running++
    const { port1, port2 } = new MessageChannel()
    let startedAt = 0
    port1.once('message', (message) => {
      if (message !== STARTED) return
      startedAt = performance.now()
      p.deadline.arm() // already armed when counted from arrival
    })
    const finish = (): { runMs: number, queuedMs: number } => {
      p.deadline.disarm()
      port1.close()
      this.running--
      setImmediate(() => { this.pump() })
      const now = performance.now()
      if (startedAt === 0) return { runMs: 0, queuedMs: now - p.arrivedAt }
      return { runMs: now - startedAt, queuedMs: startedAt - p.arrivedAt }
    }
    const { signal } = p.deadline.expired
    const call = { task: p.task, port: port2 }
    const transferList = [port2, ...transferablesOf(p.task)]
    this.piscina.then(async threads => await threads.run(call, { transferList, signal })).then(outcome => {
      const { runMs, queuedMs } = finish()
      this.settle(p.task.kind, outcome.ok ? 'ok' : 'failure', runMs, queuedMs)
      p.resolve(outcome)
    }, (error: Error) => {
      const { runMs, queuedMs } = finish()
      p.reject(this.failure(p, error, signal.aborted, startedAt !== 0, { runMs, queuedMs }))
    })
  }

  /** Why a dispatched task failed: its deadline (a worker stopped, or passed before one took it), memory, a bug. */
  private failure (
    p: Pending, error: Error, expired: boolean, started: boolean, times: { runMs: number, queuedMs: number }
  ): Error {
    const { runMs, queuedMs } = times
    if (expired) {
      if (started) this.deadlineKills++
      else this.expiredWaiting++
      this.settle(p.task.kind, started ? 'deadline' : 'expired', runMs, queuedMs)
      return new DeadlineError(p.deadline.ms, queuedMs, started)
    }
    if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      this.settle(p.task.kind, 'memory', runMs, queuedMs)
      return new MemoryLimitError()
    }
    this.settle(p.task.kind, 'error', runMs, queuedMs)
    return error
  }

  /**
   * Waits until the queue has room (`waitForRoom` callers only), or one of `stops` aborts; a waiter woken for room
   * that gives up passes its turn on.
   */
  private async waitForRoom (stops: AbortSignal[]): Promise<void> {
    while (this.full()) {
      const woken = await this.room.wait(stops)
      const stopped = stops.some(s => s.aborted)
      if (woken && (this.closing || stopped)) this.room.letOneIn()
      if (this.closing) throw new PoolClosedError()
      if (stopped) return
    }
  }

  /** Queues a task; it leaves the queue unstarted if its caller aborts or its deadline passes first. */
  private async enqueue (p: Ticket, signal: AbortSignal | undefined): Promise<Outcome> {
    return await new Promise<Outcome>((resolve, reject) => {
      const pending: Pending = { ...p, resolve, reject }
      const leave = (outcome: 'cancelled' | 'expired'): void => {
        const i = this.queue.indexOf(pending)
        if (i < 0) return
        this.queue.splice(i, 1)
        this.room.letOneIn()
        const queuedMs = performance.now() - p.arrivedAt
        if (outcome === 'expired') this.expiredWaiting++
        this.settle(p.task.kind, outcome, 0, queuedMs)
        reject(outcome === 'expired' ? new DeadlineError(p.deadline.ms, queuedMs, false) : new CancelledError())
        this.pump() // a closing pool may now be drained
      }
      const onCancel = (): void => leave('cancelled')
      signal?.addEventListener('abort', onCancel, { once: true })
      p.deadline.expired.signal.addEventListener('abort', () => leave('expired'), { once: true })
      pending.resolve = outcome => { signal?.removeEventListener('abort', onCancel); resolve(outcome) }
      pending.reject = error => { signal?.removeEventListener('abort', onCancel); reject(error) }
      this.queue.push(pending)
      this.pump()
    })
  }

  /**
   * One small task per worker, submitted together: each worker must have loaded the pipeline to answer. The probes
   * have the start's deadline, not a page's: the wait for them is the pool starting (the language model read or
   * built, each worker loading the pipeline and its first language call reading the model), which takes longer than
   * a page's deadline on a loaded machine or where the pipeline is compiled at start-up. With a page's deadline they
   * expired there, and the pool was never ready: a server sat at `/readyz` "starting" for good.
   */
  private async warmUp (): Promise<void> {
    const probe = async (): Promise<unknown> =>
      await this.submit({ kind: 'language', text: 'ready' }, { waitForRoom: true }, POOL_START_MS)
    await Promise.all(Array.from({ length: this.workers }, probe))
  }

  private async drainAndStop (): Promise<void> {
    this.closing = true
    this.room.letAllIn()
    if (this.running > 0 || this.queue.length > 0) {
      await new Promise<void>(resolve => { this.drained = resolve })
    }
    await this.piscina.then(async threads => await threads.destroy(), () => { /* never started: nothing to stop */ })
  }
}
