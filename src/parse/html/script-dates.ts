/**
 * The publication time a page gives only to its scripts: a WeChat article's `var ct = "1620393780"` (its visible
 * `#publish_time` is filled in by the script), Weibo's `$CONFIG['created_at'] = 'Sat May 07 21:23:57 +0800 2016'`
 * beside a yearless `5月7日 21:23`, Tencent's `pubtime: '2009-05-07 21:23'`, Toutiao's `"publishTime":"…"`. The names
 * are data (data/html-script-dates.json). The value is returned raw: a date string with its year, or a Unix time
 * in seconds or milliseconds (digits only), which the metadata stage reads in the page's time zone.
 */
import { loadData } from '../../data.js'
import { escapeRegExp } from '../../text/index.js'
import { UNIX_TIME } from '../../text/date.js'
import { isElement, isText, type AnyNode } from './dom.js'

interface ScriptDateName { name: string, epoch?: boolean, creation?: boolean }
const NAMES = loadData<{ names: ScriptDateName[] }>('html-script-dates.json').names
const EPOCH_ONLY = new Set(NAMES.filter(n => n.epoch === true).map(n => n.name))
const CREATION = new Set(NAMES.filter(n => n.creation === true).map(n => n.name))

// `name = "value"`, `name: 'value'`, `"name":"value"`, `$CONFIG['name'] = 'value'`, `name = "1620393780" * 1`,
// `name = 1620393780`: the name not inside a longer identifier, the value quoted (up to MAX_VALUE characters on one
// line) or a bare Unix time
const MAX_VALUE = 40
const ASSIGNMENT = new RegExp(
  `(?<![\\w$])['"]?(${NAMES.map(n => escapeRegExp(n.name)).join('|')})['"]?\\s*(?:\\]\\s*)?[:=]\\s*` +
  `(?:['"]([^'"\\n]{4,${MAX_VALUE}})['"]|(\\d{10}(?:\\d{3})?)(?!\\d))`, 'g')
/** A Unix time in seconds or milliseconds. */
/** A year a publication can have, anywhere in a date string (a script's value, a date's attribute). */
export const YEAR = /(?:19|20)\d\d/
// the Twitter API's time (`Sat May 07 21:23:57 +0800 2016`, Weibo's `created_at`), which no date reader knows
const API_TIME = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{1,2}) (\d\d:\d\d:\d\d) ([+-])(\d\d)(\d\d) (\d{4})$/
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
/** Longest script text searched, in characters: the page's variables come first, libraries after them. */
const MAX_SCRIPT = 200_000

/** `Sat May 07 21:23:57 +0800 2016` -> `2016-05-07T21:23:57+08:00`; any other value as it is. */
function isoOfApiTime (value: string): string {
  const m = API_TIME.exec(value)
  const month = m === null ? -1 : MONTHS.indexOf(m[1])
  if (m === null || month < 0) return value
  return `${m[7]}-${String(month + 1).padStart(2, '0')}-${m[2].padStart(2, '0')}T${m[3]}${m[4]}${m[5]}:${m[6]}`
}

/** The value a name gives, raw, when it can be a publication time; undefined when not. */
function dateValue (name: string, quoted: string | undefined, bare: string | undefined): string | undefined {
  const value = (quoted ?? bare ?? '').trim()
  if (UNIX_TIME.test(value)) return value
  if (EPOCH_ONLY.has(name) || !YEAR.test(value)) return undefined
  return isoOfApiTime(value)
}

/**
 * The publication time the page's inline scripts (not JSON-LD, which is read as such) give, raw: the first value of the
 * first script that gives one, a creation's name (data/html-script-dates.json `creation`) giving way to another name's
 * later in the same script (`published_at` after `created_at` in one post's data: the draft's creation three days
 * before, zh-blogs b388 of session 51's unseen round).
 */
export function scriptDate (scripts: readonly AnyNode[]): string | undefined {
  for (const s of scripts) {
    if (!isElement(s) || (s.attribs.type ?? '').toLowerCase().includes('ld+json')) continue
    let text = ''
    for (const c of s.children) if (isText(c)) text += c.data
    if (text.length > MAX_SCRIPT) text = text.slice(0, MAX_SCRIPT)
    let created: string | undefined
    ASSIGNMENT.lastIndex = 0
    for (let m = ASSIGNMENT.exec(text); m !== null; m = ASSIGNMENT.exec(text)) {
      const value = dateValue(m[1], m[2], m[3])
      if (value === undefined) continue
      if (!CREATION.has(m[1])) return value
      created ??= value
    }
    if (created !== undefined) return created
  }
  return undefined
}

/** A script that builds a date from a Unix time in milliseconds or seconds (`new Date(1370536872000)`). */
const DATE_FROM_EPOCH = /\bnew\s+Date\(\s*(\d{10}(?:\d{3})?)\s*\)/

/**
 * The Unix time a script among an element's children writes into it as its text (`<span class="post-date"><span
 * id="d1370536872000-1"></span><script>Nabble.get('d1370536872000-1').innerHTML= Nabble.formatDateLong(new
 * Date(1370536872000));</script></span>`, Nabble's post header: zh-blogs b643 of session 65's unseen round), or
 * undefined.
 */
export function scriptedEpoch (el: AnyNode): string | undefined {
  if (!isElement(el)) return undefined
  for (const s of el.children) {
    if (!isElement(s) || s.name !== 'script') continue
    let text = ''
    for (const c of s.children) if (isText(c)) text += c.data
    const m = text.length <= MAX_SCRIPTED ? DATE_FROM_EPOCH.exec(text) : null
    if (m !== null) return m[1]
  }
  return undefined
}
/** Longest script read for the date it writes: one statement, not a library. */
const MAX_SCRIPTED = 400
