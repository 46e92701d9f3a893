/**
 * Where in the translation a spot of the source "should" be, for bilingual flags that have no span of their own
 * (a number or a glossary term missing from the translation). The principle, documented in docs/rules.md: a
 * translation keeps the order of its source's sentences, so the spot in source sentence k of K maps to translation
 * sentence floor((k + 0.5) / K * M) of the M sentences of all English segments end to end; the flag marks that
 * sentence. With as many sentences on both sides, that is the corresponding sentence.
 */
import type { Segment } from './rule.js'
import { sentences } from './text.js'
import { HAN } from '../text/index.js'
import { sourceNumbers, translationNumbers } from './numbers.js'

export interface AlignedSpan { segment: number, start: number, end: number }

export function alignedSentence (segments: Segment[], sourceOffset: number, source: string): AlignedSpan | undefined {
  const target: AlignedSpan[] = []
  segments.forEach((s, i) => {
    if (s.lang === 'zh') return
    for (const x of sentences(s.text)) target.push({ segment: i, start: x.start, end: x.end })
  })
  if (target.length === 0) return undefined
  const src = sentences(source)
  let k = src.findIndex(x => sourceOffset < x.end)
  if (k === -1) k = Math.max(0, src.length - 1)
  const at = Math.min(target.length - 1, Math.floor(((k + 0.5) / Math.max(1, src.length)) * target.length))
  return target[at]
}

/**
 * Sentence alignment of a whole-document source with the translation's English segments, in the manner of Gale &
 * Church (1993) with lexical anchors: a dynamic programme over source sentences × translation sentences whose beads
 * are 1–1, 1–2, 2–1, 1–0 and 0–1. A bead costs the squared log-ratio of its lengths (translation words against
 * source characters, at the document's own ratio) over LENGTH_SD, plus the bead type's prior (Gale & Church's
 * frequencies), less ANCHOR_BONUS for each anchor the two sides share (a number by value, a Latin word such as
 * `LISA` or `5G`). The search stays within BAND sentences of the diagonal, so it is linear in the document.
 * The answer is the source text aligned to each segment (what `blocks[].source` gives when the caller aligned).
 */
const LENGTH_SD = 0.5
const ANCHOR_BONUS = 1.5
/** -ln of Gale & Church's bead frequencies: 1–1 0.89, 1–2 and 2–1 0.089, 1–0 and 0–1 0.0099 (rounded). */
const PRIOR: Record<string, number> = { '1,1': 0.1, '1,2': 2.4, '2,1': 2.4, '1,0': 4.6, '0,1': 4.6 }
const MOVES: Array<[number, number]> = [[1, 1], [1, 2], [2, 1], [1, 0], [0, 1]]
/** How far (in sentences) the alignment may stray from the diagonal. */
const BAND = 12

interface Unit { start: number, end: number, length: number, anchors: Set<string> }
interface TargetUnit extends Unit { segment: number }

const HAN_CHAR = new RegExp(HAN.source, 'gu')
const LATIN_WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu

function anchorsOf (text: string, values: number[]): Set<string> {
  const out = new Set(values.map(v => `#${v}`))
  for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9]+|(?<![0-9])[0-9]+[A-Za-z]+/g)) out.add(m[0].toLowerCase())
  return out
}

/** A source's sentences as spans of it: each line on its own (a headline has no full stop), then its sentences. */
export function sourceSentences (source: string): Array<{ start: number, end: number }> {
  const out: Array<{ start: number, end: number }> = []
  let offset = 0
  for (const line of source.split('\n')) {
    for (const s of sentences(line)) out.push({ start: offset + s.start, end: offset + s.end })
    offset += line.length + 1
  }
  return out
}

/** Source sentences with their lengths and anchors. */
function sourceUnits (source: string): Unit[] {
  return sourceSentences(source).map(({ start, end }) => {
    const text = source.slice(start, end)
    const length = (text.match(HAN_CHAR) ?? []).length + (text.replace(HAN_CHAR, ' ').match(LATIN_WORD) ?? []).length
    const anchors = anchorsOf(text, sourceNumbers(text).filter(n => n.vague !== true).map(n => n.value))
    return { start, end, length, anchors }
  })
}

function targetUnits (segments: Segment[]): TargetUnit[] {
  const out: TargetUnit[] = []
  segments.forEach((segment, i) => {
    if (segment.lang === 'zh') return
    for (const s of sentences(segment.text)) {
      const text = segment.text.slice(s.start, s.end)
      const length = (text.match(LATIN_WORD) ?? []).length
      const anchors = anchorsOf(text, translationNumbers(text).filter(n => n.vague !== true).map(n => n.value))
      out.push({ segment: i, start: s.start, end: s.end, length, anchors })
    }
  })
  return out
}

function beadCost (src: Unit[], tgt: Unit[], ratio: number, a: number, b: number): number {
  const ls = src.reduce((n, u) => n + u.length, 0)
  const lt = tgt.reduce((n, u) => n + u.length, 0)
  const delta = Math.log((lt + 1) / (ratio * ls + 1)) / LENGTH_SD
  let shared = 0
  for (const s of src) for (const x of s.anchors) if (tgt.some(t => t.anchors.has(x))) shared++
  return delta * delta / 2 + PRIOR[`${a},${b}`] - ANCHOR_BONUS * shared
}

/** The beads of the cheapest alignment, as [source units, target units] index ranges. */
function alignUnits (src: Unit[], tgt: Unit[]): Array<{ s: [number, number], t: [number, number] }> {
  const K = src.length
  const M = tgt.length
  const total = (units: Array<{ length: number }>): number => units.reduce((n, u) => n + u.length, 0)
  const ratio = Math.max(0.05, total(tgt) / Math.max(1, total(src)))
  const cost = new Map<number, { c: number, from: number, a: number, b: number }>()
  const key = (i: number, j: number): number => i * (M + 1) + j
  cost.set(0, { c: 0, from: -1, a: 0, b: 0 })
  for (let i = 0; i <= K; i++) {
    const centre = K === 0 ? 0 : Math.round(i * M / K)
    for (let j = Math.max(0, centre - BAND); j <= Math.min(M, centre + BAND); j++) {
      for (const [a, b] of MOVES) {
        const prev = cost.get(key(i - a, j - b))
        if (i - a < 0 || j - b < 0 || prev === undefined) continue
        const c = prev.c + beadCost(src.slice(i - a, i), tgt.slice(j - b, j), ratio, a, b)
        const here = cost.get(key(i, j))
        if (here === undefined || c < here.c) cost.set(key(i, j), { c, from: key(i - a, j - b), a, b })
      }
    }
  }
  const beads: Array<{ s: [number, number], t: [number, number] }> = []
  let at = cost.has(key(K, M)) ? key(K, M) : -1
  while (at > 0) {
    const step = cost.get(at)
    if (step === undefined) break
    const i = Math.floor(at / (M + 1))
    const j = at % (M + 1)
    beads.unshift({ s: [i - step.a, i], t: [j - step.b, j] })
    at = step.from
  }
  return beads
}

export interface DocumentAlignment {
  /** The source aligned to each segment (same index); undefined for a segment with none (Chinese, or all 0–1). */
  sources: Array<string | undefined>
  /**
   * The source sentences behind each segment's `sources` string, in the order they are joined there (with one
   * space between): what maps an offset in that string back to the whole source (`wholeOffset`).
   */
  units: Array<Array<{ start: number, end: number }>>
  /** Source sentences aligned to nothing, with the translation sentence next to where they belong. */
  omissions: Array<{ start: number, end: number, near: AlignedSpan }>
}

export function alignDocument (segments: Segment[], source: string): DocumentAlignment {
  const src = sourceUnits(source)
  const tgt = targetUnits(segments)
  const parts: string[][] = segments.map(() => [])
  const units: DocumentAlignment['units'] = segments.map(() => [])
  const omissions: DocumentAlignment['omissions'] = []
  let beads = alignUnits(src, tgt)
  // No path inside the band (wildly different sentence counts): each source sentence goes where its position says.
  if (beads.length === 0 && src.length > 0 && tgt.length > 0) {
    beads = src.map((_, k) => {
      const at = Math.min(tgt.length - 1, Math.floor(((k + 0.5) / src.length) * tgt.length))
      return { s: [k, k + 1] as [number, number], t: [at, at + 1] as [number, number] }
    })
  }
  for (const bead of beads) {
    const text = src.slice(bead.s[0], bead.s[1]).map(u => source.slice(u.start, u.end)).join(' ')
    const beadUnits = src.slice(bead.s[0], bead.s[1]).map(u => ({ start: u.start, end: u.end }))
    for (const u of tgt.slice(bead.t[0], bead.t[1])) {
      if (parts[u.segment].includes(text)) continue
      parts[u.segment].push(text)
      for (const unit of beadUnits) units[u.segment].push(unit)
    }
    const near = tgt[Math.min(bead.t[0], tgt.length - 1)]
    if (bead.t[0] === bead.t[1] && near !== undefined) {
      const at = { segment: near.segment, start: near.start, end: near.end }
      for (const u of src.slice(bead.s[0], bead.s[1])) omissions.push({ start: u.start, end: u.end, near: at })
    }
  }
  return { sources: parts.map(p => p.length === 0 ? undefined : p.join(' ')), units, omissions }
}

/** An offset into a segment's aligned source string (its `units` joined with a space) as one into the whole source. */
export function wholeOffset (units: Array<{ start: number, end: number }>, offset: number): number {
  let at = 0
  for (const u of units) {
    const length = u.end - u.start
    if (offset <= at + length) return u.start + Math.max(0, offset - at)
    at += length + 1
  }
  const last = units[units.length - 1]
  return last === undefined ? offset : last.end
}
