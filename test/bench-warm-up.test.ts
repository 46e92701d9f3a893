/**
 * The bench's warm-up goes on until a function's pace is steady: pagewash's first pages load models and word lists,
 * and a fixed warm-up of a fifth of the run left them inside the measured second (bench/measure.ts). The warm-up is
 * given a clock of the test's own, advanced by each call, so the machine's load cannot change what is checked (the
 * wall clock failed this test on a loaded machine: preemption stretched calls at random, and three windows of the
 * ramp agreed by chance).
 */
import t from 'tap'
import { warmUp } from '../bench/measure.js'

/** A clock that moves only when a call says so. */
function testClock (): { now: () => number, advance: (ms: number) => void } {
  let time = 0
  return { now: () => time, advance: ms => { time += ms } }
}

/**
 * A function that speeds up over its first calls, then runs at one pace: a pipeline loading what it needs and being
 * compiled. Call k takes 6 ms times 0.99^k, then 0.01 ms from the 300th on. Each call is 1% faster than the one
 * before, so a window of the warm-up (a tenth of the run, 17 calls or more) runs at least 18% faster than the window
 * before it until the ramp ends: never within the 10% the warm-up calls steady.
 */
const RAMP_MS = 6
const RAMP_FACTOR = 0.99
const RAMP_CALLS = 300
const STEADY_MS = 0.01

t.test('the warm-up runs past a start that keeps getting faster', async t => {
  const clock = testClock()
  let n = 0
  warmUp(() => { n++; clock.advance(n < RAMP_CALLS ? RAMP_MS * RAMP_FACTOR ** n : STEADY_MS) }, 1000, clock.now)
  // a fixed warm-up of a fifth of 1,000 ms ends inside the ramp, at about 35 calls
  t.ok(n > RAMP_CALLS, `${n} calls in the warm-up`)
  // and it stops once the pace is steady: seven windows of 100 ms at 0.01 ms a call, not the cap of five runs
  t.ok(n < RAMP_CALLS + 8 * 100 / STEADY_MS, `${n} calls: stopped when steady`)
})

t.test('a long tail that speeds up a little each window is warmed through', async t => {
  const clock = testClock()
  let n = 0
  // 2 ms a call falling by 0.05% a call to 1 ms (the compiler's long tail): each 100 ms window within 10% of the one
  // before it all the way, a pace 45% lower at the end
  warmUp(() => { n++; clock.advance(Math.max(1, 2 * 0.9995 ** n)) }, 1000, clock.now)
  const pace = Math.max(1, 2 * 0.9995 ** n)
  t.ok(pace < 1.2, `${pace.toFixed(2)} ms a call at the end of the warm-up (${n} calls)`)
})

t.test('a function steady from its first call is warmed for a fifth of the run and a few windows', async t => {
  const clock = testClock()
  let n = 0
  warmUp(() => { n++; clock.advance(1) }, 200, clock.now)
  // a fifth of 200 ms (40 calls), then five windows of 20 ms to compare with and two that agree with the fifth before
  t.equal(n, 40 + 7 * 20)
})

t.test('a pace that never settles is warmed for five runs at most', async t => {
  const clock = testClock()
  // every other window twice as slow: no two windows in a row agree
  warmUp(() => { clock.advance(Math.floor(clock.now() / 20) % 2 === 0 ? 1 : 2) }, 200, clock.now)
  t.ok(clock.now() >= 1000 && clock.now() < 1000 + 20 + 2, `${clock.now()} ms: the cap of five runs`)
})
