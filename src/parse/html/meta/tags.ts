/**
 * Meta tags and the fast selector answers: `fastQuery` (the selectors the hints ask, answered from one list of
 * the page's elements) and the page's `<meta>` values by key.
 */
import type { CheerioAPI } from 'cheerio'
import { attr, classAndId, elementsOf, hasAttributes, isElement, type AnyNode, type Element } from '../dom.js'
import { normalizeLine } from '../short-text.js'
import { EPOCH_ATTRIBUTES } from '../epoch-stamp.js'
import { setBodyList } from './page-cache.js'

type Test = (el: Element) => boolean
const has = (name: string): Test => el => el.attribs[name] !== undefined
const named = (tag: string): Test => el => el.name === tag
const tokenList = (name: string, token: string): Test => el => (el.attribs[name] ?? '').toLowerCase().split(/\s+/).includes(token)
const within = (tag: string): Test => el => {
  for (let p = el.parent; p !== null; p = p.parent) if (isElement(p) && p.name === tag) return true
  return false
}
const both = (...tests: Test[]): Test => el => tests.every(t => t(el))
const classHas = (...parts: string[]): Test => el => parts.some(x => (el.attribs.class ?? '').includes(x))
export const DATE_CLASSES = ['date', 'time', 'publish', 'posted', 'byline', 'meta']
/** Elements whose class says they hold a date (`post-date`, `entry-meta`, `byline`). */
export const DATE_CLASS_SELECTOR = DATE_CLASSES.map(c => `body [class*="${c}"]`).join(', ')
/** `author` in a class or id, not as the start of `authority`, `authorize`, `authorise`: no author's. */
export const AUTHOR_WORD = 'author(?!i[tzs])'
/**
 * Author boxes: a class or id with `author` in it, any case, but not as the start of `authority`, `authorize` or
 * `authorise` (`<p class="authority">本文禁止转载或摘编</p>`, a column's reprint rights under the article: zh-blogs b93
 * of session 36's unseen round). The selector's test is `holdsAuthor`.
 */
export const AUTHOR_BOX_SELECTOR = 'body [class*="author" i], body [id*="author" i]'
/**
 * `author` in `s`, any case, not followed by `it`, `iz` or `is` (`authority`, `authorized`, `authorise`; `authorinfo`
 * and `authors` are author boxes). Case-insensitive matching is exact here: no character outside ASCII folds to one of
 * the letters (checked over every code point once). Most elements' class and id hold no `author`.
 */
const AUTHOR_ANY_CASE = new RegExp(AUTHOR_WORD, 'i')
const holdsAuthor = (s: string): boolean => AUTHOR_ANY_CASE.test(s)
const isJsonLd = (el: Element): boolean => (el.attribs.type ?? '').toLowerCase() === 'application/ld+json'
/** The elements a byline or a date line is looked for in. */
export const BYLINE_SELECTOR = ['p', 'span', 'div', 'li', 'small', 'address', 'em', 'i', 'strong', 'dd', 'header', 'h3',
  'h4', 'h5', 'h6'].map(tag => `body ${tag}`).join(', ')
const BYLINE_TAGS = new Set([
  'p', 'span', 'div', 'li', 'small', 'address', 'em', 'i', 'strong', 'dd', 'header', 'h3', 'h4', 'h5', 'h6'
])
/**
 * The elements a labelled date is looked for in: a byline's, table cells, and the `<font>` the table layouts of the
 * 1990s and 2000s set their small print in (Snitz Forums 2000's `<font size="1">Posted - 03/17/2002 : 20:41:37</font>`
 * in the cell that also holds the post: zh-blogs b365 of session 49's unseen round).
 */
export const LABELLED_DATE_SELECTOR = `${BYLINE_SELECTOR}, body td, body font`
/** The elements a labelled screen name (`昵称：梧桐听雨`) is looked for in. */
const SCREEN_NAME_TAGS = ['li', 'dd', 'p', 'div', 'span', 'td']
export const SCREEN_NAME_SELECTOR = SCREEN_NAME_TAGS.map(tag => `body ${tag}`).join(', ')
/** The elements a poster's badge (`<span class="lz">楼主</span>`) is looked for in. */
const BADGE_TAGS = ['span', 'em', 'i', 'b', 'li', 'div', 'td']
export const BADGE_SELECTOR = BADGE_TAGS.map(tag => `body ${tag}`).join(', ')
/** The subheadings a post's heading is looked for in, under a blog's name or on a page without an `<h1>`. */
export const SUBHEADING_SELECTOR = 'body h2, body h3'
/** The tags of `SUBHEADING_SELECTOR`: headings below `<h1>`, read as the title of a page with none. */
export const SUBHEADING_TAGS = new Set(['h2', 'h3'])
/** Elements with a `title` (a relative time's full time in its tooltip). */
export const TITLED_SELECTOR = 'body [title]'
/** An hCard (microformats: `class="vcard"`), read for the entry's author (`hCardAuthor`). */
export const HCARD_SELECTOR = 'body .vcard'
/** XenForo 1's date stamp: the day and the time in its attributes (`dateStringAbbr`). */
export const DATE_STRING_ABBR = 'abbr[data-time][data-datestring]'
/** Elements with a Unix time in an attribute (`epochStamp`). */
export const EPOCH_STAMP_SELECTOR = EPOCH_ATTRIBUTES.map(name => `body [${name}]`).join(', ')
const oneOf = (tags: readonly string[]): Test => { const set = new Set(tags); return el => set.has(el.name) }

/**
 * Which elements a selector's test is asked about: those of one tag (every element it passes has that name), those
 * with attributes (it passes only elements with an attribute), or all.
 */
type Among = { tag: string } | 'attributed' | 'all'

/**
 * The selectors the hints use, as tests over one list of the page's elements (in document order, as cheerio gives
 * them): css-select walks the whole page once per selector of a list and sorts the union, which cost half of the
 * hints. `true` for the body only.
 */
const SELECTORS = new Map<string, [Test, boolean, Among]>([
  ['meta', [named('meta'), false, { tag: 'meta' }]],
  ['script[type="application/ld+json"]', [el => el.name === 'script' && isJsonLd(el), false, { tag: 'script' }]],
  ['title', [named('title'), false, { tag: 'title' }]],
  // the feeds' links (`feedNames`), asked of a page whose `<title>` is names alone
  ['link[title]', [both(named('link'), has('title')), false, { tag: 'link' }]],
  ['html', [named('html'), false, { tag: 'html' }]],
  ['body h1', [named('h1'), true, { tag: 'h1' }]],
  ['body p', [named('p'), true, { tag: 'p' }]],
  ['[itemprop="datePublished"]', [el => el.attribs.itemprop === 'datePublished', false, 'attributed']],
  ['time[pubdate][datetime]', [both(named('time'), has('pubdate'), has('datetime')), false, { tag: 'time' }]],
  ['article time[datetime]', [both(named('time'), has('datetime'), within('article')), false, { tag: 'time' }]],
  ['main time[datetime]', [both(named('time'), has('datetime'), within('main')), false, { tag: 'time' }]],
  ['time[datetime]', [both(named('time'), has('datetime')), false, { tag: 'time' }]],
  ['body time', [named('time'), true, { tag: 'time' }]],
  ['article time', [both(named('time'), within('article')), false, { tag: 'time' }]],
  ['main time', [both(named('time'), within('main')), false, { tag: 'time' }]],
  // XenForo's date stamp (`dateStringAbbr`), asked of every page that has no dated `<time>`
  [DATE_STRING_ABBR, [both(named('abbr'), has('data-time'), has('data-datestring')), false, { tag: 'abbr' }]],
  // and the elements stamped with a Unix time (`epochStamp`), asked of a page without either
  [EPOCH_STAMP_SELECTOR, [el => EPOCH_ATTRIBUTES.some(name => el.attribs[name] !== undefined), true, 'attributed']],
  // (a token list holds `author` only if its string does: most elements are not split)
  ['[itemprop~="author"]', [el => el.attribs.itemprop?.includes('author') === true &&
    el.attribs.itemprop.split(/\s+/).includes('author'), false, 'attributed']],
  ['[itemprop~="headline"]', [el => el.attribs.itemprop?.includes('headline') === true &&
    el.attribs.itemprop.split(/\s+/).includes('headline'), false, 'attributed']],
  ['body [property]', [el => el.attribs.property !== undefined, true, 'attributed']],
  ['a[rel~="author"]', [both(named('a'), tokenList('rel', 'author')), false, { tag: 'a' }]],
  ['a[href]', [both(named('a'), has('href')), false, { tag: 'a' }]],
  ['body [class], body [id]', [el => el.attribs.class !== undefined || el.attribs.id !== undefined, true,
    'attributed']],
  [BYLINE_SELECTOR, [el => BYLINE_TAGS.has(el.name), true, 'all']],
  [AUTHOR_BOX_SELECTOR, [el => holdsAuthor(classAndId(el)), true, 'attributed']],
  ['body img[alt]', [both(named('img'), has('alt')), true, { tag: 'img' }]],
  ['body img', [named('img'), true, { tag: 'img' }]],
  [DATE_CLASS_SELECTOR, [classHas(...DATE_CLASSES), true, 'attributed']],
  [LABELLED_DATE_SELECTOR, [el => BYLINE_TAGS.has(el.name) || el.name === 'td' || el.name === 'font', true, 'all']],
  [SCREEN_NAME_SELECTOR, [oneOf(SCREEN_NAME_TAGS), true, 'all']],
  [BADGE_SELECTOR, [oneOf(BADGE_TAGS), true, 'all']],
  [SUBHEADING_SELECTOR, [el => SUBHEADING_TAGS.has(el.name), true, 'all']],
  [TITLED_SELECTOR, [el => el.attribs.title !== undefined, true, 'attributed']],
  [HCARD_SELECTOR, [tokenList('class', 'vcard'), true, 'attributed']]
])

/** A list of elements sorted once by tag and by whether they have attributes, each part in document order. */
interface SortedElements { all: Element[], byTag: Map<string, Element[]>, attributed: Element[] }

/**
 * `all` sorted, and the same for its elements from index `split` on (`all.slice(split)` sorted: each list's tail,
 * its elements at or after `split`, in the same order), in one pass.
 */
function sortElements (all: Element[], split = all.length): [SortedElements, SortedElements] {
  const byTag = new Map<string, Element[]>()
  const attributed: Element[] = []
  // how many elements of each list stand before `split`, read when the loop reaches it
  let heads: Map<string, number> | undefined
  let attributedHead = 0
  for (let i = 0; i < all.length; i++) {
    if (i === split) [heads, attributedHead] = headsOf(byTag, attributed)
    const el = all[i]
    const list = byTag.get(el.name)
    if (list === undefined) byTag.set(el.name, [el])
    else list.push(el)
    if (hasAttributes(el.attribs)) attributed.push(el)
  }
  if (heads === undefined) [heads, attributedHead] = headsOf(byTag, attributed)
  const tailByTag = new Map<string, Element[]>()
  for (const [tag, list] of byTag) {
    const head = heads.get(tag) ?? 0
    if (list.length > head) tailByTag.set(tag, list.slice(head))
  }
  return [
    { all, byTag, attributed },
    { all: all.slice(split), byTag: tailByTag, attributed: attributed.slice(attributedHead) }
  ]
}

const headsOf = (byTag: Map<string, Element[]>, attributed: Element[]): [Map<string, number>, number] =>
  [new Map([...byTag].map(([tag, list]) => [tag, list.length])), attributed.length]

/** The elements a selector's test needs to be asked about (a superset of those it passes, in document order). */
function candidates (sorted: SortedElements, among: Among): Element[] {
  if (among === 'all') return sorted.all
  if (among === 'attributed') return sorted.attributed
  return sorted.byTag.get(among.tag) ?? []
}

/**
 * Whether no element follows `el`'s subtree in document order (nothing after it or after any ancestor; what
 * `ensureBody` makes of `<body>`): then its descendants are the tail of the document's element list.
 */
function endsDocument (el: Element): boolean {
  for (let n: AnyNode | null = el; n !== null; n = n.parent) {
    for (let next = n.next; next !== null; next = next.next) if (isElement(next)) return false
  }
  return true
}

/** The selectors `fastQuery` answers itself (test/html-fast-query.test.ts holds each to cheerio's answer). */
export const FAST_SELECTORS: readonly string[] = [...SELECTORS.keys()]

/** `$` answering the selectors above from one list of elements; anything else goes to cheerio. */
export function fastQuery ($: CheerioAPI): CheerioAPI {
  const everywhere = $.root()[0].children.flatMap(c => elementsOf(c))
  const at = everywhere.findIndex(el => el.name === 'body')
  const body = at < 0 ? undefined : everywhere[at]
  // the body's elements: the tail of that list (one walk and one sort of the page, not two) unless something
  // follows the body
  const tail = body !== undefined && endsDocument(body)
  const [all, tailSorted] = sortElements(everywhere, tail ? at + 1 : everywhere.length)
  const bodyAll = body === undefined ? [] : tail ? everywhere.slice(at) : elementsOf(body)
  if (body !== undefined) setBodyList({ body, all: bodyAll })
  const inBody = tail ? tailSorted : sortElements(bodyAll.slice(1))[0]
  // each known selector is answered once per page (the hints ask several of them more than once); cheerio's
  // selections are not changed by the methods the hints call on them
  const answers = new Map<string, unknown>()
  const query = (selector: unknown, ...rest: unknown[]): unknown => {
    const known = typeof selector === 'string' && rest.length === 0 ? SELECTORS.get(selector) : undefined
    if (selector === 'body') return $(body === undefined ? [] : [body])
    if (known === undefined) return ($ as (...args: unknown[]) => unknown)(selector, ...rest)
    let answer = answers.get(selector as string)
    if (answer === undefined) {
      answer = $(candidates(known[1] ? inBody : all, known[2]).filter(known[0]))
      answers.set(selector as string, answer)
    }
    return answer
  }
  return Object.assign(query, $)
}

export type MetaTags = Map<string, string[]>

/** Every `<meta>` value by its key (`property`, `name`, `itemprop` or `http-equiv`, lower case). */
export function metaTags ($: CheerioAPI): MetaTags {
  const meta: MetaTags = new Map()
  let answers: boolean | undefined
  $('meta').each((_, el) => {
    if (!isElement(el)) return
    if (attr(el, 'itemprop') !== '' && attr(el, 'name') === '' && attr(el, 'property') === '') {
      // microdata of another item than the page's: a comment's, or the question above the answer a page is of
      const item = itemTypeAbove(el)
      if (item !== undefined && OTHER_ITEM.test(item)) {
        answers ??= $('[itemtype]').toArray().some(e => isElement(e) && ANSWER_ITEM.test(attr(e, 'itemtype')))
        if (!/question/i.test(item) || answers) return
      }
    }
    const named = attr(el, 'property') || attr(el, 'name') || attr(el, 'itemprop') || attr(el, 'http-equiv')
    const key = named.trim().toLowerCase()
    const content = normalizeLine(attr(el, 'content'))
    if (key === '' || content === '') return
    meta.set(key, [...(meta.get(key) ?? []), content])
  })
  return meta
}

/**
 * Microdata items whose properties are not the page's article: a comment's, and a question's on a page of its answer
 * (`<div itemscope itemtype="http://schema.org/Question"><meta itemprop="dateCreated" content="2016-08-03T…">` above
 * `<div itemscope itemtype="http://schema.org/Answer">`, a Zhihu-style answer page: zh-blogs b159 of session 40's
 * unseen round).
 */
const OTHER_ITEM = /schema\.org\/(?:Comment|Question)\/?$/i
const ANSWER_ITEM = /schema\.org\/Answer\/?$/i
/** Levels above a microdata property its item is looked for. */
const ITEM_LEVELS = 24

/** The `itemtype` of the nearest item (`itemscope`) above an element, within `ITEM_LEVELS`. */
function itemTypeAbove (el: Element): string | undefined {
  let level = 0
  for (let p = el.parent; p !== null && isElement(p) && level < ITEM_LEVELS; p = p.parent, level++) {
    if (p.attribs.itemscope !== undefined) return attr(p, 'itemtype')
  }
  return undefined
}

/** The first non-empty value of the first key that has one. */
export function metaValue (meta: MetaTags, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const v = meta.get(k)?.find(x => x !== '')
    if (v !== undefined) return v
  }
  return undefined
}
