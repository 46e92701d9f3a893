/**
 * The fast tokenizer (src/parse/html/tokenizer.ts) gives htmlparser2's parser exactly the events the library's own
 * tokenizer gives: compared event by event on pages generated from the characters that change its state (tags,
 * quotes, entities, comments, script, style and title content, unclosed everything), and on hand-made shapes.
 */
import t from 'tap'
import { Parser, Tokenizer } from 'htmlparser2'
import { fastTokenizer } from '../src/parse/html/tokenizer.js'

/** Every event the parser emits, with its arguments and the positions it reports. */
function events (html: string, fast: boolean, chunks = 1): string[] {
  const out: string[] = []
  const log = (name: string) => (...args: unknown[]): void => { out.push(`${name} ${JSON.stringify(args)} ${parser.startIndex}-${parser.endIndex}`) }
  const parser: Parser = new Parser({
    onopentagname: log('opentagname'),
    onattribute: log('attribute'),
    onopentag: log('opentag'),
    ontext: log('text'),
    onclosetag: log('closetag'),
    oncomment: log('comment'),
    onprocessinginstruction: log('pi'),
  }, { decodeEntities: true, Tokenizer: fast ? fastTokenizer : Tokenizer })
  const size = Math.ceil(html.length / chunks)
  for (let i = 0; i < html.length; i += size) parser.write(html.slice(i, i + size))
  parser.end()
  return out
}

/** Pieces that move the tokenizer between its states, and plain text between them. */
const PIECES = [
  '<', '>', '</', '/>', '&', '&amp;', '&#39;', '&#x4e2d;', '&copy', '&notin;', '&nbsp', '"', "'", '=', ' ', '\n', '!',
  '-', '--', '<!--', '-->', '<![CDATA[', ']]>', '<?', '<!doctype html>', 'p', 'div', 'a', 'script', 'style', 'title',
  'textarea', 'xmp', '<script>', '</script>', '<style>', '</style>', '<title>', '</title>', '<p class="x">',
  "<a href='/y?a=1&b=2'>", '<img alt=x&y src=z>', 'word', '中文', 'é', ' text with spaces '
]

/** A deterministic generator (xorshift), so a failure can be reproduced from its seed. */
function generator (seed: number): () => number {
  let x = seed
  return () => {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    return (x >>> 0) / 4294967296
  }
}

t.test('the same events as htmlparser2 tokenizer on 3,000 generated pages', async t => {
  let differing = 0
  let first = ''
  for (let seed = 1; seed <= 3000; seed++) {
    const random = generator(seed)
    let html = ''
    const length = 1 + Math.floor(random() * 60)
    for (let i = 0; i < length; i++) html += PIECES[Math.floor(random() * PIECES.length)]
    const chunks = 1 + (seed % 3)
    if (JSON.stringify(events(html, false, chunks)) !== JSON.stringify(events(html, true, chunks))) {
      differing++
      first ||= html
    }
  }
  t.equal(differing, 0, first === '' ? 'every page' : `first differing page: ${JSON.stringify(first)}`)
})

t.test('the same events on hand-made shapes', async t => {
  const pages = [
    '',
    'plain text without markup',
    '<p>a &amp; b &lt; c</p>',
    '<div title="a &quot;quoted&quot; &amp; value" data-x=\'it&#39;s\'>x</div>',
    '<div title="never closed &amp; &amp; &amp;',
    '<p>text & more & more and no end tag',
    '<script>if (a < b && c > d) { x = "</scr" + "ipt>" }</script><p>after</p>',
    '<style>.a > .b { content: "&" }</style><title>A &amp; B</title>',
    '<!-- a comment -- with dashes --><!---->x<!-->y',
    '<textarea>&lt;b&gt;</textarea><xmp><b></xmp>',
    'a\u0000b<p\u0000>c</p>',
  ]
  for (const html of pages) t.same(events(html, true), events(html, false), JSON.stringify(html))
})
