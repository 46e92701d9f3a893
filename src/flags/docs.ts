/**
 * docs/rules.md, generated from the rule registry: every rule with its id, category, severity, language, one-line
 * description and its example run through the rule (so the examples cannot go stale). `scripts/rules-doc.ts`
 * writes the file; test/flags/docs.test.ts fails when the committed file differs.
 */
import { RULES, runRules, type Rule } from './index.js'

const esc = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')
const code = (s: string): string => s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``

/** The title and how flags are shaped, where rules run and how to switch them. */
function intro (): string[] {
  return [
    '# Machine-translation flag rules', '',
    '<!-- Generated from src/flags/rules/index.ts by scripts/rules-doc.ts (`npm run rules-doc`). ' +
      'Do not edit by hand: test/flags/docs.test.ts checks it is up to date. -->', '',
    'pagewash flags the marks of machine translation in every Article (`flags`, on the title and every body block),',
    'in `POST /v1/check` and in the `pagewash check` CLI. Each flag is `{rule, category, severity, message, ' +
      'pointer, start,',
    'end, text, suggestion?}`: `pointer` is a JSON Pointer to the string (`/title`, `/body/3/text`, `/text`,',
    '`/blocks/2/text`), `start`/`end` are JavaScript string offsets into it and `text` is exactly that slice.',
    'With a source, a flag about something the translation left out also has `source: {pointer, start, end, text}`,',
    'the span of the source it is about (`/source` or `/blocks/N/source`).', '',
    'Rules marked `en` run only on English segments and `zh` rules only on Chinese ones (a segment is Chinese when it',
    'has at least a third as many Han characters as Latin letters). Rules marked *with source* run only when a Chinese',
    'source is given (`source` in `/v1/check`, `--source` in the CLI). Any rule can be switched off or re-graded per',
    'request: `rules: {"spacing-hyphen": "off", "terminology-calque": "error"}` (CLI: `--rules ' +
      'spacing-hyphen=off`).', ''
  ]
}

function table (): string[] {
  const out = ['| rule | category | severity | runs on | what it catches |', '| --- | --- | --- | --- | --- |']
  for (const r of RULES) {
    const on = r.scope === 'document' ? `${r.lang}, with source` : r.lang
    const severity = r.enabled === false ? `off (${r.severity} when on)` : r.severity
    out.push(`| [\`${r.id}\`](#${r.id}) | ${r.category} | ${severity} | ${on} | ${esc(r.description)} |`)
  }
  out.push('')
  return out
}

/** One rule's section: its description and its example, run through the rule. */
function ruleSection (r: Rule): string[] {
  const out = [`## ${r.id}`, '']
  const off = r.enabled === false
    ? ' Off by default (below the precision bar on the development data): turn it on per request.'
    : ''
  out.push(`${r.description} Category \`${r.category}\`, default severity \`${r.severity}\`.${off}`, '')
  if (r.decision !== undefined) out.push(`Measured under the precision bar on the development data: ${r.decision}`, '')
  out.push('Example:', '', '```text', r.example.text, '```', '')
  if (r.example.source !== undefined) out.push('with the source:', '', '```text', r.example.source, '```', '')
  if (r.example.glossary !== undefined) out.push(`and the glossary \`${JSON.stringify(r.example.glossary)}\``, '')
  const options = { source: r.example.source, glossary: r.example.glossary, rules: { [r.id]: r.severity } }
  const flags = runRules([{ pointer: '/text', text: r.example.text }], options).filter(f => f.rule === r.id)
  out.push('is flagged:', '')
  for (const f of flags) {
    const fix = f.suggestion === undefined
      ? ''
      : f.suggestion === '' ? ', suggestion: delete it' : `, suggestion ${code(f.suggestion)}`
    out.push(`- ${code(f.text)} at ${f.start}–${f.end}${fix}: ${f.message}`)
  }
  out.push('')
  return out
}

function dataSection (): string[] {
  return [
    '## Data', '',
    '- `data/calques.json`: the zh→en calques of `terminology-calque`, each with the Chinese term, where the calque ' +
      'was seen, and where the accepted rendering comes from.',
    '- `data/flags-common-words.json`: the common lower-case words of `capitalization-midsentence` ' +
      '(names, months and institution nouns left out on purpose).',
    '- `data/flags-abbreviations.json`: abbreviations that do not end a sentence (`Nov.`, `Co.`, `e.g.`).',
    '- `data/spam-lexicon.json` (the spam stage\'s lexicon): the brands of `zh-spam-residue`.',
    '- A glossary (`glossary` in a request, `GLOSSARY_FILE` for the server, `--glossary FILE` for the CLI) is a JSON ' +
      'array of `{term, preferred, note?}`. An English `term` is matched like a calque; a Chinese `term` is a ' +
      'bilingual entry: when it occurs in the source, the translation must contain `preferred`.', ''
  ]
}

function bilingualSection (): string[] {
  return [
    '## Bilingual flags', '',
    'The source comes whole (`source`: the whole document) or aligned (`blocks: [{text, source}]`: each block with its',
    'own source). With aligned blocks every bilingual check compares each pair on its own, and a missing item marks ' +
      'the',
    'block. With a whole source, `bilingual-numbers` first aligns source and translation sentence by sentence (lengths',
    'and shared numbers and Latin words, in the manner of Gale & Church), then compares the pairs the same way. The',
    'glossary and name checks place a missing item by position: the spot in source sentence k of K maps to translation',
    'sentence ⌊(k + ½)/K · M⌋ of the M English sentences (all segments end to end), and the flag marks that sentence;',
    'several missing items that land on the same sentence make one flag that lists them. Numbers are compared',
    'by value after normalisation (1.5万 = 15,000; 3.5亿 = 350 million; 百分之八十 = 80%; 11月 = November; `six` = 6;',
    '`two and a half million`; `2021-11-26`); sizes (`数万`, `几十`, `tens of thousands`) are not figures, and a',
    'headline (a short block with no sentence end) may leave figures out. A number the translation writes in digits',
    'that the source does not have is flagged on its exact span.', ''
  ]
}

function qualitySection (): string[] {
  return [
    '## Quality', '',
    '`quality.flagsPer1000Words` counts every flag per 1,000 words (Latin words, plus one per Han character).',
    '`quality.score` estimates how free the text is of the defects the rules detect: `100 · 20 / (20 + w)`, rounded,',
    'where `w` is the severity-weighted flags per 1,000 words (error 3, warning 1, info 0). 100: no defect found; 50:',
    '20 weighted flags per 1,000 words, the density of raw MT on the Chinese government pages the project was built',
    'from. Info flags are notes (a house style such as half-width punctuation in Chinese text, a rendering whose usage',
    'is split) and do not lower the score. With a source the bilingual flags count in `w` like any other. The rules',
    'are built for precision, so fluent MT with no visible defect scores 100 like a human translation: the score tells',
    'a page with MT defects from one without, it does not rank fluent outputs by adequacy (`npm run eval:flags` ' +
      'reports',
    'its document AUC and system Spearman on the development MT).', ''
  ]
}

export function renderRulesDoc (): string {
  return [
    ...intro(), ...table(), ...RULES.flatMap(ruleSection), ...dataSection(), ...bilingualSection(), ...qualitySection()
  ].join('\n')
}
