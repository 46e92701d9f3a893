/**
 * Stage 4: strip boilerplate. What is not the article goes, each removal with its kind and a reason:
 *   - the end of the article: an end marker (`- END -`, `(over)`, `(完)`, `【完】`; also glued to the end of the
 *     last paragraph, where only the marker goes), a tail-section header (`相关阅读`, `猜你喜欢`, `Related news`,
 *     `48小时点击排行榜`, comments...), or, on pages with neither, a run of teasers at the end (headlines and
 *     truncated lines ending `...`/`…`, link lists). Everything from there on goes, except info lines that follow
 *     the end marker directly (`【编辑:X】` after `（完）`), left for the metadata stage;
 *   - lines that are navigation (`搜索`, `注册`, `Home`, runs of menu labels), breadcrumbs (`current position: ...`,
 *     `网 > 新闻中心 > 国内新闻 > 正文`), image file names, footers and toolbars (copyright, share, print, font size),
 *     stray machine-translation debris (lone `not`, the `not` of `notSource:`);
 *   - the signature under an official notice or report (落款): one to three lines naming the issuing bodies right
 *     before a date-only line, after the last paragraph of running text (the date line is left to the metadata
 *     stage, which reads it);
 *   - the author's biography after the article (`Jane Moss is a senior reporter...`, see bio.ts).
 * Markers live in data/boilerplate.json.
 */
import { readZhByline } from '../text/zh-byline.js'
import type { Candidate, Draft } from '../draft.js'
import type { InputFormat, Removal, RemovalKind } from '../types.js'
import { loadData } from '../data.js'
import { hasDate, mayHoldLabel, parseInfoLine, splitDatePrefix } from '../text/fields.js'
import { findDate } from '../text/date.js'
import { dropAuthorBios } from './bio.js'
import {
  holdsHan, isRegExpSpace, isRunningText, unitAt, weightedLength, weightedLengthAtLeast, weightedLengthOver,
  spacedLiteral
} from '../text/index.js'
import { ZH_CREDIT_ROLE } from '../text/roles.js'
import { isChineseOrganization } from '../text/org-names.js'
import { opensWithCrumbLabel } from '../text/breadcrumb.js'
import { withoutLeadMark } from '../text/zh-byline.js'
import { anchoredUnion, endGate, gated, hasAtMostKeyUnits, matchesGated, type GatedPattern } from './patterns.js'

interface Sourced { source: string }
interface BoilerplateFile {
  navigation: Array<Sourced & { text: string }>
  breadcrumbLeaves: Array<Sourced & { text: string }>
  endMarkers: Array<Sourced & { pattern: string }>
  gluedEndMarkers: Array<Sourced & { pattern: string }>
  tailHeaders: Array<Sourced & { text: string, kind: RemovalKind }>
  /** `maxLength`: the longest line (weighted length) the pattern removes, when not LINE_MAX. */
  lines: Array<Sourced & { pattern: string, kind: RemovalKind, reason: string, maxLength?: number }>
  debris: Array<Sourced & { pattern: string }>
  debrisPrefixes: Array<Sourced & { pattern: string }>
  media: Array<Sourced & { pattern: string }>
  signature: { orgSuffixes: Array<Sourced & { text: string }> }
}

const DATA = loadData<BoilerplateFile>('boilerplate.json')
// A trailing run is matched only from its first character (the look-behind): `[:：\s]+$` alone tried every position
// of a run of colons, each scanning to its end (quadratic on a line of 100,000 colons).
const TRAILING_COLONS = /(?<![:：\s])[:：\s]+$/u
const COLON = unitAt(':', 0)
const FULL_COLON = unitAt('：', 0)
function keyOf (s: string): string {
  const spaced = s.toLowerCase().replace(/\s+/g, ' ')
  // a trailing run ends the text: a text ending in anything else is not searched for one (most keys)
  const last = unitAt(spaced, spaced.length - 1)
  const ends = last === COLON || last === FULL_COLON || isRegExpSpace(last)
  return (ends ? spaced.replace(TRAILING_COLONS, '') : spaced).trim()
}
/** The last key made: a line is asked for its key by several checks in a row (navigation, tail header). */
let lastLine = ''
let lastKey = ''
function key (s: string): string {
  if (s !== lastLine) {
    lastKey = keyOf(s)
    lastLine = s
  }
  return lastKey
}
/** Texts as one alternation, each matching its spacing loosely, the longest first (so a prefix never wins). */
const longestFirst = (texts: string[]): string => texts.map(spacedLiteral).sort((a, b) => b.length - a.length).join('|')
const NAV = new Set(DATA.navigation.map(n => key(n.text)))
const CRUMB_LEAVES = new Set(DATA.breadcrumbLeaves.map(l => key(l.text)))
const END = DATA.endMarkers.map(e => gated(new RegExp(e.pattern, 'iu')))
const GLUED_END = DATA.gluedEndMarkers.map(e => {
  const re = new RegExp(`(?<=[.!?。！？"”’)）\\s])\\s*(${e.pattern.replace(/\$$/, '')})\\s*$`, 'iu')
  return { re, atEnd: endGate(re.source, re.flags) }
})
const TAILS = new Map(DATA.tailHeaders.map(t => [key(t.text), t.kind]))
/** The longest key a line is looked up by: a line with more key characters has no entry (patterns.ts). */
const KEY_MAX = [...NAV, ...CRUMB_LEAVES, ...TAILS.keys()].reduce((max, k) => Math.max(max, k.length), 0)
/** A line's lookup key, or '' when it is longer than every key (no set holds ''). */
const lookupKey = (s: string): string => hasAtMostKeyUnits(s, KEY_MAX) ? key(s) : ''
const TAIL_PREFIX = new RegExp(`^(${longestFirst(DATA.tailHeaders.map(t => t.text))})\\s*[:：]`, 'iu')
/** A line pattern removes lines up to this weighted length: longer is a paragraph that happens to match. */
const LINE_MAX = 200
/**
 * Code units of a character at most (a surrogate pair): every character weighs 1 or more (`weightedLength`), so a
 * line of more than `max * UNITS_PER_CHAR` code units weighs more than `max`.
 */
const UNITS_PER_CHAR = 2
const LINES = DATA.lines.map(l => ({
  ...gated(new RegExp(l.pattern, 'iu')), kind: l.kind, reason: l.reason, max: l.maxLength ?? LINE_MAX
}))
const DEBRIS = DATA.debris.map(d => gated(new RegExp(d.pattern, 'iu')))
const DEBRIS_PREFIX = DATA.debrisPrefixes.map(d => new RegExp(d.pattern, 'u'))
const MEDIA = DATA.media.map(m => gated(new RegExp(m.pattern, 'iu')))
/** Matches exactly when one of the anchored line patterns does: one test instead of forty on most lines. */
const ANY_ANCHORED = anchoredUnion([...DEBRIS, ...END, ...MEDIA, ...LINES])
/** Matches exactly when an anchored end marker does (every end marker is anchored today; others are asked alone). */
const ANY_END = anchoredUnion(END)
const ORG_END = new RegExp(`(?:${longestFirst(DATA.signature.orgSuffixes.map(o => o.text))})$`, 'u')
// `2024年3月27日`, `二〇二四年三月二十七日`, `2024-03-27`: the date of an official document, alone on its line.
const DOC_DATE = /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零○一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2})$/u
const SEGMENTS = /[\s|｜·•]+/u
const SEGMENT_RUNS = new RegExp(SEGMENTS.source, 'gu')
const CRUMB_SEP = /\s*[>»›＞→]\s*|\s+\/\s+/u

/** Whether a block is a paragraph of running text (src/text: long enough and with a sentence in it). */
type ProseTest = (block: Candidate) => boolean

/**
 * `isRunningText` of a block, asked once a page: the page's ends, the article's end and the signature each ask it of
 * every block. Kept by the block (an object never edited: an edit makes a new one, asked anew), not by its text,
 * whose hash would read a whole paragraph where the test reads its first sentence.
 */
function proseTest (): ProseTest {
  const known = new Map<Candidate, boolean>()
  return block => {
    let prose = known.get(block)
    if (prose === undefined) {
      prose = isRunningText(block.text)
      known.set(block, prose)
    }
    return prose
  }
}

/**
 * The patterns worth asking: all of them when the union of the anchored ones matched, else those the union leaves
 * out (the unanchored, and those with a gate of their own), in their order.
 */
function worthAsking<T extends GatedPattern> (patterns: T[]): (anchored: boolean) => T[] {
  const unanchored = patterns.filter(p => !p.anchored || p.gate !== undefined)
  return anchored => anchored ? patterns : unanchored
}
const endsToAsk = worthAsking(END)
const debrisToAsk = worthAsking(DEBRIS)
const mediaToAsk = worthAsking(MEDIA)
const linesToAsk = worthAsking(LINES)

/** Whether one of the patterns matches the text (a loop: `some` with a closure cost as much as the tests). */
function anyMatch (patterns: GatedPattern[], text: string): boolean {
  for (const p of patterns) if (matchesGated(p, text)) return true
  return false
}

function isEndMarker (text: string, anchored = ANY_END.test(text)): boolean {
  return anyMatch(endsToAsk(anchored), text)
}

/** `首页 新闻 国内 国际` or `Home | News | World`: every segment a known menu label. */
function isNavLine (text: string): boolean {
  if (NAV.has(lookupKey(text))) return true
  // without a separator the split is the line itself: one segment
  if (!SEGMENTS.test(text)) return false
  // the segments one at a time: the first that is no menu label answers (a row of 100,000 cells is not split whole)
  let segments = 0
  let from = 0
  SEGMENT_RUNS.lastIndex = 0
  for (let sep = SEGMENT_RUNS.exec(text); sep !== null; sep = SEGMENT_RUNS.exec(text)) {
    if (sep.index > from && !NAV.has(lookupKey(text.slice(from, sep.index)))) return false
    if (sep.index > from) segments++
    from = sep.index + sep[0].length
  }
  if (from < text.length && !NAV.has(lookupKey(text.slice(from)))) return false
  return segments + (from < text.length ? 1 : 0) >= 2
}

/**
 * What sets a toolbar apart from the date before it: a bar, or the bracket a label stands in (`【打印】`). Three
 * `includes`, where a class pattern tried every position: in a Latin line, the two wide marks are answered without
 * reading it.
 */
const hasToolbarMark = (text: string): boolean => text.includes('|') || text.includes('｜') || text.includes('【')

/** Whether every bar-separated part of `text` is a navigation label or a run of them (`Only look at the author`). */
function labelsOnly (text: string): boolean {
  return text.split(/\s*[|｜]\s*/).every(part => part === '' || NAV.has(lookupKey(part)) || isNavLine(part))
}

/**
 * `发表于 2012-5-7 21:23:57 | 只看该作者 | 倒序浏览`: a labelled date, then only navigation labels (a forum's post
 * header, a CMS's `发布时间：… 【打印】【关闭】`). The labels go; the date stays for the metadata stage. Null for any other
 * line.
 */
function datedToolbar (text: string): { date: string, labels: string } | null {
  // a toolbar stands apart from the date by a bar or in brackets: a line with neither is not searched
  if (!hasToolbarMark(text)) return null
  const prefix = splitDatePrefix(text, null)
  if (prefix === null || prefix.rest === '' || !labelsOnly(prefix.rest)) return null
  return { date: prefix.text, labels: prefix.rest }
}

/**
 * A menu: `首页 | 政务公开 | 政务服务 | 互动交流`, `Home | World | China | Business`, `首页 新闻 国内 国际 财经`: three or
 * more short labels split by bars (or, in Chinese, by spaces), no sentence in it.
 */
const CREDIT_OPENER = new RegExp(`^${ZH_CREDIT_ROLE}$`, 'u')
const BAR = /[|｜]/
const BRACKETED = /^\s*[（(【〔[].*[）)】〕\]]\s*$/u

function isMenuLine (text: string): boolean {
  if (/[:：]/.test(text)) return false
  if (/[。！？]|[.!?](?:\s|$)/.test(text)) return false
  const bars = BAR.test(text) ? text.split(/\s*[|｜]\s*/).filter(s => s !== '') : []
  // a date among the labels makes the line a post's header (`Posted on 2024-10-15 | Reply | Report`), read for it
  if (bars.length >= 3 && bars.every(s => weightedLength(s) <= 24)) return !bars.some(s => findDate(s) !== null)
  if (!holdsHan(text)) return false
  const spaced = text.split(/\s+/).filter(s => s !== '')
  // `衞 生 署 呼 籲 停 服`: text spaced out character by character (a Hong Kong broadcaster's house style, letter
  // spacing written as spaces) is words, not a run of menu labels, which have two characters or more
  if (spaced.filter(s => s.length === 1).length * 2 > spaced.length) return false
  // `记者 张三 通讯员 李四`: a credit line opens with a role, a menu with a label; a line in brackets is a credit or a
  // note (`（记者 张三 通讯员 李四）` closing an article), never a menu
  if (BRACKETED.test(text)) return false
  // (`■本报记者 张三 通讯员 李四`: the mark a paper sets before its byline is no part of the role)
  // a byline's credits side by side (`文／本會社工 黃郁婷　攝影／志工 張志豪`: zh-org o90 of session 41's unseen round) are
  // the metadata stage's to read, no menu
  return spaced.length >= 4 && spaced.every(s => weightedLength(s) <= 15) &&
    !CREDIT_OPENER.test(withoutLeadMark(spaced[0])) && readZhByline(text) === null
}

/** `网 > 新闻中心 > 国内新闻 > 正文`, `Home > News > China`, `current position: Home News Center News`. */
function isBreadcrumb (text: string): boolean {
  if (opensWithCrumbLabel(text) && !weightedLengthOver(text, 160)) return true
  // without a separator the split is the line itself: one part
  if (!CRUMB_SEP.test(text)) return false
  const parts = text.split(CRUMB_SEP).map(p => p.trim())
  if (parts.length < 2 || parts.some(p => p === '' || weightedLength(p) > 40)) return false
  if (/[。！？]|[.!?]\s/.test(text)) return false
  return parts.length >= 3 || NAV.has(lookupKey(parts[0])) || CRUMB_LEAVES.has(lookupKey(parts[parts.length - 1]))
}

/**
 * A section header's count after it (`全部回帖（共68条）`, `网友评论(36)`, `Comments (12)`, `相关新闻 [5]`): how many
 * items the section lists, no part of its name.
 */
const HEADER_COUNT = /\s*[(（[【]\s*(?:共\s*)?\d{1,6}\s*(?:条|則|则|篇|个|個|人参与|人參與)?\s*[)）\]】]$/u

/**
 * The last code units `HEADER_COUNT` can end on (its closing brackets): a line ending otherwise holds no count, and
 * the pattern, tried from every position of a paragraph, is not run (exact).
 */
const COUNT_CLOSE = new Set([...')）]】'].map(c => unitAt(c, 0)))
/** Every `TAIL_PREFIX` match ends with its colon: a line without one is not searched. */
const mayHoldColon = (text: string): boolean => text.includes(':') || text.includes('：')

/**
 * A section header after the name of the column or the series it belongs to and a middle dot (`县城观察 · 往期`,
 * `本刊 · 相关推荐`): the name a few characters and no header itself (a toolbar's `分享 · 评论` is no name), the header
 * one of the list. Asked only of a short line with a middle dot.
 */
const NAMED_HEADER = /^([^·•]{1,16})[·•]\s*([^·•]+)$/u
/** Longest line read as a named section header: a name, a separator and a header. */
const NAMED_HEADER_MAX = 30

/**
 * A press release's closing section about its issuer (`关于华澜环境控股有限公司` over the company's standard paragraph,
 * then `传媒查询`: a Hong Kong listed company's release, zh-org o183 of session 53's unseen round): `关于` and an
 * organization's name alone on the line.
 */
const ABOUT_ISSUER = /^(?:关于|關於)\s*(\S{3,30})$/u
/** Longest line read as an issuer's section header: `关于` and a name of thirty characters at most. */
const ABOUT_ISSUER_MAX = 32

function tailHeader (text: string): RemovalKind | null {
  const kind = TAILS.get(lookupKey(text))
  if (kind !== undefined) return kind
  const about = text.length <= ABOUT_ISSUER_MAX ? ABOUT_ISSUER.exec(text) : null
  if (about !== null && isChineseOrganization(about[1])) return 'boilerplate'
  const m = mayHoldColon(text) ? TAIL_PREFIX.exec(text) : null
  if (m !== null) return TAILS.get(lookupKey(m[1])) ?? null
  const named = text.length <= NAMED_HEADER_MAX ? NAMED_HEADER.exec(text) : null
  if (named !== null && !TAILS.has(lookupKey(named[1])) && !NAV.has(lookupKey(named[1]))) {
    return TAILS.get(lookupKey(named[2])) ?? null
  }
  const counted = COUNT_CLOSE.has(unitAt(text, text.length - 1)) ? HEADER_COUNT.exec(text) : null
  return counted === null || counted.index === 0 ? null : (TAILS.get(lookupKey(text.slice(0, counted.index))) ?? null)
}

function isTruncated (text: string): boolean {
  return /(?:[^.]\.\.\.|[^…]…)$/u.test(text) && !text.endsWith('……')
}

/** A headline-like line: short, not ending like a sentence. */
function isHeadline (text: string): boolean {
  return !weightedLengthOver(text, 110) && !/[.。;；,，]$/.test(text)
}

/** Links side by side: `A | B | C | D`, or (Chinese) `标题一 标题二 标题三 标题四`; no sentence in it. */
function isListLike (text: string): boolean {
  const segs = text.split(holdsHan(text) ? SEGMENTS : /\s*[|｜·•]\s*/u).filter(s => s !== '')
  if (segs.length < 4 || /[。！？]|[.!?](?:\s|$)/.test(text)) return false
  return segs.reduce((n, s) => n + s.length, 0) / segs.length <= 20
}

/**
 * An issuing body (or several, space-separated) alone on a line: Han, short, no punctuation, an organization's ending.
 */
function isOrgLine (text: string): boolean {
  if (text.length > 40 || !holdsHan(text) || /[\p{P}\d]/u.test(text.replace(/[()（）·]/g, ''))) return false
  const parts = text.split(/\s+/).filter(p => p !== '')
  return parts.length <= 4 && parts.every(p => p.length >= 3 && p.length <= 24 && ORG_END.test(p))
}

/**
 * The signature of an official document after the article: issuing bodies right before a date-only line, both
 * after the last paragraph of running text. Returns the indexes of the issuing-body lines.
 */
function signatureLines (blocks: Candidate[], isProse: ProseTest): number[] {
  let lastProse = -1
  for (let i = 0; i < blocks.length; i++) if (isProse(blocks[i])) lastProse = i
  if (lastProse < 0) return []
  for (let d = lastProse + 1; d < blocks.length; d++) {
    if (!DOC_DATE.test(blocks[d].text)) continue
    const orgs: number[] = []
    for (let j = d - 1; j > lastProse && orgs.length < 3 && isOrgLine(blocks[j].text); j--) orgs.unshift(j)
    if (orgs.length > 0) return orgs
  }
  return []
}

type LineVerdict = Pick<Removal, 'kind' | 'rule' | 'reason'>

/** The first line pattern that removes `text` (within its length limit), or undefined; `anchored` as `worthAsking`. */
function boilerplateLine (text: string, anchored: boolean): (typeof LINES)[number] | undefined {
  for (const l of linesToAsk(anchored)) {
    // a line past the pattern's limit by its code units alone is not searched (from every position of a paragraph)
    if (text.length > l.max * UNITS_PER_CHAR) continue
    if (matchesGated(l, text) && !weightedLengthOver(text, l.max)) return l
  }
  return undefined
}

/**
 * Short labels side by side that are no byline nor a line of labelled credits: credits between a WeChat article's bars
 * (`文字｜陈嘉禾　摄影｜谭婷`, `编辑｜吴悠　审核｜周德明`) are labels side by side too, read by the metadata stage.
 */
const isMenuNotCredits = (text: string): boolean =>
  isMenuLine(text) && readZhByline(text) === null && parseInfoLine(text, null) === null

/** The index of the last block of running text before `end`, or -1. */
function lastProseBefore (blocks: Candidate[], end: number, isProse: ProseTest): number {
  for (let i = end - 1; i >= 0; i--) if (isProse(blocks[i])) return i
  return -1
}

/**
 * What a line is, if it is not the article's: `beforeBody`, the line stands before the first block of running text;
 * `afterBody`, after the last (a footer's menu, `首页 | 关于我们 | 联系我们`). Between them, short labels side by side
 * may be the article's own list, and stay.
 */
function classifyLine (block: Candidate, beforeBody: boolean, afterBody: boolean): LineVerdict | null {
  const text = block.text
  // one test at the line's start answers for every anchored pattern below (most lines match none)
  const anchored = ANY_ANCHORED.test(text)
  if (anyMatch(debrisToAsk(anchored), text)) {
    return { kind: 'boilerplate', rule: 'mt-debris', reason: 'stray machine-translation debris' }
  }
  if (beforeBody && isEndMarker(text, anchored)) {
    return { kind: 'end-marker', rule: 'end-marker', reason: 'end marker before the article text' }
  }
  if (anyMatch(mediaToAsk(anchored), text)) {
    return { kind: 'media', rule: 'media-placeholder', reason: 'image file name or media placeholder' }
  }
  if (isNavLine(text)) return { kind: 'navigation', rule: 'navigation-label', reason: 'navigation or search label' }
  if (beforeBody && isBreadcrumb(text)) return { kind: 'navigation', rule: 'breadcrumb', reason: 'breadcrumb' }
  if ((beforeBody || afterBody) && isMenuNotCredits(text)) {
    return { kind: 'navigation', rule: 'menu-line', reason: 'menu line (short labels side by side)' }
  }
  const line = boilerplateLine(text, anchored)
  if (line !== undefined) return { kind: line.kind, rule: 'boilerplate-line', reason: line.reason }
  // Link-made blocks inside the article are the HTML front end's call; above it they are menus.
  if (beforeBody && (block.evidence?.linkDensity ?? 0) >= 0.8 && !weightedLengthOver(text, 120) && !/[。！？]|[.!?](?:\s|$)/.test(text)) {
    return { kind: 'navigation', rule: 'link-block', reason: 'block made of links' }
  }
  return null
}

/**
 * An info line that may follow the end marker and still belong to the article: editor, source, original title
 * (`（完）` then `【编辑:X】`), or the release date alone on its line (`完` then `2024年3月12日（星期二）` under a
 * Hong Kong government press release). The metadata stage reads them.
 */
function isTrailingInfo (text: string): boolean {
  const info = parseInfoLine(text, null)
  if (info === null) return false
  return info.fields.some(f => f.field === 'editor' || f.field === 'source' || f.field === 'originalTitle') ||
    (info.fields.length === 0 && hasDate(info))
}

/** A line of editors only (`（责任编辑：X）`, `Editor: X`): no date, no other field. */
function isEditorLine (text: string): boolean {
  // an editor's field is a labelled one: a line that can hold no label is not read (most of the cut text)
  if (!mayHoldLabel(text)) return false
  const info = parseInfoLine(text, null)
  if (info === null || hasDate(info)) return false
  return info.fields.length > 0 && info.fields.every(f => f.field === 'editor')
}

/**
 * How many blocks of running text follow index i: counted once from the end (counting per marker was quadratic on
 * a page of thousands of markers). Good until the caller splices `blocks` (its loop stops right there).
 */
function proseCounter (blocks: Candidate[], isProse: ProseTest): (i: number) => number {
  const from = new Array<number>(blocks.length + 1).fill(0)
  for (let i = blocks.length - 1; i >= 0; i--) from[i] = from[i + 1] + (isProse(blocks[i]) ? 1 : 0)
  return i => from[i + 1]
}

/** The first of the patterns that matches, without an array of answers per line. */
function firstMatch (patterns: RegExp[], text: string): RegExpExecArray | null {
  for (const re of patterns) {
    const m = re.exec(text)
    if (m !== null) return m
  }
  return null
}

/**
 * An end marker glued to the end of a paragraph (group 1), or null: each pattern asked at the text's end first
 * (`endGate`: the same answer to whether it matches), and run for its match only where it does.
 */
export function gluedEndMarker (text: string): RegExpExecArray | null {
  for (const { re, atEnd } of GLUED_END) {
    if (atEnd !== null && !atEnd(text)) continue
    const m = re.exec(text)
    if (m !== null) return m
  }
  return null
}

/** Paragraphs of running text after a related-content label that make it an inset inside the article. */
const INSET_PROSE = 3
/** Longest end-of-article marker (`— 全文完 —`, `(THE END)`): a longer line is no marker, and no section is looked for. */
const END_MARKER_MAX = 16
/**
 * Weighted length (src/text `weightedLength`) of a full paragraph: two paragraphs of running text this long after a
 * related-content label make it an inset too (a Taiwan outlet's `延伸閱讀：` list between paragraphs: zh-news n397 of
 * session 50's unseen wave). A teaser's description (`Taxes don't need to be scary. Learn how…`, about 110) and a
 * reference (`[1] 高振东. 行星齿轮传动设计与计算[M]…`, 60-90) after a tail section's header run shorter.
 */
const INSET_PARAGRAPH = 150

/**
 * Whether the page's last two blocks of running text are full paragraphs (INSET_PARAGRAPH): what follows every label
 * with exactly two such blocks after it, so asked once a page however many labels ask.
 */
function lastTwoProseLong (blocks: Candidate[], isProse: ProseTest): boolean {
  let prose = 0
  for (let j = blocks.length - 1; j >= 0 && prose < 2; j--) {
    if (!isProse(blocks[j])) continue
    prose++
    if (!weightedLengthAtLeast(blocks[j].text, INSET_PARAGRAPH)) return false
  }
  return prose === 2
}

/** Where the article ends: the index of the first block after it, what those blocks are and why they go. */
interface ArticleEnd { cut: number, kind: RemovalKind, reason: string }

/**
 * 1. Where the article ends: an end marker (alone, or glued to the last paragraph; the info lines right after it
 * stay) or a tail-section header. Edits `blocks` in place: a lone marker goes, a glued one is cut off, and a
 * related-content label inside the article (running text after it) is emptied and listed.
 */
function findArticleEnd (
  blocks: Candidate[], firstProse: number, format: InputFormat, removed: Removal[], isProse: ProseTest
): ArticleEnd {
  // Running text after a marker means the marker sits inside the article (a `Related:` inset in an HTML page).
  const proseAfter = proseCounter(blocks, isProse)
  // in a text page a marker after the first paragraph ends it; in HTML, only with little running text after it, the
  // text of a closing section aside (`— 完 —`, then a press release's `关于华澜环境控股有限公司` and its standard paragraph:
  // zh-org o183 of session 53's unseen round)
  // the next section header after each block, found in one pass from the end the first time a marker asks
  let nextTail: Int32Array | undefined
  const proseBeforeTail = (i: number): number => {
    if (nextTail === undefined) {
      nextTail = new Int32Array(blocks.length + 1).fill(blocks.length)
      for (let j = blocks.length - 1; j >= 0; j--) {
        nextTail[j] = tailHeader(blocks[j].text) !== null ? j : nextTail[j + 1]
      }
    }
    const j = nextTail[i + 1]
    return j >= blocks.length ? proseAfter(i) : proseAfter(i) - proseAfter(j - 1)
  }
  const endsHere = (i: number): boolean => firstProse >= 0 && i > firstProse && (format === 'text' ||
    proseAfter(i) < 2 || (blocks[i].text.length <= END_MARKER_MAX && isEndMarker(blocks[i].text) &&
    proseBeforeTail(i) < 2))
  const insets: Removal[] = []
  let lastTwo: boolean | undefined
  // running text after a label: three paragraphs, or two full ones
  const insetAt = (i: number): boolean =>
    proseAfter(i) >= INSET_PROSE || (proseAfter(i) === 2 && (lastTwo ??= lastTwoProseLong(blocks, isProse)))
  let end: ArticleEnd = { cut: blocks.length, kind: 'related', reason: '' }
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i].text
    if (endsHere(i) && isEndMarker(text)) {
      removed.push({ kind: 'end-marker', rule: 'end-marker', text, reason: 'end-of-article marker' })
      let cut = i + 1
      // Info lines right after the marker (`（完）` then `【编辑:X】`) still belong to the article.
      while (cut < blocks.length && isTrailingInfo(blocks[cut].text)) cut++
      blocks.splice(i, 1)
      end = { ...end, cut: cut - 1, reason: `after the end-of-article marker "${text}"` }
      break
    }
    const glued = firstProse >= 0 && i >= firstProse ? gluedEndMarker(text) : null
    if (glued !== null) {
      const reason = 'end-of-article marker at the end of the last paragraph'
      removed.push({ kind: 'end-marker', rule: 'end-marker', text: glued[1], reason })
      blocks[i] = { ...blocks[i], text: text.slice(0, glued.index).trimEnd() }
      let cut = i + 1
      while (cut < blocks.length && isTrailingInfo(blocks[cut].text)) cut++
      end = { ...end, cut, reason: `after the end-of-article marker "${glued[1]}"` }
      break
    }
    const tail = firstProse >= 0 && i > firstProse ? tailHeader(text) : null
    if (tail !== null && insetAt(i)) {
      insets.push({ kind: tail, rule: 'related-inset', text, reason: 'related-content label inside the article' })
      blocks[i] = { ...blocks[i], text: '' }
      continue
    }
    if (tail !== null) {
      const section = (TAIL_PREFIX.exec(text)?.[1] ?? text).replace(TRAILING_COLONS, '')
      end = { cut: i, kind: tail, reason: `in the "${section}" section after the article` }
      break
    }
  }
  for (const inset of insets) removed.push(inset)
  return end
}

/**
 * Teasers of other stories at the very end of a text page with no end marker (headlines, truncated lines, link
 * lists): the index of the first, or null when the page does not end that way.
 */
function closingTeasers (blocks: Candidate[], firstProse: number): number | null {
  let i = blocks.length - 1
  let truncated = 0
  while (i > firstProse) {
    const text = blocks[i].text
    if (isTruncated(text)) truncated++
    else if (!isHeadline(text) && !isListLike(text)) break
    i--
  }
  return truncated >= 1 && blocks.length - 1 - i >= 2 ? i + 1 : null
}

export function stripBoilerplate (draft: Draft): Draft {
  const removed: Removal[] = []
  // the array is edited in place (splice, replaced entries), never a block: a copy of the array is enough
  const blocks = [...draft.blocks]
  const isProse = proseTest()
  const firstProse = blocks.findIndex(isProse)

  // 1. Where the article ends.
  const end = findArticleEnd(blocks, firstProse, draft.format, removed, isProse)
  let cut = end.cut
  let cutReason = end.reason
  if (cut === blocks.length && firstProse >= 0 && draft.format === 'text') {
    const teasers = closingTeasers(blocks, firstProse)
    if (teasers !== null) {
      cut = teasers
      cutReason = 'teasers of other stories after the article (headlines and truncated lines)'
    }
  }
  // the editor's line a CMS prints under the article belongs to it wherever the cut falls (`免责声明：…` then
  // `（责任编辑：X）`, a related list then `【编辑：X】`): it stays for the metadata stage, which reads and removes it
  const editorLines: Candidate[] = []
  for (const b of blocks.slice(cut)) {
    if (isEditorLine(b.text)) editorLines.push(b)
    else removed.push({ kind: end.kind, rule: 'after-end', text: b.text, reason: cutReason })
  }

  // 2. Lines that are not the article, anywhere in it.
  const out: Candidate[] = []
  const lastProse = lastProseBefore(blocks, Math.min(cut, blocks.length), isProse)
  for (let i = 0; i < Math.min(cut, blocks.length); i++) {
    const block = blocks[i]
    if (block.text === '') continue
    const c = classifyLine(block, firstProse < 0 || i < firstProse, lastProse >= 0 && i > lastProse)
    if (c !== null) {
      removed.push({ kind: c.kind, rule: c.rule, text: block.text, reason: c.reason })
      continue
    }
    const toolbar = datedToolbar(block.text)
    if (toolbar !== null) {
      const reason = 'toolbar beside a date'
      removed.push({ kind: 'navigation', rule: 'navigation-label', text: toolbar.labels, reason })
      out.push({ ...block, text: toolbar.date })
      continue
    }
    const debris = firstMatch(DEBRIS_PREFIX, block.text)
    if (debris !== null) {
      const text = block.text.slice(0, debris[0].length + (debris.index ?? 0))
      const reason = 'stray machine-translation debris glued to a label'
      removed.push({ kind: 'boilerplate', rule: 'mt-debris', text, reason })
      out.push({ ...block, text: block.text.slice(debris[0].length + (debris.index ?? 0)) })
      continue
    }
    out.push(block)
  }
  for (const b of editorLines) out.push(b)
  // 3. The signature under an official notice.
  const sig = new Set(signatureLines(out, isProse))
  const sigReason = 'issuing body in the signature of an official document (before its date line)'
  for (const i of sig) {
    removed.push({ kind: 'metadata', rule: 'signature-issuer', text: out[i].text, reason: sigReason })
  }
  // 4. The author's biography after the article.
  const signed = sig.size === 0 ? out : out.filter((_, i) => !sig.has(i))
  const kept = dropAuthorBios(signed, draft.hints.authors ?? [], removed)
  return { ...draft, blocks: kept, removed: [...draft.removed, ...removed] }
}
