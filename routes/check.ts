/**
 * `POST /v1/check`: machine-translation flags for text a CI pipeline sends, with a quality score. Thin: the work is
 * `checkTexts` in src/flags/check.ts, run on the worker pool (the CLI runs it in-process).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { FlagSchema, GlossaryEntrySchema, ProblemSchema, QualitySchema, RuleSettingsSchema } from './schemas.js'
import { disconnectSignal } from '../plugins/pool.js'

export const CheckRequestSchema = Type.Object({
  text: Type.Optional(Type.String({ description: 'One text to check; flags point at `/text`.' })),
  blocks: Type.Optional(Type.Array(Type.Object({
    text: Type.String(),
    source: Type.Optional(Type.String({
      description: 'The Chinese source of this block (aligned blocks): bilingual checks compare each pair.',
    }))
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
      response: {
        200: CheckResultSchema, 400: ProblemSchema, 413: ProblemSchema, 415: ProblemSchema, 422: ProblemSchema,
        503: ProblemSchema,
      }
    }
  }, async (request, reply) => {
    const task = { kind: 'check' as const, request: request.body, glossary: app.pagewashConfig.glossary }
    const result = await app.runTask(task, { signal: disconnectSignal(reply) })
    app.metrics.flags(result.flags)
    return result
  })
}
export default check
