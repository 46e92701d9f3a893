/**
 * A Chinese writer's credit as machine translation writes it on the English pages of Chinese sites: `文/黄磊 图/李娜`
 * as `Text/Huang Lei Photo/Li Na` or `Writer: Huang Lei` (`图` also as `Figure`), standing alone above the text or in
 * brackets closing it (`(Text/Zhou Qing  Figure/Lin Hao)`). The names are capitalized words; a photographer after them.
 * (Not `Words:`: English magazines print it before a link to the writer's page, which the front end's readers read.)
 */

/** A capitalized name of one to four words (`Huang Lei`, `Ouyang Xiao-ming`). */
const EN_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}`
/** One to three capitalized names joined by `and`, `&` or commas (`Huang Lei`, `Wang Lin and Li Na`). */
const EN_NAMES = String.raw`${EN_NAME}(?:\s*(?:,|and|&)\s*${EN_NAME}){0,2}`

const MT_BYLINE = new RegExp(`^(?:Text|Writer)\\s*[/:：]\\s*(${EN_NAMES})` +
  `(?:\\s+(?:Photos?|Pictures?|Images?|Figures?|Photographer)\\s*[/:：]\\s*(${EN_NAMES}))?$`, 'u')
/** The same in brackets, closing the text. */
const BRACKETED = /^[(（]\s*(.+?)\s*[)）]$/u

/** The writers and the photographer of a machine-translated credit, or null; `bracketed`: the credit in brackets. */
export function readMtByline (text: string, bracketed = false): { names: string, photographers: string[] } | null {
  const inner = bracketed ? BRACKETED.exec(text)?.[1] : text
  const m = inner === undefined ? null : MT_BYLINE.exec(inner)
  return m === null ? null : { names: m[1], photographers: m[2] === undefined ? [] : [m[2]] }
}
