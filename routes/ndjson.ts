/**
 * The mechanics of the streaming batch (`application/x-ndjson`): request lines are read as they arrive, each is
 * processed on the pool, each answer is written as soon as it is ready. Memory stays bounded both ways:
 * - reading pauses while `window` lines are in flight (so a 1 GB request is never held, and TCP pushes back on a
 *   client that sends faster than the workers go);
 * - an answer waits for the response stream to drain before its slot is freed (so a client that reads slowly
 *   stops the reading, not the memory);
 * - one line may be at most `maxLineBytes`; a longer one is skipped to its newline and answered with a problem.
 */
import type { Writable } from 'node:stream'

/** A line of input: its text, or the reason it could not be taken whole. */
export type RawLine = { text: string } | { tooLong: number }

const NEWLINE = 0x0a

/** Splits a byte stream into lines (LF or CRLF), never holding more than `maxLineBytes` of one line. */
export async function * readLines (
  source: AsyncIterable<Buffer | string>, maxLineBytes: number,
): AsyncGenerator<RawLine> {
  let parts: Buffer[] = []
  let size = 0
  let skipping = false
  const take = (): RawLine => {
    const line = Buffer.concat(parts).toString('utf8')
    parts = []
    size = 0
    return { text: line.endsWith('\r') ? line.slice(0, -1) : line }
  }
  for await (const chunk of source) {
    let buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    while (buffer.length > 0) {
      const end = buffer.indexOf(NEWLINE)
      const piece = end < 0 ? buffer : buffer.subarray(0, end)
      size += piece.length
      if (!skipping && size > maxLineBytes) {
        skipping = true
        parts = []
      } else if (!skipping) {
        parts.push(piece)
      }
      if (end < 0) break
      buffer = buffer.subarray(end + 1)
      if (skipping) {
        skipping = false
        const skipped = size
        size = 0
        yield { tooLong: skipped }
      } else {
        yield take()
      }
    }
  }
  if (skipping) yield { tooLong: size }
  else if (size > 0) yield take()
}

/** Writes `text` and waits until the destination takes more (or is gone). */
export async function writeWithBackpressure (out: Writable, text: string): Promise<void> {
  if (out.destroyed || out.writableEnded) return
  if (out.write(text)) return
  await new Promise<void>(resolve => {
    const done = (): void => {
      out.off('drain', done)
      out.off('close', done)
      resolve()
    }
    out.on('drain', done)
    out.on('close', done)
  })
}

export interface StreamBatchOptions<L> {
  lines: AsyncIterable<L>
  out: Writable
  /** Most lines in flight (read, not yet answered). */
  window: number
  /** Processes one line into the JSON value of its answer line; must not throw. */
  answer: (line: L) => Promise<unknown>
  /** Stops the reading (client gone, server shutting down); lines already read are still answered. */
  stop: AbortSignal
}

const STOPPED = Symbol('stopped')

/** Resolves to STOPPED when the signal fires. */
async function whenStopped (signal: AbortSignal): Promise<typeof STOPPED> {
  return await new Promise(resolve => {
    if (signal.aborted) resolve(STOPPED)
    else signal.addEventListener('abort', () => resolve(STOPPED), { once: true })
  })
}

/**
 * Runs a streaming batch; resolves once the last answer is written, with the number of lines read (each of them
 * answered) and whether the reading was stopped before the end of the input.
 */
export async function streamBatch<L> (opts: StreamBatchOptions<L>): Promise<{ read: number, stopped: boolean }> {
  const inFlight = new Set<Promise<void>>()
  const stopped = whenStopped(opts.stop)
  const iterator = opts.lines[Symbol.asyncIterator]()
  let read = 0
  for (;;) {
    while (inFlight.size >= opts.window) await Promise.race(inFlight)
    if (opts.stop.aborted) break
    const pending = iterator.next()
    pending.catch(() => { /* a read failing after a stop has no one to tell */ })
    // A failed read (the client went away mid-body) ends the input like its end would.
    const next = await Promise.race([pending, stopped]).catch(() => ({ done: true as const, value: undefined }))
    if (next === STOPPED || next.done === true) break
    read++
    const job = opts.answer(next.value)
      .then(async value => { await writeWithBackpressure(opts.out, JSON.stringify(value) + '\n') })
      .finally(() => { inFlight.delete(job) })
    inFlight.add(job)
  }
  await Promise.all(inFlight)
  return { read, stopped: opts.stop.aborted }
}
