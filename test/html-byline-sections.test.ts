/**
 * Where the HTML front end does not read a byline (session 13): a list of the site's latest or most recent items
 * is the site's furniture, and a byline's category part names a section, not a writer. Each test's HTML is a
 * few lines of the shape as a WCXB dev page writes it.
 */
import t from 'tap'
import { load } from 'cheerio'
import { readHints } from '../src/parse/html/meta.js'

const page = (body: string): string => `<!doctype html><html><head><title>Archiving Facebook</title></head><body>${body}</body></html>`
const hints = (body: string): ReturnType<typeof readHints> => readHints(load(page(body)))
const PROSE = '<p>Digital preservation of social media means capturing posts, comments and images before a platform changes its export.</p>'.repeat(4)

t.test('authors: a commenter in a list of the latest comments is not the article\'s writer', async t => {
  // WCXB 0427 (a Joomla JComments module in the sidebar, before the article's author box)
  const latest = '<div><span><strong>Latest Comments</strong></span></div><ul class="jcomments-latest"><li><h3>' +
    '<a href="/blog/archiving-facebook-right-now">Archiving Facebook, Right Now</a></h3><ul><li>' +
    '<span class="avatar"></span><span class="author">George Oates</span><span class="date">3 weeks ago</span>' +
    '</li></ul></li></ul>'
  const box = '<div class="author_cont"><div class="news_cont"><h3 class="no_marg">' +
    '<a href="/component/comprofiler/userprofile/craigmccarthy?tab=10">Craig McCarthy</a></h3>' +
    '<p class="date no_marg">Last updated on 17 December 2025</p></div></div>'
  t.same(hints(`<h1>Structured metadata workflows</h1>${latest}${box}${PROSE}`).authors, ['Craig McCarthy'])
  // the same list under other names of the shape: `recent-comments`, `popular_posts`
  for (const cls of ['recent-comments', 'popular_posts', 'widget-latest']) {
    const list = latest.replace('jcomments-latest', cls)
    t.same(hints(`<h1>Structured metadata workflows</h1>${list}${box}${PROSE}`).authors, ['Craig McCarthy'], cls)
  }
  // a word that only holds `latest` or `recent` is no such list (`recently-updated` is one segment of each)
  const own = '<div class="recentness"><span class="author">George Oates</span></div>'
  t.same(hints(`<h1>Structured metadata workflows</h1>${own}${PROSE}`).authors, ['George Oates'])
})

t.test('authors: the category part of a byline names a section, not a writer', async t => {
  // WCXB 4125 (a byline of a date and a category, no writer: the page names none)
  const byline = '<section class="byline"><span class="byline__release-date"><time datetime="2023-03-20T00:00:00-07:00">' +
    'March 20, 2023</time></span><span class="byline__separator"> | </span><span class="byline__category">' +
    '<a href="/health-and-wellness/wellness-prevention-articles-and-videos">Wellness &amp; Prevention</a></span></section>'
  t.same(hints(`<h1>Why wellness matters</h1>${byline}${PROSE}`).authors ?? [], [])
  // a writer in the same byline is still read
  const named = byline.replace('<span class="byline__separator">', '<span class="byline__author">Jane Doe</span><span class="byline__separator">')
  t.same(hints(`<h1>Why wellness matters</h1>${named}${PROSE}`).authors, ['Jane Doe'])
})

t.test('authors: markup naming someone the page never shows loses to a writer the page shows in two places', async t => {
  const head = (name: string): string => `<meta name="author" content="${name}"><meta name="twitter:label1" content="Written by">` +
    `<meta name="twitter:data1" content="${name}">`
  // WCXB 4656: the byline under the headline and the author box after the article name the columnist; the meta
  // tags name the account that posted the page, which the page shows nowhere
  const byline = '<div class="post-meta"><div class="author d-block"><h3 class="m-0 text-white">By <a href="/charles-patterson/">' +
    'Charles Patterson</a>, <span class="fst-italic">WCI Columnist</span></h3><div class="comments d-block">' +
    '<time datetime="2025-08-19">August 19, 2025</time></div></div></div>'
  const box = '<div class="row"><div class="author-image me-3"></div><div><h2 class="m-0">Charles Patterson</h2>' +
    '<h3 class="fst-italic m-0">WCI Columnist</h3></div></div>'
  const body = `<h1>A DIY Investor's Guide to Retirement Calculators in 2025</h1>${byline}${PROSE}${box}`
  const withHead = (h: string, b: string): ReturnType<typeof readHints> =>
    readHints(load(`<!doctype html><html><head><title>Retirement Calculators</title>${h}</head><body>${b}</body></html>`))
  t.same(withHead(head('Josh Katzowitz'), body).authors, ['Charles Patterson'])
  // the markup's name shown on the page (a second writer, an editor line) keeps it
  t.same(withHead(head('Josh Katzowitz'), `${body}<p>Edited by Josh Katzowitz</p>`).authors, ['Josh Katzowitz'])
  // one reader alone naming another person is not enough: WCXB 4090's `Reviewed by:` line in a byline-classed item
  const reviewed = '<h1>Is an annuity right for you?</h1><ul><li class="elementor-post-info__item--type-author">' +
    `<span>Reviewed by: Brian Stormont, CFP®</span></li></ul>${PROSE}`
  t.same(withHead(head('Erica Needham'), reviewed).authors, ['Erica Needham'])
})
