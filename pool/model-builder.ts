/**
 * A short-lived thread that loads eld's large database once, encodes it into a shared table and posts it back
 * (src/language/eld-table.ts). The thread then exits, and with it the 400 MB that loading the module costs.
 */
import { parentPort } from 'node:worker_threads'
import { encodeEldData, loadEldData, type SharedEldModel } from '../src/language/eld-table.js'

const data = await loadEldData()
const model: SharedEldModel = { type: data.type, languages: data.languages, table: encodeEldData(data) }
parentPort?.postMessage(model)
