/**
 * Stage 2, HTML front end: an HTML page -> candidate blocks plus metadata hints.
 *
 *   meta.ts   metadata hints (title, site name, date, authors, source) as raw strings, read first
 *   clean.ts  drop what a reader never sees or never wanted (hidden spam, scripts, page chrome), listed
 *   score.ts  the content scoring: which container is the article (Readability / trafilatura style)
 *   blocks.ts walk the chosen content into blocks, taking in-article boilerplate out
 *
 * As in Readability, when the first attempt yields too little text (the class/id evidence misled it), the page
 * is parsed again with less aggressive settings and the longest result wins.
 */
import type { Candidate, Draft, MetadataHints } from '../../draft.js'
import type { Removal } from '../../types.js'
import { openNoscriptShell } from './noscript.js'
import { normalizeLine } from '../../text/normalize.js'
import { weightedLengthUpTo } from '../../text/index.js'
import { walkBlocks } from './blocks.js'
import { cleanPage } from './clean.js'
import type { Document } from 'domhandler'
import { MAX_DEPTH, flattenDeep, hostOf } from './dom.js'
import { readHints } from './meta.js'
import { pageQuery } from './page-query.js'
import { cmsProperties } from './cms-comment.js'
import { bodyOf, cmsComment, depthBound, inlineScripts, parseTree } from './tree.js'
import { redirectScripts } from './redirect-script.js'
import type { PageText } from '../../text/pieces.js'
import { recoverBlocks } from './guard.js'
import { collapseSiblingRuns } from './sibling-runs.js'
import { dropQuestionAnswers, dropThreadReplies } from './thread.js'
import { computeStats, scoreContent, stripUnlikely, type ScoreOptions } from './score.js'

const ATTEMPTS: ScoreOptions[] = [
  { stripUnlikely: true, weightClasses: true },
  { stripUnlikely: false, weightClasses: true },
  { stripUnlikely: false, weightClasses: false }
]

/** Below this much text (Latin-equivalent characters) an attempt is retried with less aggressive settings. */
const ENOUGH_TEXT = 500
/** A later attempt wins when it finds this many times the text of the best before it, plus `MORE_TEXT`. */
const MORE_TEXT_SHARE = 1.5
const MORE_TEXT = 50
/**
 * Past this much text an attempt's length decides nothing more: it ends the attempts (`ENOUGH_TEXT`), and it passes
 * every earlier attempt's bar (each of those was under `ENOUGH_TEXT`). Its blocks are measured only up to it.
 */
const LENGTH_DECIDES = MORE_TEXT_SHARE * ENOUGH_TEXT + MORE_TEXT

/** The blocks' weighted length, exact under `LENGTH_DECIDES`, else a count at or past it. */
function textLength (blocks: Candidate[]): number {
  let n = 0
  for (const b of blocks) {
    if (n >= LENGTH_DECIDES) break
    n += weightedLengthUpTo(b.text, LENGTH_DECIDES - n)
  }
  return n
}

/** An attempt's blocks and removals, and the length of its text (`textLength`: exact under `LENGTH_DECIDES`). */
interface Attempt { blocks: Candidate[], removed: Removal[], length: number }

function attempt (doc: Document, options: ScoreOptions, host: string | undefined, url: string | undefined): Attempt {
  const removed: Removal[] = []
  const body = bodyOf(doc)
  // a Q&A page's question is its article: the answers go, read before the cleaning drops the `<meta>` items that give
  // each answer's address (thread.ts)
  dropQuestionAnswers(body, removed, url)
  cleanPage(body, { removed, host })
  // a forum thread is its opening post: the replies go before the content is scored (thread.ts)
  dropThreadReplies(body, removed)
  // one count of the text stats for the pruning, the scoring and the walker (the pruning keeps them true)
  const counted = computeStats(body)
  if (options.stripUnlikely) stripUnlikely(body, removed, counted)
  const { choice, stats } = scoreContent(body, options, counted)
  const nodes = choice?.nodes ?? [body]
  const top = choice?.top ?? body
  const contentLen = nodes.reduce((a, n) => a + (stats.get(n)?.len ?? 0), 0)
  const blocks = walkBlocks(nodes, { removed, stats, contentLen, top, host })
  return { blocks, removed, length: textLength(blocks) }
}

const key = (s: string): string => normalizeLine(s).toLowerCase().replace(/[\s"'“”‘’«»「」《》]/g, '')

/** Blocks at the top of the content looked at for the title heading. */
const TITLE_BLOCKS = 4

/**
 * The title heading at the top of the content is the title, not body: it goes to `removed` as metadata. When the
 * title is a part of its heading (`hints.titleLine`: a kicker before it, a source's host after it), the heading's
 * whole line goes, in one block or in the blocks its parts made (a kicker in a `<div>` of its own).
 */
function dropTitleBlock (blocks: Candidate[], hints: MetadataHints): { blocks: Candidate[], removed: Removal[] } {
  if (hints.title === undefined) return { blocks, removed: [] }
  const heading = (b: Candidate): boolean => b.type === 'heading' || b.evidence?.tag === 'h1'
  const title = key(hints.title)
  const top = blocks.slice(0, TITLE_BLOCKS)
  // the heading's whole line (one block or several), else a heading that is the title
  let [from, to] = hints.titleLine === undefined ? [-1, -1] : headingRun(top, key(hints.titleLine), heading)
  if (from < 0) from = to = top.findIndex(b => heading(b) && key(b.text) === title)
  if (from < 0) return { blocks, removed: [] }
  return {
    blocks: blocks.filter((_, j) => j < from || j > to),
    removed: [{
      kind: 'metadata',
      rule: 'title-heading',
      text: blocks.slice(from, to + 1).map(b => b.text).join(' '),
      reason: 'the title heading (also the page title)'
    }]
  }
}

/** The first and last of the heading blocks in a row that together read as `line` (by `key`); [-1, -1] if none. */
function headingRun (top: Candidate[], line: string, heading: (b: Candidate) => boolean): [number, number] {
  for (let from = 0; from < top.length; from++) {
    let joined = ''
    for (let to = from; to < top.length && heading(top[to]); to++) {
      joined += key(top[to].text)
      if (joined === line) return [from, to]
      if (!line.startsWith(joined)) break
    }
  }
  return [-1, -1]
}

export function parseHtml (html: string | PageText, url?: string): Draft {
  const host = url !== undefined ? hostOf(url) : undefined
  let doc = parseTree(html)
  // an empty application shell whose content stands in a `<noscript>` (noscript.ts)
  const shell = openNoscriptShell(doc)
  // a run of one element copied many times in a row is read once (sibling-runs.ts)
  const repeats = collapseSiblingRuns(doc)
  // a page no deeper than any real one has nothing to flatten: the walk over every node is saved
  const deep = depthBound(doc) > MAX_DEPTH && flattenDeep(doc, MAX_DEPTH) > 0
  const hints = readHints(pageQuery(doc), cmsProperties(cmsComment(doc)), url)
  // a hacked page's cloaking redirect is listed, though a script carries no text (redirect-script.ts)
  const redirects = redirectScripts(inlineScripts(doc), host)
  let best: Attempt | undefined
  for (let i = 0; i < ATTEMPTS.length; i++) {
    if (i > 0) {
      // the attempts change the tree; parsing again costs less than copying it
      doc = parseTree(html)
      if (shell) openNoscriptShell(doc)
      collapseSiblingRuns(doc)
      if (deep) flattenDeep(doc)
    }
    const a = attempt(doc, ATTEMPTS[i], host, url)
    // a later, less careful attempt wins only when it finds much more text (not just a footer more)
    if (best === undefined || a.length > MORE_TEXT_SHARE * best.length + MORE_TEXT) best = a
    // a page nested deeper than any real one is hostile: one attempt is enough
    if (a.length >= ENOUGH_TEXT || deep) break
  }
  const result = best!
  // a removal never takes the article: rules that left nothing of a page with text misfired (guard.ts)
  const { blocks, removed } = dropTitleBlock(result.blocks.length > 0 ? result.blocks : recoverBlocks(html), hints)
  const withUrl = url !== undefined ? { url } : {}
  const all = [...repeats, ...redirects, ...result.removed, ...removed]
  return { format: 'html', blocks, removed: all, hints, ...withUrl }
}
