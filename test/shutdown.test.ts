/**
 * Graceful shutdown of the real server process (server.ts): on SIGTERM with requests in flight and an NDJSON batch
 * half read, every accepted request is answered, every line read is answered, and the process exits 0.
 */
import t from 'tap'
import { spawn } from 'node:child_process'
import { request, type IncomingMessage } from 'node:http'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { ROOT, childExecArgv, seed } from './helpers.js'
import { freePort } from '../scripts/free-port.js'

// The server and its worker run from TypeScript source (compiled at start-up by the loader): on a machine busy with
// other test files that takes minutes (the fresh-clone CI with a second suite beside it went past .taprc's 180 s)
const FILE_TIMEOUT_MS = 480_000
t.setTimeout(FILE_TIMEOUT_MS)

interface Answer { status: number, text: string }

async function send (port: number, path: string, body: string, type: string): Promise<Answer> {
  return await new Promise((resolve, reject) => {
    const req = request({ port, host: '127.0.0.1', method: 'POST', path, headers: { 'content-type': type } }, (res: IncomingMessage) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => { text += c })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

t.test('SIGTERM: /readyz turns 503, nothing accepted is lost, the process exits 0', async t => {
  const port = await freePort()
  // The same TypeScript loader as this test (tap's), so the server runs from source like the tests do.
  const child = spawn(process.execPath, [...childExecArgv(), join(ROOT, 'server.ts')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', WORKERS: '1', LOG_LEVEL: 'info', SHUTDOWN_DELAY_MS: '1500' },
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)))
  // a test that fails or times out must not leave the server running (it would hold its port and a core)
  const stop = (): void => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL') }
  t.teardown(stop)
  process.once('exit', stop)
  const logs: Array<{ msg?: string }> = []
  const up = new Promise<void>(resolve => {
    createInterface({ input: child.stdout }).on('line', l => {
      try { logs.push(JSON.parse(l)) } catch { return }
      if (/listening/i.test(logs.at(-1)?.msg ?? '')) resolve()
    })
  })
  const started = await Promise.race([up.then(() => 'listening'), exited.then(code => `exited with code ${code}`)])
  if (started !== 'listening') {
    t.fail(`the server ${started} before it listened`, { logs: logs.slice(-5) })
    return
  }
  // Traffic starts once the pool is ready (as a load balancer would send it): deadlines count from arrival, and a
  // worker starting on a busy machine could otherwise use up a page's 10 s before the shutdown is even tested.
  // Only "starting" is waited out, and not past the file's time: a pool that failed says so at once.
  const readiness = async (): Promise<string> => {
    const answer = await fetch(`http://127.0.0.1:${port}/readyz`)
    return (await answer.json() as { status: string }).status
  }
  const readyBy = performance.now() + FILE_TIMEOUT_MS / 2
  let state = await readiness()
  while (state === 'starting' && performance.now() < readyBy) {
    await new Promise(resolve => setTimeout(resolve, 100))
    state = await readiness()
  }
  if (state !== 'ready') {
    t.fail(`the server never became ready: /readyz said "${state}"`, { logs: logs.slice(-5) })
    return
  }
  const pages = ['000', '001', '003', '004'].map(id => send(port, '/v1/articles', seed(id), 'text/plain'))
  const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: i, content: seed('004') }) + '\n').join('')
  const stream = send(port, '/v1/articles/batch', lines, 'application/x-ndjson')
  await new Promise(resolve => setTimeout(resolve, 300)) // every request is accepted and queued behind one worker
  child.kill('SIGTERM')
  await new Promise(resolve => setTimeout(resolve, 300))
  const closing = await fetch(`http://127.0.0.1:${port}/readyz`)
  t.equal(closing.status, 503, 'readiness fails first, while the server still accepts')
  t.same(await closing.json(), { status: 'closing' })
  const answers = await Promise.all(pages)
  t.same(answers.map(a => a.status), [200, 200, 200, 200], 'every request in flight answered')
  const batch = await stream
  t.equal(batch.status, 200)
  const out = batch.text.split('\n').filter(l => l !== '').map(l => JSON.parse(l) as { id: number | null, article?: unknown, problem?: { detail: string } })
  const answered = out.filter(a => a.id !== null)
  t.ok(answered.every(a => a.article !== undefined), 'every line read was processed')
  t.equal(new Set(answered.map(a => a.id)).size, answered.length, 'each once')
  const last = out.at(-1)
  if (answered.length < 40) {
    t.equal(last?.id, null, 'a stopped stream says so on its last line')
    t.match(last?.problem?.detail, new RegExp(`^The server is shutting down: ${answered.length} lines were read and answered`))
  }
  t.equal(await exited, 0)
  t.ok(logs.some(l => l.msg === 'shutting down'))
})
