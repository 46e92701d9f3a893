/**
 * Loads a data file from the top-level `data/` folder. Data (lexicons, glossaries, markers) lives there as JSON,
 * each entry with the source it comes from; code only reads it. Works from `src/` under ts-node and from `dist/`.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

let dataDir: string | undefined

function findDataDir (): string {
  if (dataDir !== undefined) return dataDir
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'data')
    if (existsSync(join(candidate, 'README.md'))) {
      dataDir = candidate
      return candidate
    }
    dir = dirname(dir)
  }
  throw new Error('pagewash: data/ folder not found next to the code')
}

/** Parses `data/<name>` as JSON. The caller names the type it expects; files are validated by test/data.test.ts. */
export function loadData<T> (name: string): T {
  return JSON.parse(readFileSync(join(findDataDir(), name), 'utf8')) as T
}
