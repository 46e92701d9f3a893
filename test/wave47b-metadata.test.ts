/**
 * Session 47's second unseen wave (zh-gov g200-g202, zh-blogs b328, zh-org o144): a CMS's administrator account is no
 * writer, a county bureau's section (`股`) before the writer is the source, Epoint's `信息时间` dates an item, a line
 * of large type that ends with a colon leads into a table (no headline), a `<title>` of the organisation alone is
 * printed in the signature too (no headline's line to date by), a board's name in brackets after a `<title>` part
 * vouches for a headline without its badge, and Mambo's Chinese dates (`14 三月 2006`) under a heading its breadcrumb
 * repeats.
 */
import t from 'tap'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { processPage } from '../src/pipeline.js'
import { isCmsAccount, judgeAuthor } from '../src/metadata/authors.js'
import { isChineseOrganization } from '../src/text/org-names.js'
import { parseInfoLine } from '../src/text/fields.js'
import { findDate } from '../src/text/date.js'
import type { Article } from '../src/types.js'

const article = (set: string, id: string): Article => {
  const dir = join('test', 'fixtures', set)
  const file = readdirSync(join(dir, 'html')).find(f => f.startsWith(`${id}-`))!
  const gt = JSON.parse(readFileSync(join(dir, 'ground-truth', file.replace(/\.html$/, '.json')), 'utf8')) as
    { url?: string, fetched_at?: string }
  const fetched = gt.fetched_at !== undefined ? { fetchedAt: gt.fetched_at } : {}
  return processPage({ content: readFileSync(join(dir, 'html', file)), format: 'html', url: gt.url, ...fetched }).article
}

t.test('a CMS account is no writer; a bureau\'s section is the source', async t => {
  for (const s of ['ybjadmin', 'webadmin', 'yx_admin', 'webmaster']) t.ok(isCmsAccount(s), s)
  t.notOk(isCmsAccount('adminn'), 'a name `admin` opens is judged as before (WCXB\'s truth has one)')
  t.equal(judgeAuthor('q_admin').kind, 'person', 'a byline the page shows (`By q_admin`) names its writer')
  t.same(article('zh-gov', 'g200').authors, [], 'EasySite\'s `<meta name="Author" content="ybjadmin">`')
  t.ok(isChineseOrganization('人事调配股'), 'a section of a county bureau')
  const g202 = article('zh-gov', 'g202')
  t.same(g202.authors, ['黄立新'], '`供稿：人事调配股 黄立新`')
  t.equal(g202.source, '人事调配股')
})

t.test('Epoint\'s date label; no headline from a lead-in line or from the signature', async t => {
  t.same(parseInfoLine('【信息时间：2012-6-26　阅读次数：】', null)?.dates, [{ iso: '2012-06-26', field: 'published' }])
  const g201 = article('zh-gov', 'g201')
  t.equal(g201.title, '江岚省发展和改革委员会关于规范城市机动车停放服务收费有关问题的通知',
    'not `…不得超过下表所列水平：`, a 16pt line of the text before a table')
  t.equal(g201.published?.slice(0, 10), '2012-06-26', 'not the signature\'s 二〇一二年六月二十日 under the organisation\'s name')
})

t.test('Mambo\'s Chinese dates, and the headline\'s own line over the breadcrumb\'s', async t => {
  t.equal(findDate('星期二, 14 三月 2006 10:28')?.iso, '2006-03-14')
  t.equal(findDate('14 十二月 2006')?.iso, '2006-12-14')
  t.equal(findDate('第 3 期 2006'), null, 'no month name: no date')
  t.equal(article('zh-org', 'o144').published?.slice(0, 10), '2006-03-14',
    '`td.createdate` after `td.contentheading`, not a sidebar notice\'s date after the `span.pathway` that ends so')
})

t.test('a blog host\'s space named after its owner; a post\'s edit stamp names no editor', async t => {
  const b324 = article('zh-blogs', 'b324')
  t.same(b324.authors, ['北岸雨声'], '搜狐博客: `… - 北岸雨声 - 搜狐博客`, the space\'s `<h1>` its owner\'s name')
  t.equal(b324.source, null, 'the space\'s name is no source')
  t.same(parseInfoLine('[ 最后编辑: 月下听潮 2021-03-14 10:02 ]', null)?.dates, [{ iso: '2021-03-14', field: 'updated' }])
  const b331 = article('zh-blogs', 'b331')
  t.same(b331.authors, ['月下听潮'], 'an NGA-style board\'s poster, who edited the post')
  t.same(b331.editors, [], 'the edit stamp\'s name is the poster\'s')
})

t.test('a board\'s name in brackets after the `<title>`\'s part: the headline without its badge', async t => {
  t.equal(article('zh-blogs', 'b328').title, '二战上岸，说说这一年我是怎么熬过来的', 'Tieba\'s `精` badge')
})
