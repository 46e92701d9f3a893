/**
 * A round-up ("10 DIY projects for your home") gathers items from other sites, each a card with a linked heading
 * and a short description; a few items link to the author's own posts. The teaser-list rule (headings linking to
 * other pages of the same site, little text each: a "latest posts" grid) took the whole list when three of its
 * headings were the site's own (a craft blog of WCXB lost 59% of its article). A list whose headings link to other
 * sites at least as often as to the site itself is a round-up, and stays; a grid of the site's own posts still goes.
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'

const URL = 'https://www.craftblog.example/10-diy-woodworking-projects/'

const INTRO = [
  'Adding style and function to your home can be fun, and you can do it yourself! I have shared many ways to ' +
    'update your home on this blog, including a budget kitchen makeover, a laundry room refresh, and more.',
  'Today I am sharing ten of my favourite woodworking projects from friends around the web, plus a few of my own. ' +
    'Most of them need only basic tools, a free afternoon, and a little bit of patience to finish.',
  'Before you start, measure twice, sand every edge, and pick a finish that suits the room where the piece will live.'
]

const ITEMS: Array<[string, string, string]> = [
  ['https://www.otherblog.example/quick-coat-hooks/', 'Quick Coat Hooks',
    'These genius coat hooks are perfect for little kids, and they take an hour to make.'],
  ['https://www.plantsite.example/diy-plant-stand/', 'DIY Plant Stand',
    'A simple plant stand for your deck or patio, finished in under two hours.'],
  ['https://www.mirrors.example/diy-mirror-frame/', 'DIY Mirror Frame',
    'A plain mirror becomes a statement piece with a chunky frame of pine boards.'],
  ['https://www.craftblog.example/wood-planter-box/', 'Wood Planter Box',
    'My cedar planter box holds herbs all summer long and looks lovely on the porch.'],
  ['https://www.craftblog.example/house-number-sign/', 'House Number Sign',
    'A modern house number sign, cut from one board and stained a warm walnut colour.'],
  ['https://www.craftblog.example/outdoor-coffee-table/', 'Outdoor Coffee Table',
    'A sturdy outdoor coffee table made from two by fours, sealed against the rain.'],
  ['https://www.hangers.example/hanging-plant-holder/', 'Hanging Plant Holder',
    'A hanging plant holder made from a single board and some rope, perfect for a sunny window.']
]

const card = ([href, title, text]: [string, string, string]): string =>
  `<div class="list-item"><h2 class="list-title"><a href="${href}">${title}</a></h2>` +
  `<div class="list-description"><p>${text}</p></div><button>Continue Reading</button></div>`

const article = (items: Array<[string, string, string]>): string =>
  '<!doctype html><html><head><title>10 DIY Woodworking Projects</title></head><body>' +
  '<nav><a href="/">Home</a> <a href="/crafts">Crafts</a> <a href="/about">About</a></nav>' +
  '<article><h1>10 DIY Woodworking Projects for Your Home</h1><div class="entry-content">' +
  INTRO.map(p => `<p>${p}</p>`).join('') + `<div class="roundup">${items.map(card).join('')}</div>` +
  '<p>Which of these projects will you try first? Let me know in the comments below, and happy building!</p>' +
  '</div></article><footer>Copyright Craft Blog</footer></body></html>'

const bodyText = (html: string): string =>
  processPage({ content: html, format: 'html', url: URL }).article.body.map(b => b.text).join('\n')

t.test("a round-up that links other sites' projects and a few of the site's own is kept", async t => {
  const text = bodyText(article(ITEMS))
  for (const [, title, description] of ITEMS) {
    t.ok(text.includes(title), `item kept: ${title}`)
    t.ok(text.includes(description.slice(0, 40)), `description kept: ${title}`)
  }
})

t.test("a grid of the site's own posts in the same shape is still a teaser list", async t => {
  const own = ITEMS.map(([_href, title, text], i): [string, string, string] =>
    [`https://www.craftblog.example/post-${i}/`, title, text])
  const page = processPage({ content: article(own), format: 'html', url: URL }).article
  const text = page.body.map(b => b.text).join('\n')
  t.ok(text.includes('Adding style and function'), 'the article is kept')
  t.notOk(text.includes('Quick Coat Hooks'), 'the grid is not')
  t.ok(page.removed.some(r => r.rule === 'teaser-list'), 'removed as a teaser list')
})
