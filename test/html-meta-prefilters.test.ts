/**
 * The hints' searches pass most elements by on a cheap test before reading them (meta.ts: `BY_WORD` before a
 * labelled byline is normalized, `TokenTest.holds` before a class or id is split). Each cheap test must pass every
 * element the full reading would take: these pages sit on the edges of the arguments.
 */
import t from 'tap'
import { load } from 'cheerio'
import { readHints } from '../src/parse/html/meta.js'

const page = (body: string): string => `<!doctype html><html><head></head><body>${body}</body></html>`
const hints = (body: string): ReturnType<typeof readHints> => readHints(load(page(body)))
const PROSE = '<p>The council approved the new cycling plan on Tuesday after a long debate about parking and bus lanes in the old town.</p>'.repeat(4)

t.test('a byline label split by an invisible character is still read (normalizing takes it out)', async t => {
  // a soft hyphen and a zero-width space inside the label words: the line reads `By Jane Doe`, `Author Lisa Ellis`
  t.same(hints(`<article><h1>Bridge reopens</h1><p>B\u00ADy Jane Doe</p>${PROSE}</article>`).authors, ['Jane Doe'])
  t.same(hints(`<article><h1>Bridge reopens</h1><p>Au\u200bthor Lisa Ellis</p>${PROSE}</article>`).authors, ['Lisa Ellis'])
  t.same(hints(`<article><h1>Bridge reopens</h1><p>CONTRI\u2060BUTORS: Janet Loughrey</p>${PROSE}</article>`).authors, ['Janet Loughrey'])
})

t.test('a byline label across element boundaries is read as the spaced line reads it', async t => {
  // `<b>By</b>` and the name in another element: the spaced text is `By Jane Doe`
  t.same(hints(`<article><h1>Bridge reopens</h1><p><b>By</b> <span>Jane Doe</span></p>${PROSE}</article>`).authors, ['Jane Doe'])
  // `B` and `y` in two elements are `B y`: no label, no author
  t.same(hints(`<article><h1>Bridge reopens</h1><p><b>B</b><i>y</i> Jane Doe</p>${PROSE}</article>`).authors, undefined)
})

t.test('a byline inside a comment or menu block is still passed by, whatever the case of its class', async t => {
  for (const cls of ['COMMENTS', 'Comment-list', 'REPLIES', 'Sidebar-x', 'More-Stories', 'RECIRC'] as const) {
    t.same(hints(`<article><h1>Bridge reopens</h1>${PROSE}</article><div class="${cls}"><p>By Jane Doe</p></div>`).authors,
      undefined, cls)
  }
  for (const id of ['NAVBAR', 'x-Nav', 'Main-Menu', 'sub-MENU-group']) {
    t.same(hints(`<article><h1>Bridge reopens</h1>${PROSE}</article><ul id="${id}"><li>By Jane Doe</li></ul>`).authors,
      undefined, id)
  }
  // a class that only looks like them: the byline is read
  t.same(hints(`<article><h1>Bridge reopens</h1><div class="offset-nav has-sidebar"><p>By Jane Doe</p></div>${PROSE}</article>`).authors,
    ['Jane Doe'])
})
