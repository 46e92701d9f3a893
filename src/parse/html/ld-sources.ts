/**
 * Where a page keeps its JSON-LD: the text of `<script type="application/ld+json">`, and two places pages put it
 * by mistake of their renderer, as an attribute the HTML parser has already unescaped (`&quot;` read as `"`):
 * the `children` attribute of an empty ld+json script (a React component that passed its JSON as a prop,
 * `<script type="application/ld+json" children="{&quot;@context…">`), and the `content` of a `<meta>` whose key
 * names ld+json (`<meta name="script:ld+json" content="{&quot;@type…">`). Only JSON objects or arrays are taken.
 */
import type { AnyNode } from './dom.js'
import { isElement, isText } from './dom.js'

/** A JSON object or array, as a renderer writes one into an attribute (white space before it allowed). */
const JSON_START = /^\s*[[{]/

/** The text of a script element (its text nodes joined). */
function scriptText (el: AnyNode): string {
  return isElement(el) ? el.children.map(c => (isText(c) ? c.data : '')).join('') : ''
}

/**
 * The JSON-LD texts of the page: each ld+json script's text, or its `children` attribute when it has no text;
 * then every `<meta>` value (by key, lower case, as read from `name`/`property`/`itemprop`) whose key says ld+json.
 */
export function jsonLdTexts (scripts: readonly AnyNode[], meta: ReadonlyMap<string, readonly string[]>): string[] {
  const out: string[] = []
  for (const s of scripts) {
    const text = scriptText(s)
    if (text.trim() !== '') out.push(text)
    else if (isElement(s) && JSON_START.test(s.attribs.children ?? '')) out.push(s.attribs.children)
  }
  for (const [key, values] of meta) {
    if (!key.includes('ld+json')) continue
    for (const v of values) if (JSON_START.test(v)) out.push(v)
  }
  return out
}
