/**
 * A thread without a pool (CLI, tests, evaluation, benchmarks) builds eld's table from the module's source and
 * keeps no copy of eld's object graph: importing the module instead leaves it on the heap for every major
 * collection to mark. Its own file, so that nothing has imported eld's database before the measurement.
 */
import t from 'tap'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { buildEldModel, loadEldData } from '../src/language/eld-table.js'

/** eld's object graph is about 140 MB of heap; what building the table leaves behind must be far below it. */
const MAX_HEAP_LEFT_MB = 40
/** Importing the module keeps the graph: at least this much, which shows the measurement sees it. */
const MIN_IMPORTED_MB = 80

t.test('building the table leaves no object graph; importing eld\'s module does', async t => {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as () => void
  const heapMb = (): number => {
    gc()
    return process.memoryUsage().heapUsed / 1024 / 1024
  }
  const before = heapMb()
  const built = await buildEldModel()
  const afterBuild = heapMb()
  t.ok(built.table.byteLength > 0)
  t.ok(afterBuild - before < MAX_HEAP_LEFT_MB, `${(afterBuild - before).toFixed(1)} MB left after building`)
  const data = await loadEldData()
  t.ok(heapMb() - afterBuild > MIN_IMPORTED_MB, 'the imported module keeps its graph')
  t.equal(data.type, built.type)
})
