/**
 * The eld detector this thread uses: eld's own, reading a flat n-gram table (eld-table.ts) — the shared one when
 * the thread was given it (pool workers), else one built here once (the CLI, tests, evaluation, benchmarks), so
 * no thread keeps `eld/large`'s object graph on its heap.
 */
import { buildEldModel, eldFromModel, installedEldModel, type EldDetector } from './eld-table.js'

export const eld: EldDetector = await eldFromModel(installedEldModel() ?? await buildEldModel())
