/**
 * Helper for linear-a/linear-b.test.ts (two files so that each stays well inside the runner's time limit).
 * Every rule runs in linear time on hostile input: 1 MB of adversarial text (long runs of spaces, hyphens, dots,
 * quotes, brackets, one endless word, CJK runs, digits) at n and 2n. No absolute timing: the ratio time(2n)/time(n)
 * must stay under a generous bound (quadratic behaviour gives ~4 and far more at this size). Each rule runs in
 * isolation (its own check function, forced onto the input whatever its language), so no rule hides behind the gate.
 */
import type { Test } from 'tap'
import { RULES, segmentLanguage } from '../../src/flags/index.js'

export const PIECES: Record<string, (n: number) => string> = {
  spaces: n => 'word' + ' '.repeat(n) + ',',
  hyphens: n => 'a ' + '-'.repeat(n) + 'b',
  spacedHyphens: n => 'e -'.repeat(n / 3),
  dots: n => 'word' + '.'.repeat(n),
  quotes: n => '“'.repeat(n / 4) + '"'.repeat(n / 4) + '‘'.repeat(n / 4) + '”'.repeat(n / 4),
  brackets: n => '('.repeat(n / 2) + ')'.repeat(n / 4) + ']'.repeat(n / 4),
  endlessWord: n => 'a'.repeat(n),
  endlessCapWord: n => 'A' + 'a'.repeat(n - 7) + '.Photo',
  digits: n => '1'.repeat(n / 2) + '.1'.repeat(n / 4) + '%x',
  cjk: n => '数'.repeat(n / 2) + ',' + '字'.repeat(n / 2),
  sentences: n => 'And speech. '.repeat(n / 12),
  mixed: n => ('the the worked together and worked together such as such as construction Goals new crown pneumonia ' +
    '80.4%throughout e.g. U.S. … “a” (b) ').repeat(n / 128),
  // the detokenizer's slips (spacing-unit-symbol, spacing-quote-inside, spacing-compound-hyphen), over and over
  detokenized: n => ('self - assembly " black holes " 44 ° C “ bridge camera ” 10 - fold ').repeat(n / 64)
}

/** One run, in ms. */
function time (fn: () => void): number {
  const t0 = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - t0) / 1e6
}

/** Runs every rule on the named inputs at 512 KB and 1 MB and asserts linear scaling. */
export function checkLinear (t: Test, names: string[]): void {
  const N = 512 * 1024
  const source = '福建省政务服务事项全程网办率达80.4%。新冠肺炎'.repeat(50)
  const glossary = [{ term: '新冠肺炎', preferred: 'COVID-19' }, { term: 'digital government', preferred: 'e-government' }]
  for (const name of names) {
    const make = PIECES[name]
    const small = make(N)
    const large = make(2 * N)
    for (const rule of RULES) {
      const run = (text: string) => () => {
        const segment = { pointer: '/text', text, lang: segmentLanguage(text) }
        if (rule.scope === 'document') rule.checkDocument([{ ...segment, lang: 'en' }], { source, glossary })
        else rule.check({ ...segment, lang: rule.lang === 'any' ? segment.lang : rule.lang }, { source, glossary })
      }
      // A busy machine or a GC pause can stall one measurement: a ratio over the bound is measured again (up to 4
      // times).
      let a = 0
      let b = 0
      for (let attempt = 0; attempt < 4; attempt++) {
        a = Math.max(time(run(small)), 2)
        b = time(run(large))
        if (b / a < 5 || b < 100) break
      }
      // Under 100 ms for 1 MB is linear whatever the ratio says (quadratic work on 1 MB takes minutes).
      t.ok(b / a < 5 || b < 100, `${rule.id} on ${name}: ${a.toFixed(1)} ms at 512 KB, ${b.toFixed(1)} ms at 1 MB`)
    }
  }
}
