/**
 * The tally of a `pagewash extract` run, printed at the end: pages cleaned, errors by problem type, records
 * skipped by reason, charsets the pages were read in and mojibake undone, spam and other removals by kind, flags by
 * category.
 */
import type { Article } from '../src/types.js'
import type { PageProblem } from './extract-sources.js'

export class Summary {
  pages = 0
  errors = new Map<string, number>()
  skipped = new Map<string, number>()
  removed = new Map<string, number>()
  flags = new Map<string, number>()
  blocks = new Map<string, number>()
  charsets = new Map<string, number>()
  /** Pages whose text was mojibake, undone (`Article.decoding.repaired`). */
  repaired = 0

  private static add (map: Map<string, number>, key: string, n = 1): void {
    map.set(key, (map.get(key) ?? 0) + n)
  }

  article (article: Article): void {
    this.pages++
    for (const r of article.removed) Summary.add(this.removed, r.kind)
    for (const f of article.flags) Summary.add(this.flags, f.category)
    for (const b of article.body) Summary.add(this.blocks, b.type)
    Summary.add(this.charsets, article.decoding.charset ?? 'string')
    if (article.decoding.repaired.length > 0) this.repaired++
  }

  error (problem: PageProblem): void {
    Summary.add(this.errors, problem.type.replace(/^.*\//, ''))
  }

  skip (reason: string): void {
    Summary.add(this.skipped, reason)
  }

  get errorCount (): number {
    return [...this.errors.values()].reduce((a, b) => a + b, 0)
  }

  toJSON (): object {
    const obj = (m: Map<string, number>): Record<string, number> =>
      Object.fromEntries([...m].sort((a, b) => b[1] - a[1]))
    return {
      pages: this.pages,
      errors: obj(this.errors),
      skipped: obj(this.skipped),
      charsets: obj(this.charsets),
      mojibakeRepaired: this.repaired,
      spamRemoved: this.removed.get('spam') ?? 0,
      removed: obj(this.removed),
      flags: obj(this.flags),
      blocks: obj(this.blocks)
    }
  }

  /** The summary as lines of text, with the elapsed time and rate of the run. */
  render (seconds: number): string {
    const list = (m: Map<string, number>): string => m.size === 0
      ? 'none'
      : [...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')
    const skipped = [...this.skipped.values()].reduce((a, b) => a + b, 0)
    const rate = seconds > 0 ? (this.pages + this.errorCount) / seconds : 0
    return [
      `pages:        ${this.pages} cleaned, ${this.errorCount} failed, ${skipped} records skipped ` +
        `(${seconds.toFixed(1)} s, ${rate.toFixed(1)} pages/s)`,
      `errors:       ${list(this.errors)}`,
      `skipped:      ${list(this.skipped)}`,
      `charsets:     ${list(this.charsets)}`,
      `mojibake:     ${this.repaired} of ${this.pages} pages repaired`,
      `spam removed: ${this.removed.get('spam') ?? 0}`,
      `removed:      ${list(this.removed)}`,
      `flags:        ${list(this.flags)}`,
      `blocks:       ${list(this.blocks)}`
    ].join('\n') + '\n'
  }
}
