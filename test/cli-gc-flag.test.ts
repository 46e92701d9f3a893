import t from 'tap'
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { GC_FLAG, RESTARTED_ENV, wantsGcRestart } from '../cli/gc-flag.js'

t.test('extract on two or more jobs restarts under --single-threaded-gc, once', async t => {
  t.ok(wantsGcRestart(['extract', 'pages/', '--jobs', '2'], [], {}, 8))
  t.ok(wantsGcRestart(['extract', '--jobs=4', 'a.warc.gz'], [], {}, 1))
  t.ok(wantsGcRestart(['extract', 'a.html'], [], {}, 2), 'the default is the core count')
  t.notOk(wantsGcRestart(['extract', 'a.html'], [], {}, 1), 'one core: one job by default')
  t.notOk(wantsGcRestart(['extract', 'a.html', '--jobs', '1'], [], {}, 8), 'one job: the collector has a core')
  t.notOk(wantsGcRestart(['extract', 'a.html', '--jobs', 'many'], [], {}, 8), 'a bad --jobs is the command\'s to report')
  t.notOk(wantsGcRestart(['extract', '--', '--jobs', '2'], [], {}, 1), 'after -- it is a file name')
  t.notOk(wantsGcRestart(['check', 'mt.txt', '--jobs', '2'], [], {}, 8), 'only extract')
  t.notOk(wantsGcRestart(['extract', 'a.html', '--jobs', '2'], [GC_FLAG], {}, 8), 'the flag is on already')
  t.notOk(wantsGcRestart(['extract', 'a.html', '--jobs', '2'], [], { [RESTARTED_ENV]: '1' }, 8), 'never twice')
})

const BIN = join(import.meta.dirname, '..', 'cli', 'pagewash.ts')
const SEED = join(import.meta.dirname, 'fixtures', 'seeds', '004_89fbaf794ddf68b9.txt')

async function bin (args: string[]): Promise<{ code: number, out: string, err: string }> {
  return await new Promise(resolve => {
    execFile(process.execPath, [...process.execArgv, BIN, ...args], { encoding: 'utf8' }, (error, out, err) => {
      resolve({ code: error === null ? 0 : Number(error.code), out, err })
    })
  })
}

t.test('the bin answers the same through the restart: the article, and the exit code of a failure', async t => {
  const two = await bin(['extract', SEED, '--jobs', '2', '--quiet'])
  t.equal(two.code, 0, two.err)
  const one = await bin(['extract', SEED, '--jobs', '1', '--quiet'])
  t.equal(one.code, 0, one.err)
  const article = (out: string): unknown => (JSON.parse(out.trim()) as { article: unknown }).article
  t.match(article(two.out), { title: 'Data Sharing Enabling Digital Government High Quality Development Forum Successfully Held' })
  t.same(article(two.out), article(one.out))
  const missing = await bin(['extract', join(import.meta.dirname, 'no-such-page.html'), '--jobs', '2', '--quiet'])
  t.not(missing.code, 0, 'a run with a failure exits non-zero through the restart as well')
  t.match(missing.err, /no-such-page/)
})
