/**
 * A date a page labels as its update in another element than the date's own (`<span>Last Updated</span> <span>on
 * </span> <span>Feb 27, 2026</span>`) is an update wherever the front end reads it, and a date in a teaser card's
 * link is the other page's (issue #12, session 12). Snippets from WCXB dev pages, a few lines each.
 */
import t from 'tap'
import { load } from 'cheerio'
import { readHints } from '../src/parse/html/meta.js'

const page = (head: string, body: string): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`
const hints = (head: string, body: string): ReturnType<typeof readHints> => readHints(load(page(head, body)))
const PROSE = '<p>The council approved the new cycling plan on Tuesday after a long debate about parking and bus lanes in the old town.</p>'.repeat(4)
const kinds = (h: ReturnType<typeof readHints>): string[] => (h.dates ?? []).map(d => `${d.kind} ${d.value}`)

t.test('the label in spans of its own before the date: an update, not the headline\'s date (WCXB 4601)', async t => {
  const h = hints('<title>Best Home Security Systems of 2026</title>',
    '<h1>Best Home Security Systems of 2026</h1><div><span class="author-name"><a href="/author/gene-petrino/">Gene Petrino</a><span>, Home Security Expert</span></span> ' +
    '<span class="post-date"><span class="desktop">Last Updated</span> <span class="mobile">on</span> <span class="date">Feb 27, 2026</span></span></div>' + PROSE)
  t.same(kinds(h), ['updated-line Feb 27, 2026', 'updated-line Feb 27, 2026'])
})

t.test('a label split by a React page\'s comments (`Updated<!-- -->: <!-- -->December 04, 2025`, WCXB 0149)', async t => {
  const ld = '{"@type":"Article","headline":"Best U.S. Vacation Packages to Book for 2026","datePublished":"2024-02-27T00:00:00.000Z"}'
  const h = hints(`<script type="application/ld+json">${ld}</script>`,
    '<h1><span>Best U.S. Vacation Packages to Book for 2026</span></h1><div><p itemProp="dateModified">Updated<!-- -->: <!-- -->December 04, 2025</p></div>' + PROSE)
  t.same(kinds(h), ['json-ld 2024-02-27T00:00:00.000Z', 'updated-line December 04, 2025'])
})

t.test('a date inside the element labelled as the update is that update (WCXB 4138, 4858)', async t => {
  const a = hints('<title>The Most In-Demand Programming Languages for 2026</title>',
    '<h1>The Most In-Demand Programming Languages for 2026</h1><div class="author"><div class="row"><div class="date-create"> Updated <span>January 08, 2026</span></div></div></div>' + PROSE)
  t.notOk(kinds(a).some(k => !k.startsWith('updated-line')), 'no publication date from the update line')
  t.ok(kinds(a).includes('updated-line January 08, 2026'))
  const b = hints('<title>Best VPN for Gaming</title>',
    '<h1>Best VPN for Gaming</h1><div class="info-block article-date-info"><span class="meta-heading"> Updated on </span> <span class="meta-value"> February 24, 2026 </span></div>' + PROSE)
  t.notOk(kinds(b).some(k => !k.startsWith('updated-line')), 'no publication date from the update line')
})

t.test('a published date beside an update line is still the publication date', async t => {
  const h = hints('<title>Harbour Bridge Reopens After Repairs</title>',
    '<h1>Harbour Bridge Reopens After Repairs</h1><div><span>Published</span> <span>March 3, 2025</span> · <span>Updated on</span> <span>March 9, 2025</span></div>' + PROSE)
  t.equal(h.published, 'March 3, 2025')
})

t.test('a date in a teaser card\'s link is the other page\'s; a permalink around the date alone is the article\'s (WCXB 0110)', async t => {
  const card = '<a href="/blog/schedule"><div class="block-blog-information"><h4 class="block-blog-category">Blog</h4>' +
    '<p class="block-blog-title">How to Schedule Your Next Video Production Timeline</p><span class="block-blog-date">Aug 01, 2024</span></div></a>'
  const teaser = hints('<title>Video Production 101</title>', `<h1>Video Production 101</h1>${PROSE}${card}${PROSE}`)
  t.notOk(kinds(teaser).some(k => k.includes('Aug 01, 2024')), 'the teaser\'s date is not read')
  const permalink = hints('<title>Video Production 101</title>',
    `<h1>Video Production 101</h1><div class="entry-meta"><a href="/video-production-101/" rel="bookmark"><span class="entry-date">Aug 01, 2024</span></a></div>${PROSE}`)
  t.equal(permalink.published, 'Aug 01, 2024')
})

t.test('a sidebar widget\'s date near a headline is not the page\'s (WCXB 4450); HubSpot\'s layout cells are no widgets (WCXB 4617)', async t => {
  const sidebar = hints('<title>A journal and blog of a woodworking beginner</title>',
    '<div id="sidebar"><aside id="primary" class="widget-area sidey"><section id="recent-posts-3" class="widget-container widget_recent_entries"><h3 class="widget-title"><span>Newest posts</span></h3>' +
    '<ul><li> <a href="/how-hard-can-it-be/first-wooden-finger-joint/">First wooden finger joint</a> <span class="post-date">Sunday, 31.03.2019</span></li></ul></section></aside></div>' +
    `<h1> Jan's Blog </h1>${PROSE}`)
  t.same(kinds(sidebar), [])
  const hubspot = hints('<title>My Secret Tip for Writing an Unforgettable College Essay</title>',
    '<div class="span12 widget-span widget-type-blog_content"><div class="blog-section"><div class="section post-header">' +
    '<h1>My Secret Tip for Writing an Unforgettable College Essay</h1><div class="post-meta"><span class="meta-date"> <a href="/blog/topic/"> May 18, 2023</a> </span></div>' +
    `</div>${PROSE}</div></div>`)
  t.equal(hubspot.published, 'May 18, 2023')
})

t.test('a <time> whose label stands in an element beside its own is labelled by it (WCXB 0251, 4268)', async t => {
  const reviewed = hints('<title>Oral Health</title>',
    `<h1>Oral Health</h1>${PROSE}<div class="field field--name-field-hrsa-date-last-reviewed field--label-inline"><div class="field__label">Date Last Reviewed:</div> ` +
    '<div class="field__item"> <time datetime="2025-04-14T12:00:00Z" class="datetime">April 2025</time> </div></div>')
  t.same(kinds(reviewed), ['updated-line 2025-04-14T12:00:00Z'])
  const modified = hints('<title>How to Start an LLC in New York</title>',
    '<h1>Form an LLC in New York</h1><div><p class="has-text-color">Last Updated:</p> <div class="wp-block-post-date__modified-date wp-block-post-date">' +
    `<time datetime="2026-02-01T09:58:04+02:00">February 1, 2026</time></div></div>${PROSE}`)
  t.notOk(kinds(modified).some(k => !k.startsWith('updated-line')), 'only update dates')
})

t.test('the label walk stops at a line holding another <time>: an unlabelled date beside an update stays a publication', async t => {
  const h = hints('<title>Harbour Bridge Reopens After Repairs</title>',
    '<h1>Harbour Bridge Reopens After Repairs</h1><div class="dates"><time datetime="2025-03-03">March 3, 2025</time> <span>Updated <time datetime="2025-03-09">March 9, 2025</time></span></div>' + PROSE)
  t.equal(h.published, '2025-03-03')
})

t.test('a labelled date far from the headline is read under every label the reader knows, first letter in any case', async t => {
  // the reader passes an element by on its first shown character (`DATE_LABEL_FIRST`): each label's must pass
  const far = '<p>The council approved the new cycling plan on Tuesday after a long debate about parking and bus lanes in the old town.</p>'.repeat(60)
  const labels = ['Posted on', 'posted at', 'Published', 'PUBLISHED ON THE', 'Originally posted on', 'first published',
    'Date published:', 'DATE PUBLISHED', '发布日期', '发布于', '發布於', '发表于', '#1']
  for (const label of labels) {
    const date = /[发發#]/.test(label) ? '2023-04-13' : 'April 13, 2023'
    const h = hints('<title>Harbour</title>', `<h1>Harbour Bridge Reopens</h1>${far}<div><p>x</p><p><b> </b>${label} ${date}</p></div>${far}`)
    t.same(kinds(h), [`labelled-date ${date}`], label)
  }
  t.same(kinds(hints('<title>Harbour</title>', `<h1>Harbour Bridge Reopens</h1>${far}<p>Seen on April 13, 2023</p>${far}`)), [],
    'no label, no date')
  t.same(kinds(hints('<title>Harbour</title>', `<h1>Harbour Bridge Reopens</h1>${far}<p>#12 2023-04-13</p>${far}`)), [],
    'a later post\'s number is no label')
})
