/**
 * A thread whose posts are runs of a table's rows (src/parse/html/post-rows.ts): XMB's three rows a post under a
 * poster's cell that spans them, AspNetForums' post row and spacer row, phpBB 2's rows; no class or id marks a post,
 * and boards alternate two colours between posts. Pinned on the pages that showed it (session 54's unseen round, and an
 * older page of the set) and on a small table thread with the rhythm broken.
 */
import t from 'tap'
import { parseDocument } from 'htmlparser2'
import { processPage } from '../src/pipeline.js'
import { postChunks } from '../src/parse/html/post-rows.js'
import { isMemberPage, memberHolders } from '../src/parse/html/members.js'
import { isElement, type Element } from '../src/parse/html/dom.js'
import { ownPage } from './helpers.js'

t.test('table forums of the 2000s keep their opening post alone', async t => {
  // before: XMB 0.638, AspNetForums 0.698, phpBB 2 0.764 (every reply in the body)
  for (const [id, floor] of [['b425', 0.9], ['b426', 0.9], ['b179', 0.93]] as const) {
    const { result, f1 } = ownPage('zh-blogs', id)
    t.ok(f1 >= floor, `${id}: body F1 ${f1.toFixed(3)} >= ${floor}`)
    t.ok(result.article.removed.some(r => r.rule === 'thread-replies' && r.reason.includes('rows of one rhythm')),
      `${id}: the replies taken out as a table's posts`)
  }
})

const OPENING = '今年春天第一次自己给君子兰分株。母株养了三年，根部已经长出两棵带三片叶子的小苗，按老花友的说法，子株有了自己的根就可以分了。' +
  '我先停水一个星期，让盆土干透，再整株倒出来，用消过毒的刀从连接处切开，伤口抹上草木灰，晾了两天才上盆。'
const REPLY = '分株的时机选得好，春天温度合适，伤口愈合快。我以前秋天分过一次，结果烂了一棵，后来再也不敢在秋天动了。盆土最好用腐叶土掺一点粗沙，透气。'

/** A table thread: per post a row with the poster's cell, a message row and a footer row, a colour each. */
function table (post: (n: number, name: string, text: string, colour: string) => string): string {
  const posts = [[1186, '南湖老贾', OPENING], [2231, '关东兰痴', REPLY], [318, '花市小王', REPLY + '赞一个。'],
    [4410, '长春兰友', REPLY + '学习了。']] as const
  return '<html lang="zh-CN"><head><title>君子兰分株 - 兰花论坛</title></head><body><h1>君子兰分株</h1>' +
    '<table><tr class="header"><td>作者</td><td>主题: 君子兰分株</td></tr>' +
    posts.map(([n, name, text], i) => post(n, name, text, i % 2 === 0 ? '#FFFFFF' : '#F1F1F1')).join('') +
    '</table><p>© 2004 兰花论坛</p></body></html>'
}
const rows = (n: number, name: string, text: string, colour: string): string =>
  `<tr bgcolor="${colour}"><td rowspan="3"><a href="member.php?action=viewpro&amp;member=${n}">${name}</a></td>` +
  `<td>发表于 2004-4-1 21:3${n % 10}</td></tr><tr bgcolor="${colour}"><td>${text}</td></tr>` +
  `<tr bgcolor="${colour}"><td><a href="member.php?action=viewpro&amp;member=${n}"><img src="profile.gif" alt="资料"></a>` +
  '</td></tr>'

const tbody = (html: string): Element => {
  const doc = parseDocument(html)
  const find = (el: Element): Element | undefined => el.name === 'table'
    ? el
    : el.children.filter(isElement).map(find).find(x => x !== undefined)
  return find(doc.children.find(isElement)!)!
}

t.test('posts found by the rhythm of a table\'s rows', async t => {
  const el = tbody(table(rows))
  const chunks = postChunks(el, memberHolders(el), 3)
  t.equal(chunks?.length, 4, 'four posts')
  t.same(chunks?.map(c => c.length), [3, 3, 3, 3], 'three rows each (the header row before them is none)')
  const { body, removed } = processPage({ content: table(rows), format: 'html' }).article
  const text = body.map(b => b.text).join('\n')
  t.match(text, '草木灰', 'the opening post kept')
  t.notMatch(text, '腐叶土', 'the replies gone')
  t.ok(removed.some(r => r.reason.startsWith('3 replies')), 'three replies, counted as posts, not rows')

  let i = 0
  const broken = (n: number, name: string, text: string, colour: string): string =>
    // the second post's footer row left out: the rows keep no rhythm
    i++ === 1 ? rows(n, name, text, colour).replace(/<tr bgcolor="[^"]*"><td><a [^>]*><img[^>]*><\/a><\/td><\/tr>$/, '')
      : rows(n, name, text, colour)
  const el2 = tbody(table(broken))
  t.equal(postChunks(el2, memberHolders(el2), 3), undefined, 'no rhythm, no posts')
  const noMember = table(rows).replace(/member\.php\?action=viewpro&amp;member=/g, 'show.php?p=')
  const el3 = tbody(noMember)
  t.equal(postChunks(el3, memberHolders(el3), 3), undefined, 'rows with no member\'s link hold no member')
  const noLink = table(rows).replace(/<a [^>]*>|<\/a>/g, '')
  const kept = processPage({ content: noLink, format: 'html' }).article
  t.notOk(kept.removed.some(r => r.rule === 'thread-replies'), 'rows that link nobody are no posts')
})

t.test('a table forum no member pattern knows: its rows by the posters\' template, colours alternating', async t => {
  // the poster's cell classed by the row's colour, as AspNetForums does (`forumRow`, `forumAlternate`)
  const unknown = (n: number, name: string, text: string, colour: string): string =>
    rows(n, name, text, colour).replace(/member\.php\?action=viewpro&amp;member=/g, '/club/who/')
      .replace('<td rowspan="3">', `<td rowspan="3" class="${colour === '#FFFFFF' ? 'forumRow' : 'forumAlternate'}">`)
  t.notOk(isMemberPage('/club/who/1186'), 'no known pattern takes the member page')
  const { body, removed } = processPage({ content: table(unknown), format: 'html' }).article
  t.notMatch(body.map(b => b.text).join('\n'), '腐叶土', 'the replies gone')
  t.ok(removed.some(r => r.rule === 'thread-replies' && r.reason.startsWith('3 replies')), 'three replies, as posts')
  const noTime = table((n, name, text, colour) => unknown(n, name, text, colour).replace(/发表于 [^<]*/, ''))
  t.match(processPage({ content: noTime, format: 'html' }).article.body.map(b => b.text).join('\n'), '腐叶土',
    'no time beside the names: no posts')
})
