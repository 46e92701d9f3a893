/** The version in pagewash's package.json, found from this file up (source and build trees differ in depth). */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** How many folders up package.json may be: cli/ in the source tree, dist/cli/ in the build. */
const MAX_LEVELS_UP = 4

export function packageVersion (): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < MAX_LEVELS_UP; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string, version?: string }
      if (pkg.name === 'pagewash') return pkg.version ?? '0.0.0'
    } catch { /* no readable package.json here: look one folder up */ }
    dir = dirname(dir)
  }
  return '0.0.0'
}
