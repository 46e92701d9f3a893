/**
 * `keepsThaiOrder` (src/decode/thai-order.ts): Thai sentences read in a Thai charset keep Thai's orders; the bytes of
 * Chinese text read as Thai do not, nor do a few CJK punctuation marks or soft hyphens repeated; and no CJK page,
 * undeclared, is read as Thai.
 */
import t from 'tap'
import iconv from 'iconv-lite'
import { keepsThaiOrder } from '../src/decode/thai-order.js'
import { highByteRuns } from '../src/decode/bytes.js'
import { decodeBytes } from '../src/decode/index.js'
import { FIXTURES, fixture, seed } from './helpers.js'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const keeps = (text: string, sent: string, read = sent): boolean => {
  const bytes = iconv.encode(text, sent)
  return keepsThaiOrder(bytes, highByteRuns(bytes), read)
}

const sentences = (lang: string): string[] => ['dev', 'heldout'].flatMap(split =>
  fixture(`language/${split}/${lang}.tsv`).toString('utf8').split('\n').filter(l => l !== '').map(l => l.split('\t')[1]))

t.test('Thai prose in windows-874 and TIS-620 keeps the orders', async t => {
  const thai = sentences('th')
  for (const charset of ['windows-874', 'tis-620']) {
    t.ok(keeps(thai.join('\n'), charset), `all the sentences, ${charset}`)
    // each group of four sentences alone: a short page
    for (let i = 0; i + 4 <= thai.length; i += 4) t.ok(keeps(thai.slice(i, i + 4).join(' '), charset), `${charset} ${i}`)
  }
})

t.test('a few Thai words are too few to judge', async t => {
  t.notOk(keeps('<p>ภาษาไทย</p>', 'windows-874'), 'one word')
})

t.test('a charset that does not read Thai is never Thai', async t => {
  t.notOk(keeps(sentences('th').join('\n'), 'windows-874', 'windows-1252'))
  t.notOk(keeps(sentences('th').join('\n'), 'windows-874', 'gb18030'), 'no single-byte table')
})

/** The Chinese evaluation pages (government and news sites, each in its own charset), seed 002, and sentences. */
function cjkTexts (): Array<[string, string]> {
  return [
    ...readdirSync(join(FIXTURES, 'zh-eval', 'html')).filter(f => f.endsWith('.html'))
      .map((f): [string, string] => [f, decodeBytes(fixture(`zh-eval/html/${f}`), { sniffMeta: true }).text]),
    ['seed 002', seed('002')],
    ...['zh', 'stress-zh-hant', 'stress-gov', 'ja', 'ko'].map((lang): [string, string] => [lang, sentences(lang).join('\n')])
  ]
}

t.test('Chinese text in GB18030, Big5, Shift_JIS and EUC-KR read as Thai breaks the orders', async t => {
  // in EUC-KR a Chinese page is mostly hanja outside the charset (question marks) and its Thai reading scores above
  // its own (0.31 against 0.19 on the Chinese sentences): the order is what keeps it from being read as Thai
  for (const [name, text] of cjkTexts().filter(([name]) => name !== 'ja' && name !== 'ko')) {
    for (const charset of ['gb18030', 'big5', 'shift_jis', 'euc-kr']) {
      for (const read of ['windows-874', 'tis-620']) t.notOk(keeps(text, charset, read), `${name} in ${charset} as ${read}`)
    }
  }
})

t.test('no CJK page is read as Thai, undeclared', async t => {
  // Korean in EUC-KR and text in EUC-JP can keep Thai's orders (a lead byte reads as a consonant, a trail byte as a
  // vowel after it), but their own readings score above the Thai one (Korean 0.70 against 0.53)
  for (const [name, text] of cjkTexts()) {
    for (const charset of ['gb18030', 'big5', 'shift_jis', 'euc-jp', 'euc-kr']) {
      const got = decodeBytes(iconv.encode(text, charset), {}).charset
      t.notOk(got === 'windows-874' || got === 'tis-620', `${name} in ${charset}: ${got}`)
    }
  }
})

t.test('bytes that read as Thai consonants only, or as a few syllables repeated, are no Thai', async t => {
  // EUC-KR's full-width punctuation (`·` is 0xA1A4: `กค`), and a Big5 page whose only bytes above ASCII are a few
  // marks (`กำ`, `กย`, repeated): no vowel, or too few different letters
  t.notOk(keeps('· 「A」 · 『B』 · '.repeat(40), 'euc-kr', 'windows-874'), 'EUC-KR punctuation')
  t.notOk(keeps('\u00ad'.repeat(60), 'windows-1251', 'windows-874'), 'soft hyphens: ญ')
  const syllables = Buffer.from(Array.from({ length: 200 }, (_, i) => [0xa1, 0xd3, 0x20][i % 3]))
  t.notOk(keepsThaiOrder(syllables, highByteRuns(syllables), 'windows-874'), 'กำ กำ กำ …: valid syllables, one of them')
})
