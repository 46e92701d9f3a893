/**
 * Session 49's unseen wave: the gambling links an inline script writes into a hacked page (zh-org o160).
 */
import t from 'tap'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { processPage } from '../src/pipeline.js'
import type { Article } from '../src/types.js'

const article = (set: string, id: string): Article => {
  const dir = join('test', 'fixtures', set)
  const file = readdirSync(join(dir, 'html')).find(f => f.startsWith(`${id}-`))!
  const gt = JSON.parse(readFileSync(join(dir, 'ground-truth', file.replace(/\.html$/, '.json')), 'utf8')) as
    { url?: string, fetched_at?: string }
  const fetched = gt.fetched_at !== undefined ? { fetchedAt: gt.fetched_at } : {}
  return processPage({ content: readFileSync(join(dir, 'html', file)), format: 'html', url: gt.url, ...fetched }).article
}

const TEXT = '<p>为进一步加强社会组织管理，规范社会组织行为，根据有关规定，现就做好本年度社会组织年度检查工作有关事项通知如下，请各地结合实际认真贯彻执行。</p>' +
  '<p>各级登记管理机关要高度重视年度检查工作，明确责任分工，加强工作指导，按照规定时限完成年检任务，确保年检工作有序开展，并按时报送工作总结。</p>'
const page = (body: string, title: string): Buffer =>
  Buffer.from(`<html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`)
const read = (body: string, title: string, url?: string): Article =>
  processPage({ content: page(body, title), format: 'html', url }).article

t.test('the gambling links an inline script writes are listed as spam', async t => {
  const written = (a: Article): string[] => a.removed.filter(r => r.rule === 'spam-written-script').map(r => r.text)
  t.same(written(article('zh-org', 'o160')), ['新葡京娱乐 澳门银河赌场 北京赛车pk10 时时彩平台 真人百家乐'],
    'a hacked Z-BlogPHP page, the script after its footer')
  const scripted = (code: string): string[] =>
    written(read(`<h1>关于做好社会组织年度检查工作的通知</h1>${TEXT}<script>${code}</script>`, '通知'))
  t.same(scripted('document.write(\'<div style="display:none"><a href="http://a.example/">必威体育</a>\' + ' +
    '\'<a href="http://b.example/">真人百家乐</a></div>\');'), ['必威体育 真人百家乐'], 'pieces joined with `+`')
  t.same(scripted('document.write(\'<a href="http://a.example/">必威体育</a>\');'), [], 'one link: a widget, not a farm')
  t.same(scripted('document.write(\'<ul><li><a href="/a">首页</a></li><li><a href="/b">通知公告</a></li></ul>\');'), [],
    'a menu the script writes')
})
