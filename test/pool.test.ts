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
  const pool = createPagePool({ workers: 1, deadlineMs: 60_000, maxQueue: 4 })
  pool.onSettled(s => settled.push(s))
  t.teardown(() => pool.close())
  const ok = await pool.run({ kind: 'page', input: { content: Buffer.from(seed('004')), format: 'text' } })
  t.ok(ok.ok && ok.value.article.body.length > 0)
  const empty = await pool.run({ kind: 'page', input: { content: '   ' } })
  t.same(empty, { ok: false, failure: { kind: 'empty-content', message: 'The content decodes to no text.' } })
  t.same(settled.map(s => s.outcome), ['ok', 'failure'])
  t.ok(settled[0].runMs > 0)
})
