/**
 * A hacked page's cloaking redirect (src/parse/html/redirect-script.ts): an inline script that sends a search engine's
 * visitors, or anyone, to a gambling or other site is listed in `removed` as `spam-redirect-script`, with its target;
 * analytics, share and same-site scripts are not.
 */
import t from 'tap'
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { processPage } from '../src/pipeline.js'
import type { Removal } from '../src/types.js'

const redirects = (content: Buffer | string, url?: string): Removal[] =>
  processPage({ content: Buffer.from(content), format: 'html', ...(url !== undefined ? { url } : {}) })
    .article.removed.filter(r => r.rule === 'spam-redirect-script')

/** A page's address; `NO_ADDRESS` for a page sent without one. */
const NO_ADDRESS = ''
const page = (head: string, url = 'http://www.example-county.gov.cn/news/1.html'): Removal[] =>
  redirects(`<html><head><meta charset="utf-8"><title>县里新闻</title>${head}</head><body><h1>县里新闻</h1>` +
    `<p>${'今天县里召开会议，部署今年的防汛工作，要求各乡镇做好准备。'.repeat(8)}</p></body></html>`,
  url === NO_ADDRESS ? undefined : url)

t.test('the shapes hacked pages carry', async t => {
  const plain = page('<script>var s=document.referrer;if(s.indexOf("baidu")>0||s.indexOf("sogou")>0){' +
    'window.location.href="http://www.example-landing.com/?from=gov";}</script>')
  t.equal(plain.length, 1, 'a referrer test against search engines, then a navigation to another site')
  t.equal(plain[0].text, 'http://www.example-landing.com/?from=gov', 'the target is listed')
  t.match(plain[0].reason, /search engine/)
  const escaped = page('<script>var _0x=["\\x72\\x65\\x66\\x65\\x72\\x72\\x65\\x72","\\x62\\x61\\x69\\x64\\x75"];' +
    'if(new RegExp(_0x[1]).test(document[_0x[0]])){location.replace("http://www.example-landing.com/");}</script>')
  t.equal(escaped.length, 1, 'the words hidden in \\x escapes')
  const frame = page('<script>if(document.referrer.indexOf("so.com")>0){document.write(\'<div style="position:fixed;' +
    'left:0;top:0;width:100%;height:100%;z-index:99999;background:#fff;"><iframe src="http://www.example-landing.com/" ' +
    'width="100%" height="100%"></iframe></div>\');}</script>')
  t.equal(frame.length, 1, 'a full-screen frame written over the page')
  const gambling = page('<script>setTimeout(function(){top.location="http://www.xpj8866.com/?f=1"},800)</script>',
    'http://www.example-county.gov.cn/')
  t.equal(gambling.length, 1, 'a navigation to a gambling host, with no condition')
  t.match(gambling[0].reason, /gambling site/)
  t.equal(page('<script>location.href="http://www.xpj8866.com/"</script>', NO_ADDRESS).length, 1,
    'a gambling host is known without the page\'s address')
})

t.test('scripts that are no redirect', async t => {
  t.same(page('<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");' +
    'hm.src="https://hm.baidu.com/hm.js?3f0a";var s=document.getElementsByTagName("script")[0];' +
    's.parentNode.insertBefore(hm,s);})();</script>'), [], 'Baidu analytics')
  t.same(page('<script>var cnzz_protocol=(("https:"==document.location.protocol)?"https://":"http://");' +
    'document.write(unescape("%3Cspan id=\'cnzz_stat_icon_1\'%3E%3C/span%3E%3Cscript src=\'" + cnzz_protocol + ' +
    '"s4.cnzz.com/z_stat.php%3Fid%3D1\' type=\'text/javascript\'%3E%3C/script%3E"));</script>'), [], 'CNZZ\'s counter')
  t.same(page('<script>if(/baidu|sogou/.test(document.referrer)&&/Mobile/.test(navigator.userAgent)){' +
    'location.href="http://m.example-county.gov.cn/news/1.html"}</script>'), [], 'a redirect to the site\'s own mobile pages')
  t.same(page('<script>if(document.referrer.indexOf("google")>0){location.href="https://www.google.com/"}</script>'), [],
    'a search engine\'s own host is no target')
  t.same(page('<script>if(document.referrer==""){location.href="http://www.example-other.org/"}</script>'), [],
    'another site, with no search engine in the condition')
  t.same(page('<script>var s=document.referrer;if(s.indexOf("baidu")>0){location.href="http://www.example-landing.com/"}' +
    '</script>', NO_ADDRESS), [], 'without the page\'s address no host but a gambling one is another site\'s')
})

// the development pages of three sets and every labelled Chinese page: hacked pages listed, none else
const FIXTURES = join('test', 'fixtures')
const DEV = join('..', 'shared', 'dev-data')

t.test('the labelled pages: the hacked pages\' redirects, and none on a page without hidden spam', async t => {
  let hacked = 0
  for (const set of ['zh-news', 'zh-gov', 'zh-org', 'zh-blogs']) {
    for (const f of readdirSync(join(FIXTURES, set, 'html'))) {
      const gt = JSON.parse(readFileSync(join(FIXTURES, set, 'ground-truth', f.replace(/\.html$/, '.json')), 'utf8')) as
        { url?: string, hidden_spam?: string[] }
      const found = redirects(readFileSync(join(FIXTURES, set, 'html', f)), gt.url)
      if (found.length === 0) continue
      hacked++
      t.ok((gt.hidden_spam ?? []).length > 0, `${f}: a redirect only on a page the truth calls hacked`)
    }
  }
  t.ok(hacked >= 40, `the redirects of the hacked pages are found (${hacked})`)
})

t.test('the development pages: WCXB and daniel-zh carry none', { skip: !existsSync(DEV) && 'no dev data' }, async t => {
  for (const set of ['wcxb-articles', 'daniel-zh']) {
    const dir = join(DEV, set, 'html')
    let found = 0
    for (const f of readdirSync(dir)) {
      const raw = readFileSync(join(dir, f))
      const truth = join(DEV, set, 'ground-truth', f.replace(/\.html(\.gz)?$/, '.json'))
      const url = existsSync(truth) ? (JSON.parse(readFileSync(truth, 'utf8')) as { url?: string }).url : undefined
      try {
        found += redirects(f.endsWith('.gz') ? gunzipSync(raw) : raw, url).length
      } catch { /* a page with no text has no article to list removals in */ }
    }
    t.equal(found, 0, set)
  }
})
