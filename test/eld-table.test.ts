/**
 * The shared language model (src/language/eld-table.ts): eld's detector reading the flat table scores every line
 * of the language evaluation sets exactly as `eld/large` does, so sharing the model between workers costs no
 * accuracy.
 */
import t from 'tap'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { eld } from 'eld/large'
import {
  buildEldModel, eldFromModel, eldScorer, encodeEldData, installEldModel, installedEldModel, loadEldData,
  replaceSeparators, separatorLetters, type EldDetector
} from '../src/language/eld-table.js'
import { FIXTURES, SEED_IDS, seed } from './helpers.js'
import { randomInts } from './random.js'

function evaluationLines (): string[] {
  const root = join(FIXTURES, 'language')
  return ['dev', 'heldout'].flatMap(split => readdirSync(join(root, split)).filter(f => f.endsWith('.tsv'))
    .flatMap(f => readFileSync(join(root, split, f), 'utf8').split('\n'))
    .map(line => line.slice(line.indexOf('\t') + 1))
    .filter(text => text !== ''))
}

t.test('the table-backed detector gives eld/large\'s scores on every evaluation line', async t => {
  const data = await loadEldData()
  const model = { type: data.type, languages: data.languages, table: encodeEldData(data) }
  t.ok(model.table.byteLength < 16 * 1024 * 1024, `the table is ${(model.table.byteLength / 1024 / 1024).toFixed(1)} MB`)
  const shared = await eldFromModel(model)
  const lines = evaluationLines()
  t.ok(lines.length > 1000)
  const scores = (detector: EldDetector, text: string): string => JSON.stringify(detector.detect(text).getScores())
  const differing = lines.filter(text => scores(shared, text) !== scores(eld, text))
  t.same(differing, [])
  t.equal(shared.detect('这是一个中文句子，用来测试。').language, eld.detect('这是一个中文句子，用来测试。').language)
  t.same(shared.detect('zzzzqqqq').getScores(), eld.detect('zzzzqqqq').getScores(), 'n-grams the table lacks')
})

t.test('eldScorer gives eld/large\'s getScores() on every evaluation line, the seeds and edge cases', async t => {
  const data = await loadEldData()
  const scorer = await eldScorer({ type: data.type, languages: data.languages, table: encodeEldData(data) })
  const asObject = (scores: Float64Array): Record<string, number> => {
    const out: Record<string, number> = {}
    for (const [code, i] of scorer.index) if (scores[i] > 0) out[code] = scores[i]
    return out
  }
  const edge = ['', ' ', '123 456', 'zzzzqqqq', 'a', 'abc', 'ab cd', 'İstanbul', 'x'.repeat(100), 'word '.repeat(400),
    'déjà vu naïve café', '𝐀𝐁𝐂 math', 'don’t won\'t', '这是一个中文句子，用来测试。', 'Привет мир', 'नमस्ते दुनिया',
    // ASCII read in slices between the characters past it: words that cross eld's 350- and 380-byte cuts there
    'a'.repeat(370) + 'é' + 'b'.repeat(20), 'abc '.repeat(86) + 'déjàvu'.repeat(5), 'naïvecafé '.repeat(60),
    'é'.repeat(200), 'ab 𝐀', 'ab cd\ud835', 'x'.repeat(379) + '𝐀yz', 'x'.repeat(378) + 'éyz', 'word '.repeat(70) + 'wordy',
    // a word under eld's 70 bytes that the 380-byte cut ends: its last n-gram is where the cut fell
    'ab '.repeat(110) + 'abcdefghij'.repeat(6), 'ab '.repeat(110) + 'abcdéfghij'.repeat(6),
    'ab '.repeat(110) + 'abcdefghi𝐀'.repeat(6)]
  const texts = [...evaluationLines(), ...SEED_IDS.map(id => seed(id)), ...edge]
  const differing = texts.filter(text => {
    const want = eld.detect(text).getScores()
    const got = asObject(scorer.scores(text))
    const keys = Object.keys(want)
    return keys.length !== Object.keys(got).length || keys.some(k => got[k] !== want[k])
  })
  t.same(differing, [])
})

t.test('a thread without a pool builds the same table from eld\'s source', async t => {
  const built = await buildEldModel()
  const data = await loadEldData()
  t.same(Buffer.from(built.table), Buffer.from(encodeEldData(data)), 'byte for byte the table of eld/large')
  t.same([built.type, built.languages], [data.type, data.languages])
})

t.test('a thread installs a model before the pipeline loads', async t => {
  t.equal(installedEldModel(), undefined)
  const model = { type: 'x', languages: {}, table: new SharedArrayBuffer(0) }
  installEldModel(model)
  t.equal(installedEldModel(), model)
  installEldModel(undefined)
})

t.test('eld\'s separator pattern read from a table gives the pattern\'s replacement', async t => {
  // eld's own pattern, from its module beside the database's (as eld-table.ts imports it)
  const { separators } = await import(new URL('../regexPatterns.js', import.meta.resolve('eld/large')).href) as { separators: RegExp }
  const letters = separatorLetters(separators)
  if (letters === null) { t.fail('the pattern is not of the shape read'); return }
  const byPattern = (text: string): string => text.replace(separators, ' ')
  // every BMP code unit (lone surrogates included) between letters, beside apostrophes and after a space
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c)
    for (const text of [`a${ch}b`, `a ${ch}'b`, `${ch}`, `a'${ch}`]) {
      if (replaceSeparators(text, letters) !== byPattern(text)) t.fail(`U+${c.toString(16)} in ${JSON.stringify(text)}`)
    }
  }
  const pieces = ['a', 'é', 'Я', '中', ' ', '.', '\'', '`', '’', '"', '𝐀', '\ud835', '\udc00', '1', '-', '\n', 'don']
  const next = randomInts(9)
  for (let k = 0; k < 50_000; k++) {
    let text = ''
    for (let n = next(14); n >= 0; n--) text += pieces[next(pieces.length)]
    if (replaceSeparators(text, letters) !== byPattern(text)) t.fail(JSON.stringify(text))
  }
  t.equal(replaceSeparators('don’t stop... ’til', letters), 'don’t stop ’til')
  t.equal(separatorLetters(/[^a-z]+/gu), null, 'another shape is run as a pattern')
})
