/**
 * The Markdown renderer: every block type, escaping, front matter, footnotes, and the round trip: a real page's
 * Markdown, read back by an independent Markdown parser (marked's lexer), has the words of the JSON body.
 */
import t from 'tap'
import { readFileSync } from 'node:fs'
import { Lexer, type Token, type Tokens } from 'marked'
import { parse as parseYaml } from 'yaml'
import { renderMarkdown, escapeMarkdown } from '../src/render/markdown.js'
import { processPage } from '../src/pipeline.js'
import type { Article, Block } from '../src/types.js'

const SEEDS = new URL('./fixtures/seeds/', import.meta.url)

function article (body: Block[], extra: Partial<Article> = {}): Article {
  return {
    title: 'A title',
    published: '2024-05-01',
    authors: ['Ann Lee'],
    source: 'Example News',
    originalTitle: null,
    dateline: null,
    editors: [],
    language: { tag: 'en', iso6393: 'eng', script: 'Latn', confidence: 1 },
    body,
    removed: [],
    flags: [],
    quality: { score: 100, flagsPer1000Words: 0 },
    decoding: { charset: 'utf-8', via: 'declared', repaired: [] },
    ...extra
  }
}

/** The visible text of Markdown, by marked's lexer: text leaves, in order, front matter skipped. */
function visibleText (md: string): string {
  const withoutFront = md.replace(/^---\n[\s\S]*?\n---\n/, '')
  const out: string[] = []
  const visit = (tokens: Token[]): void => {
    for (const tok of tokens) {
      if (tok.type === 'table') {
        const table = tok as Tokens.Table
        for (const cell of table.header) visit(cell.tokens)
        for (const row of table.rows) for (const cell of row) visit(cell.tokens)
        continue
      }
      if (tok.type === 'list') {
        for (const item of (tok as Tokens.List).items) visit(item.tokens)
        continue
      }
      const children = (tok as { tokens?: Token[] }).tokens
      if (children !== undefined && children.length > 0) visit(children)
      else if ('text' in tok && tok.type !== 'space' && tok.type !== 'html') out.push(String(tok.text))
    }
    out.push(' ')
  }
  visit(new Lexer({ gfm: true }).lex(withoutFront))
  return out.join('')
}

const words = (s: string): string[] => s.split(/[\s|]+/u).filter(w => w !== '')

t.test('every block type renders as its Markdown construct', async t => {
  const md = renderMarkdown(article([
    { type: 'paragraph', text: 'First paragraph.' },
    { type: 'heading', text: 'A section' },
    { type: 'quote', text: 'Quoted words.' },
    { type: 'caption', text: 'A photo of a bridge' },
    { type: 'list', text: 'one\ntwo', items: ['one', 'two'], ordered: false },
    { type: 'list', text: 'three\nfour', items: ['three', 'four'], ordered: false },
    { type: 'list', text: 'first\nsecond', items: ['first', 'second'], ordered: true },
    { type: 'table', text: 'Year\tGDP\n2023\t5.2%', rows: [['Year', 'GDP'], ['2023', '5.2%']], header: true },
    { type: 'table', text: 'a\tb\nc', rows: [['a', 'b'], ['c']], header: false }
  ]))
  const body = md.split('---\n')[2]
  t.match(body, /^\n# A title\n\nFirst paragraph\.\n\n## A section\n\n> Quoted words\.\n\n\*A photo of a bridge\*\n\n/)
  t.match(body, /- one\n- two\n\n\* three\n\* four\n\n1\. first\n2\. second/, 'two lists in a row: two bullets')
  t.match(body, /\| Year \| GDP \|\n\| --- \| --- \|\n\| 2023 \| 5\.2% \|/)
  t.match(body, /\| {2}\| {2}\|\n\| --- \| --- \|\n\| a \| b \|\n\| c \| {2}\|/, 'no header: an empty one, short rows padded')
  const tokens = new Lexer({ gfm: true }).lex(body)
  const types = tokens.filter(x => x.type !== 'space').map(x => x.type)
  t.same(types, ['heading', 'paragraph', 'heading', 'blockquote', 'paragraph', 'list', 'list', 'list', 'table',
    'table'])
  const lists = tokens.filter((x): x is Tokens.List => x.type === 'list')
  t.same(lists.map(l => [l.ordered, l.items.length]), [[false, 2], [false, 2], [true, 2]])
})

t.test('front matter is YAML with the metadata', async t => {
  const md = renderMarkdown(article([{ type: 'paragraph', text: 'x' }], {
    title: 'Colon: and "quotes" # hash',
    dateline: { agency: 'Xinhua', place: 'Beijing', date: null },
    editors: [{ role: 'editor', name: 'Wu' }]
  }), { meta: { url: 'https://example.org/a?b=1' } })
  const front = parseYaml(md.split('---\n')[1]) as Record<string, unknown>
  t.equal(front.url, 'https://example.org/a?b=1')
  t.equal(front.title, 'Colon: and "quotes" # hash')
  t.same(front.authors, ['Ann Lee'])
  t.same(front.dateline, { agency: 'Xinhua', place: 'Beijing', date: null })
  t.same(front.editors, [{ role: 'editor', name: 'Wu' }])
  t.equal(front.language, 'en')
  const none = { title: null, authors: [], source: null, published: null }
  const bare = renderMarkdown(article([{ type: 'paragraph', text: 'x' }], none))
  t.notMatch(bare, /^# /m, 'no title, no # heading')
  t.notMatch(bare, /authors|source|published/)
})

t.test('text that looks like markup stays text', async t => {
  const tricky = ['# not a heading', '1. not a list', '- not a bullet', '*not emphasis*', 'a | pipe', '[not](a link)',
    '<b>not html</b>', 'a &amp; entity', 'under_score and `code`', '+ plus', '===', '---', '2) second'] as const
  for (const text of tricky) {
    const md = renderMarkdown(article([{ type: 'paragraph', text }], { title: null }))
    const tokens = new Lexer({ gfm: true }).lex(md.replace(/^---\n[\s\S]*?\n---\n/, ''))
    const para = tokens.filter(x => x.type !== 'space')
    t.same(para.map(x => x.type), ['paragraph'], text)
    t.equal(visibleText(md).trim(), text, `${text} reads back unchanged`)
  }
  t.equal(escapeMarkdown('12) x'), '12\\) x')
  t.equal(escapeMarkdown('# x', false), '# x', 'a # inside a line is no heading')
  t.equal(escapeMarkdown('5.2% and -5'), '5.2% and -5', 'a number is no list marker')
})

t.test('flags become footnotes right after the flagged span', async t => {
  const a = article([
    { type: 'paragraph', text: 'The the cat.' },
    { type: 'list', text: 'ok\nbad , item', items: ['ok', 'bad , item'], ordered: false },
    { type: 'table', text: 'h\nx  y', rows: [['h'], ['x  y']], header: true }
  ], {
    flags: [
      { rule: 'repetition-word', category: 'repetition', severity: 'warning', message: 'Repeated “the”.',
        pointer: '/body/0/text', start: 0, end: 7, text: 'The the', suggestion: 'The' },
      { rule: 'spacing-before-punctuation', category: 'spacing', severity: 'warning', message: 'Space before “,”.',
        pointer: '/body/1/items/1', start: 3, end: 5, text: ' ,', suggestion: ',' },
      { rule: 'spacing-missing', category: 'spacing', severity: 'info', message: 'Double space.',
        pointer: '/body/2/rows/1/0', start: 1, end: 3, text: '  ', suggestion: '' },
      { rule: 'truncation', category: 'truncation', severity: 'error', message: 'Cut *short*.',
        pointer: '/title', start: 0, end: 1, text: 'A' }
    ]
  })
  const md = renderMarkdown(a, { footnotes: true })
  t.match(md, /^# A\[\^4\] title$/m)
  t.match(md, /^The the\[\^1\] cat\.$/m)
  t.match(md, /^- bad ,\[\^2\] item$/m)
  t.match(md, /^\| x {2}\[\^3\]y \|$/m)
  t.match(md, /^\[\^1\]: warning `repetition-word`: Repeated “the”\. \(“The the” → “The”\)$/m)
  t.match(md, /^\[\^3\]: info `spacing-missing`: Double space\. \(“ {2}” \(delete it\)\)$/m)
  t.match(md, /^\[\^4\]: error `truncation`: Cut \\\*short\\\*\. \(“A”\)$/m)
  t.notMatch(renderMarkdown(a), /\[\^/, 'no footnotes unless asked')
})

t.test('round trip: the Markdown of real pages reads back to the words of the JSON body', async t => {
  const seeds = ['000_8a6a6ebce0d4f732.txt', '002_bdb3ae517c7ad07b.txt', '003_a3ffd1b69df1bce8.txt',
    '004_89fbaf794ddf68b9.txt']
  for (const name of seeds) {
    const bytes = readFileSync(new URL(name, SEEDS))
    const { article: art } = processPage({ content: bytes })
    const md = renderMarkdown(art, { footnotes: false })
    const expected = words([art.title ?? '', ...art.body.map(b => b.text)].join(' '))
    t.same(words(visibleText(md)), expected, name)
  }
})
