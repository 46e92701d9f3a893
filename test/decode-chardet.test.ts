/**
 * Detection's exact shortcut past chardet: valid UTF-8 that no decoding chardet could put forward beats by the
 * margin is UTF-8 without running chardet. It is exact only while `CHARDET_NAMES` holds every name chardet gives.
 */
import t from 'tap'
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import chardet from 'chardet'
import { CHARDET_NAMES, decodeBytes } from '../src/decode/index.js'
import { seed } from './helpers.js'

t.test('CHARDET_NAMES holds every name a chardet recogniser gives', async t => {
  const encodings = join(dirname(createRequire(import.meta.url).resolve('chardet')), 'encoding')
  const given = new Set<string>()
  for (const file of readdirSync(encodings).filter(f => f.endsWith('.js'))) {
    const source = readFileSync(join(encodings, file), 'utf8')
    for (const m of source.matchAll(/\bname\([^)]*\)\s*\{\s*return ([^;]+);/g)) {
      for (const q of m[1].matchAll(/'([^']+)'/g)) given.add(q[1])
    }
  }
  t.ok(given.size >= 30, `read ${given.size} names`)
  t.same([...given].filter(n => !CHARDET_NAMES.includes(n)), [])
})

t.test('a page of a few non-ASCII characters of low plausibility is UTF-8 as it was with chardet', async t => {
  // seed 004: three non-ASCII characters (搜索, ·), too few to be certain, plausibility 0.67
  const bytes = Buffer.from(seed('004'), 'utf8')
  t.ok(chardet.analyse(bytes).length > 1, 'chardet would rank several charsets')
  const d = decodeBytes(bytes, { sniffMeta: false })
  t.same([d.charset, d.via, d.text], ['utf-8', 'detected', seed('004')])
})

t.test('chardet names UTF-16 only for bytes that open with its byte-order mark', async t => {
  const text = 'A line of plain English text, 一段中文, and more words to read. '.repeat(20)
  const utf16 = (name: string): boolean => name.startsWith('UTF-16')
  for (const bytes of [Buffer.from(text, 'utf16le'), Buffer.from(text, 'utf16le').swap16(), Buffer.from(text)]) {
    t.notOk(chardet.analyse(bytes).some(m => utf16(m.name)), 'no BOM: never UTF-16')
  }
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
  t.ok(chardet.analyse(le).some(m => utf16(m.name)), 'with its BOM it is')
  t.equal(decodeBytes(le).via, 'bom', 'and the BOM is read before detection')
})
