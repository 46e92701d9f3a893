#!/usr/bin/env node
/**
 * The `pagewash` bin (package.json `bin` -> dist/cli/pagewash.js): a thin wrapper around `main` in ./main.ts. An
 * `extract` on two or more jobs first starts itself again under `--single-threaded-gc` (./gc-flag.ts).
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { availableParallelism } from 'node:os'
import { GC_FLAG, RESTARTED_ENV, wantsGcRestart } from './gc-flag.js'
import { main } from './main.js'

export { main }

const args = process.argv.slice(2)
if (wantsGcRestart(args, process.execArgv, process.env, availableParallelism())) {
  const child = spawn(process.execPath, [GC_FLAG, ...process.execArgv, process.argv[1], ...args], {
    stdio: 'inherit', env: { ...process.env, [RESTARTED_ENV]: '1' }
  })
  // Ctrl-C reaches both processes (one process group): the child decides; a signal sent to this process alone
  // (a supervisor's SIGTERM) is passed on
  const pass = (signal: NodeJS.Signals): void => { child.kill(signal) }
  const waitForChild = (): void => { /* the child got the same Ctrl-C; its exit ends this process */ }
  process.on('SIGINT', waitForChild)
  process.on('SIGTERM', pass)
  process.on('SIGHUP', pass)
  const [code, signal] = await once(child, 'exit') as [number | null, NodeJS.Signals | null]
  if (signal !== null) {
    process.removeAllListeners(signal)
    process.kill(process.pid, signal)
  }
  process.exitCode = code ?? 1
} else {
  process.exitCode = await main(args)
}
