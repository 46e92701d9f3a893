/**
 * Stage 2, text front end: a scraped text dump -> candidate blocks, one per non-empty line. Scrapers put one
 * paragraph per line (blank-line separated or not); deciding what each line is (heading, caption, metadata,
 * boilerplate) is the job of the later stages.
 */
import type { Draft } from '../draft.js'
import { splitLines } from '../text/normalize.js'

export function parseText (text: string, url?: string): Draft {
  return {
    format: 'text',
    blocks: splitLines(text).map(line => ({ type: 'paragraph', text: line })),
    removed: [],
    hints: {},
    url
  }
}
