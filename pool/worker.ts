/**
 * Pool worker entry (piscina loads it in each worker thread). The language stage reads the model the pool shares
 * (installed before the pipeline is imported). Each call tells the pool when the task really starts (the deadline
 * counts from there, not from the time spent queued), then runs it on this thread.
 */
import { workerData } from 'node:worker_threads'
import { installEldModel, type SharedEldModel } from '../src/language/eld-table.js'
import type { Outcome } from './tasks.js'
import { STARTED, type WorkerCall } from './protocol.js'

installEldModel((workerData as { eldModel?: SharedEldModel } | undefined)?.eldModel)
const { runTask } = await import('./tasks.js')

export default function work ({ task, port }: WorkerCall): Outcome {
  port.postMessage(STARTED)
  port.close()
  return runTask(task)
}
