/**
 * `POST /v1/articles` in Markdown: `?output=markdown`, `Accept: text/markdown` (with q-values), footnotes, JSON by
 * default and on a tie; the answer is the renderer's output for the same Article.
 */
import t from 'tap'
import { testApp, seed } from './helpers.js'
import { outputOf } from '../routes/article-output.js'
import { renderMarkdown } from '../src/render/markdown.js'

t.test('Markdown by query or by Accept, JSON otherwise', async t => {
  const app = await testApp()
  t.teardown(() => app.close())
  const post = (url: string, accept?: string) => app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'text/plain; charset=utf-8', ...(accept !== undefined ? { accept } : {}) },
    payload: seed('000')
  })
  const json = await post('/v1/articles')
  t.equal(json.statusCode, 200)
  t.match(json.headers['content-type'], /^application\/json/)
  t.equal(json.headers.vary, 'accept')
  const article = json.json()
  t.ok(article.flags.length > 0, 'seed 000 has flags')

  const byQuery = await post('/v1/articles?output=markdown')
  t.equal(byQuery.statusCode, 200)
  t.match(byQuery.headers['content-type'], /^text\/markdown; charset=utf-8/)
  t.equal(byQuery.body, renderMarkdown(article), 'the renderer on the same Article')
  t.match(byQuery.body, /^---\ntitle: /)
  t.notMatch(byQuery.body, /\[\^1\]/)

  const byAccept = await post('/v1/articles', 'text/markdown')
  t.equal(byAccept.body, byQuery.body)
  const notes = await post('/v1/articles?footnotes=true', 'text/markdown')
  t.equal(notes.body, renderMarkdown(article, { footnotes: true }))
  t.match(notes.body, /^\[\^1\]: \w+ `[a-z-]+`: /m)
  const queryWins = await post('/v1/articles?output=json', 'text/markdown')
  t.match(queryWins.headers['content-type'], /^application\/json/, 'the query wins')
  const bad = await post('/v1/articles?output=pdf')
  t.equal(bad.statusCode, 400)
})

t.test('Accept negotiation', async t => {
  t.equal(outputOf({}, undefined), 'json')
  t.equal(outputOf({}, ''), 'json')
  t.equal(outputOf({}, '*/*'), 'json')
  t.equal(outputOf({}, 'text/markdown'), 'markdown')
  t.equal(outputOf({}, 'text/*'), 'markdown', 'text/* prefers the text representation')
  t.equal(outputOf({}, 'application/json, text/markdown'), 'json', 'a tie is JSON')
  t.equal(outputOf({}, 'application/json;q=0.5, text/markdown'), 'markdown')
  t.equal(outputOf({}, 'text/markdown;q=0.2, */*;q=0.8'), 'json')
  t.equal(outputOf({}, 'text/markdown;q=0, text/*'), 'json', 'an exact q=0 refuses Markdown')
  t.equal(outputOf({}, 'text/markdown;q=oops'), 'json', 'a broken q counts as 0')
  t.equal(outputOf({ output: 'markdown' }, 'application/json'), 'markdown')
})
