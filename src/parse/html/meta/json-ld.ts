/**
 * JSON-LD for the metadata hints: the objects of the page's scripts (graphs, arrays, type lists), their
 * names, the page's article object, its publisher and the site's name.
 */
import { decodeEntities } from '../../../text/entities.js'
import { normalizeLine } from '../short-text.js'
import { metaValue, type MetaTags } from './tags.js'

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
export type JsonObject = Record<string, Json>

/**
 * The schema.org types of an article's JSON-LD object: articles, posts (`DiscussionForumPosting`, the type Google asks
 * forums to give a thread's opening post: a Dcard post, zh-blogs b136 of session 39's unseen round) and pages.
 */
export const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|TechArticle|ScholarlyArticle|Report|Review|Recipe|HowTo|WebPage|ItemPage|AboutPage|QAPage|CreativeWork|MedicalWebPage)$/i

const isObject = (j: Json | undefined): j is JsonObject => typeof j === 'object' && j !== null && !Array.isArray(j)

function typesOf (o: JsonObject): string[] {
  const t = o['@type']
  if (typeof t === 'string') return [t]
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string')
  return []
}

/**
 * Baidu's cambrian JSON-LD (`"@context": "https://ziyuan.baidu.com/contexts/cambrian.jsonld"`), which Chinese sites of
 * 2017 on put on their content pages for Baidu's search (its publication-time and original-content programmes): no
 * `@type`, the page's first publication as `pubDate` (its last change as `upDate`), in the site's local time. Its
 * `pubDate` is given as schema.org's `datePublished`; its `title` is not taken (sites fill it with the `<title>`, site
 * suffix and all).
 */
const CAMBRIAN_CONTEXT = /\/contexts\/cambrian\.jsonld$/i

function inSchemaTerms (o: JsonObject): JsonObject {
  const context = o['@context']
  if (typeof context !== 'string' || !CAMBRIAN_CONTEXT.test(context) || o['@type'] !== undefined) return o
  const out: JsonObject = { '@type': 'WebPage' }
  if (o.pubDate !== undefined) out.datePublished = o.pubDate
  return out
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
    out.push(inSchemaTerms(j))
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

export function str (j: Json | undefined): string | undefined {
  if (typeof j === 'string') {
    // JSON-LD is script text the HTML parser leaves as written: its character references are still to decode
    const s = normalizeLine(decodeEntities(j))
    return s === '' ? undefined : s
  }
  if (typeof j === 'number') return String(j)
  if (Array.isArray(j)) return str(j[0])
  if (isObject(j)) return str(j.name ?? j['@value'])
  return undefined
}

export function namesOf (j: Json | undefined, exclude: string | undefined): string[] {
  if (j === undefined || j === null) return []
  if (Array.isArray(j)) return j.flatMap(x => namesOf(x, exclude))
  if (typeof j === 'string') {
    const s = normalizeLine(j)
    return s === '' || /^https?:\/\//i.test(s) ? [] : [s]
  }
  if (isObject(j)) {
    const name = str(j.name)
    if (name === undefined) return []
    const organization = typesOf(j).some(t => /organization/i.test(t))
    if (organization && name.toLowerCase() === exclude?.toLowerCase()) return []
    return [name]
  }
  return []
}

/**
 * The authors of the item a review reviews (`"itemReviewed": {"@type": "Book", "author": {"name": "许慕白"}}`): the
 * book's or the film's makers, named on the page's subject card (`作者: 许慕白`), never the review's writer (a book
 * review in the 豆瓣读书 manner: zh-blogs b625 of session 64's second unseen wave).
 */
export function reviewedAuthors (article: JsonObject | undefined): string[] {
  const item = article?.itemReviewed
  if (!isObject(item)) return []
  return [...namesOf(item.author, undefined), ...namesOf(item.creator, undefined), ...namesOf(item.director, undefined)]
}

export const isUrl = (s: string): boolean => /^(?:https?:)?\/\//i.test(s)

/** The page's article JSON-LD object (an Article type first, else a page typed object with a headline or date). */
export function articleObject (ld: JsonObject[]): JsonObject | undefined {
  return ld.find(o => typesOf(o).some(t => ARTICLE_TYPES.test(t) && !/WebPage|CreativeWork/i.test(t))) ??
    ld.find(o => typesOf(o).some(t => ARTICLE_TYPES.test(t)) && (o.headline ?? o.datePublished) !== undefined)
}

export function publisherName (article: JsonObject | undefined): string | undefined {
  return article !== undefined && isObject(article.publisher) ? str(article.publisher.name) : undefined
}

export function siteNameOf (meta: MetaTags, ld: JsonObject[], article: JsonObject | undefined): string | undefined {
  return metaValue(meta, 'og:site_name') ?? publisherName(article) ??
    str(ld.find(o => typesOf(o).some(t => /^WebSite$/i.test(t)))?.name) ??
    metaValue(meta, 'application-name', 'sitename', 'site_name')
}
