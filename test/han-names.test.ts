/**
 * Chinese names written together after a role (src/text/han-names.ts): split where every part starts with a
 * surname and only one split works. The runs are real: 谭飞王艳明闫鹃 is the byline of a daniel-zh page
 * (gansu.gansudaily.com.cn, `作者： 半月谈记者谭飞王艳明闫鹃`), 彭晗侯婷婷 a credit line of another
 * (culture.022china.com, `华西都市报记者彭晗侯婷婷摄影吕甲`).
 */
import t from 'tap'
import { splitGluedHanNames } from '../src/text/han-names.js'
import { splitNames } from '../src/text/fields.js'
import { processPage } from '../src/pipeline.js'

t.test('names written together are split at their surnames', async t => {
  t.same(splitGluedHanNames('谭飞王艳明闫鹃'), ['谭飞', '王艳明', '闫鹃'])
  t.same(splitGluedHanNames('彭晗侯婷婷'), ['彭晗', '侯婷婷'])
  t.same(splitGluedHanNames('陳立宏林佳慧'), ['陳立宏', '林佳慧'], 'traditional forms (Taiwan)')
  t.same(splitGluedHanNames('洪嘉徽賴秀如'), ['洪嘉徽', '賴秀如'], 'surnames common in Taiwan')
  t.same(splitGluedHanNames('欧阳明张华'), ['欧阳明', '张华'], 'a compound surname')
})

t.test('what is one name, ambiguous, or no names stays whole', async t => {
  t.equal(splitGluedHanNames('柳德新'), undefined, 'one name')
  t.equal(splitGluedHanNames('欧阳娜娜'), undefined, 'one name with a compound surname')
  t.equal(splitGluedHanNames('王金石方华'), undefined, '王金 + 石方华 or 王金石 + 方华: no guess')
  t.equal(splitGluedHanNames('近日获悉有关'), undefined, 'prose: 近 and 获 are no surnames')
  t.equal(splitGluedHanNames('王小明 张华'), undefined, 'not one run of Han')
  t.equal(splitGluedHanNames('王明张华李强赵云刘备关羽'), undefined, 'too long for a credit line')
})

t.test('author values and bylines read the names', async t => {
  t.same(splitNames('谭飞王艳明闫鹃'), ['谭飞', '王艳明', '闫鹃'])
  t.same(splitNames('王金石方华'), ['王金石方华'], 'left to the judge of names (too long for one)')
  const page = '半月谈聚焦西部农村教育\n作者：半月谈记者谭飞王艳明闫鹃\n' +
    '今年以来，甘肃省多个县市加大了对农村学校的投入，新建和改扩建校舍一百多所，学生的学习条件明显改善。\n'.repeat(3)
  t.same(processPage({ content: page, format: 'text' }).article.authors, ['谭飞', '王艳明', '闫鹃'])
})

t.test('Chinese credit lines: a medium before the role, several roles, names together, a photographer', async t => {
  t.same(splitNames('记者柳德新通讯员彭娟'), ['柳德新', '彭娟'], 'a name between two roles (湖南日报, daniel-zh)')
  t.same(splitNames('央视记者梁静'), ['梁静'], 'the medium before the role is no name')
  const body = '今年以来，甘肃省多个县市加大了对农村学校的投入，新建和改扩建校舍一百多所，学生的学习条件明显改善。'
  const read = (line: string): { authors: string[], removed: string[] } => {
    const a = processPage({ content: ['姚明看熊猫', line, body, body + '一', body + '二'].join('\n'), format: 'text' }).article
    return { authors: a.authors, removed: a.removed.filter(r => r.rule === 'byline').map(r => r.text) }
  }
  t.same(read('华西都市报记者彭晗侯婷婷摄影吕甲'), {
    authors: ['彭晗', '侯婷婷'], removed: ['华西都市报记者彭晗侯婷婷摄影吕甲']
  }, 'daniel-zh (culture.022china.com): a paper\'s reporters written together, the photographer left out')
  t.same(read('央视记者 梁静').authors, ['梁静'])
  t.same(read('记者 张三 通讯员 李四'), { authors: ['张三', '李四'], removed: ['记者 张三 通讯员 李四'] },
    'names spaced out after their roles: a credit line, not a menu of short labels')
  t.same(read('本报记者 张三 李四 王五').authors, ['张三', '李四', '王五'])
  t.same(read('新华社记者 李鑫').authors, ['李鑫'])
  t.same(read('今年以来甘肃记者发现').authors, [], 'a line that only starts like a medium (甘肃 is no paper) is no byline')
  const dateline = processPage({
    content: ['湘江水位创新低', '湖南日报12月15日讯(记者柳德新通讯员彭娟)24.77米！今天8时，湘江长沙站水位再创历史新低。', body].join('\n'),
    format: 'text'
  }).article
  t.same(dateline.authors, ['柳德新', '彭娟'], 'the reporter and the correspondent of a dateline')
})

t.test('a byline with its photo credit: the writer an author, the photographer an editor credited so', async t => {
  const body = '今年以来，甘肃省多个县市加大了对农村学校的投入，新建和改扩建校舍一百多所，学生的学习条件明显改善。'
  const read = (line: string): { authors: string[], editors: string[], body: number } => {
    const a = processPage({ content: ['姚明看熊猫', line, body, body + '一', body + '二'].join('\n'), format: 'text' }).article
    return { authors: a.authors, editors: a.editors.map(e => `${e.role}:${e.name}`), body: a.body.length }
  }
  t.same(read('华西都市报记者彭晗侯婷婷摄影吕甲'), { authors: ['彭晗', '侯婷婷'], editors: ['photographer:吕甲'], body: 3 },
    'daniel-zh (culture.022china.com)')
  t.same(read('文/张三 图/李四'), { authors: ['张三'], editors: ['photographer:李四'], body: 3 }, 'text by, picture by')
  t.same(read('文：张三 摄影：李四、王五'), {
    authors: ['张三'], editors: ['photographer:李四', 'photographer:王五'], body: 3
  }, 'labels with colons, two photographers')
  t.same(read('文/张三图'), { authors: ['张三图'], editors: [], body: 3 }, '图 without its separator is no label')
})

t.test('a Japanese writer in a Chinese byline is a name; a word starting like one is not', async t => {
  const body = '东京华人互助会今年开设的第一期中日双语防灾讲座在池袋举行，近八十名在日华人参加，讲师讲解了地震时的自救方法。'
  const html = (byline: string): string => '<html><head><title>中日双语防灾讲座</title></head><body><h1>中日双语防灾讲座</h1>' +
    `<div id="text"><p>${byline}</p><p>${body}</p><p>${body}一</p><p>${body}二</p></div></body></html>`
  const authors = (byline: string): string[] => processPage({ content: html(byline), format: 'html' }).article.authors
  // zh-news n345 of session 44's unseen round: a Chinese-language weekly in Japan, its stringer second
  t.same(authors('本报记者　杨晓岚　特约记者　佐藤美和'), ['杨晓岚', '佐藤美和'], 'simplified forms, after a Chinese reporter')
  t.same(authors('記者　陳立宏　特約記者　渡邊健一'), ['陳立宏', '渡邊健一'], 'traditional forms (Taiwan, Hong Kong)')
  t.same(authors('记者　杨晓岚　特约记者　长谷川美'), ['杨晓岚', '长谷川美'], 'a surname of three characters')
  t.same(authors('本报记者　杨晓岚　特约记者　佐证资料'), ['杨晓岚'], '佐 alone starts no name')
})
