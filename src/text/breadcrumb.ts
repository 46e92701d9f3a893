/**
 * A breadcrumb's label (`当前位置：`, `您当前的位置：`, `current position:`; data/boilerplate.json `breadcrumbPrefixes`):
 * a line that opens with one is the page's place in the site, whatever element holds it (a text line, a block, an
 * `<h1>` a template prints it in).
 */
import { loadData } from '../data.js'
import { spacedLiteral } from './index.js'

interface CrumbData { breadcrumbPrefixes: Array<{ text: string, source: string }> }

const PREFIXES = loadData<CrumbData>('boilerplate.json').breadcrumbPrefixes.map(p => spacedLiteral(p.text))
  .sort((a, b) => b.length - a.length)
/** A breadcrumb label and its colon at a text's start, the longest label first (so a prefix of one never wins). */
const CRUMB_LABEL = new RegExp(`^\\s*(?:${PREFIXES.join('|')})\\s*[:：]`, 'i')

/** Whether `text` opens with a breadcrumb's label and its colon. */
export function opensWithCrumbLabel (text: string): boolean {
  return CRUMB_LABEL.test(text)
}
