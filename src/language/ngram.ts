/**
 * Alphabetic scripts shared by many languages (Latin, Cyrillic, Arabic, Devanagari): two n-gram detectors.
 *
 * - eld 2.1 (`eld/large`: n-gram tables of 60 languages, pure JS, Apache-2.0, no download at run time) ranks
 *   the candidates of the script. On the dev split it is right on 99.2% of these lines, franc narrowed to the
 *   same candidates on 83.6%, and a weighted mean of the two scores was worse than eld alone at every weight
 *   tried (96.97% at 0.9 eld down to 88.5% at 0.3): franc's close-language scores mislead (findings in
 *   test/fixtures/language/README.md).
 * - franc 6.2 (trigram profiles) is asked where eld is unsure (margin under FRANC_NEEDED_GAP; above it eld was
 *   right on every dev and held-out line while franc disagreed on 8% of them), narrowed by `only` to eld's
 *   three best plus the script's languages eld has no model for: few models, so it stays fast. It does two things: its
 *   agreement is the confidence's strongest signal (disagreement multiplies it by `disagree`), and it names
 *   the languages eld lacks (Macedonian, Kazakh, Nepali; Indonesian vs Malay) when its margin is clear and the
 *   language's own letters, or eld's stand-in pick, back it.
 * Languages eld lacks are ranked by a stand-in model (`eldProxy` in data/language-codes.json: eld scores
 * Indonesian as Malay); between the two, table order is the prior (Indonesian first: far more of the web).
 */
import { francScores } from './franc.js'
import { eldScores } from './eld-model.js'
import { DISTINCTIVE_LETTER, LACKED_BIT_OF, LANGUAGES_BY_GROUP, type LanguageInfo } from './tables.js'

const TAGS_WITH_LETTERS = new Set(DISTINCTIVE_LETTER.values())

/** franc overrides eld only for a language eld lacks, and only when its best beats its second by this much. */
const FRANC_OVERRIDE_GAP = 0.1
/** eld's margin under which franc is asked (eld was wrong on no dev or held-out line above 0.1). */
const FRANC_NEEDED_GAP = 0.1
/** eld models that stand in for a language eld lacks (Malay for Indonesian, Bulgarian for Macedonian…). */
const proxied = new Set<string>()

export interface NgramResult {
  /** Candidates best first, eld's score scaled so the best is 1. */
  ranked: Array<{ language: LanguageInfo, score: number }>
  /** franc's own pick agrees with the answer. */
  agree: boolean
  /** Margin of the best over the best other model, 0..1. */
  gap: number
  /** The answer rests on franc alone (a language eld lacks), or only franc could separate it from a language
   *  sharing its eld model and it did not confirm it: the confidence is capped. */
  twin: boolean
}

interface GroupModels {
  languages: LanguageInfo[]
  /** franc models of the group's languages eld has no model for. */
  francOnlyAlways: string[]
  /** Per language, the index of the eld model that speaks for it in eld's scores, or -1 (looked up once). */
  eldIndex: number[]
}

const groupModels = new Map<string, GroupModels>()
for (const group of LANGUAGES_BY_GROUP.values()) {
  for (const l of group) if (l.eldProxy !== undefined) proxied.add(l.eldProxy)
}
function modelsFor (group: string): GroupModels {
  let models = groupModels.get(group)
  if (models === undefined) {
    const languages = LANGUAGES_BY_GROUP.get(group) ?? []
    models = {
      languages,
      francOnlyAlways: languages.flatMap(l => l.franc !== null && l.eld === null ? [l.franc] : []),
      eldIndex: languages.map(l => eldScores.index.get(modelOf(l) ?? '') ?? -1)
    }
    groupModels.set(group, models)
  }
  return models
}

/** The eld model that speaks for a language: its own, or its stand-in's. */
const modelOf = (l: LanguageInfo | undefined): string | null | undefined => l?.eld ?? l?.eldProxy

/** eld's three best are judged by franc too (with the languages eld cannot see). */
const FRANC_JUDGES_TOP = 3

/** The group's languages by eld's score, scaled so the best is 1; languages eld gave nothing are left out. */
function rankByEld (text: string, models: GroupModels): NgramResult['ranked'] {
  const eldRaw = eldScores.scores(text)
  const { languages, eldIndex } = models
  let eldMax = 0
  for (const i of eldIndex) {
    const s = i < 0 ? 0 : eldRaw[i]
    if (s > eldMax) eldMax = s
  }
  const ranked: NgramResult['ranked'] = []
  for (let k = 0; k < languages.length; k++) {
    const i = eldIndex[k]
    const score = eldMax === 0 ? 0 : (i < 0 ? 0 : eldRaw[i]) / eldMax
    if (score > 0) ranked.push({ language: languages[k], score })
  }
  // Stable sort: on equal scores (a proxy and its original) table order decides.
  ranked.sort((a, b) => b.score - a.score)
  return ranked
}

/** franc's pick and its margin, when franc is asked and has an answer. */
interface FrancVote { top: LanguageInfo | undefined, gap: number }
type FrancPick = FrancVote & { top: LanguageInfo }

/**
 * eld alone is not clear: its margin is small, two languages share its best score, the text has letters of a
 * language eld lacks, or eld's best is a stand-in for such a language.
 */
function eldUnclear (lacked: number, ranked: NgramResult['ranked'], models: GroupModels): boolean {
  const { languages, francOnlyAlways } = models
  const top = ranked[0]?.language
  if (top !== undefined && ranked.length > 1 && ranked[1].score === ranked[0].score) return true
  const eldGap = (ranked[0]?.score ?? 0) - (ranked.find(r => modelOf(r.language) !== modelOf(top))?.score ?? 0)
  if (eldGap < FRANC_NEEDED_GAP) return true
  if (francOnlyAlways.length === 0) return false
  return hasLettersOfLacked(lacked, languages) || proxied.has(top?.eld ?? '')
}

/**
 * franc judges eld's three best plus the languages eld cannot see (few models, so it stays fast), and only
 * where eld is not clear: above FRANC_NEEDED_GAP eld was right on every dev/held-out line while franc
 * disagreed on 8% of them, so its vote there is noise.
 */
function askFranc (text: string, lacked: number, ranked: NgramResult['ranked'], models: GroupModels): FrancVote {
  const { languages, francOnlyAlways } = models
  const only = new Set(francOnlyAlways)
  for (const r of ranked.slice(0, FRANC_JUDGES_TOP)) if (r.language.franc !== null) only.add(r.language.franc)
  if (only.size <= 1 || !eldUnclear(lacked, ranked, models)) return { top: undefined, gap: 0 }
  const franc = new Map<string, number>()
  for (const [code, score] of francScores(text, [...only])) franc.set(code, score)
  if (franc.size === 0 || (franc.size === 1 && franc.has('und'))) return { top: undefined, gap: 0 }
  const francRanked = [...franc.entries()].sort((a, b) => b[1] - a[1])
  return {
    top: languages.find(l => l.franc === francRanked[0][0]),
    gap: francRanked[0][1] - (francRanked[1]?.[1] ?? 0)
  }
}

/**
 * franc speaks for a language eld lacks, never on its own word against a language eld knows and found.
 * Where the language has letters of its own (Kazakh қ ә ө, Macedonian ѓ ќ ѕ), franc's claim needs one of them:
 * franc's Kazakh model otherwise takes short Russian lines.
 * Where it has none (Indonesian, Nepali), eld must have seen its stand-in (Malay, Hindi).
 */
function francOverrides (lacked: number, ranked: NgramResult['ranked'], franc: FrancVote): franc is FrancPick {
  const francTop = franc.top
  const eldTop = ranked[0]?.language
  if (francTop?.eld !== null || franc.gap < FRANC_OVERRIDE_GAP) return false
  if (eldTop === undefined || eldTop === francTop || eldTop.eld === null) return false
  return TAGS_WITH_LETTERS.has(francTop.tag) ? hasOwnLetters(lacked, francTop.tag) : eldTop.eld === francTop.eldProxy
}

/**
 * Scores `text` (letters of one script group, words separated by spaces) against that group's languages; `lacked`:
 * the bits (LACKED_BIT_OF) of the languages eld lacks whose own letters the text holds (counted as it was read).
 */
export function scoreNgrams (text: string, group: string, lacked: number): NgramResult {
  const models = modelsFor(group)
  const ranked = rankByEld(text, models)
  const franc = askFranc(text, lacked, ranked, models)
  if (francOverrides(lacked, ranked, franc)) {
    const i = ranked.findIndex(r => r.language === franc.top)
    const entry = i >= 0 ? ranked.splice(i, 1)[0] : { language: franc.top, score: 0 }
    entry.score = ranked[0]?.score ?? 1
    ranked.unshift(entry)
    // franc's word alone: its own margin, and the same cap as a twin.
    return { ranked, agree: true, gap: Math.min(1, franc.gap), twin: true }
  }
  const winner = ranked[0]?.language
  // The margin over the best *different* model (a proxy and its original share one eld score).
  const rival = ranked.find(r => r.language !== winner && modelOf(r.language) !== modelOf(winner))
  const gap = (ranked[0]?.score ?? 0) - (rival?.score ?? 0)
  const agree = franc.top === undefined || winner === undefined || sameFamily(winner, franc.top)
  // The winner shares its eld model with another language (Indonesian/Malay) and franc did not name it.
  const twin = winner !== undefined && rival !== ranked[1] && franc.top !== winner
  return { ranked, agree, gap, twin }
}

/** The text has a letter only `tag` (a language eld lacks) writes. */
function hasOwnLetters (lacked: number, tag: string): boolean {
  return (lacked & (LACKED_BIT_OF.get(tag) ?? 0)) !== 0
}

/** The text has a letter owned by one of the group's languages that eld has no model for (Kazakh қ, Macedonian ќ). */
function hasLettersOfLacked (lacked: number, languages: LanguageInfo[]): boolean {
  return lacked !== 0 && languages.some(l => l.eld === null && hasOwnLetters(lacked, l.tag))
}

/** Agreement, counting a language and its stand-in (Indonesian and Malay) as agreeing. */
function sameFamily (winner: LanguageInfo, francTop: LanguageInfo): boolean {
  if (winner === francTop) return true
  return modelOf(winner) === modelOf(francTop)
}
