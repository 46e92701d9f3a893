/**
 * The `Page` record: what `readHints` (./meta.ts) reads once and the title, headline and author readers share.
 */
import type { CheerioAPI } from 'cheerio'
import type { MetaTags } from './tags.js'
import type { JsonObject } from './json-ld.js'

/** What readHints reads once and its parts share. */
export interface Page {
  /** The host the page was fetched from, when known: a member's page on it names the page's own poster. */
  host: string | undefined
  /** The title a CMS wrote into a comment (./cms-comment.ts). */
  cmsTitle: string | undefined
  $: CheerioAPI
  meta: MetaTags
  ld: JsonObject[]
  article: JsonObject | undefined
  siteName: string | undefined
  docTitle: string
  h1s: string[]
  /** The titles the page announces (`announcedTitles`). */
  announced: string[]
}
