/**
 * The eld detector this thread uses: eld's own, reading the shared table when the thread was given one (pool
 * workers, see eld-table.ts), else the `eld/large` module (the CLI, tests, evaluation: one thread, one copy).
 */
import { eldFromModel, installedEldModel, type EldDetector } from './eld-table.js'

const shared = installedEldModel()

export const eld: EldDetector = shared !== undefined
  ? await eldFromModel(shared)
  : (await import('eld/large')).eld
