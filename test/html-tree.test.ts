/**
 * The HTML tree builder (src/parse/html/tree.ts): htmlparser2 with a linear open-element stack and the repairs a
 * browser makes that the later stages notice. Each shape is checked against what a browser builds.
 */
import t from 'tap'
import { ElementType } from 'domelementtype'
import { isDocument, isTag, isText, type AnyNode, type ParentNode } from 'domhandler'
import { TopFirstStack, bodyOf, depthBound, parseTree } from '../src/parse/html/tree.js'
import { MAX_DEPTH, flattenDeep } from '../src/parse/html/dom.js'

/** The tree as a compact string: `div(p("a") p("b"))`; white-space-only text is left out. */
function shape (node: AnyNode): string {
  if (isText(node)) return node.data.trim() === '' ? '' : JSON.stringify(node.data)
  if (isDocument(node)) return shapeOfChildren(node)
  if (!isTag(node) || node.type !== ElementType.Tag) return ''
  return `${node.name}(${shapeOfChildren(node)})`
}

const shapeOfChildren = (node: ParentNode): string => node.children.map(shape).filter(s => s !== '').join(' ')

const body = (html: string): string => shape(bodyOf(parseTree(html))).replace(/^body\((.*)\)$/, '$1')

t.test('one <html> with <head> and <body>, whatever the markup gives', async t => {
  t.equal(shape(parseTree('<p>x</p>')), 'html(body(p("x")))', 'a fragment gets html and body')
  t.equal(shape(parseTree('<!doctype html><html><head><title>T</title></head><body><p>x</p></body></html>')), 'html(head(title("T")) body(p("x")))')
  t.equal(body('<html><head><title>T</title><div>moved</div></head><body><p>x</p></body></html>'), 'div("moved") p("x")', 'content in <head> moves to the body')
  t.equal(body('<html><body><p>x</p></body></html><p>after</p>'), 'p("x") p("after")', 'content after </html> joins the body')
  t.equal(body('<html><div>before</div><body><p>x</p></body></html>'), 'div("before") p("x")', 'content before <body> joins the body')
  t.equal(body('<div><body><p>x</p></body></div>'), 'div() p("x")', 'a <body> opened inside an element is lifted out')
})

t.test('a page pasted into the page: nested html/body unwrapped, </body> closes nothing', async t => {
  t.equal(body('<body><div class="a"><!DOCTYPE html><html><body><p>in</p></body></html><p>after</p></div><p>end</p></body>'),
    'div(p("in") p("after")) p("end")')
  t.equal(body('<body><ol><li><p><body></p><p>one</p><p></body></p></li><li>two</li></ol><p>end</p></body>'),
    'ol(li(p() p("one") p()) li("two")) p("end")')
})

t.test('the repair runs whenever one html, head or body element stands below another element', async t => {
  // one of each name in the whole page, so no count of them tells; where the one <head> stands does
  t.equal(body('<div><head><p>x</p></head></div>'), 'div(p("x"))', 'the page\'s only <head>, inside a <div>')
  t.equal(body('<html><head></head><body><p>a</p><span><head><b>b</b></head></span></body></html>'),
    'p("a") span(b("b"))', 'a second <head> inside the body')
  t.equal(body('<p>a</p><div><html><p>x</p></html></div>'), 'p("a") div(p("x"))', 'an <html> inside a <div>')
  t.equal(shape(parseTree('<html><head><title>T</title></head><body><div><p>x</p></div></body></html>')),
    'html(head(title("T")) body(div(p("x"))))', 'nothing to repair: the tree as parsed')
})

/** The deepest level an element stands at (the document's children at 1), by a walk. */
function deepestLevel (node: AnyNode, level = 0): number {
  let max = isTag(node) ? level : 0
  if ('children' in node) for (const c of node.children as AnyNode[]) max = Math.max(max, deepestLevel(c, level + 1))
  return max
}

t.test('depthBound: no element of the parsed tree stands at or below it, whatever ensureBody moves', async t => {
  const nest = (n: number, inner = 'x'): string => '<div>'.repeat(n) + inner + '</div>'.repeat(n)
  const shapes = (n: number): string[] => [
    nest(n), nest(n, '<img>'), `<html><body>${nest(n)}</body></html>`, `<html><head></head>${nest(n)}</html>`,
    `<html><head><title>T</title>${nest(n)}</head><body></body></html>`, `<html><body><p>a</p></body></html>${nest(n)}`,
    `<body>${nest(n)}</body>`, `<div><body>${nest(n)}</body></div>`, `<p>a</p><div><html><body>${nest(n)}</body></html></div>`
  ]
  let skipped = 0
  for (let n = MAX_DEPTH - 6; n <= MAX_DEPTH + 2; n++) {
    for (const html of shapes(n)) {
      const doc = parseTree(html)
      const bound = depthBound(doc)
      t.ok(deepestLevel(doc) < bound, `${html.slice(0, 40)} (${n}): ${deepestLevel(doc)} < ${bound}`)
      // what parseHtml relies on: at a bound no deeper than MAX_DEPTH there is nothing to flatten
      if (bound <= MAX_DEPTH) {
        skipped++
        t.equal(flattenDeep(doc, MAX_DEPTH), 0)
      }
    }
  }
  t.ok(skipped > 0, 'some shapes are shallow enough to pass by')
  t.equal(depthBound(parseTree('<p>x</p>')), 4, 'html, body and p: one level past the parsed p and two for ensureBody')
})

t.test('implied end tags, as a browser closes them', async t => {
  t.equal(body('<p>a<span>b<div>c</div>'), 'p("a" span("b")) div("c")', 'a block closes an open <p> below inline elements')
  t.equal(body('<table><tr><td><p>a<div>b</div></td></tr></table>'), 'table(tr(td(p("a") div("b"))))', 'inside a cell')
  t.equal(body('<button><p>a</button>'), 'button(p("a"))')
  t.equal(body('<ul><li><a href="#">one</a><li>two</ul>'), 'ul(li(a("one")) li("two"))')
  t.equal(body('<ul><li><span>one<li>two</ul>'), 'ul(li(span("one")) li("two"))', 'an <li> below inline elements')
  t.equal(body('<ul><li>one<ul><li>inner</ul><li>two</ul>'), 'ul(li("one" ul(li("inner"))) li("two"))', 'a nested list stays nested')
  t.equal(body('<dl><dt>a<dd>b<dt>c</dl>'), 'dl(dt("a") dd("b") dt("c"))')
  t.equal(body('<a href="/1">one<a href="/2">two</a>'), 'a("one") a("two")', 'a link never holds a link')
  t.equal(body('<h1>Title<div class="divider"></div><h3>date</h3>'), 'h1("Title" div()) h3("date")', 'a heading on top ends')
  t.equal(body('<h1>Title</h2><p>x</p>'), 'h1("Title") p("x")', 'any heading end tag closes the heading')
  t.equal(body('a\r\nb\rc'), '"a\\nb\\nc"', 'CR LF and CR are line feeds')
})

t.test('the open-element stack answers as an array with its top first', async t => {
  const s = new TopFirstStack<string>(['b', 'a'])
  t.equal(s.length, 2)
  t.equal(s[0], 'b')
  t.equal(s.indexOf('a'), 1)
  t.equal(s.indexOf('x'), -1)
  t.equal(s.unshift('c'), 3)
  t.equal(s.shift(), 'c')
  s.length = 0
  t.equal(s.shift(), undefined)
  t.equal(s[0], undefined)
  t.equal(s.inScope('p'), -1, 'no implied-close target')
})

t.test('every element name is lower case, as the front end reads it (dom.ts tagOf)', async t => {
  const doc = parseTree('<HTML><Body><DIV Class="A"><SVG><foreignObject><P>x</P></foreignObject></SVG><MathML/><Ünï>y</Ünï></DIV>')
  const names: string[] = []
  const stack: AnyNode[] = [doc]
  while (stack.length > 0) {
    const n = stack.pop()!
    if (isTag(n)) names.push(n.name)
    if ('children' in n) for (const c of n.children) stack.push(c)
  }
  t.same(names.filter(n => n !== n.toLowerCase()), [])
  t.ok(names.includes('foreignobject') && names.includes('div'))
})
