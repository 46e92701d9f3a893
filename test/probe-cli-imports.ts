/**
 * Run as a child process by test/cli.test.ts: prints how much memory the language model adds (heap and array
 * buffers: its n-gram table lives in one) when it is imported after the command line was. A large figure means the
 * command line had not loaded it.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
const used = (): number => {
  gc()
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return heapUsed + arrayBuffers
}

await import('../cli/main.js')
const afterCli = used()
await import('../src/language/index.js')
process.stdout.write(String(used() - afterCli))
