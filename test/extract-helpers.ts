/** What the `pagewash extract` tests share: the CLI run in-process, and real pages as a crawl stores them. */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { main } from '../cli/main.js'
import type { WarcPage } from '../scripts/warc-write.js'
import type { Article } from '../src/types.js'
import { FIXTURES, SEEDS_DIR, fixture } from './helpers.js'

/**
 * Time for a test file that runs the CLI many times: each run starts its own page pool (worker threads, each
 * loading the language model), which takes seconds per run on a loaded shared machine; .taprc's 180 s per file
 * is for files of in-process tests. A hang still ends the file.
 */
export const CLI_RUNS_TIMEOUT_MS = 600_000

export const SEED_FILES = readdirSync(SEEDS_DIR).filter(f => f.endsWith('.txt')).sort()
export const HTML_FILES = ['news.utf8.html', 'gov-trs.utf8.html', 'news.big5.html']

/** One line of `pagewash extract` output: the page it read, then its Article or its problem. */
export interface ExtractLine {
  page: { file: string, url?: string, record?: string, offset?: number, date?: string }
  article?: Article
  problem?: { type: string, title: string, detail: string }
}

export interface Run { code: number, out: string, err: string, lines: ExtractLine[] }

export async function run (args: string[], extra: { stdin?: Buffer, tty?: boolean, cwd?: string } = {}): Promise<Run> {
  let out = ''
  let err = ''
  const code = await main(['extract', ...args], {
    stdout: s => { out += s },
    stderr: s => { err += s },
    cwd: extra.cwd ?? FIXTURES,
    stdin: () => Readable.from([extra.stdin ?? Buffer.alloc(0)]),
    stderrIsTTY: extra.tty ?? false
  })
  const lines = out.split('\n').filter(l => l.startsWith('{')).map(l => JSON.parse(l) as ExtractLine)
  return { code, out, err, lines }
}

/** Real pages as a crawler stores them, with the records a crawl has besides pages. */
export function crawlPages (): WarcPage[] {
  return [
    ...SEED_FILES.map((f, i) => ({
      url: `https://example.org/seed/${i}.html`,
      body: readFileSync(join(SEEDS_DIR, f)),
      contentType: 'text/plain; charset=utf-8'
    })),
    {
      url: 'https://example.org/request',
      body: Buffer.from('GET / HTTP/1.1\r\n\r\n'),
      contentType: 'application/http; msgtype=request',
      type: 'request'
    },
    ...HTML_FILES.map(f => ({
      url: `https://example.org/html/${f}`, body: fixture(`html/${f}`), contentType: 'text/html'
    })),
    { url: 'https://example.org/logo.png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47]), contentType: 'image/png' },
    // GBK bytes with no <meta charset>: only the HTTP header says what they are
    {
      url: 'https://gov.example.cn/art/1.html',
      body: fixture('html/gov-trs.nodecl.gbk.html'),
      contentType: 'text/html; charset=gbk'
    }
  ]
}

