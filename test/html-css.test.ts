/**
 * The style-sheet readers of the cleaning (src/parse/html/css.ts) answer exactly as the regular expressions they
 * replaced, on sheets of every shape (generated from the characters CSS structure is made of), and stay linear on
 * the sheets where those expressions were quadratic.
 */
import t from 'tap'
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import {
  dropGroupsPass, dropGroupUnits, RuleReader, stripCommentUnits, unitsOf, unitsText
} from '../src/parse/html/css.js'
import { hiddenSelectors } from '../src/parse/html/clean.js'
import { processPage } from '../src/pipeline.js'
import { LINEAR_8X, growth8x } from './helpers.js'
import { randomInts } from './random.js'

/** The readers on a string's code units, read back as a string: what the patterns below answer on the string. */
const stripComments = (s: string): string => unitsText(stripCommentUnits(unitsOf(s)))
const dropGroupsOnce = (s: string): string => unitsText(dropGroupsPass(unitsOf(s)).units)
const dropGroups = (s: string): string => unitsText(dropGroupUnits(unitsOf(s)))

const COMMENTS = /\/\*[\s\S]*?\*\//g
const GROUP = /@[^{};]*\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/g
const RULE = /([^{}]+)\{([^{}]*)\}/g

function rulesByPattern (s: string): string[] {
  const out: string[] = []
  RULE.lastIndex = 0
  for (let m = RULE.exec(s); m !== null; m = RULE.exec(s)) out.push(m[1], m[2])
  return out
}

function rulesByReader (s: string): string[] {
  const out: string[] = []
  const r = new RuleReader(unitsOf(s))
  while (r.next()) out.push(r.selectors, r.declarations)
  return out
}

function groupsByPattern (css: string): string {
  let s = css
  for (let pass = 0; pass < 50; pass++) {
    const next = s.replace(GROUP, '')
    if (next === s) break
    s = next
  }
  return s
}

/** Sheets made of the pieces CSS structure is made of, in every order: a fixed generator, so a failure repeats. */
function * sheets (count: number): Generator<string> {
  const pieces = ['a', '@', '{', '}', ';', '/', '*', ' ', '.x', '#y', 'display:none', '\n', ',', '@media', '中']
  const next = randomInts(1)
  for (let i = 0; i < count; i++) {
    let s = ''
    const len = next(40)
    for (let j = 0; j < len; j++) s += pieces[next(pieces.length)]
    yield s
  }
}

const REAL = `/* theme */ body{margin:0} .ad , #promo{display:none} @media (max-width:600px){.menu{display:none} .a{b:c}}
@supports (display:grid){@media print{.x{visibility:hidden}}} .sr-only{position:absolute;left:-9999px}
div.spam{ font-size : 0 } .fade{opacity:0} /* unclosed`

t.test('each reader answers as its pattern, on a real-looking sheet and 100,000 generated ones', async t => {
  let rules = 0
  let mismatches = 0
  for (const s of [REAL, ...sheets(100000)]) {
    const ok = stripComments(s) === s.replace(COMMENTS, '') &&
      dropGroupsOnce(s) === s.replace(GROUP, '') &&
      dropGroups(s) === groupsByPattern(s) &&
      JSON.stringify(rulesByReader(s)) === JSON.stringify(rulesByPattern(s))
    if (!ok) {
      mismatches++
      if (mismatches <= 3) t.fail(`differs on ${JSON.stringify(s)}`)
    }
    rules += rulesByPattern(s).length / 2
  }
  t.equal(mismatches, 0)
  t.ok(rules > 20000, `the generated sheets hold rules (${rules})`)
})

t.test('groups nested two and three deep still go in as many passes, the last pass left out only when settled', async t => {
  // the pass that removes an inner group lets the outer one close with one level left: a pass more is needed
  const nested = '.a{x:1} @media screen{.b{y:2} @supports (display:grid){.c{display:none}} .d{z:3}} .e{display:none}'
  t.equal(dropGroupsOnce(nested), '.a{x:1} @media screen{.b{y:2}  .d{z:3}} .e{display:none}')
  t.equal(dropGroups(nested), '.a{x:1}  .e{display:none}')
  const deeper = '@media a{@media b{@media c{.x{display:none}}}} .y{a:b}'
  t.equal(dropGroups(deeper), groupsByPattern(deeper))
  t.equal(dropGroups(deeper), ' .y{a:b}')
  // failures that stand: a prelude ending at `;`, a block left open at the end
  const standing = '@import url(x.css); .a{b:c} @media print{.d{e:f}} @font-face{src:x} @media open{.g{h:i}'
  t.equal(dropGroups(standing), groupsByPattern(standing))
  t.equal(dropGroups(standing), '@import url(x.css); .a{b:c}   @media open{.g{h:i}')
  // sheets made of groups and rules opened and closed at random: many need two passes or more
  const pieces = ['@m{', '.a{', '}', '}', 'x', ';', '@', '{', ' ']
  const next = randomInts(7)
  let multi = 0
  let mismatches = 0
  for (let i = 0; i < 100000; i++) {
    let s = ''
    for (let j = next(30); j > 0; j--) s += pieces[next(pieces.length)]
    const once = s.replace(GROUP, '')
    if (once !== s && once.replace(GROUP, '') !== once) multi++
    if (dropGroups(s) !== groupsByPattern(s) && ++mismatches <= 3) t.fail(`differs on ${JSON.stringify(s)}`)
  }
  t.equal(mismatches, 0)
  t.ok(multi > 1000, `${multi} generated sheets need two passes or more`)
})

t.test('hiddenSelectors reads the simple hiding rules outside conditional groups', async t => {
  const r = hiddenSelectors(REAL)
  t.same([...r.classes.keys()].sort(), ['ad', 'spam', 'sr-only'])
  t.same([...r.ids.keys()], ['promo'])
  t.equal(r.classes.get('ad')?.reason, 'hidden by style sheet rule .ad{display:none}')
})

/** V8's large objects (over 128 KiB), young and old: what `hiddenSelectors` must not make for a sheet's copies. */
const largeObjectBytes = (): number => getHeapSpaceStatistics()
  .filter(s => s.space_name === 'large_object_space' || s.space_name === 'new_large_object_space')
  .reduce((n, s) => n + s.space_used_size, 0)

t.test('a large sheet is read in place: no string of its size is made', async t => {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as () => void
  // 1.3 M characters, two bytes each (one arrow): a page builder's inline CSS, with comments, groups and a hiding
  // rule every hundred rules. Read as strings, its copies without comments and without groups were large objects of
  // 4.4 MB together; read as code units, nothing of that size is made (the answer's own maps stay small).
  const rule = (i: number): string => `/* c${i} */ .a${i}{color:red;content:"→"} @media (max-width:${i}px)` +
    `{.m${i}{display:none}} .h${i}{${i % 100 === 0 ? 'display:none' : 'margin:0'}}\n`
  const sheet = Array.from({ length: 12000 }, (_, i) => rule(i)).join('')
  hiddenSelectors(sheet)
  gc()
  const before = largeObjectBytes()
  const r = hiddenSelectors(sheet)
  const grown = largeObjectBytes() - before
  t.equal(r.classes.size, 120, 'the hiding rules outside the groups, every one')
  t.equal(r.classes.get('h100')?.reason, 'hidden by style sheet rule .h100{display:none}')
  t.notOk(r.classes.has('m100'), 'a group\'s rule is not read')
  t.ok(grown < 512 * 1024, `large objects grew by ${(grown / 1e6).toFixed(2)} MB for a sheet of ${(2 * sheet.length / 1e6).toFixed(1)} MB`)
})

const html = (content: string): void => { processPage({ content: Buffer.from(content), format: 'html' }) }
const page = (sheet: string): string =>
  `<html><head><style>${sheet}</style></head><body><p>The council approved the budget on Tuesday.</p></body></html>`

// each of these cost seconds at 160 KB: every start position of the pattern scanned to the end of the sheet
const SHAPES: Array<{ name: string, make: (n: number) => string }> = [
  { name: 'a sheet without a brace', make: n => page('a'.repeat(n)) },
  { name: 'a sheet of unclosed comment openings', make: n => page('/*'.repeat(n)) },
  { name: 'a sheet of at-signs', make: n => page('@'.repeat(n)) },
  { name: 'an at-rule block that never closes', make: n => page('@media x{' + '.a{b:c}'.repeat(n)) },
  // the rule reader searches each brace with indexOf: searched anew at every `}`, the one `{` at the end would be
  // looked for across the whole sheet each time
  { name: 'a sheet of closing braces, one opening at the end', make: n => page('a}'.repeat(n) + '{') }
]

for (const shape of SHAPES) {
  t.test(`linear time: ${shape.name} (n vs 8n)`, async t => {
    let ratio = await growth8x(shape.make, html, 8000, { slackMs: 5 })
    for (let again = 0; again < 2 && ratio >= LINEAR_8X; again++) {
      ratio = Math.min(ratio, await growth8x(shape.make, html, 8000, { slackMs: 5 }))
    }
    t.ok(ratio < LINEAR_8X, `ratio ${ratio.toFixed(2)} (linear ~8, quadratic ~64)`)
  })
}
