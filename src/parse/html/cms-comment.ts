/**
 * Article properties a CMS writes into an HTML comment. The ENP publishing system (Founder/enorth; on Chinese news
 * sites such as chinadaily.com.cn, china.com.cn, jjckb.cn, legaldaily.com.cn, stcn.com, fjsen.com) puts
 * `<!--enpproperty <date>…</date><author>…</author><title>…</title><keyword>…</keyword>… /enpproperty-->` in the
 * page, before the doctype or just before the story. The title there is the article's as its editor entered it,
 * where the page's `<title>` may be the site's name alone (`经济参考网`) and `<meta name="title">` the site's tagline.
 * The author field is the CMS user (an editor as often as the writer) and is not read.
 */

/** The properties block is a few hundred characters; a longer run to its end is no such block. */
const MAX_BLOCK = 4000
const OPEN = /<!--\s*enpproperty/i
const CLOSE = /\/enpproperty\s*-->/i

export interface CmsProperties { title?: string }

/** The ENP properties of a page's HTML (empty when it has none). Linear: one search for the opening, one bounded. */
export function cmsProperties (html: string): CmsProperties {
  const open = OPEN.exec(html)
  if (open === null) return {}
  const from = open.index + open[0].length
  const block = html.slice(from, from + MAX_BLOCK)
  const close = CLOSE.exec(block)
  if (close === null) return {}
  const title = /<title>([^<]*)<\/title>/i.exec(block.slice(0, close.index))?.[1].replace(/\s+/g, ' ').trim()
  return title !== undefined && title !== '' ? { title } : {}
}
