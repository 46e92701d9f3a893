/**
 * What a parsed tree keeps for as long as the page is read (src/parse/html/tree.ts, `TreeBuilder`): its nodes and
 * nothing beside them. A page of 100,000 tiny paragraphs is a tree of 200,000 nodes that outlives every minor
 * collection, so each byte a node keeps is copied twice by the scavenger and then held in the old generation: on the
 * distinct tiny blocks of `npm run bench hostile` building the tree was a quarter of the page's time, much of it the
 * collector's.
 * Two things were kept for nothing: every element's children list grew, on its first child, to V8's 17 slots (about
 * 130 bytes, 16 of them empty), and every element written without attributes had its own empty object (56 bytes).
 * A `<p>x</p>` cost 455 bytes with its text node; now 270.
 */
import t from 'tap'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { isTag, type Element } from 'domhandler'
import { bodyOf, parseTree } from '../src/parse/html/tree.js'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/** Paragraphs in the measured page: a tree of several MB, far above what the rest of the test process moves. */
const PARAGRAPHS = 40_000
/**
 * Bytes a `<p>` of one short text may keep, with its text node: between the 270 measured now and the 455 of the
 * tree builder that left both costs in (measured in plain node; a 64-bit heap without pointer compression).
 */
const MAX_BYTES_PER_PARAGRAPH = 360

const page = '<html><body>' + Array.from({ length: PARAGRAPHS }, (_, i) => `<p>${i.toString(36)}</p>`).join('')

t.test('a parsed paragraph keeps its nodes and nothing beside them', async t => {
  parseTree(page) // code compiled, lazy tables built
  gc()
  const before = process.memoryUsage().heapUsed
  const doc = parseTree(page)
  gc()
  const perParagraph = (process.memoryUsage().heapUsed - before) / PARAGRAPHS
  t.equal(bodyOf(doc).children.length, PARAGRAPHS, 'the tree is still held')
  t.ok(perParagraph < MAX_BYTES_PER_PARAGRAPH, `${perParagraph.toFixed(0)} bytes a paragraph`)
})

t.test('elements without attributes share one frozen empty set of them; the others keep their own', async t => {
  const body = bodyOf(parseTree('<p>a</p><p>b</p><p class="x" id="y">c</p><div><br></div>'))
  const [a, b, c, div] = body.children.filter(isTag)
  t.equal(a.attribs, b.attribs, 'one object for both')
  t.ok(Object.isFrozen(a.attribs), 'frozen: a write would throw, not leak into every element')
  t.same(a.attribs, {})
  t.throws(() => { (a.attribs as Record<string, string>).x = '1' }, TypeError)
  t.same(c.attribs, { class: 'x', id: 'y' })
  t.notOk(Object.isFrozen(c.attribs))
  t.equal((div.children[0] as Element).attribs, a.attribs, 'a void element too')
})

t.test('children lists read as before: first child, siblings linked, later children pushed', async t => {
  const body = bodyOf(parseTree('<div><span>1</span>two<b>3</b></div><p>only</p>'))
  const div = body.children[0] as Element
  t.equal(div.children.length, 3)
  t.equal(div.children[0].parent, div)
  t.equal(div.children[0].prev, null)
  t.equal(div.children[1].prev, div.children[0])
  t.equal(div.children[0].next, div.children[1])
  t.equal(div.children[2].next, null)
  const p = body.children[1] as Element
  t.equal(p.children.length, 1)
  t.equal(p.children[0].parent, p)
  t.equal(p.children[0].prev, null)
  t.equal(p.children[0].next, null)
})
