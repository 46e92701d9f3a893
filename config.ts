/** Runtime configuration, from the environment. Every setting has a default; README lists them. */
export interface Config {
  port: number
  host: string
  logLevel: string
  /** Largest accepted request body, in bytes. */
  bodyLimit: number
  /** Most pages in one batch request. */
  maxBatch: number
  /** Shed load (503) when the event loop lags more than this many ms; 0 turns the check off. */
  maxEventLoopDelay: number
  /** Shed load (503) when the V8 heap passes this many bytes; 0 turns the check off. */
  maxHeapUsedBytes: number
  /** Optional JSON glossary file ([{ term, preferred, note? }]) added to every check. */
  glossaryFile?: string
}

function int (value: string | undefined, fallback: number, name: string, min = 1): number {
  if (value === undefined || value === '') return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer >= ${min}, got "${value}"`)
  return n
}

export function loadConfig (env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: int(env.PORT, 3000, 'PORT'),
    host: env.HOST ?? '0.0.0.0',
    logLevel: env.LOG_LEVEL ?? 'info',
    bodyLimit: int(env.BODY_LIMIT, 5 * 1024 * 1024, 'BODY_LIMIT'),
    maxBatch: int(env.MAX_BATCH, 100, 'MAX_BATCH'),
    maxEventLoopDelay: int(env.MAX_EVENT_LOOP_DELAY, 2000, 'MAX_EVENT_LOOP_DELAY', 0),
    maxHeapUsedBytes: int(env.MAX_HEAP_USED_BYTES, 4 * 1024 * 1024 * 1024, 'MAX_HEAP_USED_BYTES', 0),
    glossaryFile: env.GLOSSARY_FILE === '' ? undefined : env.GLOSSARY_FILE
  }
}
