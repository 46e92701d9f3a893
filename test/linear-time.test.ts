/**
 * Every hostile shape runs in time linear in its size, through the whole pipeline (`processPage`): deep nesting,
 * unclosed tags, misnested inline tags, a huge attribute list, one long line, long runs of one character (a letter, a
 * Han character, a punctuation mark) or one word, thousands of tiny blocks or of related-content labels, a forum
 * thread, a list of member links, profile boxes, photos and their captions, a listing table. Each shape is measured
 * at n and 8n (best of five runs, inputs built before the clock starts, garbage-collection pauses left out: see
 * `growth8x`); the test fails when the time grows more than `LINEAR_8X` (linear work gives about 8, quadratic 64).
 * Sizes are kept moderate (8n is 60-500 KB) so the suite stays fast; `npm run bench hostile` has the seconds per MiB.
 */
import t from 'tap'
import { isTag } from 'domhandler'
import { processPage } from '../src/pipeline.js'
import { bodyOf, parseTree } from '../src/parse/html/tree.js'
import spacingHyphen from '../src/flags/rules/spacing-hyphen.js'
import type { SegmentRule } from '../src/flags/rule.js'
import { segmentLanguage } from '../src/flags/index.js'
import { numbered, randomBytes } from './generated.js'
import { LINEAR_8X, growth8x } from './helpers.js'

const S = 'The council approved the budget on Tuesday, after a long debate. '
const html = (content: string): void => { processPage({ content: Buffer.from(content), format: 'html' }) }
const text = (content: string): void => { processPage({ content: Buffer.from(content), format: 'text' }) }
const tree = (content: string): void => { parseTree(content) }
const hyphens = (content: string): void => {
  (spacingHyphen as SegmentRule).check({ text: content, lang: segmentLanguage(content), pointer: '/x' }, { glossary: [] })
}
/** A string of one character a byte (`\x00`-`\xff`), posted as those bytes: pages that are no UTF-8. */
const bytes = (content: string): void => { processPage({ content: Buffer.from(content, 'latin1'), format: 'html' }) }

interface Shape { name: string, make: (n: number) => string, run: (s: string) => void, n: number }

const SHAPES: Shape[] = [
  { name: 'deep nesting (closed)', make: n => '<html><body>' + '<div>'.repeat(n) + S + '</div>'.repeat(n), run: html, n: 4000 },
  { name: 'deep nesting (never closed)', make: n => '<html><body>' + '<div>'.repeat(n) + S, run: html, n: 6000 },
  { name: 'unclosed <p><b><i> repeated', make: n => '<html><body>' + `<p><b><i>${S}`.repeat(n), run: html, n: 150 },
  { name: 'end tags that match nothing', make: n => '<html><body><div>' + '<span>'.repeat(n) + S + '</p></li>'.repeat(n), run: html, n: 4000 },
  { name: 'one element with many attributes', make: n => '<html><body><div ' + Array.from({ length: n }, (_, i) => `a${i}="x"`).join(' ') + `>${S}</div>`, run: html, n: 1500 },
  { name: 'one long line (HTML)', make: n => '<html><body><p>' + S.repeat(n) + '</p>', run: html, n: 400 },
  { name: 'one long line (text)', make: n => S.repeat(n), run: text, n: 200 },
  // 30,000, not 60,000: with the language input capped (its cost no longer grows with n) the 8n run of 480,000
  // characters, several passes over a string of about 1 MB, fell outside the processor's caches while the n run did
  // not, and linear code read 10-11 (a profile at 1.9 M characters is all single scans: tokenize, the n-gram letter
  // check, the spam prefilter, sentence splitting)
  { name: 'a run of one character', make: n => 'a'.repeat(n), run: text, n: 30000 },
  { name: 'a run of one Han character', make: n => '中'.repeat(n), run: text, n: 12000 },
  // a trailing-run pattern (`[:：\s]+$`) once tried every position of such a run: quadratic
  { name: 'a run of colons', make: n => 'Note' + ':'.repeat(n) + 'end', run: text, n: 3000 },
  { name: 'a run of full-width colons', make: n => '注意' + '：'.repeat(n) + '结束', run: text, n: 3000 },
  { name: 'one word repeated', make: n => 'word '.repeat(n), run: text, n: 3000 },
  // spacing-hyphen searched for a tab-hyphen from every spaced hyphen to the text's end (one segment of 320,000 of
  // these took 7.5 s): the rule alone (the pipeline's gates kept such a segment from it at the sizes tried)
  { name: 'spaced hyphens, no tab (spacing-hyphen)', make: n => 'word -abc, '.repeat(n), run: hyphens, n: 40000 },
  // distinct blocks go through every stage (copies of one are kept once as they are parsed: src/parse/repeats.ts,
  // measured in `npm run bench hostile`)
  { name: 'thousands of tiny blocks (HTML)', make: n => '<html><body>' + numbered(n).map(k => `<p>${k}</p>`).join(''), run: html, n: 800 },
  { name: 'thousands of tiny lines (text)', make: n => numbered(n).join('\n'), run: text, n: 2000 },
  // the prose after each related-content label was counted anew per label: quadratic
  {
    name: 'thousands of related-content labels between paragraphs',
    make: n => (S + S + '\n相关阅读\n').repeat(n),
    run: text,
    n: 300
  },
  // the tokenizer reads plain runs with indexOf (tokenizer.ts): a search per entity to the end of the page would be
  // quadratic when no tag (or no closing quote) follows. The tree builder alone, at a size where the searches would
  // show (through the whole pipeline its other costs hide them below 1 MB)
  { name: 'a long text of entities and no tag (tree)', make: n => '<html><body><p>' + 'a &amp; b '.repeat(n), run: tree, n: 8000 },
  {
    name: 'an attribute value never closed, full of entities (tree)',
    make: n => `<html><body><p>${S}</p><div title="` + 'a &amp; b '.repeat(n),
    run: tree,
    n: 8000
  },
  { name: 'unclosed table cells', make: n => '<table><tr>' + '<td>a'.repeat(n), run: html, n: 800 },
  // every <h1> is read as a headline candidate, its parts searched for the announced title (src/parse/html/headings.ts)
  {
    name: 'one heading of many elements, many headings',
    make: n => '<html><head><title>A title | Site</title></head><body>' + '<h1>' + '<span>word</span>'.repeat(n) + '</h1>' +
      '<h1><a href="/">Site</a></h1>'.repeat(n) + `<p>${S}</p>`,
    run: html,
    n: 1000
  },
  // `height:0.*overflow:hidden` scanned the rest of the style from every height:0: quadratic
  {
    name: 'a style attribute of repeated height:0',
    make: n => `<html><body><div style="${'height:0;'.repeat(n)}">${S}</div><p>${S}</p>`,
    run: html,
    n: 2000
  },
  // the forum readers (src/parse/html/thread.ts, members.ts, meta.ts's poster and screen-name readers) on their own
  // shapes: a thread of posts each under a member link (the opening post long enough for the replies to be dropped),
  // a page that is one list of member links, profile boxes
  {
    name: 'a forum thread of many posts',
    make: n => '<html><body><h1>标题</h1>' + Array.from({ length: n }, (_, i) =>
      `<div id="post_${i}" class="p"><a href="space.php?uid=${i}">用户${i}</a><p>` +
      (i === 0 ? '楼主的帖子写得比较长，讲了这件事的来龙去脉。'.repeat(12) : `这是第${i}楼的回复内容，说了一些话。`) + '</p></div>').join(''),
    run: html,
    n: 250
  },
  {
    name: 'a list of member links',
    make: n => '<html><body><h1>标题</h1><ul>' + Array.from({ length: n }, (_, i) =>
      `<li><a href="/u/${i}">会员名${i % 100}</a></li>`).join('') + '</ul><p>正文内容在这里，说明一些情况。</p>',
    run: html,
    n: 1000
  },
  {
    name: 'many profile boxes with screen-name labels',
    make: n => '<html><body>' + Array.from({ length: n }, (_, i) =>
      `<div>昵称：<a>某人${i}</a><br>注册时间 2008-3-2</div>`).join(''),
    run: html,
    n: 600
  },
  // every date-classed element of a page of teaser cards is read (src/parse/html/cards.ts: none dates the page)
  {
    name: 'many teaser cards with dates',
    make: n => '<html><body><h1>标题</h1>' + Array.from({ length: n }, (_, i) => `<div><a href="/p/${i}">推荐文章的标题第${i}篇` +
      '</a><div><span class="time">2019-05-05</span></div></div>').join('') + '<p>正文内容在这里，说明一些情况。</p>',
    run: html,
    n: 300
  },
  // an inline script's variables are read for a publication time (src/parse/html/script-dates.ts)
  {
    name: 'a script of many date-named variables and spaces',
    make: n => '<html><head><script>' + ('pubtime  =  1; var ct' + ' '.repeat(20)).repeat(n) + `</script></head><body><p>${S}</p>`,
    run: html,
    n: 1500
  },
  // session 33's readers: photos the cleaning notes for their captions (src/parse/html/photos.ts), in one element and
  // each in a centred block with a caption; a sidebar listing table of dated rows (teaser-item.ts `inDatedListingRow`)
  {
    name: 'many photos in one element',
    make: n => '<html><body><h1>标题</h1><div align="center">' + '<img src="/a.jpg" width="400" height="300">'.repeat(n) +
      `</div><p>${S}</p>`,
    run: html,
    n: 2000
  },
  {
    name: 'many centred photos with captions',
    make: n => '<html><body><h1>标题</h1>' + Array.from({ length: n }, (_, i) => `<p align="center"><img src="/p/${i}.jpg" ` +
      `width="400" height="300"></p><p align="center">图为第${i}张照片的说明</p><p>${S}</p>`).join(''),
    run: html,
    n: 250
  },
  {
    name: 'a listing table of many dated rows',
    make: n => '<html><body><table>' + Array.from({ length: n }, (_, i) => `<tr><td><a href="news_view.asp?id=${i}">` +
      `学院召开第${i}次教学工作会议</a></td><td class="date">[2013-11-04]</td></tr>`).join('') + `</table><h1>标题</h1><p>${S}</p>`,
    run: html,
    n: 500
  },
  // session 34's readers (meta.ts): the poster a thread's `只看楼主` link's id names (every link read for the id), poster
  // badges (three looked at), post footers opening with a linked name and 发表于, labels read past a linked name
  {
    name: 'many links holding a poster\'s id, one only-poster link last',
    make: n => '<html><body><h1>标题</h1>' + Array.from({ length: n }, (_, i) =>
      `<a href="/user/profile-${i}-2741.html">会员${i}（城）</a>`).join('') + `<p>${S}</p><a href="?authorid=2741">只看楼主</a>`,
    run: html,
    n: 1000
  },
  {
    name: 'many poster badges and post footers',
    make: n => '<html><body><h1>标题</h1>' + Array.from({ length: n }, (_, i) => `<ul><li><span class="lz">楼主</span></li></ul>` +
      `<div class="postfoot"><a href="/b/${i}">某人${i}</a> 发表于 2009-3-12 21:45:00 | 阅读(3)</div>`).join('') + `<p>${S}</p>`,
    run: html,
    n: 500
  },
  {
    name: 'many last-reply lines, a linked name before each date',
    make: n => '<html><body><h1>标题</h1>' + Array.from({ length: n }, (_, i) =>
      `<p>本串最後回覆：<a href="/h?owner=u${i}">u${i}</a> 2012-06-23 10:15</p>`).join('') + `<p>${S}</p>`,
    run: html,
    n: 500
  },
  // session 38's readers (meta.ts, large-type.ts, issue-date.ts): a page with no `<h1>` whose style sheet sets many
  // classes large, each on an element (the sheet read once, the headline looked for once); many print-page labels
  // with no date of the page's (each read with its parent and grandparent, at most 60 nodes each)
  {
    name: 'many classes a style sheet sets large, no <h1>',
    make: n => '<html><head><title>站名 - 栏目</title><style>' +
      Array.from({ length: n }, (_, i) => `.t${i} { font: bold ${18 + (i % 6)}px/30px 宋体 }`).join(' ') +
      '</style></head><body>' + Array.from({ length: n }, (_, i) => `<div class="t${i}">第${i}个大字标题的文字内容</div>`).join('') +
      `<p>${S}</p>`,
    run: html,
    n: 500
  },
  {
    name: 'many print-page labels, no date',
    make: n => '<html><body><h1>标题</h1>' + Array.from({ length: n }, (_, i) =>
      `<div class="issue"><b>星期二</b><b>A${String(i % 100).padStart(2, '0')}　澳聞</b></div>`).join('') + `<p>${S}</p>`,
    run: html,
    n: 500
  },
  // bytes that are no UTF-8 and no other charset: every candidate reading is scored over the whole page
  {
    // each `<div>` of `<br>` lines is asked whether it opens with a BBS header (a board mirror's screen): its first
    // lines only, however deep the others stand below it
    name: 'nested <div>s of <br> lines, a long line in the deepest',
    make: n => '<html><body>' + '<div>甲<br>乙<br>丙<br>丁<br>戊<br>'.repeat(n) + '长'.repeat(n * 50) + '</div>'.repeat(n),
    run: html,
    n: 100
  },
  { name: 'bytes: continuation bytes (0x80)', make: n => '\x80'.repeat(n), run: bytes, n: 16384 },
  { name: 'bytes: one lead byte repeated (0xE4)', make: n => '\xe4'.repeat(n), run: bytes, n: 16384 },
  { name: 'bytes: random', make: randomBytes, run: bytes, n: 16384 }
]

for (const shape of SHAPES) {
  t.test(`linear time: ${shape.name} (n vs 8n)`, async t => {
    // measured again (up to twice) when over the bound, by growth8x itself
    const ratio = await growth8x(shape.make, shape.run, shape.n, { slackMs: 5 })
    t.ok(ratio < LINEAR_8X, `ratio ${ratio.toFixed(2)} (linear ~8, quadratic ~64)`)
  })
}

t.test('nesting deeper than any real page is flattened, not recursed into', async t => {
  const depth = 5000
  const page = '<html><body><article>' + '<div>'.repeat(depth) + S + S + S + '</div>'.repeat(depth) + '</article></body></html>'
  const { article } = processPage({ content: page, format: 'html' })
  t.same(article.body.map(b => b.text), [(S + S + S).trim()])
  // the tree itself keeps every level: only the front end's walks flatten it
  let levels = 0
  for (let n = bodyOf(parseTree(page)).children[0]; n !== undefined && isTag(n); n = n.children[0]) levels++
  t.equal(levels, depth + 1)
})
