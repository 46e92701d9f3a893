/**
 * Article properties a CMS writes into an HTML comment. The ENP publishing system (Founder/enorth; on Chinese news
 * sites such as chinadaily.com.cn, china.com.cn, jjckb.cn, legaldaily.com.cn, stcn.com, fjsen.com) puts
 * `<!--enpproperty <date>…</date><author>…</author><title>…</title><keyword>…</keyword>… /enpproperty-->` in the
 * page, before the doctype or just before the story. The title there is the article's as its editor entered it,
 * where the page's `<title>` may be the site's name alone (`经济参考网`) and `<meta name="title">` the site's tagline.
 * The date is the day the article ran (`2011-12-08`, or with the time it was filed, `2012-01-11 22:51:35.0`): on the
 * eight daniel-zh pages that have the block it is the labelled publication day on all six labelled, and on the 13
 * ENP e-paper and portal pages of the zh-news and zh-org sets on all 13; an e-paper gives it nowhere else but in its
 * edition bar. The author field is the CMS user (an editor as often as the writer) and is not read.
 */

/** The properties block is a few hundred characters; a longer comment is no such block. */
const MAX_BLOCK = 4000
const OPEN = /^\s*enpproperty/i
const CLOSE = /\/enpproperty\s*$/i

export interface CmsProperties { title?: string, date?: string }

/** Whether an HTML comment's text (between `<!--` and `-->`) opens as an ENP properties block. */
export function isCmsComment (comment: string): boolean {
  return OPEN.test(comment)
}

/**
 * The ENP properties in a page's properties comment (`cmsComment` of its parsed tree; empty when it has none): the
 * comment must close the block (`/enpproperty-->`) within MAX_BLOCK characters.
 */
export function cmsProperties (comment: string | undefined): CmsProperties {
  if (comment === undefined || !isCmsComment(comment) || comment.length > MAX_BLOCK) return {}
  const close = CLOSE.exec(comment)
  if (close === null) return {}
  const block = comment.slice(0, close.index)
  const out: CmsProperties = {}
  const title = /<title>([^<]*)<\/title>/i.exec(block)?.[1].replace(/\s+/g, ' ').trim()
  if (title !== undefined && title !== '') out.title = title
  const date = /<date>([^<]*)<\/date>/i.exec(block)?.[1].trim()
  if (date !== undefined && /\d{4}/.test(date)) out.date = date
  return out
}
