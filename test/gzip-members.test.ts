/**
 * cli/gzip-members.ts on real pages: concatenated gzip members (one per record, as crawlers write .warc.gz)
 * undone to the same bytes as zlib's gunzip whatever the chunking of the input, each member's file offset kept,
 * optional header fields skipped, and files cut short or corrupt reported.
 */
import t from 'tap'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { GzipMembers } from '../cli/gzip-members.js'
import { ROOT } from './helpers.js'

const pages = ['news.utf8.html', 'gov-trs.nodecl.gbk.html', 'lists-tables.html']
  .map(f => readFileSync(join(ROOT, 'test/fixtures/html', f)))

async function * chunksOf (bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size)
}

async function undo (bytes: Buffer, chunk: number): Promise<{ plain: Buffer, members: GzipMembers }> {
  const members = new GzipMembers(chunksOf(bytes, chunk))
  const parts: Uint8Array[] = []
  for await (const part of members.plain()) parts.push(part)
  return { plain: Buffer.concat(parts), members }
}

/** A gzip member with the optional header fields zlib never writes: extra field, file name, comment, header CRC. */
function withHeaderFields (body: Buffer): Buffer {
  const plain = gzipSync(body)
  const FLAGS = 0x02 | 0x04 | 0x08 | 0x10
  const head = Buffer.from(plain.subarray(0, 10))
  head[3] = FLAGS
  const extra = Buffer.from([4, 0, 1, 2, 3, 4])
  return Buffer.concat([head, extra, Buffer.from('page.html\0a comment\0'), Buffer.from([0, 0]), plain.subarray(10)])
}

t.test('members undone to gunzip\'s bytes, for any chunking of the input, with each member\'s offset', async t => {
  const members = pages.map(p => gzipSync(p))
  const file = Buffer.concat(members)
  const starts = members.map((_, i) => members.slice(0, i).reduce((n, m) => n + m.length, 0))
  for (const chunk of [1, 7, 4096, 65536, file.length]) {
    const { plain, members: map } = await undo(file, chunk)
    t.same(plain, gunzipSync(file), `chunks of ${chunk}`)
    const plainStarts = pages.map((_, i) => pages.slice(0, i).reduce((n, p) => n + p.length, 0))
    t.same(plainStarts.map(p => map.memberAt(p)), starts, 'the member of each page\'s first byte')
    t.same(plainStarts.map(p => map.memberAt(p + 100)), starts, 'and of a byte inside it')
    t.equal(map.offsetAfter(plain.length), file.length, 'after the last byte: the end of the file')
    t.equal(map.packedBytes, file.length)
  }
})

t.test('optional header fields are skipped', async t => {
  const file = Buffer.concat([withHeaderFields(pages[0]), gzipSync(pages[1])])
  const { plain, members } = await undo(file, 1000)
  t.same(plain, Buffer.concat([pages[0], pages[1]]))
  t.equal(members.memberAt(pages[0].length), file.length - gzipSync(pages[1]).length)
})

t.test('a file cut inside a member gives what it holds and stops; the whole members are known', async t => {
  const first = gzipSync(pages[0])
  const second = gzipSync(pages[1])
  for (const cut of [5, 40, Math.floor(second.length / 2), second.length - 4]) {
    const { plain, members } = await undo(Buffer.concat([first, second.subarray(0, cut)]), 4096)
    t.same(plain.subarray(0, pages[0].length), pages[0], `cut at ${cut}: the first member whole`)
    t.ok(plain.length <= pages[0].length + pages[1].length)
    t.equal(members.offsetAfter(pages[0].length), first.length, 'the cut member starts after the first')
    t.equal(members.packedBytes, first.length + cut, 'every byte read')
  }
})

t.test('corrupt members are errors, not silent garbage', async t => {
  const member = gzipSync(pages[0])
  const wrongSize = Buffer.from(member)
  wrongSize.writeUInt32LE(12345, wrongSize.length - 4)
  await t.rejects(undo(wrongSize, 4096), { name: 'GzipFormatError', message: /^Corrupt gzip member at byte 0: it says 12345 bytes, its data gave/ })
  await t.rejects(undo(Buffer.concat([member, Buffer.from('WARC/1.0 not gzip')]), 4096), { message: /No gzip member at byte/ })
  const badData = Buffer.from(member)
  badData.fill(0xff, 10, 30)
  await t.rejects(undo(badData, 4096), { name: 'GzipFormatError', message: /^Corrupt gzip data in the member at byte 0: / })
  const second = Buffer.concat([member, badData])
  await t.rejects(undo(second, 4096), { message: new RegExp(`^Corrupt gzip data in the member at byte ${member.length}: `) })
})
