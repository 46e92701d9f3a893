/**
 * The language detector's data: scripts, languages, distinctive letters, Han variants, calibration constants.
 * All of it lives in `data/language-*.json` (each entry with its source); this module loads it once and builds
 * the lookup structures the hot path needs (a per-code-point script table, sets, maps).
 */
import { loadData } from '../data.js'
import { unitAt } from '../text/index.js'

export interface ScriptInfo {
  /** ISO 15924 code. */
  code: string
  /** Unicode Script property values covered. */
  unicode: string[]
  /** Scripts one language mixes in one run share a group (`CJK` = Han + kana). */
  group: string
  /** Information carried by one character, in Latin letters. */
  weight: number
  /** Bicameral: lowercase words mark running text. */
  case: boolean
}

export interface LanguageInfo {
  tag: string
  iso6393: string
  name: string
  /** Output script (ISO 15924). */
  script: string
  /** Script group the language is written in. */
  group: string
  /** eld model (ISO 639-1), or null. */
  eld: string | null
  /** franc model (ISO 639-3), or null. */
  franc: string | null
  /** eld model that stands in for this language when eld has none. */
  eldProxy?: string
}

export interface LetterRule {
  letters: string
  tag: string
}

export interface Calibration {
  minLetters: Record<string, number>
  ngram: {
    letterScale: number, gapScale: number, disagree: number, twinCap: number, namesShare: number, namesCap: number,
    max: number
  }
  script: { scale: number, max: number }
  japanese: { scale: number, oneKana: number, max: number }
  chinese: { scale: number, noVariant: number, max: number }
  letters: { confidence: number }
  mixed: { share: number, cap: number }
}

const scriptsFile = loadData<{ scripts: ScriptInfo[] }>('language-scripts.json')
const codesFile = loadData<{ languages: LanguageInfo[] }>('language-codes.json')
const lettersFile = loadData<{ rules: LetterRule[] }>('language-letters.json')
const hanFile = loadData<{ simplifiedOnly: string, traditionalOnly: string }>('language-han-variants.json')
export const CALIBRATION = loadData<{ calibration: Calibration }>('language-calibration.json').calibration

export const SCRIPTS: ScriptInfo[] = scriptsFile.scripts
export const LANGUAGES: LanguageInfo[] = codesFile.languages
export const LANGUAGE_BY_TAG = new Map(LANGUAGES.map(l => [l.tag, l]))

/** Script index + 1 per BMP code point (0 = no script we track: punctuation, digits, spaces, marks of any script). */
export const BMP_SCRIPT = new Uint8Array(0x10000)
export const HAN_INDEX = SCRIPTS.findIndex(s => s.code === 'Hani') + 1
export const HIRA_INDEX = SCRIPTS.findIndex(s => s.code === 'Hira') + 1
export const KATA_INDEX = SCRIPTS.findIndex(s => s.code === 'Kana') + 1

{
  // One pass per script over a string of every BMP code point: cheaper than testing each code point per regex.
  let all = ''
  for (let cp = 0; cp < 0x10000; cp++) all += (cp >= 0xd800 && cp <= 0xdfff) ? ' ' : String.fromCharCode(cp)
  SCRIPTS.forEach((script, i) => {
    const re = new RegExp(script.unicode.map(u => `\\p{Script=${u}}`).join('|'), 'gu')
    for (const m of all.matchAll(re)) {
      const cp = m[0].codePointAt(0) ?? 0
      // Letters and combining marks of the script count; its own digits and punctuation stay neutral.
      if (/[\p{L}\p{M}]/u.test(m[0])) BMP_SCRIPT[cp] = i + 1
    }
  })
  // Prolonged sound mark and iteration marks are Script=Common but only ever written in Japanese/Chinese runs.
  for (const c of 'ー々〆') BMP_SCRIPT[unitAt(c, 0)] = c === 'ー' ? KATA_INDEX : HAN_INDEX
}

/** Script index + 1 of a code point (astral planes: Han extensions and kana supplements only). */
export function scriptOf (cp: number): number {
  if (cp < 0x10000) return BMP_SCRIPT[cp]
  if (cp >= 0x20000 && cp <= 0x3ffff) return HAN_INDEX
  if (cp >= 0x1b000 && cp <= 0x1b16f) return HIRA_INDEX
  return 0
}

/** Languages written in each script group, in table order. */
export const LANGUAGES_BY_GROUP = new Map<string, LanguageInfo[]>()
for (const l of LANGUAGES) {
  const list = LANGUAGES_BY_GROUP.get(l.group) ?? []
  list.push(l)
  LANGUAGES_BY_GROUP.set(l.group, list)
}

/** Letter -> the one language (among those we answer) that writes it, for text too short for n-grams. */
export const DISTINCTIVE_LETTER = new Map<string, string>()
for (const rule of lettersFile.rules) for (const c of rule.letters) DISTINCTIVE_LETTER.set(c, rule.tag)

/** Per BMP code point: 1 = only Simplified Chinese writes it, 2 = only Traditional, 0 = shared or not Han. */
export const HAN_VARIANT = new Uint8Array(0x10000)
for (const c of hanFile.simplifiedOnly) { const cp = c.codePointAt(0) ?? 0; if (cp < 0x10000) HAN_VARIANT[cp] = 1 }
for (const c of hanFile.traditionalOnly) { const cp = c.codePointAt(0) ?? 0; if (cp < 0x10000) HAN_VARIANT[cp] = 2 }

/**
 * Letters of the languages eld has no model for that have letters of their own (Kazakh `қ`, Macedonian `ќ`): per
 * BMP code unit, the language's bit (0 for any other unit), so the n-gram text's reader notes which of them it saw
 * as it reads each word, and ngram.ts asks the bits instead of reading the text again. Every such letter is one BMP
 * code unit (checked here), so a unit table holds them all.
 */
export const LACKED_LETTER_BIT = new Uint32Array(0x10000)
/** Each such language's bit. */
export const LACKED_BIT_OF = new Map<string, number>()
/** Bits a mask can hold. */
const MASK_BITS = 32
for (const [ch, tag] of DISTINCTIVE_LETTER) {
  if (LANGUAGE_BY_TAG.get(tag)?.eld !== null) continue
  if (ch.length !== 1) throw new Error(`language-letters.json: ${ch} (${tag}) is not one BMP code unit`)
  if (!LACKED_BIT_OF.has(tag)) {
    if (LACKED_BIT_OF.size === MASK_BITS) throw new Error('language-letters.json: too many languages eld lacks')
    LACKED_BIT_OF.set(tag, 2 ** LACKED_BIT_OF.size)
  }
  LACKED_LETTER_BIT[unitAt(ch, 0)] = LACKED_BIT_OF.get(tag) ?? 0
}
