/**
 * Writes the OpenAPI document generated from the route schemas to `openapi/openapi.json` (`npm run openapi`).
 * `--check` exits 1 when the committed file differs from what the code generates (the test does the same).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildApp } from '../app.js'

export const OPENAPI_FILE = 'openapi/openapi.json'

/** The document as the running code generates it, serialized the way the committed file is. */
export async function generateOpenApi (): Promise<string> {
  const app = await buildApp({ logger: false, defaultMetrics: false })
  await app.ready()
  const doc = app.swagger()
  await app.close()
  return JSON.stringify(doc, null, 2) + '\n'
}

async function main (): Promise<void> {
  const root = process.cwd()
  const file = join(root, OPENAPI_FILE)
  const generated = await generateOpenApi()
  if (process.argv.includes('--check')) {
    const committed = readFileSync(file, 'utf8')
    if (committed !== generated) {
      console.error(`${OPENAPI_FILE} is out of date: run npm run openapi`)
      process.exit(1)
    }
    console.log(`${OPENAPI_FILE} is up to date`)
    return
  }
  writeFileSync(file, generated)
  console.log(`wrote ${OPENAPI_FILE}`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
