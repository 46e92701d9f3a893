/**
 * Session 51: the member pages of two forum platforms' friendly and semicolon URLs (IP.Board 3
 * `/user/1288-azhe-train/`, YaBB and YaBB SE `index.php?action=viewprofile;user=owlde`), by which a thread's posts are
 * told and its poster read; FluxBB's and PunBB's ` / ` between a topic, its board and the forum in a `<title>`.
 */
import t from 'tap'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { processPage } from '../src/pipeline.js'
import { isMemberPage } from '../src/parse/html/members.js'
import { cleanTitle } from '../src/metadata/title.js'
import type { Article } from '../src/types.js'

const article = (set: string, id: string): Article => {
  const dir = join('test', 'fixtures', set)
  const file = readdirSync(join(dir, 'html')).find(f => f.startsWith(`${id}-`))!
  const gt = JSON.parse(readFileSync(join(dir, 'ground-truth', file.replace(/\.html$/, '.json')), 'utf8')) as
    { url?: string, fetched_at?: string }
  const fetched = gt.fetched_at !== undefined ? { fetchedAt: gt.fetched_at } : {}
  return processPage({ content: readFileSync(join(dir, 'html', file)), format: 'html', url: gt.url, ...fetched }).article
}
const bodyText = (a: Article): string => a.body.map(b => b.text).join('\n')

t.test('member pages of IP.Board 3 and YaBB: the thread\'s replies go and its poster is read', async t => {
  t.ok(isMemberPage('http://www.example-gauge.tw/forum/user/1288-azhe-train/'), 'IP.Board 3, friendly URL')
  t.ok(isMemberPage('/yabbse/index.php?action=viewprofile;user=owlde'), 'YaBB SE')
  t.ok(isMemberPage('/cgi-bin/yabb/YaBB.pl?action=viewprofile;username=admin'), 'YaBB 1 Gold')
  t.notOk(isMemberPage('/forum/topic/8812-n-scale-station/'), 'a topic of IP.Board is no member')
  t.notOk(isMemberPage('/yabbse/index.php?action=viewprofile;user='), 'no member named')
  const ipb = article('zh-blogs', 'b378')
  t.same(ipb.authors, ['阿哲的小火車'], 'IP.Board 3: the topic starter')
  t.notMatch(bodyText(ipb), '第一次做就有這個水準很不錯', 'a reply is gone')
  t.match(bodyText(ipb), '伺服馬達', 'the opening post stays')
  const yabb = article('zh-blogs', 'b380')
  t.same(yabb.authors, ['貓頭鷹阿德'], 'YaBB SE: the topic starter')
  t.notMatch(bodyText(yabb), '北返前同步調查', 'a reply is gone')
  t.match(bodyText(yabb), '裡海燕鷗', 'the opening post stays')
})

t.test('a spaced slash before a site\'s or a section\'s name in a <title>', async t => {
  t.equal(cleanTitle('给老 ThinkPad T43 装 Arch 的全过程，记录几个坑 / 硬件兼容 / 滚滚 Linux 中文论坛'),
    '给老 ThinkPad T43 装 Arch 的全过程，记录几个坑', 'FluxBB: the forum, then the board before it')
  t.equal(cleanTitle('Installing Arch on a T43 / PunBB Forums'), 'Installing Arch on a T43', 'an English board')
  t.equal(cleanTitle('Either / Or'), 'Either / Or', 'a tail that is no site\'s name stays')
  t.equal(cleanTitle('TCP/IP 协议详解 / 网络技术'), 'TCP/IP 协议详解 / 网络技术', 'a section alone, no site after it, stays')
  t.equal(cleanTitle('AC/DC 巡演回顾 - 新浪网'), 'AC/DC 巡演回顾', 'a slash inside a word is no separator')
  t.equal(article('zh-blogs', 'b379').title, '给老 ThinkPad T43 装 Arch 的全过程，记录几个坑', 'a FluxBB 1.4 topic')
})
