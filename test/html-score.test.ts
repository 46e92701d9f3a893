/**
 * The text stats the pruning (`stripUnlikely`) hands to the scoring: after it removed unlikely elements, the stats
 * it was given are those a new count of the pruned tree gives, element by element, whether it took the removed
 * text off their ancestors or (past its budget of steps, removals deep in a deep tree) counted again.
 */
import t from 'tap'
import { computeStats, stripUnlikely, type TextStats } from '../src/parse/html/score.js'
import { bodyOf, parseTree } from '../src/parse/html/tree.js'
import { isTag, type Element } from 'domhandler'

const SENTENCE = 'The council approved the budget on Tuesday, after a long debate about schools, roads and parks.'
const HAN = '市政府召开数字政府建设推进会，总结去年工作，部署今年重点任务。'

/** The stats of the elements still in the tree, in document order. */
function inTree (body: Element, stats: Map<Element, TextStats>): Array<[string, TextStats | undefined]> {
  const out: Array<[string, TextStats | undefined]> = []
  const stack: Element[] = [body]
  while (stack.length > 0) {
    const el = stack.pop()!
    out.push([el.name, stats.get(el)])
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]
      if (isTag(c)) stack.push(c)
    }
  }
  return out
}

function pruned (html: string): { kept: ReturnType<typeof inTree>, fresh: ReturnType<typeof inTree>, n: number } {
  const body = bodyOf(parseTree(html))
  const stats = computeStats(body)
  const n = stripUnlikely(body, [], stats)
  return { kept: inTree(body, stats), fresh: inTree(body, computeStats(body)), n }
}

t.test('removed text is taken off every former ancestor, exactly', async t => {
  const html = '<html><body><div class="page"><div class="main"><p>' + SENTENCE + ' <a href="/x">a link, here</a></p>' +
    `<div class="sidebar"><p>${HAN}</p><a href="/y">more, and more</a></div>` +
    `<section><p>${HAN}</p><div class="comments">${SENTENCE}</div></section></div>` +
    '<div class="footer">Footer, links</div></div></body></html>'
  const { kept, fresh, n } = pruned(html)
  t.equal(n, 3, 'the sidebar, the comments and the footer went')
  t.same(kept, fresh)
  t.ok(kept.every(([, s]) => s !== undefined), 'every element in the tree has its stats')
})

t.test('removals deep in a deep tree: the stats are counted again, the same', async t => {
  const depth = 300
  const level = `<div><div class="sidebar">${SENTENCE}</div><p>${SENTENCE}</p>`
  const { kept, fresh, n } = pruned('<html><body>' + level.repeat(depth) + '</div>'.repeat(depth) + '</body></html>')
  t.equal(n, depth, 'one sidebar per level went')
  t.same(kept, fresh)
})

t.test('nothing removed: the stats are the count of the tree as it is', async t => {
  const { kept, fresh, n } = pruned(`<html><body><article><p>${SENTENCE}</p><p>${HAN}</p></article></body></html>`)
  t.equal(n, 0)
  t.same(kept, fresh)
})
