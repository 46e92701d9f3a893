/**
 * The bench's warm-up goes on until a function's pace is steady: pagewash's first pages load models and word lists,
 * and a fixed warm-up of a fifth of the run left them inside the measured second (bench/measure.ts).
 */
import t from 'tap'
import { warmUp } from '../bench/measure.js'

/** A function slow for its first calls (a busy millisecond each), then fast: a pipeline loading what it needs. */
function slowStart (slowCalls: number): { fn: () => void, calls: () => number } {
  let n = 0
  return {
    fn: () => {
      n++
      if (n > slowCalls) return
      const until = performance.now() + 1
      while (performance.now() < until);
    },
    calls: () => n
  }
}

t.test('the warm-up runs past a slow start longer than its first fifth', async t => {
  // 300 slow calls take 300 ms at least; a fixed warm-up of a fifth of 1,000 ms made 200 at most
  const f = slowStart(300)
  warmUp(f.fn, 1000)
  t.ok(f.calls() > 300, `${f.calls()} calls in the warm-up`)
})

t.test('a function steady from its first call is warmed for a fifth of the run and a few windows', async t => {
  let n = 0
  const start = performance.now()
  warmUp(() => { n++ }, 200)
  const spent = performance.now() - start
  t.ok(n > 0)
  // at most the cap of five runs' time, and at least the first fifth
  t.ok(spent >= 40 && spent < 1000 + 100, `${spent.toFixed(0)} ms`)
})
