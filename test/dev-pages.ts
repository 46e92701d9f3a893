/**
 * Issue #12: a removal never takes the article. Every development page (../shared/dev-data, when present) goes
 * through the HTML front end; none that has substantial visible text may come out without blocks (the pipeline
 * would answer 422). The pages are split over several test files so each stays within the per-file time limit.
 */
import type { Test } from 'tap'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { parseHtml } from '../src/parse/html/index.js'
import { recoverBlocks } from '../src/parse/html/guard.js'
import { decodeBytes } from '../src/decode/index.js'
import { ROOT } from './helpers.js'

export const DEV = join(ROOT, '..', 'shared', 'dev-data')

/** The `.html.gz` files of a development set, sorted; `part` of `parts` of them (every page once over the parts). */
export function devPages (set: string, part = 0, parts = 1): string[] {
  const dir = join(DEV, set, 'html')
  if (!existsSync(dir)) return []
  return readdirSync(dir).filter(f => f.endsWith('.html.gz')).sort().filter((_, i) => i % parts === part).map(f => join(dir, f))
}

export async function sweep (t: Test, files: string[]): Promise<void> {
  const empty: string[] = []
  for (const f of files) {
    const html = decodeBytes(gunzipSync(readFileSync(f))).text
    if (parseHtml(html).blocks.length === 0 && recoverBlocks(html).length > 0) empty.push(f)
  }
  t.ok(files.length > 0, `${files.length} pages`)
  t.same(empty, [], 'every page with substantial visible text gives blocks')
}
