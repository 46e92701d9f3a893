/**
 * The work a pool worker does: a task in, a plain serialisable outcome out (structured clone carries it back to
 * the calling thread). Domain errors are returned as values with a kind, never thrown across the thread boundary,
 * so that the caller can tell "bad input" from "bug" without importing the pipeline.
 */
import { processPage, EmptyContentError, type PageInput, type PageResult } from '../src/pipeline.js'
import { CheckRequestError, checkTexts, type CheckRequest, type CheckResult } from '../src/flags/check.js'
import { identify, type Identification } from '../src/language/index.js'
import type { GlossaryEntry } from '../src/types.js'

export type Task =
  | { kind: 'page', input: PageInput }
  | { kind: 'check', request: CheckRequest, glossary: GlossaryEntry[] }
  | { kind: 'language', text: string }

export interface TaskValue {
  page: PageResult
  check: CheckResult
  language: Identification
}

/** Why the input cannot be processed: `empty-content` (no visible text), `invalid-request` (a bad check request). */
export interface DomainFailure { kind: 'empty-content' | 'invalid-request', message: string }

export type Outcome<K extends Task['kind'] = Task['kind']> =
  | { ok: true, value: TaskValue[K] }
  | { ok: false, failure: DomainFailure }

function valueOf (task: Task): TaskValue[Task['kind']] {
  switch (task.kind) {
    case 'page': return processPage(task.input)
    case 'check': return checkTexts(task.request, task.glossary)
    case 'language': return identify(task.text)
    default: throw new Error(`Unknown task kind ${String((task as { kind: unknown }).kind)}`)
  }
}

/** Runs one task on this thread. Unknown errors (bugs) are thrown and reach the caller as errors. */
export function runTask (task: Task): Outcome {
  try {
    return { ok: true, value: valueOf(task) }
  } catch (error) {
    const fail = (kind: DomainFailure[
      'kind'
    ]): Outcome => ({ ok: false, failure: { kind, message: (error as Error).message } })
    if (error instanceof EmptyContentError) return fail('empty-content')
    if (error instanceof CheckRequestError) return fail('invalid-request')
    throw error
  }
}
