/**
 * Author biographies after the article: a paragraph in the second half of the body that starts with the name of
 * one of the page's authors followed by a bio verb (`Jane Moss is a senior reporter...`, `Lauren has written for
 * the blog since 2018.`), together with the short lines of its author box right before it (the name alone, a job
 * title, `About the author`). A bio tells who wrote the article; it is not the article. Verbs, honorifics and
 * labels are in data/author-bios.json.
 */
import type { Candidate } from '../draft.js'
import type { Removal } from '../types.js'
import { loadData } from '../data.js'
import { hasRoleWord, splitNames } from '../text/fields.js'
import { escapeRegExp } from '../text/index.js'

interface Word { word: string, source: string }
const DATA = loadData<{ verbs: Word[], honorifics: Word[], labels: Word[], personal: Word[] }>('author-bios.json')
const VERB = `(?:${DATA.verbs.map(v => escapeRegExp(v.word)).join('|')})`
const HONORIFIC = `(?:${DATA.honorifics.map(h => escapeRegExp(h.word)).join('|')})\\.?\\s+`
const LABELS = new Set(DATA.labels.map(l => l.word))
/** What a bio says of a person, beyond the name: pronouns and the words of a career. */
const PERSONAL = new RegExp(`\\b(?:${DATA.personal.map(p => escapeRegExp(p.word)).join('|')})\\b`, 'i')

/** A bio is a paragraph, not a chapter: longer blocks are the article's own prose. */
const BIO_MAX = 900
/** How many short author-box lines before the bio go with it. */
const BOX_LINES = 3

/** The forms a name takes at the start of a bio: the full name, the first name, the family name. */
function nameForms (author: string): string[] {
  const name = author.replace(/\s*\(.*?\)\s*/g, ' ').replace(/,.*$/, '').trim()
  const words = name.split(/\s+/).filter(w => w !== '')
  if (words.length === 0 || name.length < 2) return []
  const forms = new Set([name])
  if (words.length >= 2) {
    if (words[0].length >= 2) forms.add(words[0])
    forms.add(words[words.length - 1])
  }
  return [...forms]
}

/** `Dr. `, `Prof `: an honorific at the start of a bio. */
const HONORIFIC_AT_START = new RegExp(`^${HONORIFIC}`, 'iu')
/**
 * What follows the name in a bio: a parenthesis (`(she/her)`), a comma-set aside (`, MD,`), `also`/`currently`, and
 * the verb (`Jane Moss is`, `Jane Moss, MD, is`, `Jane Moss (she/her) writes`). Compiled once: the names change
 * with every page, and a case-insensitive pattern holding the verbs costs milliseconds to compile, which a pattern
 * per page paid on every page (3% of a page's time), so the names are matched as strings.
 */
const ASIDE = '(?:\\s*\\([^)]{0,40}\\))?(?:,[^,.]{1,40},)?\\s+(?:also\\s+|currently\\s+)?'
const AFTER_NAME = new RegExp(`${ASIDE}${VERB}\\b`, 'iuy')

/** Name forms to look for at the start of a paragraph, lower-cased, longest first (as an alternation would try). */
interface BioNames { forms: string[], titled: boolean }

function bioNames (forms: string[], titled: boolean): BioNames | undefined {
  return forms.length === 0 ? undefined : { forms: forms.map(f => f.toLowerCase()), titled }
}

/** Whether `text` opens with a name form at `at` followed by a bio verb (see AFTER_NAME). */
function opensWithName (text: string, at: number, names: BioNames): boolean {
  for (const form of names.forms) {
    if (text.slice(at, at + form.length).toLowerCase() !== form) continue
    AFTER_NAME.lastIndex = at + form.length
    if (AFTER_NAME.test(text)) return true
  }
  return false
}

/**
 * `^honorific? name aside verb`: with `titled`, the honorific is required (`Dr. Moss holds...`). `honorific`: the
 * length of the honorific the text opens with (`HONORIFIC_AT_START`), -1 when none; read once for the three sets of
 * names a paragraph is asked about.
 */
function opensBio (text: string, names: BioNames | undefined, honorific: number): boolean {
  if (names === undefined) return false
  if (honorific >= 0 && opensWithName(text, honorific, names)) return true
  return !names.titled && opensWithName(text, 0, names)
}

const labelKey = (s: string): string => s.toLowerCase().replace(/(?<![\s:：,])[\s:：,]+$/u, '').replace(/\s+/g, ' ').trim()

/** A line of an author box: the name alone, a job title, a label. Short, not a sentence. */
function isBoxLine (b: Candidate, forms: readonly string[]): boolean {
  const text = b.text.trim()
  if (text.length === 0 || text.length > 60 || /[.!?。！？]$/u.test(text) || b.type === 'quote') return false
  if (LABELS.has(labelKey(text))) return true
  const words = text.split(/\s+/)
  if (words.length > 6) return false
  const lower = text.toLowerCase()
  return forms.some(f => lower.includes(f.toLowerCase())) || hasRoleWord(text)
}

/**
 * Whether the paragraph is a bio of one of `names`: it opens with the full name (two words or more) and a bio verb,
 * or with one name after an honorific (`Dr. Moss holds...`), or with one name alone (`Lauren has written...`) and
 * then speaks of a person. A company signing its own blog
 * (`Method has also deployed...`) opens paragraphs with its name too: that alone is no bio.
 */
function isBio (
  text: string, full: BioNames | undefined, titled: BioNames | undefined, short: BioNames | undefined,
): boolean {
  if (text.length > BIO_MAX) return false
  const honorific = HONORIFIC_AT_START.exec(text)?.[0].length ?? -1
  if (opensBio(text, full, honorific) || opensBio(text, titled, honorific)) return true
  return opensBio(text, short, honorific) && PERSONAL.test(text)
}

/**
 * Takes author bios (and their box lines) out of the body. `authors` are the names the page gives (raw hints:
 * `Jane Moss`, `Dr Dieter Veldsman, Erik van Vulpen`); without them nothing is taken.
 */
export function dropAuthorBios (blocks: Candidate[], authors: readonly string[], removed: Removal[]): Candidate[] {
  const names = authors.flatMap(a => splitNames(a)).filter(n => /\p{L}{2}/u.test(n))
  const forms = [...new Set(names.flatMap(nameForms))].sort((a, b) => b.length - a.length)
  // a full name, or one name after an honorific (`Dr. Moss`), is a person; one name alone may be a company
  const full = bioNames(forms.filter(f => /\s/.test(f)), false)
  const titled = bioNames(forms.filter(f => !/\s/.test(f)), true)
  const short = bioNames(forms.filter(f => !/\s/.test(f)), false)
  if ((short === undefined && full === undefined) || blocks.length < 4) return blocks
  const drop = new Set<number>()
  const bios = new Set<number>()
  for (let i = Math.ceil(blocks.length / 2); i < blocks.length; i++) {
    const b = blocks[i]
    if (b.type !== 'paragraph' || !isBio(b.text, full, titled, short)) continue
    bios.add(i)
    drop.add(i)
    for (let j = i - 1; j >= Math.max(0, i - BOX_LINES) && !drop.has(j) && isBoxLine(blocks[j], forms); j--) drop.add(j)
  }
  if (drop.size === 0) return blocks
  const out: Candidate[] = []
  blocks.forEach((b, i) => {
    if (!drop.has(i)) out.push(b)
    else {
      const reason = bios.has(i)
        ? 'the author\'s biography after the article'
        : 'a line of the author box after the article'
      removed.push({ kind: 'boilerplate', rule: 'author-bio', text: b.text, reason })
    }
  })
  return out
}
