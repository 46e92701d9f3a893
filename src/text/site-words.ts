/**
 * Site names by their words (data/title-site-words.json): a name that ends like a site's (`… News`, `…日报`, `…
 * Website`, `.com`) or starts as a host (`www.`), and a portal's language edition (`English Version`). The metadata
 * stage cuts such suffixes off titles; the HTML front end reads a `<title>` made of them as naming the site alone.
 */
import { loadData } from '../data.js'
import { listedWords as wordsOf } from './index.js'

interface SiteWordsFile {
  endings: Array<{ words: string[] }>, prefixes: Array<{ words: string[] }>, editions: Array<{ words: string[] }>
}
const LISTS = loadData<SiteWordsFile>('title-site-words.json')
const SITE_WORDS = new RegExp(`(?:${wordsOf(LISTS.endings)})$|^(?:${wordsOf(LISTS.prefixes)})`, 'i')
const EDITION = new RegExp(`^(?:${wordsOf(LISTS.editions)})$`, 'i')
/** Most words of a site's name: a longer text that ends in `News` is a headline about news. */
const SITE_NAME_WORDS = 6

/** Whether `s` reads as a site's name by its words (`固原新闻网`, `China News Network`, `www.example.com`). */
export function endsLikeSiteName (s: string): boolean {
  const t = s.trim()
  return SITE_WORDS.test(t) && t.split(/\s+/).length <= SITE_NAME_WORDS
}

/** Whether `s` names a portal's language edition (`English Version`), a part of a `<title>` beside the site's name. */
export function isLanguageEdition (s: string): boolean {
  return EDITION.test(s.trim())
}
