/**
 * Content types that carry a page as raw bytes. Their bodies arrive as a Buffer, untouched, so that the decode
 * stage can find the charset itself (the Content-Type `charset` parameter is only one piece of evidence).
 * Every other media type than these and JSON is answered 415 by Fastify.
 */
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'

export const RAW_MEDIA_TYPES = ['text/plain', 'text/html', 'application/xhtml+xml', 'application/octet-stream'] as const

export default fp(async function rawBody (app: FastifyInstance) {
  app.removeContentTypeParser(['text/plain'])
  app.addContentTypeParser([...RAW_MEDIA_TYPES], { parseAs: 'buffer' }, (_request, body, done) => {
    done(null, body)
  })
}, { name: 'raw-body' })
