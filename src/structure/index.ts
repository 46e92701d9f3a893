/**
 * Stage 6: body structure. Decides what each remaining block is: photo captions (a photo credit such as
 * `Photo by X`, `(Photo/Xinhua)`, `(摄影 X)`, `X 摄`, or a caption opener such as `图为` / `Photo:`) become `caption`
 * blocks with the credit taken off (listed as `media`); short lines standing between paragraphs without sentence
 * punctuation become `heading`; a line repeating itself (`A A`, caption + alt text) or a block repeating the one
 * before it (caption then the same text as a paragraph) becomes one block; a summary box's copy of the text's start,
 * cut short with an ellipsis, goes. HTML evidence (`h2`, `figcaption`,
 * `blockquote`) decides where present. Words are never rewritten: only whole credits and whole duplicates go.
 */
import type { Candidate, Draft } from '../draft.js'
import type { Removal } from '../types.js'
import { unitAt, weightedLength } from '../text/index.js'
import { CREDIT_ONLY, CAPTION_OPENER, splitCredit } from '../text/captions.js'
import { FINAL_PUNCT, isHeadingText } from '../text/headings.js'

const ENUMERATED = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．]\s*\D|第[一二三四五六七八九十\d]+[章节部分条])/u

/** The shortest doubled line: two halves of two characters or more and the space between. */
const DOUBLED_MIN_LENGTH = 5
/** Where a doubled line's space may stand, from its middle. */
const DOUBLED_CUTS = [0, -1, 1]

function isDoubled (text: string): string | null {
  // `A A` (or `A  A`): caption and alt text, or a link and its title, scraped side by side.
  if (text.length < DOUBLED_MIN_LENGTH) return null
  const mid = text.length >> 1
  for (const offset of DOUBLED_CUTS) {
    const cut = mid + offset
    if (cut <= 0 || cut >= text.length) continue
    if (unitAt(text, cut) !== 0x20) continue
    const a = text.slice(0, cut).trim()
    const b = text.slice(cut + 1).trim()
    if (a === b && a.length >= 2) return a
  }
  return null
}

/** An ellipsis that cuts a text short: `...`, `…`, `……`, `。。。`. */
const CUT_SHORT = /(?:\.{3,}|…+|。{3,})$/u
/**
 * The shortest cut-off text read as a summary's copy of the text that follows (Latin-equivalent characters, about 25
 * Han characters or a dozen English words): a shorter stem could begin a paragraph by chance (`5月19日上午`).
 */
const SUMMARY_MIN_LENGTH = 60
/** How many blocks after a summary its text may begin (a photo and its caption may stand between). */
const SUMMARY_REACH = 3

/**
 * The blocks that are a summary box's copy of the text, cut short (a CMS's 摘要 / `intro` over the article, an
 * excerpt shown again above the post): a paragraph ending in an ellipsis whose text before it stands in one of the
 * next few blocks, word for word.
 */
function summaryCopies (blocks: Candidate[]): Set<Candidate> {
  const copies = new Set<Candidate>()
  blocks.forEach((b, i) => {
    if (b.type !== 'paragraph' || !CUT_SHORT.test(b.text)) return
    const stem = b.text.replace(CUT_SHORT, '').trim()
    if (weightedLength(stem) < SUMMARY_MIN_LENGTH) return
    if (blocks.slice(i + 1, i + 1 + SUMMARY_REACH).some(next => next.text.includes(stem))) copies.add(b)
  })
  return copies
}

function tagType (tag: string | undefined): Candidate['type'] | null {
  if (tag === undefined) return null
  if (/^h[1-6]$/i.test(tag)) return 'heading'
  if (/^figcaption$/i.test(tag)) return 'caption'
  if (/^blockquote$/i.test(tag)) return 'quote'
  return null
}

export function structureBody (draft: Draft): Draft {
  const removed: Removal[] = []
  const out: Candidate[] = []
  const summaries = summaryCopies(draft.blocks)
  // Pass 1: duplicates and captions.
  for (const block of draft.blocks) {
    if (summaries.has(block)) {
      const reason = 'a summary that repeats the start of the text, cut short'
      removed.push({ kind: 'boilerplate', rule: 'summary-copy', text: block.text, reason })
      continue
    }
    let text = block.text
    let type = tagType(block.evidence?.tag) ?? block.type
    const doubled = isDoubled(text)
    if (doubled !== null) {
      const reason = 'the same text twice on one line (caption and alt text scraped side by side)'
      removed.push({ kind: 'boilerplate', rule: 'doubled-text', text: doubled, reason })
      text = doubled
    }
    if (type === 'paragraph' || type === 'caption') {
      if (CREDIT_ONLY.test(text) && !/[.。!?！？]\s*\S/.test(text)) {
        removed.push({ kind: 'media', rule: 'photo-credit', text, reason: 'photo credit' })
        continue
      }
      const credit = splitCredit(text)
      if (credit !== null && credit.text !== '') {
        const reason = 'photo credit taken off a caption'
        removed.push({ kind: 'media', rule: 'photo-credit', text: credit.credit, reason })
        text = credit.text
        type = 'caption'
      } else if (CAPTION_OPENER.test(text)) {
        type = 'caption'
      }
    }
    const prev = out[out.length - 1]
    if (prev?.text === text) {
      removed.push({ kind: 'boilerplate', rule: 'repeated-block', text, reason: `repeats the ${prev.type} before it` })
      continue
    }
    out.push(type === block.type && text === block.text ? block : { ...block, type, text })
  }
  // Pass 2: headings (need the block that follows).
  const blocks = out.map((b, i) => {
    if (b.type !== 'paragraph' || b.evidence?.tag !== undefined) return b
    if (i === 0 && out.length > 1 && !ENUMERATED.test(b.text)) return b
    const enumeratedHeading = ENUMERATED.test(b.text) && weightedLength(b.text) <= 60 && !FINAL_PUNCT.test(b.text)
    if (enumeratedHeading && out[i + 1] !== undefined) return { ...b, type: 'heading' as const }
    return isHeadingText(b.text, out[i + 1]) ? { ...b, type: 'heading' as const } : b
  })
  return { ...draft, blocks, removed: [...draft.removed, ...removed] }
}
