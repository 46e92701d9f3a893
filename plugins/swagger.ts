/** The OpenAPI 3.1 document (generated from the route schemas) at `/openapi.json`, and Swagger UI at `/docs`. */
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'

export const OPENAPI_INFO = {
  title: 'pagewash',
  version: '0.1.0',
  description: 'Turns raw news pages (HTML or scraped text, any charset) into clean, structured article JSON, ' +
    'and flags machine-translation problems. Errors are RFC 9457 problem details.',
  license: { name: 'MIT', identifier: 'MIT' }
}

export default fp(async function docs (app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: OPENAPI_INFO,
      tags: [
        { name: 'articles', description: 'Pages in, clean articles out' },
        { name: 'checks', description: 'Machine-translation flags for CI' },
        { name: 'language', description: 'Language identification' },
        { name: 'operations', description: 'Health and metrics' }
      ]
    }
  })
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list', deepLinking: true } })
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
}, { name: 'docs' })
