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

/**
 * The memory a task can hand to its worker instead of having it copied: the page's bytes, when they are a Buffer
 * alone in its ArrayBuffer (a body or a record read whole; small Buffers share Node's pool and are copied). Moving
 * them matters on the calling thread, not for the copy itself: V8 counts every ArrayBuffer a thread holds toward
 * a full collection (external memory pressure), and a server's main thread that keeps each 0.5 MB body until the
 * worker's answer runs a mark-compact several times a second. The caller must not read the bytes after `run`: they
 * are gone from its thread (a detached Buffer reads as empty).
 */
export function transferablesOf (task: Task): ArrayBuffer[] {
  if (task.kind !== 'page') return []
  const { content } = task.input
  if (typeof content === 'string' || !(content.buffer instanceof ArrayBuffer)) return []
  const alone = content.byteOffset === 0 && content.byteLength === content.buffer.byteLength
  return alone ? [content.buffer] : []
}
