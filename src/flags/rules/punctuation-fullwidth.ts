import { CJK_TEXT_RUN, HAN, mayHoldCjkRun, unitAt } from '../../text/index.js'
import type { Rule } from '../rule.js'

/**
 * Full-width punctuation (and full-width Latin letters and digits) inside English text: `，` `。` `：` `（`.
 * A run that also holds Han characters is untranslated Chinese (rule `untranslated-cjk`) and is left to that rule.
 */
const PUNCT: Record<string, string> = {
  '，': ',', '。': '.', '：': ':', '；': ';', '！': '!', '？': '?', '（': '(', '）': ')', '、': ',',
  '【': '[', '】': ']', '《': '“', '》': '”', '「': '“', '」': '”', '『': '‘', '』': '’', '〔': '[', '〕': ']', '～': '~'
}

const rule: Rule = {
  id: 'punctuation-fullwidth',
  category: 'punctuation',
  severity: 'warning',
  description: 'Full-width (Chinese) punctuation or characters inside English text (`，` `。` `：` `（`).',
  lang: 'en',
  example: { text: 'The forum was held in Fuzhou，and experts attended。' },
  check (segment) {
    if (!mayHoldCjkRun(segment.text)) return []
    const out = []
    for (const m of segment.text.matchAll(CJK_TEXT_RUN)) {
      if (HAN.test(m[0])) continue
      for (let k = 0; k < m[0].length; k++) {
        const ch = m[0][k]
        const code = unitAt(ch, 0)
        const plain = PUNCT[ch] ?? (code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : undefined)
        if (plain === undefined) continue
        const at = m.index + k
        out.push({ start: at, end: at + 1, message: `Full-width “${ch}” in English text.`, suggestion: plain })
      }
    }
    return out
  }
}
export default rule
