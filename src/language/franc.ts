/**
 * franc 6.2's `francAll(text, { only, minLength: 1 })`, answered from typed tables built once per script.
 *
 * franc builds, on every call, a dictionary of the text's trigrams (a string and an object property each), runs
 * its 31 script patterns over the text to pick the script, and looks every trigram up in every candidate model.
 * Here the trigrams are counted under numeric keys (three UTF-16 code units), each distinct trigram is looked up
 * once in a table holding its rank in every model of the script, and the script is settled by one pattern when
 * that script holds more than half of the text: the scripts that have several models are disjoint from every
 * other script pattern (checked over every code point by test/language-franc.test.ts), so no other can match as
 * much. Any other case is handed to franc itself.
 *
 * The answer is franc's to the bit: the same distances (sums of integers, so their order does not matter), the
 * same stable sort by distance in the models' order, the same normalization.
 */
import { francAll } from 'franc'
import { data } from 'franc/data.js'
import { expressions } from 'franc/expressions.js'
import { isRegExpSpace, unitAt } from '../text/index.js'

/** franc's constants (franc/index.js): the sample it reads, the distance of a trigram a model lacks. */
const MAX_LENGTH = 2048
/** franc reads no further into a text than this. */
export const FRANC_TEXT_MAX = MAX_LENGTH
const MAX_DIFFERENCE = 300
/**
 * franc's trigrams are three code units; a key packs them into one number. Three units under 2^10 (Latin letters
 * lower-cased, spaces) pack into a small integer (V8's fast map keys); any other trigram into a number from 2^48 up
 * (an exact double), so the two kinds never collide.
 */
const SMALL_BITS = 10
const SMALL_UNIT = 1 << SMALL_BITS
const UNIT = 0x10000
const LARGE = 2 ** 48
const TRIGRAM = 3
/** A model that lacks the trigram. */
const ABSENT = -1

/** One script's models: every trigram any of them has, with its rank in each (ABSENT where a model lacks it). */
interface ScriptTable {
  languages: string[]
  rows: Map<number, number>
  /** `ranks[model * rows + row]`: model by model, so scoring one model reads one stretch of memory. */
  ranks: Int16Array
  /** Per row, how often the text being scored has the trigram (zeroed again after each call). */
  counts: Int32Array
  /**
   * `rows` for the small keys (Latin trigrams), as an open-addressing table of typed arrays: the text's every
   * trigram is looked up, and a `Map` of some 20,000 numbers cost a cache miss or two per look-up (a quarter of
   * franc's time on an English page). `smallKeys` holds EMPTY_KEY in a free slot; `rows` still answers large keys.
   */
  smallKeys: Int32Array
  smallRows: Int32Array
}

/** A free slot of `smallKeys` (no small key is negative). */
const EMPTY_KEY = -1
/** Slots per small key at least: the table stays at most half full, so probes are short. */
const SLOTS_PER_KEY = 2
/** Fibonacci hashing's multiplier (2^32 / golden ratio): spreads neighbouring keys over the table. */
const HASH_MULTIPLIER = 0x9e3779b1

function slotOf (key: number, mask: number): number {
  return (Math.imul(key, HASH_MULTIPLIER) >>> 0) & mask
}

function smallTable (rows: Map<number, number>): { smallKeys: Int32Array, smallRows: Int32Array } {
  let size = 1
  while (size < rows.size * SLOTS_PER_KEY) size *= 2
  const smallKeys = new Int32Array(size).fill(EMPTY_KEY)
  const smallRows = new Int32Array(size)
  const mask = size - 1
  for (const [key, row] of rows) {
    if (key >= LARGE) continue
    let slot = slotOf(key, mask)
    while (smallKeys[slot] !== EMPTY_KEY) slot = (slot + 1) & mask
    smallKeys[slot] = key
    smallRows[slot] = row
  }
  return { smallKeys, smallRows }
}

/** `table.rows.get(key)`, the small keys read from the typed table. */
function rowOf (table: ScriptTable, key: number): number | undefined {
  if (key >= LARGE) return table.rows.get(key)
  const keys = table.smallKeys
  const mask = keys.length - 1
  for (let slot = slotOf(key, mask); keys[slot] !== EMPTY_KEY; slot = (slot + 1) & mask) {
    if (keys[slot] === key) return table.smallRows[slot]
  }
  return undefined
}

const tables = new Map<string, ScriptTable>()

function keyOf (s: string, i: number): number {
  const a = unitAt(s, i)
  const b = unitAt(s, i + 1)
  const c = unitAt(s, i + 2)
  if (a < SMALL_UNIT && b < SMALL_UNIT && c < SMALL_UNIT) return (((a << SMALL_BITS) | b) << SMALL_BITS) | c
  return LARGE + (a * UNIT + b) * UNIT + c
}

function buildTable (script: string): ScriptTable {
  const models = data[script]
  const languages = Object.keys(models)
  const rows = new Map<number, number>()
  const split = languages.map(l => models[l].split('|'))
  for (const model of split) {
    for (const trigram of model) {
      const key = keyOf(trigram, 0)
      if (trigram.length === TRIGRAM && !rows.has(key)) rows.set(key, rows.size)
    }
  }
  const ranks = new Int16Array(rows.size * languages.length).fill(ABSENT)
  split.forEach((model, j) => {
    // franc keeps the first rank of a trigram listed twice: it assigns from the end.
    for (let rank = model.length - 1; rank >= 0; rank--) {
      const trigram = model[rank]
      if (trigram.length === TRIGRAM) ranks[j * rows.size + (rows.get(keyOf(trigram, 0)) ?? 0)] = rank
    }
  })
  return { languages, rows, ranks, counts: new Int32Array(rows.size), ...smallTable(rows) }
}

function tableFor (script: string): ScriptTable {
  let table = tables.get(script)
  if (table === undefined) {
    table = buildTable(script)
    tables.set(script, table)
  }
  return table
}

/** The scripts with several models, each with a sticky copy of its pattern to test one position. */
const MODEL_SCRIPTS = Object.keys(data).map(script => {
  const pattern = expressions[script]
  return { script, pattern, at: new RegExp(pattern.source, 'y' + pattern.flags.replace('g', '')) }
})

/** Any half of a surrogate pair. */
const SURROGATE = /[\ud800-\udfff]/
/** Per script, whether each BMP code unit that is no surrogate matches its pattern, made on first use. */
const unitTables = new Map<string, Uint8Array>()
const BMP_UNITS = 0x10000
const SURROGATES_START = 0xd800
const SURROGATES_END = 0xe000

/**
 * The units of the pattern's class, from one scan of a text of every unit but the surrogates (one match per unit
 * of the class there, the pair alternatives needing a surrogate): a worker's first page pays one scan, not 63,488
 * tests of the pattern.
 */
function unitTable (pattern: RegExp): Uint8Array {
  const table = new Uint8Array(BMP_UNITS)
  const units = new Uint16Array(BMP_UNITS - (SURROGATES_END - SURROGATES_START))
  let n = 0
  for (let c = 0; c < BMP_UNITS; c++) if (c < SURROGATES_START || c >= SURROGATES_END) units[n++] = c
  const text = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(units)
  const scan = new RegExp(pattern.source, 'g')
  for (let m = scan.exec(text); m !== null; m = scan.exec(text)) {
    for (let k = 0; k < m[0].length; k++) table[unitAt(m[0], k)] = 1
  }
  return table
}

/**
 * `value.match(pattern).length` without an array of every match. franc's script patterns (no `u` flag) are a class
 * of code units, with alternatives for surrogate pairs: on text with no surrogate every match is one code unit of
 * the class, so the count is the units a table marks; text with a surrogate is counted by the pattern itself.
 */
function countMatches (script: string, pattern: RegExp, value: string): number {
  if (SURROGATE.test(value)) return value.match(pattern)?.length ?? 0
  let table = unitTables.get(script)
  if (table === undefined) {
    table = unitTable(pattern)
    unitTables.set(script, table)
  }
  let count = 0
  const end = value.length
  for (let i = 0; i < end; i++) count += table[unitAt(value, i)]
  return count
}

/** The script with models that holds more than half of `value` (so franc picks it), or undefined. */
function dominantScript (value: string): string | undefined {
  for (let i = 0; i < value.length; i++) {
    for (const { script, pattern, at } of MODEL_SCRIPTS) {
      at.lastIndex = i
      if (!at.test(value)) continue
      const count = countMatches(script, pattern, value)
      return 2 * count > value.length ? script : undefined
    }
  }
  return undefined
}

/**
 * franc's text cleaning (trigram-utils' `clean`: `[\u0021-\u0040]+` and then `\s+` replaced by a space, trimmed,
 * lower-cased), padded with a space each side as its `trigrams` does. The two replacements together turn each
 * maximal run of units that are white space or in U+0021-U+0040 into one space, and the trim drops the run at
 * either end: done in one pass, cutting the text only where a run is not already one space (the n-gram text is
 * words joined by single spaces: its cuts are its apostrophes and hyphens).
 */
function padded (value: string): string {
  let out = ''
  let from = 0
  const end = value.length
  for (let i = 0; i < end;) {
    if (!cleanedAway(unitAt(value, i))) {
      i++
      continue
    }
    let j = i + 1
    while (j < end && cleanedAway(unitAt(value, j))) j++
    if (i === 0 || j === end) {
      // trimmed
      out += value.slice(from, i)
      from = j
    } else if (j - i > 1 || unitAt(value, i) !== SPACE) {
      out += value.slice(from, i) + ' '
      from = j
    }
    i = j
  }
  const cleaned = from === 0 ? value : out + value.slice(from)
  return ' ' + cleaned.toLowerCase() + ' '
}

const SPACE = 0x20
/** Units that franc's cleaning turns into space: U+0021-U+0040 (digits, ASCII punctuation) and white space (`\s`). */
const cleanedAway = (c: number): boolean => (c >= 0x21 && c <= 0x40) || isRegExpSpace(c)

/** How often each trigram of the cleaned text occurs: per table row, and for the ones no model has, per key. */
interface TrigramCounts { rows: number[], counts: Int32Array, absent: Set<number> }

/** The distinct trigrams of the cleaned text, each looked up in the table once. */
function countTrigrams (table: ScriptTable, text: string): TrigramCounts {
  const rows: number[] = []
  const counts = table.counts
  const absent = new Set<number>()
  const end = text.length
  for (let i = 0; i + TRIGRAM <= end; i++) {
    const key = keyOf(text, i)
    const row = rowOf(table, key)
    if (row === undefined) {
      absent.add(key)
    } else if (counts[row]++ === 0) {
      rows.push(row)
    }
  }
  return { rows, counts, absent }
}

/** franc's distance of each model in `columns` (sum over trigrams of the rank difference, or MAX_DIFFERENCE). */
function distances (table: ScriptTable, found: TrigramCounts, columns: number[]): number[] {
  const height = table.counts.length
  const { ranks } = table
  const { rows, counts } = found
  const out = columns.map(() => found.absent.size * MAX_DIFFERENCE)
  // model by model: one model's ranks lie together (column-major), so its look-ups stay in the cache
  for (let c = 0; c < columns.length; c++) {
    const base = columns[c] * height
    let sum = out[c]
    for (const row of rows) {
      const rank = ranks[base + row]
      sum += rank === ABSENT ? MAX_DIFFERENCE : Math.abs(counts[row] - rank - 1)
    }
    out[c] = sum
  }
  return out
}

/**
 * `francAll(value, { only, minLength: 1 })`: `[language, score]` pairs, best first, or `[['und', 1]]`.
 * `only` must not be empty (franc then reads every model).
 */
export function francScores (value: string, only: string[]): Array<[string, number]> {
  const sample = value.slice(0, MAX_LENGTH)
  const script = sample === '' ? undefined : dominantScript(sample)
  if (script === undefined || only.length === 0) return francAll(value, { only, minLength: 1 })
  const table = tableFor(script)
  const columns: number[] = []
  table.languages.forEach((l, j) => { if (only.includes(l)) columns.push(j) })
  if (columns.length === 0) return [['und', 1]]
  const trigrams = countTrigrams(table, padded(sample))
  const found = distances(table, trigrams, columns)
  for (const row of trigrams.rows) table.counts[row] = 0
  const ranked = columns.map((j, c): [string, number] => [table.languages[j], found[c]]).sort((a, b) => a[1] - b[1])
  const min = ranked[0][1]
  const max = sample.length * MAX_DIFFERENCE - min
  for (const entry of ranked) entry[1] = 1 - (entry[1] - min) / max || 0
  return ranked
}
