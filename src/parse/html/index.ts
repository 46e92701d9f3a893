/**
 * Stage 2, HTML front end: an HTML page -> candidate blocks plus metadata hints.
 * First version: drops non-content elements and walks block elements in document order.
 */
import * as cheerio from 'cheerio'
import type { Draft, Candidate, MetadataHints } from '../../draft.js'
import type { BlockType, Removal } from '../../types.js'
import { normalizeLine } from '../normalize.js'

const DROP = 'script, style, noscript, template, iframe, svg, form, nav, header, footer, aside'
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre'

function blockType (tag: string): BlockType {
  if (/^h[1-6]$/.test(tag)) return 'heading'
  if (tag === 'blockquote') return 'quote'
  if (tag === 'figcaption') return 'caption'
  return 'paragraph'
}

export function parseHtml (html: string, url?: string): Draft {
  const $ = cheerio.load(html)
  const hints: MetadataHints = {}
  const title = normalizeLine($('title').first().text())
  if (title !== '') hints.title = title
  const removed: Removal[] = []
  $(DROP).each((_, el) => {
    const text = normalizeLine($(el).text())
    if (text !== '' && el.type === 'tag' && ['nav', 'header', 'footer', 'aside'].includes(el.tagName)) {
      removed.push({ kind: 'navigation', text: text.slice(0, 300), reason: `<${el.tagName}> element` })
    }
  })
  $(DROP).remove()
  const blocks: Candidate[] = []
  $('body').find(BLOCKS).each((_, el) => {
    if (el.type !== 'tag') return
    if ($(el).find(BLOCKS).length > 0) return // the inner blocks carry the text
    const text = normalizeLine($(el).text())
    if (text === '') return
    const linkText = normalizeLine($(el).find('a').text()).length
    blocks.push({ type: blockType(el.tagName), text, evidence: { tag: el.tagName, linkDensity: linkText / text.length } })
  })
  return { format: 'html', blocks, removed, hints, url }
}
