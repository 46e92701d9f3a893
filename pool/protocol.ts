/** What the pool and its workers say to each other (kept apart so that the calling thread never loads the pipeline). */
import type { MessagePort } from 'node:worker_threads'
import type { Task } from './tasks.js'

export interface WorkerCall {
  task: Task
  /** The pool listens here for `STARTED`. */
  port: MessagePort
}

/** Posted by a worker when it starts a task: splits waiting from running (and starts a `deadlineFrom: 'start'`). */
export const STARTED = 'started'
