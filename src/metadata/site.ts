/**
 * The site's name on a page that has no markup to say it (a text page, an HTML page without `og:site_name`): the
 * holder its copyright footer names (`© 2024 The Valley Post. All rights reserved.`, `Copyright © 2000-2024 Example
 * News`, `版权所有：东方网`). The footer line itself has left the body as boilerplate; its holder still tells the
 * title reader which suffix of a headline line is the site (`Headline - The Valley Post`) and the authors reader
 * which byline is the site's, not a person's.
 */
import type { Removal } from '../types.js'

/** A copyright footer: the mark, then the years, then the holder, then the reservation. */
const COPYRIGHT = /^(?:copyright\b\s*(?:©|\(c\))?|©|\(c\)|版权所有|版權所有)\s*[:：]?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*[,，]?\s*)?(.+?)\s*(?:[.,，|]\s*)?(?:all rights reserved\.?|版权所有|版權所有)?\s*[.。]?$/iu
/** A holder is a name: at most this many words (Latin) or characters (any script). */
const MAX_HOLDER_WORDS = 6
const MAX_HOLDER_CHARS = 40

/** The holder of the first copyright footer among the lines taken out of the page, when it reads as a name. */
export function copyrightHolder (removed: readonly Removal[]): string | undefined {
  for (const r of removed) {
    if (r.kind !== 'boilerplate' || r.text.length > 2 * MAX_HOLDER_CHARS + 40) continue
    const m = COPYRIGHT.exec(r.text.trim())
    if (m === null) continue
    const holder = m[1].trim()
    if (holder.length < 2 || holder.length > MAX_HOLDER_CHARS) continue
    if (holder.split(/\s+/).length > MAX_HOLDER_WORDS || !/\p{L}/u.test(holder)) continue
    // a clause, not a name: `All rights reserved by ...`, `2024. Content may not be reproduced`
    if (/[;；。!?]|\b(?:rights|reserved|may|not|without|permission)\b/iu.test(holder)) continue
    return holder
  }
  return undefined
}
