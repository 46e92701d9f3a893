/**
 * Run as a child process: loads eld's large database once, encodes it into the shared table's layout
 * (src/language/eld-table.ts) and writes it to stdout: one JSON line `{type, languages, bytes}`, then the bytes.
 * A process, not a thread: loading the 4.4 MB module costs about 400 MB that a thread would leave behind in the
 * parent's resident set after it exits; a process gives it all back.
 */
import { buildEldModel } from '../src/language/eld-table.js'

// the same build as a thread without a pool makes (eld-table.ts), so both kinds of thread read one table
const { type, languages, table } = await buildEldModel()
process.stdout.write(JSON.stringify({ type, languages, bytes: table.byteLength }) + '\n')
process.stdout.write(new Uint8Array(table))
