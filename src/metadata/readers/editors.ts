/**
 * The editors: the front end's (`<meta name=editor>`, `责任编辑` in the markup; kind `markup`), the editor fields of
 * info lines and the editor credits at the end of paragraphs. All are the page's own statements of who edited it
 * (one tier in data/metadata-evidence.json), so every one is kept once, in the order found.
 */
import type { Editor } from '../../types.js'
import { splitNames } from '../../text/fields.js'
import { chooseAll, type Proposal } from '../choose.js'

/** The front end's editors as candidates, one per name. */
export function markupEditors (editors: readonly Editor[]): Array<Proposal<Editor>> {
  return editors.flatMap(e => splitNames(e.name).map(name => ({ kind: 'markup', value: { role: e.role, name } })))
}

/** The editors, each role and name once. */
export function readEditors (proposals: ReadonlyArray<Proposal<Editor>>): Editor[] {
  const all = chooseAll('editors', proposals)
  return all.filter((e, i) => all.findIndex(o => o.role === e.role && o.name === e.name) === i)
}
