/**
 * The original title of a translated or reposted article: the front end's, else an info line's `原标题：` /
 * `Original title:` field (data/metadata-evidence.json ranks them).
 */
import { choose, type Proposal } from '../choose.js'

export function readOriginalTitle (markup: string | undefined, found: ReadonlyArray<Proposal<string>>): string | null {
  const proposals = [...(markup === undefined ? [] : [{ kind: 'markup', value: markup }]), ...found]
  return choose('originalTitle', proposals)?.value ?? null
}
