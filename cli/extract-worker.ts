/** A worker thread of `pagewash extract --jobs N`: runs the pipeline on each page it is sent (./extract-runner.ts). */
import { parentPort } from 'node:worker_threads'
import { processPage, type PageInput } from '../src/pipeline.js'
import type { WorkerReply } from './extract-runner.js'

parentPort?.on('message', ({ id, input }: { id: number, input: PageInput }) => {
  let reply: WorkerReply
  try {
    reply = { id, ok: true, result: processPage(input) }
  } catch (error) {
    const e = error as Error
    reply = { id, ok: false, name: e.name, message: e.message }
  }
  parentPort?.postMessage(reply)
})
