/**
 * Toneless pinyin, as Chinese names and words are written in Latin letters (`Zhang Xiaoming`, `Ouyang`, `Huaer`):
 * a word is pinyin when it splits into syllables, each an optional initial and a final.
 */

/** A pinyin syllable without tone: an optional initial and a final (`zh`+`ang`, `x`+`iong`, `er`). */
const SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|' +
  'ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ve|ue|er|a|o|e|i|u|v)'
/** Longest word tested against the syllable pattern: four syllables of six letters (the pattern backtracks). */
const MAX_PINYIN_WORD = 24
const PINYIN_WORD = new RegExp(`^(?:${SYLLABLE})+$`, 'u')

/** Whether a lower-case word is a run of toneless pinyin syllables (`zhang`, `xiaoming`, `ouyang`). */
export function isPinyinWord (lower: string): boolean {
  return lower.length <= MAX_PINYIN_WORD && PINYIN_WORD.test(lower)
}
