/**
 * Hostile shapes at about 1 MiB each, whole pipeline (`processPage`), in seconds per MiB: the target of issue 11 is
 * under 1 s per MiB for every one. The linear-time test checks that each grows linearly (n against 8n); this bench
 * gives the absolute cost, which only a bench may measure. Each shape runs once on a small input first (JIT
 * warm-up), then the best of `ROUNDS` runs counts. `npm run bench hostile` runs it alone.
 */
import { processPage } from '../src/pipeline.js'
import type { BenchRow } from './measure.js'
import { numbered, randomBytes } from '../test/generated.js'

const S = 'The council approved the budget on Tuesday, after a long debate. '
/** The size every shape is built to, about one MiB. */
const MIB = 1024 * 1024
/** Best of this many runs per shape. */
const ROUNDS = 2
/** The warm-up input is this fraction of the measured one. */
const WARMUP_SHARE = 0.02

const html = (body: string): string => '<html><body>' + body

/**
 * A shape: `make(n)` repeats `unit` about n times. `encoding` is how the string becomes the page's bytes: UTF-8,
 * or `latin1` for shapes made of bytes that are no UTF-8 (one string character a byte).
 */
interface Shape {
  name: string
  format: 'html' | 'text'
  unit: string
  make: (n: number) => string
  encoding?: 'latin1'
}

export const SHAPES: Shape[] = [
  {
    name: 'deep nesting (closed)',
    format: 'html',
    unit: '<div></div>',
    make: n => html(`${'<div>'.repeat(n)}${S}${'</div>'.repeat(n)}`)
  },
  { name: 'deep nesting (never closed)', format: 'html', unit: '<div>', make: n => html('<div>'.repeat(n) + S) },
  {
    name: 'unclosed <p><b><i> + sentence',
    format: 'html',
    unit: `<p><b><i>${S}`,
    make: n => html(`<p><b><i>${S}`.repeat(n))
  },
  {
    name: 'end tags that match nothing',
    format: 'html',
    unit: '<span></p></li>',
    make: n => html('<div>' + '<span>'.repeat(n) + S + '</p></li>'.repeat(n))
  },
  {
    name: 'one element with many attributes',
    format: 'html',
    unit: ' a00000="x"',
    make: n => html('<div ' + Array.from({ length: n }, (_, i) => `a${i}="x"`).join(' ') + `>${S}</div>`)
  },
  { name: 'one long line (HTML)', format: 'html', unit: S, make: n => html('<p>' + S.repeat(n) + '</p>') },
  { name: 'one long line (text)', format: 'text', unit: S, make: n => S.repeat(n) },
  { name: 'a run of one character', format: 'text', unit: 'a', make: n => 'a'.repeat(n) },
  { name: 'a run of one Han character', format: 'text', unit: '中', make: n => '中'.repeat(n) },
  { name: 'a run of colons', format: 'text', unit: ':', make: n => 'Note' + ':'.repeat(n) + 'end' },
  { name: 'one word repeated', format: 'text', unit: 'word ', make: n => 'word '.repeat(n) },
  // copies of one block are kept once (src/parse/repeats.ts); distinct ones go through every stage
  { name: 'thousands of tiny blocks (HTML)', format: 'html', unit: '<p>x</p>', make: n => html('<p>x</p>'.repeat(n)) },
  {
    name: 'thousands of distinct tiny blocks (HTML)',
    format: 'html',
    unit: '<p>1a2b</p>',
    make: n => html(numbered(n).map(k => `<p>${k}</p>`).join(''))
  },
  {
    name: 'thousands of related-content labels (text)',
    format: 'text',
    unit: S + S + '\n相关阅读\n',
    make: n => (S + S + '\n相关阅读\n').repeat(n)
  },
  { name: 'thousands of tiny lines (text)', format: 'text', unit: 'x\n', make: n => 'x\n'.repeat(n) },
  {
    name: 'thousands of distinct tiny lines (text)',
    format: 'text',
    unit: '1a2b\n',
    make: n => numbered(n).join('\n')
  },
  { name: 'unclosed table cells', format: 'html', unit: '<td>a', make: n => '<table><tr>' + '<td>a'.repeat(n) },
  // style sheets and attributes whose declarations the hiding styles test (src/parse/html/css.ts, patterns.ts)
  {
    name: 'a style sheet without a brace',
    format: 'html',
    unit: 'a',
    make: n => html(`<style>${'a'.repeat(n)}</style><p>${S}</p>`)
  },
  {
    name: 'a style attribute of repeated height:0',
    format: 'html',
    unit: 'height:0;',
    make: n => html(`<div style="${'height:0;'.repeat(n)}">${S}</div><p>${S}</p>`)
  },
  // bytes that are no text: every candidate charset is scored over the whole page (src/decode) before one is chosen
  {
    name: 'bytes: continuation bytes (0x80)',
    format: 'html',
    unit: '\x80',
    encoding: 'latin1',
    make: n => '\x80'.repeat(n)
  },
  {
    name: 'bytes: one lead byte repeated (0xE4)',
    format: 'html',
    unit: '\xe4',
    encoding: 'latin1',
    make: n => '\xe4'.repeat(n)
  },
  { name: 'bytes: random', format: 'html', unit: '\xff', encoding: 'latin1', make: randomBytes }
]

/** Seconds per MiB of one shape: the best of `ROUNDS` runs on about one MiB, after a warm-up on a small input. */
export function secondsPerMiB (shape: Shape, bytes = MIB): { seconds: number, mib: number } {
  const n = Math.max(1, Math.round(bytes / Buffer.byteLength(shape.unit, shape.encoding)))
  const run = (content: Buffer): number => {
    const start = performance.now()
    processPage({ content, format: shape.format })
    return (performance.now() - start) / 1000
  }
  run(Buffer.from(shape.make(Math.max(1, Math.round(n * WARMUP_SHARE))), shape.encoding))
  const content = Buffer.from(shape.make(n), shape.encoding)
  let best = Infinity
  for (let i = 0; i < ROUNDS; i++) best = Math.min(best, run(content))
  const mib = content.length / MIB
  return { seconds: best / mib, mib }
}

export default async function bench (): Promise<BenchRow[]> {
  return SHAPES.map(shape => {
    const { seconds, mib } = secondsPerMiB(shape)
    return {
      name: `hostile: ${shape.name}`,
      opsPerSecond: seconds,
      unit: 's/MiB',
      note: `${mib.toFixed(2)} MiB; target under 1 s/MiB${seconds < 1 ? '' : ' — MISSED'}`
    }
  })
}
