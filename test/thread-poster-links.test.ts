/**
 * A thread's replies found on a platform no member-page pattern knows (src/parse/html/poster-links.ts): the posts'
 * headers link their posters by one address template at one place of the layout, with names that differ and a time
 * beside them. Pinned on the development set's forum pages whose platforms data/author-markers.json does not list, and
 * on a small thread of an invented platform with each condition taken away in turn.
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'
import { addressTemplate } from '../src/parse/html/poster-links.js'
import { isMemberPage } from '../src/parse/html/members.js'
import { ownPage } from './helpers.js'

t.test('an address template keeps what a platform writes and takes out what names the member', async t => {
  t.equal(addressTemplate('/forum/yaf_profile412.aspx'), '/forum/yaf_profile#.aspx', 'the member number')
  t.equal(addressTemplate('/member/lazyfish'), '/member/*', 'a name as the last part of the path')
  t.equal(addressTemplate('/member/lazyfish/'), '/member/*', 'with its slash')
  t.equal(addressTemplate('/user/lanxiang1990'), '/user/*', 'a name with digits in it (Nodeclub: zh-blogs b429)')
  t.equal(addressTemplate('/user/4871236'), '/user/#', 'a number alone')
  t.equal(addressTemplate('userinfo.jsp?uid=abc&tab=2#top'), 'userinfo.jsp?uid=*&tab=*', 'query values, no fragment')
  t.equal(addressTemplate('/bbs/forum.php'), '/bbs/forum.php', 'a script of the site is no name')
  t.equal(addressTemplate('#pid3012277'), undefined, 'a fragment alone')
  t.equal(addressTemplate('javascript:void(0)'), undefined, 'a script call')
})

t.test('forum threads of platforms no pattern knows keep their opening post alone', async t => {
  // each was read with its replies as the body (F1 0.59-0.85) before the rule
  for (const id of ['b41', 'b148', 'b158', 'b161', 'b181']) {
    const { result, f1 } = ownPage('zh-blogs', id)
    t.ok(f1 >= 0.93, `${id}: body F1 ${f1.toFixed(3)} >= 0.93`)
    t.ok(result.article.removed.some(r => r.rule === 'thread-replies'), `${id}: the replies taken out as such`)
  }
  // session 54's unseen round: a Nodeclub thread whose members' names hold digits (`/user/lanxiang1990`), read as
  // another template per member before; its opening post stands apart from the replies' list, so the first reply stays
  const nodeclub = ownPage('zh-blogs', 'b429')
  const out = nodeclub.result.article.removed.find(r => r.rule === 'thread-replies')
  t.match(out?.reason, /^5 replies/, 'b429: five of the six replies taken out')
  t.ok(nodeclub.f1 >= 0.9, `b429: body F1 ${nodeclub.f1.toFixed(3)} >= 0.9`)
})

const OPENING = '上个月家里那台老式座钟突然不走了，拆开一看是发条断了。跑了三家钟表店都说配件难找，最后在旧货市场的一个摊位上找到一根尺寸正好的发条，' +
  '换上以后走时很准，一天只差十几秒。想问问各位老师，这种座钟平时该多久上一次油，用什么油比较合适？'
const REPLY = '<p>钟表油要用专门的，千万别用缝纫机油，时间长了会发黏。一般三到五年清洗加油一次就够了，摆轮和擒纵叉那里点一点就行。</p>' +
  '<p>我家那台是六十年代的老钟，前年送去清洗，师傅说齿轮磨损得厉害，换了两个轮片。清洗以后声音小了很多，走时也稳了。</p>' +
  '<p>另外座钟要放平，用水平仪量一下，摆锤左右的声音听起来均匀才算调好，不然过几天又会停。</p>'

/** A thread of an invented platform: member pages at `/club/who/<n>.htm`, a header with the name and the time. */
function thread (post: (n: number, name: string, time: string) => string): string {
  const posts = [
    post(1186, '老周修钟', '2011-05-02 10:33') + `<div class="bd"><p>${OPENING}</p></div></div>`,
    post(2231, '江南钟友', '2011-05-02 11:05') + `<div class="bd">${REPLY}</div></div>`,
    post(318, '阿明', '2011-05-02 12:47') + `<div class="bd">${REPLY}<p>摆锤的长度也要调一调。</p></div></div>`,
    post(4410, '钟表匠小李', '2011-05-03 08:15') + `<div class="bd">${REPLY}<p>有问题可以拿来店里看看。</p></div></div>`
  ]
  return '<html lang="zh-CN"><head><title>老座钟换发条以后怎么保养 - 钟表论坛</title></head><body>' +
    '<div class="nav"><a href="/">首页</a> &gt; <a href="/club/">钟表论坛</a></div><h1>老座钟换发条以后怎么保养</h1>' +
    `<div class="thread">${posts.join('')}</div><div class="foot">© 2011 钟表论坛</div></body></html>`
}
const header = (n: number, name: string, time: string): string =>
  `<div class="msg"><div class="hd"><a href="/club/who/${n}.htm">${name}</a> <span>发表于 ${time}</span></div>`
/** The body's text, and whether replies were taken out as a thread's. */
const bodyText = (html: string): string => {
  const { body, removed } = processPage({ content: html, format: 'html' }).article
  return (removed.some(r => r.rule === 'thread-replies') ? 'REPLIES OUT\n' : '') + body.map(b => b.text).join('\n')
}

t.test('a thread of an unknown platform: its posts by the posters\' links, names and times', async t => {
  t.notOk(isMemberPage('/club/who/1186.htm'), 'no known pattern takes the member page')
  const text = bodyText(thread(header))
  t.match(text, /^REPLIES OUT\n[^]*发条断了/u, 'the opening post kept, the replies taken out as a thread\'s')
  t.notMatch(text, '缝纫机油', 'the replies gone')

  const noTime = bodyText(thread((n, name) => `<div class="msg"><div class="hd"><a href="/club/who/${n}.htm">${name}</a></div>`))
  t.match(noTime, /^(?!REPLIES OUT)[^]*缝纫机油/u, 'no time in the headers (a product roundup\'s items): no thread')
  const oneName = bodyText(thread((n, _name, time) =>
    `<div class="msg"><div class="hd"><a href="/club/reply/${n}.htm">回复</a> <span>${time}</span></div>`))
  t.match(oneName, /^(?!REPLIES OUT)[^]*缝纫机油/u, 'one text on every link (a reply button): no posters')
  const places = ['div.hd', 'p.by', 'span.who', 'div.hd']
  let i = 0
  const scattered = bodyText(thread((n, name, time) => {
    const [tag, cls] = places[i++ % places.length].split('.')
    return `<div class="msg"><div class="hd"><${tag} class="${cls}"><a href="/club/who/${n}.htm">${name}</a></${tag}> ` +
      `<span>${time}</span></div>`
  }))
  t.match(scattered, /^(?!REPLIES OUT)[^]*缝纫机油/u, 'the link at a place of its own in each (a page\'s sections): no thread')
})
