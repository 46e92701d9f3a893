/**
 * Unseen spam, measured: real article text from the development sets with brands the lexicon has never seen spliced
 * in, run through the text pipeline beside the same page without them.
 *
 *   npm run build:dev && node dist/scripts/eval-spam.js      # daniel-zh and WCXB truth texts, and the seeds
 *   node dist/scripts/eval-spam.js --show                   # and each page that lost real text, with what it lost
 *
 * Each page is run clean, then once per scenario (one spliced brand each, its position rotating page by page:
 * start of a paragraph, after a comma, before a sentence's end). Chinese pages (daniel-zh):
 *   - `lone`: the brand once inside a sentence, nothing else on the page;
 *   - `nav`: the same, and the brand in two navigation lines (`首页 | 九游娱乐 | 新闻中心`), as hacked templates do;
 *   - `link`: the same, and a line pointing to a gambling host;
 *   - `code`: a Latin brand code (`hg8868`) inside a sentence, and the gambling link line;
 *   - `tail`: the brand and an entry word (`官网`, `app下载`, `登录入口`) glued after the last sentence of a paragraph
 *     (`…增加了三成。九游娱乐官网`), as a hacked template appends a link's text, nothing else on the page;
 *   - `entry`: the same brand and entry word on a line of their own between two paragraphs (`欧宝体育app下载`), nothing
 *     else on the page;
 *   - `place`: the brand put in place of a place name everywhere on the page (`西吉县` -> `九游娱乐县`), as a
 *     hacker's replace-all does, nothing else on the page; the place is the first two characters and an
 *     administrative suffix that CC-CEDICT lists as a word, and the clean page it is judged against has the name
 *     taken out (so the real text lost is only what went beyond the brand).
 * English pages (WCXB) get an English gambling line (`Macau Casino Online | Login | Register`) at the top.
 * Recall: the spliced brand (or line) is gone from the body and listed in `removed` as spam. False removals: tokens
 * of the clean page's body that the spliced page's body lost (real text taken with the brand), and spam removals on
 * the clean pages themselves. The test brands are checked to be disjoint from the brands of data/spam-lexicon.json.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { processPage } from '../src/pipeline.js'
import { SPAM_LEXICON } from '../src/text/spam-lexicon.js'
import { tokens } from './metric.js'
import { isWord } from '../src/text/han-words.js'

/** Unseen Han brands: shapes betting spam uses; none is, contains or is contained by a lexicon term. */
const HAN_BRANDS = ['九游娱乐', '博亚体育', '鸿发娱乐', '宝盈棋牌', '豪利国际', '新宝彩票', '欧亿平台', '盈禾娱乐',
  '鼎丰体育', '星辉国际', '金冠体育', '大发棋牌']
/** Latin brand codes with digits. */
const CODES = ['hg8868', 'ky0099', 'js5599', 'bob66', 'dfh888', 'yb1688']
/** Gambling hosts for the link line. */
const HOSTS = ['www.hg8868.com', 'm.ky0099.net', 'js5599.vip', 'www.bet9988.cc']
/** What a trailing promotion appends to the brand: the site's address, a download, a log-in. */
const ENTRIES = ['官网', 'app下载', '登录入口']
const EN_LINES = ['Macau Casino Online | Login | Register', 'Best Baccarat Site | Sign Up | Play Now',
  'Online Roulette Malaysia | Register | Login', 'Lucky Slots Casino | Join Now']

interface Page { id: string, paragraphs: string[] }

/** A place name of the page: two Han characters and an administrative suffix, a dictionary word (`西吉县`). */
const PLACE = /\p{Script=Han}{2}[省市县区镇乡]/gu

/** The first place name of the page's paragraphs that CC-CEDICT lists as a word, or null. */
function placeName (paragraphs: readonly string[]): string | null {
  for (const text of paragraphs) {
    for (const m of text.matchAll(PLACE)) if (isWord(m[0])) return m[0]
  }
  return null
}

function disjointFromLexicon (): void {
  // brands: no overlap at all; gambling vocabulary (`棋牌`) may end a brand, as it does in real ones
  const brands = SPAM_LEXICON.terms.filter(t => t.kind !== 'generic').map(t => t.term.toLowerCase())
  const generic = SPAM_LEXICON.terms.filter(t => t.kind === 'generic').map(t => t.term.toLowerCase())
  for (const b of [...HAN_BRANDS, ...CODES]) {
    const x = b.toLowerCase()
    const clash = brands.find(t => t.includes(x) || x.includes(t)) ?? generic.find(t => t === x)
    if (clash !== undefined) throw new Error(`test brand ${b} meets the lexicon term ${clash}`)
  }
}

function paragraphs (text: string): string[] {
  return text.split(/\n+/).map(s => s.trim()).filter(s => s !== '')
}

function danielPages (dir: string): Page[] {
  const gt = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>
  return Object.entries(gt).map(([id, v]) => ({ id, paragraphs: paragraphs(v.articleBody) }))
    .filter(p => p.paragraphs.length >= 2)
}

function wcxbPages (dir: string): Page[] {
  const gtDir = join(dir, 'ground-truth')
  return readdirSync(gtDir).filter(f => f.endsWith('.json')).sort().map(f => {
    const gt = JSON.parse(readFileSync(join(gtDir, f), 'utf8')) as { ground_truth: { main_content: string } }
    return { id: f.replace(/\.json$/, ''), paragraphs: paragraphs(gt.ground_truth.main_content ?? '') }
  }).filter(p => p.paragraphs.length >= 2)
}

/** `text` with `piece` put in at one of three positions, chosen by `k`. */
function splice (text: string, piece: string, k: number): string {
  if (k % 3 === 0) return piece + text
  const comma = text.search(/[，,、]/u)
  if (k % 3 === 1 && comma > 0) return text.slice(0, comma + 1) + piece + text.slice(comma + 1)
  const end = text.search(/[。！？.!?](?!.*[。！？.!?])/u)
  return end > 0 ? text.slice(0, end) + piece + text.slice(end) : text + piece
}

interface Run { body: string, spam: string[] }

function run (lines: string[]): Run {
  const { article } = processPage({ content: lines.join('\n\n'), format: 'text' })
  return {
    body: article.body.map(b => b.text).join('\n'),
    spam: article.removed.filter(r => r.kind === 'spam').map(r => r.text)
  }
}

/** Tokens of `clean` missing from `spliced`: real text lost with the spam. */
function lostTokens (clean: string, spliced: string): string[] {
  const have = new Map<string, number>()
  for (const t of tokens(spliced)) have.set(t, (have.get(t) ?? 0) + 1)
  const lost: string[] = []
  for (const t of tokens(clean)) {
    const n = have.get(t) ?? 0
    if (n === 0) lost.push(t)
    else have.set(t, n - 1)
  }
  return lost
}

interface Tally { n: number, removed: number, lostPages: number, lostTokens: number }
const tally = (): Tally => ({ n: 0, removed: 0, lostPages: 0, lostTokens: 0 })

/** A scenario: its name, the page's lines, the piece spliced in, and the clean lines it is judged against. */
type Scenario = [string, string[], string, string[]?]

function scenarios (p: Page, i: number): Scenario[] {
  const brand = HAN_BRANDS[i % HAN_BRANDS.length]
  const code = CODES[i % CODES.length]
  const at = 1 + (i % (p.paragraphs.length - 1))
  const withBrand = p.paragraphs.map((s, j) => j === at ? splice(s, brand, i) : s)
  const nav = (x: string): string => `首页 | ${x} | 新闻中心 | 联系我们`
  const link = `更多精彩请访问 ${HOSTS[i % HOSTS.length]}`
  const place = placeName(p.paragraphs)
  // the name replaced everywhere it stands before its suffix; the clean page has it taken out
  const replaced = (by: string): string[] => place === null
    ? []
    : p.paragraphs.map(s => s.replaceAll(place, by + place.slice(2)))
  const tail = brand + ENTRIES[i % ENTRIES.length]
  const ends = /[。！？]$/u.test(p.paragraphs[at])
  return [
    ...(place === null ? [] : [['place', replaced(brand), brand, replaced('')] satisfies Scenario]),
    ...(ends ? [['tail', p.paragraphs.map((s, j) => j === at ? s + tail : s), tail] satisfies Scenario] : []),
    // the same link text on a line of its own, between two paragraphs
    ['entry', [...p.paragraphs.slice(0, at), tail, ...p.paragraphs.slice(at)], tail],
    ['lone', withBrand, brand],
    ['nav', [nav(brand), ...withBrand, nav(brand)], brand],
    ['link', [...withBrand, link], brand],
    // a code stands apart from Latin letters and digits around it, as in the domain it comes from
    ['code', [...p.paragraphs.map((s, j) => j === at ? splice(s, ` ${code} `, i) : s), link], code]
  ]
}

/** `--show`: print each page that lost real text, with the tokens lost and the spam removals. */
const SHOW = process.argv.includes('--show')

function score (t: Tally, clean: Run, spliced: Run, piece: string, where: string): void {
  t.n++
  if (!spliced.body.includes(piece) && spliced.spam.some(s => s.includes(piece))) t.removed++
  const lost = lostTokens(clean.body, spliced.body)
  if (lost.length > 0) t.lostPages++
  t.lostTokens += lost.length
  if (SHOW && lost.length > 0) console.log(`  ${where}: lost ${lost.join('')} removed ${JSON.stringify(spliced.spam)}`)
}

function print (name: string, tallies: Map<string, Tally>, cleanSpam: number, pages: number): void {
  console.log(`\n${name}: ${pages} pages, spam removals on the clean pages: ${cleanSpam}`)
  console.log('  scenario  spliced  removed (recall)   pages that lost real text  tokens lost')
  for (const [s, t] of tallies) {
    const recall = t.n === 0 ? 'n/a' : (100 * t.removed / t.n).toFixed(1) + '%'
    console.log(`  ${s.padEnd(8)}  ${String(t.n).padEnd(7)}  ${`${t.removed} (${recall})`.padEnd(17)}  ` +
      `${String(t.lostPages).padEnd(25)}  ${t.lostTokens}`)
  }
}

function evalChinese (pages: Page[]): void {
  const tallies = new Map<string, Tally>()
  let cleanSpam = 0
  pages.forEach((p, i) => {
    const clean = run(p.paragraphs)
    cleanSpam += clean.spam.length
    for (const [name, lines, piece, against] of scenarios(p, i)) {
      const t = tallies.get(name) ?? tally()
      tallies.set(name, t)
      score(t, against === undefined ? clean : run(against), run(lines), piece, `${p.id} ${name}`)
    }
  })
  print('daniel-zh truth texts', tallies, cleanSpam, pages.length)
}

function evalEnglish (pages: Page[]): void {
  const tallies = new Map<string, Tally>([['en-line', tally()]])
  let cleanSpam = 0
  pages.forEach((p, i) => {
    const clean = run(p.paragraphs)
    cleanSpam += clean.spam.length
    const line = EN_LINES[i % EN_LINES.length]
    score(tallies.get('en-line')!, clean, run([line, ...p.paragraphs]), line, p.id)
  })
  print('WCXB truth texts', tallies, cleanSpam, pages.length)
}

function evalSeeds (dir: string): void {
  const files = readdirSync(dir).filter(f => f.endsWith('.txt')).sort()
  const spam = files.flatMap(f => run([readFileSync(join(dir, f), 'utf8')]).spam)
  const list = spam.length > 0 ? ' ' + JSON.stringify(spam) : ''
  console.log(`\nseeds: ${files.length} pages, spam removals: ${spam.length}${list}`)
}

function main (): void {
  disjointFromLexicon()
  const devData = join(process.cwd(), '..', 'shared', 'dev-data')
  const daniel = join(devData, 'daniel-zh')
  const wcxb = join(devData, 'wcxb-articles')
  if (existsSync(daniel)) evalChinese(danielPages(daniel))
  if (existsSync(wcxb)) evalEnglish(wcxbPages(wcxb))
  evalSeeds(join(process.cwd(), 'test', 'fixtures', 'seeds'))
}

if (process.argv[1] !== undefined && /eval-spam\.[jt]s$/.test(process.argv[1])) main()
