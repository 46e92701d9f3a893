/**
 * Author slots of session 47's unseen round (zh-blogs b313-b315, zh-org o133, o135, o137): what stands where a name is
 * expected but names nobody (a field's label, an avatar's alt text, a profile box's contact link, a CMS's default
 * account), what stands around a name (a title before or after it), and two credits the readers did not know (the
 * photographer credited before the writer; a post footer with the time first and `由 X` last; `刊登日期` opening a line).
 */
import t from 'tap'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { processPage } from '../src/pipeline.js'
import { judgeAuthor } from '../src/metadata/authors.js'
import { isFieldLabel, withoutAuthorLabel } from '../src/text/fields.js'
import { readZhByline } from '../src/text/zh-byline.js'

const fixture = (set: string, id: string): { content: Buffer, url?: string } => {
  const dir = join('test', 'fixtures', set)
  const file = readdirSync(join(dir, 'html')).find(f => f.startsWith(`${id}-`))!
  const gt = JSON.parse(readFileSync(join(dir, 'ground-truth', file.replace(/\.html$/, '.json')), 'utf8')) as
    { url?: string }
  return { content: readFileSync(join(dir, 'html', file)), url: gt.url }
}
const authorsOf = (set: string, id: string): string[] =>
  processPage({ ...fixture(set, id), format: 'html' }).article.authors

t.test('a field\'s label, an avatar, a contact link, a default account: no name', async t => {
  t.ok(isFieldLabel('撰文') && isFieldLabel('作者：') && isFieldLabel('Author'), 'labels alone')
  t.notOk(isFieldLabel('林書瑋'), 'a name is no label')
  for (const s of ['撰文', '作者', '頭像', '头像', 'avatar', '联系我', '聯絡我', 'Test Test']) {
    t.equal(judgeAuthor(s, [], true, true).kind, 'none', s)
  }
  t.equal(withoutAuthorLabel('撰文 文／耳鼻喉部 林書瑋醫師'), '文／耳鼻喉部 林書瑋醫師', 'a Drupal field\'s label and value')
  t.equal(withoutAuthorLabel('林書瑋 王明'), '林書瑋 王明', 'names stay')
  t.same(authorsOf('zh-org', 'o135'), ['林書瑋'], 'Drupal 8: `撰文` then `文／耳鼻喉部 林書瑋醫師`')
  t.same(authorsOf('zh-blogs', 'b313'), ['阿寬的暗房'], 'phpBB 3.3: the avatar\'s `頭像` is no poster')
  t.same(authorsOf('zh-org', 'o133'), [], 'Liferay\'s `作者 Test Test` names nobody (the page credits a department)')
})

t.test('a title before or after a Chinese name', async t => {
  t.same(judgeAuthor('Ir 陳家樂', [], true), { kind: 'person', name: '陳家樂' }, 'a Hong Kong engineer\'s `Ir`')
  t.same(judgeAuthor('林書瑋醫師', [], true), { kind: 'person', name: '林書瑋' }, 'a physician')
  t.same(judgeAuthor('王明教授', [], true), { kind: 'person', name: '王明' }, 'a professor')
  t.equal(judgeAuthor('主任医师', [], true, true).kind, 'none', 'a title alone names nobody')
  t.same(authorsOf('zh-org', 'o137'), ['陳家樂', '梁詠詩'], '`撰文：Ir 陳家樂、Ir 梁詠詩` beside `刊登日期：`')
})

t.test('the photographer credited before the writer', async t => {
  t.same(readZhByline('（摄影：阿杰 / 小静　文：阿苔）'), { names: '阿苔', photographers: ['阿杰', '小静'] })
  t.same(readZhByline('图/阿杰 文/阿苔'), { names: '阿苔', photographers: ['阿杰'] })
  t.equal(readZhByline('图：阿杰 说'), null, 'no writer\'s credit after it: no byline')
  t.same(authorsOf('zh-blogs', 'b315'), ['阿苔'], 'a 点点网 post\'s closing credit')
})

t.test('a post footer with the time first and the poster last', async t => {
  t.same(authorsOf('zh-blogs', 'b314'), ['葛晓楠'], 'Community Server: `发表于 2008年6月12日 23:41 由 葛晓楠`')
})
