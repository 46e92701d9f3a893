/**
 * `POST /v1/check`: machine-translation flags for text a CI pipeline sends, with a quality score. Thin: the work is
 * `checkTexts` in src/flags/check.ts, which the CLI runs in-process too.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { CheckRequestError, checkTexts } from '../src/flags/check.js'
import { FlagSchema, GlossaryEntrySchema, ProblemSchema, QualitySchema, RuleSettingsSchema } from './schemas.js'
import { problem, sendProblem } from '../plugins/errors.js'

export const CheckRequestSchema = Type.Object({
  text: Type.Optional(Type.String({ description: 'One text to check; flags point at `/text`.' })),
  blocks: Type.Optional(Type.Array(Type.Object({
    text: Type.String(),
    source: Type.Optional(Type.String({ description: 'The Chinese source of this block (aligned blocks): bilingual checks compare each pair.' }))
  }), { description: 'Several texts; flags point at `/blocks/N/text`.' })),
  source: Type.Optional(Type.String({ description: 'The Chinese source text, for bilingual checks.' })),
  glossary: Type.Optional(Type.Array(GlossaryEntrySchema, { maxItems: 5000 })),
  rules: Type.Optional(RuleSettingsSchema)
}, { additionalProperties: false, title: 'CheckRequest', description: 'Give `text` or `blocks` (not both).' })

export const CheckResultSchema = Type.Object({
  flags: Type.Array(FlagSchema),
  quality: QualitySchema
}, { title: 'CheckResult' })

const check: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/v1/check', {
    schema: {
      tags: ['checks'],
      summary: 'Flag machine-translation problems in text',
      body: CheckRequestSchema,
      response: { 200: CheckResultSchema, 400: ProblemSchema, 413: ProblemSchema, 415: ProblemSchema }
    }
  }, async (request, reply) => {
    try {
      const result = checkTexts(request.body, app.pagewashConfig.glossary)
      app.metrics.flags(result.flags)
      return result
    } catch (error) {
      if (error instanceof CheckRequestError) return sendProblem(reply, request, problem('validation', error.message))
      throw error
    }
  })
}
export default check
