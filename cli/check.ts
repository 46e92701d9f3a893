/**
 * `pagewash check`: reads text files (one block per non-blank line), runs the machine-translation flag rules
 * in-process (the same `checkTexts` as `POST /v1/check`) or against a running server (`--server URL`), and renders
 * the flags as text, JSON, SARIF 2.1.0 or JUnit XML. The command line (./main.ts) loads this module only when the
 * command runs: the rules bring the language model, which `pagewash extract`'s main thread must not carry.
 */
import { readFileSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { RULES } from '../src/flags/index.js'
import { CheckRequestError, checkTexts, type CheckResult } from '../src/flags/check.js'
import { parseGlossary } from '../src/flags/glossary.js'
import type { Flag, GlossaryEntry, Quality, Severity } from '../src/types.js'
import { UsageError } from './usage-error.js'
import { packageVersion } from './version.js'

/** Columns of `--list-rules`: the longest category (`capitalization`) and severity (`warning`) names. */
const CATEGORY_WIDTH = 14
const SEVERITY_WIDTH = 7

function plural (n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** A file's text; a file that cannot be read is a usage error named by `label`. */
function readText (file: string, label: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (e) {
    throw new UsageError(`${label}: ${(e as Error).message}`)
  }
}

/** What the check command needs of the outside world (tests give their own). */
export interface CheckIO {
  stdout: (s: string) => void
  /** Where relative file names are resolved and reported from (default: process.cwd()). */
  cwd?: string
  fetch?: typeof fetch
}

export type FailOn = Severity | 'none'
export type Format = 'text' | 'json' | 'sarif' | 'junit'
const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 }

/** A flag with its place in the file: 1-based line and columns (UTF-16 code units, like the offsets). */
export interface LocatedFlag extends Flag {
  line: number
  column: number
  endLine: number
  endColumn: number
}

export interface FileReport {
  file: string
  flags: LocatedFlag[]
  quality: Quality
}

/** The blocks of a text file: every non-blank line, with its 1-based line number. */
export function readBlocks (content: string): Array<{ text: string, line: number }> {
  const text = content.replace(/^\ufeff/, '')
  return text.split('\n').map((raw, i) => ({ text: raw.replace(/\r$/, ''), line: i + 1 })).filter(b => b.text.trim() !== '')
}


function readGlossary (file: string): GlossaryEntry[] {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (e) {
    throw new UsageError(`--glossary ${file}: ${(e as Error).message}`)
  }
  const list = parseGlossary(data)
  if (list === undefined) {
    throw new UsageError(`--glossary ${file}: expected a JSON array of { term, preferred, note? }`)
  }
  return list
}

function parseRules (spec: string | undefined): Record<string, 'off' | Severity> | undefined {
  if (spec === undefined) return undefined
  const out: Record<string, 'off' | Severity> = {}
  for (const part of spec.split(',').map(s => s.trim()).filter(Boolean)) {
    const [id, level] = part.split('=')
    if (id === undefined || ![
      'off', 'error', 'warning', 'info'
    ].includes(level ?? '')) throw new UsageError(`--rules: expected id=off|error|warning|info, got "${part}"`)
    out[id] = level as 'off' | Severity
  }
  return out
}

export interface CheckOptions {
  failOn: FailOn
  format: Format
  server?: string
  glossary?: string
  source?: string
  rules?: string
  listRules?: boolean
}

async function checkRemote (server: string, body: unknown, io: CheckIO): Promise<CheckResult> {
  const url = new URL('/v1/check', server)
  let res: Response
  try {
    const headers = { 'content-type': 'application/json' }
    res = await (io.fetch ?? fetch)(url, { method: 'POST', headers, body: JSON.stringify(body) })
  } catch (e) {
    throw new UsageError(`--server ${server}: ${(e as Error).message}`)
  }
  const answer = await res.json().catch(() => undefined) as (CheckResult & { detail?: string }) | undefined
  if (!res.ok || answer === undefined || !Array.isArray(answer.flags)) {
    const detail = answer?.detail !== undefined ? `: ${answer.detail}` : ''
    throw new UsageError(`--server ${server}: HTTP ${res.status}${detail}`)
  }
  return answer
}

function locate (flags: Flag[], blocks: Array<{ line: number }>): LocatedFlag[] {
  return flags.map(f => {
    const line = blocks[Number(f.pointer.split('/')[2])]?.line ?? 1
    return { ...f, line, column: f.start + 1, endLine: line, endColumn: f.end + 1 }
  })
}

function displayName (file: string, cwd: string): string {
  const abs = resolve(cwd, file)
  const rel = relative(cwd, abs)
  return rel.startsWith('..') || isAbsolute(rel) ? abs : rel.split(sep).join('/')
}

export async function runCheck (files: string[], opts: CheckOptions, io: CheckIO): Promise<number> {
  const cwd = io.cwd ?? process.cwd()
  if (opts.listRules === true) {
    io.stdout(renderRuleList(opts.format))
    return 0
  }
  if (files.length === 0) throw new UsageError('no files to check (give FILES..., or --list-rules)')
  const glossary = opts.glossary !== undefined ? readGlossary(resolve(cwd, opts.glossary)) : undefined
  let source: string | undefined
  if (opts.source !== undefined) {
    source = readText(resolve(cwd, opts.source), '--source')
  }
  const rules = parseRules(opts.rules)
  const reports: FileReport[] = []
  for (const file of files) {
    const blocks = readBlocks(readText(resolve(cwd, file), file))
    const request = { blocks: blocks.map(b => ({ text: b.text })), source, glossary, rules }
    let result: CheckResult
    if (opts.server !== undefined) {
      result = await checkRemote(opts.server, request, io)
    } else {
      try { result = checkTexts(request) } catch (e) {
        if (e instanceof CheckRequestError) throw new UsageError(e.message)
        throw e
      }
    }
    reports.push({ file: displayName(file, cwd), flags: locate(result.flags, blocks), quality: result.quality })
  }
  const failing = (f: Flag): boolean => opts.failOn !== 'none' && RANK[f.severity] >= RANK[opts.failOn]
  io.stdout(render(reports, opts, failing))
  return reports.some(r => r.flags.some(failing)) ? 1 : 0
}

function render (reports: FileReport[], opts: CheckOptions, failing: (f: Flag) => boolean): string {
  switch (opts.format) {
    case 'json': return JSON.stringify({ files: reports }, null, 2) + '\n'
    case 'sarif': return JSON.stringify(toSarif(reports), null, 2) + '\n'
    case 'junit': return toJunit(reports, failing)
    default: return toText(reports, failing)
  }
}

export function toText (reports: FileReport[], failing: (f: Flag) => boolean): string {
  const lines: string[] = []
  let total = 0
  let failed = 0
  for (const r of reports) {
    for (const f of r.flags) {
      const fix = f.suggestion !== undefined ? ` → “${f.suggestion}”` : ''
      lines.push(`${r.file}:${f.line}:${f.column}: ${f.severity} [${f.rule}] ${f.message}${fix}`)
    }
    total += r.flags.length
    failed += r.flags.filter(failing).length
    const density = `${r.quality.flagsPer1000Words} flags per 1,000 words`
    lines.push(`${r.file}: ${plural(r.flags.length, 'flag')}, quality ${r.quality.score}/100 (${density})`)
  }
  lines.push(`${plural(total, 'flag')} in ${plural(reports.length, 'file')}, ${failed} at or above the --fail-on level`)
  return lines.join('\n') + '\n'
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' }

/**
 * The file's URI in SARIF: relative names stay relative (resolved against the checkout), absolute ones are file: URLs.
 */
function artifactUri (file: string): string {
  return isAbsolute(file) ? pathToFileURL(file).href : file.split('/').map(encodeURIComponent).join('/')
}

export function toSarif (reports: FileReport[]): object {
  const index = new Map(RULES.map((r, i) => [r.id, i]))
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'pagewash',
          version: packageVersion(),
          informationUri: 'https://github.com/pagewash/pagewash/blob/main/docs/rules.md',
          rules: RULES.map(r => ({
            id: r.id,
            name: r.id.replace(/(^|-)(\w)/g, (_, __: string, c: string) => c.toUpperCase()),
            shortDescription: { text: r.description },
            fullDescription: { text: `${r.description} Example: ${r.example.text}` },
            defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
            properties: { category: r.category, tags: [r.category, 'machine-translation'] }
          }))
        }
      },
      columnKind: 'utf16CodeUnits',
      results: reports.flatMap(r => r.flags.map(f => {
        const location = { uri: artifactUri(r.file) }
        const span = { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
        const region = { ...span, snippet: { text: f.text } }
        return {
          ruleId: f.rule,
          ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation: location, region } }],
          ...(f.suggestion !== undefined
            ? {
                fixes: [{
                  description: { text: f.suggestion === '' ? 'Delete the text.' : `Replace with “${f.suggestion}”.` },
                  artifactChanges: [{
                    artifactLocation: location,
                    replacements: [{ deletedRegion: span, insertedContent: { text: f.suggestion } }]
                  }]
                }]
              }
            : {})
        }
      }))
    }]
  }
}

/** XML 1.0 text: escaped, and without the control characters XML cannot hold. */
export function xml (s: string): string {
  return s.replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '\ufffd')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

/** JUnit XML: one testcase per file; one <failure> per flag at or above --fail-on; the others in <system-out>. */
export function toJunit (reports: FileReport[], failing: (f: Flag) => boolean): string {
  const failures = reports.reduce((n, r) => n + r.flags.filter(failing).length, 0)
  const failedCases = reports.filter(r => r.flags.some(failing)).length
  const out = ['<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="pagewash" tests="${reports.length}" failures="${failedCases}">`,
    `  <testsuite name="pagewash check" tests="${reports.length}" failures="${failedCases}" errors="0" skipped="0">`]
  for (const r of reports) {
    out.push(`    <testcase classname="pagewash.check" name="${xml(r.file)}">`)
    for (const f of r.flags.filter(failing)) {
      const where = `${r.file}:${f.line}:${f.column}`
      const fix = f.suggestion !== undefined ? `\nsuggestion: ${f.suggestion}` : ''
      const text = xml(`${where}: ${f.severity} [${f.rule}] ${f.message}\ntext: ${f.text}${fix}`)
      out.push(`      <failure type="${xml(f.rule)}" message="${xml(`${where} ${f.message}`)}">${text}</failure>`)
    }
    const others = r.flags.filter(f => !failing(f))
    const summary = `quality ${r.quality.score}/100, ${r.quality.flagsPer1000Words} flags per 1,000 words`
    const otherLines = others.map(f => `${r.file}:${f.line}:${f.column}: ${f.severity} [${f.rule}] ${f.message}`)
    out.push(`      <system-out>${xml([summary, ...otherLines].join('\n'))}</system-out>`)
    out.push('    </testcase>')
  }
  out.push('  </testsuite>', '</testsuites>')
  void failures
  return out.join('\n') + '\n'
}

export function renderRuleList (format: Format): string {
  if (format === 'json') {
    const list = RULES.map(r => ({
      id: r.id, category: r.category, severity: r.severity, lang: r.lang, description: r.description
    }))
    return JSON.stringify(list, null, 2) + '\n'
  }
  const width = RULES.reduce((most, r) => Math.max(most, r.id.length), 0)
  const row = (r: (typeof RULES)[number]): string => [
    r.id.padEnd(width), r.category.padEnd(CATEGORY_WIDTH), r.severity.padEnd(SEVERITY_WIDTH), r.description
  ].join('  ')
  return RULES.map(row).join('\n') + '\n'
}
