/**
 * Metadata hints from the page, as RAW strings for the metadata stage (`src/metadata`), which normalizes them.
 *
 * - title: a lone `<h1>` (the headline a reader sees; not when it is the site name), else the `<h1>` the head
 *   announces, else JSON-LD `headline`, `og:title`, `twitter:title`, Chinese CMS `ArticleTitle`, `<title>`;
 * - siteName: `og:site_name`, JSON-LD `publisher.name`, `application-name`, Chinese CMS `SiteName`;
 * - published: `article:published_time` and `<meta name>` forms (`pubdate`, `PubDate`, `publishdate`, `date`,
 *   `dc.date`, `w-published-date`...), `itemprop=datePublished`, `<time datetime>` (`pubdate` first), a `<time>`'s
 *   text, the date beside the headline, a date-classed element (an `Updated` date or a post's edit stamp only
 *   when no other; a profile panel's registration date never), JSON-LD
 *   `datePublished`, then a Chinese information line (`发布时间：2021-11-26 16:24`); a candidate without a year is skipped;
 * - authors: JSON-LD `author` (string, object, array; organizations that are the publisher left out), `<meta
 *   name=author>`, `article:author` (not when a URL), `itemprop=author`, `rel=author`, author/byline/writer
 *   classes, links to author pages (their text, or the name in a `/authors/jane-doe` address), `By X` lines and
 *   labels (`Written by`, `Article by`, `Contributors:`), `citation_author` lists, the unlabelled date line under
 *   the headline (`Dec 26, 2025 • Mahua Das`), an author box's name or photo alt, Chinese `作者：`/`记者：` in the
 *   information line, a blog's or a BBS's labelled screen name (`暱稱：`, `发信人:`), the first link to a member's
 *   page of the site (a forum poster's, a blog owner's: ./members.ts); slugs, ids, weekdays, companies (`Inc`,
 *   `LLC`) and software credits (`Discuz! Team`) are not authors; the site or publisher
 *   is one only when the visible byline names it (a company blog signed by the company), never from the markup
 *   alone, and markup naming the site gives way to another name in the visible byline;
 * - source: `<meta name=source>`, `ContentSource`, `来源：` in the information line.
 * JSON-LD is read from `@graph`s and arrays; `@type` may be a list.
 */
import type { CheerioAPI } from 'cheerio'
import type { MetadataHints } from '../../draft.js'
import { attr, hostOf, isElement, textsOf, type AnyNode, type Element } from './dom.js'
import type { HeadlineInfo } from './headline-date.js'
import { jsonLdTexts } from './ld-sources.js'
import { scriptTitle } from './script-title.js'
import { boundedText, normalizeLine } from './short-text.js'
import { minguoPage, type DateOptions } from '../../text/date.js'
import { numericDateOrder, orderShown } from '../../text/date-order.js'
import { siteAddress } from '../../text/capture-url.js'
import type { CmsProperties } from './cms-comment.js'
import { afterKeywordHead, isKeywordTitle } from '../../text/spam-lexicon.js'
import type { Letters } from './meta/dom-helpers.js'
import { bodyElements, setBodyList, setLargeType } from './meta/page-cache.js'
import { spaceName } from './headings.js'
import { AncestorAnswers, inSkipped, setAnswers } from './meta/regions.js'
import { fastQuery, metaTags, metaValue, type MetaTags } from './meta/tags.js'
import { ARTICLE_TYPES, articleObject, isUrl, jsonLdObjects, reviewedAuthors, siteNameOf } from './meta/json-ld.js'
import type { Page } from './meta/page.js'
import { bodyFacts, creditLines, infoLine, withBbsHeader, type InfoFields } from './meta/info-line.js'
import { MAX_HEADLINE, announcedTitles, pageHeadings, titleHints } from './meta/title.js'
import { titleAndNear } from './meta/headline.js'
import { dateHints } from './meta/dates.js'
import { authorHints, editorsNamed, otherEditors, pageAuthors } from './meta/authors.js'

export { jsonLdObjects } from './meta/json-ld.js'
export { FAST_SELECTORS, fastQuery } from './meta/tags.js'
export { cleanAuthor, isNameList } from './meta/names.js'

/** The page's declared locale: `<html lang>`, else `content-language` or `og:locale` (empty when none). */
function localeOf ($: CheerioAPI, meta: MetaTags): string {
  const lang = $('html').attr('lang')?.trim() ?? ''
  return lang !== '' ? lang : (metaValue(meta, 'content-language', 'og:locale') ?? '')
}

/** Reads the hints; call before cleaning (the head, JSON-LD scripts and hidden meta are still there). */
export function readHints (cheerio: CheerioAPI, cms: CmsProperties = {}, url?: string): MetadataHints {
  setAnswers(new AncestorAnswers(cheerio))
  try {
    return readPageHints(cheerio, cms, url)
  } finally {
    setAnswers(undefined)
    setBodyList(undefined)
    setLargeType(undefined)
  }
}

/**
 * The page's own title: a hacked site's keywords put before it are none of its words (the spam stage lists them); for
 * a `<title>` of keywords alone, the title a script sets back for the visitor (./script-title.ts).
 */
function ownTitle ($: CheerioAPI, rawTitle: string): string {
  return afterKeywordHead(rawTitle) ?? (isKeywordTitle(rawTitle) ? scriptTitle($('script').toArray()) : undefined) ??
    rawTitle
}

/**
 * The headline schema.org microdata marks in the page (`<h2 itemprop="headline">`, a Joomla or WordPress theme's
 * article heading): the article's own property, as JSON-LD's `headline` is, read before what the page announces for
 * search and sharing (a Joomla law firm's `<title>` and `og:title` word the article otherwise: zh-org o102 of session
 * 43's unseen round). A `<meta itemprop="headline">` is among the meta tags; an element's text longer than a headline
 * is none.
 */
function microdataHeadline ($: CheerioAPI): string | undefined {
  for (const el of $('[itemprop~="headline"]')) {
    if (!isElement(el) || el.name === 'meta' || !inArticleItem(el) || inSkipped(el)) continue
    const text = boundedText(el, MAX_HEADLINE)?.trim()
    if (text !== undefined && text !== '') return text
  }
  return undefined
}

/**
 * Whether an element's item (its nearest `itemscope` above it) is an article's (`schema.org/Article`, `BlogPosting`):
 * a theme also marks the site's name `headline` in its header's item (`WPHeader`, Genesis themes) and the page's
 * heading in a `WebPage` item, which other words than the article's may fill (WCXB 4271's `Web Designs`).
 */
function inArticleItem (el: Element): boolean {
  for (let p = el.parent; p !== null && isElement(p); p = p.parent) {
    if (p.attribs.itemscope === undefined) continue
    const type = attr(p, 'itemtype').replace(/^.*\//, '')
    return ARTICLE_TYPES.test(type) && !/WebPage/i.test(type)
  }
  return false
}

/**
 * The site's name: the markup's, else a logo's heading, else what an element classed as the blog's or site's name
 * prints (./headings.ts `spaceName`).
 */
function pageSiteName (
  markup: string | undefined, heading: string | undefined, body: AnyNode | undefined
): string | undefined {
  return markup ?? heading ?? (body !== undefined && isElement(body) ? spaceName(bodyElements(body)) : undefined)
}

/**
 * How the page writes all-numeric dates: by its locale or host, else by what its own dates show (`13-11-2007` in a
 * reply: text/date-order.ts `orderShown`), which the metadata stage reads too (`hints.dateOrder`).
 */
function pageOrder (
  locale: string, site: string | undefined, body: AnyNode | undefined, hints: MetadataHints
): DateOptions['order'] {
  const declared = numericDateOrder(locale, site)
  if (declared !== null || body === undefined) return declared
  const shown = orderShown(textsOf(body))
  if (shown !== null) hints.dateOrder = shown
  return shown
}

function readPageHints (cheerio: CheerioAPI, cms: CmsProperties, url: string | undefined): MetadataHints {
  const host = url === undefined ? undefined : hostOf(url)
  const $ = fastQuery(cheerio)
  setLargeType({ $, url })
  const meta = metaTags($)
  const ld = jsonLdObjects(jsonLdTexts($('script[type="application/ld+json"]').toArray(), meta))
  const article = articleObject(ld)
  const rawTitle = titleOf($)
  const docTitle = ownTitle($, rawTitle)
  const cmsTitle = cms.title ?? microdataHeadline($)
  const announcedAll = announcedTitles(article, cmsTitle, meta, docTitle)
  const headings = pageHeadings($, announcedAll, url)
  const h1s = headings.headlines
  const body = $('body')[0]
  const siteName = pageSiteName(siteNameOf(meta, ld, article), headings.siteName, body)
  const page: Page = {
    $, meta, ld, article, siteName, docTitle, h1s, cmsTitle, announced: announcedAll, host
  }
  const hints: MetadataHints = {}
  if (page.siteName !== undefined) hints.siteName = page.siteName
  Object.assign(hints, titleHints(page, headings.lines))
  if (rawTitle !== '') hints.pageTitle = rawTitle
  const locale = localeOf($, meta)
  if (locale !== '') hints.locale = locale

  // letters and digits below every element, counted once: the searches for short lines skip long elements unread;
  // the raw text lengths of the elements with a colon, for the two walks that look for short labelled lines
  const lines = body !== undefined && isElement(body) ? { body, facts: bodyFacts(body) } : undefined
  const letters: Letters = lines?.facts.letters ?? new Map<AnyNode, number>()
  // the page's own reading of dates (a Taiwan page's two-digit Minguo years; a Hong Kong page's day-first `3/5/2012`
  // by its locale or host: zh-org o171 of session 51's unseen round) for the dates of its labelled fields
  // (an archive's capture by its original site: `archive.is/…/http://www.example.org.hk/…`, zh-org o221 of session 59)
  const site = siteAddress(url)
  const pageDates: DateOptions = { minguo: minguoPage(locale, site), order: pageOrder(locale, site, body, hints) }
  const info = lines === undefined
    ? {}
    : withBbsHeader(infoLine(lines.body, lines.facts, docTitle, pageDates), lines.body, h1s)
  const near = titleAndNear(page, hints, lines?.body, info)
  const minguo = pageDates.minguo === true
  const dates = dateHints($, { article, meta, letters, info, near, minguo, cmsDate: cms.date, host })
  // the strongest (they come in rank order) that holds a year, for readers of the raw hints
  const published = dates.find(d => d.kind !== 'relative' && /\d{4}/.test(d.value))
  if (published !== undefined) hints.published = published.value
  if (dates.length > 0) hints.dates = dates

  const credits = lines === undefined ? { authors: [], editors: [] } : creditLines(lines.body, lines.facts, docTitle)
  // a reviewed book's author on the subject card (`作者: 许慕白`) is no writer of the review
  const reviewed = reviewedAuthors(article)
  const shown = [info.author, near.byline].map(a => a !== undefined && reviewed.includes(a.trim()) ? undefined : a)
  const authors = pageAuthors(shown, () => authorHints(page, letters), credits.authors,
    editorsNamed(credits.editors, info.editors))
  if (authors !== undefined) hints.authors = authors
  const editors = [...credits.editors, ...otherEditors(info.editors, near.photographers, credits.editors)]
  if (editors.length > 0) hints.editors = editors
  const source = sourceHint(meta, info, near)
  if (source !== undefined && !isUrl(source)) hints.source = source
  return hints
}

/**
 * The source the markup names (`<meta name=source>`), else the info line's `来源：`, else the medium an unlabelled
 * info line beside the headline names (`2012-01-17 09:30 新华社`).
 */
function sourceHint (meta: MetaTags, info: InfoFields, near: HeadlineInfo): string | undefined {
  return metaValue(meta, 'source', 'contentsource', 'og:source') ?? info.source ?? near.source
}

/** The page's `<title>`, on one line. */
const titleOf = ($: CheerioAPI): string => normalizeLine($('title').first().text())
