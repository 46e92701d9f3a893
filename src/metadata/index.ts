/**
 * Stage 5: read metadata (title, date, authors, source, dateline, editors, original title) out of the blocks and
 * the front end's hints, taking metadata lines out of the body. First version: labelled lines only.
 */
import type { Draft } from '../draft.js'
import type { Article, Removal } from '../types.js'

export type ArticleMeta = Pick<Article, 'title' | 'published' | 'authors' | 'source' | 'originalTitle' | 'dateline' | 'editors'>

const LABELLED = /^(author|source|editor|time|date|来源|作者|责任编辑)\s*[:：]\s*(.+)$/i

export function readMetadata (draft: Draft): { draft: Draft, meta: ArticleMeta } {
  const meta: ArticleMeta = {
    title: draft.hints.title ?? null,
    published: draft.hints.published ?? null,
    authors: draft.hints.authors ?? [],
    source: draft.hints.source ?? null,
    originalTitle: draft.hints.originalTitle ?? null,
    dateline: draft.hints.dateline ?? null,
    editors: draft.hints.editors ?? []
  }
  const removed: Removal[] = []
  const blocks = draft.blocks.filter(b => {
    const m = LABELLED.exec(b.text)
    if (m === null) return true
    const label = m[1].toLowerCase()
    if (label === 'author' || label === '作者') meta.authors.push(m[2])
    else if (label === 'source' || label === '来源') meta.source ??= m[2]
    else if (label === 'editor' || label === '责任编辑') meta.editors.push({ role: label, name: m[2] })
    removed.push({ kind: 'metadata', text: b.text, reason: `${m[1]} line` })
    return false
  })
  return { draft: { ...draft, blocks, removed: [...draft.removed, ...removed] }, meta }
}
