/**
 * The time zone of a page's times written without one: +08:00 on Chinese sources (China, Hong Kong, Macao,
 * Taiwan and Singapore are all UTC+8), judged by the host, Han text, or English text about China.
 */
import type { Draft } from '../draft.js'
import { holdsHan } from '../text/index.js'

const CHINA_WORDS = /\b(?:China|Chinese|Beijing|Shanghai|Guangzhou|Shenzhen|Xinhua|CPC|Hong Kong|Macao|Taiwan|Province|Provincial|Xi Jinping|State Council)\b/g
const CHINA_HOSTS = /\.(?:cn|hk|mo|tw|sg)$|(?:^|\.)(?:xinhuanet|chinanews|chinadaily|cgtn|people|cctv|sina|sohu|163|qq|ifeng|thepaper)\.com$/i
/** English text naming China this often is a Chinese source writing in English. */
const CHINA_WORDS_MIN = 2

/** +08:00 when the page is a Chinese (or Hong Kong, Macao, Taiwan, Singapore: all UTC+8) source. */
export function defaultOffsetFor (draft: Draft): string | null {
  if (draft.url !== undefined) {
    try {
      if (CHINA_HOSTS.test(new URL(draft.url).hostname)) return '+08:00'
    } catch { /* not a URL: judge by the text */ }
  }
  // the hints' and the blocks' texts one by one, not joined: no term spans the newline that joined them (and `\b`
  // sees a newline as it sees a text's edge), and the count stops at its second match instead of reading to the end
  const hints: string[] = []
  for (const v of Object.values(draft.hints)) if (typeof v === 'string') hints.push(v)
  if (hints.some(holdsHan) || draft.blocks.some(b => holdsHan(b.text))) return '+08:00'
  const named = { count: 0 }
  if (hints.some(t => namesChinaTwice(t, named)) || draft.blocks.some(b => namesChinaTwice(b.text, named))) {
    return '+08:00'
  }
  return null
}

/** Counts the China words of `text` into `named`; true once the count reaches CHINA_WORDS_MIN. */
function namesChinaTwice (text: string, named: { count: number }): boolean {
  CHINA_WORDS.lastIndex = 0
  while (CHINA_WORDS.exec(text) !== null) if (++named.count >= CHINA_WORDS_MIN) return true
  return false
}
