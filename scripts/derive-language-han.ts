/**
 * Derives `data/language-han-variants.json` (characters that exist only in Simplified or only in Traditional
 * Chinese) from OpenCC's character dictionaries as shipped in the `opencc-js` package (dev dependency only).
 * The detector reads the derived JSON; nothing converts at run time.
 *
 *   npm run build:dev && node dist/scripts/derive-language-han.js
 *
 * simplified-only: a key of STCharacters (Simplified -> Traditional) that maps to other characters only, is
 * itself never a Traditional form (not a value of STCharacters, not a key of TSCharacters), and is not in the Big5
 * (CP950) repertoire. The Big5 test matters: opencc-js keeps one target per character, so merged characters such
 * as 干 (乾/幹/干), 里, 台, 后, 面 look simplified-only in its tables while Traditional text uses them every day.
 * traditional-only: a key of TSCharacters (Traditional -> Simplified) that maps to other characters only, is
 * itself never a Simplified form (not a key of STCharacters, not a value of TSCharacters), and is not in GB2312.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import iconv from 'iconv-lite'

const require = createRequire(import.meta.url)

/** The package folder: its `exports` hide package.json, so walk up from the CommonJS entry (dist/umd/full.js). */
const pkg = dirname(dirname(dirname(require.resolve('opencc-js'))))

function readDict (name: string): Map<string, string[]> {
  const source = readFileSync(join(pkg, 'dist', 'esm-lib', 'dict', `${name}.js`), 'utf8')
  const body = /export default "([^"]*)"/.exec(source)?.[1]
  if (body === undefined) throw new Error(`unexpected format in ${name}`)
  const map = new Map<string, string[]>()
  for (const entry of body.split('|')) {
    const [key, ...values] = entry.split(' ')
    if (key !== undefined && key !== '') map.set(key, values)
  }
  return map
}

const st = readDict('STCharacters')
const ts = readDict('TSCharacters')
const stValues = new Set([...st.values()].flat())
const tsValues = new Set([...ts.values()].flat())
const single = (c: string): boolean => [...c].length === 1

/** In the Big5 (CP950) repertoire, i.e. a character Traditional Chinese text uses as such. */
function inBig5 (c: string): boolean {
  return iconv.decode(iconv.encode(c, 'cp950'), 'cp950') === c
}

/** In the GB2312 repertoire (the GBK double bytes with both bytes in A1..FE), i.e. a Simplified Chinese character. */
function inGb2312 (c: string): boolean {
  const bytes = iconv.encode(c, 'cp936')
  return bytes.length === 2 && bytes[0] >= 0xa1 && bytes[0] <= 0xf7 && bytes[1] >= 0xa1 && bytes[1] <= 0xfe &&
    iconv.decode(bytes, 'cp936') === c
}

const simplifiedOnly = [...st.entries()]
  .filter(([s, ts_]) => single(s) && !ts_.includes(s) && !stValues.has(s) && !ts.has(s) && !inBig5(s))
  .map(([s]) => s)
const traditionalOnly = [...ts.entries()]
  .filter(([t, ss]) => single(t) && !ss.includes(t) && !st.has(t) && !tsValues.has(t) && !inGb2312(t))
  .map(([t]) => t)

const version = (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string }).version
const out = {
  about: 'Han characters that occur in only one of the two Chinese writing standards. Used by src/language to tell ' +
    'zh-Hans from zh-Hant: a text is counted by how many of its characters are simplified-only vs traditional-only. ' +
    'Characters shared by both standards (most of them) are not listed.',
  source: 'Derived by scripts/derive-language-han.ts from OpenCC\'s STCharacters.txt and TSCharacters.txt ' +
    `(Open Chinese Convert, Apache-2.0) as shipped in opencc-js ${version}, filtered by repertoire with iconv-lite: ` +
    'simplified-only = converts to Traditional, is never itself a Traditional form and is not in Big5 (CP950); ' +
    'traditional-only = converts to Simplified, is never itself a Simplified form and is not in GB2312.',
  simplifiedOnly: simplifiedOnly.join(''),
  traditionalOnly: traditionalOnly.join('')
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
writeFileSync(join(root, 'data', 'language-han-variants.json'), JSON.stringify(out, null, 2) + '\n')
console.log(`simplified-only ${simplifiedOnly.length}, traditional-only ${traditionalOnly.length}`)
