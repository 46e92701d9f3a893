/**
 * Adds the Traditional forms of the spam lexicon's Chinese terms to data/spam-lexicon.json (`traditionalOf`), from
 * OpenCC's Simplified -> Traditional conversions as shipped in the `opencc-js` package (dev dependency only; nothing
 * converts at run time). Injected pages of Hong Kong, Macau and Taiwan sites, and spam written for their readers, use
 * the Traditional forms (`百家樂`, `必威體育`, `澳門賭場`), which a Simplified-only lexicon never matches.
 *
 *   npm run build:dev && node dist/scripts/derive-spam-traditional.js
 *
 * Every conversion OpenCC ships for Traditional script is asked (`t`: OpenCC's standard, `tw`: Taiwan's, `hk`: Hong
 * Kong's character forms; not `twp`, which also rewrites vocabulary): a term may be written more than one way
 * (`百家乐平台` -> `百家樂平臺`, `百家樂平台`). A derived entry keeps its term's kind, link-text mark and note, unless
 * the term sets `traditionalKind` (a Macau resort's own name is news in Hong Kong and Macau). Entries derived before
 * are dropped first, so the script can run again after the lexicon changes; test/spam-traditional.test.ts fails
 * when a Simplified term lacks a Traditional form.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
 
const OpenCC = require('opencc-js') as { Converter: (o: { from: string, to: string }) => (s: string) => string }

/** Where a derived form comes from, in its entry's source. */
const CONVERSION = 'OpenCC\'s Simplified -> Traditional conversion, opencc-js 1.4.2'

/** OpenCC's targets in Traditional script, without vocabulary changes. */
export const TRADITIONAL_TARGETS = ['t', 'tw', 'hk'] as const

const converters = TRADITIONAL_TARGETS.map(to => OpenCC.Converter({ from: 'cn', to }))

/** The Traditional forms of a term other than the term itself, in OpenCC's targets' order. */
export function traditionalForms (term: string): string[] {
  return [...new Set(converters.map(convert => convert(term)))].filter(form => form !== term)
}

interface Term {
  term: string
  kind: string
  traditionalKind?: string
  traditionalOf?: string
  linkText?: boolean
  note?: string
  source: string
}

function main (): void {
  const path = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'spam-lexicon.json')
  const lexicon = JSON.parse(readFileSync(path, 'utf8')) as { terms: Term[] }
  const written = lexicon.terms.filter(t => t.traditionalOf === undefined)
  const known = new Set(written.map(t => t.term))
  const terms: Term[] = []
  for (const entry of written) {
    terms.push(entry)
    for (const form of traditionalForms(entry.term)) {
      if (known.has(form)) continue
      known.add(form)
      const resort = entry.traditionalKind !== undefined
        ? '; the resort\'s own name in Hong Kong and Macau news, so removed only where it shows the injection pattern'
        : ''
      terms.push({
        term: form,
        kind: entry.traditionalKind ?? entry.kind,
        traditionalOf: entry.term,
        ...(entry.linkText === true ? { linkText: true } : {}),
        ...(entry.note !== undefined ? { note: entry.note } : {}),
        source: `the Traditional form of ${entry.term} (${CONVERSION})${resort}`
      })
    }
  }
  lexicon.terms = terms
  writeFileSync(path, JSON.stringify(lexicon, null, 1) + '\n')
  console.log(`${terms.length - written.length} Traditional forms of ${written.length} terms`)
}

if (process.argv[1] !== undefined && /derive-spam-traditional\.[jt]s$/.test(process.argv[1])) main()
