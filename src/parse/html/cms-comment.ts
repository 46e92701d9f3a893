/**
 * Article properties a CMS writes into an HTML comment. The ENP publishing system (Founder/enorth; on Chinese news
 * sites such as chinadaily.com.cn, china.com.cn, jjckb.cn, legaldaily.com.cn, stcn.com, fjsen.com) puts
 * `<!--enpproperty <date>…</date><author>…</author><title>…</title><keyword>…</keyword>… /enpproperty-->` in the
 * page, before the doctype or just before the story. The title there is the article's as its editor entered it,
 * where the page's `<title>` may be the site's name alone (`经济参考网`) and `<meta name="title">` the site's tagline.
 * The author field is the CMS user (an editor as often as the writer) and is not read.
 */

/** The properties block is a few hundred characters; a longer comment is no such block. */
const MAX_BLOCK = 4000
const OPEN = /^\s*enpproperty/i
const CLOSE = /\/enpproperty\s*$/i

export interface CmsProperties { title?: string }

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
  const title = /<title>([^<]*)<\/title>/i.exec(comment.slice(0, close.index))?.[1].replace(/\s+/g, ' ').trim()
  return title !== undefined && title !== '' ? { title } : {}
}
