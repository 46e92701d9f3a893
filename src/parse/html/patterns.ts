/** The data the HTML front end reasons with, read once from `data/html-*.json` and compiled to regular expressions. */
import { loadData } from '../../data.js'
import type { RemovalKind } from '../../types.js'
import { escapeRegExp } from '../../text/index.js'

interface PatternEntry { pattern: string, source: string }
interface ClassFile {
  positive: PatternEntry[]
  negative: PatternEntry[]
  unlikely: PatternEntry[]
  maybe: PatternEntry[]
  boilerplate: Array<PatternEntry & { kind: RemovalKind, notProse?: boolean }>
}
interface HiddenFile { patterns: Array<PatternEntry & { reason: string }> }
interface SpamLinkFile { hosts: PatternEntry[], texts: Array<{ term: string, source: string }> }

const union = (entries: PatternEntry[]): RegExp => new RegExp(entries.map(e => `(?:${e.pattern})`).join('|'), 'i')

const classes = loadData<ClassFile>('html-class-patterns.json')
const hidden = loadData<HiddenFile>('html-hidden-styles.json')
const spam = loadData<SpamLinkFile>('html-spam-links.json')
const related = loadData<{ labels: Array<{ label: string, source: string }> }>('html-related-labels.json')

export const POSITIVE = union(classes.positive)
export const NEGATIVE = union(classes.negative)
export const UNLIKELY = union(classes.unlikely)
export const MAYBE = union(classes.maybe)
export const BOILERPLATE: ReadonlyArray<{ re: RegExp, kind: RemovalKind, notProse: boolean }> =
  classes.boilerplate.map(e => ({ re: new RegExp(e.pattern, 'i'), kind: e.kind, notProse: e.notProse === true }))

export const HIDDEN_STYLES: ReadonlyArray<{ re: RegExp, reason: string }> =
  hidden.patterns.map(e => ({ re: new RegExp(e.pattern, 'i'), reason: e.reason }))

export const SPAM_HOST = union(spam.hosts)
export const SPAM_TEXT = new RegExp(spam.texts.map(t => escapeRegExp(t.term)).join('|'), 'i')

/** The hiding evidence in a `style` attribute or CSS declaration block, or undefined when it hides nothing. */
export function hidingStyle (style: string): string | undefined {
  const s = style.replace(/\s+/g, '').toLowerCase()
  if (s === '') return undefined
  for (const h of HIDDEN_STYLES) if (h.re.test(s)) return h.reason
  return undefined
}

/** A block that starts with a related-story label: group 1 is the rest of the block after the label. */
export const RELATED_LABEL = new RegExp(`^(?:${related.labels.map(l => escapeRegExp(l.label).replace(/'/g, "['’]")).join('|')})\\s*(?:[:：|»›>-]\\s*(.*)|$)`, 'i')
