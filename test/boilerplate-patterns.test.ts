/**
 * The boilerplate stage's pattern gate (src/boilerplate/patterns.ts): which patterns are anchored, and that the
 * union of the anchored ones matches exactly when one of them does, on every line pattern of data/boilerplate.json
 * and on lines that each pattern matches.
 */
import t from 'tap'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  anchoredUnion, endGate, gated, hasAtMostKeyUnits, isAnchored, leadGate, matchesGated, topLevelBranches
} from '../src/boilerplate/patterns.js'
import { gluedEndMarker } from '../src/boilerplate/index.js'
import { loadData } from '../src/data.js'
import { randomInts } from './random.js'

interface Patterned { pattern: string }
const DATA = loadData<Record<string, Patterned[]>>('boilerplate.json')

t.test('top-level branches ignore bars inside groups, classes and escapes', async t => {
  t.same(topLevelBranches('^a|b'), ['^a', 'b'])
  t.same(topLevelBranches('^(?:a|b)$'), ['^(?:a|b)$'])
  t.same(topLevelBranches('^[|｜]x|^y'), ['^[|｜]x', '^y'])
  t.same(topLevelBranches('^a\\|b'), ['^a\\|b'])
  t.same(topLevelBranches('^[\\]|]a|c'), ['^[\\]|]a', 'c'])
})

t.test('a pattern is anchored when every branch opens with ^', async t => {
  t.equal(isAnchored(/^(?:END|完)$/iu), true)
  t.equal(isAnchored(/^a$|^b$/u), true)
  t.equal(isAnchored(/^a|b/u), false)
  t.equal(isAnchored(/All rights reserved/iu), false)
  t.equal(isAnchored(/^a/m), false, 'a multiline ^ matches after every line break')
})

t.test('the union matches exactly when an anchored pattern does', async t => {
  const patterns = [/^not$/iu, /^(?:图片|Image)$/iu, /All rights reserved/iu, /^[\w.]{1,20}\.jpe?g$/iu].map(gated)
  const union = anchoredUnion(patterns)
  for (const text of ['not', 'NOT', 'image', '图片', 'photo.JPG', 'All rights reserved', 'nothing', 'x']) {
    const some = patterns.some(p => p.anchored && p.re.test(text))
    t.equal(union.test(text), some, text)
  }
  t.equal(anchoredUnion([gated(/x/u)]).test('x'), false, 'no anchored pattern: the union matches nothing')
  t.throws(() => anchoredUnion([gated(/^a/u), gated(/^b/iu)]), /different flags/)
})

t.test('on the data file: each anchored pattern\'s own matches pass the union, others fail it', async t => {
  const lists = ['debris', 'endMarkers', 'media', 'lines'].map(k => DATA[k].map(d => gated(new RegExp(d.pattern, 'iu'))))
  const all = lists.flat()
  const union = anchoredUnion(all)
  const lines = [
    'not', 'null', '- END -', '（完）', '###', 'photo_2024.jpg', '图片', '加载中...', '© 2024 Example News',
    'Copyright Example', '分享到：微信', '字号：大 中 小', '【打印】【关闭】', '浏览次数：123', '扫一扫', '上一篇：标题',
    'Advertisement', '附件1：名单', 'Story continues below advertisement', '没有相关新闻', '更多 >>', 'x',
    'The council approved the budget on Tuesday.', '市政府召开数字政府建设推进会。', '相关阅读', 'Home | News | World'
  ]
  let matched = 0
  for (const text of lines) {
    const some = all.some(p => p.anchored && p.re.test(text))
    if (some) matched++
    t.equal(union.test(text), some, text)
  }
  t.ok(matched >= 15, `the sample reaches the patterns (${matched} lines match one)`)
  t.ok(all.filter(p => p.anchored).length >= all.length - 3, 'nearly every line pattern is anchored (the gate pays)')
})

t.test('hasAtMostKeyUnits never refuses a line whose lookup key is that short', async t => {
  // The stage's key: lower-cased, white space collapsed, trailing colons cut, trimmed.
  const key = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').replace(/(?<![:：\s])[:：\s]+$/u, '').trim()
  const lines = ['Home', '  Home  ', 'Related news:', '相关阅读：', 'İİİİ', 'a b c d e', 'a\u3000b\u00a0c', 'x:y:z:::',
    'Share this article on Facebook', '猜你喜欢', '\t\n  ：：', '𝐀𝐁𝐂𝐃', 'ab'.repeat(30), 'A : B : C : D']
  for (const line of lines) {
    for (let max = 0; max <= 12; max++) {
      if (key(line).length <= max) t.ok(hasAtMostKeyUnits(line, max), `${JSON.stringify(line)} at ${max}`)
    }
  }
  t.notOk(hasAtMostKeyUnits('Share this article', 5), 'more kept characters than the limit')
  t.ok(hasAtMostKeyUnits('a : b : c', 3), 'white space and colons are not counted')
  const keys = ['navigation', 'breadcrumbLeaves', 'tailHeaders'].flatMap(f => (DATA[f] as unknown as Array<{ text: string }>))
  t.notOk(keys.some(k => key(k.text) === ''), 'no looked-up key is empty (the empty key stands for "too long")')
})

t.test('the end gate answers as its pattern does, on every glued end marker of the data file', async t => {
  const patterns = DATA.gluedEndMarkers.map(e =>
    new RegExp(`(?<=[.!?。！？"”’)）\\s])\\s*(${e.pattern.replace(/\$$/, '')})\\s*$`, 'iu'))
  patterns.push(/(?<=\.)\s*(?:\((?:a|bc)+\)|x)\s*$/iu, /[a-c]{2,}\s*(?=\s|$)\s*$/u)
  // pieces that build markers, near-misses and noise: brackets, spaces, the words, sentence ends
  const pieces = ['(', ')', '（', '）', '[', ']', '【', '】', ' ', '\u3000', '\n', 'over', 'OVER', 'end', 'ov', '完', '全文完',
    '本文完', '.', '。', '!', '”', '’', 'a', 'bc', 'x', '中', 'word ']
  const next = randomInts(7)
  let matched = 0
  for (const re of patterns) {
    const gate = endGate(re.source, re.flags)
    if (gate === null) { t.fail(`${re.source} is not gated`); continue }
    for (let k = 0; k < 40_000; k++) {
      let text = ''
      for (let n = next(9); n >= 0; n--) text += pieces[next(pieces.length)]
      const exists = re.test(text)
      if (exists) matched++
      if (gate(text) !== exists) t.fail(`${re.source} on ${JSON.stringify(text)}`)
    }
  }
  t.ok(matched > 1000, `the generated texts reach the patterns (${matched} matches)`)
  t.equal(gluedEndMarker('The plan was approved in the country. (over)')?.[1], '(over)')
  t.equal(gluedEndMarker('会议在北京举行。（完）  ')?.[1], '（完）')
  t.equal(gluedEndMarker('The plan was approved (over) in the country.'), null)
})

t.test('the end gate leaves alone what it cannot read backward', async t => {
  t.equal(endGate('a|b$', 'u'), null, 'one branch anchored')
  t.equal(endGate('(a)\\1$', 'u'), null, 'a back-reference')
  t.equal(endGate('a$', 'mu'), null, 'multiline')
  t.equal(endGate('a\\$', 'u'), null, 'a literal dollar')
  t.equal(endGate('a', 'u'), null, 'not anchored at the end')
  t.equal(endGate('(?:a|b)$', 'u')?.('xxb'), true)
})

t.test('a look-ahead gate is what the look-ahead reads, and nothing else is gated', async t => {
  t.equal(leadGate(/^(?=.{0,80}(?:Facebook|微博)\s*专页).{0,40}$/iu)?.source, '(?:Facebook|微博)\\s*专页')
  t.equal(leadGate(/^(?=.{0,80}(?:Facebook|微博)\s*专页).{0,40}$/iu)?.flags, 'iu')
  t.equal(leadGate(/^(?=.{0,9}[)(]a(?:b)).$/u)?.source, '[)(]a(?:b)', 'parentheses in a class or a group')
  t.equal(leadGate(/^(?=.{0,9}\)a).$/u)?.source, '\\)a', 'an escaped parenthesis')
  t.equal(leadGate(/^(?=.*a)b/u), undefined, 'an unbounded run')
  t.equal(leadGate(/^(?=.{0,9}a)b|^c/u), undefined, 'two branches')
  t.equal(leadGate(/^(?=.{0,9}(a)\1)b/u), undefined, 'a back-reference')
  t.equal(leadGate(/^a(?=.{0,9}b)/u), undefined, 'not at the start')
  t.equal(leadGate(/^(?=.{0,9}a)b/mu), undefined, 'multiline')
  const gatedOnes = Object.values(DATA).flat().filter(d => typeof d.pattern === 'string')
    .filter(d => leadGate(new RegExp(d.pattern, 'iu')) !== undefined)
  t.ok(gatedOnes.length >= 1, `the data file's social-media prompt is gated (${gatedOnes.length})`)
})

t.test('gated patterns answer as their pattern, and the union with them left out gates the rest, on real lines', async t => {
  const lists = ['debris', 'endMarkers', 'media', 'lines'].map(k => DATA[k].map(d => gated(new RegExp(d.pattern, 'iu'))))
  const all = lists.flat()
  const union = anchoredUnion(all)
  // the seeds and the Chinese test pages line by line, and the lines each gated pattern was written for
  const fixtures = join(import.meta.dirname, 'fixtures')
  const files = [
    ...readdirSync(join(fixtures, 'seeds')).filter(f => f.endsWith('.txt')).map(f => join(fixtures, 'seeds', f)),
    ...readdirSync(join(fixtures, 'zh-news', 'html')).slice(0, 10).map(f => join(fixtures, 'zh-news', 'html', f))
  ]
  const lines = [
    ...files.flatMap(f => readFileSync(f, 'utf8').split('\n')).map(l => l.replace(/<[^>]*>/g, '').trim()),
    '香港新浪新聞現已開設Facebook專頁，快點到Facebook Like我們的專頁！', '歡迎關注微信公眾號，我們的公眾號每日更新',
    'Facebook 专页 本网的微博', '市民可通过“市教育局”微信公众号查询'
  ].filter(l => l !== '')
  let differ = 0
  let prompts = 0
  for (const text of lines) {
    for (const p of all) {
      const plain = p.re.test(text)
      if (matchesGated(p, text) !== plain) differ++
      if (plain && p.gate !== undefined) prompts++
    }
    const some = all.some(p => p.anchored && p.gate === undefined && p.re.test(text))
    if (union.test(text) !== some) differ++
  }
  t.equal(differ, 0, `${lines.length} lines, ${all.length} patterns`)
  t.ok(prompts >= 2, `the gated pattern's own lines pass its gate (${prompts})`)
})
