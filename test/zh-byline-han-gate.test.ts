/**
 * Issue #11: `readZhByline` answers a text without a Han character with null before any of its patterns is tried
 * (an English paragraph under the headline is asked on every MT page). Exact only while every Chinese role and
 * writer's label it reads holds a Han character: this test holds the roles of data/reporter-roles.json to that, and
 * the reader to null on texts shaped like bylines in other scripts and to its readings beside them.
 */
import t from 'tap'
import { loadData } from '../src/data.js'
import { readZhByline } from '../src/text/zh-byline.js'

interface Entry { text: string }
const ROLES = loadData<Record<string, unknown>>('reporter-roles.json')

t.test('every Chinese role of the byline grammar holds a Han character', async t => {
  const lists = ['zhOutlets', 'zhGrades', 'zhTitles', 'zhMediumEndings', 'zhPhotoRoles', 'zhPhotoTitles',
    'zhOtherCreditRoles']
  for (const name of lists) {
    const list = ROLES[name] as Entry[]
    t.ok(Array.isArray(list) && list.length > 0, name)
    for (const e of list) t.match(e.text, /\p{Script=Han}/u, `${name}: ${e.text}`)
  }
  // the titles end every credit role: without a Han title no role matches
  t.ok((ROLES.zhTitles as Entry[]).every(e => /\p{Script=Han}/u.test(e.text)))
})

t.test('no Han character, no Chinese byline; the readings beside them unchanged', async t => {
  for (const text of [
    'Reporter Zhang San', '(Reporter Zhang San, Correspondent Li Si)', 'Text/Huang Lei Photo/Li Na',
    'Wen / Tu: written in romanization only', '· · ·', '（· ·）', 'Ｗｅｎ／Ｚｈａｎｇ',
    'Xie Chuntao, vice president of the Central Party School (National School of Administration), said so.'
  ]) t.equal(readZhByline(text), null, text)
  t.same(readZhByline('本报记者 张三'), { names: '张三', photographers: [] })
  t.same(readZhByline('（记者 张三 通讯员 李四）')?.names, '张三 通讯员 李四')
  t.same(readZhByline('文/张三 图/李四'), { names: '张三', photographers: ['李四'] })
})
