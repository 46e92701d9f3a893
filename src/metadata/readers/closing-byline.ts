/**
 * A writer's labelled byline on a line of its own right after the text's last paragraph (`文/图：王若溪　陈哲` over
 * `审核：周国平`, a research institute's news on a TRS site: zh-org o105 of session 44's unseen round). The line
 * readers take such a byline only among the first blocks (../lines.ts `TOP_BLOCKS`: further down a line of names is as
 * likely a caption's or a list's); one that opens with a writer's label (`文/`, `文/图：`, `撰文：`) and stands within
 * CLOSING_BLOCKS after the last paragraph of running text closes the article instead. Its names are author candidates
 * of kind `credit` (the text's credits, one tier: data/metadata-evidence.json), its photographers editors in that
 * role; the line leaves the text.
 */
import { opensWithWriterLabel, readZhByline } from '../../text/zh-byline.js'
import { lastRunningParagraph, type Evidence, type Kept } from '../evidence.js'

/** Lines looked at after the last paragraph: the byline, and an editor's or a source's line or two before it. */
const CLOSING_BLOCKS = 3

/** The blocks without the closing byline, read into `ev`; the same array when there is none. */
export function readClosingByline (blocks: Kept, ev: Evidence): Kept {
  const last = lastRunningParagraph(blocks)
  if (last < 0) return blocks
  const end = Math.min(blocks.length, last + 1 + CLOSING_BLOCKS)
  for (let i = last + 1; i < end; i++) {
    const text = blocks[i].text.trim()
    if (blocks[i].type !== 'paragraph' || !opensWithWriterLabel(text)) continue
    const byline = readZhByline(text)
    if (byline === null) continue
    ev.authors.push({ kind: 'credit', value: byline.names })
    for (const name of byline.photographers) {
      ev.editors.push({ kind: 'credit-line', value: { role: 'photographer', name } })
    }
    ev.removed.push({ kind: 'metadata', rule: 'credit', text, reason: 'writer\'s byline closing the text' })
    return blocks.filter((_, j) => j !== i)
  }
  return blocks
}
