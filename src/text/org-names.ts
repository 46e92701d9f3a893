/**
 * Whether a name ends like a site's, paper's, publisher's, office's or company's (`联合早报`, `新华网`, `新闻部`,
 * `Acme Media`): data/author-validation.json `orgEndings`. Such a name where a byline stands goes to `source`, never
 * to the authors; the HTML front end and the metadata stage ask the same question.
 */
import { loadData } from '../data.js'
import { escapeRegExp } from './index.js'

const ENDINGS = loadData<{ orgEndings: Array<{ text: string }> }>('author-validation.json').orgEndings
  .map(e => e.text).sort((a, b) => b.length - a.length)
const ORG_END = new RegExp(`(?:${ENDINGS.map(escapeRegExp).join('|')})$`, 'iu')

export function endsLikeOrg (name: string): boolean {
  return ORG_END.test(name)
}
