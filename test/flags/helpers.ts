/** Helpers for the flag tests: run one rule on a text, read seed paragraphs and the clean-English fixture. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runRules, type FlagOptions } from '../../src/flags/index.js'
import type { Flag } from '../../src/types.js'
import { FIXTURES, seed } from '../helpers.js'

/** Flags of one rule on one text (all rules run, so the language gate and the engine are exercised too). */
export function flagsOf (rule: string, text: string, options: FlagOptions = {}): Flag[] {
  return runRules([{ pointer: '/text', text }], options).filter(f => f.rule === rule)
}

/** [text, suggestion] pairs of one rule on one text: compact for exact assertions. */
export function spans (rule: string, text: string, options: FlagOptions = {}): Array<[string, string | undefined]> {
  return flagsOf(rule, text, options).map(f => [f.text, f.suggestion])
}

/** The non-empty lines of a seed page: one block per line, as the CLI reads text files. */
export function seedLines (id: string): string[] {
  return seed(id).split('\n').map(l => l.replace(/\r$/, '')).filter(l => l.trim() !== '')
}

/** The line of a seed that contains `needle`. */
export function seedLine (id: string, needle: string): string {
  const line = seedLines(id).find(l => l.includes(needle))
  if (line === undefined) throw new Error(`seed ${id} has no line with ${needle}`)
  return line
}

/** The clean English fixture, written for these tests: one paragraph per line, `#` lines are comments. */
export function cleanEnglish (): string[] {
  return readFileSync(join(FIXTURES, 'flags', 'clean-english.txt'), 'utf8').split('\n')
    .filter(l => l.trim() !== '' && !l.startsWith('#'))
}

/** Seed 004 lines that are the article body (from the first `On Nov. 17` paragraph on). */
export function seed004Body (): string[] {
  const lines = seedLines('004')
  return lines.slice(lines.findIndex(l => l.startsWith('On Nov. 17')))
}
