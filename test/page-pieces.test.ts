/**
 * A page's text in pieces (src/text/pieces.ts): the decode stage cuts valid UTF-8 and ASCII pages into pieces of at
 * most PIECE_BYTES bytes, never inside a character, and the HTML front end parses the pieces one by one. Whatever
 * the cut, the text and the tree are those of the page read whole.
 */
import t from 'tap'
import render from 'dom-serializer'
import iconv from 'iconv-lite'
import { decodeBytes, decodePage } from '../src/decode/index.js'
import { decodeInPieces, piecesOf } from '../src/decode/pieces.js'
import { parseTree } from '../src/parse/html/tree.js'
import { processPage } from '../src/pipeline.js'
import { PIECE_BYTES, isBlank, joined, prefix } from '../src/text/pieces.js'
import { fixture } from './helpers.js'
import { random } from './random.js'

/**
 * A large real page: the body of a Chinese news fixture and of an English one, repeated to 200 KB, with curly
 * quotes (suspect characters to the mojibake check, which must still leave the page in pieces) and CR LF line ends.
 */
function bigPage (): string {
  const zh = fixture('html/news.utf8.html').toString('utf8')
  const en = fixture('html/lists-tables.html').toString('utf8')
  const inner = (html: string): string => html.slice(html.indexOf('<body'), html.lastIndexOf('</body>')).replace(/^<body[^>]*>/, '')
  const quoted = '<p>The minister said: “We will act.” It’s the county’s plan &amp; the province’s — all of it.</p>\n'
  let body = ''
  while (body.length < 200_000) body += inner(zh) + inner(en) + quoted
  return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>县里的秋粮计划</title></head><body>' + body +
    '</body></html>').replace(/\n/g, '\r\n')
}

t.test('valid UTF-8 and ASCII pages come in pieces of at most PIECE_BYTES, no character cut', async t => {
  const page = bigPage()
  const bytes = Buffer.from(page, 'utf8')
  const decoded = decodePage(bytes)
  t.ok(decoded.pieces.length > bytes.length / PIECE_BYTES, `${decoded.pieces.length} pieces`)
  t.ok(decoded.pieces.every(p => Buffer.byteLength(p, 'utf8') <= PIECE_BYTES), 'none over PIECE_BYTES')
  t.notOk(decoded.pieces.some(p => p.includes('\ufffd')), 'no character cut in two')
  t.equal(joined(decoded.pieces), page, 'the pieces make the page')
  t.same({ ...decodeBytes(bytes), text: '' }, { text: '', charset: 'utf-8', via: 'meta' }, 'read as it declares')
  t.equal(decodeBytes(bytes).text, page)

  const ascii = Buffer.from(page.replace(/[^ -~\r\n\t]/g, 'x'), 'latin1')
  const asciiPieces = decodePage(ascii).pieces
  t.ok(asciiPieces.length > 1 && asciiPieces.every(p => p.length <= PIECE_BYTES), 'an ASCII page too')
  t.equal(joined(asciiPieces), ascii.toString('latin1'))
})

t.test('a UTF-8 page cut short or with broken characters stays in pieces, the same text as read whole', async t => {
  const bytes = Buffer.from(bigPage(), 'utf8')
  // cut inside a character (a crawler's size limit), then bytes broken at and around each piece's nominal end
  let end = 150_000
  while ((bytes[end] & 0xc0) !== 0x80) end++
  const cut = bytes.subarray(0, end)
  const broken = Buffer.from(cut)
  for (let at = PIECE_BYTES; at < broken.length; at += PIECE_BYTES) {
    broken[at - 2] = 0xe4 // a lead byte whose sequence the next bytes break
    broken[at + 1] = 0x80 // a stray continuation byte
  }
  for (const [name, page] of [['cut short', cut], ['cut short and broken', broken]] as const) {
    const decoded = decodePage(page)
    t.match(decoded, { charset: 'utf-8' }, name)
    t.ok(decoded.pieces.length > 1, `${name}: ${decoded.pieces.length} pieces`)
    t.equal(joined(decoded.pieces), page.toString('utf8'), `${name}: the text read whole`)
  }
  // four continuation bytes in a row across a piece's end: the cut is made where no sequence is open
  const tail = [0xe4, 0xb8, 0xad, 0x80, 0x80, 0x80, 0x80, 0x80]
  const run = Buffer.concat([Buffer.alloc(PIECE_BYTES - 5, 0x61), Buffer.from(tail)])
  const runPieces = piecesOf(run, 'utf8')
  t.equal(runPieces[0].length, PIECE_BYTES - 5 + 3, 'cut after the fourth continuation byte in a row')
  t.equal(joined(runPieces), run.toString('utf8'))
})

t.test('a page that is mojibake is repaired, as one piece', async t => {
  const meant = '<p>新华社北京5月7日电 国务院近日印发意见，要求各地区各部门进一步做好稳就业工作。</p>'.repeat(2000)
  const stored = Buffer.from(Buffer.from(meant, 'utf8').toString('latin1'), 'utf8')
  const decoded = decodePage(stored)
  t.equal(decoded.pieces.length, 1)
  t.equal(decoded.pieces[0], meant)
  t.same(decoded.repaired, ['utf-8 read as windows-1252'])
})

t.test('a legacy charset is decoded in pieces too, the same text as decoded whole', async t => {
  const page = bigPage().replace('charset="utf-8"', 'charset="gb2312"')
  const gbk = iconv.encode(page, 'gb18030')
  for (const [how, options] of [['meta', {}], ['declared', { declared: 'gbk', sniffMeta: false }], ['detected', { sniffMeta: false }]] as const) {
    const decoded = decodePage(gbk, options)
    t.match(decoded, { charset: 'gb18030', via: how }, how)
    t.ok(decoded.pieces.length >= gbk.length / PIECE_BYTES, `${how}: ${decoded.pieces.length} pieces`)
    t.ok(decoded.pieces.every(p => p.length <= PIECE_BYTES), `${how}: none longer than PIECE_BYTES`)
    t.equal(joined(decoded.pieces), page, `${how}: the pieces make the page`)
  }
  const big5 = Buffer.concat(Array.from({ length: 80 }, () => fixture('html/news.big5.html')))
  const decoded = decodePage(big5)
  t.match(decoded, { charset: 'big5hkscs' })
  t.ok(decoded.pieces.length > 1, `a Big5 page: ${decoded.pieces.length} pieces`)
  t.equal(joined(decoded.pieces), iconv.decode(big5, 'big5hkscs'), 'a Big5 page: the same text')
})

t.test('the streaming decoder cut anywhere gives the whole decoding', async t => {
  const next = random(11)
  const text = fixture('html/news.utf8.html').toString('utf8').slice(0, 6000) + '\u{20000}\u{2A6D6}𠀀 é “’” ±'
  let compared = 0
  const charsets = ['gb18030', 'big5hkscs', 'shift_jis', 'euc-kr', 'utf-8', 'utf-16le', 'utf-16be', 'utf-32le', 'windows-1252']
  for (const charset of charsets) {
    // with broken and two-character sequences (HKSCS 0x8862 is Ê̄): what a decoder adds beyond a character per byte
    const odd = Buffer.from([0x81, 0x30, 0x41, 0x88, 0x62, 0x81, 0x30, 0x81, 0x30, 0xa1, 0x20, 0xfe])
    const bytes = Buffer.concat([iconv.encode(text, charset), odd, iconv.encode(text.slice(0, 300), charset), odd])
    const whole = iconv.decode(bytes, charset)
    // feeds of 1 to 9 bytes cut every sequence of every length somewhere, and random larger ones
    for (const feed of [1, 2, 3, 4, 5, 7, 9, 64 + Math.floor(next() * 900)]) {
      const pieces = decodeInPieces(bytes, charset, feed)
      if (joined(pieces) !== whole) t.fail(`${charset}, ${feed} bytes a feed`)
      const lone = pieces.find(p => /[\ud800-\udbff]$/.test(p))
      if (lone !== undefined) t.fail(`${charset}, ${feed} bytes a feed: a piece ends inside a surrogate pair`)
      compared++
    }
  }
  t.equal(compared, 72)
  t.same(decodeInPieces(Buffer.from('\ufeffab', 'utf8'), 'utf-8', 1), ['a', 'b'], 'a byte-order mark is stripped')
  t.same(decodeInPieces(Buffer.alloc(0), 'gb18030'), [''])
})

t.test('the tree of a page parsed in pieces is the tree of the page parsed whole, wherever it is cut', async t => {
  const page = bigPage()
  const whole = render(parseTree(page))
  const next = random(20261201)
  for (let round = 0; round < 30; round++) {
    const cuts = Array.from({ length: 1 + Math.floor(next() * 40) }, () => Math.floor(next() * page.length))
      .sort((a, b) => a - b)
    const pieces = [0, ...cuts].map((from, i) => page.slice(from, cuts[i] ?? page.length))
    if (render(parseTree(pieces)) !== whole) t.fail(`cut at ${cuts.join(', ')}`)
  }
  // the cuts that carry state from one piece to the next
  const small = '<p title="a &amp; b">x &lt; y</p><!-- a comment -->\r\n<script>var a = "</p>"</script><p>z\r\nw\r</p>'
  for (const at of [...Array(small.length).keys()]) {
    t.equal(render(parseTree([small.slice(0, at), small.slice(at)])), render(parseTree(small)), `cut at ${at}`)
  }
  const lines = render(parseTree(['<p>a\r', '\nb\r', '</p>']))
  t.equal(lines, '<html><body><p>a\nb\n</p></body></html>', 'a CR ending a piece and the LF opening the next: one line feed')
})

t.test('the pipeline answers the same from the bytes (in pieces) as from the text', async t => {
  const page = bigPage()
  const { decoding: bytesRead, ...fromBytes } = processPage({ content: Buffer.from(page, 'utf8'), format: 'auto' }).article
  const { decoding: textRead, ...fromText } = processPage({ content: page, format: 'auto' }).article
  t.ok(fromBytes.body.length > 10, `${fromBytes.body.length} blocks`)
  t.same(fromBytes, fromText)
  // how each was read: bytes in a charset, a string in none
  t.same(bytesRead.repaired, [])
  t.equal(bytesRead.charset, 'utf-8')
  t.same(textRead, { charset: null, via: 'string', repaired: [] })
})

t.test('pieces helpers', async t => {
  t.equal(prefix(['ab', 'cd', 'ef'], 3), 'abc')
  t.equal(prefix(['ab'], 10), 'ab')
  t.equal(prefix(['ab', 'cd'], 0), '')
  t.ok(isBlank([' ', '\n\t', '']))
  t.notOk(isBlank([' ', 'x']))
  t.equal(joined(['a', 'b']), 'ab')
})
