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
import type { Candidate, Draft } from '../draft.js'
import type { Removal, RemovalKind } from '../types.js'
import { loadData } from '../data.js'
import { parseInfoLine } from '../text/fields.js'
import { dropAuthorBios } from './bio.js'
import { HAN, hanWeightedLength, spacedLiteral } from '../text/index.js'

interface Sourced { source: string }
interface BoilerplateFile {
  navigation: Array<Sourced & { text: string }>
  breadcrumbPrefixes: Array<Sourced & { text: string }>
  breadcrumbLeaves: Array<Sourced & { text: string }>
  endMarkers: Array<Sourced & { pattern: string }>
  gluedEndMarkers: Array<Sourced & { pattern: string }>
  tailHeaders: Array<Sourced & { text: string, kind: RemovalKind }>
  lines: Array<Sourced & { pattern: string, kind: RemovalKind, reason: string }>
  debris: Array<Sourced & { pattern: string }>
  debrisPrefixes: Array<Sourced & { pattern: string }>
  media: Array<Sourced & { pattern: string }>
  signature: { orgSuffixes: Array<Sourced & { text: string }> }
}

const DATA = loadData<BoilerplateFile>('boilerplate.json')
// A trailing run is matched only from its first character (the look-behind): `[:：\s]+$` alone tried every position
// of a run of colons, each scanning to its end (quadratic on a line of 100,000 colons).
const TRAILING_COLONS = /(?<![:：\s])[:：\s]+$/u
const key = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').replace(TRAILING_COLONS, '').trim()
const NAV = new Set(DATA.navigation.map(n => key(n.text)))
const CRUMB_PREFIX = new RegExp(`^(?:${DATA.breadcrumbPrefixes.map(p => spacedLiteral(p.text)).sort((a, b) => b.length - a.length).join('|')})\\s*[:：]`, 'i')
const CRUMB_LEAVES = new Set(DATA.breadcrumbLeaves.map(l => key(l.text)))
const END = DATA.endMarkers.map(e => new RegExp(e.pattern, 'iu'))
const GLUED_END = DATA.gluedEndMarkers.map(e => new RegExp(`(?<=[.!?。！？"”’)）\\s])\\s*(${e.pattern.replace(/\$$/, '')})\\s*$`, 'iu'))
const TAILS = new Map(DATA.tailHeaders.map(t => [key(t.text), t.kind]))
const TAIL_PREFIX = new RegExp(`^(${DATA.tailHeaders.map(t => spacedLiteral(t.text)).sort((a, b) => b.length - a.length).join('|')})\\s*[:：]`, 'iu')
const LINES = DATA.lines.map(l => ({ re: new RegExp(l.pattern, 'iu'), kind: l.kind, reason: l.reason }))
const DEBRIS = DATA.debris.map(d => new RegExp(d.pattern, 'iu'))
const DEBRIS_PREFIX = DATA.debrisPrefixes.map(d => new RegExp(d.pattern, 'u'))
const MEDIA = DATA.media.map(m => new RegExp(m.pattern, 'iu'))
const ORG_END = new RegExp(`(?:${DATA.signature.orgSuffixes.map(o => spacedLiteral(o.text)).sort((a, b) => b.length - a.length).join('|')})$`, 'u')
// `2024年3月27日`, `二〇二四年三月二十七日`, `2024-03-27`: the date of an official document, alone on its line.
const DOC_DATE = /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零○一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2})$/u
const SEGMENTS = /[\s|｜·•]+/u
const CRUMB_SEP = /\s*[>»›＞→]\s*|\s+\/\s+/u

/** A paragraph of running text: long enough and with a sentence in it. */
function isProse (text: string): boolean {
  return hanWeightedLength(text) >= 80 && /[。！？；]|[.!?;](?:\s|$)/.test(text)
}

function isEndMarker (text: string): boolean {
  return END.some(re => re.test(text))
}

/** `首页 新闻 国内 国际` or `Home | News | World`: every segment a known menu label. */
function isNavLine (text: string): boolean {
  if (NAV.has(key(text))) return true
  const segs = text.split(SEGMENTS).filter(s => s !== '')
  return segs.length >= 2 && segs.every(s => NAV.has(key(s)))
}

/**
 * A menu: `首页 | 政务公开 | 政务服务 | 互动交流`, `Home | World | China | Business`, `首页 新闻 国内 国际 财经`: three or
 * more short labels split by bars (or, in Chinese, by spaces), no sentence in it.
 */
function isMenuLine (text: string): boolean {
  if (/[:：]/.test(text)) return false
  if (/[。！？]|[.!?](?:\s|$)/.test(text)) return false
  const bars = text.split(/\s*[|｜]\s*/).filter(s => s !== '')
  if (bars.length >= 3 && bars.every(s => hanWeightedLength(s) <= 24)) return true
  if (!HAN.test(text)) return false
  const spaced = text.split(/\s+/).filter(s => s !== '')
  return spaced.length >= 4 && spaced.every(s => hanWeightedLength(s) <= 15)
}

/** `网 > 新闻中心 > 国内新闻 > 正文`, `Home > News > China`, `current position: Home News Center News`. */
function isBreadcrumb (text: string): boolean {
  if (CRUMB_PREFIX.test(text) && hanWeightedLength(text) <= 160) return true
  const parts = text.split(CRUMB_SEP).map(p => p.trim())
  if (parts.length < 2 || parts.some(p => p === '' || hanWeightedLength(p) > 40)) return false
  if (/[。！？]|[.!?]\s/.test(text)) return false
  return parts.length >= 3 || NAV.has(key(parts[0])) || CRUMB_LEAVES.has(key(parts[parts.length - 1]))
}

function tailHeader (text: string): RemovalKind | null {
  const k = key(text)
  const kind = TAILS.get(k)
  if (kind !== undefined) return kind
  const m = TAIL_PREFIX.exec(text)
  return m === null ? null : (TAILS.get(key(m[1])) ?? null)
}

function isTruncated (text: string): boolean {
  return /(?:[^.]\.\.\.|[^…]…)$/u.test(text) && !text.endsWith('……')
}

/** A headline-like line: short, not ending like a sentence. */
function isHeadline (text: string): boolean {
  return hanWeightedLength(text) <= 110 && !/[.。;；,，]$/.test(text)
}

/** Links side by side: `A | B | C | D`, or (Chinese) `标题一 标题二 标题三 标题四`; no sentence in it. */
function isListLike (text: string): boolean {
  const segs = text.split(HAN.test(text) ? SEGMENTS : /\s*[|｜·•]\s*/u).filter(s => s !== '')
  if (segs.length < 4 || /[。！？]|[.!?](?:\s|$)/.test(text)) return false
  return segs.reduce((n, s) => n + s.length, 0) / segs.length <= 20
}

/**
 * An issuing body (or several, space-separated) alone on a line: Han, short, no punctuation, an organization's ending.
 */
function isOrgLine (text: string): boolean {
  if (text.length > 40 || !HAN.test(text) || /[\p{P}\d]/u.test(text.replace(/[()（）·]/g, ''))) return false
  const parts = text.split(/\s+/).filter(p => p !== '')
  return parts.length <= 4 && parts.every(p => p.length >= 3 && p.length <= 24 && ORG_END.test(p))
}

/**
 * The signature of an official document after the article: issuing bodies right before a date-only line, both
 * after the last paragraph of running text. Returns the indexes of the issuing-body lines.
 */
function signatureLines (blocks: Candidate[]): number[] {
  let lastProse = -1
  for (let i = 0; i < blocks.length; i++) if (isProse(blocks[i].text)) lastProse = i
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

function classifyLine (block: Candidate, beforeBody: boolean): LineVerdict | null {
  const text = block.text
  if (DEBRIS.some(re => re.test(text))) {
    return { kind: 'boilerplate', rule: 'mt-debris', reason: 'stray machine-translation debris' }
  }
  if (beforeBody && isEndMarker(text)) {
    return { kind: 'end-marker', rule: 'end-marker', reason: 'end marker before the article text' }
  }
  if (MEDIA.some(re => re.test(text))) {
    return { kind: 'media', rule: 'media-placeholder', reason: 'image file name or media placeholder' }
  }
  if (isNavLine(text)) return { kind: 'navigation', rule: 'navigation-label', reason: 'navigation or search label' }
  if (beforeBody && isBreadcrumb(text)) return { kind: 'navigation', rule: 'breadcrumb', reason: 'breadcrumb' }
  if (beforeBody && isMenuLine(text)) {
    return { kind: 'navigation', rule: 'menu-line', reason: 'menu line (short labels side by side)' }
  }
  for (const l of LINES) {
    if (l.re.test(text) && hanWeightedLength(text) <= 200) return { kind: l.kind, rule: 'boilerplate-line', reason: l.reason }
  }
  // Link-made blocks inside the article are the HTML front end's call; above it they are menus.
  if (beforeBody && (block.evidence?.linkDensity ?? 0) >= 0.8 && hanWeightedLength(text) <= 120 && !/[。！？]|[.!?](?:\s|$)/.test(text)) {
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
    (info.fields.length === 0 && info.dates.length > 0)
}

export function stripBoilerplate (draft: Draft): Draft {
  const removed: Removal[] = []
  const blocks = draft.blocks.map(b => ({ ...b }))
  const firstProse = blocks.findIndex(b => isProse(b.text))
  // Running text after a marker means the marker sits inside the article (a `Related:` inset in an HTML page).
  const proseAfter = (i: number): number => blocks.slice(i + 1).filter(b => isProse(b.text)).length
  const insets: Removal[] = []

  // 1. Where the article ends.
  let cut = blocks.length
  let cutKind: RemovalKind = 'related'
  let cutReason = ''
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i].text
    if (isEndMarker(text) && firstProse >= 0 && i > firstProse && (draft.format === 'text' || proseAfter(i) < 2)) {
      removed.push({ kind: 'end-marker', rule: 'end-marker', text, reason: 'end-of-article marker' })
      cut = i + 1
      // Info lines right after the marker (`（完）` then `【编辑:X】`) still belong to the article.
      while (cut < blocks.length && isTrailingInfo(blocks[cut].text)) cut++
      blocks.splice(i, 1)
      cut--
      cutReason = `after the end-of-article marker "${text}"`
      break
    }
    const glued = GLUED_END.map(re => re.exec(text)).find(m => m !== null && m !== undefined)
    if (glued !== undefined && glued !== null && i >= firstProse && firstProse >= 0) {
      const reason = 'end-of-article marker at the end of the last paragraph'
      removed.push({ kind: 'end-marker', rule: 'end-marker', text: glued[1], reason })
      blocks[i] = { ...blocks[i], text: text.slice(0, glued.index).trimEnd() }
      cut = i + 1
      while (cut < blocks.length && isTrailingInfo(blocks[cut].text)) cut++
      cutReason = `after the end-of-article marker "${glued[1]}"`
      break
    }
    const tail = firstProse >= 0 && i > firstProse ? tailHeader(text) : null
    if (tail !== null && proseAfter(i) >= 3) {
      insets.push({ kind: tail, rule: 'related-inset', text, reason: 'related-content label inside the article' })
      blocks[i] = { ...blocks[i], text: '' }
      continue
    }
    if (tail !== null) {
      cut = i
      cutKind = tail
      cutReason = `in the "${(TAIL_PREFIX.exec(text)?.[1] ?? text).replace(TRAILING_COLONS, '')}" section after the article`
      break
    }
  }
  removed.push(...insets)
  if (cut === blocks.length && firstProse >= 0 && draft.format === 'text') {
    // No marker: teasers of other stories (headlines, truncated lines, link lists) at the very end.
    let i = blocks.length - 1
    let truncated = 0
    while (i > firstProse) {
      const text = blocks[i].text
      if (isTruncated(text)) truncated++
      else if (!isHeadline(text) && !isListLike(text)) break
      i--
    }
    if (truncated >= 1 && blocks.length - 1 - i >= 2) {
      cut = i + 1
      cutReason = 'teasers of other stories after the article (headlines and truncated lines)'
    }
  }
  for (const b of blocks.slice(cut)) removed.push({ kind: cutKind, rule: 'after-end', text: b.text, reason: cutReason })

  // 2. Lines that are not the article, anywhere in it.
  const out: Candidate[] = []
  for (const [i, block] of blocks.slice(0, cut).entries()) {
    if (block.text === '') continue
    const c = classifyLine(block, firstProse < 0 || i < firstProse)
    if (c !== null) {
      removed.push({ kind: c.kind, rule: c.rule, text: block.text, reason: c.reason })
      continue
    }
    const debris = DEBRIS_PREFIX.map(re => re.exec(block.text)).find(m => m !== null && m !== undefined)
    if (debris !== undefined && debris !== null) {
      const text = block.text.slice(0, debris[0].length + (debris.index ?? 0))
      removed.push({ kind: 'boilerplate', rule: 'mt-debris', text, reason: 'stray machine-translation debris glued to a label' })
      out.push({ ...block, text: block.text.slice(debris[0].length + (debris.index ?? 0)) })
      continue
    }
    out.push(block)
  }
  // 3. The signature under an official notice.
  const sig = new Set(signatureLines(out))
  const sigReason = 'issuing body in the signature of an official document (before its date line)'
  for (const i of sig) removed.push({ kind: 'metadata', rule: 'signature-issuer', text: out[i].text, reason: sigReason })
  // 4. The author's biography after the article.
  const kept = dropAuthorBios(sig.size === 0 ? out : out.filter((_, i) => !sig.has(i)), draft.hints.authors ?? [], removed)
  return { ...draft, blocks: kept, removed: [...draft.removed, ...removed] }
}
