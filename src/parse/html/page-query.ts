/**
 * The hints' cheerio API over a parsed page, without `cheerio.load` per page. `load` declares a class of its own each
 * time it is called (its `LoadedCheerio`, so that plugins live on one page's selections): every page's selections
 * were of a new class, the code reading them met a new object shape per page, and declaring the class cost about
 * 2.5% of a generated 20 KB page's `parseHtml`. Here one class serves every page: one API loaded once, asked with
 * the page as its root (cheerio's own argument for it), and its selections' `_make` (what `.find`, `.parent`, `.first`
 * and every other traversal build their result with) given the page being read. The answers are cheerio's own: the
 * same `initialize`, the same options, the page as root where `load` would have it.
 */
import * as cheerio from 'cheerio'
import type { CheerioAPI } from 'cheerio'
import type { AnyNode, Document } from 'domhandler'

type Initialize = (selector?: unknown, context?: unknown, root?: unknown, options?: unknown) => cheerio.Cheerio<AnyNode>

/** One API for every page: loaded from nothing, as `load` would with the same (default) options. */
const SHARED = cheerio.load('')
const initialize = SHARED as unknown as Initialize
/** The page the selections of `SHARED` belong to: the one `pageQuery` was last given (parsing is synchronous). */
let pageRoot: Document | undefined

// what `load`'s class does in `_make`, with the page being read as the root, where it would have its own page
SHARED.fn._make = function (this: cheerio.Cheerio<AnyNode>, selector: unknown, context?: unknown) {
  const made = initialize(selector, context, pageRoot) as cheerio.Cheerio<AnyNode> & { prevObject: unknown }
  made.prevObject = this
  return made
} as typeof SHARED.fn._make

/** `cheerio.load(doc)`'s API for a parsed page: its selections, its static methods on the page (`$.root()`). */
export function pageQuery (doc: Document): CheerioAPI {
  pageRoot = doc
  const query = (selector?: unknown, context?: unknown, root: unknown = doc, options?: unknown): unknown =>
    initialize(selector, context, root, options)
  return Object.assign(query, SHARED, { _root: doc })
}
