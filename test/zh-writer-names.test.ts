/**
 * Issue #12, writers' names as session 43's unseen Chinese pages print them: a department and a professional title
 * beside a doctor's or a lawyer's name (zh-org o100, o102), a board's member icons naming their action on the poster
 * (`查看老焊工阿强的个人资料`, DVBBS: zh-blogs b271), a `樓主` badge before the poster's member link (b258), and the
 * screen name a blog shows for the account its `<title>` names (CSDN: b269).
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'

const P = '<p>高血压是心脑血管疾病最重要的危险因素之一，很多患者因为没有明显不适而忽视了规范治疗，等到出现并发症时往往为时已晚。' +
  '专家提醒，成年人应当定期测量血压，发现异常及时就诊，在医生指导下坚持用药。</p><p>此外，控制食盐摄入、适量运动、戒烟限酒、' +
  '保持良好作息，也是预防和控制高血压的有效办法，家属应当多提醒、多督促。</p>'
const authors = (html: string, url?: string): string[] => processPage({
  content: `<html><head><meta charset="utf-8">${html}${P}</body></html>`, format: 'html', ...(url === undefined ? {} : { url })
}).article.authors

t.test('a department and a professional title beside a writer\'s name are no names', async t => {
  const head = '<title>高血压患者要规范治疗</title></head><body><h1>高血压患者要规范治疗</h1>'
  t.same(authors(`${head}<p>作者：心内科 主任医师 蒋文涛　发布时间：2009-05-06</p>`), ['蒋文涛'])
  t.same(authors(`${head}<p>文／李宗翰 律師、許雅婷 律師</p>`), ['李宗翰', '許雅婷'])
})

t.test('a board\'s poster: its member icons\' alt text, a badge before the name', async t => {
  const panel = '<title>记一次进水笔记本的抢救 - 笔记本维修 - 电脑论坛</title></head><body><table><tr><td>帖子主题：' +
    '<b>记一次进水笔记本的抢救</b></td></tr><tr><td><a href="dispuser.asp?name=老焊工阿强"><img src="profile.gif" ' +
    'alt="查看老焊工阿强的个人资料"></a> <a href="friendlist.asp?myFriend=老焊工阿强"><img src="add.gif" ' +
    'alt="把老焊工阿强加入好友"></a> <b>楼主</b></td></tr></table>'
  t.same(authors(panel, 'http://bbs.example.cn/dispbbs.asp?boardid=12&id=45678'), ['老焊工阿强'])
  const badge = '<title>【心得】新手練功路線整理 - 遊戲哈啦板</title></head><body><h1>【心得】新手練功路線整理</h1>' +
    '<div><span class="FM-floor">#1</span><span class="FM-lzbadge">樓主</span> <a href="http://home.example.com.tw/' +
    'homeindex.php?owner=mistcat0812">霧雨ㄉ貓</a> <span class="FM-uid">(mistcat0812)</span></div>'
  t.same(authors(badge, 'http://forum.example.com.tw/C.php?bsn=18342&snA=2051'), ['霧雨ㄉ貓'])
})

t.test('the screen name a blog shows for the account its <title> names', async t => {
  const blog = (menu: string): string => '<title>Druid连接池偶发断连的排查 - qingmu_zhang的博客 - CSDN博客</title></head><body>' +
    `<h1>Druid连接池偶发断连的排查</h1>${menu}<div class="article-bar-top"><span class="time">2018年03月14日 10:23:45</span>`
  const shown = blog('') + '<a class="follow-nickName" href="https://me.csdn.net/qingmu_zhang">青木老张</a></div>'
  t.same(authors(shown, 'https://blog.csdn.net/qingmu_zhang/article/details/79551234'), ['青木老张'])
  const menu = blog('<a href="https://blog.csdn.net/qingmu_zhang">我的空间</a>') + '</div>'
  t.same(authors(menu, 'https://blog.csdn.net/qingmu_zhang/article/details/79551234'), ['qingmu_zhang'],
    'a menu\'s link to the account\'s own space names no one: the account stays')
})

t.test('a Q&A page\'s labelled asker is a screen name, the grade after it none of it', async t => {
  // zh-blogs b274 (Baidu Zhidao)
  const asked = '<title>孩子晚上总是哭闹怎么办 - 百度知道</title></head><body><h1>孩子晚上总是哭闹怎么办</h1><div class="question-info">' +
    '<span>浏览次数：1523次</span> | <span>提问者：<a href="http://www.baidu.com/p/x?from=zhidao">夜行的猫2008</a> - ' +
    '<a href="help.html" class="grade">二级</a></span></div>'
  t.same(authors(asked), ['夜行的猫2008'])
})
