/**
 * Text pages as scrapers send them, measured field by field (issue #12: "every field of text pages built from
 * unseen news text with unseen debris"). Each page is real article text from the development sets, laid out the
 * way a scraper that keeps the text of a news page lays it out: chrome above (breadcrumbs, menus), the headline
 * (often with the site's name after it), an info line (date, source, author in one of many shapes), the article,
 * and chrome below (editor lines, end markers, share bars, related headlines, previous/next links, the copyright
 * footer). The metadata in the chrome is generated (names, dates, sources drawn page by page from lists), so each
 * page's truth is known; the layouts rotate page by page, one draw per page from a fixed seed.
 *
 *   npm run eval:text                      # daniel-zh pages whose truth starts with the headline, and WCXB pages
 *   node dist/scripts/eval-text.js --show 20  # and the first 20 pages with a field wrong or missing, with the page
 *
 * Chinese pages: the daniel-zh truths whose first line is a headline (short, no sentence end); the rest is the
 * body. English pages: WCXB truths with their labelled title, author and date, laid out as English sites are.
 * Scores: body P/R/F1 as the HTML eval (per character for Chinese), and right / wrong / missing per field, with
 * answers given where the page has none (`spurious`). The layouts below are this file's own; they were written from
 * the shapes of the seeds and of news sites, not fitted to pagewash's output.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { processPage } from '../src/pipeline.js'
import { findDate } from '../src/text/date.js'
import { prf } from './metric.js'
import { sameAuthors, sameDay, sameTitle, verdict, type Verdict } from './judge.js'

const DEV = join('..', 'shared', 'dev-data')

/** A page to lay out: its headline, its paragraphs, and its labelled metadata where the set has it. */
interface Source { id: string, title: string, paragraphs: string[], author?: string | null, date?: string | null }

/** The page as sent, and what a reader would take from it. */
interface Built {
  id: string
  layout: string
  text: string
  /** When a crawler fetched the page (ISO 8601), for the layouts whose dates need it; none for the others. */
  fetchedAt?: string
  truth: { title: string, body: string, date: string | null, authors: string | null, editors: string | null }
}

/** A draw from a linear congruential generator: the same layouts on every run. */
function drawer (seed: number): (n: number) => number {
  let state = seed
  return n => { state = (state * 1103515245 + 12345) % 2147483648; return Math.floor(state / 65536) % n }
}

const pad = (n: number): string => String(n).padStart(2, '0')

// --- Chinese ---------------------------------------------------------------------------------------------------

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何',
  '高', '林', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹']
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超',
  '秀英', '华', '慧', '建国', '海燕', '晓东', '志强', '文', '雪', '博', '宇', '鑫', '婷', '立新', '春梅', '国平']
const SOURCES_ZH = ['新华社', '人民网', '中国新闻网', '央视新闻', '经济日报', '光明网', '南方日报', '澎湃新闻',
  '北京青年报', '新京报', '羊城晚报', '中国青年报']
const SITES_ZH = ['新浪新闻', '中国新闻网', '网易新闻', '凤凰网', '人民网', '东方网', '中华网', '环球网']
const SECTIONS_ZH = ['国内新闻', '社会', '财经', '科技', '地方新闻', '要闻']

function chineseName (draw: (n: number) => number): string {
  return SURNAMES[draw(SURNAMES.length)] + GIVEN[draw(GIVEN.length)]
}

/** An info-line layout: its lines above the body and below it, and which of the page's fields they give. */
interface ZhLayout {
  name: string
  lines: string[]
  after: string[]
  date: string | null
  author: boolean
  editor: boolean
  /** The page is sent with the time it was fetched: its info line gives a day without the year. */
  fetched?: boolean
}
const zh = (
  name: string, lines: string[], after: string[], date: string | null, author: boolean, editor: boolean,
  fetched = false
): ZhLayout => ({ name, lines, after, date, author, editor, fetched })

/** How many days after a page's date the crawler of the `yearless-date` layout fetched it. */
const FETCHED_DAYS_AFTER = 3
const DAY_MS = 86_400_000

/** The chrome above a Chinese page's headline: none, a breadcrumb, a location line or a menu. */
function zhTop (section: string, draw: (n: number) => number): string[] {
  return [
    [] as string[],
    [`首页 > ${section} > 正文`],
    [`当前位置：首页 >> ${section}`],
    ['首页 | 新闻 | 财经 | 体育 | 科技 | 娱乐']
  ][draw(4)]
}

/** When the crawler fetched a page of `day` (`YYYY-MM-DD`): noon in Beijing, `FETCHED_DAYS_AFTER` days later. */
function fetchedAfter (day: string): string {
  return new Date(Date.parse(`${day}T12:00:00+08:00`) + FETCHED_DAYS_AFTER * DAY_MS).toISOString()
}

/** One layout of a Chinese text page: the lines above the headline, the info line, the lines after the body. */
function chinesePage (s: Source, i: number, others: Source[]): Built {
  const draw = drawer(7919 * (i + 1))
  const y = 2006 + draw(18)
  const mo = 1 + draw(12)
  const d = 1 + draw(28)
  const h = draw(24)
  const mi = draw(60)
  const day = `${y}-${pad(mo)}-${pad(d)}`
  const source = SOURCES_ZH[draw(SOURCES_ZH.length)]
  const site = SITES_ZH[draw(SITES_ZH.length)]
  const section = SECTIONS_ZH[draw(SECTIONS_ZH.length)]
  const author = chineseName(draw)
  const editor = chineseName(draw)
  const other = (k: number): string => others[(i + 1 + k * 37) % others.length].title
  const top = zhTop(section, draw)
  const titleLine = [s.title, `${s.title}_${site}`, `${s.title} - ${site}`, `${s.title}--${site}`][draw(4)]
  // the info line, and which fields it gives
  const time = `${pad(h)}:${pad(mi)}`
  const infos: ZhLayout[] = [
    zh('date-source-author', [`${day} ${time}:${pad(draw(60))}　来源：${source}　作者：${author}`], [], day, true, false),
    zh('labelled-date-editor-end', [`发布时间：${y}年${mo}月${d}日 ${time}　来源：${source}`], [`（责任编辑：${editor}）`],
      day, false, true),
    zh('bracketed', [`【作者：${author}　来源：${source}　发布日期：${day}】`], [], day, true, false),
    zh('reporter-line', [`${y}年${pad(mo)}月${pad(d)}日 ${time}　${source}`, `本报记者　${author}`], [`编辑：${editor}`],
      day, true, true),
    zh('piped-with-views', [`时间：${y}/${pad(mo)}/${pad(d)} | 来源：${source} | 作者：${author} | 浏览次数：${100 + draw(9000)}`],
      [], day, true, false),
    zh('no-date', [`来源：${source}`], [`责任编辑：${editor}`], null, false, true),
    zh('author-first', [`作者：${author}　　来源：${source}　　时间：${day}`], [], day, true, false),
    zh('piped-editor', [`${day} ${time}:00 | 来源: ${source} | 编辑: ${editor}`], [], day, false, true),
    zh('writer-slash', [`${y}年${mo}月${d}日`, `文/${author}`], [`[编辑:${editor}]`], day, true, true),
    zh('manuscript-source', [`稿源：${source}　作者：${author}　发表时间：${y}年${mo}月${d}日 ${time}`], [], day, true, false),
    // the day without its year, as templates print this year's pages: the year is the fetch's (or the one before)
    zh('yearless-date', [`${pad(mo)}-${pad(d)} ${time}　来源：${source}`], [`责任编辑：${editor}`], day, false, true, true),
    // the reporter after the medium with no role word (`2024-10-15 09:32 宁夏日报 马小红`)
    zh('date-source-reporter', [`${day} ${time}　${source}　${author}`], [], day, true, false)
  ]
  const info = infos[draw(infos.length)]
  const fetchedAt = info.fetched === true ? fetchedAfter(day) : undefined
  const tail = [
    [] as string[],
    ['（完）'],
    ['分享到：微信 微博 QQ空间'],
    ['相关新闻', other(0), other(1), other(2)],
    [`上一篇：${other(0)}`, `下一篇：${other(1)}`],
    [`版权所有 © ${y} ${site} 京ICP备${10000000 + draw(89999999)}号`]
  ][draw(6)]
  const lines = [...top, titleLine, ...info.lines, ...s.paragraphs, ...info.after, ...tail]
  return {
    id: s.id,
    layout: info.name,
    text: lines.join('\n'),
    ...(fetchedAt !== undefined ? { fetchedAt } : {}),
    truth: {
      title: s.title,
      body: s.paragraphs.join('\n'),
      date: info.date,
      authors: info.author ? author : null,
      editors: info.editor ? editor : null
    }
  }
}

/** daniel-zh truths that start with a headline: a first line of at most 40 characters with no sentence end. */
function danielSources (dir: string): Source[] {
  const gt = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>
  const out: Source[] = []
  for (const [id, v] of Object.entries(gt)) {
    const lines = v.articleBody.split(/\n+/).map(s => s.trim()).filter(s => s !== '')
    if (lines.length < 3 || lines[0].length > 40 || /[。！？.!?]$/u.test(lines[0])) continue
    out.push({ id, title: lines[0], paragraphs: lines.slice(1) })
  }
  return out
}

// --- English ---------------------------------------------------------------------------------------------------

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December']
const SITES_EN = ['The Daily Ledger', 'Metro Times', 'Tech Insider Weekly', 'Harbor News', 'The Valley Post']

function englishPage (s: Source, i: number, others: Source[]): Built {
  const draw = drawer(104729 * (i + 1))
  const day = s.date ?? null
  const author = s.author ?? null
  const site = SITES_EN[draw(SITES_EN.length)]
  const other = (k: number): string => others[(i + 1 + k * 37) % others.length].title
  let written = ''
  if (day !== null) {
    const [y, m, d] = day.slice(0, 10).split('-').map(Number)
    const month = MONTHS[m - 1]
    const shapes = [`${month} ${d}, ${y}`, `${d} ${month} ${y}`, day.slice(0, 10), `${month.slice(0, 3)} ${d}, ${y}`]
    written = shapes[draw(shapes.length)]
  }
  const top = [
    [] as string[], ['Home > News'], ['Home | News | Business | Sports | Opinion'], ['Skip to content']
  ][draw(4)]
  const titleLine = [s.title, `${s.title} - ${site}`, `${s.title} | ${site}`][draw(3)]
  const byline = author === null ? [] : [`By ${author}`]
  const dated = day === null ? [] : [written]
  const both = author !== null && day !== null
  const when = (line: string): string[] => day === null ? [] : [line]
  const clock = `${1 + draw(12)}:${pad(draw(60))} ${draw(2) === 0 ? 'am' : 'pm'}`
  const infos: Array<{ name: string, lines: string[] }> = [
    { name: 'by-pipe-date', lines: both ? [`By ${author} | ${written}`] : [...byline, ...dated] },
    { name: 'date-then-by', lines: [...dated, ...byline] },
    { name: 'published-label', lines: [...(day === null ? [] : [`Published: ${written}`]), ...byline] },
    { name: 'posted-on', lines: both ? [`Posted on ${written} by ${author}`] : [...dated, ...byline] },
    { name: 'written-by-on', lines: both ? [`Written by ${author} on ${written}`] : [...byline, ...dated] },
    { name: 'labelled-fields', lines: [...byline.map(b => b.replace(/^By /, 'Author: ')), ...when(`Date: ${written}`)] },
    { name: 'date-at-time', lines: [...when(`${written} at ${clock}`), ...byline] }
  ]
  const info = infos[draw(infos.length)]
  const tail = [
    [] as string[],
    ['Share this: Facebook Twitter LinkedIn Email'],
    ['Related Articles', other(0), other(1), other(2)],
    [`© ${2024} ${site}. All rights reserved.`]
  ][draw(4)]
  const lines = [...top, titleLine, ...info.lines, ...s.paragraphs, ...tail]
  return {
    id: s.id,
    layout: info.name,
    text: lines.join('\n'),
    truth: { title: s.title, body: s.paragraphs.join('\n'), date: day, authors: author, editors: null }
  }
}

/** WCXB truths with a title and at least three paragraphs (the article text as the set labels it). */
function wcxbSources (dir: string): Source[] {
  const gtDir = join(dir, 'ground-truth')
  return readdirSync(gtDir).filter(f => f.endsWith('.json')).sort().flatMap(f => {
    const gt = JSON.parse(readFileSync(join(gtDir, f), 'utf8')) as {
      ground_truth: {
        title?: string | null, author?: string | null, publish_date?: string | null, main_content?: string | null
      }
    }
    const t = gt.ground_truth
    const paragraphs = (t.main_content ?? '').split(/\n+/).map(s => s.trim()).filter(s => s !== '')
    if (typeof t.title !== 'string' || paragraphs.length < 3) return []
    // the title often opens the labelled text too: a page prints it once
    const body = paragraphs[0] === t.title ? paragraphs.slice(1) : paragraphs
    return [{ id: f.replace(/\.json$/, ''), title: t.title, paragraphs: body, author: t.author ?? null, date: t.publish_date ?? null }]
  })
}

// --- scoring ---------------------------------------------------------------------------------------------------

interface Score {
  id: string
  layout: string
  f: number
  p: number
  r: number
  title: Verdict
  date: Verdict
  author: Verdict
  editor: Verdict
  got: { title: string | null, date: string | null, authors: string[], editors: string[] }
}

/** Credit words a news text writes before its own reporters' names (`新华社记者 李慧 张建`, `（通讯员 王伟）`). */
const CREDIT_BEFORE = /(?:记者|記者|通讯员|通訊員|实习生|實習生|作者|撰文|文\/|文／|摄影|攝影|编辑|編輯|\bBy)[^。！？.!?\n]{0,12}$/u

/**
 * The authors to judge: a name the article's own text credits (a reporter named in the body's credit) is the
 * article's too, and is not held against the answer; the page's truth is the generated name.
 */
function judgedAuthors (got: string[], want: string | null, body: string): string[] {
  return got.filter(n => n === want || !credited(n, body))
}

/**
 * What follows a name the article's own text credits with no role word before it: a report byline's place and verb
 * (`【邱俊吉╱台北報導】`, Apple Daily's).
 */
const CREDIT_AFTER = /^\s*[／╱/]\s*\p{Script=Han}{0,6}(?:報導|报道|電|电)/u
/** A medium glued before a name inside a credit's bracket (`（新华网张改萍 中国气象网记者颜昕）`). */
const MEDIUM_BEFORE = /[（(【][^）)】]{0,8}(?:网|網|社|报|報|台)$/u

function credited (name: string, body: string): boolean {
  for (let i = body.indexOf(name); i >= 0; i = body.indexOf(name, i + 1)) {
    const before = body.slice(Math.max(0, i - 16), i)
    if (CREDIT_BEFORE.test(before) || MEDIUM_BEFORE.test(before)) return true
    if (CREDIT_AFTER.test(body.slice(i + name.length, i + name.length + 12))) return true
  }
  return false
}

/** The first lines of an article's own text, where a date line under its headline stands. */
const OWN_DATE_LINES = 3
/** Most characters of a date line besides its date (`2012-01-11 HKT 21:43`: the zone). */
const OWN_DATE_REST = 6

/**
 * The date the article's own text shows under its headline (`2012-01-11 HKT 21:43` in an RTHK article), null when
 * none: on a page laid out with no generated date, that date is the page's, and an answer of it is right.
 */
function ownDate (body: string): string | null {
  for (const line of body.split('\n').slice(0, OWN_DATE_LINES)) {
    const found = findDate(line)
    if (found !== null && line.trim().length - found.length <= OWN_DATE_REST) return found.iso
  }
  return null
}

function score (b: Built): Score {
  let got: Score['got'] = { title: null, date: null, authors: [], editors: [] }
  let body = ''
  try {
    const fetched = b.fetchedAt !== undefined ? { fetchedAt: b.fetchedAt } : {}
    const { article } = processPage({ content: b.text, format: 'text', ...fetched })
    body = article.body.map(x => x.text).join('\n')
    const editors = article.editors.map(e => e.name)
    got = { title: article.title, date: article.published, authors: article.authors, editors }
  } catch { /* an empty answer: every field missing */ }
  const t = b.truth
  const authors = judgedAuthors(got.authors, t.authors, t.body)
  return {
    id: b.id,
    layout: b.layout,
    ...prf(body, t.body),
    title: verdict(t.title, got.title, got.title === null, sameTitle),
    date: verdict(t.date ?? ownDate(t.body), got.date, got.date === null, sameDay),
    author: verdict(t.authors, authors, authors.length === 0, sameAuthors),
    editor: verdict(t.editors, got.editors, got.editors.length === 0, sameAuthors),
    got
  }
}

const FIELDS = ['title', 'date', 'author', 'editor'] as const
const NOT_RIGHT = new Set<Verdict>(['wrong', 'missing', 'spurious'])

function row (scores: Score[], field: typeof FIELDS[number]): string {
  const labelled = scores.filter(s => s[field] === 'right' || s[field] === 'wrong' || s[field] === 'missing')
  const pct = (v: Verdict): string => labelled.length === 0 ? '-' :
    (100 * labelled.filter(s => s[field] === v).length / labelled.length).toFixed(1)
  const none = scores.filter(s => s[field] === 'none-right' || s[field] === 'spurious')
  const spurious = none.filter(s => s[field] === 'spurious').length
  return `${pct('right')} / ${pct('wrong')} / ${pct('missing')} of ${labelled.length}; ` +
    `given where none: ${spurious} of ${none.length}`
}

function report (name: string, scores: Score[], show: number): void {
  const mean = (k: 'f' | 'p' | 'r'): string =>
    (scores.reduce((a, s) => a + s[k], 0) / Math.max(1, scores.length)).toFixed(4)
  console.log(`\n${name}: ${scores.length} pages`)
  console.log(`  body P / R / F1 (mean)            ${mean('p')} / ${mean('r')} / ${mean('f')}`)
  for (const f of FIELDS) console.log(`  ${(f + ' % right / wrong / missing').padEnd(33)} ${row(scores, f)}`)
  const layouts = [...new Set(scores.map(s => s.layout))]
  for (const l of layouts) {
    const ls = scores.filter(s => s.layout === l)
    const bad = (f: typeof FIELDS[number]): number => ls.filter(s => NOT_RIGHT.has(s[f])).length
    console.log(`    layout ${l.padEnd(26)} ${String(ls.length).padStart(4)} pages; not right: ` +
      FIELDS.map(f => `${f} ${bad(f)}`).join(', '))
  }
  let shown = 0
  for (const s of scores) {
    if (shown >= show) break
    const off = FIELDS.filter(f => NOT_RIGHT.has(s[f]))
    if (off.length === 0) continue
    shown++
    console.log(`  ${s.id} [${s.layout}] ${off.map(f => `${f} ${s[f]}`).join(', ')}: got ${JSON.stringify(s.got)}`)
  }
}

/** The text-page eval of the development sets (also printed by `npm run eval` after its HTML table). */
export function evalTextPages (show = 0): void {
  const zhDir = join(DEV, 'daniel-zh')
  const enDir = join(DEV, 'wcxb-articles')
  if (!existsSync(zhDir) && !existsSync(enDir)) {
    console.log(`No development data under ${DEV}: nothing to measure.`)
    return
  }
  console.log('\npagewash text-page eval: real article text laid out with generated chrome and metadata')
  if (existsSync(zhDir)) {
    const sources = danielSources(zhDir)
    report('daniel-zh as text pages', sources.map((s, i) => score(chinesePage(s, i, sources))), show)
  }
  if (existsSync(enDir)) {
    const sources = wcxbSources(enDir)
    report('WCXB as text pages', sources.map((s, i) => score(englishPage(s, i, sources))), show)
  }
}

function main (): void {
  const showAt = process.argv.indexOf('--show')
  evalTextPages(showAt > 0 ? Number(process.argv[showAt + 1] ?? 10) : 0)
}

if (process.argv[1] !== undefined && /eval-text\.[jt]s$/.test(process.argv[1])) main()

export { chinesePage, englishPage, danielSources, wcxbSources, score, report }
