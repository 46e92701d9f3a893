/**
 * Character references a raw string from a page may still carry after the HTML parser: JSON-LD is script text, which
 * the parser leaves as written, and CMSs write entities into it (`"headline": "Houston&#39;s Hottest…"`,
 * `&#8211;`, doubly escaped `&amp;#038;`). They are an encoding of the page's characters, not its words: every
 * reader of such a string (the front end's JSON-LD hints, the metadata readers) decodes them here, once.
 */

/** The named references CMSs write into titles and names (the common punctuation and spaces). */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', bull: '•', middot: '·', ndash: '–', mdash: '—',
  hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»'
}

/**
 * Decodes the character references a raw HTML hint may still carry (`&#8211;`, `&amp;`, `&#39;`, doubly escaped
 * `&amp;#038;`): they are an encoding of the page's characters, not its words.
 */
export function decodeEntities (text: string): string {
  if (!text.includes('&')) return text
  let out = text
  for (let i = 0; i < 2 && /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(out); i++) {
    out = out.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : NaN
      if (!Number.isNaN(code)) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m
      return NAMED[(name ?? '').toLowerCase()] ?? m
    })
  }
  return out
}
