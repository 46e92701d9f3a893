/**
 * Turns evidence into a confidence 0..1. Every formula is a saturating curve `1 - exp(-evidence / scale)` times
 * penalties, with constants from data/language-calibration.json, chosen on the dev split so that answers with
 * confidence >= 0.9 are right at least 99% of the time (the held-out split checks it: npm run eval:language).
 */
import { CALIBRATION } from './tables.js'

const C = CALIBRATION

function saturate (evidence: number, scale: number): number {
  return 1 - Math.exp(-evidence / scale)
}

function round (x: number): number {
  return Math.round(x * 1000) / 1000
}

/**
 * n-gram vote: `letters` of text, `gap` between eld's best and best other scores (0..1), franc agreeing or not,
 * `twin`: only franc could tell the answer from a close language and it did not confirm it (capped);
 * `lowerShare`: share of all-lowercase words. Lines of capitalised names and brands (`Amazon (Klein Tools)`,
 * `Iguana Mexican Grill`) are read by n-gram models as whatever language the names look like: capped.
 */
export function ngramConfidence (letters: number, gap: number, agree: boolean, twin = false, lowerShare = 1): number {
  const p = C.ngram
  let c = saturate(letters, p.letterScale) * saturate(gap, p.gapScale) * (agree ? 1 : p.disagree)
  if (twin) c = Math.min(c, p.twinCap)
  if (lowerShare < p.namesShare) c = Math.min(c, p.namesCap)
  return round(Math.min(p.max, c))
}

/** A script only one language writes (Thai, Greek, Hangul…): `weighted` = characters × script weight. */
export function scriptConfidence (weighted: number): number {
  return round(Math.min(C.script.max, saturate(weighted, C.script.scale)))
}

/** Han + kana with kana: Japanese. */
export function japaneseConfidence (weighted: number, kana: number): number {
  const p = C.japanese
  return round(Math.min(p.max, saturate(weighted, p.scale) * (kana >= 2 ? 1 : p.oneKana)))
}

/**
 * Han without kana: Chinese. `han` characters; `simplified`/`traditional` = characters only one standard has.
 * No variant evidence at all leaves the script subtag a default (zh-Hans), so the confidence is capped.
 */
export function chineseConfidence (han: number, simplified: number, traditional: number): number {
  const p = C.chinese
  let c = saturate(han, p.scale)
  const variants = simplified + traditional
  if (variants === 0) c = Math.min(c, p.noVariant)
  else c *= Math.max(simplified, traditional) / variants
  return round(Math.min(p.max, c))
}

/** Text under the n-gram length with a letter only one language writes. */
export function letterConfidence (): number {
  return C.letters.confidence
}

/** A document whose main language holds only `share` of its weight: which language is "main" is itself unsure. */
export function mixedCap (confidence: number, share: number): number {
  return share < C.mixed.share ? Math.min(confidence, C.mixed.cap) : confidence
}

export function minLetters (group: string): number {
  return C.minLetters[group] ?? C.minLetters.default ?? 2
}

/**
 * The letter count from which `ngramConfidence` no longer changes with more letters (its letter factor is 1 as a
 * double: `exp(-letters / scale)` under half an ulp of 1), nor does the short-text test (`minLetters`).
 */
export function lettersEnough (group: string): number {
  return Math.max(SATURATED_LETTERS, minLetters(group))
}

/** The fewest letters whose letter factor is 1 (it grows with the letters: from there on it stays 1). */
const SATURATED_LETTERS = ((): number => {
  let n = 0
  while (saturate(n, C.ngram.letterScale) < 1) n++
  return n
})()

/** The share of lower-case words under which the n-gram answer is read as names (capped). */
export const NAMES_SHARE = C.ngram.namesShare
