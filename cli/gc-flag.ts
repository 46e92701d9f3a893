/**
 * `pagewash extract` with two or more jobs runs under `node --single-threaded-gc`, as the server does (`npm start`):
 * with as many pipeline workers as cores, V8's collector helper threads compete with the workers for the cores, and
 * each worker collecting its own garbage gets more pages through (docs/performance.md, "The collector on the
 * workers' own threads"). Node takes the flag only on its command line (not from `NODE_OPTIONS`, a worker's
 * `execArgv` or `v8.setFlagsFromString` once running), so the bin starts itself again with it. With one job the
 * collector's threads have a core to themselves and the flag would slow the worker: no restart.
 */
export const GC_FLAG = '--single-threaded-gc'
/** Set in the restarted process's environment, so that it can never restart again. */
export const RESTARTED_ENV = 'PAGEWASH_GC_RESTARTED'

/** The `--jobs` an `extract` command line asks for (`--jobs N` or `--jobs=N`), or `cores` when it does not say. */
function jobsOf (args: string[], cores: number): number {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '--') break
    if (a === '--jobs') return Number(args[i + 1])
    if (a.startsWith('--jobs=')) return Number(a.slice('--jobs='.length))
  }
  return cores
}

/**
 * Whether this run of the bin should start again under `--single-threaded-gc`: the command is `extract` (the first
 * argument), it asks for two or more jobs (a bad `--jobs` is left to the command to report), and the flag is not on
 * already.
 */
export function wantsGcRestart (args: string[], execArgv: string[], env: NodeJS.ProcessEnv, cores: number): boolean {
  if (args[0] !== 'extract' || execArgv.includes(GC_FLAG) || env[RESTARTED_ENV] !== undefined) return false
  const jobs = jobsOf(args.slice(1), cores)
  return Number.isInteger(jobs) && jobs >= 2
}
