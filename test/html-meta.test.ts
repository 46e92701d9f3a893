/**
 * Metadata hints of the HTML front end (`src/parse/html/meta.ts`) and their normalization: which title, which
 * authors, which date a page gives. The HTML here is written for these tests.
 */
import t from 'tap'
import { load } from 'cheerio'
import { readHints, cleanAuthor, isNameList } from '../src/parse/html/meta.js'
import { parseDate, splitNames } from '../src/metadata/index.js'
import { processPage } from '../src/pipeline.js'

const page = (head: string, body: string): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`
const hints = (head: string, body: string): ReturnType<typeof readHints> => readHints(load(page(head, body)))
const PROSE = '<p>The council approved the new cycling plan on Tuesday after a long debate about parking and bus lanes in the old town.</p>'.repeat(4)

t.test('title: the one <h1> a reader sees wins over a search-tuned og:title', async t => {
  const h = hints('<title>Best Kettles 2026 - Top Picks | Brew Mag</title><meta property="og:title" content="Best Kettles 2026 - Top Picks"><meta property="og:site_name" content="Brew Mag">',
    `<header><a href="/">Brew Mag</a></header><article><h1>The 5 Best Gooseneck Kettles</h1>${PROSE}</article>`)
  t.equal(h.title, 'The 5 Best Gooseneck Kettles')
})

t.test('title: a lone <h1> that is the site name (a logo) is not the headline', async t => {
  const h = hints('<title>Why Rust Feels Fast | Jane Writes</title><meta property="og:title" content="Why Rust Feels Fast">',
    `<header><h1>Jane Writes</h1></header><article><h2>Why Rust Feels Fast</h2>${PROSE}</article>`)
  t.equal(h.title, 'Why Rust Feels Fast')
})

t.test('title: several <h1>: the one the head announces', async t => {
  const h = hints('<meta property="og:title" content="Harbour Bridge Reopens">',
    `<h1>City News</h1><h1>Harbour Bridge Reopens</h1>${PROSE}`)
  t.equal(h.title, 'Harbour Bridge Reopens')
})

t.test('authors: a JSON-LD Person; the publisher organisation is not an author', async t => {
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'X', author: [{ '@type': 'Person', name: 'Ana Silva' }, { '@type': 'Organization', name: 'Daily Ledger' }], publisher: { '@type': 'Organization', name: 'Daily Ledger' } })
  const h = hints(`<script type="application/ld+json">${ld}</script>`, PROSE)
  t.same(h.authors, ['Ana Silva'])
})

t.test('authors: a meta author that is the site itself gives way to the visible byline', async t => {
  const h = hints('<title>Yoga at Home | Health Hub</title><meta name="author" content="Health Hub"><meta property="og:site_name" content="Health Hub">',
    `<article><h1>Yoga at Home</h1><div class="article-byline">By <a href="/people/holly">Holly Wilgus</a> | March 3, 2025</div>${PROSE}</article>`)
  t.same(h.authors, ['Holly Wilgus'])
})

t.test('authors: slugs, ids and user handles are not names', async t => {
  t.same(hints('<meta name="author" content="brandon-peaktwo">', PROSE).authors, undefined)
  t.same(hints('<meta name="author" content="262588213843476">', PROSE).authors, undefined)
  t.same(hints('<meta name="author" content="undefined">', PROSE).authors, undefined)
  t.notOk(isNameList('mdelatorre.q6vk'))
  t.notOk(isNameList('SmartEtailing Inc'), 'a company')
  t.notOk(isNameList('Sat'), 'a weekday')
  t.ok(isNameList('Mark Twain'))
  t.ok(isNameList('Manoj Jain and Jagpreet Chhatwal'))
})

t.test('authors: byline classes, `By X` lines and `Written by` labels', async t => {
  t.same(hints('', `<div class="post-hero__author-container"><img class="author-image" alt=""><span class="post-hero__author">Lisa Pham</span></div>${PROSE}`).authors, [
    'Lisa Pham'
  ])
  t.same(hints('', `<div class="publish-meta"><span>Published August 7, 2023</span> <span>by Nicole Burke</span></div>${PROSE}`).authors, [
    'Nicole Burke'
  ])
  t.same(hints('', `<div class="hdr"><div><p>Last updated</p><time>Aug 04, 2025</time></div><div><p>Written by</p><p>Edzel Tabing</p></div></div>${PROSE}`).authors, [
    'Edzel Tabing'
  ])
  t.same(hints('', `<article><h1>T</h1>${PROSE}<footer class="meta"><div class="author"><a rel="author" href="/a/hg">Halina Goetz</a></div></footer></article><footer><div class="author">Site Team Person</div></footer>`).authors, [
    'Halina Goetz'
  ])
  const blog = JSON.stringify({ '@type': 'BlogPosting', headline: 'T', author: { '@type': 'Person', name: 'Kristian Larsen' } })
  t.same(hints(`<meta property="og:site_name" content="Kristian Larsen"><script type="application/ld+json">${blog}</script>`, PROSE).authors, [
    'Kristian Larsen'
  ], 'a personal blog')
  t.same(hints('<title>Thoughts on Zig | Sam Bossley</title><meta name="author" content="Sam Bossley">', PROSE).authors, [
    'Sam Bossley'
  ], 'a site named after its author')
  t.same(hints('<title>Smartphone habits | Clemson News</title><meta name="author" content="Clemson News">', PROSE).authors, undefined, 'the newsroom is the site')
  // a commenter is no author
  t.same(hints('', `${PROSE}<section class="comments"><div class="comment-author">Troll Person</div></section>`).authors, undefined)
})

t.test('authors: the site is the author when its byline block says so, not when only the markup does', async t => {
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'BlogPosting', headline: 'Best Residential Movers in NYC', author: { '@type': 'Organization', name: 'Supermove', url: 'Supermove.com' }, publisher: { '@type': 'Organization', name: 'Supermove' } })
  const head = `<title>Best Residential Movers in NYC 2025 | Supermove</title><script type="application/ld+json">${ld}</script>`
  t.same(hints(head, `<h1>Best Residential Movers in NYC</h1><div class="blog_author-wrapper"><div class="blog_author"><div class="text-weight-semibold">Supermove</div><div>February 8, 2022</div><div>•</div><div>10mins read</div></div></div>${PROSE}`).authors, [
    'Supermove'
  ])
  t.same(hints(head, `<h1>Best Residential Movers in NYC</h1>${PROSE}`).authors, undefined, 'named in JSON-LD only')
  // an Elementor post-info author item naming the company
  t.same(hints('<meta property="og:site_name" content="West Bell Dental Care">', `<h1>Family Dentistry</h1><ul class="elementor-icon-list-items"><li><a href="/author/wbdc/"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">West Bell Dental Care</span></a></li></ul>${PROSE}`).authors, [
    'West Bell Dental Care'
  ])
})

t.test('authors: markup naming the site itself gives way to a different name in the visible byline', async t => {
  const ld = JSON.stringify({ '@type': 'Article', headline: 'Sample menus', author: { '@type': 'Person', name: 'British Heart Foundation' }, publisher: { '@type': 'Organization', name: 'British Heart Foundation' } })
  t.same(hints(`<meta property="og:site_name" content="British Heart Foundation"><script type="application/ld+json">${ld}</script>`,
    `<h1>Sample menus</h1><div class="article-author">Mike Lane</div>${PROSE}`).authors, ['Mike Lane'])
  t.same(hints('<meta name="author" content="One Tree Planted"><meta property="og:site_name" content="One Tree Planted">',
    `<h1>How to Reduce Waste</h1><div class="article__author">Meaghan Weeden ● </div>${PROSE}`).authors, [
      'Meaghan Weeden'
    ])
  // the site's name with a tag after it is still the site
  t.same(hints('<meta name="author" content="Help Net Security"><meta property="og:site_name" content="Help Net Security">',
    `<h1>Black Friday offers</h1><div class="author">Help Net Security Sponsored</div>${PROSE}`).authors, [
      'Help Net Security'
    ])
})

t.test('authors: labelled bylines in short elements', async t => {
  t.same(hints('', `<div class="leading-relaxed text-xl"><p>Article by</p><p>Matias Heikkilä</p></div>${PROSE}`).authors, [
    'Matias Heikkilä'
  ])
  t.same(hints('', `<div class="leading-relaxed text-xl">Article by<b>Matias Heikkilä</b></div>${PROSE}`).authors, [
    'Matias Heikkilä'
  ], 'label glued to the name')
  t.same(hints('', `${PROSE}<div class="purplebox"><i>Last updated March 3, 2025 by <a href="http://erikdemaine.org/">Erik Demaine</a>.</i></div>`).authors, [
    'Erik Demaine'
  ])
  t.same(hints('', `<div class="x"><button><span>All articles by Elliot Raba</span></button></div>${PROSE}`).authors, [
    'Elliot Raba'
  ])
  t.same(hints('', `<div class="tags"><div>Contributors: Janet Loughrey</div></div>${PROSE}`).authors, [
    'Janet Loughrey'
  ])
  t.same(hints('', `<div class="elementor-widget-container"><h3 class="wp-block-heading">Written by Cassidy Horton</h3><p>Cassidy Horton is a finance writer.</p></div>${PROSE}`).authors, [
    'Cassidy Horton'
  ])
  t.same(hints('', `<div class="node__meta"><p><time>12/19 — 2025</time></p><p>by   ibby    </p></div>${PROSE}`).authors, [
    'ibby'
  ], 'a lower-case handle after by')
  t.same(hints('', `<div class="blog-post__auth-print"><div class="blog-post__auth-print__author">By: FlowGuard EMEA on 04-ago-2021 5:11:10</div></div>${PROSE}`).authors, [
    'FlowGuard EMEA'
  ])
  // a list item about author names and a lower-case phrase after by are no bylines
  t.same(hints('', `${PROSE}<ul><li>Article title</li><li>Author names</li><li>Keywords</li></ul><p>by the numbers</p>`).authors, undefined)
})

t.test('authors: links to author pages; co-authors the markup leaves out', async t => {
  // each name a link to its author page, in one line
  const line = '<div class="text-2"><a href="https://www.classcentral.com/report/author/ruima/">Rui Ma</a><span>, </span> <a href="https://www.classcentral.com/report/author/heba/">Heba Ledwon</a><span> &amp; </span><a href="https://www.classcentral.com/report/author/suparn/">Suparn Patra</a></div>'
  t.same(hints('', `<h1>Free Certificates</h1>${line}${PROSE}`).authors, ['Rui Ma, Heba Ledwon, Suparn Patra'])
  // the markup names the first author only: the visible line wins
  t.same(hints('<meta name="author" content="Rui Ma">', `<h1>Free Certificates</h1>${line}${PROSE}`).authors, [
    'Rui Ma, Heba Ledwon, Suparn Patra'
  ])
  // a fact-checker after the byline is no author
  t.same(hints('', `<h1>Cloud Stocks</h1><div class="text-md">By <a href="/author/2420/">Scott Levine</a> – Updated Sep 9, 2025 | Fact-checked by <a href="/author/20449/">Frank Bass</a></div>${PROSE}`).authors, [
    'Scott Levine'
  ])
  t.same(hints('', `<h1>Shoe Companies</h1><p><a href="/author/ahmet/">Ahmet Serhan</a></p>${PROSE}<p><a href="/author/ahmet/">Author’s Profile</a></p>`).authors, [
    'Ahmet Serhan'
  ])
  // a menu link to an author page is the site's navigation
  t.same(hints('', `<nav><ul class="x-nav"><li class="menu-item"><a href="/author/hong-kong-actuary/"><span>Hong Kong Actuary</span></a></li></ul></nav><h1>Consulting vs Insurance</h1>${PROSE}`).authors, undefined)
})

t.test('authors: every citation_author of a scholarly page, in reading order', async t => {
  const cit = [
    'Huberty, Jennifer', 'Green, Jeni', 'Glissmann, Christine'
  ].map(n => `<meta name="citation_author" content="${n}">`).join('')
  t.same(hints(`<meta name="dc.creator" content="Jennifer Huberty">${cit}`, PROSE).authors, [
    'Jennifer Huberty; Jeni Green; Christine Glissmann'
  ])
  t.same(hints('<meta name="citation_author" content="Kaufman, Jeff T.">', PROSE).authors, ['Jeff T. Kaufman'])
  const { article } = processPage({ content: page(`<title>Yoga for cancer survivors</title>${cit}`, `<h1>Yoga for cancer survivors</h1>${PROSE}`), format: 'html' })
  t.same(article.authors, ['Jennifer Huberty', 'Jeni Green', 'Christine Glissmann'])
})

t.test('authors: the unlabelled date line under the headline, the author box, the address of the author page', async t => {
  t.same(hints('', `<article><h1>Audio plugins</h1><div class="entry-meta"><ul><li>Bence Kovács 02-12-2025</li><li>Audio</li></ul></div>${PROSE}</article>`).authors, [
    'Bence Kovács'
  ])
  t.same(hints('', `<h1>PM software pricing</h1><p>Project Management Software Pricing and Cost Guide 2026 Dec 26, 2025 • Mahua Das in Project Management</p>${PROSE}`).authors, undefined, 'too long a line: a summary')
  t.same(hints('', `<h1>PM software pricing</h1><p>Dec 26, 2025 • Mahua Das in Project Management</p>${PROSE}`).authors, [
    'Mahua Das'
  ])
  t.same(hints('', `<h1>Contract mocks</h1><div class="meta"><span>Dec 17, 2025</span><span>Julian K. Arni</span></div>${PROSE}`).authors, [
    'Julian K. Arni'
  ])
  t.same(hints('', `<h1>Checklist</h1><p>Updated March 3, 2025 Share This</p>${PROSE}`).authors, undefined, 'page furniture beside a date')
  t.same(hints('', `<h1>Wedding venues</h1><div class="article__meta"><p class="text-with-icon">Feb 6, 2025 By Nora Quinn</p></div>${PROSE}`).authors, [
    'Nora Quinn'
  ])
  // an author-classed line that opens with the date
  t.same(hints('', `<section id="What do people love about Rust?"><div class="publish-date-author">Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group</div>${PROSE}</section>`).authors, [
    'Niko Matsakis'
  ])
  t.same(hints('', `<h1>Care coordination</h1>${PROSE}<div class="blog_author-box"><div class="blog_author-wrapper"><div class="blog_author-image-wrapper"><img class="blog_author-image" alt="Lauren Vetter" src="a.jpg"></div><div class="blog_author-text"><div class="text-size-small">Lauren Vetter</div><div><p>Lauren Vetter is a growth-focused marketing professional.</p></div></div></div></div>`).authors, [
    'Lauren Vetter'
  ])
  t.same(hints('', `<h1>Care coordination</h1>${PROSE}<div class="author-avatar"><img alt="Danielle Padula Headshot" src="a.jpg"></div>`).authors, [
    'Danielle Padula'
  ], 'the photo of the author')
  t.same(hints('', `<h1>Cloud computing</h1>${PROSE}<a class="chakra-button" href="/us/blog/authors/juliette-carreiro">Articles by Juliette</a>`).authors, [
    'Juliette Carreiro'
  ], 'the name in the address')
  t.same(hints('', `<h1>Puppy training</h1><a href="/author/dr-shelby-loos"><img src="a.jpg" alt=""></a><p>By <a href="/author/dr-shelby-loos">Shelby Loos, DVM</a></p>${PROSE}`).authors, [
    'Shelby Loos, DVM'
  ], 'an image link says nothing')
  // a layout class that merely mentions nav is no menu
  t.same(hints('', `<main class="z-0 offset-nav"><h1>Catering trends</h1><div><p>Written by</p><p>Edzel Tabing</p></div>${PROSE}</main>`).authors, [
    'Edzel Tabing'
  ])
  t.same(hints('', `<ul><li class="x"><div class="wonderful-header--sub-menu-group"><h4>By Ovolo Collective Hotels</h4></div></li></ul><h1>Hotel hacks</h1>${PROSE}`).authors, undefined, 'a menu heading')
})

t.test('authors: the site under another form, or typed as a Person, is no byline', async t => {
  const person = (name: string, publisher: string): string => `<script type="application/ld+json">${JSON.stringify({ '@type': 'Article', headline: 'T', author: { '@type': 'Person', name }, publisher: { '@type': 'Organization', name: publisher } })}</script>`
  t.same(hints(person('Flatworld Solutions Editorial Team', 'Flatworld Solutions'), `<h1>Photography trends</h1>${PROSE}`).authors, undefined)
  t.same(hints(`<meta property="og:site_name" content="QCY Official">${person('QCY Official', 'QCY')}`, `<h1>Bluetooth headphones</h1>${PROSE}`).authors, undefined)
  t.same(hints(`<meta property="og:site_name" content="GitHub Resources">${person('GitHub', 'GitHub')}`, `<h1>Actions pricing</h1>${PROSE}`).authors, undefined)
  t.same(hints('<meta property="og:site_name" content="The Organized Mama"><meta name="author" content="The Organized Mama">', `<h1>Office supplies</h1>${PROSE}`).authors, undefined)
  // a person's name stays, even on a site named after them
  t.same(hints(`<meta property="og:site_name" content="Kristian Larsen">${person('Kristian Larsen', 'Kristian Larsen')}`, `<h1>T</h1>${PROSE}`).authors, [
    'Kristian Larsen'
  ])
  t.same(hints(`<meta property="og:site_name" content="Jane Doe Photography">${person('Jane Doe', 'Jane Doe Photography')}`, `<h1>T</h1>${PROSE}`).authors, [
    'Jane Doe'
  ])
  t.same(hints('<meta property="og:site_name" content="Elizabeth McCravy"><meta name="author" content="Elizabeth McCravy">', `<h1>Podcast gear</h1>${PROSE}`).authors, [
    'Elizabeth McCravy'
  ], 'Mc names are names')
  t.same(hints('<meta property="og:site_name" content="InstaTunnel"><meta name="author" content="InstaTunnel">', `<h1>LDAP DoS</h1>${PROSE}`).authors, undefined, 'a brand in camel case is not')
  // a label whose name the page fills in with script names nobody
  t.same(hints('', `<h1>Zero waste</h1><div class="blog-meta-item blog-meta-item--author p-author author">Written By <a href="/blog?author=602c6ffcc33e2c4a4d231052" class="blog-author-name"></a></div>${PROSE}`).authors, undefined)
})

t.test('cleanAuthor: labels, dates and separators around a name', async t => {
  t.equal(cleanAuthor('By Sofia Gonzalez December 2, 2025'), 'Sofia Gonzalez')
  t.equal(cleanAuthor('Written by Maria &amp; Katerina'), 'Maria & Katerina')
  t.equal(cleanAuthor('BeauHD on Friday December 19, 2025 @08:00PM from the skewed-job-market dept.'), 'BeauHD')
  t.equal(cleanAuthor('Haley Hoekstra • March 12, 2025'), 'Haley Hoekstra')
  t.equal(cleanAuthor('Author: Isaiah Shelton Updated on April 19, 2025'), 'Isaiah Shelton')
})

t.test('splitNames: job titles and credentials after a name are not authors', async t => {
  t.same(splitNames('Rachel MacDonald Writer'), ['Rachel MacDonald'])
  t.same(splitNames('Will Judd Former Deputy Tech Editor'), ['Will Judd'])
  t.same(splitNames('Marna van der Merwe Writer'), ['Marna van der Merwe'])
  t.same(splitNames('Cara Dumaplin RN, BSN, Certified Pediatric Sleep Consultant'), ['Cara Dumaplin'])
  t.same(splitNames('Ben Applebaum-Bauch ⋅ Review Editor'), ['Ben Applebaum-Bauch'])
  t.same(splitNames('Senior Analyst'), [])
  t.same(splitNames('Mark Head'), ['Mark Head'])
  t.same(splitNames('王安、徐晓伟'), ['王安', '徐晓伟'])
  t.same(splitNames('Cort Honey, Home & Digital-Security Expert'), ['Cort Honey'])
  t.same(splitNames('Justin C. Meserole, Trial Attorney at Morgan & Morgan'), ['Justin C. Meserole'])
  t.same(splitNames('Read more about The Upwork Team'), ['The Upwork Team'])
  t.same(splitNames('Loona Construction Loona Construction'), ['Loona Construction'])
  t.same(splitNames('Wang An, Xu Xiaowei'), ['Wang An', 'Xu Xiaowei'])
})

t.test('dates: metadata first, then <time> text, other meta names, a visible date (updated only as a last resort)', async t => {
  t.equal(hints('<meta property="article:published_time" content="2024-03-05T10:00:00Z">', '<time datetime="2020-01-01">old</time>').published, '2024-03-05T10:00:00Z')
  // a broken datePublished does not hide a good article:published_time
  const ld = JSON.stringify({ '@type': 'BlogPosting', headline: 'X', datePublished: '' })
  t.equal(hints(`<script type="application/ld+json">${ld}</script><meta property="article:published_time" content="2024-03-05">`, PROSE).published, '2024-03-05')
  t.equal(hints('', `<div><time class="text-grey">Aug 04, 2025</time></div>${PROSE}`).published, 'Aug 04, 2025')
  t.equal(hints('<meta name="w-published-date" content="2025-05-27T06:03:43.274Z">', PROSE).published, '2025-05-27T06:03:43.274Z')
  t.equal(hints('', `<div class="hero-date">Last updated on: October 1, 2025</div>${PROSE}`).published, 'October 1, 2025')
  t.equal(hints('', `<div class="post-date">Published March 2, 2024</div><div class="post-date">Updated May 1, 2024</div>${PROSE}`).published, 'March 2, 2024')
  // dates in a related-posts list are not this article's
  t.equal(hints('', `${PROSE}<ul class="related-posts"><li><span class="card-date">Dec 19, 2025</span></li></ul>`).published, undefined)
})

t.test('dates: a date written under the headline in an element with no telling class', async t => {
  t.equal(hints('', `<article><h1>Seven Trends</h1><p>By <a href="/a">Dr. Vahid Osman</a> - Mar 27, 2024</p>${PROSE}</article>`).published, 'Mar 27, 2024')
  t.equal(hints('', `<article><h1>Shared Services</h1><p>Elliot Raba</p><p>23.07.2025 · 6 min read</p>${PROSE}</article>`).published, '23.07.2025')
  t.equal(hints('', `<article><h1>Tutors</h1><p>Updated: December 31, 2024</p>${PROSE}</article>`).published, 'December 31, 2024')
  t.equal(hints('', `<article><h1>No date here</h1>${PROSE}</article>`).published, undefined)
})

t.test('parseDate: day and month with the year last', async t => {
  t.equal(parseDate('Thu, 09/25/2025 - 11:38'), '2025-09-25')
  t.equal(parseDate('13/11/2025 09:21:40'), '2025-11-13')
  t.equal(parseDate('05.03.2024'), '2024-03-05')
  t.equal(parseDate('03/05/2024'), '2024-03-05')
  t.equal(parseDate('2024/03/05'), '2024-03-05')
})

t.test('end to end: title, ISO date and authors of an English HTML page', async t => {
  const html = page('<title>Harbour Bridge Reopens After Repairs | The Coast Times</title><meta property="og:site_name" content="The Coast Times"><meta name="author" content="The Coast Times">',
    `<article><h1>Harbour Bridge Reopens After Repairs</h1><p class="byline">By Ana Silva and Tom Reed | 03/05/2024</p>${PROSE}</article>`)
  const { article } = processPage({ content: html, format: 'html' })
  t.equal(article.title, 'Harbour Bridge Reopens After Repairs')
  t.same(article.authors, ['Ana Silva', 'Tom Reed'])
  t.equal(article.published, '2024-03-05')
})

t.test('title: a shorter lone <h1> sharing no word with any announced title is a section or blog name', async t => {
  const head = '<title>Cybersecurity Sector Update, Fall 2025 | Capital Advisors</title>'
  const h = hints(head, `<header><h1>M&amp;A Updates</h1></header><article><h2>Sector news</h2>${PROSE}</article>`)
  t.equal(h.title, 'Cybersecurity Sector Update, Fall 2025 | Capital Advisors', 'the announced title (its suffix goes later)')
  const kept = hints('<title>Harbour Bridge Reopens | City News</title>', `<h1>Bridge reopens after repairs</h1>${PROSE}`)
  t.equal(kept.title, 'Bridge reopens after repairs', 'a headline sharing a word with the announced title stays')
  const site = hints('<title>人間衛視-人間新聞</title>', `<h1>網購超商年菜 注意保存方式</h1>${PROSE}`)
  t.equal(site.title, '網購超商年菜 注意保存方式', 'an announced title shorter than the headline (the site name) does not win')
})

t.test('title: a label or a date before the announced title is no part of the headline', async t => {
  const og = '<meta property="og:title" content="Best Social Media Agencies in 2025">'
  t.equal(hints(og, `<h1>Blog: Best Social Media Agencies in 2025</h1>${PROSE}`).title, 'Best Social Media Agencies in 2025')
  const dated = '<meta property="og:title" content="Preparing a transition in Debusine">'
  t.equal(hints(dated, `<h1>Dec 18 2025 Preparing a transition in Debusine</h1>${PROSE}`).title,
    'Preparing a transition in Debusine')
  t.equal(hints(og, `<h1>Opinion: Why agencies fail</h1>${PROSE}`).title, 'Opinion: Why agencies fail',
    'a label before another title stays')
})

t.test('dates: a <time> whose datetime is not machine-readable gives its visible date; an update is only that', async t => {
  const odd = hints('', `<h1>Pixel-perfect UI pipelines</h1><time datetime="02-12-2025">December 02, 2025</time>${PROSE}`)
  t.same(odd.dates?.find(d => d.kind === 'time-element')?.value, 'December 02, 2025')
  const updated = hints('', `<h1>Best beginner telescopes</h1><p>Last updated: <time datetime="2026-01-12">January 12, 2026</time></p>${PROSE}`)
  t.notOk(updated.dates?.some(d => d.kind === 'time-element'), 'the update is no publication date')
  t.same(updated.dates?.find(d => d.kind === 'updated-line')?.value, '2026-01-12')
  const { article } = processPage({ content: page('', `<h1>Best beginner telescopes</h1><p>Last updated: <time datetime="2026-01-12">January 12, 2026</time></p>${PROSE}`), format: 'html' })
  t.equal(article.published, '2026-01-12', 'the page\'s date when it shows no other')
})

t.test('dates: a labelled date line far from the headline (`Posted on April 13, 2023`)', async t => {
  // beyond the few elements under the headline that the near-headline walk reads
  const body = `<article><h1>Guide to journal indexing</h1>${PROSE.repeat(12)}<div class="meta section-header">` +
    '<span>Posted on April 13, 2023</span>Tags: indexing, journals, publishing, metadata, abstracting and indexing, ' +
    'scholarly publishing, open access, peer review, journal management, editorial workflow, research visibility' +
    '</div></article>'
  t.same(hints('', body).dates?.find(d => d.kind === 'labelled-date')?.value, 'April 13, 2023')
  const comment = `<article><h1>Guide to journal indexing</h1>${PROSE}</article><div class="comments"><p>Posted on April 14, 2023</p></div>`
  t.notOk(hints('', comment).dates?.some(d => d.kind === 'labelled-date'), 'not in comments')
})

t.test('bylines: an <aside> inside the article, or one wrapping the whole page, is no sidebar', async t => {
  const inArticle = `<article><h1>AI for clinicians</h1>${PROSE}<aside><h3>Author</h3><p>Lisa D. Ellis</p></aside></article>`
  t.same(hints('', inArticle).authors, ['Lisa D. Ellis'])
  const wrapping = `<aside class="banner"><main><article><h1>Startup lessons</h1><span class="blog-meta-author">Tim Enwall</span>${PROSE}</article></main></aside>`
  t.same(hints('', wrapping).authors, ['Tim Enwall'])
  const sidebar = `<article><h1>AI for clinicians</h1>${PROSE}</article><aside><span class="author">Sam Other</span></aside>`
  t.notOk(hints('', sidebar).authors, 'a page sidebar still is')
})

t.test('title: full-width punctuation in a Latin title is the ASCII it stands for', async t => {
  const { article } = processPage({ content: page('<title>How Does Robot Vacuum Mapping Work？</title>', PROSE), format: 'html' })
  t.equal(article.title, 'How Does Robot Vacuum Mapping Work?')
  const zh = processPage({ content: page('<title>扫地机器人如何建图？</title>', '<p>扫地机器人通过激光雷达和摄像头绘制房间地图，再规划清扫路线，避开障碍物。</p>'.repeat(3)), format: 'html' })
  t.equal(zh.article.title, '扫地机器人如何建图？', 'Chinese titles keep their forms')
})
