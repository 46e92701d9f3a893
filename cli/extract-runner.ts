/**
 * How `pagewash extract` runs the pipeline: behind one small interface, `run(input) -> Promise<PageResult>`, so
 * that the transport is one line to change. `--jobs 1` runs in-process; more jobs run in worker threads
 * (./extract-worker.ts), one page per worker at a time. When the server's page pool (piscina) lands on main, it
 * takes the place of `createWorkerRunner`.
 * Pipeline errors keep their class across the thread boundary (`EmptyContentError` stays one), so the problems
 * reported are the server's.
 */
import { extname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { EmptyContentError, processPage, type PageInput, type PageResult } from '../src/pipeline.js'

export interface PageRunner {
  run: (input: PageInput) => Promise<PageResult>
  close: () => Promise<void>
}

/** A message back from a worker: the result, or the error's class name and message. */
export type WorkerReply =
  | { id: number, ok: true, result: PageResult }
  | { id: number, ok: false, name: string, message: string }

export function inProcessRunner (): PageRunner {
  return { run: async input => processPage(input), close: async () => {} }
}

/** The error a worker reported, as the class it was on the worker's side where the caller tells them apart. */
export function errorOf (reply: { name: string, message: string }): Error {
  if (reply.name === 'EmptyContentError') return new EmptyContentError(reply.message)
  const error = new Error(reply.message)
  error.name = reply.name
  return error
}

/** The worker module beside this one: `.js` when compiled, `.ts` when run through a TypeScript loader. */
function workerFile (): string {
  return fileURLToPath(new URL(`./extract-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url))
}

interface Job {
  id: number
  input: PageInput
  resolve: (r: PageResult) => void
  reject: (e: Error) => void
}

export function createWorkerRunner (jobs: number): PageRunner {
  const idle: Worker[] = []
  const busy = new Map<Worker, Job>()
  const queue: Job[] = []
  let nextId = 0
  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop() as Worker
      const job = queue.shift() as Job
      busy.set(worker, job)
      worker.postMessage({ id: job.id, input: job.input })
    }
  }
  const workers = new Set<Worker>()
  let closing = false
  const spawn = (): void => {
    const worker = new Worker(workerFile())
    workers.add(worker)
    worker.on('message', (reply: WorkerReply) => {
      const job = busy.get(worker)
      busy.delete(worker)
      idle.push(worker)
      if (job !== undefined) {
        if (reply.ok) job.resolve(reply.result)
        else job.reject(errorOf(reply))
      }
      dispatch()
    })
    // a worker that dies (out of memory, a crash) fails its page and is replaced
    worker.on('error', error => {
      busy.get(worker)?.reject(error)
      busy.delete(worker)
      workers.delete(worker)
      if (!closing) {
        spawn()
        dispatch()
      }
    })
    idle.push(worker)
  }
  for (let i = 0; i < jobs; i++) spawn()
  return {
    run: async input => await new Promise<PageResult>((resolve, reject) => {
      queue.push({ id: nextId++, input, resolve, reject })
      dispatch()
    }),
    close: async () => {
      closing = true
      await Promise.all([...workers].map(async w => await w.terminate()))
    }
  }
}

export function createRunner (jobs: number): PageRunner {
  return jobs <= 1 ? inProcessRunner() : createWorkerRunner(jobs)
}
