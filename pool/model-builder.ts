/**
 * Run as a child process: loads eld's large database once, encodes it into the shared table's layout
 * (src/language/eld-table.ts) and writes it to stdout: one JSON line `{type, languages, bytes}`, then the bytes.
 * A process, not a thread: loading the 4.4 MB module costs about 400 MB that a thread would leave behind in the
 * parent's resident set after it exits; a process gives it all back.
 */
import { encodeEldData, loadEldData } from '../src/language/eld-table.js'

const data = await loadEldData()
const table = encodeEldData(data)
process.stdout.write(JSON.stringify({ type: data.type, languages: data.languages, bytes: table.byteLength }) + '\n')
process.stdout.write(new Uint8Array(table))
