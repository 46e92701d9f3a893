/**
 * The cleaner's shortcuts answer as the long way does: `hidingStyle` tests the union of the hiding styles before
 * asking each (exact only while no pattern holds a back reference), and `articleGuard` keeps the counts of the
 * elements that can hold the article only, answering every other element as a full count would.
 */
import t from 'tap'
import { readFileSync } from 'node:fs'
import { hidingStyle } from '../src/parse/html/patterns.js'
import { LINEAR_8X, growth8x } from './helpers.js'
import { ARTICLE_SHARE, SUBSTANTIAL_TEXT, articleGuard } from '../src/parse/html/guard.js'
import { bodyOf, parseTree } from '../src/parse/html/tree.js'
import { elementsOf, isElement, isText, tagOf, type AnyNode, type Element } from '../src/parse/html/dom.js'
import { randomInts } from './random.js'

const hidden = JSON.parse(readFileSync(new URL('../data/html-hidden-styles.json', import.meta.url), 'utf8')) as {
  patterns: Array<{ id: string, pattern?: string, all?: string[] }>
}
const expressions = (p: { pattern?: string, all?: string[] }): string[] => p.all ?? [p.pattern ?? '']

t.test('no hiding style holds a back reference (their union answers as each pattern does)', async t => {
  for (const p of hidden.patterns) for (const x of expressions(p)) t.notMatch(x, /\\[1-9]|\\k</, p.id)
  for (const p of hidden.patterns) t.ok((p.pattern === undefined) !== (p.all === undefined), `${p.id}: pattern or all`)
})

t.test('hidingStyle: the first pattern that matches, or undefined', async t => {
  const patterns = hidden.patterns.map(p => ({ id: p.id, res: expressions(p).map(x => new RegExp(x, 'i')) }))
  const styles = [
    'display: none', 'color: red; display:none', 'DISPLAY:NONE', 'visibility:hidden', 'font-size:0',
    'font-size: 0px; color: red', 'left:-9999px', 'text-indent:-999em', 'height:0;overflow:hidden',
    'overflow:hidden;width:1px', 'opacity:0', 'clip:rect(0,0,0,0)', 'display:block', 'color:red; font-size:12px',
    'margin-top:-20px', 'opacity:0.5', '', '   ', 'width:100px;overflow:hidden', 'visibility:visible',
    'overflow: hidden; max-height: 0 !important', 'height:0', 'overflow:hidden', 'height:1px;color:red;overflow:hidden'
  ]
  let hits = 0
  for (const style of styles) {
    const s = style.replace(/\s+/g, '').toLowerCase()
    const want = s === '' ? undefined : patterns.find(p => p.res.every(re => re.test(s)))?.id
    if (want !== undefined) hits++
    t.equal(hidingStyle(style)?.id, want, style)
  }
  t.ok(hits >= 10, 'most of the samples hide')
})

t.test('declarations that hide together: the same answer as the one expression they replace, in linear time', async t => {
  // the expressions of data/html-hidden-styles.json before `all` (quadratic: each height:0 scanned to the end)
  const before: Record<string, RegExp> = {
    'zero-height-clip': /(?:^|;)(?:height|max-height):0(?:px)?(?:;|$|!).*overflow:hidden|(?:^|;)overflow:hidden.*(?:^|;)(?:height|max-height):0(?:px)?(?:;|$|!)/i,
    'one-pixel-clip': /(?:^|;)(?:width|height):[01]px(?:;|$|!).*overflow:hidden|(?:^|;)overflow:hidden.*(?:^|;)(?:width|height):[01]px(?:;|$|!)/i
  }
  const parts = ['height:0', 'max-height:0px', 'width:1px', 'height:0px!important', 'overflow:hidden', 'color:red',
    'overflow:auto', 'height:10px', 'line-height:0', 'overflow-x:hidden', 'width:0px']
  let agreed = 0
  const next = randomInts(7)
  for (let i = 0; i < 20_000; i++) {
    const style = Array.from({ length: 1 + next(4) }, () => parts[next(parts.length)]).join(';')
    for (const [id, re] of Object.entries(before)) {
      const now = hidden.patterns.find(p => p.id === id)!
      const matches = expressions(now).every(x => new RegExp(x, 'i').test(style))
      if (matches === re.test(style)) agreed++
      else t.fail(`${id}: ${style}`)
    }
  }
  t.equal(agreed, 40_000, 'every generated declaration block answered alike')
  const ratio = await growth8x(n => 'height:0;'.repeat(n), style => { hidingStyle(style) }, 2_000)
  t.ok(ratio < LINEAR_8X, `144 KB of height:0; vs 18 KB: ${ratio.toFixed(1)}x`)
})

/** The guard's answer from a full count of every element (the count it kept before). */
function fullGuard (root: Element): (el: Element) => boolean {
  const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'canvas',
    'iframe', 'object', 'embed', 'select', 'option', 'textarea', 'button', 'datalist', 'map', 'audio', 'video'])
  const para = new Map<Element, number>()
  const all = new Map<Element, number>()
  const visit = (n: AnyNode, inP: boolean): [number, number] => {
    if (isText(n)) return [inP ? n.data.trim().length : 0, n.data.trim().length]
    if (!isElement(n) || INVISIBLE.has(tagOf(n))) return [0, 0]
    const p = inP || tagOf(n) === 'p'
    let sp = 0
    let sa = 0
    for (const c of n.children) {
      const [a, b] = visit(c, p)
      sp += a
      sa += b
    }
    para.set(n, sp)
    all.set(n, sa)
    return [sp, sa]
  }
  const [paraTotal, allTotal] = visit(root, false)
  const usePara = paraTotal >= SUBSTANTIAL_TEXT
  return el => allTotal >= SUBSTANTIAL_TEXT && (all.get(el) ?? 0) >= ARTICLE_SHARE * allTotal &&
    (!usePara || (para.get(el) ?? 0) >= ARTICLE_SHARE * paraTotal)
}

t.test('articleGuard answers every element as a full count does', async t => {
  const sentence = 'The council approved the budget on Tuesday, after a long debate about schools and roads. '
  const pages = [
    `<nav>Home News</nav><article><p>${sentence.repeat(4)}</p><p>${sentence}</p></article><footer>(c)</footer>`,
    `<div><div>${sentence.repeat(3)}</div><p>Legal line one.</p><p>Legal line two.</p></div>`,
    `<p>${sentence}</p>`,
    `<table><tr><td>${sentence.repeat(2)}<br>${sentence}</td><td><p>${sentence}</p></td></tr></table>`,
    `<div><p>${'短'.repeat(60)}</p><script>${'x'.repeat(500)}</script><p>${sentence.repeat(2)}</p></div>`,
    `<main><section><p>${sentence.repeat(6)}</p></section><aside><p>${sentence.repeat(5)}</p></aside></main>`
  ]
  let yes = 0
  for (const html of pages) {
    const body = bodyOf(parseTree(`<html><body>${html}</body></html>`))
    const guard = articleGuard(body)
    const want = fullGuard(body)
    for (const el of elementsOf(body)) {
      t.equal(guard.holdsArticle(el), want(el), `<${el.name}> in ${html.slice(0, 40)}`)
      if (want(el)) yes++
    }
  }
  t.ok(yes >= 6, 'the samples have elements that hold the article')
})
