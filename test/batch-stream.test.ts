/** The streaming batch: POST /v1/articles/batch with application/x-ndjson. */
import t, { type Test } from 'tap'
import { request } from 'node:http'
import { Readable } from 'node:stream'
import type { AddressInfo } from 'node:net'
import { testApp, testPool, seed } from './helpers.js'
import { PROBLEM_BASE } from '../plugins/errors.js'
import { readLines } from '../routes/ndjson.js'

const NDJSON = 'application/x-ndjson'
const line = (id: string | number, content: string, extra: object = {}): string => JSON.stringify({ id, content, ...extra }) + '\n'

/** One line of a batch answer: the page's id, then its Article or its problem. */
interface Answer { id: unknown, article?: { title: string | null }, problem?: { type: string, detail: string } }

function answersOf (payload: string): Answer[] {
  return payload.split('\n').filter(l => l !== '').map(l => JSON.parse(l) as Answer)
}

t.test('one answer per line, each with its id; bad lines get problems and the batch goes on', async t => {
  const app = await testApp({ config: { bodyLimit: 20_000 } })
  t.teardown(() => app.close())
  const pages = ['000', '001', '002', '003', '004']
  const body = pages.map((p, i) => line(`page-${i}`, seed(p), { format: 'text' })).join('') +
    '{"id": "broken", "content": \n' +
    line('empty', '   ') +
    JSON.stringify({ id: 7 }) + '\n' +
    '\r\n' +
    line('too-long', 'x'.repeat(30_000)) +
    line('deadline', 'text', { options: { deadlineMs: 120_000 } }) +
    line(8, seed('004'))
  t.ok(body.length > 20_000, 'the whole stream is over BODY_LIMIT: only a line is limited')
  const res = await app.inject({ method: 'POST', url: '/v1/articles/batch', headers: { 'content-type': NDJSON }, payload: body })
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /^application\/x-ndjson/)
  const answers = answersOf(res.payload)
  t.equal(answers.length, 11, 'one answer per non-blank line')
  const byId = new Map(answers.map(a => [a.id, a]))
  for (let i = 0; i < pages.length; i++) t.ok(byId.get(`page-${i}`)?.article !== undefined, `page-${i} answered`)
  t.equal(byId.get(8)?.article?.title !== undefined, true)
  t.equal(byId.get('empty')?.problem?.type, PROBLEM_BASE + 'unprocessable-content')
  t.equal(byId.get(7)?.problem?.type, PROBLEM_BASE + 'validation', 'missing content: the id is still echoed')
  t.equal(byId.get('deadline')?.problem?.type, PROBLEM_BASE + 'bad-request')
  const nulls = answers.filter(a => a.id === null).map(a => a.problem?.type)
  t.same(nulls.sort(), [PROBLEM_BASE + 'invalid-json', PROBLEM_BASE + 'payload-too-large'])
})

t.test('readLines: LF and CRLF, a last line without newline, overlong lines skipped to their end', async t => {
  async function * chunks (): AsyncGenerator<Buffer> {
    yield Buffer.from('ab\r\ncd')
    yield Buffer.from('ef\n0123456789')
    yield Buffer.from('01\nlast')
  }
  const out = []
  for await (const l of readLines(chunks(), 8)) out.push(l)
  t.same(out, [{ text: 'ab' }, { text: 'cdef' }, { tooLong: 12 }, { text: 'last' }])
  const tail = []
  for await (const l of readLines(Readable.from(['short\n', 'x'.repeat(20)]), 8)) tail.push(l)
  t.same(tail, [{ text: 'short' }, { tooLong: 20 }])
})

/** Pages finished by the shared pool so far. */
function finishedCounter (): () => number {
  let n = 0
  testPool().onSettled(s => { if (s.outcome === 'ok') n++ })
  return () => n
}

/** Waits until `read()` has not changed for `quietMs`. */
async function settle (read: () => number, quietMs = 1500): Promise<number> {
  let last = -1
  while (read() !== last) {
    last = read()
    await new Promise(resolve => setTimeout(resolve, quietMs))
  }
  return last
}

async function listening (t: Test): Promise<{ port: number, finished: () => number }> {
  const app = await testApp()
  t.teardown(() => app.close())
  await app.listen({ port: 0, host: '127.0.0.1' })
  return { port: (app.server.address() as AddressInfo).port, finished: finishedCounter() }
}

t.test('a client that stops reading stops the reading, not the memory; then every answer arrives', async t => {
  const { port, finished } = await listening(t)
  const total = 400
  const content = seed('003').repeat(4) // about 37 KB of text: answers are large, socket buffers fill quickly
  const req = request({ port, method: 'POST', path: '/v1/articles/batch', headers: { 'content-type': NDJSON } })
  let sent = 0
  const pump = (): void => {
    while (sent < total) if (!req.write(line(sent++, content, { format: 'text' }))) return void req.once('drain', pump)
    req.end()
  }
  pump()
  const res = await new Promise<import('node:http').IncomingMessage>(resolve => req.once('response', resolve))
  res.pause() // a client that does not read
  const stalled = await settle(finished)
  t.ok(stalled < total, `the server stopped at ${stalled} of ${total} pages while nobody read`)
  t.ok(sent < total, `and stopped reading the request (${sent} lines sent so far)`)
  let text = ''
  res.setEncoding('utf8')
  for await (const chunk of res) text += chunk as string
  const answers = answersOf(text)
  t.equal(answers.length, total, 'as many answers as lines')
  t.equal(new Set(answers.map(a => a.id)).size, total, 'each id once')
  t.ok(answers.every(a => a.article !== undefined))
})

t.test('a client that disconnects cancels what it queued', async t => {
  const { port, finished } = await listening(t)
  const before = finished()
  const total = 300
  const req = request({ port, method: 'POST', path: '/v1/articles/batch', headers: { 'content-type': NDJSON } })
  req.on('error', () => { /* the test destroys the request itself */ })
  for (let i = 0; i < total; i++) req.write(line(i, seed('001'), { format: 'text' }))
  req.end()
  const res = await new Promise<import('node:http').IncomingMessage>(resolve => req.once('response', resolve))
  await new Promise(resolve => res.once('data', resolve))
  req.destroy()
  const after = await settle(finished) - before
  t.ok(after < total / 4, `${after} of ${total} pages processed after the client left`)
})
