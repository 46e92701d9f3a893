/**
 * A page's text as pieces in order (`PageText`), none of them large: the decode stage cuts a page's bytes into
 * pieces of at most `PIECE_BYTES` and the HTML front end feeds them to the parser one by one, so no string the size
 * of the page is ever made on that path.
 *
 * Why: V8 keeps every object over 128 KiB (a two-byte string over 64K characters) in its large-object space, each
 * in memory mapped for it alone and given back when it dies. The next page's text is then mapped afresh, and every
 * 4 KiB of it is a page fault on first touch. On the 2-vCPU VMs this service is measured on a fault costs about
 * 10 µs: the 704 KB two-byte text of a 352 KB page was about 170 faults, and decoding it 3.8-4.1 ms, a fifth of the
 * whole pipeline on WCXB pages (docs/performance.md, "A page's text in pieces"). Pieces live in the young
 * generation, whose memory is reused from page to page.
 */

/** A text as pieces, in order; their concatenation is the text. */
export type PageText = readonly string[]

/**
 * Bytes of input a piece is made from: 32 KiB of UTF-8 or Latin-1 is at most 32K UTF-16 units, 64 KiB as a
 * two-byte string, half of V8's 128 KiB bound for objects outside the large-object space.
 */
export const PIECE_BYTES = 32 * 1024

/** The text as one string (text pages, the rare paths that need it whole). */
export function joined (text: PageText): string {
  return text.length === 1 ? text[0] : text.join('')
}

/** The first `n` UTF-16 units of the text (or all of it when shorter), joining only the pieces they span. */
export function prefix (text: PageText, n: number): string {
  let out = ''
  for (const piece of text) {
    if (out.length >= n) break
    out += piece.length <= n - out.length ? piece : piece.slice(0, n - out.length)
  }
  return out
}

/** Whether the text is white space only (`String.prototype.trim`'s white space), or empty. */
export function isBlank (text: PageText): boolean {
  return text.every(piece => piece.trim() === '')
}
