/**
 * Issue #12, page titles as Chinese sites write them: a site-shaped name before the title (`固原新闻网-…`, with a
 * bare dash between Chinese text) and a channel's tag (`【图文】`) go; a word before a bare dash stays.
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
})
