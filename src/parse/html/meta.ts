/**
 * Metadata hints from the page, as RAW strings for the metadata stage (`src/metadata`), which normalizes them.
 *
 * - title: the page's `<h1>` when it is the headline the head announces (it has no site-name suffix), else
 *   JSON-LD `headline`, `og:title`, `twitter:title`, Chinese CMS `ArticleTitle`, `<title>`, then a lone `<h1>`;
 * - siteName: `og:site_name`, JSON-LD `publisher.name`, `application-name`, Chinese CMS `SiteName`;
 * - published: JSON-LD `datePublished`, `article:published_time`, `itemprop=datePublished`, `<meta name>` forms
 *   (`pubdate`, `PubDate`, `publishdate`, `date`, `dc.date`, ...), `<time datetime>` (`pubdate` first), then a
 *   Chinese information line (`发布时间：2021-11-26 16:24`);
 * - authors: JSON-LD `author` (string, object, array; organizations that are the publisher left out), `<meta
 *   name=author>`, `article:author` (not when a URL), `itemprop=author`, `rel=author`, byline elements, Chinese
 *   `作者：`/`记者：` in the information line;
 * - source: `<meta name=source>`, `ContentSource`, `来源：` in the information line.
 * JSON-LD is read from `@graph`s and arrays; `@type` may be a list.
 */
import type { CheerioAPI } from 'cheerio'
import type { MetadataHints } from '../../draft.js'
import { normalizeLine as normalizeSpaces } from '../normalize.js'
import { attr, isElement, textOf, type AnyNode, type Element } from './dom.js'

/** One line: HTML source line breaks are white space. */
const normalizeLine = (s: string): string => normalizeSpaces(s.replace(/\s+/g, ' '))

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
type JsonObject = { [k: string]: Json }

const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|TechArticle|ScholarlyArticle|Report|Review|Recipe|HowTo|WebPage|ItemPage|AboutPage|QAPage|CreativeWork|MedicalWebPage)$/i

const isObject = (j: Json | undefined): j is JsonObject => typeof j === 'object' && j !== null && !Array.isArray(j)

function typesOf (o: JsonObject): string[] {
  const t = o['@type']
  if (typeof t === 'string') return [t]
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string')
  return []
}

/** All JSON-LD objects of the page, `@graph`s and arrays flattened. */
export function jsonLdObjects (scripts: string[]): JsonObject[] {
  const out: JsonObject[] = []
  const visit = (j: Json, depth: number): void => {
    if (depth > 4) return
    if (Array.isArray(j)) {
      for (const x of j) visit(x, depth + 1)
      return
    }
    if (!isObject(j)) return
    out.push(j)
    const graph = j['@graph']
    if (graph !== undefined) visit(graph, depth + 1)
    const main = j.mainEntity ?? j.mainEntityOfPage
    if (isObject(main) && typesOf(main).length > 0) visit(main, depth + 1)
  }
  for (const raw of scripts) {
    const cleaned = raw.trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '')
    try {
      visit(JSON.parse(cleaned) as Json, 0)
    } catch {
      // a broken JSON-LD block is common (trailing commas, raw newlines in strings): try once more, leniently
      try {
        visit(JSON.parse(cleaned.replace(/[\r\n\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1')) as Json, 0)
      } catch { /* give up on this block */ }
    }
  }
  return out
}

function str (j: Json | undefined): string | undefined {
  if (typeof j === 'string') {
    const s = normalizeLine(j)
    return s === '' ? undefined : s
  }
  if (typeof j === 'number') return String(j)
  if (Array.isArray(j)) return str(j[0])
  if (isObject(j)) return str(j.name ?? j['@value'])
  return undefined
}

function namesOf (j: Json | undefined, exclude: string | undefined): string[] {
  if (j === undefined || j === null) return []
  if (Array.isArray(j)) return j.flatMap(x => namesOf(x, exclude))
  if (typeof j === 'string') {
    const s = normalizeLine(j)
    return s === '' || /^https?:\/\//i.test(s) ? [] : [s]
  }
  if (isObject(j)) {
    const name = str(j.name)
    if (name === undefined) return []
    if (typesOf(j).some(t => /organization/i.test(t)) && exclude !== undefined && name.toLowerCase() === exclude.toLowerCase()) return []
    return [name]
  }
  return []
}

const isUrl = (s: string): boolean => /^(?:https?:)?\/\//i.test(s)

/** A date-looking string in a Chinese information line, with its time when given. */
const CN_DATE = /(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)/
const INFO_LABEL = /(?:来源|發布時間|发布时间|发布日期|發佈日期|时间|時間|日期|作者|记者|記者|稿源|出处)\s*[:：]/

function infoLine ($: CheerioAPI): { date?: string, source?: string, author?: string } {
  let best: Element | undefined
  $('body *').each((_, el) => {
    if (best !== undefined) return false
    if (!isElement(el)) return undefined
    const text = normalizeLine(textOf(el))
    if (text.length > 200 || !INFO_LABEL.test(text)) return undefined
    // the deepest element that still carries the whole line
    const inner = el.children.filter((c): c is Element => isElement(c)).find(c => normalizeLine(textOf(c)) === text)
    if (inner === undefined) best = el
    return undefined
  })
  if (best === undefined) return {}
  const text = normalizeLine(textOf(best))
  const out: { date?: string, source?: string, author?: string } = {}
  const d = CN_DATE.exec(text)
  if (d !== null) out.date = d[1]
  const s = /(?:来源|稿源|出处)\s*[:：]\s*([^\s|｜丨]+(?:\s[^\s|｜丨:：]+)?)/.exec(text)
  if (s !== null) out.source = s[1].replace(/(?:发布时间|时间|日期|作者|编辑|浏览|点击).*$/, '').trim() || undefined
  const a = /(?:作者|记者|記者)\s*[:：]\s*([^\s|｜丨]+)/.exec(text)
  if (a !== null) out.author = a[1].replace(/(?:来源|时间|日期|编辑).*$/, '').trim() || undefined
  return out
}

/** Reads the hints; call before cleaning (the head, JSON-LD scripts and hidden meta are still there). */
export function readHints ($: CheerioAPI): MetadataHints {
  const meta = new Map<string, string[]>()
  $('meta').each((_, el) => {
    if (!isElement(el)) return
    const key = (attr(el, 'property') || attr(el, 'name') || attr(el, 'itemprop') || attr(el, 'http-equiv')).trim().toLowerCase()
    const content = normalizeLine(attr(el, 'content'))
    if (key === '' || content === '') return
    const list = meta.get(key) ?? []
    list.push(content)
    meta.set(key, list)
  })
  const m = (...keys: string[]): string | undefined => {
    for (const k of keys) {
      const v = meta.get(k)?.find(x => x !== '')
      if (v !== undefined) return v
    }
    return undefined
  }
  const ld = jsonLdObjects($('script[type="application/ld+json"]').toArray().map(s => textOfScript(s)))
  const article = ld.find(o => typesOf(o).some(t => ARTICLE_TYPES.test(t) && !/WebPage|CreativeWork/i.test(t))) ??
    ld.find(o => typesOf(o).some(t => ARTICLE_TYPES.test(t)) && (o.headline !== undefined || o.datePublished !== undefined))
  const hints: MetadataHints = {}

  const siteName = m('og:site_name') ?? (article !== undefined && isObject(article.publisher) ? str(article.publisher.name) : undefined) ??
    str(ld.find(o => typesOf(o).some(t => /^WebSite$/i.test(t)))?.name) ?? m('application-name', 'sitename', 'site_name')
  if (siteName !== undefined) hints.siteName = siteName

  // title
  const docTitle = normalizeLine($('title').first().text())
  const announced = str(article?.headline) ?? m('og:title', 'twitter:title', 'articletitle', 'title', 'dc.title') ?? (docTitle !== '' ? docTitle : undefined)
  const h1s = $('body h1').toArray().map(h => normalizeLine($(h).text())).filter(t => t !== '')
  let title: string | undefined
  if (announced !== undefined) {
    const a = announced.toLowerCase()
    title = h1s.find(h => h.length >= 0.5 * Math.min(a.length, 80) && (a.includes(h.toLowerCase()) || h.toLowerCase().includes(a))) ?? announced
  } else {
    title = h1s[0]
  }
  if (title !== undefined) hints.title = title

  // date
  const published = str(article?.datePublished) ?? m('article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish_date', 'publish-date', 'publication_date', 'sailthru.date', 'parsely-pub-date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'citation_publication_date', 'date', 'article.published', 'originalpublicationdate', 'firstpublishedtime') ??
    itempropDate($) ?? timeDatetime($) ?? str(article?.dateCreated) ?? visibleDate($)
  const info = infoLine($)
  if (published !== undefined) hints.published = published
  else if (info.date !== undefined) hints.published = info.date

  // authors
  const authors = namesOf(article?.author, siteName).concat(namesOf(article?.creator, siteName))
  const fromMeta = [m('author'), m('article:author'), m('dc.creator'), m('parsely-author'), m('sailthru.author'), m('byl')].filter((x): x is string => x !== undefined && !isUrl(x))
  const list = authors.length > 0 ? authors : fromMeta.length > 0 ? [fromMeta[0]] : bylines($)
  const cleaned = [...new Set(list.map(a => normalizeLine(a.replace(/^(?:by|written by|posted by|author:?)\s+/i, ''))).filter(a => a !== '' && a.length < 120))]
  if (cleaned.length > 0) hints.authors = cleaned
  else if (info.author !== undefined) hints.authors = [info.author]

  const source = m('source', 'contentsource', 'og:source') ?? info.source
  if (source !== undefined && !isUrl(source)) hints.source = source
  return hints
}

function textOfScript (el: AnyNode): string {
  return isElement(el) ? el.children.map(c => (c.type === 'text' ? c.data : '')).join('') : ''
}

function itempropDate ($: CheerioAPI): string | undefined {
  const el = $('[itemprop="datePublished"]').first()
  if (el.length === 0) return undefined
  const v = normalizeLine(el.attr('content') ?? el.attr('datetime') ?? el.text())
  return v === '' ? undefined : v
}

function timeDatetime ($: CheerioAPI): string | undefined {
  const pub = $('time[pubdate][datetime]').first().attr('datetime')
  if (pub !== undefined && pub.trim() !== '') return pub.trim()
  for (const scope of ['article time[datetime]', 'main time[datetime]', 'time[datetime]']) {
    const v = $(scope).first().attr('datetime')
    if (v !== undefined && v.trim() !== '') return v.trim()
  }
  return undefined
}

function bylines ($: CheerioAPI): string[] {
  const out: string[] = []
  const itemprop = $('[itemprop~="author"]').first()
  if (itemprop.length > 0) {
    const name = itemprop.find('[itemprop="name"]').first()
    const v = normalizeLine(name.length > 0 ? (name.attr('content') ?? name.text()) : (itemprop.attr('content') ?? itemprop.text()))
    if (v !== '') out.push(v)
  }
  if (out.length === 0) {
    const rel = $('a[rel~="author"]').toArray().map(a => normalizeLine($(a).text())).filter(t => t !== '')
    out.push(...new Set(rel))
  }
  if (out.length === 0) {
    $('[class*="byline"], [class*="author-name"], [class~="author"], [id*="byline"]').each((_, el) => {
      if (out.length > 0) return
      const t = normalizeLine($(el).text())
      if (t !== '' && t.length < 100) out.push(t)
    })
  }
  return out
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?'
const VISIBLE_DATE = new RegExp(`(${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}年\\d{1,2}月\\d{1,2}日)`, 'i')

/**
 * A date shown beside the headline when no markup carries one: the first short element whose class says date,
 * time, published, posted, byline or meta and whose text holds a full date (`March 5, 2024`, `5 Mar 2024`,
 * `2024-03-05`, `2024年3月5日`). "Updated" dates are skipped: they are not the publication date.
 */
function visibleDate ($: CheerioAPI): string | undefined {
  let found: string | undefined
  $('body [class*="date"], body [class*="time"], body [class*="publish"], body [class*="posted"], body [class*="byline"], body [class*="meta"]').each((_, el) => {
    if (found !== undefined) return false
    const text = normalizeLine($(el).text())
    if (text.length > 150 || /updated|modified|更新/i.test(text)) return undefined
    const m = VISIBLE_DATE.exec(text)
    if (m !== null) found = m[1]
    return undefined
  })
  return found
}
