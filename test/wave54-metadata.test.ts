/**
 * Session 54: the classes of session 54's unseen wave, each on the page that showed it and on the readers alone: a
 * member's feed is no member page, a member page on a host of the blog's registered domain is; a village committee and
 * a college department are organisations where a byline stands; a thread byline's label and a font-size switch name
 * nobody.
 */
import t from 'tap'
import { isMemberPage } from '../src/parse/html/members.js'
import { isChineseOrganization } from '../src/text/org-names.js'
import { ownPage } from './helpers.js'

const meta = (set: string, id: string): { authors: string[], source: string | null } => {
  const { article } = ownPage(set, id).result
  return { authors: article.authors, source: article.source }
}

t.test('a member\'s feed is no member page; a member host of the platform\'s domain is the platform\'s', async t => {
  t.notOk(isMemberPage('http://jifanglaosong.blog.example-51cto.com/rss.php?uid=623817'), 'a blog\'s `rss.php?uid=`')
  t.notOk(isMemberPage('/feed.php?uid=52107'), 'a feed script')
  t.ok(isMemberPage('space.php?uid=52107'), 'a member\'s space still is')
  t.ok(isMemberPage('/forum/userinfo.php?uid=8812'), 'and a user-info script')
  t.ok(isMemberPage('http://home.example-51cto.com/space?uid=623817'), 'a member script with no extension')
  t.notOk(isMemberPage('/search?uid=623817'), 'a search by member is none')
  t.same(meta('zh-blogs', 'b419').authors, ['机房老宋'],
    'b419: the owner box\'s link on the platform\'s member host, not the feed link\'s `订阅`')
})

t.test('a village committee and a college department are organisations', async t => {
  for (const name of ['柳河村委会', '新华居委会', '机电工程系', '中文系']) t.ok(isChineseOrganization(name), name)
  for (const name of ['李关系', '王系']) t.notOk(isChineseOrganization(name), `${name}: a person's name`)
  t.same(meta('zh-gov', 'g248'), { authors: [], source: '柳河村委会' }, 'g248: `作者：柳河村委会` is the issuer')
  t.same(meta('zh-org', 'o187'), { authors: ['龙泽宇'], source: '机电工程系' },
    'o187: `机电工程系 龙泽宇`, the department and its writer')
})

t.test('a thread byline\'s label and a font-size switch name nobody', async t => {
  t.same(meta('zh-blogs', 'b428').authors, ['西溪酿酒师'], 'b428: PunBB\'s `主题由 西溪酿酒师`, the poster alone')
  t.same(meta('zh-news', 'n422').authors, [], 'n422: `作者：` empty, then the `大 中 小` links')
})
