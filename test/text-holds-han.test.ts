/**
 * `holdsHan` answers as `HAN.test` (src/text/index.ts): its one-range gate may say no only where the pattern finds
 * no Han character, on every code point (astral Han and lone surrogates too) and on real lines.
 */
import t from 'tap'
import { readdirSync } from 'node:fs'
import { HAN, holdsHan } from '../src/text/index.js'
import { fixture } from './helpers.js'

t.test('holdsHan says what HAN.test says of every code point, alone and in English text', async t => {
  let han = 0
  let compared = 0
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp > 0xffff && cp < 0x20000) cp = 0x20000
    if (cp > 0x3ffff && cp < 0xe0000) cp = 0xe0000
    const ch = String.fromCodePoint(cp)
    for (const text of [ch, `English “text” ${ch} — here`]) {
      const expected = HAN.test(text)
      if (expected && text === ch) han++
      if (holdsHan(text) !== expected) t.fail(`U+${cp.toString(16)} in ${JSON.stringify(text)}`)
      compared++
    }
  }
  for (const lone of ['\ud840', '\udc00', 'a\ud840b']) t.equal(holdsHan(lone), HAN.test(lone), JSON.stringify(lone))
  t.ok(han > 90_000 && compared > 500_000, `${compared} texts, ${han} Han code points`)
})

t.test('holdsHan says what HAN.test says of the seed lines', async t => {
  let lines = 0
  for (const name of readdirSync(new URL('./fixtures/seeds/', import.meta.url)).filter(f => f.endsWith('.txt'))) {
    for (const line of fixture(`seeds/${name}`).toString('utf8').split('\n')) {
      if (holdsHan(line) !== HAN.test(line)) t.fail(line.slice(0, 60))
      lines++
    }
  }
  t.ok(lines > 100, `${lines} lines`)
})
