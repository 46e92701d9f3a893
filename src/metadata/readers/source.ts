/**
 * The source (the publisher or agency the article comes from): the front end's (`<meta name=source>`, `来源：` on
 * the HTML info line), the source fields of info lines and credits, and the organizations and site names found
 * where an author was expected. The chooser takes the strongest (data/metadata-evidence.json).
 */
import { choose, type Proposal } from '../choose.js'

/** The front end's source as a candidate (none when it is blank). */
export function markupSource (source: string | undefined): Array<Proposal<string>> {
  const s = source?.trim() ?? ''
  return s === '' ? [] : [{ kind: 'hint', value: s }]
}

export function readSource (proposals: ReadonlyArray<Proposal<string>>): string | null {
  return choose('source', proposals)?.value ?? null
}
