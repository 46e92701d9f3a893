/**
 * The five seed pages, end to end through the pipeline: every metadata field, the exact body (types and texts) and
 * the exact list of removals. Body texts that the page keeps unchanged are taken from the page's own lines (by
 * index, after white-space normalization); every text that pagewash changes is written out here.
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'
import { splitLines } from '../src/text/normalize.js'
import type { Article, Block } from '../src/types.js'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { SEEDS_DIR, SHARED_SEEDS_DIR, seed, testApp } from './helpers.js'

function run (id: string): { a: Article, L: string[] } {
  const page = seed(id)
  return { a: processPage({ content: page, format: 'text' }).article, L: splitLines(page) }
}
const P = (text: string): Block => ({ type: 'paragraph', text })
const H = (text: string): Block => ({ type: 'heading', text })
const C = (text: string): Block => ({ type: 'caption', text })
const pairs = (a: Article): Array<[string, string]> => a.removed.map(r => [r.kind, r.text])

t.test('000: English MT page with Author/Time line, source/review/editor lines, not debris, - END -, teasers', async t => {
  const { a, L } = run('000')
  t.equal(a.title, 'The 5th Digital China Construction Summit Electronic Government Affairs (Digital Anti -Epidemic) Forum was held in Fuzhou')
  t.equal(a.published, '2022-07-25')
  t.same(a.authors, ['Internet information Tianjin'])
  t.equal(a.source, 'Internet Information China')
  t.equal(a.originalTitle, null)
  t.equal(a.dateline, null)
  t.same(a.editors, [
    { role: 'reviewer', name: 'Wang Shaoyun' },
    { role: 'editor', name: 'Wang An' },
    { role: 'material arrangement', name: 'Wang An' },
    { role: 'material arrangement', name: 'Xu Xiaowei' }
  ])
  t.same(a.body, L.slice(2, 9).map(P))
  t.same(pairs(a), [
    ['end-marker', '- END -'],
    ...L.slice(16, 20).map(text => ['related', text]),
    ['boilerplate', 'not'],
    ['boilerplate', 'not'],
    ['metadata', 'Author:Internet information Tianjin Time:2022.07.25'],
    ['metadata', 'Source: Internet Information China'],
    ['metadata', 'Review: Wang Shaoyun'],
    ['metadata', 'Editor: Wang An'],
    ['metadata', 'Material arrangement: Wang An, Xu Xiaowei'],
    ['metadata', L[0]]
  ])
  for (const r of a.removed) t.ok(r.reason.length > 5, `a reason for ${r.text}`)
})

t.test('001: no title, date glued to a caption, dateline with reporter, captions with credits, (over)', async t => {
  const { a, L } = run('001')
  t.equal(a.title, null, 'a date line glued to a photo caption is not a title')
  t.equal(a.published, '2023-04-09')
  t.same(a.authors, ['Sun Tingting'], 'the dateline reporter; the photographer credits add nobody')
  t.equal(a.source, 'China News Service', 'the dateline\'s agency: no line labels a source')
  t.equal(a.originalTitle, null)
  t.same(a.dateline, { agency: 'China News Service', place: 'Jinan', date: '2023-04-08' })
  t.same(a.editors, [])
  t.ok(L[1].startsWith('China News Service, Jinan, April 8 (Sun Tingting) '))
  t.ok(L[11].endsWith(' (over)'))
  t.same(a.body, [
    C('Li Junhua, Deputy Secretary-General of the United Nations, delivered a video speech.'),
    P(L[1].slice('China News Service, Jinan, April 8 (Sun Tingting) '.length)),
    P(L[2]),
    C('Xie Chuntao, vice president of the Central Party School (National School of Administration) in charge of daily work, delivered a speech.'),
    P(L[4]),
    C('Lin Wu, secretary of the Shandong Provincial Party Committee and director of the Standing Committee of the Provincial People’s Congress, delivered a speech at the opening ceremony.'),
    P(L[6]),
    C('Cao Shumin, deputy director of the Office of the Central Network Security and Informatization Commission and deputy director of the State Internet Information Office, delivered a speech.'),
    P(L[8]),
    P(L[9]),
    P(L[10]),
    P(L[11].slice(0, -' (over)'.length))
  ])
  t.same(pairs(a), [
    ['end-marker', '(over)'],
    ['metadata', 'date 2023-04-09'],
    ['metadata', 'China News Service, Jinan, April 8 (Sun Tingting)'],
    ['media', 'Photo by Sun Tingting'],
    ['media', 'Photo by Sun Tingting'],
    ['media', 'Photo by Sun Tingting'],
    ['media', 'Photo by Sun Tingting']
  ])
})

t.test('002: hacked Chinese page: every 必威体育 injection removed, breadcrumbs, info lines, tail sections', async t => {
  const { a, L } = run('002')
  t.equal(a.title, '报告:中国不断加强数字政府建设 数字防疫展示潜能')
  t.equal(a.published, '2021-11-26T16:24:00+08:00')
  t.same(a.authors, ['蔡敏婕'])
  t.equal(a.source, '中国新闻网')
  t.equal(a.originalTitle, '报告:中国不断加强数字政府建设 数字防疫展示潜能')
  t.same(a.dateline, { agency: '中新网', place: '广州', date: '2021-11-26' })
  t.same(a.editors, [{ role: 'editor in charge', name: '郑莉莉' }])
  t.ok(L[5].startsWith('中新网广州11月26日电 '))
  t.ok(L[11].endsWith('(记者 蔡敏婕)'))
  t.same(a.body, [
    P(L[5].slice('中新网广州11月26日电 '.length)),
    ...L.slice(6, 11).map(P),
    P(L[11].slice(0, -'(记者 蔡敏婕)'.length))
  ])
  const text = JSON.stringify([a.title, a.body])
  t.notMatch(text, /必威/, 'no trace of the brand in title or body')
  // Every occurrence of the brand in the page is listed as spam, with the colons it carries.
  const occurrences = seed('002').match(/必威体育[:：]*/g) ?? []
  const spam = a.removed.filter(r => r.kind === 'spam')
  t.equal(spam.length, occurrences.length)
  t.same(spam.map(r => r.text).sort(), occurrences.sort())
  t.same(pairs(a).filter(([k]) => k !== 'spam' && k !== 'related'), [
    ['navigation', '注册'],
    ['navigation', '网 > 新闻中心 > 国内新闻 > 正文'],
    ['metadata', '来源:中国新闻网 2021-11-26 16:24 /'],
    ['metadata', '原标题:报告:中国不断加强数字政府建设 数字防疫展示潜能'],
    ['metadata', '责任编辑:郑莉莉'],
    ['metadata', '报告:中国不断加强数字政府建设 数字防疫展示潜能'],
    ['metadata', '中新网广州11月26日电'],
    ['metadata', '(记者 蔡敏婕)']
  ])
  const related = a.removed.filter(r => r.kind === 'related')
  t.equal(related[0].text, '相关阅读:')
  t.equal(related.length, L.length - 14, 'everything from 相关阅读 on is related')
  t.equal(related.at(-1)?.text.startsWith('武平:昂首阔步'), true)
})

t.test('003: Xinhua dateline with three reporters, subheadings, [Editor in charge], - END -', async t => {
  const { a, L } = run('003')
  t.equal(a.title, 'The blueprint has been painted and the digital government is prepared to do so!')
  t.equal(a.published, '2022-06-24')
  t.same(a.authors, ['Shi Wei', 'Hao Jing', 'Sun Guangjian'])
  t.equal(a.source, 'Xinhua News Agency', 'an agency in the Author: field is the source')
  t.equal(a.originalTitle, null)
  t.same(a.dateline, { agency: 'Xinhua News Agency', place: 'Beijing', date: '2022-06-24' })
  t.same(a.editors, [{ role: 'editor in charge', name: 'Wang Mengmeng' }])
  const dl = 'Xinhua News Agency, Beijing, June 24 (Shi Wei, Hao Jing, Sun Guangjian) '
  t.ok(L[2].startsWith(dl))
  t.same(a.body, [
    P(L[2].slice(dl.length)),
    H('The highlights of the practice in various places are'),
    ...L.slice(4, 9).map(P),
    H('How to take the next step?'),
    ...L.slice(10, 14).map(P),
    H('Listen to how the experts support!'),
    ...L.slice(15, 20).map(P)
  ])
  t.same(pairs(a), [
    ['end-marker', '- END -'],
    ...L.slice(22, 26).map(text => ['related', text]),
    ['metadata', 'Author:Xinhua News Agency Time:2022.06.24'],
    ['metadata', '[Editor in charge: Wang Mengmeng]'],
    ['metadata', L[0]],
    ['metadata', dl.trim()]
  ])
})

t.test('004: 搜索 label, current position breadcrumb, source/time line, image file name', async t => {
  const { a, L } = run('004')
  t.equal(a.title, 'Data Sharing Enabling Digital Government High Quality Development Forum Successfully Held')
  t.equal(a.published, '2022-11-17')
  t.same(a.authors, [])
  t.equal(a.source, 'Hebei.com.cn·Hebei Cloud Client')
  t.equal(a.originalTitle, null)
  t.equal(a.dateline, null)
  t.same(a.editors, [])
  t.same(a.body, L.slice(5).map(P))
  t.same(pairs(a), [
    ['navigation', '搜索'],
    ['navigation', 'current position: Home News Center News'],
    ['media', '1668686896850.jpg'],
    ['metadata', 'source:Hebei.com.cn·Hebei Cloud Client time:2022-11-17'],
    ['metadata', L[2]]
  ])
})

t.test('the seeds over HTTP give the same Article as the pipeline', async t => {
  const app = await testApp()
  t.teardown(() => app.close())
  for (const id of ['001', '002', '004']) {
    const res = await app.inject({ method: 'POST', url: '/v1/articles', headers: { 'content-type': 'text/plain; charset=utf-8' }, payload: seed(id) })
    t.equal(res.statusCode, 200)
    const a = res.json<Article>()
    const direct = run(id).a
    t.same({ title: a.title, published: a.published, body: a.body, removed: a.removed }, { title: direct.title, published: direct.published, body: direct.body, removed: direct.removed }, `seed ${id}`)
  }
})

t.test('the seed copies in test/fixtures/seeds are the shared seeds, byte for byte', { skip: existsSync(SHARED_SEEDS_DIR) ? false : 'no ../shared/seeds beside the repository' }, async t => {
  const shared = readdirSync(SHARED_SEEDS_DIR).filter(f => f.endsWith('.txt')).sort()
  t.same(readdirSync(SEEDS_DIR).filter(f => f.endsWith('.txt')).sort(), shared)
  for (const f of shared) t.ok(readFileSync(join(SEEDS_DIR, f)).equals(readFileSync(join(SHARED_SEEDS_DIR, f))), f)
})
