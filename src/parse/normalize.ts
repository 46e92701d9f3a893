/**
 * Kept for the metadata stage and the HTML metadata reader (parse/html/meta.ts), which still import normalization
 * from here until their rewrite (#14) reads it from its home, `src/text/normalize.ts`. Nothing else imports this.
 */
export { normalizeLine, splitLines } from '../text/normalize.js'
