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
  boilerplate: Array<PatternEntry & { kind: RemovalKind, notProse?: boolean, heads?: boolean }>
  screenReaderOnly: PatternEntry[]
  subtitle: PatternEntry[]
}
/** A hiding style: one expression (`pattern`), or declarations that hide together, all of them in any order (`all`). */
interface HiddenEntry {
  pattern?: string
  all?: string[]
  source: string
  id: string
  reason: string
  revealable?: boolean
  foldable?: boolean
  inlineOnly?: boolean
}
interface HiddenFile { patterns: HiddenEntry[] }

/** A style declaration that hides an element (data/html-hidden-styles.json, where the fields are explained). */
export interface HidingStyle {
  id: string
  reason: string
  /** Scripts commonly show what is hidden this way: a hidden block of the page's own prose stays. */
  revealable: boolean
  /** A read-more fold clips the rest of an article this way: revealable on an element whose class names a fold. */
  foldable: boolean
  /** Counts in a `style` attribute only, not in a style-sheet rule. */
  inlineOnly: boolean
}

const union = (entries: PatternEntry[]): RegExp => new RegExp(entries.map(e => `(?:${e.pattern})`).join('|'), 'i')

const classes = loadData<ClassFile>('html-class-patterns.json')
const hidden = loadData<HiddenFile>('html-hidden-styles.json')
const related = loadData<{ labels: Array<{ label: string, source: string }> }>('html-related-labels.json')

export const POSITIVE = union(classes.positive)
export const NEGATIVE = union(classes.negative)
export const UNLIKELY = union(classes.unlikely)
export const MAYBE = union(classes.maybe)
/** Classes that keep an element for screen readers and off the screen (`sr-only`, `screen-reader-text`). */
export const SCREEN_READER_ONLY = union(classes.screenReaderOnly)
/** Classes that mark a subtitle inside a headline's element (`newssubtitle`, `sub-title`): no part of the headline. */
export const SUBTITLE = union(classes.subtitle)
export const BOILERPLATE: ReadonlyArray<{ re: RegExp, kind: RemovalKind, notProse: boolean }> =
  classes.boilerplate.map(e => ({ re: new RegExp(e.pattern, 'i'), kind: e.kind, notProse: e.notProse === true }))

/**
 * The boilerplate classes whose mark on a heading that opens its container marks the container (`heads`): the
 * section a `<h3 id="comments">` heads is the comments, whatever the container's own class says.
 */
export const SECTION_HEADS: ReadonlyArray<{ re: RegExp, kind: RemovalKind }> =
  classes.boilerplate.filter(e => e.heads === true).map(e => ({ re: new RegExp(e.pattern, 'i'), kind: e.kind }))

/** Each expression of an entry (`pattern`, or every one of `all`); the first is the one the entry needs first. */
const expressions = (e: HiddenEntry): string[] => e.all ?? [e.pattern ?? '(?!)']

/** Whether a declaration block matches every expression (each a linear scan: no `.*` between two of them). */
const allOf = (res: RegExp[]) => (s: string): boolean => res.every(re => re.test(s))

const HIDDEN_STYLES: ReadonlyArray<HidingStyle & { matches: (s: string) => boolean }> = hidden.patterns.map(e => ({
  matches: allOf(expressions(e).map(x => new RegExp(x, 'i'))),
  id: e.id,
  reason: e.reason,
  revealable: e.revealable === true,
  foldable: e.foldable === true,
  inlineOnly: e.inlineOnly === true
}))
/**
 * Whether any of the hiding styles may match: one test of the union of each entry's first expression (what every
 * entry needs; none of them has a back reference), about six times cheaper than nine tests on the declarations of
 * real style sheets, which almost never hide anything.
 */
const ANY_HIDDEN_STYLE = union(hidden.patterns.map(e => ({ pattern: expressions(e)[0], source: e.source })))


/** How much of a class/id string a reason quotes: enough to recognise it, short enough to read. */
const CLASS_IN_REASON_MAX = 60
/** What a class/id that marks boilerplate says of a block of this kind, for `removed`. */
const MARKS: Partial<Record<RemovalKind, string>> = { related: 'a related list', navigation: 'navigation' }

/** The reason of a removal by class/id: `class/id "share-bar" marks navigation`. */
export function classMarkReason (classAndId: string, kind: RemovalKind): string {
  return `class/id "${classAndId.slice(0, CLASS_IN_REASON_MAX)}" marks ${MARKS[kind] ?? 'boilerplate'}`
}


/** The hiding evidence in a `style` attribute or CSS declaration block, or undefined when it hides nothing. */
export function hidingStyle (style: string): HidingStyle | undefined {
  const s = style.replace(/\s+/g, '').toLowerCase()
  if (s === '' || !ANY_HIDDEN_STYLE.test(s)) return undefined
  for (const h of HIDDEN_STYLES) if (h.matches(s)) return h
  return undefined
}

/** A block that starts with a related-story label: group 1 is the rest of the block after the label. */
export const RELATED_LABEL = new RegExp(`^(?:${related.labels.map(l => escapeRegExp(l.label).replace(/'/g, "['’]")).join('|')})\\s*(?:[:：|»›>-]\\s*(.*)|$)`, 'i')
