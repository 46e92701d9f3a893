/**
 * `POST /v1/language`: language identification for any text (src/language, run on the worker pool). The answer is the
 * main language; `spans` give the language of each part of a mixed text; `und` with confidence 0 when the text is too
 * short or carries no language (`OK`, `123`, `iPhone`).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { disconnectSignal } from '../plugins/pool.js'
import { LanguageSchema, ProblemSchema } from './schemas.js'

export const IdentificationSchema = Type.Intersect([LanguageSchema, Type.Object({
  alternatives: Type.Array(Type.Object({ tag: Type.String(), score: Type.Number({ minimum: 0, maximum: 1 }) }), {
    description: 'Runners-up, best first; for a mixed text, also the other languages of its spans with their share ' +
      'of it.'
  }),
  spans: Type.Array(Type.Object({
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
    tag: Type.String()
  }), {
    description: 'Parts of the text in one language each, in order, as JavaScript string offsets [start, end). ' +
      'Names, brands and short labels in another script stay inside the part around them; whitespace between ' +
      'parts belongs to none.'
  })
})], { title: 'Identification' })

const language: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/v1/language', {
    schema: {
      tags: ['language'],
      summary: 'Identify the language of a text',
      description: 'BCP 47 tag (`zh-Hans`/`zh-Hant` told apart), ISO 639-3 code, ISO 15924 script and a calibrated ' +
        'confidence: on the evaluation sets, answers with confidence >= 0.9 are right at least 99% of the time.',
      body: Type.Object({
        text: Type.String({ description: 'Any text; short or mixed text gets a low confidence or `und`.' }),
      }, { additionalProperties: false }),
      response: {
        200: IdentificationSchema, 400: ProblemSchema, 413: ProblemSchema, 415: ProblemSchema, 422: ProblemSchema,
        503: ProblemSchema,
      }
    }
  }, async (request, reply) => {
    const signal = disconnectSignal(reply)
    return await app.runTask({ kind: 'language', text: request.body.text }, { signal })
  })
}
export default language
