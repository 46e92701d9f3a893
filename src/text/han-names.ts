/**
 * Chinese personal names written together without a separator, as credit lines often give them after a role:
 * `记者谭飞王艳明闫鹃` names 谭飞, 王艳明 and 闫鹃. Each name is a surname (one character, or a compound surname such
 * as 欧阳) and a given name of one or two characters, so a run splits where every part starts with a surname
 * (data/han-surnames.json). A run is split only when exactly one way works: `王金石方华` could be 王金 + 石方华 or
 * 王金石 + 方华, and an empty answer is better than a wrong one. A run that is one name (`欧阳娜娜`) stays whole.
 */
import { loadData } from '../data.js'

interface SurnameData {
  groups: Array<{ surnames: string, source: string }>
  compound: Array<{ surname: string, source: string }>
  /** Grammar words no given name is made of (`的`, `了`, `们`): a screen name that is a phrase holds them. */
  particles: { characters: string, source: string }
  /** Every surname CC-CEDICT knows (scripts/gen-han-surnames.ts): for telling a name from a word, not for splitting. */
  dictionary: { surnames: string, compound: string[], source: string }
  /** Japan's most common surnames, Japanese and Chinese forms: for telling a name from a word, not splitting. */
  japanese: { surnames: string, source: string }
  /** The Buddhist monastic surname (释, 釋): for telling a monk's or a nun's name from a word, not splitting. */
  monastic: { surnames: string, source: string }
  /** The Dai's name prefixes (岩 for men, 玉 for women), written where a surname stands: not for splitting. */
  daiPrefixes: { prefixes: string, source: string }
}

const DATA = loadData<SurnameData>('han-surnames.json')
const SINGLE = new Set(DATA.groups.flatMap(g => [...g.surnames]))
const COMPOUND = new Set(DATA.compound.map(c => c.surname))
const PARTICLES = new Set([...DATA.particles.characters])
// Splitting a glued run by every rare surname would find two readings of most runs (and so split none); whether
// a name can be one at all asks them all.
const ANY_SINGLE = new Set([...SINGLE, ...DATA.dictionary.surnames])
/**
 * A monk's or a nun's name: the monastic surname and a dharma name of two characters (`释妙音`, `釋證嚴`), three in all;
 * shorter or longer, the character opens words (`释放`, `释迦牟尼`).
 */
const MONASTIC = new Set([...DATA.monastic.surnames])
const MONASTIC_NAME = 3
/** A Dai name: its prefix and one to three characters (`玉香`, `岩温罕`); longer, a run of prose. */
const DAI = new Set([...DATA.daiPrefixes.prefixes])
const DAI_NAME_MIN = 2
const DAI_NAME_MAX = 4
const daiName = (name: string): boolean =>
  name.length >= DAI_NAME_MIN && name.length <= DAI_NAME_MAX && DAI.has(name[0])
const ANY_COMPOUND = new Set([...COMPOUND, ...DATA.dictionary.compound])
/** A Japanese writer in a Chinese byline (`特约记者　佐藤美和`): two or three characters (`佐藤`, `长谷川`) before the name. */
const JAPANESE = new Set(DATA.japanese.surnames.split(' '))
const startsJapanese = (name: string): boolean =>
  (name.length > 2 && JAPANESE.has(name.slice(0, 2))) || (name.length > 3 && JAPANESE.has(name.slice(0, 3)))

/**
 * The familiar forms of a name: 小, 老 or 阿 before one character of it (`小易`, `老王`, `阿娇`), which Chinese uses
 * for people, and sites for their editors' signatures.
 */
const FAMILIAR = /^[小老阿]\p{Script=Han}$/u

/**
 * A familiar form of a common surname (`老周`, `小王`, `阿陈`): how a writer signs off a blog post (`—— 老周，2007年5月12日夜，写于
 * 西安`: zh-blogs b575 of session 62's second unseen round).
 */
export const isFamiliarName = (name: string): boolean => FAMILIAR.test(name) && SINGLE.has(name[1])

/**
 * Whether `name` (Han characters) starts with a surname, common or rare (CC-CEDICT's), or one of Japan's common ones,
 * or with what stands for one (a monk's 释, a Dai name's prefix): a Chinese personal name always does, and the words a
 * byline holds beside names do not (`調查`, `編譯`, `即時報導`, `网易`).
 */
export function startsWithSurname (name: string): boolean {
  if (FAMILIAR.test(name)) return true
  return ANY_COMPOUND.has(name.slice(0, 2)) || ANY_SINGLE.has(name[0]) || startsJapanese(name) ||
    (name.length === MONASTIC_NAME && MONASTIC.has(name[0])) || daiName(name)
}


/** A given name is one or two characters (three-character given names are too rare to split by). */
const GIVEN_MIN = 1
const GIVEN_MAX = 2
/** Two names at least (2 + 2 characters), a handful at most: longer runs of Han are prose, not a credit. */
const RUN_MIN = 4
const RUN_MAX = 12
/** Splits counted before giving up as ambiguous: one is the answer, two is already too many. */
const SPLITS_NEEDED = 2

const HAN_RUN = /^\p{Script=Han}+$/u

/** Lengths of the surnames `run` may start with at `at`: 1 (`王`), 2 (`欧阳`), or none. */
function surnameLengths (run: string, at: number): number[] {
  const lengths: number[] = []
  if (COMPOUND.has(run.slice(at, at + 2))) lengths.push(2)
  if (SINGLE.has(run[at])) lengths.push(1)
  return lengths
}

/** Every way to read `run` from `at` as names, up to `SPLITS_NEEDED` of them (each a list of names). */
function readings (run: string, at: number, memo: Map<number, string[][]>): string[][] {
  if (at === run.length) return [[]]
  const known = memo.get(at)
  if (known !== undefined) return known
  const found: string[][] = []
  for (const surname of surnameLengths(run, at)) {
    for (let given = GIVEN_MIN; given <= GIVEN_MAX && found.length < SPLITS_NEEDED; given++) {
      const end = at + surname + given
      if (end > run.length) break
      // `江边的石头` is a screen name, not 江边的 + 石头: no given name holds a particle
      if (PARTICLES.has(run[end - 1]) || (given === 2 && PARTICLES.has(run[end - 2]))) continue
      for (const rest of readings(run, end, memo)) {
        found.push([run.slice(at, end), ...rest])
        if (found.length >= SPLITS_NEEDED) break
      }
    }
  }
  memo.set(at, found)
  return found
}

/**
 * The names in a run of Han characters written together (`谭飞王艳明闫鹃` -> 谭飞, 王艳明, 闫鹃), or undefined when
 * the run is not two names or more in exactly one way.
 */
export function splitGluedHanNames (run: string): string[] | undefined {
  if (run.length < RUN_MIN || run.length > RUN_MAX || !HAN_RUN.test(run)) return undefined
  const found = readings(run, 0, new Map())
  return found.length === 1 && found[0].length >= 2 ? found[0] : undefined
}

/**
 * Whether `name` reads as a Chinese personal name with no role word to say so: a common surname (the groups of
 * data/han-surnames.json, not the dictionary's rare ones) and a given name of one or two characters. For a name
 * beside a medium on an unlabelled info line (`2024-10-15 宁夏日报 马小红`), where a rare surname reads words as names.
 */
export function isCommonHanName (name: string): boolean {
  if (!HAN_RUN.test(name)) return false
  return surnameLengths(name, 0).some(surname => {
    const given = name.length - surname
    return given >= GIVEN_MIN && given <= GIVEN_MAX
  })
}

/**
 * A medium's name glued before a reporter's, with no role word between them (`新华网张改萍`, in `（新华网张改萍 中国气象网
 * 记者颜昕）`): the name that follows a site, agency, paper or station (`…网`, `…社`, `…报`, `…台`), when it is a common
 * surname and a given name of one or two characters; the chunk as it is otherwise. Only common surnames: a
 * medium's name runs on into words as well (`人民日报社论`), and a rare surname would read one of them as a name.
 */
const GLUED_MEDIUM = /^(\p{Script=Han}{1,8}?(?:网|網|社|报|報|台|臺))(\p{Script=Han}{2,4})$/u
export function nameAfterMedium (chunk: string): string {
  const m = GLUED_MEDIUM.exec(chunk)
  if (m === null) return chunk
  const name = m[2]
  const surname = surnameLengths(name, 0)[0] ?? 0
  const given = name.length - surname
  return surname > 0 && given >= GIVEN_MIN && given <= GIVEN_MAX ? name : chunk
}

/** A place in a dateline is two characters at least (台北, 東京, 華盛頓). */
const PLACE_MIN = 2

/**
 * A name and the place glued after it, as a wire's dateline writes them (`記者王小明台北7日電`: 王小明 + 台北): the
 * name is a surname and a given name of one or two characters, the place at least two characters. Two readings
 * may fit (`王小明台北` as 王小明 + 台北 or 王小 + 明台北): the two-character given name wins, as most given names on the
 * wires that write this shape (Taiwan's Central News Agency) are. Undefined when no reading fits.
 */
export function splitNameAndPlace (run: string): { name: string, place: string } | undefined {
  if (!HAN_RUN.test(run)) return undefined
  for (const surname of surnameLengths(run, 0)) {
    for (let given = GIVEN_MAX; given >= GIVEN_MIN; given--) {
      const end = surname + given
      if (run.length - end >= PLACE_MIN) return { name: run.slice(0, end), place: run.slice(end) }
    }
  }
  return undefined
}

/**
 * A Chinese nickname and an English one after a space, as Taiwan and Hong Kong members and bloggers write theirs
 * (`小咪 Mimi`, a blog host's writer in her replies: zh-blogs b516 of session 60's second unseen round; `阿強 Keung`):
 * one screen name, to the HTML front end's member readers and the metadata stage's judge alike.
 */
export const HAN_ENGLISH_NICKNAME = /^\p{Script=Han}{1,8} [A-Z][a-z]{1,15}$/u
