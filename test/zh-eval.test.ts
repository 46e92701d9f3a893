/**
 * The Chinese evaluation set of our own (test/fixtures/zh-eval, see its README: hand-written imitations of real
 * page kinds, NOT the held-out benchmark of issue #4). The whole pipeline runs on every page, bytes as served, with
 * no charset given, and must:
 *   - keep the mean per-character F1 over the set at the level reached (the metric of `npm run eval`: every Han
 *     character a token; `prf` is imported from the eval script so both measure the same thing), and no page far
 *     below it;
 *   - read each page's charset right (undeclared and wrongly declared pages by detection);
 *   - list every hidden spam block of the set in `removed` with kind `spam`, and leave no spam in the body;
 *   - give each page's title and publication date. The pages the metadata readers still get wrong are `todo`
 *     assertions, each with its diagnosis (they are owned by the HTML front end and the metadata stage); when a
 *     fix lands, tap reports the todo as passing and the entry can go.
 * Then the Chinese boilerplate markers this set brought in, one by one, on the stage alone.
 */
import t from 'tap'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { processPage, type PageResult } from '../src/pipeline.js'
import { stripBoilerplate } from '../src/boilerplate/index.js'
import type { Draft } from '../src/draft.js'
import { prf, tokens } from '../scripts/metric.js'
import { FIXTURES, checkHiddenSpam } from './helpers.js'

const DIR = join(FIXTURES, 'zh-eval')
const DATELINE = /^\p{Script=Han}{2,8}\d{1,2}月\d{1,2}日电$/u

interface Truth {
  url: string
  charset: { bytes: string, note: string }
  hidden_spam: string[]
  ground_truth: {
    title: string, author: string | null, publish_date: string, main_content: string, with: string[], without: string[]
  }
}

const ids = readdirSync(join(DIR, 'html')).filter(f => f.endsWith('.html')).map(f => f.slice(0, -5)).sort()
const truth = (id: string): Truth => JSON.parse(readFileSync(join(DIR, 'ground-truth', `${id}.json`), 'utf8')) as Truth

const results = new Map<string, PageResult>()
for (const id of ids) {
  const gt = truth(id)
  results.set(id, processPage({ content: readFileSync(join(DIR, 'html', `${id}.html`)), format: 'html', url: gt.url }))
}
const body = (id: string): string => results.get(id)!.article.body.map(b => b.text).join('\n\n')

/** Mean per-character F1 reached on the set (0.9892 when this test was written, 0.9943 now), minus a small margin. */
const F1_FLOOR = 0.99
/** No page below this (the lowest, 0.913, is the photo page: the Article keeps captions the truth leaves out). */
const PAGE_FLOOR = 0.9

/**
 * Failures still open on this set, each with its diagnosis: they belong to the HTML front end (src/parse/html) and
 * the metadata stage (src/metadata), not to the stages this set's author may change. Asserted as `todo`.
 */
const KNOWN: Record<string, { title?: string, date?: string, snippets?: Record<string, string> }> = {
  'zh07-photo-captions-utf8': { snippets: { 图为: 'captions stay in the body as caption blocks (the Article contract); the truth leaves them out' } }
}

t.test('the set: 16-24 pages, several charsets, several undeclared, one wrongly declared', async t => {
  t.ok(ids.length >= 16 && ids.length <= 24, `${ids.length} pages`)
  const charsets = new Set(ids.map(id => truth(id).charset.bytes))
  for (const c of ['utf-8', 'gb2312', 'gbk', 'gb18030', 'big5']) t.ok(charsets.has(c), `a page in ${c}`)
  t.ok(ids.filter(id => truth(id).charset.note === 'no declaration').length >= 3, 'several pages declare no charset')
  t.equal(ids.filter(id => truth(id).charset.note.includes('declaration is wrong')).length, 1, 'one page declares the wrong charset')
})

t.test('the metric: every Han character a token, other words whole, also when glued to Han', async t => {
  t.same(tokens('新华社郑州6月8日电 GDP增长5.6%，Beijing'), [
    '新', '华', '社', '郑', '州', '6', '月', '8', '日', '电', 'gdp', '增', '长', '5', '6', 'beijing'
  ])
  t.same(prf('新华社电', '新华社'), { p: 0.75, r: 1, f: 2 * 0.75 / 1.75 })
})

t.test('per-character P/R/F1 over the set', async t => {
  const scores = ids.map(id => ({ id, ...prf(body(id), truth(id).ground_truth.main_content) }))
  const mean = (k: 'p' | 'r' | 'f'): number => scores.reduce((a, s) => a + s[k], 0) / scores.length
  t.ok(mean('f') >= F1_FLOOR, `mean F1 ${mean('f').toFixed(4)} (P ${mean('p').toFixed(4)}, R ${mean('r').toFixed(4)}) >= ${F1_FLOOR}`)
  for (const s of scores) t.ok(s.f >= PAGE_FLOOR, `${s.id}: F1 ${s.f.toFixed(3)} >= ${PAGE_FLOOR}`)
})

t.test('charsets: declared ones are honoured, undeclared and wrong ones are detected', async t => {
  const family: Record<string, string> = { 'utf-8': 'utf-8', gb2312: 'gb18030', gbk: 'gb18030', gb18030: 'gb18030', big5: 'big5hkscs', big5hkscs: 'big5hkscs' }
  for (const id of ids) {
    const gt = truth(id)
    const decoding = results.get(id)!.decoding
    t.equal(decoding?.charset, family[gt.charset.bytes], `${id}: charset`)
    t.equal(decoding?.via, gt.charset.note === 'no declaration' || gt.charset.note.includes('wrong') ? 'detected' : 'meta', `${id}: how`)
    // the text decoded right: the end of the article is in the body, character for character
    const tail = gt.ground_truth.main_content.slice(-12)
    t.ok(body(id).includes(tail), `${id}: decoded text "${tail}"`)
  }
})

t.test('with[] snippets are in the body, without[] snippets are not', async t => {
  for (const id of ids) {
    const gt = truth(id).ground_truth
    const text = body(id)
    const known = KNOWN[id]?.snippets ?? {}
    // news datelines (`新华社郑州6月8日电`) excepted: pagewash moves them to `article.dateline` by design
    for (const s of gt.with.filter(w => !DATELINE.test(w))) t.ok(text.includes(s), `${id}: with "${s}"`, known[s] !== undefined ? { todo: known[s] } : {})
    for (const s of gt.without) t.notOk(text.includes(s), `${id}: without "${s}"`, known[s] !== undefined ? { todo: known[s] } : {})
  }
})

t.test('hidden spam: every hidden block is listed as spam; no spam term is left in the body', async t => {
  checkHiddenSpam(t, ids, id => truth(id).hidden_spam, id => results.get(id)!.article,
    ['必威', '开云', 'bet365', '亚博', '金沙', '皇冠体育', '百家乐', '体育投注', 'kaiyun'], 2)
})

t.test('title, publication date and authors of every page', async t => {
  for (const id of ids) {
    const gt = truth(id).ground_truth
    const { article } = results.get(id)!
    const known = KNOWN[id] ?? {}
    t.equal(article.title, gt.title, `${id}: title`, known.title !== undefined ? { todo: known.title } : {})
    t.equal(article.published?.slice(0, 10) ?? null, gt.publish_date, `${id}: date`, known.date !== undefined ? { todo: known.date } : {})
    // the truth lists authors as `韩冰, 刘洋`; an office or an editor is no author (null)
    t.same([...article.authors].sort(), gt.author === null ? [] : gt.author.split(/\s*[,，、]\s*/).sort(), `${id}: authors`)
  }
})

const PROSE = '会议要求，各地各有关部门要立即进入临战状态，严格落实以行政首长负责制为核心的各项防汛责任制，各级防汛责任人要全部在岗到位，确保安全度汛。'
const draft = (...lines: string[]): Draft => ({ format: 'html', blocks: lines.map(text => ({ type: 'paragraph', text })), removed: [], hints: {} })
const kinds = (d: Draft): Array<[string, string]> => d.removed.map(r => [r.kind, r.text])

t.test('boilerplate: the signature under an official notice (issuing bodies before a date-only line)', async t => {
  let d = stripBoilerplate(draft(PROSE, '市人力资源和社会保障局', '2024年3月27日'))
  t.same(d.blocks.map(b => b.text), [PROSE, '2024年3月27日'], 'the date line is left to the metadata stage')
  t.same(kinds(d), [['metadata', '市人力资源和社会保障局']])
  t.match(d.removed[0].reason, /signature/)
  d = stripBoilerplate(draft(PROSE, '市财政局 市人力资源和社会保障局', '中共某某县委办公室', '二〇二四年三月二十七日'))
  t.same(kinds(d), [[
    'metadata', '市财政局 市人力资源和社会保障局'
  ], ['metadata', '中共某某县委办公室']], 'joint signatures, a Chinese-numeral date')
  t.same(kinds(stripBoilerplate(draft(PROSE, '省卫生健康委员会'))), [], 'no date line after it: not a signature')
  t.same(kinds(stripBoilerplate(draft('市人力资源和社会保障局', '2024年3月27日', PROSE))), [], 'before the last paragraph: not a signature')
  t.same(kinds(stripBoilerplate(draft(PROSE, '会议由市教育局主持。', '2024年3月27日'))), [], 'a sentence is not an issuing body')
  t.same(kinds(stripBoilerplate(draft(PROSE, '张三李四', '2024年3月27日'))), [], 'a name is not an issuing body')
})

t.test('boilerplate: Chinese page furniture found on this set', async t => {
  const d = stripBoilerplate(draft(
    '视频加载中...', '发布人：省文化和旅游厅副厅长 郑海鸥　省商务厅二级巡视员 贺立新', PROSE, '广告', PROSE,
    '附件：2024年高校毕业生就业创业政策清单', '（此件公开发布）', '《 人民日报 》（ 2024年05月21日 第 14 版）',
    '點閱次數：1523', '新聞聯絡人：社會局老人福利科 陳科長 電話：(00)2720-8889分機1234', '您的浏览器不支持视频播放',
    '声明：本网转载的稿件，均尽力注明来源及作者；本网原创稿件，版权归晚报社所有，转载请注明出处。'
  ))
  t.same(d.blocks.map(b => b.text), [PROSE, PROSE])
  t.same(d.removed.map(r => r.kind), [
    'media', 'metadata', 'boilerplate', 'media', 'boilerplate', 'metadata', 'boilerplate', 'boilerplate', 'media',
    'boilerplate'
  ])
  // the same words inside running text stay
  const kept = [
    '会议强调，广告宣传要依法依规，附件：材料清单一并印发，请遵照执行，确保各项工作落到实处，切实维护群众利益。', '视频加载中断的原因正在排查。', '声明：公司股票自即日起停牌，预计停牌时间不超过五个交易日。'
  ]
  t.same(stripBoilerplate(draft(PROSE, ...kept)).blocks.map(b => b.text), [PROSE, ...kept])
})
