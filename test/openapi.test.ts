/** The committed OpenAPI document is what the code generates, and it is a valid OpenAPI 3.1 document. */
import t from 'tap'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import SwaggerParser from '@apidevtools/swagger-parser'
import { generateOpenApi, OPENAPI_FILE } from '../scripts/openapi.js'
import { ROOT } from './helpers.js'

t.test('openapi/openapi.json matches the route schemas (run `npm run openapi` after changing a route)', async t => {
  const committed = readFileSync(join(ROOT, OPENAPI_FILE), 'utf8')
  const generated = await generateOpenApi()
  t.equal(committed, generated)
})

t.test('the document validates as OpenAPI 3.1', async t => {
  const doc = JSON.parse(await generateOpenApi())
  const api = await SwaggerParser.validate(doc) as { openapi: string, paths: Record<string, unknown> }
  t.equal(api.openapi, '3.1.0')
  t.ok(api.paths['/v1/articles'])
})
