/**
 * The `<h1>` headings read as headline candidates (src/parse/html/headings.ts): a logo's heading linking home, a
 * lead-in heading, a heading of parts one of which is the announced title, words two elements put side by side.
 * Each page is a short excerpt of a shape seen on WCXB and DAnIEL pages, written for the test.
 */
import t from 'tap'
import { load } from 'cheerio'
import { readHints } from '../src/parse/html/meta.js'
import { processPage } from '../src/pipeline.js'

const page = (head: string, body: string): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`
const hints = (head: string, body: string): ReturnType<typeof readHints> => readHints(load(page(head, body)))
const PROSE = '<p>The council approved the new cycling plan on Tuesday after a long debate about parking and bus lanes in the old town.</p>'.repeat(4)
const article = (head: string, body: string): ReturnType<typeof processPage>['article'] =>
  processPage({ content: page(head, body), format: 'html' }).article

t.test('a heading that is one link to the site home page is the site name, not the headline', async t => {
  for (const href of ['https://davidbau.com/', '/', '//davidbau.com', 'https://davidbau.com/index.html']) {
    const body = `<header><h1><a href="${href}" accesskey="1">davidbau.com</a></h1></header><main>${PROSE}</main>`
    const a = article('<title>davidbau.com Vibe Coding</title>', body)
    t.equal(a.title, 'Vibe Coding', href)
    t.equal(hints('<title>davidbau.com Vibe Coding</title>', body).siteName, 'davidbau.com', href)
  }
  // a heading that links to an article (its own page) is the headline, as is a heading with more than the link
  const own = '<h1><a href="/2025/vibe-coding.html">Vibe Coding</a></h1>' + PROSE
  t.equal(article('<title>davidbau.com Vibe Coding</title>', own).title, 'Vibe Coding')
  const more = '<h1><a href="/">Home</a> Vibe Coding for the rest of us</h1>' + PROSE
  t.equal(hints('<title>Something else</title>', more).title, 'Home Vibe Coding for the rest of us')
  // a site named by its host before the title, with only a space between, is taken off; a company's name is not
  t.equal(article('<meta property="og:site_name" content="davidbau.com"><title>davidbau.com Vibe Coding</title>', PROSE).title, 'Vibe Coding')
  t.equal(article('<meta property="og:site_name" content="Amazon"><title>Amazon Reports Record Sales</title>', PROSE).title,
    'Amazon Reports Record Sales')
})

t.test('a heading that ends with a colon introduces what follows it: the announced title is read instead', async t => {
  const head = '<meta property="og:title" content="How Google Cloud runs AI inference at production scale - SiliconANGLE">' +
    '<meta property="og:site_name" content="SiliconANGLE">'
  const body = '<h1><span style="color:#d0021b">A message from John Furrier, co-founder of SiliconANGLE:</span></h1>' + PROSE
  t.equal(article(head, body).title, 'How Google Cloud runs AI inference at production scale')
  // with a second heading, the colon's heading does not stop the other from being the page's one headline
  const zh = '<h1 class="addr"><a href="/">健康網</a> 〉<a href="?n=0">檢視新聞</a> 〉母嬰親善醫療院所認證 診所表現佳</h1>' +
    PROSE + '<h1>其他新聞：</h1><ul><li><a href="/n/2">醫訊</a></li></ul>'
  t.equal(article('<title>母嬰親善醫療院所認證　診所表現佳 - 健康網</title>', zh).title, '母嬰親善醫療院所認證 診所表現佳',
    'the breadcrumb heading gives its last part, the one the <title> announces')
})

t.test('a heading made of parts: the part the page announces as its title', async t => {
  const kicker = '<h1 class="display"><div class="eyebrow">Get that tech stack</div> <span class="lg:block">Klatch Coffee</span></h1>' + PROSE
  const a = article('<title>Klatch Coffee | Shopify App Store</title>', kicker)
  t.equal(a.title, 'Klatch Coffee')
  t.notOk(a.body.some(b => b.text.includes('Get that tech stack')), "the heading's line leaves the body with the title")
  const slashdot = '<h1 class="story"><span class="story-title"><a href="/story/25/12/19">Stanford Computer Science Grads Find Their Degrees No Longer Guarantee Jobs</a> ' +
    '<span class="source">(<a href="https://latimes.com">latimes.com</a>)</span></span> <span class="comments">87</span></h1>' + PROSE
  t.equal(article('<title>Stanford Computer Science Grads Find Their Degrees No Longer Guarantee Jobs - Slashdot</title>', slashdot).title,
    'Stanford Computer Science Grads Find Their Degrees No Longer Guarantee Jobs')
  // the whole heading when the page announces it whole, or announces no part of it
  const whole = '<h1><span>Wedding Planning Tools</span> <span>and a Caterer Spreadsheet</span></h1>' + PROSE
  t.equal(article('<title>Wedding Planning Tools and a Caterer Spreadsheet | Brides</title>', whole).title,
    'Wedding Planning Tools and a Caterer Spreadsheet')
  t.equal(article('<title>Something else entirely | Brides</title>', whole).title, 'Wedding Planning Tools and a Caterer Spreadsheet')
})

t.test("words in two elements of a heading are two words, where the markup puts no space (a style's line break)", async t => {
  const body = '<h1>The Best Notion Alternatives<span class="block">Top Note-taking Tools &amp; Todo List Managers like Notion</span></h1>' + PROSE
  t.equal(hints('<title>Notion alternatives</title>', body).title,
    'The Best Notion Alternatives Top Note-taking Tools & Todo List Managers like Notion')
  // inside a word, a part in lower case stays joined (`<b>Sup</b>ercharge`)
  t.equal(hints('', '<h1><b>Sup</b>ercharge your garden</h1>' + PROSE).title, 'Supercharge your garden')
})

t.test('text kept for screen readers is no part of a headline, and a heading so kept is none', async t => {
  const labelled = '<h1><span class="screen-reader-text">Posted in News: </span>Council approves the cycling plan</h1>' + PROSE
  const a = article('<title>Something else entirely</title>', labelled)
  t.equal(a.title, 'Council approves the cycling plan')
  t.notOk(a.body.some(b => b.text.includes('Council approves')), "the heading's line leaves the body")
  // WordPress's `Post navigation`, Bootstrap's `sr-only` search heading: the visible <h1> is the page's one headline
  for (const cls of ['screen-reader-text', 'sr-only', 'visually-hidden']) {
    const two = `<h1 class="${cls}">Post navigation</h1><h1>Council approves the cycling plan</h1>` + PROSE
    t.equal(hints('<title>Council approves | The Valley Post</title>', two).title, 'Council approves the cycling plan', cls)
  }
})
