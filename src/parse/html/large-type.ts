/**
 * What a page prints in large type: the headline of a template with no heading tags is set large by the page's own
 * style sheet (`.t18 { font-size:20px; font-weight:bold }` on `<td class="t18">`, `.ztbt { font-size:20px }`), by an
 * inline style or by `<font size="5">`, whatever its class is named. The metadata reads such an element as it reads a
 * title-classed one (meta.ts `titleClassed`): the size is the page's own evidence, the class name only a habit.
 *
 * Read from the page's `<style>` elements, conditional groups (`@media`) and comments out, one scan of each sheet
 * (css.ts `RuleReader`); only simple selectors are kept (`.cls`, `#id`, `td.cls`, and the last of a descendant chain,
 * `#content .t18`), as the hiding rules are.
 */
import type { Element } from 'domhandler'
import { dropGroupUnits, RuleReader, stripCommentUnits, unitsOf } from './css.js'
import { attr } from './dom.js'

/**
 * The least font size of a headline in CSS pixels: body text of the table templates is 12-14px (9-10.5pt) and
 * their headlines 18-24px; a box's caption (`.boxtitle { font-size:14px }`) stays under it.
 */
export const HEADLINE_PX = 18
/**
 * The least font size of a headline set bold in its own style (`font-size:16px;font-weight:bold;color:#B70000`, an
 * ASP template's headline cell over its info table: zh-org o159 of session 49's unseen round): the table templates'
 * body text is 12-14px, and bold at 16px stands over it as a headline.
 */
export const BOLD_HEADLINE_PX = 16
/** A bold weight in a style attribute (`font-weight:bold`, `font-weight: 700`). */
const BOLD = /font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b/i
/** The least `<font size>` of a headline (3 is the body's, 4 is 18px in browsers' tables). */
export const HEADLINE_FONT_SIZE = 4
/** A relative size's base when a sheet gives `em`, `rem` or `%` (browsers' default body size: 16px). */
const BASE_PX = 16
/** CSS absolute-size keywords at or above `large` (18px in browsers' tables). */
const LARGE_KEYWORDS = new Set(['large', 'x-large', 'xx-large', 'xxx-large'])

/**
 * The classes and ids a page's sheets set large, the heading tags (`h2`) a rule sets large by their name alone, and
 * every class the sheets give a size at all (`sized`: large or not).
 */
export interface LargeType { classes: Set<string>, ids: Set<string>, headings?: Set<string>, sized?: Set<string> }

/** A size token: a number and its unit, or a keyword. */
const SIZE = /^(\d+(?:\.\d+)?|\.\d+)(px|pt|em|rem|%)$/i

/** The pixels of one size token (`20px`, `15pt`, `1.5em`, `x-large`), undefined when it is none. */
function tokenPx (token: string): number | undefined {
  const t = token.trim().toLowerCase()
  if (LARGE_KEYWORDS.has(t)) return HEADLINE_PX
  const m = SIZE.exec(t)
  if (m === null) return undefined
  const n = Number(m[1])
  switch (m[2].toLowerCase()) {
    case 'px': return n
    case 'pt': return n * 4 / 3
    case '%': return n / 100 * BASE_PX
    default: return n * BASE_PX
  }
}

/**
 * The font size a declaration block gives, in pixels: `font-size`, else the size of the `font` shorthand (the token
 * before `/line-height` or before the family: `bold 20px/30px 宋体`). The last declaration wins, as in CSS.
 */
export function declaredFontPx (declarations: string): number | undefined {
  if (!declarations.toLowerCase().includes('font')) return undefined
  let px: number | undefined
  for (const decl of declarations.split(';')) {
    const colon = decl.indexOf(':')
    if (colon < 0) continue
    const name = decl.slice(0, colon).trim().toLowerCase()
    const value = decl.slice(colon + 1).replace(/!important/i, '').trim()
    if (name === 'font-size') {
      px = tokenPx(value) ?? px
    } else if (name === 'font') {
      for (const token of value.split(/\s+/)) {
        const size = tokenPx(token.split('/')[0])
        if (size !== undefined) {
          px = size
          break
        }
      }
    }
  }
  return px
}

/** The last compound of one selector when it is simple: `td.t18`, `.title20`, `#content .t18` -> `.t18`. */
const LAST_SIMPLE = /(?:^|[\s>+~])[a-z0-9]*([.#])([\w-]+)\s*$/i
/**
 * A subheading tag as the last compound of a selector (`.news-detail h2`): a template's headline set large by its tag
 * under the article's box (zh-org o75 of session 40's unseen round). The box is not matched: the tag is read as large
 * wherever it stands. Not `h1`: the headings reader (./headings.ts) judges those, a banner's blog name among them.
 */
const LAST_HEADING = /(?:^|[\s>+~])(h[2-6])\s*$/i

/** The classes and ids a page's style sheets set at `HEADLINE_PX` or more. */
export function largeTypeRules (sheets: string[]): LargeType {
  const large: LargeType = { classes: new Set(), ids: new Set() }
  for (const css of sheets) {
    if (!css.includes('font')) continue
    const rule = new RuleReader(dropGroupUnits(stripCommentUnits(unitsOf(css))))
    while (rule.next()) {
      const px = declaredFontPx(rule.declarations)
      if (px === undefined) continue
      for (const raw of rule.selectors.split(',')) {
        const heading = LAST_HEADING.exec(raw)?.[1].toLowerCase()
        if (heading !== undefined) {
          large.headings ??= new Set()
          if (px >= HEADLINE_PX) large.headings.add(heading)
          else large.headings.delete(heading)
          continue
        }
        const sel = LAST_SIMPLE.exec(raw)
        if (sel === null) continue
        const set = sel[1] === '.' ? large.classes : large.ids
        if (sel[1] === '.') (large.sized ??= new Set()).add(sel[2])
        // a later rule for the same name that sets it smaller wins, as in CSS
        if (px >= HEADLINE_PX) set.add(sel[2])
        else set.delete(sel[2])
      }
    }
  }
  return large
}

/**
 * A class named by the font size it sets (`f24`, `font12`, `fs20`, `t18`): the habit of the table templates, whose
 * sheet is linked, not on the page (`<font class="f24"><b>北京明日零时起供暖…</b></font>` over `<td class="f12">` and
 * `<td class="f14">`, a 2004 agency site: zh-news n442 of session 57's unseen round). The family and the size.
 */
const SIZE_NAMED = /^(f|fs|ft|font|t|txt|text)[-_]?(\d{2})$/i
/** Largest size a size-named class is read as (px): a larger number names something else (`t99`). */
const SIZE_NAMED_MAX = 48
/** Largest size of the body's text (px): a family that names it is a scale of sizes, not a run of numbered names. */
const BODY_PX = 14

/**
 * The size-named classes (`SIZE_NAMED`) of a page's elements that set large type: at `HEADLINE_PX` or more, the sheets
 * on the page giving no size of their own for the class, and the same family naming a body size on the page too
 * (`f24` beside `f12`): the names are a scale of sizes.
 */
export function sizeNamedLarge (classes: Iterable<string>, large: LargeType): Set<string> {
  const bodySized = new Set<string>()
  const candidates: Array<[string, string]> = []
  for (const c of classes) {
    const m = SIZE_NAMED.exec(c)
    if (m === null || large.sized?.has(c) === true) continue
    const px = Number(m[2])
    const family = m[1].toLowerCase()
    if (px <= BODY_PX) bodySized.add(family)
    else if (px >= HEADLINE_PX && px <= SIZE_NAMED_MAX) candidates.push([c, family])
  }
  return new Set(candidates.filter(([, family]) => bodySized.has(family)).map(([c]) => c))
}

/** A `<font size>`'s size: `5`, or `+2` from the body's 3. */
function fontTagSize (el: Element): number {
  const raw = attr(el, 'size').trim()
  const n = Number.parseInt(raw, 10)
  if (Number.isNaN(n)) return 0
  return raw.startsWith('+') || raw.startsWith('-') ? 3 + n : n
}

/** Whether an element itself sets large type: `<font size="5">`, an inline `font-size`, a class or id of the sheets. */
export function printsLarge (el: Element, large: LargeType): boolean {
  if (el.name === 'font' && fontTagSize(el) >= HEADLINE_FONT_SIZE) return true
  const style = attr(el, 'style')
  if (style !== '' && (declaredFontPx(style) ?? 0) >= (BOLD.test(style) ? BOLD_HEADLINE_PX : HEADLINE_PX)) return true
  if (large.headings?.has(el.name) === true) return true
  const id = attr(el, 'id')
  if (id !== '' && large.ids.has(id)) return true
  if (large.classes.size === 0) return false
  const cls = attr(el, 'class')
  return cls !== '' && cls.split(/\s+/).some(c => large.classes.has(c))
}
