/**
 * Issue #12, page titles as Chinese sites write them: a site-shaped name before the title (`固原新闻网-…`, with a
 * bare dash between Chinese text) and a site's mark of format or provenance (`【图文】`, `[转载]`) go; a word before a
 * bare dash stays, and so does a tag the writer typed into the title (`[心得] …`). A board's category printed as a link
 * of its own at the start of the `<h1>` (Discuz!'s thread types) is no part of the headline.
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'

const P = '西吉县是全国马铃薯主产区之一，马铃薯种植面积常年稳定在一百万亩以上，是当地农民增收的支柱产业。'
const P2 = '近年来当地依托马铃薯产业，建设了一批脱毒种薯繁育基地和淀粉加工企业，农民收入稳步增长。'
t.test('titles: a site-shaped name before the title, a channel tag before it', async t => {
  const titled = (pageTitle: string): string | null => processPage({
    content: `<html><head><title>${pageTitle}</title></head><body><div class="content"><p>${P}</p><p>${P2}</p>` +
      '</div></body></html>',
    format: 'html'
  }).article.title
  t.equal(titled('固原新闻网-西吉县马铃薯产业发展调查'), '西吉县马铃薯产业发展调查')
  t.equal(titled('【图文】西吉县马铃薯产业发展调查'), '西吉县马铃薯产业发展调查')
  t.equal(titled('Example News | Xiji County steps up potato industry'), 'Xiji County steps up potato industry')
  t.equal(titled('互联网-改变生活的力量与西吉县马铃薯'), '互联网-改变生活的力量与西吉县马铃薯', 'a word, not a site, before a bare dash')
  t.equal(titled('[转载]西吉县马铃薯产业发展调查'), '西吉县马铃薯产业发展调查', 'a blog host\'s provenance mark')
  t.equal(titled('[视频]西吉县马铃薯产业发展调查'), '西吉县马铃薯产业发展调查', 'a broadcaster\'s media mark')
  t.equal(titled('[心得] 西吉县马铃薯产业发展调查'), '[心得] 西吉县马铃薯产业发展调查', 'a board\'s category typed into the title')
  t.equal(titled('【西吉县】马铃薯产业发展调查'), '【西吉县】马铃薯产业发展调查', 'a place the writer puts first')
})

t.test('titles: a board\'s category linked at the start of the <h1> is not the headline\'s', async t => {
  const headed = (h1: string): string | null => processPage({
    content: `<html><head><title>西吉县马铃薯产业发展调查 - 西吉论坛</title></head><body><h1>${h1}</h1>` +
      `<div class="content"><p>${P}</p><p>${P2}</p></div></body></html>`,
    format: 'html'
  }).article.title
  t.equal(headed('<a href="forum.php?mod=forumdisplay&amp;fid=1&amp;filter=typeid&amp;typeid=5">[产业发展报告]</a> ' +
    '<span id="thread_subject">西吉县马铃薯产业发展调查：从种薯到淀粉</span>'), '西吉县马铃薯产业发展调查：从种薯到淀粉')
  t.equal(headed('[产业调查] 西吉县马铃薯产业发展调查：从种薯到淀粉'), '[产业调查] 西吉县马铃薯产业发展调查：从种薯到淀粉',
    'typed into the heading\'s own text, it stays')
  t.equal(headed('<a href="/tag/1">西吉县</a>马铃薯产业发展调查：从种薯到淀粉'), '西吉县马铃薯产业发展调查：从种薯到淀粉',
    'a link that is no bracketed category stays')
})
