/**
 * eld's large n-gram database as one flat table in a SharedArrayBuffer, so that many threads share one copy.
 *
 * Why: as a JavaScript object (`eld/large`), the database costs each thread that imports it about 140 MB of heap
 * and 300 MB more of resident memory while its 4.4 MB module is compiled, plus 4-5 s. As a table it is a few MB,
 * built once per process and shared by every worker; a worker restarted after a deadline starts in milliseconds.
 * The detector stays eld's own code (its `createEld`, pinned version), given the table through the one thing it
 * reads from the database: `ngrams[key]` -> `{ languageIndex: score }`. A test checks that it scores every
 * evaluation line exactly as `eld/large` does.
 *
 * Layout: an open-addressing hash table (FNV-1a over the key's UTF-16 code units, linear probing) of entry indexes;
 * per entry, its key (code units) and its (language, score) pairs.
 */
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { compileFunction } from 'node:vm'
import { unitAt } from '../text/index.js'

export interface EldData {
  type: string
  languages: Record<number, string>
  ngrams: Record<string, Record<number, number>>
}

/** What a thread needs to rebuild the detector: the database's name and languages, and the shared table. */
export interface SharedEldModel {
  type: string
  languages: Record<number, string>
  table: SharedArrayBuffer
}

export interface EldDetector {
  detect: (text: string) => { language: string, getScores: () => Record<string, number> }
}

type CreateEld = () => { instance: EldDetector, loadData: (data: unknown) => string }

const HEADER_WORDS = 4
/**
 * The table's layout and encoding, as a version: the cache on disk (./eld-cache.ts) names its file by it and by
 * eld's database, so a table of another layout is never read. Change it with `encodeEldData` or `views`
 * (test/eld-cache.test.ts holds the SHA-256 of this version's table and says so when the bytes change).
 */
export const ELD_TABLE_LAYOUT = 1
const EMPTY = -1
const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193
/** Slots per entry: at most half full, so probes stay short. */
const LOAD_FACTOR_INVERSE = 2

function hash (key: string): number {
  let h = FNV_OFFSET
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ unitAt(key, i), FNV_PRIME)
  return h >>> 0
}

function powerOfTwoAtLeast (n: number): number {
  let size = 1
  while (size < n) size *= 2
  return size
}

/** Typed views over the table; every array is 4-byte aligned and laid out in the order below. */
function views (buffer: SharedArrayBuffer, counts?: { entries: number, slots: number, units: number, pairs: number }) {
  const header = new Uint32Array(buffer, 0, HEADER_WORDS)
  const given = counts === undefined ? undefined : [counts.entries, counts.slots, counts.units, counts.pairs]
  const [entries, slots, units, pairs] = given ?? header
  let offset = HEADER_WORDS * 4
  const take = <T>(make: (o: number) => T, bytes: number): T => {
    const view = make(offset)
    offset += Math.ceil(bytes / 4) * 4
    return view
  }
  return {
    header,
    slots: take(o => new Int32Array(buffer, o, slots), slots * 4),
    keyStart: take(o => new Uint32Array(buffer, o, entries + 1), (entries + 1) * 4),
    pairStart: take(o => new Uint32Array(buffer, o, entries + 1), (entries + 1) * 4),
    scores: take(o => new Int32Array(buffer, o, pairs), pairs * 4),
    keyUnits: take(o => new Uint16Array(buffer, o, units), units * 2),
    langs: take(o => new Uint8Array(buffer, o, pairs), pairs),
    bytes: offset
  }
}

/** Encodes eld's database into a shared table. */
export function encodeEldData (data: EldData): SharedArrayBuffer {
  const keys = Object.keys(data.ngrams)
  let units = 0
  let pairs = 0
  for (const key of keys) {
    units += key.length
    pairs += Object.keys(data.ngrams[key]).length
  }
  const counts = { entries: keys.length, slots: powerOfTwoAtLeast(keys.length * LOAD_FACTOR_INVERSE), units, pairs }
  const buffer = new SharedArrayBuffer(measure(counts))
  const v = views(buffer, counts)
  v.header.set([counts.entries, counts.slots, counts.units, counts.pairs])
  v.slots.fill(EMPTY)
  let unit = 0
  let pair = 0
  keys.forEach((key, entry) => {
    v.keyStart[entry] = unit
    for (let i = 0; i < key.length; i++) v.keyUnits[unit++] = unitAt(key, i)
    v.pairStart[entry] = pair
    const scores = data.ngrams[key]
    for (const lang in scores) {
      v.langs[pair] = Number(lang)
      v.scores[pair++] = scores[lang]
    }
    let slot = hash(key) & (counts.slots - 1)
    while (v.slots[slot] !== EMPTY) slot = (slot + 1) & (counts.slots - 1)
    v.slots[slot] = entry
  })
  v.keyStart[keys.length] = unit
  v.pairStart[keys.length] = pair
  return buffer
}

function measure (counts: { entries: number, slots: number, units: number, pairs: number }): number {
  const align = (bytes: number): number => Math.ceil(bytes / 4) * 4
  return HEADER_WORDS * 4 + align(counts.slots * 4) + 2 * align((counts.entries + 1) * 4) + align(counts.pairs * 4) +
    align(counts.units * 2) + align(counts.pairs)
}

/** `ngrams[key]` for eld, read from the table: a small `{ languageIndex: score }` object, or undefined. */
function tableNgrams (table: SharedArrayBuffer): Record<string, Record<number, number> | undefined> {
  const v = views(table)
  const mask = v.slots.length - 1
  const matches = (entry: number, key: string): boolean => {
    const start = v.keyStart[entry]
    if (v.keyStart[entry + 1] - start !== key.length) return false
    for (let i = 0; i < key.length; i++) if (v.keyUnits[start + i] !== unitAt(key, i)) return false
    return true
  }
  const lookup = (key: string): Record<number, number> | undefined => {
    for (let slot = hash(key) & mask; v.slots[slot] !== EMPTY; slot = (slot + 1) & mask) {
      const entry = v.slots[slot]
      if (!matches(entry, key)) continue
      const out: Record<number, number> = {}
      for (let p = v.pairStart[entry]; p < v.pairStart[entry + 1]; p++) out[v.langs[p]] = v.scores[p]
      return out
    }
    return undefined
  }
  return new Proxy({}, { get: (_target, key) => typeof key === 'string' ? lookup(key) : undefined })
}

/** eld's files beside its `eld/large` entry (its package exports only the entries). */
function eldFile (relative: string): string {
  return new URL(relative, import.meta.resolve('eld/large')).href
}

/** Loads eld's large database (the expensive step: do it once per process, in a thread that then exits). */
export async function loadEldData (): Promise<EldData> {
  return (await import(eldFile('../ngrams/large.js')) as { ngramsData: EldData }).ngramsData
}

/** How eld's database module starts its one export, an object literal. */
const ELD_DATA_EXPORT = 'export const ngramsData ='

/**
 * eld's large database evaluated from its module's source in a function scope, not imported: an imported module
 * stays in the module map, and its 140 MB object graph with it, which every major garbage collection of the thread
 * then marks (20-35% of every single-thread profile). This object is garbage once the caller has encoded it.
 */
async function evaluateEldData (): Promise<EldData> {
  const source = await readFile(fileURLToPath(eldFile('../ngrams/large.js')), 'utf8')
  const start = source.indexOf(ELD_DATA_EXPORT)
  if (start < 0) throw new Error(`eld's database module no longer starts with "${ELD_DATA_EXPORT}"`)
  // compileFunction, not runInThisContext: a script would stay in V8's compilation cache with its literal's data.
  const body = 'return ' + source.slice(start + ELD_DATA_EXPORT.length)
  const evaluate = compileFunction(body, [], { filename: 'eld-large-ngrams.js' }) as () => EldData
  return evaluate()
}

/**
 * The table built in this thread, for a process without a pool (the CLI's single thread, tests, evaluation,
 * benchmarks): the same detector as the workers', with no copy of eld's object graph left on the heap.
 */
export async function buildEldModel (): Promise<SharedEldModel> {
  const data = await evaluateEldData()
  return { type: data.type, languages: data.languages, table: encodeEldData(data) }
}

/** eld's own detector, reading the shared table. */
export async function eldFromModel (model: SharedEldModel): Promise<EldDetector> {
  const { createEld } = await import(eldFile('../languageDetector.js')) as { createEld: CreateEld }
  const { instance, loadData } = createEld()
  loadData({ type: model.type, languages: model.languages, ngrams: tableNgrams(model.table) })
  return instance
}

let installed: SharedEldModel | undefined

/** Makes the language stage of this thread use the shared model (call before the pipeline is imported). */
export function installEldModel (model: SharedEldModel | undefined): void {
  installed = model
}

/** The model installed in this thread, if any. */
export function installedEldModel (): SharedEldModel | undefined {
  return installed
}

/** eld 2.1's constants (languageDetector.js): the text it reads, the score every n-gram's entries were cut by. */
export const ELD_TEXT_MAX = 1000
const ELD_BASE_NGRAM_SCORE = 53
/** eld's byte encoding stops at the first space past 350 bytes, and after any character past 380. */
const ELD_CUT_AFTER = 350
const ELD_ENFORCE_CUT_AFTER = 380
/** eld's n-grams: 4 bytes, 3 bytes apart, over the first 70 bytes of a word. */
const ELD_WORD_MAX = 70
const ELD_NGRAM = 4
const ELD_STRIDE = 3
/** eld's hand-picked scale of its 0-1 score. */
const ELD_SCALE = 25
const SPACE = 32

/** eld's scores of a text, by the model's language index (0 where eld gives none). */
export interface EldScorer {
  /** The language index of each eld code. */
  index: ReadonlyMap<string, number>
  scores: (text: string) => Float64Array
}

/** How eld 2.1's separator pattern (regexPatterns.js) ends: a run of non-letters must not end in an apostrophe. */
const SEPARATOR_TAIL = ']+(?<![\\x27\\x60\\u2019])'
const BMP_UNITS = 0x10000
const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x60 || c === 0x2019

/**
 * eld's separator pattern, `[^L]+(?<![\x27\x60\u2019])` with the `gu` flags (L: its class of BMP letters, written
 * out as characters and ranges), as a table of the letters' code units; null when the pattern is not of that shape
 * (another eld), and the pattern is then run as it is.
 */
export function separatorLetters (separators: RegExp): Uint8Array | null {
  const source = separators.source
  if (separators.flags !== 'gu' || !source.startsWith('[^') || !source.endsWith(SEPARATOR_TAIL)) return null
  const body = source.slice(2, -SEPARATOR_TAIL.length)
  if (/[\\[\]^]/.test(body)) return null
  const letters = new Uint8Array(BMP_UNITS)
  for (let i = 0; i < body.length; i++) {
    const from = unitAt(body, i)
    let to = from
    if (body[i + 1] === '-' && i + 2 < body.length) {
      to = unitAt(body, i + 2)
      i += 2
    }
    // a surrogate in the class would make the table's answer differ from the `u` pattern's on a pair
    if (from >= 0xd800 && to <= 0xdfff) return null
    letters.fill(1, from, to + 1)
  }
  return letters
}

/**
 * `text.replace(separators, ' ')` from the table: each maximal run of non-letters (code units the table does not
 * mark; a surrogate pair is one non-letter code point for the `u` pattern, two non-letter units here, in the same run)
 * becomes one space, except the apostrophes that end it, which stay: the pattern's greedy run backs off until its
 * last character is not an apostrophe, and a run of apostrophes alone matches nothing.
 */
export function replaceSeparators (text: string, letters: Uint8Array): string {
  let out = ''
  let from = 0
  const length = text.length
  for (let i = 0; i < length;) {
    if (letters[unitAt(text, i)] === 1) {
      i++
      continue
    }
    let end = i + 1
    while (end < length && letters[unitAt(text, end)] === 0) end++
    let last = end
    while (last > i && isApostrophe(unitAt(text, last - 1))) last--
    if (last > i) {
      out += text.slice(from, i) + ' '
      from = last
    }
    i = end
  }
  return from === 0 ? text : out + text.slice(from)
}

/**
 * eld's `strToUtf8Bytes`: the text's words as UTF-8 bytes, one dictionary character per byte. eld appends each
 * character to the word as it reads it; here a stretch of ASCII (its own byte) is cut from the text in one slice
 * when the word ends or a character past ASCII comes, so an English word is one string, not one per letter.
 */
function utf8Words (str: string, dictionary: string[]): string[] {
  const words: string[] = []
  // the word so far: `encoded`, then the text's ASCII units from `from` up to the reading position
  let encoded = ''
  let from = 0
  let bytes = 0
  let i = 0
  const length = str.length
  for (; i < length; i++) {
    let cp = unitAt(str, i)
    if (cp < 0x80) {
      if (cp === SPACE) {
        const word = encoded + str.slice(from, i)
        if (word !== '') words.push(word)
        encoded = ''
        from = i + 1
        if (bytes > ELD_CUT_AFTER) return words
      }
      bytes++
    } else {
      const ascii = str.slice(from, i)
      if (cp < 0x800) {
        encoded += ascii + dictionary[0xc0 | (cp >> 6)] + dictionary[0x80 | (cp & 0x3f)]
        bytes += 2
      } else if (cp < 0xd800 || cp >= 0xe000) {
        encoded += ascii + dictionary[0xe0 | (cp >> 12)] + dictionary[0x80 | ((cp >> 6) & 0x3f)] +
          dictionary[0x80 | (cp & 0x3f)]
        bytes += 3
      } else {
        i++
        cp = 0x10000 + (((cp & 0x3ff) << 10) | (unitAt(str, i) & 0x3ff))
        encoded += ascii + dictionary[0xf0 | (cp >> 18)] + dictionary[0x80 | ((cp >> 12) & 0x3f)] +
          dictionary[0x80 | ((cp >> 6) & 0x3f)] + dictionary[0x80 | (cp & 0x3f)]
        bytes += 4
      }
      from = i + 1
    }
    if (bytes > ELD_ENFORCE_CUT_AFTER) {
      // the unit just read is the word's last
      i++
      break
    }
  }
  const last = encoded + str.slice(from, i)
  if (last !== '') words.push(last)
  return words
}

/** eld's `getByteNgrams`: each word's distinct n-grams, the first with a space before, the last with one after. */
function wordNgrams (words: string[], into: Set<string>): void {
  for (const word of words) {
    const len = Math.min(word.length, ELD_WORD_MAX)
    let j = 0
    for (; j + ELD_NGRAM < len; j += ELD_STRIDE) into.add((j === 0 ? ' ' : '') + word.substring(j, j + ELD_NGRAM))
    into.add((j === 0 ? ' ' : '') + word.substring(len !== ELD_STRIDE ? len - ELD_NGRAM : 0) + ' ')
  }
}

/**
 * An n-gram of at most this many units (every n-gram of a word of at most ELD_WORD_MAX bytes: 4 and a space each
 * side) is packed into one number: its units (a byte each, `dictionaryUnits`) in base 256 under 2^48, its length
 * times 2^48 above them, so n-grams of different lengths never share a key and no key is 0 (a free slot).
 */
const PACKED_UNITS = 6
const UNIT_BASE = 256
const LENGTH_BASE = 2 ** 48
/**
 * The n-grams one call can find: at most one per byte of eld's text (ELD_ENFORCE_CUT_AFTER and the last character's
 * 4 bytes), a word's bytes at most as many. The set of the call's n-grams has twice as many slots: probes stay short.
 */
const CALL_BYTES_MAX = ELD_ENFORCE_CUT_AFTER + 4
const SEEN_SLOTS = powerOfTwoAtLeast(2 * CALL_BYTES_MAX)

/**
 * eld's dictionary (a character per UTF-8 byte) as the characters' code units, or null when one is not a single unit
 * of at most 8 bits (another eld): the n-grams are then made as strings.
 */
function dictionaryUnits (dictionary: string[]): Uint8Array | null {
  if (dictionary.length !== UNIT_BASE || dictionary.some(c => c.length !== 1 || unitAt(c, 0) >= UNIT_BASE)) return null
  return Uint8Array.from(dictionary, c => unitAt(c, 0))
}

/**
 * eld's `detect(text).getScores()` computed on the table directly: the same n-grams and integer sums, the same
 * scaling, without the object eld builds per n-gram looked up and per answer (test/eld-table.test.ts compares the
 * two on every evaluation line). The n-grams are read as numbers (`PackedScorer`).
 */
export async function eldScorer (model: SharedEldModel): Promise<EldScorer> {
  const { separators } = await import(eldFile('../regexPatterns.js')) as { separators: RegExp }
  const { dictionary } = await import(eldFile('../dictionary.js')) as { dictionary: string[] }
  const v = views(model.table)
  const mask = v.slots.length - 1
  const count = Object.keys(model.languages).length
  const index = new Map(Object.entries(model.languages).map(([i, code]) => [code, Number(i)]))
  const entryOf = (key: string): number => {
    for (let slot = hash(key) & mask; v.slots[slot] !== EMPTY; slot = (slot + 1) & mask) {
      const entry = v.slots[slot]
      const start = v.keyStart[entry]
      if (v.keyStart[entry + 1] - start !== key.length) continue
      let i = 0
      while (i < key.length && v.keyUnits[start + i] === unitAt(key, i)) i++
      if (i === key.length) return entry
    }
    return EMPTY
  }
  // the separator pattern read from a table of letters (one lookup per code unit), a third of its cost
  const letters = separatorLetters(separators)
  const prepare = (text: string): string => {
    const cut = text.substring(0, ELD_TEXT_MAX)
    const spaced = letters === null ? cut.replace(separators, ' ') : replaceSeparators(cut, letters)
    return spaced.trim().toLowerCase()
  }
  const units = dictionaryUnits(dictionary)
  if (units !== null) {
    const packed = new PackedScorer(v, count, units, entryOf)
    return { index, scores: text => packed.scores(prepare(text)) }
  }
  const scores = (text: string): Float64Array => {
    const sums = new Float64Array(count)
    // a set per call: the scorer lives as long as the process, and a long-lived set emptied with `clear()` gets its
    // new table in the old generation, which then held every call's n-grams until a full collection (flags/text.ts
    // PageCache; 15 MB of old generation over 2,000 seed bodies, 234 -> 197 µs a body)
    const ngrams = new Set<string>()
    wordNgrams(utf8Words(prepare(text), dictionary), ngrams)
    for (const key of ngrams) {
      const entry = entryOf(key)
      if (entry === EMPTY) continue
      const end = v.pairStart[entry + 1]
      for (let p = v.pairStart[entry]; p < end; p++) sums[v.langs[p]] += v.scores[p] + ELD_BASE_NGRAM_SCORE
    }
    for (let l = 0; l < count; l++) {
      const s = sums[l] / ngrams.size
      sums[l] = sums[l] > 0 ? s / (s + ELD_SCALE) : 0
    }
    return sums
  }
  return { index, scores }
}

type TableViews = ReturnType<typeof views>

/**
 * eld's scores with its n-grams as numbers: each word's UTF-8 bytes (as `utf8Words` reads them) are written to a
 * buffer, each n-gram (as `wordNgrams` cuts them) packed into a number (PACKED_UNITS), kept once in a set of numbers
 * and looked up in the table by its units, hashed as the table hashes its keys: no string per word or n-gram, no set
 * of strings. An n-gram too long to pack (the last one of a word of more than ELD_WORD_MAX bytes, which
 * `wordNgrams` takes to the word's end) is made as a string, as before. The sums are of integers: the order the
 * n-grams come in does not change them.
 */
class PackedScorer {
  /** Per call, emptied at its end: the word read, the n-gram being packed, the set of the call's n-grams. */
  private readonly word = new Uint8Array(CALL_BYTES_MAX)
  private readonly key = new Uint8Array(PACKED_UNITS)
  private readonly seen = new Float64Array(SEEN_SLOTS)
  private readonly used = new Int32Array(SEEN_SLOTS)
  private usedCount = 0
  private long: Set<string> | undefined
  private sums = new Float64Array(0)
  private readonly mask: number

  constructor (
    private readonly v: TableViews, private readonly count: number, private readonly units: Uint8Array,
    private readonly entryOf: (key: string) => number
  ) {
    this.mask = v.slots.length - 1
  }

  /** eld's scores of the prepared text (separators replaced, trimmed, lower-cased). */
  scores (prepared: string): Float64Array {
    const sums = new Float64Array(this.count)
    this.sums = sums
    this.addWords(prepared)
    const distinct = this.usedCount + (this.long?.size ?? 0)
    for (let u = 0; u < this.usedCount; u++) this.seen[this.used[u]] = 0
    this.usedCount = 0
    this.long = undefined
    for (let l = 0; l < this.count; l++) {
      const s = sums[l] / distinct
      sums[l] = sums[l] > 0 ? s / (s + ELD_SCALE) : 0
    }
    return sums
  }

  /** `utf8Words`, each word's n-grams added as it ends. */
  private addWords (str: string): void {
    const { word, units } = this
    let n = 0
    let bytes = 0
    const length = str.length
    for (let i = 0; i < length; i++) {
      let cp = unitAt(str, i)
      if (cp < 0x80) {
        if (cp === SPACE) {
          if (n > 0) this.addWord(n)
          n = 0
          if (bytes > ELD_CUT_AFTER) return
        } else {
          word[n++] = cp
        }
        bytes++
      } else if (cp < 0x800) {
        word[n++] = units[0xc0 | (cp >> 6)]
        word[n++] = units[0x80 | (cp & 0x3f)]
        bytes += 2
      } else if (cp < 0xd800 || cp >= 0xe000) {
        word[n++] = units[0xe0 | (cp >> 12)]
        word[n++] = units[0x80 | ((cp >> 6) & 0x3f)]
        word[n++] = units[0x80 | (cp & 0x3f)]
        bytes += 3
      } else {
        i++
        cp = 0x10000 + (((cp & 0x3ff) << 10) | (unitAt(str, i) & 0x3ff))
        word[n++] = units[0xf0 | (cp >> 18)]
        word[n++] = units[0x80 | ((cp >> 12) & 0x3f)]
        word[n++] = units[0x80 | ((cp >> 6) & 0x3f)]
        word[n++] = units[0x80 | (cp & 0x3f)]
        bytes += 4
      }
      // the unit just read is the word's last
      if (bytes > ELD_ENFORCE_CUT_AFTER) break
    }
    if (n > 0) this.addWord(n)
  }

  /** `wordNgrams` of the word's first `n` bytes. */
  private addWord (n: number): void {
    const len = Math.min(n, ELD_WORD_MAX)
    let j = 0
    for (; j + ELD_NGRAM < len; j += ELD_STRIDE) this.addNgram(j === 0, j, j + ELD_NGRAM, false)
    this.addNgram(j === 0, len !== ELD_STRIDE ? Math.max(0, len - ELD_NGRAM) : 0, n, true)
  }

  /** The n-gram of the word's bytes `start`..`end`, with a space before (`lead`) and after (`trail`) if asked. */
  private addNgram (lead: boolean, start: number, end: number, trail: boolean): void {
    const { key, word, seen } = this
    if (end - start + (lead ? 1 : 0) + (trail ? 1 : 0) > PACKED_UNITS) {
      this.addLong(lead, start, end, trail)
      return
    }
    let n = 0
    if (lead) key[n++] = SPACE
    for (let j = start; j < end; j++) key[n++] = word[j]
    if (trail) key[n++] = SPACE
    let packed = 0
    let h = FNV_OFFSET
    for (let j = 0; j < n; j++) {
      packed = packed * UNIT_BASE + key[j]
      h = Math.imul(h ^ key[j], FNV_PRIME)
    }
    packed += n * LENGTH_BASE
    h >>>= 0
    for (let slot = h & (SEEN_SLOTS - 1); ; slot = (slot + 1) & (SEEN_SLOTS - 1)) {
      const k = seen[slot]
      if (k === packed) return
      if (k === 0) {
        seen[slot] = packed
        this.used[this.usedCount++] = slot
        break
      }
    }
    this.add(this.entryOfKey(n, h))
  }

  /** An n-gram too long to pack, as a string. */
  private addLong (lead: boolean, start: number, end: number, trail: boolean): void {
    let ngram = lead ? ' ' : ''
    for (let j = start; j < end; j++) ngram += String.fromCharCode(this.word[j])
    if (trail) ngram += ' '
    this.long ??= new Set()
    if (this.long.has(ngram)) return
    this.long.add(ngram)
    this.add(this.entryOf(ngram))
  }

  /** The table's entry of the first `length` units of `key`, whose hash is `h`. */
  private entryOfKey (length: number, h: number): number {
    const { v, key, mask } = this
    for (let slot = h & mask; v.slots[slot] !== EMPTY; slot = (slot + 1) & mask) {
      const entry = v.slots[slot]
      const start = v.keyStart[entry]
      if (v.keyStart[entry + 1] - start !== length) continue
      let i = 0
      while (i < length && v.keyUnits[start + i] === key[i]) i++
      if (i === length) return entry
    }
    return EMPTY
  }

  private add (entry: number): void {
    if (entry === EMPTY) return
    const { v, sums } = this
    const end = v.pairStart[entry + 1]
    for (let p = v.pairStart[entry]; p < end; p++) sums[v.langs[p]] += v.scores[p] + ELD_BASE_NGRAM_SCORE
  }
}
