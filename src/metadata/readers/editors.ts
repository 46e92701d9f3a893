/**
 * The editors: the front end's (`<meta name=editor>`, `责任编辑` in the markup; kind `markup`), the editor fields of
 * info lines and the editor credits at the end of paragraphs. All are the page's own statements of who edited it
 * (one tier in data/metadata-evidence.json), so every one is kept once, in the order found. An editor is a person
 * as an author is (../authors.ts): `AP0013 我 要 评 论` (a CMS account and a comment button) names nobody.
 */
import type { Editor } from '../../types.js'
import { splitNames } from '../../text/fields.js'
import { chooseAll, type Proposal } from '../choose.js'
import { judgeAuthor } from '../authors.js'

const CLOSERS: Record<string, string> = { ')': '(', '）': '（', ']': '[', '】': '【', '］': '［' }
// what the page sets after an editor's name on the same line: a toolbar (`【关闭】`, `【纠错`), another label
// (`标签：榆树市 香港籍`, `分享到:`)
const AFTER_NAME = /\s*(?:[【［]|[\p{L}]{1,6}\s*[:：]).*$/su

/**
 * An editor field's value up to where the line goes on past it (`robot] 标签：榆树市`, `张轶群 )   【关闭`, `陈浩
 * ]频道精选`): a closing bracket that opens nowhere in the value (the credit's own bracket), a toolbar or another
 * label ends the names.
 */
export function editorValue (raw: string): string {
  const open: string[] = []
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]
    if (c === '(' || c === '（' || c === '[' || c === '【' || c === '［') open.push(c)
    const opener = CLOSERS[c]
    if (opener === undefined) continue
    if (open.at(-1) !== opener) return raw.slice(0, i).replace(AFTER_NAME, '').trim()
    open.pop()
  }
  return raw.replace(AFTER_NAME, '').trim()
}

/** The names of an editor field's value. */
export function editorNames (raw: string): string[] {
  return splitNames(editorValue(raw))
}

/** The front end's editors as candidates, one per name. */
export function markupEditors (editors: readonly Editor[]): Array<Proposal<Editor>> {
  return editors.flatMap(e => editorNames(e.name).map(name => ({ kind: 'markup', value: { role: e.role, name } })))
}

/** The editors, each role and name once. */
export function readEditors (proposals: ReadonlyArray<Proposal<Editor>>): Editor[] {
  const all = chooseAll('editors', proposals).flatMap(e => {
    const v = judgeAuthor(e.name)
    return v.kind === 'person' ? [{ role: e.role, name: v.name }] : []
  })
  return all.filter((e, i) => all.findIndex(o => o.role === e.role && o.name === e.name) === i)
}
