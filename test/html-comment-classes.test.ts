/**
 * Comment sections named by an abbreviation (`<div class="cmt">`, `cmt-item`, `cmnt`): boilerplate inside the
 * content, as `comment` is (data/html-class-patterns.json); a word that merely holds the letters is not one.
 */
import t from 'tap'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { processPage } from '../src/pipeline.js'
import { loadData } from '../src/data.js'

const patterns = loadData<{ boilerplate: Array<{ pattern: string, kind: string }> }>('html-class-patterns.json')
  .boilerplate.map(e => new RegExp(e.pattern, 'i'))
const marked = (cls: string): boolean => patterns.some(p => p.test(cls))

t.test('a comment section of an abbreviated name is boilerplate; a word holding the letters is not', async t => {
  for (const cls of ['cmt', 'cmt-item', 'cmt_list', 'cmnt', 'news cmts', 'cmtbox']) t.ok(marked(cls), cls)
  for (const cls of ['acmtable', 'cmtx', 'bcmt2']) t.notOk(marked(cls), cls)
})

t.test('the comments under a portal\'s story leave its text', async t => {
  // zh-news n121 of session 37's unseen round: `<div class="cmt"><h3>网友评论…</h3><div class="cmt-item">…`
  const a = processPage({
    content: readFileSync(join(import.meta.dirname, 'fixtures', 'zh-news', 'html', 'n121-portal-local-channel-2014-gbk.html')),
    format: 'html'
  }).article
  t.notOk(a.body.some(b => b.text.includes('交警同志辛苦了')))
  t.ok(a.body.some(b => b.text.includes('错峰')), 'the story stays')
})
