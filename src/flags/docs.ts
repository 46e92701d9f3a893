/**
 * docs/rules.md, generated from the rule registry: every rule with its id, category, severity, language, one-line
 * description and its example run through the rule (so the examples cannot go stale). `scripts/rules-doc.ts`
 * writes the file; test/flags/docs.test.ts fails when the committed file differs.
 */
import { RULES, runRules } from './index.js'

const esc = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')
const code = (s: string): string => s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``

export function renderRulesDoc (): string {
  const out: string[] = []
  out.push('# Machine-translation flag rules', '')
  out.push('<!-- Generated from src/flags/rules/index.ts by scripts/rules-doc.ts (`npm run rules-doc`). Do not edit by hand: test/flags/docs.test.ts checks it is up to date. -->', '')
  out.push('pagewash flags the marks of machine translation in every Article (`flags`, on the title and every body block),',
    'in `POST /v1/check` and in the `pagewash check` CLI. Each flag is `{rule, category, severity, message, pointer, start,',
    'end, text, suggestion?}`: `pointer` is a JSON Pointer to the string (`/title`, `/body/3/text`, `/text`,',
    '`/blocks/2/text`), `start`/`end` are JavaScript string offsets into it and `text` is exactly that slice.', '')
  out.push('Rules marked `en` run only on English segments and `zh` rules only on Chinese ones (a segment is Chinese when it',
    'has at least a third as many Han characters as Latin letters). Rules marked *with source* run only when a Chinese',
    'source is given (`source` in `/v1/check`, `--source` in the CLI). Any rule can be switched off or re-graded per',
    'request: `rules: {"spacing-hyphen": "off", "terminology-calque": "error"}` (CLI: `--rules spacing-hyphen=off`).', '')
  out.push('| rule | category | severity | runs on | what it catches |', '| --- | --- | --- | --- | --- |')
  for (const r of RULES) {
    const on = r.scope === 'document' ? `${r.lang}, with source` : r.lang
    out.push(`| [\`${r.id}\`](#${r.id}) | ${r.category} | ${r.severity} | ${on} | ${esc(r.description)} |`)
  }
  out.push('')
  for (const r of RULES) {
    out.push(`## ${r.id}`, '')
    out.push(`${r.description} Category \`${r.category}\`, default severity \`${r.severity}\`.`, '')
    out.push('Example:', '', '```text', r.example.text, '```', '')
    if (r.example.source !== undefined) out.push('with the source:', '', '```text', r.example.source, '```', '')
    if (r.example.glossary !== undefined) out.push(`and the glossary \`${JSON.stringify(r.example.glossary)}\``, '')
    const flags = runRules([{ pointer: '/text', text: r.example.text }], { source: r.example.source, glossary: r.example.glossary }).filter(f => f.rule === r.id)
    out.push('is flagged:', '')
    for (const f of flags) {
      const fix = f.suggestion === undefined ? '' : f.suggestion === '' ? ', suggestion: delete it' : `, suggestion ${code(f.suggestion)}`
      out.push(`- ${code(f.text)} at ${f.start}–${f.end}${fix}: ${f.message}`)
    }
    out.push('')
  }
  out.push('## Data', '')
  out.push('- `data/calques.json`: the zh→en calques of `terminology-calque`, each with the Chinese term, where the calque was seen, and where the accepted rendering comes from.',
    '- `data/flags-common-words.json`: the common lower-case words of `capitalization-midsentence` (names, months and institution nouns left out on purpose).',
    '- `data/flags-abbreviations.json`: abbreviations that do not end a sentence (`Nov.`, `Co.`, `e.g.`).',
    '- `data/spam-terms.json` (the spam stage\'s lexicon): the brands of `zh-spam-residue`.',
    '- A glossary (`glossary` in a request, `GLOSSARY_FILE` for the server, `--glossary FILE` for the CLI) is a JSON array of `{term, preferred, note?}`. An English `term` is matched like a calque; a Chinese `term` is a bilingual entry: when it occurs in the source, the translation must contain `preferred`.', '')
  out.push('## Bilingual flags without a span of their own', '')
  out.push('A number or a glossary term that is missing from the translation has no span to point at. pagewash assumes the',
    'translation keeps the order of the source\'s sentences: the spot in source sentence k of K maps to translation',
    'sentence ⌊(k + ½)/K · M⌋ of the M English sentences (all segments end to end), and the flag marks that sentence.',
    'Several missing items that land on the same sentence make one flag that lists them. Numbers are compared by value',
    '(1.5万 = 15,000; 3.5亿 = 350 million; 百分之八十 = 80%; 11月 = November); a number the translation writes in digits',
    'that the source does not have is flagged on its exact span.', '')
  out.push('## Quality', '')
  out.push('`quality.flagsPer1000Words` counts every flag per 1,000 words (Latin words, plus one per Han character).',
    '`quality.score` is `100 · 20 / (20 + w)`, rounded, where `w` is the severity-weighted flags per 1,000 words',
    '(error 3, warning 1, info 0.25): 100 for clean text, about 98 at 0.5 flags per 1,000 words, 50 at 20 weighted flags per',
    '1,000 words. Each info-level rule adds at most 1 to `w` (one warning\'s worth per 1,000 words), however often it',
    'fires: info flags are house-style notes (half-width punctuation that a Chinese site uses on every line is one style',
    'choice, not a hundred defects), so they cannot outweigh real errors (seed 002 scores 36 from its spam-residue errors;',
    'uncapped, its 98 half-width marks took it to 29). `flagsPer1000Words` still counts info flags.', '')
  return out.join('\n')
}
