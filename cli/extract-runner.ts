/**
 * How `pagewash extract` runs the pipeline: behind one small interface, `run(input) -> Promise<PageResult>`.
 * Pages go through the server's own page pool (`pool/`, piscina worker threads sharing one language model), so a
 * crawl gets the same deadline per page as the service: a hostile page is stopped and reported as
 * `page-too-complex`, and its worker is replaced. `inProcessRunner` is for embedding and tests only. Neither loads
 * the pipeline on this thread.
 */
import { createPagePool } from '../pool/index.js'
import { failureProblem, ProblemError } from '../plugins/errors.js'
import type { PageInput, PageResult } from '../src/pipeline.js'

export interface PageRunner {
  run: (input: PageInput) => Promise<PageResult>
  close: () => Promise<void>
}

/**
 * The pipeline on the calling thread. It is loaded on first use: the language model alone is some 150 MB of heap,
 * which the CLI's main thread (it only reads, dispatches and writes) must not carry, or every collection there
 * marks it.
 */
export function inProcessRunner (): PageRunner {
  return {
    run: async input => (await import('../src/pipeline.js')).processPage(input),
    // nothing to stop: the pages ran on this thread
    close: () => Promise.resolve(),
  }
}

export interface PoolRunnerOptions {
  /** Worker threads. */
  jobs: number
  /** Longest a page may run before it is stopped, in ms. */
  deadlineMs: number
  /** Pages waiting for a worker; `run` waits for room beyond this (the caller's window bounds memory). */
  maxQueue: number
}

/** The page pool behind the runner interface: a page the pipeline refuses becomes the server's problem for it. */
export function createPoolRunner (options: PoolRunnerOptions): PageRunner {
  // The deadline bounds each page's work, counted from its start on a worker: the crawl waits for room itself and
  // nobody waits on a single answer, so a page queued behind slow ones must not expire unrun.
  const pool = createPagePool({
    workers: options.jobs, deadlineMs: options.deadlineMs, maxQueue: options.maxQueue, deadlineFrom: 'start'
  })
  return {
    run: async input => {
      const outcome = await pool.run({ kind: 'page', input }, { waitForRoom: true })
      if (outcome.ok) return outcome.value
      throw new ProblemError(failureProblem(outcome.failure))
    },
    close: async () => { await pool.close() }
  }
}
