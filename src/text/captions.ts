/**
 * Photo captions and their credits (data/captions.json, reporter roles from data/reporter-roles.json): how a caption
 * opens (`图为`, `Photo:`), the credit at its end (`Photo by X`, `(Xinhua/Li Xin)`, `（X 摄）`, `新华社记者 X 摄`) and
 * a line that is a credit alone. Shared by the structure stage (captions become `caption` blocks, credits go) and
 * the metadata stage (a caption is never a byline).
 */
import { loadData } from '../data.js'
import { escapeRegExp, unitAt } from './index.js'
import { ZH_CREDIT_ROLE, ZH_REPORTER_GRADE, ZH_REPORTER_OUTLET, ZH_REPORTER_TITLE } from './roles.js'

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
    String.raw`[\p{Script=Han}·]{2,4}(?:[ 、][\p{Script=Han}·]{2,4})*\s+摄)$`, 'u'),
  // a short caption's credit after its sentence, glued or in traditional script (`…送院。梁志恒攝`, `…。大公報記者林良堅攝`,
  // `…。摄影：周可欣`, `…。图｜林小满`, `…。 南方周末记者 赵川/图`, `…。讀者提供`, `… 受访者 供图`, `…。图片来源：受访者`; not
  // a writer's and photographer's byline, `賀懷湘文/圖`)
  new RegExp(String.raw`(?<=[。！？!?”\s])\s*(` +
    String.raw`(?:${ZH_CREDIT_ROLE})?\s*[\p{Script=Han}·]{2,4}(?:、[\p{Script=Han}·]{2,4})*[摄攝]|` +
    String.raw`(?:摄影|攝影|图片来源|圖片來源)\s*[:：]\s*[^。！？\s]{1,20}|[图圖]\s*[｜|/／]\s*[\p{Script=Han}·]{2,8}|` +
    String.raw`(?:${ZH_CREDIT_ROLE})?\s*[\p{Script=Han}·]{2,8}(?<!文)\s*[/／][图圖]|` +
    String.raw`[^。！？\s()（）]{1,10}\s*供[图圖]|\p{Script=Han}{2,6}提供)$`, 'u'),
  // a short caption's bracketed credit in traditional script, or a stock photo's (`（鄧宗弘攝）`, `（圖／翻攝自爆料公社）`,
  // `（本報資料照片）`, `（业主供图）`)
  new RegExp(String.raw`\s*([(（]\s*(?:(?:本报|本報)?(?:资料|資料)(?:照片|图片|圖片|图|圖)|[圖攝]\s*[:：/／][^()（）]{1,30}|` +
    String.raw`[^()（）]{1,12}供[图圖]|[^()（）]{1,30}?攝)\s*[)）])$`, 'u')
]
/** Longest caption whose credit the two patterns above take off (a longer paragraph is the article's text). */
const SHORT_CAPTION = 120
const endsWithBracket = (text: string): boolean => text.endsWith(')') || text.endsWith('）')
/**
 * The code units the Latin credit's last character cannot be (both its branches end `[^.。!?()（）]{1,60}$`): most
 * paragraphs end in one, and are not searched for `photo` from every position (1% of a generated 20 KB page).
 */
const NOT_CREDIT_LAST = new Set(['.', '。', '!', '?', '(', ')', '（', '）'].map(c => unitAt(c, 0)))
const endsSentenceOrBracket = (text: string): boolean =>
  text.length > 0 && NOT_CREDIT_LAST.has(unitAt(text, text.length - 1))
/**
 * What each credit pattern (same index) needs of the text, tested first: each pattern is anchored at the end but not
 * at the start, so it is tried from every position of a paragraph that can hold no credit at all. Exact: a Latin
 * credit names a photo, picture or image, and ends in none of `.。!?()（）`; a bracketed credit ends with its closing
 * bracket; a Chinese one with `摄`.
 * The end's character is read directly: a pattern anchored only at the end (`/[)）]$/`) is itself tried from every
 * position.
 */
const CREDIT_NEEDS: Array<(text: string) => boolean> = [
  text => !endsSentenceOrBracket(text) && /photo|picture|image/i.test(text), endsWithBracket, endsWithBracket,
  text => text.endsWith('摄'),
  text => /[摄攝影源图圖供提]/u.test(text), endsWithBracket
]
/** The longest text each credit pattern (same index) is asked of: the last two take a short caption's credit only. */
const CREDIT_MAX = [Infinity, Infinity, Infinity, Infinity, SHORT_CAPTION, SHORT_CAPTION]
export const CAPTION_OPENER = new RegExp(`^(?:${CAPTIONS.openers
  .map(o => escapeRegExp(o.text) + (o.colon ? '\\s*[:：]' : '')).join('|')})`, 'i')
export const CREDIT_ONLY = /^(?:[(（]?\s*(?:(?:Photo(?:graph)?s?|Pictures?|Images?)\s*(?:by|courtesy of|[:：/])|摄影|攝影|图片来源|圖片來源|[图圖]片?[/／])\s*[^.。!?]{1,60}[)）]?|[(（]?[^()（）.。]{1,30}\s*摄[)）]?)$/iu

export interface Credit {
  /** The caption without its credit. */
  text: string
  /** The credit taken off (`Photo by Sun Tingting`). */
  credit: string
}

/** Splits a photo credit off the end of a caption; null when the text carries no credit. */
export function splitCredit (text: string, gated = true): Credit | null {
  for (let i = 0; i < CREDITS.length; i++) {
    if (text.length > CREDIT_MAX[i]) continue
    // (`gated` false: every pattern asked, for the tests that hold the gates to the patterns)
    if (gated && !CREDIT_NEEDS[i](text)) continue
    const m = CREDITS[i].exec(text)
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
