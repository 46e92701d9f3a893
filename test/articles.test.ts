import t from 'tap'
import iconv from 'iconv-lite'
import { testApp, seed, SEED_IDS } from './helpers.js'

t.test('every seed POSTed as text/plain comes back as an Article', async t => {
  const app = await testApp()
  t.teardown(() => app.close())
  for (const id of SEED_IDS) {
    const res = await app.inject({ method: 'POST', url: '/v1/articles', headers: { 'content-type': 'text/plain; charset=utf-8' }, payload: seed(id) })
    t.equal(res.statusCode, 200, `seed ${id}`)
    t.match(res.headers['content-type'], /^application\/json/)
    const a = res.json()
    t.ok(Array.isArray(a.body) && a.body.length > 0, `seed ${id} has a body`)
  }
})

t.test('GB18030 bytes with and without charset equal the UTF-8 answer', async t => {
  const app = await testApp()
  t.teardown(() => app.close())
  const page = seed('002')
  const post = (payload: Buffer | string, ct: string) => app.inject({ method: 'POST', url: '/v1/articles', headers: { 'content-type': ct }, payload })
  const utf8 = (await post(page, 'text/plain; charset=utf-8')).json()
  const gb = iconv.encode(page, 'gb18030')
  t.same((await post(gb, 'text/plain; charset=gb18030')).json(), utf8)
  t.same((await post(gb, 'text/plain')).json(), utf8)
})
