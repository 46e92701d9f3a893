/**
 * Scores the language detector on folders of labelled lines (`lang<TAB>text`, lang a BCP 47 tag or `und`).
 *
 *   npm run eval:language                     # dev and held-out splits of test/fixtures/language
 *   npm run eval:language -- --errors         # also list every wrong answer
 *   npm run eval:language -- path/to/folder   # any folder of *.tsv files
 *   npm run eval:language -- --wcxb           # also: real English pages of ../shared/dev-data (read, not copied)
 *
 * Prints, per split: accuracy by language and by length band, the 28-language targets (< 60 and >= 60
 * characters, base files only), the zh/en targets (>= 10 characters), zh-Hans vs zh-Hant, Japanese/Korean taken
 * for Chinese, calibration (accuracy among answers with confidence >= 0.9) and the und rate; and the same
 * lines through franc alone and eld alone, as baselines.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { franc } from 'franc'
import { eld } from 'eld/large'
import { detectLanguage } from '../src/language/index.js'
import { LANGUAGES } from '../src/language/tables.js'

interface Line { file: string, label: string, text: string, stress: boolean }

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const args = process.argv.slice(2)
const showErrors = args.includes('--errors')
const wcxb = args.includes('--wcxb')
const folders = args.filter(a => !a.startsWith('--'))
const targets = folders.length > 0
  ? folders
  : ['dev', 'heldout'].map(s => join(ROOT, 'test', 'fixtures', 'language', s))

function readFolder (dir: string): Line[] {
  const lines: Line[] = []
  for (const f of readdirSync(dir).filter(n => n.endsWith('.tsv')).sort()) {
    for (const raw of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (raw.trim() === '' || raw.startsWith('#')) continue
      const tab = raw.indexOf('\t')
      if (tab < 0) throw new Error(`${f}: no tab in line: ${raw}`)
      lines.push({ file: f, label: raw.slice(0, tab), text: raw.slice(tab + 1), stress: f.startsWith('stress-') })
    }
  }
  return lines
}

const FRANC_TO_TAG = new Map(LANGUAGES.flatMap(l => l.franc === null ? [] : [[l.franc, l.tag] as const]))
const ELD_TO_TAG = new Map(LANGUAGES.flatMap(l => l.eld === null ? [] : [[l.eld, l.tag] as const]))
const same = (label: string, answer: string): boolean => label === answer
/** Baselines cannot tell zh-Hans from zh-Hant: any Chinese answer counts for either. */
const sameBaseline = (label: string, answer: string): boolean =>
  label === answer || (label.startsWith('zh') && answer.startsWith('zh'))

function francTag (text: string): string {
  const iso = franc(text)
  if (iso === 'cmn') return 'zh'
  return FRANC_TO_TAG.get(iso) ?? (iso === 'und' ? 'und' : iso)
}
function eldTag (text: string): string {
  const code = eld.detect(text).language
  if (code === '') return 'und'
  if (code === 'zh') return 'zh'
  return ELD_TO_TAG.get(code) ?? code
}

class Tally {
  n = 0
  ok = 0
  add (right: boolean): void { this.n++; if (right) this.ok++ }
  show (): string {
    return this.n === 0 ? '   -   (0)' : `${(100 * this.ok / this.n).toFixed(2).padStart(6)}% (${this.ok}/${this.n})`
  }
}

function band (text: string): string {
  const n = [...text].length
  return n < 10 ? '<10' : n < 20 ? '10-19' : n < 60 ? '20-59' : n < 150 ? '60-149' : '150+'
}

function confidenceBin (confidence: number): string {
  if (confidence >= 0.9) return '>=0.9'
  if (confidence >= 0.7) return '0.7-0.9'
  if (confidence >= 0.5) return '0.5-0.7'
  return confidence > 0 ? '0-0.5' : '0'
}

/** The tally of `key` in `m`, created on first use. */
function tallyOf (m: Map<string, Tally>, key: string): Tally {
  let t = m.get(key)
  if (t === undefined) {
    t = new Tally()
    m.set(key, t)
  }
  return t
}

/** Every count one split's report prints. */
function newScores () {
  return {
    byLang: new Map<string, Tally>(),
    byBand: new Map<string, Tally>(),
    major: { short: new Tally(), long: new Tally() },
    majorFranc: { short: new Tally(), long: new Tally() },
    majorEld: { short: new Tally(), long: new Tally() },
    zhEn: new Tally(),
    zhEnFranc: new Tally(),
    zhEnBands: new Map<string, Tally>(),
    variant: new Tally(),
    cjkAsChinese: new Tally(),
    calib: new Tally(),
    calibBins: new Map<string, Tally>(),
    und: 0,
    labelled: 0,
    undExpected: new Tally(),
    errors: [] as string[],
  }
}
type Scores = ReturnType<typeof newScores>

/** One labelled line through the detector (and, for the targets that compare, the baselines). */
function scoreLine (s: Scores, line: Line): void {
  const answer = detectLanguage(line.text)
  const right = same(line.label, answer.tag)
  const len = [...line.text].length
  if (!right) s.errors.push(`${line.file}\t${line.label} -> ${answer.tag} (${answer.confidence})\t${line.text}`)
  tallyOf(s.byLang, line.label).add(right)
  tallyOf(s.byBand, band(line.text)).add(right)
  if (answer.confidence >= 0.9) s.calib.add(right)
  tallyOf(s.calibBins, confidenceBin(answer.confidence)).add(right)
  if (line.label === 'und') {
    s.undExpected.add(answer.tag === 'und')
    return
  }
  s.labelled++
  if (answer.tag === 'und') s.und++
  if (!line.stress) {
    const key = len < 60 ? 'short' : 'long'
    s.major[key].add(right)
    s.majorFranc[key].add(sameBaseline(line.label, francTag(line.text)))
    s.majorEld[key].add(sameBaseline(line.label, eldTag(line.text)))
  }
  if ((line.label === 'en' || line.label.startsWith('zh')) && len >= 10) {
    s.zhEn.add(right)
    s.zhEnFranc.add(sameBaseline(line.label, francTag(line.text)))
    tallyOf(s.zhEnBands, band(line.text)).add(right)
  }
  if (line.label.startsWith('zh') && answer.tag.startsWith('zh')) s.variant.add(right)
  if (line.label === 'ja' || line.label === 'ko') s.cjkAsChinese.add(!answer.tag.startsWith('zh'))
}

/** The tallies of `m` under `keys`, in that order, one indented line each. */
function printBands (m: Map<string, Tally>, keys: string[], prefix = ''): void {
  for (const k of keys) {
    const t = m.get(k)
    if (t !== undefined) console.log(`  ${prefix}${k.padEnd(8)} ${prefix === '' ? '' : 'right '}${t.show()}`)
  }
}

function printScores (s: Scores, lineCount: number, ms: number): void {
  console.log('by language:')
  for (const [k, t] of [...s.byLang.entries()].sort()) console.log(`  ${k.padEnd(8)} ${t.show()}`)
  console.log('by length band (characters):')
  printBands(s.byBand, ['<10', '10-19', '20-59', '60-149', '150+'])
  console.log('28 major languages (base files, not stress):          detector | franc alone | eld alone')
  const { major, majorFranc, majorEld } = s
  console.log(`  < 60 chars   ${major.short.show()}   | ${majorFranc.short.show()} | ${majorEld.short.show()}` +
    '   target >= 93%')
  console.log(`  >= 60 chars  ${major.long.show()}   | ${majorFranc.long.show()} | ${majorEld.long.show()}` +
    '   target >= 98%')
  console.log(`zh/en, >= 10 chars (all files):  ${s.zhEn.show()}  franc alone ${s.zhEnFranc.show()}   target >= 99.5%`)
  printBands(s.zhEnBands, ['10-19', '20-59', '60-149', '150+'])
  console.log(`zh-Hans vs zh-Hant (Chinese answered as Chinese): ${s.variant.show()}`)
  console.log(`ja/ko not taken for Chinese: ${s.cjkAsChinese.show()}`)
  const calibShare = (100 * s.calib.n / lineCount).toFixed(1)
  console.log(`calibration: right among confidence >= 0.9: ${s.calib.show()}  (${calibShare}% of lines)  target >= 99%`)
  printBands(s.calibBins, ['>=0.9', '0.7-0.9', '0.5-0.7', '0-0.5', '0'], 'confidence ')
  const undRate = (100 * s.und / Math.max(1, s.labelled)).toFixed(2)
  console.log(`und rate on labelled lines: ${undRate}% (${s.und}/${s.labelled}); ` +
    `und expected and given: ${s.undExpected.show()}`)
  console.log(`time: ${ms.toFixed(0)} ms for the detector plus baselines`)
}

function report (name: string, lines: Line[]): void {
  console.log(`\n=== ${name}: ${lines.length} lines`)
  const scores = newScores()
  const t0 = performance.now()
  for (const line of lines) scoreLine(scores, line)
  printScores(scores, lines.length, performance.now() - t0)
  if (showErrors) for (const e of scores.errors) console.log('  ERR ' + e)
}

for (const t of targets) {
  if (!statSync(t).isDirectory()) throw new Error(`${t} is not a folder`)
  report(basename(t), readFolder(t))
}

/**
 * Real pages: the 711 English articles of the WCXB development split (ground-truth main text). Every page must
 * be `en`; every line of 20-300 characters (headings, list items, table rows and sentences alike) is scored too,
 * with the calibration check. Lines of names and figures are the hard part.
 */
if (wcxb) {
  const dir = join(ROOT, '..', 'shared', 'dev-data', 'wcxb-articles', 'ground-truth')
  const pages = new Tally()
  const sentences = new Tally()
  const confident = new Tally()
  let und = 0
  for (const f of readdirSync(dir).filter(n => n.endsWith('.json'))) {
    const truth = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { ground_truth: { main_content?: string } }
    const text = truth.ground_truth.main_content ?? ''
    if (text.trim() === '') continue
    pages.add(detectLanguage(text).tag === 'en')
    for (const line of text.split(/\n+/).flatMap(p => p.split(/(?<=[.!?])\s+/))) {
      if (line.length < 20 || line.length > 300) continue
      const r = detectLanguage(line)
      sentences.add(r.tag === 'en')
      if (r.tag === 'und') und++
      if (r.confidence >= 0.9) confident.add(r.tag === 'en')
    }
  }
  console.log(`\n=== wcxb (real English pages, ../shared/dev-data)`)
  console.log(`pages answered en: ${pages.show()}`)
  console.log(`lines of 20-300 characters answered en: ${sentences.show()}  (und ${und})`)
  const confidentShare = (100 * confident.n / Math.max(1, sentences.n)).toFixed(1)
  console.log(`calibration: right among confidence >= 0.9: ${confident.show()}  (${confidentShare}% of lines)`)
}
