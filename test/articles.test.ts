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

t.test('every seed as GB18030 bytes, with charset=gb18030 and with no charset, equals the UTF-8 answer', async t => {
  const app = await testApp()
  t.teardown(() => app.close())
  const post = (payload: Buffer | string, ct: string) => app.inject({ method: 'POST', url: '/v1/articles', headers: { 'content-type': ct }, payload })
  // the Article apart from how it was decoded, and how it was decoded
  const read = async (payload: Buffer | string, ct: string): Promise<[{ body: unknown }, unknown]> => {
    const { decoding, ...article } = (await post(payload, ct)).json()
    return [article, decoding]
  }
  for (const id of SEED_IDS) {
    const page = seed(id)
    // seed 003 is all ASCII: read as such, whatever is declared
    const ascii = { charset: 'utf-8', via: 'ascii', repaired: [] }
    const isAscii = id === '003'
    const [utf8, utf8Decoding] = await read(page, 'text/plain; charset=utf-8')
    t.same(utf8Decoding, isAscii ? ascii : { charset: 'utf-8', via: 'declared', repaired: [] })
    const gb = iconv.encode(page, 'gb18030')
    const declared = isAscii ? ascii : { charset: 'gb18030', via: 'declared', repaired: [] }
    t.same(await read(gb, 'text/plain; charset=gb18030'), [utf8, declared], `seed ${id} with charset=gb18030`)
    t.same(await read(gb, 'text/plain; charset=GBK'), [utf8, declared], `seed ${id} labelled GBK decodes as GB18030`)
    const detected = isAscii ? ascii : { charset: 'gb18030', via: 'detected', repaired: [] }
    t.same(await read(gb, 'text/plain'), [utf8, detected], `seed ${id} with no charset`)
    t.same((await post(gb, 'application/octet-stream?format=text'.split('?')[0])).json().body, utf8.body, `seed ${id} as octet-stream`)
  }
})

t.test('Big5 bytes of a Traditional Chinese page decode without a declaration', async t => {
  const app = await testApp()
  t.teardown(() => app.close())
  const page = '數位政府建設論壇在臺北舉行\n\n中央社記者臺北24日電 數位發展部今天舉辦論壇，與會專家認為，資料共享與資訊安全是數位政府的兩大重點。'
  const res = await app.inject({ method: 'POST', url: '/v1/articles', headers: { 'content-type': 'text/plain' }, payload: iconv.encode(page, 'big5') })
  t.equal(res.statusCode, 200)
  const text = res.json().body.map((b: { text: string }) => b.text).join('\n')
  t.match(text, /資料共享與資訊安全是數位政府的兩大重點/)
})

t.test('JSON requests and raw requests give the same Article', async t => {
  const app = await testApp()
  t.teardown(() => app.close())
  const page = seed('000')
  const raw = await app.inject({ method: 'POST', url: '/v1/articles', headers: { 'content-type': 'text/plain' }, payload: page })
  const json = await app.inject({ method: 'POST', url: '/v1/articles', payload: { content: page, format: 'text' } })
  const { decoding: fromString, ...fromJson } = json.json()
  const { decoding: fromBytes, ...fromRaw } = raw.json()
  t.same(fromJson, fromRaw)
  // a JSON string has no charset; raw bytes of seed 000 (UTF-8, undeclared) are detected
  t.same(fromString, { charset: null, via: 'string', repaired: [] })
  t.same(fromBytes, { charset: 'utf-8', via: 'detected', repaired: [] })
})
