/**
 * Pool worker entry (piscina loads it in each worker thread). It tells the pool when a task really starts (the
 * deadline counts from there, not from the time spent queued), then runs it on this thread.
 */
import { runTask, type Outcome } from './tasks.js'
import { STARTED, type WorkerCall } from './protocol.js'

export default function work ({ task, port }: WorkerCall): Outcome {
  port.postMessage(STARTED)
  port.close()
  return runTask(task)
}
