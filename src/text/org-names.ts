/**
 * Whether a name is an organization's, where a byline stands: such a name goes to `source`, never to the authors; the
 * HTML front end and the metadata stage ask the same questions.
 *   - `endsLikeOrg`: it ends like a site's, paper's, publisher's, office's or company's (`联合早报`, `新华网`,
 *     `新闻部`, `Acme Media`): data/author-validation.json `orgEndings`;
 *   - `isChineseOrganization`: Han text ending in a government, office, company or school word (`县发改委`,
 *     `社會局`, `立案庭`): the signature endings of data/boilerplate.json.
 */
import { loadData } from '../data.js'
import { escapeRegExp } from './index.js'
import { isWord } from './han-words.js'

const ENDINGS = loadData<{ orgEndings: Array<{ text: string }> }>('author-validation.json').orgEndings
  .map(e => e.text).sort((a, b) => b.length - a.length)
const ORG_END = new RegExp(`(?:${ENDINGS.map(escapeRegExp).join('|')})$`, 'iu')

export function endsLikeOrg (name: string): boolean {
  return ORG_END.test(name)
}

const ORG_SUFFIXES = loadData<{ signature: { orgSuffixes: Array<{ text: string }> } }>('boilerplate.json')
  .signature.orgSuffixes.map(o => o.text)
/** One-character endings that are also given names (`张科`, `李院`): an organization only from four characters. */
const ORG_SHORT_OK = new Set(['局', '委', '厅', '署'])
/** Longer Chinese organization names: one-character endings count from this length. */
const ORG_LONG = 4

/**
 * A Chinese organization named where a writer is expected: Han text ending in an office, government, company or
 * school word (`县发改委`, `社會局`, `市供水有限公司`; the endings are the signature endings of data/boilerplate.json).
 * Person names are two to four characters and rarely end so; one-character endings that are also given names
 * count only on names of four characters or more, or of three whose first two are a word: a word and a unit
 * (`立案庭`, `農業處`, `柳河镇`), where a person's surname and given name make none (`张庭`, `王建科`).
 */
/**
 * A court's numbered division (`刑二庭`, `民一庭`: criminal or civil tribunal number two, one), in a court's `作者` field
 * where its news names the division that filed it (zh-gov g242 of session 53's unseen round); no person is named so.
 */
const COURT_DIVISION = /^[刑民商][一二三四五六七八九十]庭$/u

export function isChineseOrganization (name: string): boolean {
  const n = name.trim()
  if (COURT_DIVISION.test(n)) return true
  if (!/^[\p{Script=Han}]{3,30}$/u.test(n)) return false
  return ORG_SUFFIXES.some(suf => n.endsWith(suf) &&
    (suf.length >= 2 || ORG_SHORT_OK.has(suf) || n.length >= ORG_LONG || (n.length === 3 && isWord(n.slice(0, 2)))))
}
