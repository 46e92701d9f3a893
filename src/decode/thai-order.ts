/**
 * Whether a single-byte reading of a page writes Thai as Thai is written. Thai spells a syllable in a fixed order:
 * a leading vowel (`เ แ โ ใ ไ`) comes before a consonant, and the vowels written above or below a consonant and the
 * tone marks come right after one (a tone mark may follow such a vowel). Thai text breaks these orders almost never;
 * Chinese text in GBK, Shift_JIS or EUC-KR read as Thai breaks them often, since there any byte may follow any other,
 * and Chinese in Big5 (whose trail bytes are often ASCII) reads as consonants with few vowels among them. The
 * plausibility scorer cannot see this (it scores each character alone) and chardet ranks the CJK charsets above
 * windows-874 for Thai pages, so `detect` asks this of a Thai reading that scores at least as well as the charsets
 * tried first. (Korean in EUC-KR and text in EUC-JP can keep the orders, a lead byte read as a consonant and a trail
 * byte as a vowel after it; their own readings score above the Thai one, and the scores decide:
 * test/decode-thai-order.test.ts.) The order checks are those of Thai input sequence checking (WTT 2.0, the Thai API
 * Consortium's standard that keyboards and editors apply); the classes are Unicode's Thai block.
 */
import { ASCII_END, perCharset } from './bytes.js'
import { sbcsTable } from './plausibility.js'

/** How a Thai character may stand: its class in the orders above. */
const enum Order {
  Other = 0,
  /** ก-ฮ (U+0E01-U+0E2E). */
  Consonant,
  /** ั ิ ี ึ ื ุ ู ฺ (U+0E31, U+0E34-U+0E3A): above or below a consonant, right after it. */
  AboveBelow,
  /** ็ ่ ้ ๊ ๋ ์ ํ ๎ (U+0E47-U+0E4E): after a consonant or an above/below vowel. */
  Mark,
  /** เ แ โ ใ ไ (U+0E40-U+0E44): before a consonant. */
  Leading,
  /** ะ า ำ ๅ (U+0E30, U+0E32, U+0E33, U+0E45): after a consonant, a vowel or a mark, never opening a syllable. */
  Following
}

function orderOf (c: number): Order {
  if (c >= 0x0e01 && c <= 0x0e2e) return Order.Consonant
  if (c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a)) return Order.AboveBelow
  if (c >= 0x0e47 && c <= 0x0e4e) return Order.Mark
  if (c >= 0x0e40 && c <= 0x0e44) return Order.Leading
  if (c === 0x0e30 || c === 0x0e32 || c === 0x0e33 || c === 0x0e45) return Order.Following
  return Order.Other
}

/**
 * Most of the charset's bytes above ASCII read as Thai (windows-874, TIS-620, ISO-8859-11): the charsets this check
 * is for. Found from the charset's table, not from a list of names.
 */
const THAI_SHARE = 0.5
const readsThai = perCharset((charset: string): boolean | null => {
  const table = sbcsTable(charset)
  if (table === undefined) return null
  let thai = 0
  for (let b = ASCII_END; b < table.length; b++) if (table[b] >= 0x0e00 && table[b] <= 0x0e7f) thai++
  return thai >= THAI_SHARE * (table.length - ASCII_END)
})

/** Fewest Thai letters a page must have for its order to be judged: a few words say nothing either way. */
const MIN_THAI_LETTERS = 40
/**
 * Most breaks of the orders allowed per Thai letter. Thai prose has about none (typing slips, a mark standing alone
 * in a label; none in the Thai sentences of test/fixtures/language); the Chinese sentences there read as Thai break
 * them at 8% of the letters in GB18030, 27% in EUC-KR, 32% in Shift_JIS (1% in Big5: see `MIN_VOWEL_SHARE`).
 */
const MAX_BREAKS = 0.02

/**
 * Fewest vowels and marks per Thai letter. Thai writes most syllables with one: they are 39% of the letters of the
 * Thai sentences of test/fixtures/language (26% in the sparsest), 10% of the Chinese sentences there read as Thai from
 * Big5. Bytes that read as consonants only (the full-width punctuation of EUC-KR, a soft hyphen of windows-1251, each
 * `ญ` in windows-874) break no order and are no Thai.
 */
const MIN_VOWEL_SHARE = 0.15

/**
 * Fewest different Thai letters: forty letters of Thai prose use 26 or more (the Thai sentences of
 * test/fixtures/language); a page whose only bytes above ASCII are a few punctuation marks of a CJK charset, repeated,
 * reads as a few Thai syllables repeated (`กำ`, `กย`: seven letters on a Big5 dev page).
 */
const MIN_DISTINCT_LETTERS = 20
/** The Thai block, U+0E00-U+0E7F. */
const THAI_FIRST = 0x0e00
const THAI_SIZE = 0x80

/** How many of the orders a character of class `order` breaks after one of class `before` (0, 1 or 2). */
function breaksAfter (before: Order, order: Order): number {
  let n = before === Order.Leading && order !== Order.Consonant ? 1 : 0
  if (order === Order.AboveBelow) n += before === Order.Consonant ? 0 : 1
  else if (order === Order.Mark) n += before === Order.Consonant || before === Order.AboveBelow ? 0 : 1
  else if (order === Order.Following) n += before === Order.Other || before === Order.Leading ? 1 : 0
  return n
}

/**
 * Whether `charset` is a single-byte Thai charset whose reading of the page (`runs`: its runs of bytes above ASCII,
 * start and end) has enough Thai letters, varied and with vowels among them, and keeps Thai's orders.
 */
export function keepsThaiOrder (bytes: Uint8Array, runs: readonly number[], charset: string): boolean {
  if (readsThai(charset) !== true) return false
  const table = sbcsTable(charset)!
  let letters = 0
  let vowels = 0
  let breaks = 0
  const seen = new Uint8Array(THAI_SIZE)
  let distinct = 0
  for (let r = 0; r < runs.length; r += 2) {
    // ASCII before the run: no Thai character stands before its first
    let before = Order.Other
    for (let i = runs[r]; i < runs[r + 1]; i++) {
      const c = table[bytes[i]]
      const order = orderOf(c)
      if (order !== Order.Other) {
        letters++
        if (order !== Order.Consonant) vowels++
        if (seen[c - THAI_FIRST] === 0) {
          seen[c - THAI_FIRST] = 1
          distinct++
        }
      }
      breaks += breaksAfter(before, order)
      before = order
    }
    // a leading vowel at the end of a run has no consonant after it
    if (before === Order.Leading) breaks++
  }
  return letters >= MIN_THAI_LETTERS && distinct >= MIN_DISTINCT_LETTERS && vowels >= MIN_VOWEL_SHARE * letters &&
    breaks <= MAX_BREAKS * letters
}
