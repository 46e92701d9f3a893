/**
 * Numbers for the bilingual check: the values written in a Chinese source (Arabic digits with 千/万/亿 and %,
 * 百分之…, and Chinese numerals such as 三十五, 两千, 第十六) and in an English translation (1,000, 2.4 billion,
 * 80.4%, 80.4 percent, number words, ordinals, month names). Values are compared, not spellings: 1.5万 = 15,000,
 * 3.5亿 = 350 million, 11月 = November.
 */
import { MONTH_NUMBER } from '../text/index.js'

export interface NumberMention {
  value: number
  start: number
  end: number
  /** Written with digits (only those are reported as "not in the source"; words only help to match). */
  digits: boolean
  /**
   * An order of magnitude, not a figure: `数万` / `tens of thousands`, `几十`, `hundreds of`, `millions of`. A vague
   * source number is never reported missing; a vague translation number stands for any source value of its size.
   */
  vague?: boolean
  /** Other values the same mention may be written as (`15时`: 15 or 3, on the 12-hour clock). */
  alternatives?: number[]
}

/** The values a source mention may appear as in a translation. */
export const valuesOf = (n: NumberMention): number[] => [n.value, ...(n.alternatives ?? [])]

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 }

/** Parses a Chinese numeral (三十五, 两千零五, 一百二十万); undefined when it is not a well-formed number. */
export function parseChineseNumeral (s: string): number | undefined {
  let total = 0
  let section = 0
  let digit: number | undefined
  let lastUnit = Infinity
  for (const ch of s) {
    if (DIGIT[ch] !== undefined) {
      if (digit !== undefined && DIGIT[ch] !== 0 && digit !== 0) return undefined
      digit = DIGIT[ch]
    } else if (UNIT[ch] !== undefined) {
      if (UNIT[ch] >= lastUnit) return undefined
      section += (digit ?? 1) * UNIT[ch]
      lastUnit = UNIT[ch]
      digit = undefined
    } else if (BIG[ch] !== undefined) {
      section += digit ?? 0
      if (section === 0) return undefined
      total = (total + section) * BIG[ch]
      section = 0
      digit = undefined
      lastUnit = Infinity
    } else {
      return undefined
    }
  }
  return total + section + (digit ?? 0)
}

const ZH_ARABIC = /(\d+(?:,\d{3})*(?:\.\d+)?)[ \t]*(万亿|亿|万|千)?[ \t]*([%％])?/gu
const ZH_NUMERAL = /(百分之)?([零〇一二两三四五六七八九十百千万亿]{2,}|(?<=第|百分之)[一二三四五六七八九十])/gu

/** One vague mention per part of a numeral that reads as no single number (`三四` = three or four). */
function appendParts (out: NumberMention[], parts: number[], at: Omit<NumberMention, 'value'>): void {
  for (const value of parts) out.push({ value, ...at })
}

/**
 * `八十点四` (80.4), `三点五亿` (350 million): a Chinese numeral with a decimal part and an optional big unit. Not a
 * clock time (`八点二十分`, `十二点三十`: 点 then minutes) nor `一点一点` (bit by bit).
 */
const ZH_DECIMAL = /(?<!点)([零〇一二两三四五六七八九十百千]+)点([零〇一二三四五六七八九]+)(?![十百千点分钟])(万亿|亿|万)?/gu
/** `二〇二一年`, `一九九八年`: a year written digit by digit (no 十 or 百), read as the digits say. */
const ZH_YEAR = /([零〇一二三四五六七八九]{4})(?=年)/gu
const DIGIT_CHARS = (s: string): string => [...s].map(ch => String(DIGIT[ch])).join('')

/** The numerals written as figures in Chinese characters: decimals and digit-by-digit years. */
function spelledFigures (source: string): NumberMention[] {
  const out: NumberMention[] = []
  for (const m of source.matchAll(ZH_DECIMAL)) {
    const whole = parseChineseNumeral(m[1])
    if (whole === undefined) continue
    const scale = m[3] === '万亿' ? 1e12 : m[3] === '亿' ? 1e8 : m[3] === '万' ? 1e4 : 1
    const value = Number(`${whole}.${DIGIT_CHARS(m[2])}`) * scale
    out.push({ value, start: m.index, end: m.index + m[0].length, digits: false })
  }
  for (const m of source.matchAll(ZH_YEAR)) {
    out.push({ value: Number(DIGIT_CHARS(m[1])), start: m.index, end: m.index + m[0].length, digits: false })
  }
  return out
}

export function sourceNumbers (source: string): NumberMention[] {
  const out: NumberMention[] = spelledFigures(source)
  const taken = out.map(n => [n.start, n.end])
  const free = (start: number, end: number): boolean => taken.every(([a, b]) => end <= a || start >= b)
  for (const m of source.matchAll(ZH_ARABIC)) {
    const base = Number(m[1].replace(/,/g, ''))
    if (!Number.isFinite(base)) continue
    const scale = m[2] === '万亿' ? 1e12 : m[2] === '亿' ? 1e8 : m[2] === '万' ? 1e4 : m[2] === '千' ? 1e3 : 1
    out.push({ value: base * scale, start: m.index, end: m.index + m[0].length, digits: true })
  }
  for (const m of source.matchAll(ZH_NUMERAL)) {
    if (!free(m.index, m.index + m[0].length)) continue
    if (m[1] === undefined && !/[十百千万亿]/.test(m[2]) && !source.slice(Math.max(0, m.index - 1), m.index).includes('第')) continue
    const value = parseChineseNumeral(m[2])
    if (value === undefined) {
      const at = { start: m.index, end: m.index + m[0].length, digits: false, vague: true }
      appendParts(out, splitNumeral(m[2]), at)
      continue
    }
    out.push({ value, start: m.index, end: m.index + m[0].length, digits: false })
  }
  // A lone numeral (`三维` = 3-D, `两个` = two): too often part of a word to be required, but it may stand behind a
  // digit of the translation.
  for (const m of source.matchAll(ZH_SINGLE)) {
    if (!free(m.index, m.index + 1)) continue
    out.push({ value: DIGIT[m[0]] ?? UNIT[m[0]], start: m.index, end: m.index + 1, digits: false, vague: true })
  }
  for (const n of out) readContext(n, source)
  return out.sort((a, b) => a.start - b.start)
}

/** What the characters around a mention say of it: a size (`数万`, `十多年`), an afternoon hour (`15时`). */
function readContext (n: NumberMention, source: string): void {
  const end = n.end
  const before = source.slice(Math.max(0, n.start - 1), n.start)
  if (ZH_VAGUE_BEFORE.test(before) || ZH_VAGUE_AFTER.test(source.slice(end, end + 1))) n.vague = true
  // `15时` is 3 p.m.: an afternoon hour may be written on the 12-hour clock.
  const afternoonHour = HOUR.test(source.slice(end, end + 1)) && n.value > NOON && n.value <= 2 * NOON
  if (afternoonHour) n.alternatives = [n.value - NOON]
}

const NOON = 12
const HOUR = /[时時]/u

/**
 * `十四五` (the 14th Five-Year Plan), `九一八`: numerals run together that are no single number; each well-formed
 * part may stand behind a number of the translation (`14th`), as a vague value.
 */
function splitNumeral (s: string): number[] {
  for (let k = 1; k < s.length; k++) {
    const a = parseChineseNumeral(s.slice(0, k))
    const b = parseChineseNumeral(s.slice(k))
    if (a !== undefined && b !== undefined) return [a, b]
  }
  return []
}

/** Relative years (`今年` this year, `去年` last year): the translation may write the year out. */
export const RELATIVE_YEAR = /[今去明前同当本]年/u
/** A year a translation may add to a date when the source says `今年` (this year). */
export const isYear = (v: number): boolean => Number.isInteger(v) && v >= 1900 && v <= 2100

const ZH_SINGLE = /(?<![零〇一二两三四五六七八九十百千万亿第])[一二两三四五六七八九十](?![零〇一二两三四五六七八九十百千万亿])/gu

/** `数万`, `几十`, `上百`: a size, not a figure; `十多年`, `百余人`: "more than ten", said as "over a decade". */
const ZH_VAGUE_BEFORE = /[数几上成]/u
const ZH_VAGUE_AFTER = /[多余来]/u

const WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20,
  dozen: 12, decade: 10, decades: 10, twice: 2, thrice: 3, tenfold: 10, century: 100, hundred: 100, thousand: 1e3,
  million: 1e6, billion: 1e9,
  // Month names and abbreviations read as their number (`November` = 11月).
  ...MONTH_NUMBER
}
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }

/**
 * Where a figure may start: not inside a word or a number. After a hyphen only when `dashBefore` says the hyphen
 * stands for a dash.
 */
const FIGURE_START = String.raw`(?<![\p{L}\p{N}.])`
/**
 * A hyphen used as a dash after a lower-case word (`closer-40000 years ago`, `robots-8 feet`: MT writes a dash as a
 * hyphen), not one inside a name (`COVID-19`, `G-20`) or a minus sign.
 */
const DASH_AFTER_WORD = /(?:^|[^\p{L}\p{N}])\p{Ll}{2,}-$/u
/** Characters before a figure looked at for a dash: a word and its hyphen. */
const DASH_LOOKBACK = 40
function hyphenOk (text: string, at: number): boolean {
  return text[at - 1] !== '-' || DASH_AFTER_WORD.test(text.slice(Math.max(0, at - DASH_LOOKBACK), at))
}
const FIGURE = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?`
/**
 * What may follow a figure: per cent, an ordinal ending, a short scale (`$5bn`), a unit or factor glued to it
 * (`6km`, `10x`, the `s` of `1990s`), then a scale word (`2.4 billion`).
 */
const GLUED_UNIT = String.raw`(?:km|cm|mm|kg|mg|ml|ft|mph|kph|khz|mhz|ghz|hz|kwh|kw|mw|gw|x|s)\b`
const FIGURE_TAIL = String.raw`(?:[ \t]*(%|percent\b|per cent\b)|(?:st|nd|rd|th)\b|(bn|tn)\b|${GLUED_UNIT})?` +
  String.raw`(?:[ \t]+(hundred|thousand|million|billion|trillion)\b)?(?![\p{L}\p{N}])`
const EN_DIGITS = new RegExp(FIGURE_START + FIGURE + FIGURE_TAIL, 'giu')
const SHORT_SCALE: Record<string, number> = { bn: 1e9, tn: 1e12 }
// The scale words after a number word are read by a lookahead, so that `per million` still yields `million`.
const EN_WORDS = /\b(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?([a-z]+)\b(?=((?:[ \t]+(?:hundred|thousand|million|billion|trillion)\b){0,2}))/giu

/**
 * `a million`, `half a million`, `a quarter of a million`, `two and a half years`, `hundreds of`, `tens of thousands`.
 */
const EN_SIZE = /\b(?:(a|one|half a|a quarter of a)[ \t]+(hundred|thousand|million|billion|trillion)(?:[ \t]+(thousand|million|billion))?|(hundreds|thousands|millions|billions|dozens|tens)[ \t]+of(?:[ \t]+(thousands|millions|billions))?)\b/giu
const EN_HALF = /\b([a-z]+|\d+)[ \t]+and[ \t]+a[ \t]+half(?:[ \t]+(thousand|million|billion))?\b/giu
/** `2021-11-26`, `26/11/2021`: dates written with digits give their year, month and day. */
const EN_DATE = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b|\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/gu
const PART: Record<string, number> = { a: 1, one: 1, 'half a': 0.5, 'a quarter of a': 0.25 }

function sizes (text: string, out: NumberMention[]): void {
  for (const m of text.matchAll(EN_SIZE)) {
    const at = { start: m.index, end: m.index + m[0].length, digits: false }
    if (m[1] !== undefined) {
      const second = m[3] !== undefined ? SCALE[m[3].toLowerCase()] : 1
      out.push({ value: PART[m[1].toLowerCase()] * SCALE[m[2].toLowerCase()] * second, ...at })
    } else {
      const size = m[4].toLowerCase()
      const unit = size === 'dozens' ? 12 : size === 'tens' ? 10 : SCALE[size.slice(0, -1)]
      const of = m[5] !== undefined ? SCALE[m[5].toLowerCase().slice(0, -1)] : 1
      out.push({ value: unit * of, vague: true, ...at })
    }
  }
  for (const m of text.matchAll(EN_HALF)) {
    const base = /^\d+$/.test(m[1]) ? Number(m[1]) : WORDS[m[1].toLowerCase()]
    if (base === undefined) continue
    const scale = m[2] !== undefined ? SCALE[m[2].toLowerCase()] : 1
    out.push({ value: (base + 0.5) * scale, start: m.index, end: m.index + m[0].length, digits: false })
  }
  for (const m of text.matchAll(EN_DATE)) {
    const parts = m[1] !== undefined ? [m[1], m[2], m[3]] : [m[6], m[5], m[4]]
    for (const p of parts) out.push({ value: Number(p), start: m.index, end: m.index + m[0].length, digits: false })
  }
}

/** Does a translation mention stand for this source value? A vague one stands for any value of its size. */
export function covers (mention: NumberMention, value: number): boolean {
  if (mention.vague === true) return value >= mention.value && value < mention.value * VAGUE_SPAN
  return sameValue(mention.value, value)
}
/** `hundreds of` covers 100 to 99,999 (数百, 几千): three orders of magnitude, the span of a Chinese size word. */
const VAGUE_SPAN = 1000

export function translationNumbers (text: string): NumberMention[] {
  const out: NumberMention[] = []
  sizes(text, out)
  for (const m of text.matchAll(EN_DIGITS)) {
    if (!hyphenOk(text, m.index)) continue
    const base = Number(m[1].replace(/,/g, '') + (m[2] ?? ''))
    const short = m[4] !== undefined ? SHORT_SCALE[m[4].toLowerCase()] : 1
    const scale = short * (m[5] !== undefined ? SCALE[m[5].toLowerCase()] : 1)
    out.push({ value: base * scale, start: m.index, end: m.index + m[0].length, digits: true })
  }
  for (const m of text.matchAll(EN_WORDS)) {
    const word = m[2].toLowerCase()
    if (WORDS[word] === undefined) continue
    // `2.4 billion`, `two hundred`: the scale word belongs to the number before it, already read.
    const before = /(\d|[a-z]+)[ \t]+$/i.exec(text.slice(Math.max(0, m.index - 12), m.index))
    if (SCALE[word] !== undefined && before !== null && (/\d/.test(before[1]) || WORDS[before[1].toLowerCase()] !== undefined || /^(?:a|half)$/i.test(before[1]))) continue
    let value = WORDS[word] + (m[1] !== undefined ? WORDS[m[1].toLowerCase()] : 0)
    for (const scale of m[3].trim().split(/[ \t]+/).filter(w => w !== '')) value *= SCALE[scale.toLowerCase()]
    out.push({ value, start: m.index, end: m.index + m[0].length + m[3].length, digits: false })
  }
  return out
}

/** Same value, allowing for floating-point noise (1.5 x 1e4 vs 15000). */
export function sameValue (a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
}
