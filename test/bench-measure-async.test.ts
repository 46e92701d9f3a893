/**
 * The bench's measure of an asynchronous extractor (@postlight/parser) says when its rate is not its cost: a function
 * that waits on a timer between calls spends little of the wall time on the CPU (bench/measure.ts `measureAsync`).
 */
import t from 'tap'
import { setTimeout as sleep } from 'node:timers/promises'
import { measureAsync } from '../bench/measure.js'

/** How long each call waits or works, in milliseconds. */
const CALL_MS = 4

t.test('a function that waits on a timer is counted, and shown as mostly off the CPU', async t => {
  const waiting = await measureAsync(async () => { await sleep(CALL_MS) }, 100)
  t.ok(waiting.perSecond > 0 && waiting.perSecond <= 1000 / CALL_MS, `${waiting.perSecond.toFixed(0)} calls/s`)
  t.ok(waiting.busy < 0.5, `on the CPU ${(waiting.busy * 100).toFixed(0)}% of the time`)
  // a function that works as long spends more of the same wall time on the CPU, however loaded the machine
  const working = await measureAsync(async () => {
    const until = performance.now() + CALL_MS
    while (performance.now() < until);
  }, 100)
  t.ok(working.busy > waiting.busy, `working ${working.busy.toFixed(2)} against waiting ${waiting.busy.toFixed(2)}`)
})
