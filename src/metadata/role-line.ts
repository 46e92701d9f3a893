/**
 * The English of a Chinese byline as machine translation writes it, with no colon and no `by`: `Reporter Li Si`,
 * `Our reporter Li Si and correspondent Wang Wu`, `Xinhua reporter Li Si Photographer Wang Wu`, `Intern Li Si,
 * reporter Wang Wu`, `(Editor Zhou Min)` (from `本报记者 李四 通讯员 王五`, `新华社记者 李四 摄影 王五`, `（编辑 周敏）`).
 * A line is read only when it is made of such segments and nothing else: an optional outlet before the first, then
 * a role word (data/reporter-roles.json `enLineRoles`) right before the names, each a surname and a given name in
 * pinyin (two or three capitalized words, every one of them pinyin syllables: `Museum President` and `Running
 * Reviews` are no names, nor is one word such as `Editor Picks`) that the authors' judge takes for a person. Writers
 * go to the authors; photographers and editors to the editors, with their role. English names (`Reporter John
 * Smith`) are left to the bylines that say `By`: without the pinyin test, a table header or a job title
 * (`Author Venue Institution Topic`, `American Writers Museum President`) would read as a credit.
 */
import { loadData } from '../data.js'
import { isPinyinWord } from '../text/pinyin.js'
import { judgeAuthor } from './authors.js'

interface Entry { text: string, source: string }
interface RoleFile { enTitles: Entry[], enLineRoles: Array<Entry & { role: string }>, enLineModifiers: Entry[] }

const DATA = loadData<RoleFile>('reporter-roles.json')
/**
 * Each role word, lower case, singular and plural, to what the credit does (`author`, `photographer`, `editor`): the
 * reporters' titles every byline reader knows (`enTitles`: Reporter, Correspondent) write, and the other roles of a
 * translated line (`enLineRoles`).
 */
const ROLE_OF = new Map<string, string>()
for (const e of [...DATA.enTitles.map(t => ({ ...t, role: 'author' })), ...DATA.enLineRoles]) {
  ROLE_OF.set(e.text.toLowerCase(), e.role)
  ROLE_OF.set(`${e.text.toLowerCase()}s`, e.role)
}
/** Words that may stand before a role inside a segment (`our`, `staff`, `special`, `trainee`). */
const MODIFIERS = new Set(DATA.enLineModifiers.map(m => m.text.toLowerCase()))

/** Longest line read: an outlet, three roles and their names. */
const ROLE_LINE_MAX = 100
/** Most words of an outlet before the first role (`China News Service reporter`, `People's Daily reporter`). */
const OUTLET_WORDS_MAX = 4
/** Most words read as names of two words each after one role (`Liu Jun Wang Ting`, three such names at most). */
const PAIRED_WORDS_MAX = 6
/** Words of one name: a surname and a given name written as one or two words (`Li Si`, `Ouyang Xiao Ming`). */
const NAME_WORDS = { min: 2, max: 3 }

/** A word of a name: capitalized, pinyin syllables (a hyphen may join the given name's two: `Xiao-ming`). */
const NAME_WORD = /^\p{Lu}[\p{Ll}-]*$/u
const isNameWord = (word: string): boolean =>
  NAME_WORD.test(word) && word.toLowerCase().split('-').every(part => isPinyinWord(part))
/** A Chinese name in pinyin: two or three capitalized words of syllables (`Li Ming`, `Ouyang Xiao Ming`). */
export function isPinyinName (name: string): boolean {
  const words = name.trim().split(/\s+/)
  return words.length >= NAME_WORDS.min && words.length <= NAME_WORDS.max && words.every(isNameWord)
}

/** The outlet's words: capitalized (`Xinhua`, `People's`) or a modifier (`our`). */
const OUTLET_WORD = /^\p{Lu}[\p{L}'’.-]*$/u
/** Three words separated by white space, as `tokens` splits them. */
const THREE_WORDS = /\S\s+\S+\s+\S/u
/** The fewest characters THREE_WORDS matches: three non-spaces and two spaces. */
const THREE_WORDS_MIN_LENGTH = 5
/** Brackets around the whole line (`(Editor Zhou Min)`, `[Reporter Li Si]`, `【记者】`'s translation). */
const BRACKETS = /^[([（【]\s*(.*?)\s*[)\]）】]$/u

export interface RoleLine {
  authors: string[]
  others: Array<{ role: string, name: string }>
}

type Token = { kind: 'word', text: string } | { kind: 'sep' }

/** Words and name separators (`,`, `、`, `and`, `&`); anything else that is no letter ends the reading (null). */
function tokens (text: string): Token[] | null {
  const out: Token[] = []
  for (const raw of text.split(/\s+/)) {
    const m = /^([\p{L}'’.-]*)([,，、]?)$/u.exec(raw)
    if (m === null) return null
    const [, word, comma] = m
    if (word === 'and' || word === '&') out.push({ kind: 'sep' })
    else if (word !== '') out.push({ kind: 'word', text: word })
    if (comma !== '' || raw === '、') out.push({ kind: 'sep' })
  }
  return out
}

const roleAt = (t: Token | undefined): string | undefined =>
  t?.kind === 'word' ? ROLE_OF.get(t.text.toLowerCase()) : undefined
const modifierAt = (t: Token | undefined): boolean => t?.kind === 'word' && MODIFIERS.has(t.text.toLowerCase())

/** The names of one segment, from `i` to the next role (or its modifiers); null when one is not a name. */
function names (list: Token[], from: number): { names: string[], next: number } | null {
  const found: string[] = []
  let words: string[] = []
  const close = (): boolean => {
    if (words.length === 0) return true
    // `Correspondent Liu Jun Wang Ting` (`通讯员 刘军 王婷`, the names set apart by a space alone): no name runs to four
    // words, so an even run past three is names of two words each
    const runs = words.length > NAME_WORDS.max && words.length % 2 === 0 && words.length <= PAIRED_WORDS_MAX
      ? words.flatMap((w, k) => k % 2 === 0 ? [`${w} ${words[k + 1]}`] : [])
      : [words.join(' ')]
    const short = words.length < NAME_WORDS.min || (runs.length === 1 && words.length > NAME_WORDS.max)
    words = []
    if (short || runs.some(name => judgeAuthor(name).kind !== 'person')) return false
    for (const name of runs) found.push(name)
    return true
  }
  let i = from
  for (; i < list.length; i++) {
    const t = list[i]
    if (roleAt(t) !== undefined) break
    if (modifierAt(t) && (roleAt(list[i + 1]) !== undefined || modifierAt(list[i + 1]))) break
    if (t.kind === 'sep') {
      if (!close()) return null
      continue
    }
    if (!isNameWord(t.text)) return null
    words.push(t.text)
  }
  if (!close() || found.length === 0) return null
  return { names: found, next: i }
}

/** Where the first role stands after an outlet of a few capitalized words or modifiers (`Our`, `Xinhua`), or -1. */
function outletEnd (list: Token[]): number {
  let i = 0
  for (; i < list.length && roleAt(list[i]) === undefined; i++) {
    const t = list[i]
    if (i >= OUTLET_WORDS_MAX || t.kind !== 'word') return -1
    if (!OUTLET_WORD.test(t.text) && !MODIFIERS.has(t.text.toLowerCase())) return -1
  }
  return i
}

/** The credits of a line made only of role words and names; null when the line is anything else. */
export function readRoleLine (line: string): RoleLine | null {
  // THREE_WORDS needs five characters at least, and the line only loses characters on the way to it: a shorter line
  // is answered before any pattern runs (the hostile page of half a million one-character lines)
  if (line.length < THREE_WORDS_MIN_LENGTH) return null
  let text = line.trim()
  if (text.length > ROLE_LINE_MAX) return null
  text = (BRACKETS.exec(text)?.[1] ?? text).replace(/\s*[.。]$/u, '')
  // a role and a name of two words at least: a line of fewer words is none (most lines; no token made for them)
  if (!THREE_WORDS.test(text)) return null
  const list = tokens(text)
  if (list === null) return null
  let i = outletEnd(list)
  if (i < 0) return null
  const out: RoleLine = { authors: [], others: [] }
  while (i < list.length) {
    while (modifierAt(list[i])) i++
    // `Intern reporter`, `trainee correspondent`: of two role words in a row the last names the credit
    while (roleAt(list[i]) !== undefined && roleAt(list[i + 1]) !== undefined) i++
    const role = roleAt(list[i])
    if (role === undefined) return null
    // `Editor, Running Reviews`: a comma right after the role makes it a job title, not a credit
    if (list[i + 1]?.kind === 'sep') return null
    const seg = names(list, i + 1)
    if (seg === null) return null
    for (const name of seg.names) {
      if (role === 'author') out.authors.push(name)
      else out.others.push({ role, name })
    }
    i = seg.next
  }
  return out.authors.length + out.others.length > 0 ? out : null
}
