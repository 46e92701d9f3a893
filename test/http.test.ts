/** The HTTP contract: problem+json errors, limits, request ids, health, metrics, docs. */
import t from 'tap'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { testApp, seed } from './helpers.js'
import { buildApp } from '../app.js'
import { PROBLEM_BASE } from '../plugins/errors.js'
import { CancelledError } from '../pool/index.js'
import { randomInts } from './random.js'

const post = (app: Awaited<ReturnType<typeof testApp>>, payload: string | Buffer, contentType: string, url = '/v1/articles') =>
  app.inject({ method: 'POST', url, headers: { 'content-type': contentType }, payload })

t.test('problem+json for every kind of bad input', async t => {
  const app = await testApp({ config: { bodyLimit: 64 * 1024 } })
  t.teardown(() => app.close())

  const cases: Array<[string, () => ReturnType<typeof post>, number, string]> = [
    ['malformed JSON', () => post(app, '{"content": "x"', 'application/json'), 400, 'invalid-json'],
    ['empty JSON body', () => post(app, '', 'application/json'), 400, 'invalid-json'],
    ['JSON missing content', () => post(app, '{"format":"text"}', 'application/json'), 400, 'validation'],
    ['JSON with a wrong type', () => post(app, '{"content": 42}', 'application/json'), 400, 'validation'],
    ['unknown field', () => post(app, '{"content": "abc", "colour": 1}', 'application/json'), 400, 'validation'],
    ['bad format value', () => post(app, '{"content": "abc", "format": "pdf"}', 'application/json'), 400, 'validation'],
    ['over the size limit', () => post(app, 'a'.repeat(70 * 1024), 'text/plain'), 413, 'payload-too-large'],
    ['unsupported media type', () => post(app, 'x', 'image/png'), 415, 'unsupported-media-type'],
    ['whitespace only', () => post(app, ' \n\t\u3000 ', 'text/plain'), 422, 'unprocessable-content'],
    ['control characters only', () => post(app, '\u0000\u0001\u200b', 'text/plain'), 422, 'unprocessable-content'],
    ['empty raw body', () => post(app, '', 'text/html'), 422, 'unprocessable-content'],
    ['unknown route', () => app.inject({ method: 'GET', url: '/v2/nothing' }), 404, 'not-found']
  ]
  for (const [name, send, status, slug] of cases) {
    const res = await send()
    t.equal(res.statusCode, status, `${name}: status`)
    t.match(res.headers['content-type'], /^application\/problem\+json/, `${name}: media type`)
    const body = res.json()
    t.equal(body.type, PROBLEM_BASE + slug, `${name}: type`)
    t.equal(body.status, status, `${name}: status member`)
    t.ok(typeof body.title === 'string' && body.title.length > 0, `${name}: title`)
    t.ok(typeof body.detail === 'string' && body.detail.length > 0, `${name}: detail`)
    t.equal(body.requestId, res.headers['x-request-id'], `${name}: request id`)
  }
  const missing = (await post(app, '{"format":"text"}', 'application/json')).json()
  t.same(missing.errors, [{ pointer: '/content', message: "must have required property 'content'" }], 'validation errors carry JSON pointers')
})

t.test('hostile bytes never give a 500', async t => {
  const app = await testApp()
  t.teardown(() => app.close())
  // the same 20,000 'random' bytes on every run
  const next = randomInts(12345)
  const random = Buffer.from(Array.from({ length: 20000 }, () => next(256)))
  const bodies: Array<[string, Buffer | string]> = [
    ['random bytes', random],
    ['truncated UTF-8', Buffer.from([0x41, 0xe4, 0xb8])],
    ['lone surrogates in JSON', JSON.stringify({ content: 'a\ud800b\udc00c' })],
    ['nested tags', '<div>'.repeat(5000) + 'text' + '</div>'.repeat(5000)],
    ['unclosed comment', '<html><body><!-- ' + 'x'.repeat(10000)],
    ['one endless word', 'x'.repeat(200000)],
    ['NUL bytes', Buffer.alloc(1000, 0)]
  ]
  for (const [name, body] of bodies) {
    for (const ct of ['application/octet-stream', 'text/html', 'text/plain']) {
      const isJson = typeof body === 'string' && body.startsWith('{')
      const res = await post(app, body, isJson ? 'application/json' : ct)
      t.ok(res.statusCode === 200 || res.statusCode === 422, `${name} as ${isJson ? 'json' : ct}: ${res.statusCode} ${res.statusCode >= 500 ? res.body : ''}`)
      if (isJson) break
    }
  }
})

t.test('request ids: echoed when sane, generated otherwise', async t => {
  const app = await testApp()
  t.teardown(() => app.close())
  const given = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'crawler-42.a:b' } })
  t.equal(given.headers['x-request-id'], 'crawler-42.a:b')
  const hostile = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'x'.repeat(500) } })
  t.match(hostile.headers['x-request-id'], /^[0-9a-f-]{36}$/)
  const none = await app.inject({ method: 'GET', url: '/healthz' })
  t.match(none.headers['x-request-id'], /^[0-9a-f-]{36}$/)
})

/** A pino destination that keeps the log lines. */
function logCapture (): { lines: string[], stream: Writable } {
  const lines: string[] = []
  const stream = new Writable({
    write (chunk, _enc, cb) {
      lines.push(...String(chunk).split('\n').filter(Boolean))
      cb()
    }
  })
  return { lines, stream }
}

t.test('logs are JSON with request ids and never contain page text', async t => {
  const { lines, stream } = logCapture()
  const app = await testApp({ logger: { level: 'trace', stream } })
  t.teardown(() => app.close())
  const page = seed('002')
  await post(app, page, 'text/plain')
  await post(app, JSON.stringify({ content: page }), 'application/json')
  await post(app, '{"content": "秘密正文', 'application/json')
  t.ok(lines.length >= 6, 'requests were logged')
  for (const line of lines) {
    const entry = JSON.parse(line)
    if (entry.req !== undefined || entry.res !== undefined) t.type(entry.reqId, 'string')
    t.notMatch(line, /中国不断加强数字政府建设|秘密正文|必威/, 'no page text in logs')
  }
})

t.test('a client that hangs up is logged as such, not as a failure of the service', async t => {
  const { lines, stream } = logCapture()
  const app = await testApp({ logger: { level: 'info', stream } })
  t.teardown(() => app.close())
  // what the pool throws when the request's disconnect signal fires while its page waits for a worker
  app.get('/hang-up', async () => { throw new CancelledError() })
  await app.inject('/hang-up')
  const entries = lines.map(line => JSON.parse(line) as { level: number, msg: string })
  const INFO = 30
  const ERROR = 50
  t.ok(entries.some(e => e.level === INFO && e.msg === 'client closed the request'))
  t.notOk(entries.some(e => e.level >= ERROR), 'nothing at error level')
})

t.test('health, readiness, docs and the OpenAPI document', async t => {
  const app = await testApp()
  t.teardown(() => app.close())
  t.same((await app.inject('/healthz')).json(), { status: 'ok' })
  await app.pool.ready() // readiness waits for the pool's workers
  await new Promise(resolve => setImmediate(resolve))
  t.same((await app.inject('/readyz')).json(), { status: 'ready' })
  const docs = await app.inject('/docs/')
  t.equal(docs.statusCode, 200)
  t.match(docs.body, /swagger-ui/i)
  const doc = (await app.inject('/openapi.json')).json()
  t.equal(doc.openapi, '3.1.0')
  t.ok(doc.paths['/v1/articles'].post.requestBody.content['text/plain'], 'raw text body documented')
  t.ok(doc.paths['/v1/check'].post, '/v1/check documented')
  t.ok(doc.paths['/v1/language'].post, '/v1/language documented')
})

t.test('metrics count requests, pages, removals and flags', async t => {
  const app = await testApp()
  t.teardown(() => app.close())
  await post(app, seed('002'), 'text/plain; charset=utf-8')
  await post(app, '   ', 'text/plain')
  await post(app, JSON.stringify({ text: 'The forum in 北京 was held on Monday and the guests attended it.' }), 'application/json', '/v1/check')
  const res = await app.inject('/metrics')
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /^text\/plain/)
  t.match(res.body, /http_requests_total\{method="POST",route="\/v1\/articles",status="200"\} 1/)
  t.match(res.body, /http_requests_total\{method="POST",route="\/v1\/articles",status="422"\} 1/)
  t.match(res.body, /http_request_duration_seconds_bucket\{le="[\d.]+",method="POST",route="\/v1\/articles",status="200"\}/)
  t.match(res.body, /pagewash_pages_total\{format="text",outcome="ok"\} 1/)
  t.match(res.body, /pagewash_pages_total\{format="text",outcome="unprocessable-content"\} 1/)
  t.match(res.body, /pagewash_removals_total\{kind="spam"\} \d+/)
  t.match(res.body, /pagewash_flags_total\{category="untranslated"\} \d+/)
})

t.test('batch: each page gets its article or its own problem', async t => {
  const app = await testApp({ config: { maxBatch: 3 } })
  t.teardown(() => app.close())
  const res = await post(app, JSON.stringify({ pages: [{ content: seed('004') }, { content: '   ' }, { content: seed('002'), format: 'text' }] }), 'application/json', '/v1/articles/batch')
  t.equal(res.statusCode, 200)
  const { results } = res.json()
  t.equal(results.length, 3)
  t.ok(results[0].article.body.length > 0)
  t.equal(results[1].problem.type, PROBLEM_BASE + 'unprocessable-content')
  t.equal(results[1].article, undefined)
  t.equal(results[2].article.language.script, 'Hans')
  const tooMany = await post(app, JSON.stringify({ pages: Array(4).fill({ content: 'abc def' }) }), 'application/json', '/v1/articles/batch')
  t.equal(tooMany.statusCode, 413)
  t.equal(tooMany.json().type, PROBLEM_BASE + 'payload-too-large')
  const empty = await post(app, JSON.stringify({ pages: [] }), 'application/json', '/v1/articles/batch')
  t.equal(empty.statusCode, 400)
})

t.test('a full queue answers 503 problem+json with Retry-After; liveness still answers; then work is taken again', async t => {
  const config = { workers: 1, maxQueue: 1, pageDeadlineMs: 600_000 }
  const app = await buildApp({ logger: false, defaultMetrics: false, config })
  t.teardown(() => app.close())
  await app.ready()
  const starting = await app.inject('/readyz')
  t.same([starting.statusCode, starting.json()], [503, { status: 'starting' }], 'not ready while the pool starts')
  await app.pool.ready()
  const slow = '<html><body>' + '<div>'.repeat(5_000) + 'deep' + '</div>'.repeat(5_000) + '</body></html>'
  // One runs (a page 5,000 divs deep), one waits, the third finds the queue full: all three are in before the
  // first page is done.
  const answers = await Promise.all([
    post(app, slow, 'text/html'),
    post(app, 'A short page of text, waiting its turn.', 'text/plain'),
    post(app, 'A short page of text, refused.', 'text/plain'),
    app.inject('/healthz')
  ])
  t.same(answers.slice(0, 3).map(r => r.statusCode), [200, 200, 503])
  const refused = answers[2]
  t.equal(refused.headers['retry-after'], '5')
  t.equal(refused.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.equal(refused.json().type, PROBLEM_BASE + 'service-unavailable')
  t.match(refused.json().detail, /queue \(1\) is full/)
  t.equal(answers[3].statusCode, 200)
  const again = await post(app, 'A short page of text, now welcome.', 'text/plain')
  t.equal(again.statusCode, 200)
  t.equal((await app.inject('/readyz')).statusCode, 200, 'ready once the workers are')
})

t.test('deadlines count from arrival: 422 page-too-complex when stopped, 503 with Retry-After when expired waiting', async t => {
  const app = await testApp()
  t.teardown(() => app.close())
  await app.pool.ready()
  // The one worker is held past 1 s by 200,000 unclosed tags (about 3 s; 50,000 now take under one); the short page
  // behind it may wait only 300 ms.
  const content = '<html><body>' + '<p><b><i>text '.repeat(200_000) + '</body></html>'
  const stuck = { content, format: 'html', options: { deadlineMs: 1000 } }
  const short = { content: seed('004'), format: 'text', options: { deadlineMs: 300 } }
  const [stopped, expired] = await Promise.all([
    post(app, JSON.stringify(stuck), 'application/json'),
    post(app, JSON.stringify(short), 'application/json')
  ])
  t.same([stopped.statusCode, expired.statusCode], [422, 503])
  t.equal(stopped.json().type, PROBLEM_BASE + 'page-too-complex')
  t.match(stopped.json().detail, /stopped at the deadline of 1000 ms .*counted from arrival.*, \d+ ms of which were spent waiting/)
  t.equal(expired.json().type, PROBLEM_BASE + 'service-unavailable', 'the page never ran: no fault of the page')
  t.ok(Number(expired.headers['retry-after']) > 0)
  t.match(expired.json().detail, /waited \d+ ms for a busy worker and the deadline of 300 ms .* passed before it could start/)
  const metrics = (await app.inject('/metrics')).body
  t.match(metrics, /pagewash_deadline_kills_total\{kind="page",reason="deadline"\} 1/)
  t.match(metrics, /pagewash_deadline_expired_waiting_total\{kind="page"\} 1/)
  t.match(metrics, /pagewash_task_wait_seconds_count\{kind="page"\} 2/)
  t.notMatch(metrics, /pagewash_task_duration_seconds_count\{kind="page",outcome="expired"\}/, 'an expired page never ran')
})

t.test('a worker pool that cannot start: readiness and liveness answer 503 "failed", and the error is logged', async t => {
  // A worker heap cap of 2 MB cannot hold the pipeline's modules: every worker stops as it loads them.
  const lines: string[] = []
  const stream = { write: (line: string) => { lines.push(line) } }
  const app = await buildApp({ logger: { stream }, defaultMetrics: false, config: { workers: 1, workerMaxHeapMb: 2 } })
  t.teardown(() => app.close())
  await app.ready()
  await app.pool.ready().catch(() => { /* awaited here so that the hook's own handler has run */ })
  await new Promise(resolve => setImmediate(resolve))
  for (const url of ['/readyz', '/healthz']) {
    const answer = await app.inject(url)
    t.same([answer.statusCode, answer.json()], [503, { status: 'failed' }], url)
  }
  t.ok(lines.some(l => JSON.parse(l).msg === 'the worker pool could not start'))
})

t.test('the memory guard: 503 with Retry-After while the heap is over its limit; liveness still answers', async t => {
  const app = await testApp({ config: { maxHeapUsedBytes: 1 }, sampleInterval: 5 })
  t.teardown(() => app.close())
  await app.ready()
  await new Promise(resolve => setTimeout(resolve, 50)) // let the sampler read the heap
  const refused = await post(app, 'A short page of text.', 'text/plain')
  t.equal(refused.statusCode, 503)
  t.equal(refused.headers['retry-after'], '5')
  t.match(refused.json().detail, /short of memory/)
  t.equal((await app.inject('/healthz')).statusCode, 200)
})

t.test('configuration from the environment', async t => {
  const { loadConfig } = await import('../config.js')
  const c = loadConfig({ PORT: '8080', HOST: '127.0.0.1', BODY_LIMIT: '1024', WORKERS: '3', PAGE_DEADLINE_MS: '500', GLOSSARY_FILE: '' })
  t.equal(c.port, 8080)
  t.equal(c.host, '127.0.0.1')
  t.equal(c.bodyLimit, 1024)
  t.equal(c.workers, 3)
  t.equal(c.maxQueue, 12, 'four waiting tasks per worker by default')
  t.equal(c.pageDeadlineMs, 500)
  t.equal(loadConfig({ MAX_QUEUE: '0' }).maxQueue, 0)
  t.throws(() => loadConfig({ WORKERS: '0' }), /WORKERS/)
  t.equal(c.workerMaxHeapMb, 384)
  t.equal(c.workerYoungGenMb, 96, 'the pool\'s default young generation')
  t.equal(loadConfig({ WORKER_YOUNG_GEN_MB: '0' }).workerYoungGenMb, 0, '0: V8\'s default')
  t.throws(() => loadConfig({ WORKER_YOUNG_GEN_MB: '-1' }), /WORKER_YOUNG_GEN_MB/)
  t.equal(loadConfig({ WORKER_MAX_HEAP_MB: '0' }).workerMaxHeapMb, 0, '0: no cap')
  t.throws(() => loadConfig({ WORKER_MAX_HEAP_MB: '64' }), /at least 128/)
  t.equal(c.glossaryFile, undefined)
  t.throws(() => loadConfig({ PORT: 'eighty' }), /PORT must be an integer >= 1/)
  t.throws(() => loadConfig({ BODY_LIMIT: '0' }), /BODY_LIMIT/)
  t.same(loadConfig({}).bodyLimit, 5 * 1024 * 1024)
})

t.test('GLOSSARY_FILE entries apply to /v1/check and to Articles; a malformed file stops start-up', async t => {
  const dir = mkdtempSync(join(tmpdir(), 'pagewash-glossary-'))
  const file = join(dir, 'glossary.json')
  writeFileSync(file, JSON.stringify([{ term: 'Hebei Cloud Client', preferred: 'Hebei Cloud app' }]))
  const app = await testApp({ config: { glossaryFile: file } })
  t.teardown(() => app.close())
  const check = await post(app, JSON.stringify({ text: 'The forum was streamed on the Hebei Cloud Client yesterday.' }), 'application/json', '/v1/check')
  const flag = check.json().flags.find((f: { category: string }) => f.category === 'terminology')
  t.equal(flag?.text, 'Hebei Cloud Client')
  t.equal(flag?.suggestion, 'Hebei Cloud app')
  const article = (await post(app, 'Forum held\n\nThe forum was streamed on the Hebei Cloud Client yesterday, organisers said.', 'text/plain')).json()
  t.ok(article.flags.some((f: { text: string }) => f.text === 'Hebei Cloud Client'), 'the configured glossary reaches Articles')

  writeFileSync(file, '{"term": "not an array"}')
  await t.rejects(testApp({ config: { glossaryFile: file } }), /expected a JSON array/)
})
