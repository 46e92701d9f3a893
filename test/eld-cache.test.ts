/**
 * The language model's table kept on disk (src/language/eld-cache.ts): a second process reads what the first
 * built, byte for byte; a damaged or cut file is never read but rebuilt; a folder that cannot be written costs
 * only the build; the file is named by eld's database and the table's layout, and older tables are removed.
 */
import t, { type Test } from 'tap'
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, sep } from 'node:path'
import {
  cachedModel, modelCacheDir, modelCacheFile, readCachedModel, writeCachedModel
} from '../src/language/eld-cache.js'
import { buildEldModel, ELD_TABLE_LAYOUT, type SharedEldModel } from '../src/language/eld-table.js'

/** A small stand-in model: the cache stores bytes and languages, whatever the table holds. */
function fakeModel (seed: number): SharedEldModel {
  const table = new SharedArrayBuffer(4096)
  const view = new Uint8Array(table)
  for (let i = 0; i < view.length; i++) view[i] = (i * 31 + seed) & 0xff
  return { type: 'ngramsL60', languages: { 0: 'en', 1: 'zh' }, table }
}

/** Sets PAGEWASH_CACHE_DIR for one test (process.env takes no accessors, so no intercept). */
function cacheDirFor (t: Test, dir: string): void {
  const before = process.env.PAGEWASH_CACHE_DIR
  process.env.PAGEWASH_CACHE_DIR = dir
  t.teardown(() => {
    if (before === undefined) delete process.env.PAGEWASH_CACHE_DIR
    else process.env.PAGEWASH_CACHE_DIR = before
  })
}

/** A build that counts its calls. */
function counting (model: SharedEldModel): { build: () => Promise<SharedEldModel>, calls: () => number } {
  let calls = 0
  return { build: async () => { calls++; return model }, calls: () => calls }
}

t.test('the cache folder: given, turned off, or node_modules/.cache/pagewash beside eld', async t => {
  t.equal(modelCacheDir({ PAGEWASH_CACHE_DIR: '/some/where' }), '/some/where')
  t.equal(modelCacheDir({ PAGEWASH_CACHE_DIR: 'off' }), undefined)
  t.ok(modelCacheDir({})?.endsWith(['node_modules', '.cache', 'pagewash'].join(sep)), String(modelCacheDir({})))
  const file = modelCacheFile('/x')!
  t.match(file, /^\/x\/eld-table-[0-9a-f]{32}\.bin$/)
  t.equal(modelCacheFile('/x'), file, 'the name depends only on the database and the layout')
})

t.test('a second process reads the table the first one built, byte for byte', async t => {
  const dir = t.testdir()
  cacheDirFor(t, dir)
  const model = fakeModel(7)
  const first = counting(model)
  t.equal(await cachedModel(first.build), model)
  t.equal(first.calls(), 1, 'built when nothing is stored')
  const second = counting(fakeModel(99))
  const read = await cachedModel(second.build)
  t.equal(second.calls(), 0, 'read, not built')
  t.same(Buffer.from(read.table), Buffer.from(model.table))
  t.same(read.languages, model.languages)
  t.equal(read.type, model.type)
  t.ok(read.table instanceof SharedArrayBuffer, 'shareable with the workers')
})

t.test('a damaged, cut or foreign file is not read, and is replaced by a good one', async t => {
  const dir = t.testdir()
  cacheDirFor(t, dir)
  const file = modelCacheFile()!
  const model = fakeModel(3)
  t.ok(writeCachedModel(file, model))
  const good = readFileSync(file)
  const flipped = Buffer.from(good)
  flipped[flipped.length - 10] ^= 0xff
  const damaged: Array<[string, Buffer]> = [
    ['one byte changed', flipped],
    ['cut short', good.subarray(0, good.length - 100)],
    ['no header line', good.subarray(good.indexOf(0x0a) + 1)],
    ['a header that is not JSON', Buffer.concat([Buffer.from('{oops\n'), good.subarray(good.indexOf(0x0a) + 1)])],
    ['another file format', Buffer.from(good.toString('latin1').replace('"format":1', '"format":9'), 'latin1')]
  ]
  for (const [what, bytes] of damaged) {
    writeFileSync(file, bytes)
    t.equal(readCachedModel(file), undefined, what)
    const again = counting(model)
    await cachedModel(again.build)
    t.equal(again.calls(), 1, `${what}: rebuilt`)
    t.ok(readCachedModel(file), `${what}: replaced by a good file`)
  }
  t.equal(readCachedModel(join(dir, 'missing.bin')), undefined, 'a missing file')
})

t.test('a folder that cannot be written costs only the build', async t => {
  const dir = t.testdir({ 'a-file': 'not a folder' })
  cacheDirFor(t, join(dir, 'a-file', 'cache'))
  const model = fakeModel(5)
  t.notOk(writeCachedModel(modelCacheFile()!, model))
  for (let i = 0; i < 2; i++) {
    const build = counting(model)
    t.equal(await cachedModel(build.build), model)
    t.equal(build.calls(), 1, 'built every time')
  }
  t.same(readdirSync(dir), ['a-file'], 'no temporary file left behind')
})

t.test('the cache turned off: every process builds', async t => {
  cacheDirFor(t, 'off')
  const build = counting(fakeModel(1))
  await cachedModel(build.build)
  await cachedModel(build.build)
  t.equal(build.calls(), 2)
})

t.test('tables of other versions are removed, other files are kept', async t => {
  const dir = t.testdir({
    'eld-table-00000000000000000000000000000000.bin': 'an older table',
    'eld-table-11111111111111111111111111111111.bin.123.tmp': 'another process writing',
    'notes.txt': 'not ours'
  })
  const file = modelCacheFile(dir)!
  t.ok(writeCachedModel(file, fakeModel(2)))
  t.same(readdirSync(dir).sort(), [
    'eld-table-11111111111111111111111111111111.bin.123.tmp', file.slice(dir.length + 1), 'notes.txt'
  ].sort())
})

/**
 * The SHA-256 of the table of layout `ELD_TABLE_LAYOUT` built from eld 2.1.0's database. The cache names its file
 * by the layout and the database, not by the encoder's code: a change to `encodeEldData` that changes the bytes
 * must come with a new `ELD_TABLE_LAYOUT` (and this figure), or processes would keep reading old tables.
 */
const TABLE_SHA256 = { layout: 1, eld: '2.1.0', sha256: '7afc09a3bfcec32b132acb416b11b942e79a0fee83f7ac7113015e526446baf9' }

t.test('the real table survives the round trip, and its bytes are those of its layout version', async t => {
  const dir = t.testdir()
  const model = await buildEldModel()
  const file = modelCacheFile(dir)!
  t.ok(writeCachedModel(file, model))
  const read = readCachedModel(file)!
  t.same(Buffer.from(read.table), Buffer.from(model.table), 'byte for byte')
  t.same(read.languages, model.languages)
  const eldVersion = (JSON.parse(readFileSync(new URL('../node_modules/eld/package.json', import.meta.url), 'utf8')) as
    { version: string }).version
  t.same({ layout: ELD_TABLE_LAYOUT, eld: eldVersion, sha256: createHash('sha256').update(Buffer.from(model.table))
    .digest('hex') }, TABLE_SHA256, 'the encoder changed the table: raise ELD_TABLE_LAYOUT and update TABLE_SHA256')
})

t.test('an image build prepares the cache: the pool\'s builder stores the table it shares', async t => {
  const dir = t.testdir()
  cacheDirFor(t, dir)
  const { prepareSharedModel } = await import('../pool/index.js')
  await prepareSharedModel()
  const file = modelCacheFile()!
  const stored = readCachedModel(file)
  t.ok(stored, `${file} written`)
  const built = await buildEldModel()
  t.same(Buffer.from(stored!.table), Buffer.from(built.table), 'the table every worker would have built')
})
