/**
 * The body-structure stage alone: captions and credits, headings, duplicates, HTML evidence.
 */
import t from 'tap'
import { structureBody } from '../src/structure/index.js'
import { isHeadingText } from '../src/text/headings.js'
import { splitCredit, looksLikeCaption } from '../src/text/captions.js'
import type { Candidate, Draft } from '../src/draft.js'
import { LINEAR_4X, growth4x } from './helpers.js'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const LONG = 'Data resources, application support, and security guarantee are important support for the digital government system, the report said on Friday.'
const LONG_ZH = '会议强调，要坚持系统观念，统筹推进数字政府建设各项工作，全面提升政务服务效能和治理能力，确保各项任务按时完成。'
const draft = (...blocks: Array<string | Candidate>): Draft => ({ format: 'text', blocks: blocks.map(b => typeof b === 'string' ? { type: 'paragraph', text: b } : b), removed: [], hints: {} })
const typed = (d: Draft): Array<[string, string]> => d.blocks.map(b => [b.type, b.text])

t.test('photo credits come off captions', async t => {
  const cases: Array<[string, string, string]> = [
    [
      'Xie Chuntao delivered a speech.Photo by Sun Tingting', 'Xie Chuntao delivered a speech.',
      'Photo by Sun Tingting'
    ],
    [
      'A visitor at the expo in Beijing, April 27, 2023. (Xinhua/Li Xin)',
      'A visitor at the expo in Beijing, April 27, 2023.', '(Xinhua/Li Xin)'
    ],
    ['Workers repair a road in Fuzhou. (Photo/Xinhua)', 'Workers repair a road in Fuzhou.', '(Photo/Xinhua)'],
    ['Volunteers help residents. (Photo by Zhang San)', 'Volunteers help residents.', '(Photo by Zhang San)'],
    ['市民在展会上体验虚拟现实设备。（摄影 王五）', '市民在展会上体验虚拟现实设备。', '（摄影 王五）'],
    ['市民在展会上体验虚拟现实设备。（李四 摄）', '市民在展会上体验虚拟现实设备。', '（李四 摄）'],
    ['4月27日，市民在展会上体验虚拟现实设备。新华社记者 李鑫 摄', '4月27日，市民在展会上体验虚拟现实设备。', '新华社记者 李鑫 摄']
  ]
  for (const [text, rest, credit] of cases) {
    t.same(splitCredit(text), { text: rest, credit }, text)
    const d = structureBody(draft(text, LONG))
    t.same(typed(d)[0], ['caption', rest], text)
    const reason = 'photo credit taken off a caption'
    t.same(d.removed, [{ kind: 'media', rule: 'photo-credit', text: credit, reason }], text)
  }
  t.equal(splitCredit('他在现场拍摄了大量照片。'), null, 'a sentence ending in 拍摄 has no credit')
  t.equal(splitCredit('The photo by the river was taken at dawn, he said.'), null)
  // a bracketed credit ends the caption: the closing bracket is the text's last character, or there is none
  t.equal(splitCredit('Workers repair a road. (Photo/Xinhua) Traffic resumed.'), null)
  t.equal(splitCredit('Workers repair a road. (Photo/Xinhua).'), null)
  t.equal(splitCredit('市民体验设备。（李四 摄）。'), null)
  t.same(splitCredit('Workers repair a road.（Photo/Xinhua）'), { text: 'Workers repair a road.', credit: '（Photo/Xinhua）' })
})

t.test('caption openers and credit-only lines', async t => {
  const d = structureBody(draft('图为市民在展会上体验虚拟现实设备。', 'Photo: Residents line up to vote in Fuzhou.', 'Photo by Sun Tingting', LONG))
  t.same(typed(d), [[
    'caption', '图为市民在展会上体验虚拟现实设备。'
  ], ['caption', 'Photo: Residents line up to vote in Fuzhou.'], ['paragraph', LONG]])
  t.same(d.removed.map(r => [r.kind, r.text]), [['media', 'Photo by Sun Tingting']])
  t.ok(looksLikeCaption('图为会议现场'))
  t.notOk(looksLikeCaption('How to take the next step?'))
})

t.test('headings: short lines without sentence punctuation before a longer paragraph', async t => {
  const d = structureBody(draft(LONG, 'The highlights of the practice in various places are', LONG, 'How to take the next step?', LONG, 'Listen to how the experts support!', LONG, '一、总体要求', LONG_ZH, '（二）重点任务', LONG_ZH, '数字政府建设成效显著', LONG_ZH))
  t.same(d.blocks.map(b => b.type), [
    'paragraph', 'heading', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph',
    'heading', 'paragraph', 'heading', 'paragraph'
  ])
  // Not headings: sentences, lines followed by nothing or by a short line, lowercase starts, two sentences.
  const not = structureBody(draft(LONG, 'Provide strong technical support.', LONG, 'and then the meeting ended', LONG, 'It rained. Then it stopped', LONG, 'A short line', 'Another short line.', LONG, 'The last short line'))
  t.ok(not.blocks.every(b => b.type === 'paragraph'))
  t.notOk(isHeadingText('Short', undefined))
  t.notOk(isHeadingText('Short heading here', { type: 'caption', text: LONG }))
})

t.test('duplicates: doubled lines and repeated blocks become one', async t => {
  // the shortest doubled line is two halves of two characters; one character twice is a line of its own
  const short = structureBody(draft('ab ab', 'x x', 'ab  ab', LONG))
  t.same(short.blocks.map(b => b.text), ['ab', 'x x', 'ab', LONG])
  const d = structureBody(draft('秋风起,紫菜香 秋风起,紫菜香', LONG_ZH, '环湾生态公园内粉黛乱子草盛放', '环湾生态公园内粉黛乱子草盛放', LONG, 'Xie Chuntao delivered a speech.Photo by Sun Tingting', 'Xie Chuntao delivered a speech.', LONG))
  t.same(typed(d), [
    ['paragraph', '秋风起,紫菜香'],
    ['paragraph', LONG_ZH],
    ['heading', '环湾生态公园内粉黛乱子草盛放'],
    ['paragraph', LONG],
    ['caption', 'Xie Chuntao delivered a speech.'],
    ['paragraph', LONG]
  ])
  t.same(d.removed.map(r => [r.kind, r.text]), [
    ['boilerplate', '秋风起,紫菜香'],
    ['boilerplate', '环湾生态公园内粉黛乱子草盛放'],
    ['media', 'Photo by Sun Tingting'],
    ['boilerplate', 'Xie Chuntao delivered a speech.']
  ])
  t.match(d.removed[3].reason, /repeats the caption/)
})

t.test('HTML evidence decides where present', async t => {
  const d = structureBody(draft(
    { type: 'paragraph', text: 'A short line', evidence: { tag: 'h2' } },
    { type: 'paragraph', text: 'Residents vote in Fuzhou', evidence: { tag: 'figcaption' } },
    { type: 'paragraph', text: 'To be or not to be', evidence: { tag: 'blockquote' } },
    { type: 'paragraph', text: 'A short paragraph line', evidence: { tag: 'p' } },
    { type: 'paragraph', text: LONG, evidence: { tag: 'p' } }
  ))
  t.same(d.blocks.map(b => b.type), ['heading', 'caption', 'quote', 'paragraph', 'paragraph'])
})

t.test('the text stages stay linear on long hostile lines', async t => {
  const { parseText } = await import('../src/parse/text.js')
  const { stripSpam } = await import('../src/spam/index.js')
  const { stripBoilerplate } = await import('../src/boilerplate/index.js')
  const { readMetadata } = await import('../src/metadata/index.js')
  const stages = (text: string): void => {
    structureBody(readMetadata(stripBoilerplate(stripSpam(parseText(text)))).draft)
  }
  const gens: Record<string, (n: number) => string> = {
    letters: n => 'x'.repeat(n) + '.',
    dots: n => 'a.'.repeat(n) + 'com',
    labels: n => 'Source:'.repeat(n),
    dates: n => '2022-'.repeat(n),
    parens: n => '('.repeat(n) + 'Photo by x',
    ellipses: n => 'x...'.repeat(n),
    han: n => '中'.repeat(n) + '（记者 ' + '张'.repeat(n)
  }
  for (const [name, g] of Object.entries(gens)) {
    const ratio = growth4x(g, stages, 40000, { tries: 5, warmup: 2000 })
    t.ok(ratio < LINEAR_4X, `${name}: ratio ${ratio.toFixed(2)}`)
  }
})

t.test('a summary box\'s copy of the text, cut short, goes; a paragraph that ends in an ellipsis of its own stays', async t => {
  // zh-gov g93 (session 37's unseen round): DedeCMS's `div.intro` 摘要 over the article, its first paragraph cut short
  const lead = '本网讯（通讯员　汪洋　胡晓丽）5月19日上午，随着压路机的轰鸣声，我市2010年国省干线公路大中修工程在G318线桐川至' +
    '石门段正式开工。这标志着今年全市总投资1.36亿元、总里程86.4公里的国省干线公路大中修工程全面铺开。'
  const summary = '5月19日上午，随着压路机的轰鸣声，我市2010年国省干线公路大中修工程在G318线桐川至石门段正式开工。这标...'
  const out = structureBody(draft(summary, { type: 'caption', text: '图为施工现场' }, lead, LONG_ZH))
  t.same(out.blocks.map(b => b.text), ['图为施工现场', lead, LONG_ZH])
  t.same(out.removed.map(r => [r.rule, r.text]), [['summary-copy', summary]])
  const excerpt = 'Data resources, application support, and security guarantee are important support for the digital…'
  t.equal(structureBody(draft(excerpt, LONG)).blocks.length, 1, 'an English excerpt too')
  // an ellipsis that trails off in the text itself, and a short cut-off line that merely begins the next
  const trailing = 'He paused, looked at the crowd, and said he would think about it...'
  t.equal(structureBody(draft(trailing, LONG, LONG_ZH)).blocks.length, 3)
  t.equal(structureBody(draft('会议强调...', LONG_ZH)).blocks.length, 2)
  t.equal(structureBody(draft(excerpt, LONG_ZH, 'x', 'y', LONG)).blocks.length, 5, 'too far from the text it copies')
})

t.test('the credit patterns\' gates answer as the patterns, on real lines with credits added', async t => {
  const fixtures = join(import.meta.dirname, 'fixtures')
  const files = [
    ...readdirSync(join(fixtures, 'seeds')).filter(f => f.endsWith('.txt')).map(f => join(fixtures, 'seeds', f)),
    ...readdirSync(join(fixtures, 'zh-news', 'html')).slice(0, 10).map(f => join(fixtures, 'zh-news', 'html', f))
  ]
  const lines = files.flatMap(f => readFileSync(f, 'utf8').split('\n')).map(l => l.trim()).filter(l => l !== '')
  const credits = ['', ' Photo by Li Xin', ' Photo by Li Xin.', ' Photo by Li Xin ', ' (Photo/Xinhua)', '（新华社记者 李鑫 摄）',
    '。新华社记者 李鑫 摄', ' Pictures courtesy of  the city?', ' IMAGE  BY  A.B', ' Photographed by X!']
  let differ = 0
  let found = 0
  for (const line of lines) {
    for (const credit of credits) {
      const text = line + credit
      const gated = splitCredit(text)
      if (JSON.stringify(gated) !== JSON.stringify(splitCredit(text, false))) differ++
      if (gated !== null) found++
    }
  }
  t.equal(differ, 0, `${lines.length * credits.length} texts`)
  t.ok(found > lines.length, `credits found (${found})`)
})
