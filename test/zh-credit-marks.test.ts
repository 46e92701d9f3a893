/**
 * Issue #12, Chinese credit and info lines as papers and WeChat-style articles write them: a label in brackets
 * (`【作者】张三 【来源】固原日报`) or before a bar (`作者丨张三`, where 丨 is a Han stroke used as a bar; `来源 | 新华网`), a
 * reporter's role before a bar (`记者｜张三`, `文丨张三`), and a paper's mark before a credit (`□ 本报记者 张三`).
 * Each is read into its field and leaves the body; a toolbar of bracketed words and a menu with a label among its
 * items are no info lines.
 */
import t from 'tap'
import { readFileSync } from 'node:fs'
import { parseInfoLine, splitNames, withoutEditorCredits } from '../src/text/fields.js'
import { readZhByline, roleAfterNames } from '../src/text/zh-byline.js'
import { processPage } from '../src/pipeline.js'

const P = '西吉县是全国马铃薯主产区之一，马铃薯种植面积常年稳定在一百万亩以上，是当地农民增收的支柱产业。'
const P2 = '近年来当地依托马铃薯产业，建设了一批脱毒种薯繁育基地和淀粉加工企业，农民收入稳步增长。'

function read (line: string): { authors: string[], source: string | null, body: string[] } {
  const content = '<html><head><title>西吉县马铃薯产业发展调查</title></head><body><h1>西吉县马铃薯产业发展调查</h1>' +
    `<p>${line}</p><p>${P}</p><p>${P2}</p></body></html>`
  const { article } = processPage({ content, format: 'html' })
  return { authors: article.authors, source: article.source, body: article.body.map(b => b.text) }
}

t.test('bracketed and barred labels, roles before a bar, marks before a credit', async t => {
  for (const [line, authors, source] of [
    ['【作者】张三 【来源】固原日报', ['张三'], '固原日报'],
    ['作者丨张三', ['张三'], null],
    ['来源 | 新华网', [], '新华网'],
    ['记者｜张三', ['张三'], null],
    ['文丨张三', ['张三'], null],
    ['□ 本报记者 张三', ['张三'], null],
    ['■记者 张三', ['张三'], null]
  ] as const) {
    const r = read(line)
    t.same([r.authors, r.source], [authors, source], line)
    t.same(r.body, [P, P2], `${line}: the line leaves the body`)
  }
})

t.test('no info line where a label only stands among other words', async t => {
  t.equal(parseInfoLine('Home | About | Source | Contact', null), null)
  t.equal(parseInfoLine('Date | Title | Author', null), null)
  t.same(parseInfoLine('【来源】新华网', null)?.fields.map(f => [f.field, f.value]), [['source', '新华网']])
})

t.test('each of the marks a paper sets before a credit is no part of it (the gate of the mark pattern)', async t => {
  // the mark pattern runs only on a line opening in U+25A0-U+2606: every mark of it, with and without a space
  for (const mark of '□■●◆◇▲△★☆○◎') {
    for (const line of [`${mark} 本报记者 张三`, `${mark}${mark}记者 张三`]) t.same(read(line).authors, ['张三'], line)
  }
})

t.test('an editor\'s credit after the writers on a byline line is no writer\'s, a mark before each role or not', async t => {
  // zh-news n135 of session 37's second unseen wave: `◎记者 陈思远 ○编辑 孙立` opening a stock portal's story
  for (const line of ['◎记者 陈思远 ○编辑 孙立', '记者 陈思远 编辑 孙立', '记者 陈思远　校对 孙立']) {
    const a = read(line)
    t.same(a.authors, ['陈思远'], line)
    t.notOk(a.body.some(b => b.includes('孙立')), `${line}: the line leaves the body`)
  }
  t.same(readZhByline('◎记者 陈思远 ○编辑 孙立'), { names: '陈思远', photographers: [] })
  t.equal(readZhByline('编辑 孙立'), null, 'an editor alone is no byline')
})

t.test('a consulted expert, a reviewer or an illustrator credited after the writer is no writer', async t => {
  // zh-news n225 of session 40's unseen round: a Taiwan health magazine's byline under the WordPress login `hleditor`
  const line = '文／吳佩珊　諮詢／江柏毅（林口長庚醫院臨床毒物科主治醫師）　攝影／鄭力仁'
  t.same(readZhByline(line), { names: '吳佩珊', photographers: ['鄭力仁'] })
  t.same(readZhByline('文／吳佩珊　審訂／王小明醫師'), { names: '吳佩珊', photographers: [] })
  t.same(readZhByline('记者 张三　插画／李四、王五'), { names: '张三', photographers: [] })
  const a = read(line)
  t.same(a.authors, ['吳佩珊'])
  t.notOk(a.body.some(b => b.includes('江柏毅（')), 'the line leaves the body')
  t.equal(readZhByline('諮詢／江柏毅'), null, 'a consultant alone is no byline')
})

t.test('a writer\'s and a photographer\'s credit closing the text (`（文/韦晓丽　图/黄志强）`): the writer alone', async t => {
  // zh-org o77 of session 40's unseen round: a DedeCMS page whose info line names its login (`作者:admin`)
  const { readFileSync } = await import('node:fs')
  const id = 'o77-county-redcross-news-2021-utf8'
  const dir = new URL('fixtures/zh-org/', import.meta.url)
  const a = processPage({ content: readFileSync(new URL(`html/${id}.html`, dir)), format: 'html' }).article
  t.same(a.authors, ['韦晓丽'])
  t.notOk(a.body.some(b => b.text.includes('黄志强')), 'the credit leaves the body')
  // `文/图：` credits the text and the pictures to one writer (zh-gov g82)
  const g82 = 'g82-district-jiedao-news-2019-utf8'
  const b = processPage({ content: readFileSync(new URL(`../zh-gov/html/${g82}.html`, dir)), format: 'html' }).article
  t.same(b.authors, ['陈晓雯'])
  t.notOk(b.body.some(x => x.text.includes('陈晓雯')), 'the credit leaves the body')
})

t.test('an author field ends at a bar; a screen name with its account in brackets is the screen name', async t => {
  // zh-blogs b195 of session 41's unseen round: a Bahamut-like member hut's post line
  const line = parseInfoLine('作者：夜行的貓(nightcat0912)│2012-08-14 23:05:11│GP 41│人氣 3,581', {})
  t.same(line?.fields.map(f => [f.field, f.value]), [['author', '夜行的貓']])
  t.same(parseInfoLine('作者：blueriver77 (藍河)', null)?.fields.map(f => f.value), ['blueriver77 (藍河)'],
    'an account with the screen name after it stays whole')
})

t.test('credits of session 41\'s second wave: roles after names, a unit before a name, a portal\'s reporter as its dateline', async t => {
  // zh-org o82 (a hospital's closing credit), o83 (a Taiwan foundation's `文．圖／社工組 林佩君`), zh-news n269 (Eastday)
  t.same(roleAfterNames('心血管内科　刘佳怡　黄博文/文　唐鹏/图'), { names: '刘佳怡、黄博文', photographers: ['唐鹏'] })
  t.equal(roleAfterNames('心血管内科/文'), null, 'a department alone names no writer')
  t.same(readZhByline('（张三/文）'), { names: '张三', photographers: [] })
  t.same(readZhByline('文．圖／社工組 林佩君'), { names: '林佩君', photographers: [] })
  t.same(readZhByline('记者 张三 李四'), { names: '张三 李四', photographers: [] }, 'two names: no unit')
  const closing = read('（心血管内科　刘佳怡　黄博文/文　唐鹏/图）')
  t.same(closing.authors, ['刘佳怡', '黄博文'])
  const text = (line: string): string[] => processPage({
    content: `上海老弄堂的最后时光\n\n${line}${P}\n\n${P2}`, format: 'text'
  }).article.authors
  t.same(text('东方网记者陈颖慧9月20日报道：'), ['陈颖慧'])
  t.same(text('中新网广州11月26日电 '), [], 'a place, no reporter')
  // zh-blogs b197 (a Perl CGI board's `送交者: X 于 DATE`), b199 (a Q&A answerer's level after the name)
  t.same(parseInfoLine('送交者: 苇岸听风 于 2003-7-19 23:41:08　[ 阅读: 1287 次 ]', null)?.fields[0].value, '苇岸听风')
  t.same(parseInfoLine('作者：木柵阿德 ( 大師 1 級 )', null)?.fields[0].value, '木柵阿德')
})

t.test('a comment link with its count on the info line names nobody (`我要评论（5）`)', async t => {
  // zh-news n282 of session 41's third wave: `作者：王晓光 林琳` then `<a>我要评论</a>（5）` in the same bar
  t.same(parseInfoLine('作者：王晓光 林琳 我要评论（5） 字号：T|T', null)?.fields.map(f => [f.field, f.value]),
    [['author', '王晓光 林琳'], ['ignore', 'T|T']])
})

t.test('session 41\'s fourth wave: a reviewer after the photographer, a post before the name, an editorial account', async t => {
  // zh-org o85 (`（文/周晓雯　图/龙海涛　审核/高建民）` closing a college's news)
  t.same(read(`${P}（文/周晓雯　图/龙海涛　审核/高建民）`).authors, ['周晓雯'])
  t.equal(withoutEditorCredits('編譯/記者 楊錚'), '編譯/記者 楊錚', 'a role paired with the writer\'s, first on the line')
  // zh-org o90 (a Taiwan NGO's WordPress: `洄瀾小編` in every markup slot, the writer under the headline)
  t.same(readZhByline('文／本會社工 黃郁婷　攝影／張志豪'), { names: '黃郁婷', photographers: ['張志豪'] })
  const ngo = '<html><head><title>送餐到部落滿三年</title><meta name="author" content="洄瀾小編"></head><body>' +
    `<h1>送餐到部落滿三年</h1><p><em>文／本會社工 黃郁婷　攝影／志工 張志豪</em></p><p>${P}</p><p>${P2}</p></body></html>`
  t.same(processPage({ content: ngo, format: 'html' }).article.authors, ['黃郁婷'])
  // zh-blogs b217 (`<meta name="author" content="L-Blog">`, the blog program's own name)
  const blog = '<html><head><title>五亭桥边吃早茶</title><meta name="author" content="L-Blog"></head><body>' +
    `<h1>五亭桥边吃早茶</h1><p>${P}</p><p>${P2}</p></body></html>`
  t.same(processPage({ content: blog, format: 'html' }).article.authors, [])
})

t.test('bylines of session 43\'s unseen rounds: an editor\'s barred credit, text and pictures after the names', async t => {
  // zh-news n328, n324, n332, n329
  t.same(readZhByline('文｜周雨桐　编辑｜秦朗'), { names: '周雨桐', photographers: [] })
  t.same(readZhByline('■本报记者 王䶮 通讯员 鲁建国 文/图'), { names: '王䶮 通讯员 鲁建国', photographers: [] })
  t.same(readZhByline('□ 闽江日报特约评论员　郑维舟'), { names: '郑维舟', photographers: [] }, 'a commentator writes')
  const info = parseInfoLine('2007-10-15 09:32:17　来源：沅水晚报　文/本报记者 覃晓岚　图/本报记者 龙建军', '+08:00')
  t.same(info?.fields.map(f => [f.field, f.value]), [
    ['source', '沅水晚报'], ['author', '本报记者 覃晓岚'], ['editor', '本报记者 龙建军']
  ], 'slash credits after the source are fields of their own')
  t.same(read('来源：沅水晚报　文/本报记者 覃晓岚　图/本报记者 龙建军').authors, ['覃晓岚'])
  t.same(parseInfoLine('原文/译文：见附件', '+08:00'), null, 'a slash after another word is no credit')
})

t.test('the places a report was filed from close the byline; they are no names (zh-news n335)', async t => {
  const html = readFileSync('test/fixtures/zh-news/html/n335-financial-daily-bank-investigation-2013-gbk.html')
  t.same(processPage({ content: html, format: 'html' }).article.authors, ['温立鹏', '俞小禾'],
    '`作者：首席记者 温立鹏 记者 俞小禾 上海、杭州报道` in the markup\'s author element')
  t.same(splitNames('记者 温立鹏 上海、武汉报道'), ['温立鹏'], 'one place of the list may read as a name')
  t.same(splitNames('记者 张三 李四、王五报道').slice(0, 2), ['张三', '李四'],
    'a list of common names before the report\'s kind is reporters, kept')
})

t.test('a photographer\'s slash credit after the writer\'s is a field of its own; a post before the name goes (zh-org o112)', async t => {
  const line = '發佈日期：2006/08/02　　文∕社工員 林佩君　　攝影∕志工 陳建宏'
  t.same(parseInfoLine(line, '+08:00')?.fields.map(f => [f.field, f.value]), [
    ['published', '2006-08-02'], ['author', '社工員 林佩君'], ['editor', '志工 陳建宏']
  ], 'the photographer\'s credit is not read into the writer\'s')
  t.same(splitNames('社工員 林佩君'), ['林佩君'], 'the social worker\'s post before her name')
  t.same(splitNames('研究员 张伟'), ['张伟'])
  t.same(splitNames('动员 大会'), ['动员', '大会'], 'no common name after the word: kept as it is')
  const html = readFileSync('test/fixtures/zh-org/html/o112-dreamweaver-taiwan-foundation-summer-camp-2006-big5.html')
  t.same(processPage({ content: html, format: 'html' }).article.authors, ['林佩君'])
})
