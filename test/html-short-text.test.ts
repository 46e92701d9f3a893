/**
 * `firstShownChar` (src/parse/html/short-text.ts): the first character of the line `boundedText` reads from an
 * element, found without joining or normalizing it, so the byline-date search passes most elements by.
 */
import t from 'tap'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { decodeBytes } from '../src/decode/index.js'
import { elementsOf } from '../src/parse/html/dom.js'
import { bodyOf, parseTree } from '../src/parse/html/tree.js'
import { boundedText, firstShownChar } from '../src/parse/html/short-text.js'
import { firstKept, normalizeLine } from '../src/text/normalize.js'
import { piecesTexts } from './generated.js'

const FIXTURES = join(import.meta.dirname, 'fixtures')

t.test('firstKept: where the normalized line starts', async t => {
  const pieces = ['a', ' ', '\t', '\n', '\u00a0', '\u3000', '\u200b', '\u00ad', '\ufeff', '\u0001', '\u2060', '作', '\ud840',
    '\udc00', '🙂', '\u2028']
  let n = 0
  for (const text of piecesTexts(pieces, 9, 20_000, 8)) {
    const line = normalizeLine(text.replace(/\s+/g, ' '))
    const at = firstKept(text)
    if ((at < 0 ? undefined : text[at]) !== line[0]) t.fail(`${JSON.stringify(text)}: ${at}`)
    n++
  }
  t.equal(n, 20_000)
  t.equal(firstKept('\u200b \u00a0By'), 3)
  t.equal(firstKept(' \u00ad '), -1)
})

t.test('firstShownChar is the first character of the bounded text, on every element of real pages', async t => {
  const pages: string[] = []
  for (const dir of ['html', 'zh-eval/html']) {
    for (const f of readdirSync(join(FIXTURES, dir)).filter(f => f.endsWith('.html')).sort()) {
      pages.push(decodeBytes(readFileSync(join(FIXTURES, dir, f)), { sniffMeta: true }).text)
    }
  }
  pages.push('<div><script>By</script><button>By</button><p> <span>\u200b</span><!-- c --><b> \u00adBy</b> Jane</p></div>',
    '<section><svg><text>文</text></svg><template>x</template><div>\u3000作者：王攀</div></section>')
  let elements = 0
  let shown = 0
  for (const html of pages) {
    for (const el of elementsOf(bodyOf(parseTree(html)))) {
      const want = boundedText(el, Number.POSITIVE_INFINITY)?.[0]
      const got = firstShownChar(el)
      if (got !== want) t.fail(`<${el.name}>: ${JSON.stringify(got)} != ${JSON.stringify(want)}`)
      elements++
      if (got !== undefined) shown++
    }
  }
  t.ok(elements > 2000, `${elements} elements`)
  t.ok(shown > 1500, `${shown} with text`)
})
