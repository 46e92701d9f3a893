/**
 * Regenerates the `gb2312Level1` and `big5Level1` lists of data/common-han.json from the charsets themselves:
 * GB 2312-80 level 1 (rows 16-55, 3,755 commonly used simplified characters) and Big5 level 1 (0xA440-0xC67E,
 * 5,401 frequently used traditional characters). Run: npm run build:dev && node dist/scripts/gen-han-levels.js
 */
import { readFileSync, writeFileSync } from 'node:fs'
import iconv from 'iconv-lite'

function gb2312Level1 (): string {
  let out = ''
  for (let hi = 0xb0; hi <= 0xd7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      if (hi === 0xd7 && lo > 0xf9) break
      out += iconv.decode(Buffer.from([hi, lo]), 'gb18030')
    }
  }
  return out
}

function big5Level1 (): string {
  let out = ''
  for (let hi = 0xa4; hi <= 0xc6; hi++) {
    for (const range of [[0x40, 0x7e], [0xa1, 0xfe]]) {
      for (let lo = range[0]; lo <= range[1]; lo++) {
        if (hi === 0xc6 && lo > 0x7e) break
        const ch = iconv.decode(Buffer.from([hi, lo]), 'big5hkscs')
        if (/\p{Script=Han}/u.test(ch)) out += ch
      }
    }
  }
  return out
}

const file = 'data/common-han.json'
const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
data.gb2312Level1 = gb2312Level1()
data.big5Level1 = big5Level1()
writeFileSync(file, JSON.stringify(data, null, 2) + '\n')
const big5Chars = [...(data.big5Level1 as string)]
console.log(`gb2312Level1 ${(data.gb2312Level1 as string).length}, big5Level1 ${big5Chars.length}`)
