/**
 * Stage 6: body structure. Decides what each remaining block is: photo captions (a photo credit such as
 * `Photo by X`, `(Photo/Xinhua)`, `(摄影 X)`, `X 摄`, or a caption opener such as `图为` / `Photo:`) become `caption`
 * blocks with the credit taken off (listed as `media`); short lines standing between paragraphs without sentence
 * punctuation become `heading`; a line repeating itself (`A A`, caption + alt text) or a block repeating the one
 * before it (caption then the same text as a paragraph) becomes one block. HTML evidence (`h2`, `figcaption`,
 * `blockquote`) decides where present. Words are never rewritten: only whole credits and whole duplicates go.
 */
import type { Candidate, Draft } from '../draft.js'
import type { Removal } from '../types.js'
import { escapeRegExp, hanWeightedLength } from '../text/index.js'
import { loadData } from '../data.js'
import { ZH_REPORTER_GRADE, ZH_REPORTER_OUTLET, ZH_REPORTER_TITLE } from '../text/roles.js'

interface CaptionFile {
  agencies: Array<{ name: string }>
  openers: Array<{ text: string, colon: boolean }>
}
const CAPTIONS = loadData<CaptionFile>('captions.json')
const alternatives = (names: string[]): string => names.map(escapeRegExp).join('|')
/** Photo agencies in a Latin-script credit (data/captions.json). */
const AGENCY = alternatives(CAPTIONS.agencies.map(a => a.name))

// Credits at the end of a caption. Group 1 is the credit (what goes to `removed`).
const CREDITS: RegExp[] = [
  // `...delivered a speech.Photo by Sun Tingting`, `... Photo by X`, `Photographed by X`
  /(?<=[.!?。！？"”’)）\s]|^)\s*((?:Photo(?:graph)?s?|Pictures?|Images?)\s+(?:by|courtesy of|credit:?)\s+[^.。!?()（）]{1,60}|Photographed\s+by\s+[^.。!?()（）]{1,60})$/i,
  // `(Photo/Xinhua)`, `(Photo by X)`, `(Photo: X)`, `(Xinhua/Li Xin)`, `(CNS photo)`
  new RegExp(String.raw`\s*([(（]\s*(?:(?:Photo(?:graph)?|Picture|Image)\s*(?:by|[:：/])\s*[^()（）]{1,60}|` +
    String.raw`(?:${AGENCY})\s*(?:\/|photo)\s*[^()（）]{0,40})[)）])$`, 'i'),
  // `(摄影 X)`, `（图/X）`, `（X 摄）`, `（新华社记者 X 摄）`
  /\s*([(（]\s*(?:摄影|图片|图|摄)\s*[:：/]?\s*[^()（）]{1,30}[)）]|[(（][^()（）]{1,30}?\s*摄[)）])$/u,
  // `。新华社记者 李鑫 摄`, `。 中新社记者 张三 摄` (a space before 摄: never the end of a sentence)
  new RegExp(String.raw`(?<=[。！？!?”\s])\s*(${ZH_REPORTER_OUTLET}?${ZH_REPORTER_GRADE}?${ZH_REPORTER_TITLE}?\s*` +
    String.raw`[\p{Script=Han}·]{2,4}(?:[ 、][\p{Script=Han}·]{2,4})*\s+摄)$`, 'u')
]
const CAPTION_OPENER = new RegExp(`^(?:${CAPTIONS.openers
  .map(o => escapeRegExp(o.text) + (o.colon ? '\\s*[:：]' : '')).join('|')})`, 'i')
const CREDIT_ONLY = /^(?:[(（]?\s*(?:(?:Photo(?:graph)?s?|Pictures?|Images?)\s*(?:by|courtesy of|[:：/])|摄影|图片来源|图\/|图片\/)\s*[^.。!?]{1,60}[)）]?|[(（]?[^()（）.。]{1,30}\s*摄[)）]?)$/iu

export interface Credit {
  /** The caption without its credit. */
  text: string
  /** The credit taken off (`Photo by Sun Tingting`). */
  credit: string
}

/** Splits a photo credit off the end of a caption; null when the text carries no credit. */
export function splitCredit (text: string): Credit | null {
  for (const re of CREDITS) {
    const m = re.exec(text)
    if (m === null) continue
    const rest = text.slice(0, m.index).trim()
    return { text: rest, credit: m[1].trim() }
  }
  return null
}

/** A line that opens like a caption (`图为...`, `Photo: ...`) or carries a photo credit. */
export function looksLikeCaption (text: string): boolean {
  return CAPTION_OPENER.test(text) || splitCredit(text) !== null || CREDIT_ONLY.test(text)
}

const FINAL_PUNCT = /[.。;；,，:：、…]$|\.\.\.$/
const ENUMERATED = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．]\s*\D|第[一二三四五六七八九十\d]+[章节部分条])/u

/**
 * A subheading in a text page: a short line (<= ~80 characters, <= 14 words) that does not end like a sentence
 * (`.`, `。`, `,`, `:`...: `?` and `!` are allowed: `How to take the next step?`), holds a single sentence, and
 * stands before a paragraph longer than itself. Enumerated lines (`一、`, `(二)`) are headings too.
 */
export function isHeadingText (text: string, next: Candidate | undefined): boolean {
  if (next === undefined || next.type !== 'paragraph') return false
  const len = hanWeightedLength(text)
  if (len > 80 || len < 4) return false
  if (text.split(/\s+/).length > 14) return false
  if (FINAL_PUNCT.test(text)) return false
  if (/[.。!?！？;；](?=\s*\S)/.test(text.replace(/\b(?:[A-Z]|No|Dr|Mr|Mrs|Ms|St|vs)\./g, ''))) return false
  if (/^[\p{Ll}]/u.test(text)) return false
  if (looksLikeCaption(text)) return false
  if (hanWeightedLength(next.text) < Math.max(len * 1.5, 60)) return false
  return true
}

function isDoubled (text: string): string | null {
  // `A A` (or `A  A`): caption and alt text, or a link and its title, scraped side by side.
  const mid = text.length >> 1
  for (const cut of [mid, mid - 1, mid + 1]) {
    if (cut <= 0 || cut >= text.length) continue
    if (text[cut] !== ' ') continue
    const a = text.slice(0, cut).trim()
    const b = text.slice(cut + 1).trim()
    if (a === b && a.length >= 2) return a
  }
  return null
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
  // Pass 1: duplicates and captions.
  for (const block of draft.blocks) {
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
        removed.push({ kind: 'media', rule: 'photo-credit', text: credit.credit, reason: 'photo credit taken off a caption' })
        text = credit.text
        type = 'caption'
      } else if (CAPTION_OPENER.test(text)) {
        type = 'caption'
      }
    }
    const prev = out[out.length - 1]
    if (prev !== undefined && prev.text === text) {
      removed.push({ kind: 'boilerplate', rule: 'repeated-block', text, reason: `repeats the ${prev.type} before it` })
      continue
    }
    out.push({ ...block, type, text })
  }
  // Pass 2: headings (need the block that follows).
  const blocks = out.map((b, i) => {
    if (b.type !== 'paragraph' || b.evidence?.tag !== undefined) return b
    if (i === 0 && out.length > 1 && !ENUMERATED.test(b.text)) return b
    if (ENUMERATED.test(b.text) && hanWeightedLength(b.text) <= 60 && !FINAL_PUNCT.test(b.text) && out[i + 1] !== undefined) return { ...b, type: 'heading' as const }
    return isHeadingText(b.text, out[i + 1]) ? { ...b, type: 'heading' as const } : b
  })
  return { ...draft, blocks, removed: [...draft.removed, ...removed] }
}
