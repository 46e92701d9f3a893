/**
 * The bench's warm-up goes on until a function's pace is steady: pagewash's first pages load models and word lists,
 * and a fixed warm-up of a fifth of the run left them inside the measured second (bench/measure.ts).
 */
import t from 'tap'
import { warmUp } from '../bench/measure.js'

/**
 * A function that speeds up over its first calls, then runs at one pace: a pipeline loading what it needs and being
 * compiled. Call k busy-waits 6 ms times 0.99^k, none from the 300th on. Each call is 1% faster than the one before,
 * so a window of the warm-up (a tenth of the run, 17 calls or more) runs at least 18% faster than the window before
 * it until the ramp ends: never within the 10% the warm-up calls steady. (A ramp that took a fixed 0.02 ms off each
 * call was 8% faster a window at its start, so the warm-up rightly stopped inside it, at about 100 calls, whenever the
 * machine was quick enough.)
 */
function rampUp (): { fn: () => void, calls: () => number } {
  let n = 0
  return {
    fn: () => {
      n++
      const until = performance.now() + (n < RAMP_CALLS ? RAMP_MS * RAMP_FACTOR ** n : 0)
      while (performance.now() < until);
    },
    calls: () => n
  }
}
/** The first call's wait, each call's share of the one before, and the call the ramp ends at (570 ms of waiting). */
const RAMP_MS = 6
const RAMP_FACTOR = 0.99
const RAMP_CALLS = 300

t.test('the warm-up runs past a start that keeps getting faster', async t => {
  // a fixed warm-up of a fifth of 1,000 ms ended inside the ramp (about 35 calls); a loaded machine only stretches it
  const f = rampUp()
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
