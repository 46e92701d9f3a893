/**
 * The fetch time of a page (a crawler's WARC-Date, a client's `fetchedAt`) as an upper bound of its dates: a page
 * cannot have been published after it was fetched, so a date read as later is a misreading (a copyright year, an
 * event date, a date in another calendar) and is dropped. The fetch time is never the article's date.
 */

const HOUR_MS = 60 * 60 * 1000
/**
 * A date-time may run a little ahead of the crawler's clock (clocks drift; sites stamp scheduled posts a little
 * early): an hour of slack keeps those.
 */
const DATE_TIME_SLACK_MS = HOUR_MS
/** A bare date is a day in the page's time zone, which may be up to UTC+14: its start may be 14 hours ahead. */
const DATE_ONLY_SLACK_MS = 14 * HOUR_MS
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/** The date (ISO 8601: a date, or a date-time with its offset), or null when it is after the fetch time. */
export function notAfterFetch (date: string | null, fetchedAt: string | undefined): string | null {
  if (date === null || fetchedAt === undefined) return date
  const fetched = Date.parse(fetchedAt)
  const dateOnly = DATE_ONLY.test(date)
  const at = Date.parse(dateOnly ? `${date}T00:00:00Z` : date)
  if (Number.isNaN(fetched) || Number.isNaN(at)) return date
  return at > fetched + (dateOnly ? DATE_ONLY_SLACK_MS : DATE_TIME_SLACK_MS) ? null : date
}
