/** `POST /v1/language`: language identification for any text. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { identify } from '../src/language/index.js'
import { LanguageSchema, ProblemSchema } from './schemas.js'

export const IdentificationSchema = Type.Intersect([LanguageSchema, Type.Object({
  alternatives: Type.Array(Type.Object({ tag: Type.String(), score: Type.Number({ minimum: 0, maximum: 1 }) }), { description: 'Runners-up, best first.' }),
  spans: Type.Array(Type.Object({
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
    tag: Type.String()
  }), { description: 'Parts of the text in one language each, as JavaScript string offsets.' })
})], { title: 'Identification' })

const language: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/v1/language', {
    schema: {
      tags: ['language'],
      summary: 'Identify the language of a text',
      body: Type.Object({ text: Type.String({ description: 'Any text; short or mixed text gets a low confidence or `und`.' }) }, { additionalProperties: false }),
      response: { 200: IdentificationSchema, 400: ProblemSchema, 413: ProblemSchema, 415: ProblemSchema }
    }
  }, async (request) => identify(request.body.text))
}
export default language
