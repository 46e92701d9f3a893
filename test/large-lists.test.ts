/**
 * Lists of hundreds of thousands of items (table rows, elements in `<head>`, mojibake runs in one line) are
 * handled, not thrown: a list spread into a call's arguments (`push(...items)`, `Math.max(...items)`) overflows
 * the stack past about 120,000 items, and each of these shapes did ("Maximum call stack size exceeded"), which
 * the service answered with a 500.
 */
import t from 'tap'
import { Element } from 'domhandler'
import mojibakeRule from '../src/flags/rules/encoding-mojibake.js'
import { tableCandidate } from '../src/parse/html/lists-tables.js'
import { bodyOf, parseTree } from '../src/parse/html/tree.js'

/** More items than a spread into arguments takes (the limit depends on the stack; about 120,000 on Node 20). */
const MANY = 200_000

t.test('a data table of 200,000 rows is one table candidate', async t => {
  const doc = parseTree('<table>' + '<tr><td>1<td>2'.repeat(MANY) + '</table>')
  const table = bodyOf(doc).children.find((n): n is Element => n instanceof Element && n.name === 'table')
  t.ok(table !== undefined)
  const candidate = table === undefined ? null : tableCandidate(table, new Map())
  t.equal(candidate?.type, 'table')
  t.equal(candidate?.rows?.length, MANY)
})

t.test('200,000 elements written in <head> move into the body', async t => {
  // each element its own text: copies of one element would be dropped as they are parsed (tree.ts, repeats.test.ts)
  const italics = Array.from({ length: MANY }, (_, i) => `<i>${i}</i>`).join('')
  const doc = parseTree('<html><head><title>T</title>' + italics + '</head><body><p>Body.</p></body>')
  const moved = bodyOf(doc).children.filter(n => n instanceof Element && n.name === 'i')
  t.equal(moved.length, MANY)
})

t.test('200,000 unrepairable mojibake runs in one segment are each reported', async t => {
  const text = '¡¢£¤¥¦§ '.repeat(MANY)
  t.equal(mojibakeRule.check({ pointer: '/x', text, lang: 'en' }, { glossary: [] }).length, MANY)
})
