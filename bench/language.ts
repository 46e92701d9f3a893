/**
 * Language detection throughput on sentence-length zh/en texts (the labelled lines of test/fixtures/language,
 * 10-200 characters), one core, with franc alone on the same texts in the same run as the baseline: the
 * ratio is what to read on a noisy machine. Target (issue 5): >= 5,000 texts/s for zh and for en.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { franc } from 'franc'
import { detectLanguage } from '../src/language/index.js'
import { measure, type BenchRow } from './measure.js'

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'language')

function sentences (test: (label: string) => boolean): string[] {
  const out: string[] = []
  for (const split of ['dev', 'heldout']) {
    for (const f of readdirSync(join(FIXTURES, split)).filter(n => n.endsWith('.tsv'))) {
      for (const line of readFileSync(join(FIXTURES, split, f), 'utf8').split('\n')) {
        const tab = line.indexOf('\t')
        if (tab < 0) continue
        const text = line.slice(tab + 1)
        if (test(line.slice(0, tab)) && text.length >= 10 && text.length <= 200) out.push(text)
      }
    }
  }
  return out
}

export default async function bench (): Promise<BenchRow[]> {
  const sets: Array<[string, string[]]> = [
    ['zh', sentences(l => l.startsWith('zh'))],
    ['en', sentences(l => l === 'en')]
  ]
  sets.push(['zh+en mixed 1:1', sets.flatMap(([, s]) => s)])
  const rows: BenchRow[] = []
  for (const [name, texts] of sets) {
    let i = 0
    const ours = measure(() => { detectLanguage(texts[i++ % texts.length]) }, 2000)
    let j = 0
    const alone = measure(() => { franc(texts[j++ % texts.length]) }, 2000)
    rows.push({
      name: `language: detectLanguage, ${name} sentences (${texts.length} texts)`,
      opsPerSecond: ours,
      unit: 'texts/s',
      note: `franc alone ${alone.toFixed(0)} texts/s, ratio ${(ours / alone).toFixed(2)}x; target >= 5000`
    })
  }
  return rows
}
