/**
 * The eld detector this thread uses: eld's own, reading a flat n-gram table (eld-table.ts) — the shared one when
 * the thread was given it (pool workers), else one read from the cache on disk or built here once (the CLI,
 * tests, evaluation, benchmarks: eld-cache.ts), so no thread keeps `eld/large`'s object graph on its heap.
 */
import { cachedModel } from './eld-cache.js'
import { buildEldModel, eldFromModel, installedEldModel, type EldDetector } from './eld-table.js'

export const eld: EldDetector = await eldFromModel(installedEldModel() ?? await cachedModel(buildEldModel))
