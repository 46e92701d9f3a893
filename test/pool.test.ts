/** The page pool (pool/): pages run in worker threads, with a deadline per task and a bounded queue. */
import t from 'tap'
import {
  CancelledError, DeadlineError, MemoryLimitError, PoolClosedError, QueueFullError, createPagePool, type SettledInfo
} from '../pool/index.js'
import { runTask } from '../pool/tasks.js'
import { seed } from './helpers.js'

// Each test starts a pool of its own (a worker takes seconds to load on a busy machine, and some are killed and
// replaced on purpose): more than the default per-file timeout of .taprc.
const FILE_TIMEOUT_MS = 480_000
t.setTimeout(FILE_TIMEOUT_MS)

/** A page no pipeline should spend long on: `depth` nested divs (the hostile page is 100,000 deep). */
export function nestedDivs (depth: number): string {
  return '<html><body>' + '<div>'.repeat(depth) + 'deep text' + '</div>'.repeat(depth) + '</body></html>'
}

/**
 * Seconds of work, far past a one-second deadline: 200,000 unclosed tags take about 3 s in one process on a quiet
 * development machine (50,000 took 2-6 s once; with a faster pipeline and a larger young generation in the workers
 * they finished inside the second, and the tests that need the worker still busy at 1 s failed).
 */
function unclosedTags (count: number): string {
  return '<html><body>' + '<p><b><i>text '.repeat(count) + '</body></html>'
}

const stuck = { kind: 'page' as const, input: { content: unclosedTags(200_000), format: 'html' as const } }
const short = { kind: 'page' as const, input: { content: seed('004'), format: 'text' as const } }

t.test('runs pages in a worker and returns domain failures as values', async t => {
  const settled: SettledInfo[] = []
  // Collecting above 1 MB: the worker's forced collection runs after every task.
  const pool = createPagePool({ workers: 1, deadlineMs: 60_000, maxQueue: 4, collectAboveMb: 1 })
  pool.onSettled(s => settled.push(s))
  t.teardown(() => pool.close())
  const ok = await pool.run({ kind: 'page', input: { content: Buffer.from(seed('004')), format: 'text' } })
  t.ok(ok.ok && ok.value.article.body.length > 0)
  const empty = await pool.run({ kind: 'page', input: { content: '   ' } })
  t.same(empty, { ok: false, failure: { kind: 'empty-content', message: 'The content decodes to no text.' } })
  t.same(settled.map(s => s.outcome), ['ok', 'failure'])
  t.ok(settled[0].runMs > 0)
})

t.test("a page's bytes alone in their ArrayBuffer move to the worker; bytes that share one are copied", async t => {
  const pool = createPagePool({ workers: 1, deadlineMs: 60_000, maxQueue: 4 })
  t.teardown(() => pool.close())
  const text = seed('004')
  const expected = runTask({ kind: 'page', input: { content: Buffer.from(text), format: 'text' } })
  const alone = Buffer.alloc(Buffer.byteLength(text), text)
  t.ok(alone.byteLength >= 4096 && alone.byteLength === alone.buffer.byteLength, 'a Buffer with its own memory')
  t.same(await pool.run({ kind: 'page', input: { content: alone, format: 'text' } }), expected)
  t.equal(alone.byteLength, 0, 'moved: the calling thread no longer holds the bytes')

  const shared = Buffer.from(`xx${text}`).subarray(2)
  t.same(await pool.run({ kind: 'page', input: { content: shared, format: 'text' } }), expected)
  t.equal(shared.toString(), text, 'part of a larger ArrayBuffer: copied, the caller keeps it')
  const small = Buffer.from('A short page of plain text, in the shared pool.')
  t.not(small.byteLength, small.buffer.byteLength, "in Node's shared pool")
  t.ok((await pool.run({ kind: 'page', input: { content: small, format: 'text' } })).ok)
  t.equal(small.toString(), 'A short page of plain text, in the shared pool.', 'a pooled Buffer is copied')
})

t.test('a pool whose start takes longer than its deadline still becomes ready', async t => {
  // Starting a worker (a thread, the pipeline's modules, from TypeScript source here) takes far more than 1 ms on
  // any machine. The probes that warm the pool have no deadline: with the pool's, they expired while it started
  // and the pool was never ready (a server stayed "starting").
  const pool = createPagePool({ workers: 2, deadlineMs: 1, maxQueue: 4 })
  t.teardown(() => pool.close())
  const started = performance.now()
  await pool.ready()
  t.ok(performance.now() - started > 1, 'the start took longer than the deadline')
  t.match(pool.stats(), { deadlineKills: 0, expiredWaiting: 0, running: 0, queued: 0 })
  // a page still has the pool's deadline (this one takes seconds)
  t.match(await pool.run(stuck).catch((e: unknown) => e), { name: 'DeadlineError', deadlineMs: 1 })
})

t.test('a task over its deadline is stopped; the next one is served by a fresh worker', async t => {
  const pool = createPagePool({ workers: 1, deadlineMs: 60_000, maxQueue: 4 })
  t.teardown(() => pool.close())
  await pool.ready() // the deadline counts from arrival: starting the worker must not use it up
  const kinds: string[] = []
  pool.onSettled(s => kinds.push(s.outcome))
  // 100,000 nested divs: the hostile page; 150 ms is far below what any parse of 1 MiB takes.
  const hostile = pool.run({ kind: 'page', input: { content: nestedDivs(100_000), format: 'html' } }, { deadlineMs: 150 })
  const next = pool.run({ kind: 'page', input: { content: seed('004'), format: 'text' } })
  await t.rejects(hostile, DeadlineError)
  t.equal((await hostile.catch((e: DeadlineError) => e) as DeadlineError).deadlineMs, 150)
  const served = await next
  t.ok(served.ok && served.value.article.title !== null, 'the only worker was terminated, so a new one served this')
  t.equal(pool.stats().deadlineKills, 1)
  t.equal(pool.stats().expiredWaiting, 0)
  t.same(kinds, ['deadline', 'ok'])
})

t.test('the deadline counts from arrival: a task still queued at its deadline leaves unrun', async t => {
  const pool = createPagePool({ workers: 1, deadlineMs: 60_000, maxQueue: 4 })
  t.teardown(() => pool.close())
  await pool.ready()
  const settled: SettledInfo[] = []
  pool.onSettled(s => settled.push(s))
  // The only worker is held by the hostile page (stopped at 1 s); the text page behind it may wait 300 ms.
  const blocker = pool.run(stuck, { deadlineMs: 1000 })
  const queued = pool.run(short, { deadlineMs: 300 })
  const error = await queued.catch((e: unknown) => e)
  t.type(error, DeadlineError)
  t.match(error, { deadlineMs: 300, started: false, message: /waited \d+ ms for a worker and its deadline of 300 ms/ })
  t.ok((error as DeadlineError).queuedMs > 0)
  t.same(settled.map(s => [s.outcome, s.runMs]), [['expired', 0]], 'settled before the page ahead, never run')
  t.same({ queued: pool.stats().queued, running: pool.stats().running }, { queued: 0, running: 1 })
  const stopped = await blocker.catch((e: unknown) => e)
  t.match(stopped, { name: 'DeadlineError', started: true, deadlineMs: 1000 }, 'the running one is stopped')
  t.same({ kills: pool.stats().deadlineKills, expired: pool.stats().expiredWaiting }, { kills: 1, expired: 1 })
  t.same(settled.map(s => s.outcome), ['expired', 'deadline'])
})

t.test('a task waiting for room in a full queue also expires at its deadline', async t => {
  const pool = createPagePool({ workers: 1, deadlineMs: 60_000, maxQueue: 0 })
  t.teardown(() => pool.close())
  await pool.ready()
  const blocker = pool.run(stuck, { deadlineMs: 1000 })
  const patient = pool.run(short, { deadlineMs: 200, waitForRoom: true })
  t.equal(pool.stats().waitingForRoom, 1)
  t.match(await patient.catch((e: unknown) => e), { name: 'DeadlineError', started: false, deadlineMs: 200 })
  t.equal(pool.stats().waitingForRoom, 0)
  t.equal(pool.stats().expiredWaiting, 1)
  await t.rejects(blocker, DeadlineError)
  const after = await pool.run(short, { waitForRoom: true })
  t.ok(after.ok, 'the pool goes on')
})

t.test("deadlineFrom 'start': time spent queued does not count (a crawl that waits for room itself)", async t => {
  const pool = createPagePool({ workers: 1, deadlineMs: 60_000, maxQueue: 4, deadlineFrom: 'start' })
  t.teardown(() => pool.close())
  // Submitted before the worker is up: a deadline counted from arrival would pass while the model loads.
  const ahead = pool.run({ kind: 'page', input: { content: seed('000'), format: 'text' } }, { deadlineMs: 5_000 })
  const behind = pool.run({ kind: 'page', input: { content: seed('004'), format: 'text' } }, { deadlineMs: 5_000 })
  t.ok((await ahead).ok)
  t.ok((await behind).ok)
  t.equal(pool.stats().expiredWaiting, 0)
})

t.test('the queue: refused when full, cancellable while waiting, drained on close', async t => {
  // Every count is read synchronously, in the tick that changed it: no worker can finish a task in between, so the
  // counts do not depend on how fast the machine is (CI once saw a queued task already started after a tick).
  const pool = createPagePool({ workers: 1, deadlineMs: 60_000, maxQueue: 2 })
  const page = { kind: 'page' as const, input: { content: seed('000'), format: 'text' as const } }
  const first = pool.run(page)
  const second = pool.run(page)
  const queuedThenCancelled = new AbortController()
  const third = pool.run(page, { signal: queuedThenCancelled.signal })
  const refused = pool.run(page)
  const cancel = new AbortController()
  const patient = pool.run(page, { waitForRoom: true, signal: cancel.signal })
  t.same(pool.stats(), {
    workers: 1, running: 1, queued: 2, waitingForRoom: 1, maxQueue: 2,
    deadlineKills: 0, expiredWaiting: 0, workerErrors: 0
  }, 'one running, two waiting: full; one more waits for room')
  cancel.abort()
  queuedThenCancelled.abort()
  t.same({ queued: pool.stats().queued, waitingForRoom: pool.stats().waitingForRoom }, { queued: 1, waitingForRoom: 0 },
    'a cancelled task leaves the queue at once')
  await t.rejects(refused, QueueFullError)
  await t.rejects(patient, CancelledError)
  await t.rejects(third, CancelledError)
  const fourth = pool.run(page)
  const closed = pool.close()
  await t.rejects(pool.run(page), PoolClosedError)
  t.ok((await first).ok)
  t.ok((await second).ok, 'queued work finishes on close')
  t.ok((await fourth).ok)
  await closed
})

t.test('a page needing more heap than the cap stops its worker, not the process; a fresh worker goes on', async t => {
  const settled: SettledInfo[] = []
  // 128 MB of old generation: room for the pipeline (loaded through the TypeScript loader here) and ordinary
  // pages, not for the DOM of 100,000 paragraphs with links (a 6 MB page).
  const pool = createPagePool({ workers: 1, deadlineMs: 120_000, maxQueue: 4, maxHeapMb: 128 })
  t.teardown(() => pool.close())
  pool.onSettled(s => settled.push(s))
  const paragraphs = '<p>word <a href="/x">link</a> <span>more words</span></p>\n'.repeat(100_000)
  const content = `<html><body>${paragraphs}</body></html>`
  const hungry = pool.run({ kind: 'page', input: { content, format: 'html' } })
  const next = pool.run(short)
  await t.rejects(hungry, MemoryLimitError)
  t.ok((await next).ok, 'served by the replacement worker')
  t.same(settled.map(s => s.outcome), ['memory', 'ok'])
  t.same({ kills: pool.stats().deadlineKills, errors: pool.stats().workerErrors }, { kills: 0, errors: 0 })
})

t.test('runTask, in-process: check requests and language identification', async t => {
  t.same(runTask({ kind: 'check', request: {}, glossary: [] }), { ok: false, failure: { kind: 'invalid-request', message: 'Give exactly one of `text` or `blocks`.' } })
  const lang = runTask({ kind: 'language', text: 'Ceci est une phrase en français.' })
  t.ok(lang.ok && (lang.value as { tag: string }).tag === 'fr')
  t.throws(() => runTask({ kind: 'nonsense' } as never))
})
