/** The page pool (pool/): pages run in worker threads, with a deadline per task and a bounded queue. */
import t from 'tap'
import { CancelledError, DeadlineError, PoolClosedError, QueueFullError, createPagePool, type SettledInfo } from '../pool/index.js'
import { runTask } from '../pool/tasks.js'
import { seed } from './helpers.js'

/** A page no pipeline should spend long on: `depth` nested divs (the hostile page is 100,000 deep). */
export function nestedDivs (depth: number): string {
  return '<html><body>' + '<div>'.repeat(depth) + 'deep text' + '</div>'.repeat(depth) + '</body></html>'
}

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

t.test('a task over its deadline is stopped; the next one is served by a fresh worker', async t => {
  const pool = createPagePool({ workers: 1, deadlineMs: 60_000, maxQueue: 4 })
  t.teardown(() => pool.close())
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
  t.same(kinds, ['deadline', 'ok'])
})

t.test('the queue: refused when full, cancellable while waiting, drained on close', async t => {
  const pool = createPagePool({ workers: 1, deadlineMs: 60_000, maxQueue: 1 })
  const page = { kind: 'page' as const, input: { content: seed('000'), format: 'text' as const } }
  const first = pool.run(page)
  const second = pool.run(page)
  await t.rejects(pool.run(page), QueueFullError, 'one running, one waiting: full')
  t.same({ ...pool.stats(), deadlineKills: 0 }, { workers: 1, running: 1, queued: 1, waitingForRoom: 0, maxQueue: 1, deadlineKills: 0 })
  const cancel = new AbortController()
  const patient = pool.run(page, { waitForRoom: true, signal: cancel.signal })
  t.equal(pool.stats().waitingForRoom, 1)
  cancel.abort()
  await t.rejects(patient, CancelledError)
  const queuedThenCancelled = new AbortController()
  await first
  const third = pool.run(page, { signal: queuedThenCancelled.signal })
  await new Promise(resolve => setImmediate(resolve))
  t.equal(pool.stats().queued, 1)
  queuedThenCancelled.abort()
  await t.rejects(third, CancelledError)
  const fourth = pool.run(page)
  const closed = pool.close()
  await t.rejects(pool.run(page), PoolClosedError)
  t.ok((await second).ok, 'queued work finishes on close')
  t.ok((await fourth).ok)
  await closed
})

t.test('runTask, in-process: check requests and language identification', async t => {
  t.same(runTask({ kind: 'check', request: {}, glossary: [] }), { ok: false, failure: { kind: 'invalid-request', message: 'Give exactly one of `text` or `blocks`.' } })
  const lang = runTask({ kind: 'language', text: 'Ceci est une phrase en français.' })
  t.ok(lang.ok && (lang.value as { tag: string }).tag === 'fr')
  t.throws(() => runTask({ kind: 'nonsense' } as never))
})
