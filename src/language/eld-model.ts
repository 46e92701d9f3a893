/**
 * The eld detector this thread uses: eld's own, reading a flat n-gram table (eld-table.ts) — the shared one when
 * the thread was given it (pool workers), else one read from the cache on disk or built here once (the CLI,
 * tests, evaluation, benchmarks: eld-cache.ts), so no thread keeps `eld/large`'s object graph on its heap.
 * `eldScores` gives the same scores as `eld.detect(text).getScores()`, read from the table directly.
 */
import { cachedModel } from './eld-cache.js'
import {
  buildEldModel, eldFromModel, eldScorer, installedEldModel, type EldDetector, type EldScorer
} from './eld-table.js'

const model = installedEldModel() ?? await cachedModel(buildEldModel)
export const eld: EldDetector = await eldFromModel(model)
export const eldScores: EldScorer = await eldScorer(model)
