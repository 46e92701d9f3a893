/**
 * Pool worker entry (piscina loads it in each worker thread). The language stage reads the model the pool shares
 * (installed before the pipeline is imported). Each call tells the pool when the task really starts (the time it
 * ran and waited are measured from there, and a deadline counted from the start begins there), then runs it.
 */
import { workerData } from 'node:worker_threads'
import { getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { installEldModel, type SharedEldModel } from '../src/language/eld-table.js'
import type { Outcome } from './tasks.js'
import { STARTED, type WorkerCall } from './protocol.js'

const data = workerData as { eldModel?: SharedEldModel, collectAboveMb?: number } | undefined
installEldModel(data?.eldModel)
const { runTask } = await import('./tasks.js')

const MB = 1024 * 1024
const collectAbove = data?.collectAboveMb === undefined ? Number.POSITIVE_INFINITY : data.collectAboveMb * MB
/** V8's full collection, exposed at run time (flags cannot be given to one worker): only when a limit is set. */
const collect = Number.isFinite(collectAbove) ? exposeGc() : () => { /* no limit: V8 collects as it likes */ }

function exposeGc (): () => void {
  setFlagsFromString('--expose-gc')
  return runInNewContext('gc') as () => void
}

export default function work ({ task, port }: WorkerCall): Outcome {
  port.postMessage(STARTED)
  port.close()
  try {
    return runTask(task)
  } finally {
    if (getHeapStatistics().used_heap_size > collectAbove) collect()
  }
}
