/**
 * The Article contract, checked on real pages: every seed's answer validates against the published schema, and
 * every flag's pointer resolves to a string of the answer whose slice [start, end) is exactly the flag's text.
 */
import t from 'tap'
import { Ajv } from 'ajv'
import formats from 'ajv-formats'
import { ArticleSchema } from '../routes/schemas.js'
import { testApp, seed, SEED_IDS } from './helpers.js'

const ajv = new Ajv({ allErrors: true, strict: false })
// ajv-formats is CommonJS with a default export: under NodeNext the callable is `.default`.
const addFormats = (formats as unknown as { default: (a: Ajv) => Ajv }).default ?? formats
addFormats(ajv)
const validArticle = ajv.compile(ArticleSchema)

/** Resolves an RFC 6901 JSON Pointer. */
function resolve (doc: unknown, pointer: string): unknown {
  if (pointer === '') return doc
  return pointer.slice(1).split('/').map(p => p.replace(/~1/g, '/').replace(/~0/g, '~')).reduce<unknown>((node, key) => {
    if (node === null || typeof node !== 'object') return undefined
    return (node as Record<string, unknown>)[key]
  }, doc)
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/

t.test('seed Articles satisfy the contract', async t => {
  const app = await testApp()
  t.teardown(() => app.close())
  for (const id of SEED_IDS) {
    const res = await app.inject({ method: 'POST', url: '/v1/articles', headers: { 'content-type': 'text/plain' }, payload: seed(id) })
    const article = res.json()
    t.ok(validArticle(article), `seed ${id} validates: ${ajv.errorsText(validArticle.errors)}`)
    if (article.published !== null) t.match(article.published, ISO_8601, `seed ${id} published is ISO 8601`)
    if (article.dateline?.date != null) t.match(article.dateline.date, ISO_8601, `seed ${id} dateline date is ISO 8601`)
    t.ok(article.language.confidence >= 0 && article.language.confidence <= 1)
    for (const f of article.flags) {
      const target = resolve(article, f.pointer)
      t.type(target, 'string', `seed ${id}: ${f.rule} pointer ${f.pointer} resolves to a string`)
      t.equal((target as string).slice(f.start, f.end), f.text, `seed ${id}: ${f.rule} text is the exact slice`)
      t.ok(f.start <= f.end, `seed ${id}: ${f.rule} start <= end`)
    }
    for (const r of article.removed) t.ok(r.text.length > 0 && r.reason.length > 0, `seed ${id}: removal has text and reason`)
    t.ok(article.body.every((b: { text: string }) => b.text.trim() === b.text && b.text.length > 0), `seed ${id}: body blocks are trimmed and non-empty`)
  }
})
