/**
 * Addresses of a web archive's captures: archive.today's (`http://archive.is/2015.03.14-021147/http://example.org/a`,
 * and its other hosts) and the Wayback Machine's (`https://web.archive.org/web/20150314021147/http://example.org/a`).
 * A capture is the original page as the archive kept it: its site, and so the site's way of writing dates, is the
 * original's, and the archive stamps its own capture time into the page's markup (`article:published_time`,
 * `dateModified`), which is no date of the article.
 */

/** What an archive's capture address says: the page it holds and when the archive took it. */
export interface Capture {
  /** The original page's address. */
  original: string
  /** The capture's time, ISO 8601 in UTC (the archives stamp UTC). */
  at: string
}

// archive.today's hosts (`archive.is`, `archive.ph`, `archive.today`…) and its `YYYY.MM.DD-hhmmss` stamp
const ARCHIVE_TODAY = /^https?:\/\/archive\.(?:is|ph|today|li|vn|md|fo)\/(\d{4})\.(\d{2})\.(\d{2})-(\d{2})(\d{2})(\d{2})\/(https?:\/\/.+)$/i
// the Wayback Machine's `YYYYMMDDhhmmss` stamp, a mode flag after it or not (`20150314021147id_`)
const WAYBACK = /^https?:\/\/web\.archive\.org\/web\/(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})[a-z_]*\/(https?:\/\/.+)$/i

/** The capture an address names, or undefined for any other address. */
export function captureOf (url: string | undefined): Capture | undefined {
  if (url === undefined) return undefined
  const m = ARCHIVE_TODAY.exec(url) ?? WAYBACK.exec(url)
  if (m === null) return undefined
  const [, y, mo, d, h, mi, s, original] = m
  const at = `${y}-${mo}-${d}T${h}:${mi}:${s}Z`
  return Number.isNaN(Date.parse(at)) ? undefined : { original, at }
}

/** The address whose site a page is of: a capture's original, else the address itself. */
export function siteAddress (url: string | undefined): string | undefined {
  return captureOf(url)?.original ?? url
}
