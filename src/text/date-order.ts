/**
 * Which way a page writes an all-numeric date (`07/05/2005`): by its declared locale (`<html lang="en-GB">`), else
 * by its host's top-level domain; `null` when neither tells (a bare `en` on a `.com`). The table is data
 * (data/date-locales.json, from CLDR's short date formats).
 */
import { loadData } from '../data.js'
import { hostName } from './url-host.js'
import { NUM_YEAR_LAST } from './date.js'

export type NumericOrder = 'mdy' | 'dmy'

interface LocalesFile {
  monthFirst: Array<{ locale: string }>
  yearFirstLanguages: Array<{ language: string }>
  monthFirstTlds: Array<{ tld: string }>
  dayFirstTlds: Array<{ tld: string }>
}

const FILE = loadData<LocalesFile>('date-locales.json')
const MONTH_FIRST = new Set(FILE.monthFirst.map(l => l.locale))
const YEAR_FIRST = new Set(FILE.yearFirstLanguages.map(l => l.language))
const MONTH_FIRST_TLD = new Set(FILE.monthFirstTlds.map(t => t.tld))
const DAY_FIRST_TLD = new Set(FILE.dayFirstTlds.map(t => t.tld))

function byLocale (locale: string | undefined): NumericOrder | null {
  const tag = (locale ?? '').trim().toLowerCase().replace(/_/g, '-')
  if (tag === '') return null
  const [language, region] = tag.split('-')
  if (MONTH_FIRST.has(`${language}-${region ?? ''}`)) return 'mdy'
  if (YEAR_FIRST.has(language)) return null
  if (language === 'en' && region === undefined) return null
  return 'dmy'
}

function byHost (url: string | undefined): NumericOrder | null {
  const host = hostName(url)
  if (host === undefined) return null
  const tld = host.slice(host.lastIndexOf('.') + 1)
  if (MONTH_FIRST_TLD.has(tld)) return 'mdy'
  return DAY_FIRST_TLD.has(tld) ? 'dmy' : null
}

/**
 * The order of an all-numeric date on a page of this locale and address, or null when unknown. Without either,
 * the language detected in the page's text (`detected`, asked only then) tells it for every language but
 * English (`07/05/2005` is day first in French, German, Spanish..., either way in English).
 */
export function numericDateOrder (
  locale: string | undefined, url: string | undefined, detected?: () => string | undefined
): NumericOrder | null {
  const declared = byLocale(locale) ?? byHost(url)
  if (declared !== null || detected === undefined || (locale ?? '').trim() !== '') return declared
  const language = detected()
  // `und`: no language told (too little text, no letters)
  return language === undefined || language === UNDETERMINED ? null : byLocale(language)
}
const UNDETERMINED = 'und'

/**
 * An all-numeric date with a four-digit year (`13-11-2007`, `06/10/2009`, `7.5.2005`), its first two numbers caught,
 * as `findDate` reads one (date.ts `NUM_YEAR_LAST`): not inside a longer run of numbers (`1.13.2007.5`).
 */
const NUMERIC_DATE = new RegExp(NUM_YEAR_LAST.source, 'g')

/** A text shorter than the shortest such date (`1.2.2005`) holds none. */
const SHORTEST_NUMERIC_DATE = 8

/**
 * The order a page's own all-numeric dates show when its locale and host tell none: day first when one of them starts
 * with a number that cannot be a month (`13-11-2007` in a reply under `發表於 06-11-2007 21:37`, PHP-Fusion's default
 * `%d-%m-%Y` on a Taiwan board: zh-blogs b597 of session 63's unseen round), month first when one has such a number
 * second (`11/13/2007`); null when none tells, or they tell both.
 */
export function orderShown (texts: Iterable<string>): NumericOrder | null {
  let dayFirst = false
  let monthFirst = false
  for (const text of texts) {
    if (text.length < SHORTEST_NUMERIC_DATE) continue
    NUMERIC_DATE.lastIndex = 0
    for (let m = NUMERIC_DATE.exec(text); m !== null; m = NUMERIC_DATE.exec(text)) {
      const a = Number(m[1])
      const b = Number(m[3])
      if (a > MONTHS && b <= MONTHS) dayFirst = true
      else if (b > MONTHS && a <= MONTHS) monthFirst = true
    }
  }
  return dayFirst === monthFirst ? null : dayFirst ? 'dmy' : 'mdy'
}
const MONTHS = 12
