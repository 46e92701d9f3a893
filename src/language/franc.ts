/**
 * franc 6.2's `francAll(text, { only, minLength: 1 })`, answered from typed tables built once per script.
 *
 * franc builds, on every call, a dictionary of the text's trigrams (a string and an object property each), runs
 * its 31 script patterns over the text to pick the script, and looks every trigram up in every candidate model.
 * Here the trigrams are counted under numeric keys (three UTF-16 code units), each distinct trigram is looked up
 * in a small table of each candidate model (its trigrams and ranks), and the script is settled by one pattern when
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

/**
 * One model's trigrams and their ranks, as an open-addressing table of typed arrays keyed by the trigram's number
 * (`keyOf`): a text's distinct trigrams are looked up in the few candidate models only, each model's table small
 * enough to stay in the cache (a table of every model's trigrams of a script was 20,000 rows: a cache miss or two
 * per trigram of the text, a quarter of franc's time).
 */
interface ModelTable { keys: Float64Array, ranks: Int16Array, shift: number }

/** A script's models, in franc's order. */
interface ScriptTable { languages: string[], models: ModelTable[] }

/** A free slot (no key is negative). */
const EMPTY_KEY = -1
/** Slots per key at least: a table stays at most half full, so probes are short. */
const SLOTS_PER_KEY = 2
/** Fibonacci hashing's multiplier (2^32 / golden ratio): a key's slot is the product's top bits. */
const HASH_MULTIPLIER = 0x9e3779b1
const WORD_BITS = 32

/** The slot a key starts its probe at, in a table of 2^(32 - shift) slots (a large key hashed by its low 32 bits). */
function slotOf (key: number, shift: number): number {
  return Math.imul(key | 0, HASH_MULTIPLIER) >>> shift
}

/** The table's slot of `key`, or the free slot where it would go. */
function probe (keys: Float64Array, key: number, shift: number): number {
  const mask = keys.length - 1
  let slot = slotOf(key, shift)
  while (keys[slot] !== key && keys[slot] !== EMPTY_KEY) slot = (slot + 1) & mask
  return slot
}

/** The shift of a table with room for `size` keys. */
function shiftFor (size: number): number {
  let bits = 1
  while (2 ** bits < size * SLOTS_PER_KEY) bits++
  return WORD_BITS - bits
}

function modelTable (trigrams: string[]): ModelTable {
  const shift = shiftFor(trigrams.length)
  const keys = new Float64Array(2 ** (WORD_BITS - shift)).fill(EMPTY_KEY)
  const ranks = new Int16Array(keys.length).fill(ABSENT)
  // franc keeps the first rank of a trigram listed twice
  trigrams.forEach((trigram, rank) => {
    if (trigram.length !== TRIGRAM) return
    const key = keyOf(trigram, 0)
    const slot = probe(keys, key, shift)
    if (keys[slot] === key) return
    keys[slot] = key
    ranks[slot] = rank
  })
  return { keys, ranks, shift }
}

/** The trigram's rank in the model, or ABSENT. */
function rankIn (model: ModelTable, key: number): number {
  const { keys, shift } = model
  const mask = keys.length - 1
  for (let slot = slotOf(key, shift); keys[slot] !== EMPTY_KEY; slot = (slot + 1) & mask) {
    if (keys[slot] === key) return model.ranks[slot]
  }
  return ABSENT
}

const tables = new Map<string, ScriptTable>()

function keyOf (s: string, i: number): number {
  const a = unitAt(s, i)
  const b = unitAt(s, i + 1)
  const c = unitAt(s, i + 2)
  if (a < SMALL_UNIT && b < SMALL_UNIT && c < SMALL_UNIT) return (((a << SMALL_BITS) | b) << SMALL_BITS) | c
  return LARGE + (a * UNIT + b) * UNIT + c
}

function tableFor (script: string): ScriptTable {
  let table = tables.get(script)
  if (table === undefined) {
    const models = data[script]
    const languages = Object.keys(models)
    table = { languages, models: languages.map(l => modelTable(models[l].split('|'))) }
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

/**
 * The sample's distinct trigrams and how often each occurs, in a table of the call (emptied after it): a padded
 * sample of MAX_LENGTH + 2 units has at most MAX_LENGTH trigrams, and the table twice as many slots.
 */
const SAMPLE_SHIFT = shiftFor(MAX_LENGTH)
const sampleKeys = new Float64Array(2 ** (WORD_BITS - SAMPLE_SHIFT)).fill(EMPTY_KEY)
const sampleCounts = new Int32Array(sampleKeys.length)
/** The slots the call filled, in order. */
const sampleSlots = new Int32Array(MAX_LENGTH)

/** Counts the trigrams of the cleaned text into the sample table; returns how many distinct ones it has. */
function countTrigrams (text: string): number {
  let distinct = 0
  const end = text.length
  for (let i = 0; i + TRIGRAM <= end; i++) {
    const key = keyOf(text, i)
    const slot = probe(sampleKeys, key, SAMPLE_SHIFT)
    if (sampleKeys[slot] === key) {
      sampleCounts[slot]++
    } else {
      sampleKeys[slot] = key
      sampleCounts[slot] = 1
      sampleSlots[distinct++] = slot
    }
  }
  return distinct
}

/**
 * franc's distance of each model in `columns` (sum over the sample's distinct trigrams of the rank difference, or
 * MAX_DIFFERENCE where the model lacks it).
 */
function distances (table: ScriptTable, distinct: number, columns: number[]): number[] {
  return columns.map(column => {
    const model = table.models[column]
    let sum = 0
    for (let t = 0; t < distinct; t++) {
      const slot = sampleSlots[t]
      const rank = rankIn(model, sampleKeys[slot])
      sum += rank === ABSENT ? MAX_DIFFERENCE : Math.abs(sampleCounts[slot] - rank - 1)
    }
    return sum
  })
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
  const distinct = countTrigrams(padded(sample))
  const found = distances(table, distinct, columns)
  for (let t = 0; t < distinct; t++) sampleKeys[sampleSlots[t]] = EMPTY_KEY
  const ranked = columns.map((j, c): [string, number] => [table.languages[j], found[c]]).sort((a, b) => a[1] - b[1])
  const min = ranked[0][1]
  const max = sample.length * MAX_DIFFERENCE - min
  for (const entry of ranked) entry[1] = 1 - (entry[1] - min) / max || 0
  return ranked
}
