import { HAN } from '../../text/index.js'
import type { Rule } from '../rule.js'

/**
 * Chinese text takes full-width punctuation (GB/T 15834-2011). A half-width `,` `:` `;` `!` `?` `(` `)` next to
 * Han characters is the mark of a converter or a careless editor (seed 002 uses them throughout). A comma between
 * digits (`1,000`), a colon in a time (`16:24`) and a period in a number or a URL are not touched: the character on
 * the relevant side must be Han.
 */
const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' }
/** The marks of `FULL`: the pass jumps from one to the next. */
const HALF = /[,:;!?()]/g
const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch)
/** The nearest character that is not a space, looking left or right. */
function near (text: string, i: number, step: -1 | 1): string | undefined {
  for (let j = i + step, k = 0; j >= 0 && j < text.length && k < 3; j += step, k++) if (!/\s/.test(text[j])) return text[j]
  return undefined
}

const rule: Rule = {
  id: 'zh-halfwidth-punctuation',
  category: 'punctuation',
  severity: 'info',
  description: 'Half-width punctuation (`,` `:` `(`) between Chinese characters, where Chinese takes `，` `：` `（`.',
  lang: 'zh',
  example: { text: '《蓝皮书》指出,近年来,中国不断加强数字政府建设。' },
  check (segment) {
    const text = segment.text
    const out = []
    HALF.lastIndex = 0
    for (let m = HALF.exec(text); m !== null; m = HALF.exec(text)) {
      const i = m.index
      const full = FULL[text[i]]
      const before = near(text, i, -1)
      const after = near(text, i, 1)
      const ch = text[i]
      const chinese = ch === '(' ? isHan(after) || (isHan(before) && after !== undefined && /[\p{Script=Han}\d《“]/u.test(after))
        : ch === ')' ? isHan(before) || (/[\d》”]/.test(before ?? '') && isHan(after))
          : isHan(before) && (after === undefined || isHan(after) || /[“《（\d]/.test(after) || ch === '!' || ch === '?' || ch === ':')
      if (!chinese) continue
      const message = `Half-width “${ch}” in Chinese text; use “${full}”.`
      out.push({ start: i, end: i + 1, message, suggestion: full })
    }
    return out
  }
}
export default rule
