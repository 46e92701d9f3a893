import t from 'tap'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SPAM_LEXICON, mayHoldTerm, termAlternation } from '../src/text/spam-lexicon.js'

const TERMS = SPAM_LEXICON.terms.map(term => term.term)
/** Every term of the lexicon in one pattern, as the spam stage builds them (case-insensitive, word edges). */
const ANY_TERM = termAlternation(TERMS)!
const matches = (text: string): boolean => {
  ANY_TERM.lastIndex = 0
  return ANY_TERM.test(text)
}

t.test('mayHoldTerm finds every term however a page writes it', async t => {
  for (const term of TERMS) {
    t.ok(mayHoldTerm(term), term)
    t.ok(mayHoldTerm(`Read this: ${term.toUpperCase()}!`), `${term} in capitals, in a sentence`)
    t.ok(mayHoldTerm(`世遗${term.replace(/ /g, ' \t\u3000')}:最美乡村`), `${term} with other white space`)
  }
  t.ok(mayHoldTerm('the best CAſINO in town'), 'the long s folds to s, as in the patterns')
  t.ok(mayHoldTerm('Play at the \u212Aaiyun table'), 'the Kelvin sign folds to k')
})

t.test('mayHoldTerm says no on text without a term', async t => {
  t.notOk(mayHoldTerm('The council approved the budget on Tuesday, after a long debate.'))
  t.notOk(mayHoldTerm('国务院新闻办公室今天举行新闻发布会。'))
  t.notOk(mayHoldTerm('William Hil'), 'a cut-off term is no term')
  t.notOk(mayHoldTerm(''))
})

t.test('white space inside a term is exactly what \\s reads', async t => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c)
    const text = `William${ch}Hill`
    if (mayHoldTerm(text) !== /\s/.test(ch)) t.fail(`U+${c.toString(16)}`)
  }
  t.ok(mayHoldTerm('William \n\t  Hill'), 'a run of white space reads as one space')
})

t.test('no line a lexicon pattern matches is missed (seeds, with terms spliced in)', async t => {
  const dir = join(import.meta.dirname, 'fixtures', 'seeds')
  const lines = readdirSync(dir).filter(f => f.endsWith('.txt'))
    .flatMap(f => readFileSync(join(dir, f), 'utf8').split('\n')).filter(l => l.trim() !== '')
  let skipped = 0
  let i = 0
  for (const line of lines) {
    if (mayHoldTerm(line)) continue
    skipped++
    t.notOk(matches(line), line.slice(0, 40))
    // a term spliced into the line at some position, cased as the line goes: the scan must find it again
    const term = TERMS[i++ % TERMS.length]
    const at = (i * 7) % (line.length + 1)
    const spliced = line.slice(0, at) + (i % 2 === 0 ? term.toUpperCase() : term) + line.slice(at)
    if (matches(spliced)) t.ok(mayHoldTerm(spliced), spliced.slice(Math.max(0, at - 20), at + 30))
  }
  t.ok(skipped > lines.length / 2, `most seed lines hold no term (${skipped} of ${lines.length})`)
})
