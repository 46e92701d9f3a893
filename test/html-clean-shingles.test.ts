/**
 * Hidden prose is kept (script-revealed) unless the page shows it already; whether it does is counted on 8-word
 * runs (clean.ts, `PageShingles`): the first few hidden blocks by a scan of the page's words, later ones from a
 * map of every run. Both ways must answer alike, on every hidden block of a page.
 */
import t from 'tap'
import { parseHtml } from '../src/parse/html/index.js'

const para = (i: number): string => `Report ${i}: the harbour board met on Tuesday and agreed, after a long and careful debate, to repair the old north pier, widen the ferry ramp, and open the fish market on Sundays from next spring.`
const texts = (html: string): string[] => parseHtml(html).blocks.map(b => b.text)

t.test('every hidden copy of shown text goes, and every hidden block of new prose stays, past the scans', async t => {
  const shown = Array.from({ length: 8 }, (_, i) => `<p>${para(i)}</p>`).join('')
  // eight hidden copies (more than the scans) of the shown paragraphs, two of them each, as a Markdown copy
  const copies = Array.from({ length: 8 }, (_, i) => `<pre hidden>_${para(i)}_ ${para((i + 1) % 8)}</pre>`).join('')
  const kept = texts(`<html><body><article>${shown}</article>${copies}</body></html>`)
  t.same(kept, Array.from({ length: 8 }, (_, i) => para(i)))
  // eight hidden blocks of prose the page does not show (every word its own): revealed by scripts, all kept
  const own = (i: number): string => para(i).replace(/[a-z]+/g, w => `${w}q${'abcdefgh'[i]}`)
  const fresh = Array.from({ length: 8 }, (_, i) => `<div hidden><p>${own(i)}</p></div>`).join('')
  const withFresh = texts(`<html><body><article>${shown}${fresh}</article></body></html>`)
  t.same(withFresh, [...Array.from({ length: 8 }, (_, i) => para(i)), ...Array.from({ length: 8 }, (_, i) => own(i))])
})
