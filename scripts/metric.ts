/**
 * The body metric of the HTML eval (scripts/eval-html.ts): the benchmark's word-level F1, made Unicode-aware.
 * Tokens are lowercase runs of letters, marks, digits or `_`, except that every Han, kana or Hangul character is a
 * token of its own (those scripts do not separate words with spaces: per-character scoring, as Chinese benchmarks
 * do). Tokens are counted as a multiset.
 */

const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{M}\p{N}_]+/gu
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u
const CJK_OR_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu

export function tokens (text: string): string[] {
  const out: string[] = []
  for (const m of text.toLowerCase().matchAll(TOKEN)) {
    const t = m[0]
    // a run like "abc" is one token; a Han char is one token; a mixed run ("GDP增长") is split at script changes:
    // each CJK character a token, each non-CJK stretch one token ("gdp", "增", "长")
    if (t.length > 1 && [...t].some(c => CJK.test(c))) out.push(...(t.match(CJK_OR_RUN) ?? []))
    else out.push(t)
  }
  return out
}

export function prf (got: string, want: string): { p: number, r: number, f: number } {
  const g = tokens(got)
  const w = tokens(want)
  if (g.length === 0 && w.length === 0) return { p: 1, r: 1, f: 1 }
  if (g.length === 0 || w.length === 0) return { p: 0, r: 0, f: 0 }
  const counts = new Map<string, number>()
  for (const t of w) counts.set(t, (counts.get(t) ?? 0) + 1)
  let common = 0
  for (const t of g) {
    const c = counts.get(t) ?? 0
    if (c > 0) {
      common++
      counts.set(t, c - 1)
    }
  }
  const p = common / g.length
  const r = common / w.length
  return { p, r, f: p + r === 0 ? 0 : 2 * p * r / (p + r) }
}
