/**
 * The time zone of a page's times written without one: +08:00 on Chinese sources (China, Hong Kong, Macao,
 * Taiwan and Singapore are all UTC+8), judged by the host, Han text, or English text about China.
 */
import type { Draft } from '../draft.js'
import { HAN } from '../text/index.js'

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
  const hinted = Object.values(draft.hints).filter(v => typeof v === 'string')
  const text = [...hinted, ...draft.blocks.map(b => b.text)].join('\n')
  if (HAN.test(text)) return '+08:00'
  return (text.match(CHINA_WORDS)?.length ?? 0) >= CHINA_WORDS_MIN ? '+08:00' : null
}
