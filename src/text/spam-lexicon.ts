/**
 * The one gambling-spam lexicon (data/spam-lexicon.json) and its one matcher, shared by the text spam stage
 * (src/spam), the HTML front end (hidden and visible spam links) and the zh-spam-residue flag: terms become
 * patterns one way (`termPattern`), hosts are judged one way (`isSpamHost`), in links and in bare URLs alike.
 */
import { loadData } from '../data.js'
import { escapeRegExp } from './index.js'

export type SpamKind = 'brand' | 'ambiguous' | 'generic'

export interface SpamTerm {
  term: string
  kind: SpamKind
  /** The term in a link's text marks the link as gambling spam (HTML). */
  linkText?: boolean
  source: string
}

export interface SpamLexicon {
  terms: SpamTerm[]
  hostTokens: Array<{ token: string, source: string }>
  hostPatterns: Array<{ pattern: string, source: string }>
  urlTlds: Array<{ tld: string, source: string }>
  brandSuffixes: Array<{ suffix: string, source: string }>
  accountWords: Array<{ word: string, source: string }>
}

export const SPAM_LEXICON = loadData<SpamLexicon>('spam-lexicon.json')

/** The lexicon's terms of one kind. */
export function termsOf (kind: SpamKind): string[] {
  return SPAM_LEXICON.terms.filter(t => t.kind === kind).map(t => t.term)
}

/** A term as a pattern: Latin-edged terms get word edges (`bet365` not inside `alphabet365`), spaces stretch. */
export function termPattern (term: string): string {
  const body = escapeRegExp(term.trim()).replace(/\s+/g, '\\s+')
  // A letter edge must not touch a letter, a digit edge a digit: `2020bet365:` is an injection after a year.
  const head = /^[A-Za-z]/.test(term) ? '(?<![A-Za-z])' : /^[0-9]/.test(term) ? '(?<![0-9])' : ''
  const tail = /[A-Za-z]$/.test(term) ? '(?![A-Za-z])' : /[0-9]$/.test(term) ? '(?![0-9])' : ''
  return head + body + tail
}

/** One pattern for many terms, longest first (global: use with `exec` loops or reset `lastIndex`). */
export function termAlternation (terms: string[], flags = 'giu'): RegExp | null {
  const list = [...new Set(terms.map(t => t.trim()).filter(t => t !== ''))].sort((a, b) => b.length - a.length)
  return list.length === 0 ? null : new RegExp(`(?:${list.map(termPattern).join('|')})`, flags)
}

/**
 * A gambling host: a dot/dash-delimited part of the name is a token, digits around it allowed (`bet365.com`,
 * `amxpj8888.com`, `casino-x.net`), or the name matches a host pattern (`hg888.cc`, `slots-online.net`).
 */
const HOST = new RegExp([
  `(?:^|[.-])\\d*(?:${SPAM_LEXICON.hostTokens.map(h => escapeRegExp(h.token.toLowerCase())).join('|')})\\d*(?=[.-]|$)`,
  ...SPAM_LEXICON.hostPatterns.map(p => `(?:${p.pattern})`)
].join('|'), 'i')

/** Whether a host name, or the host of a URL (`https://www.bet365.com/en`), is a gambling host. */
export function isSpamHost (hostOrUrl: string): boolean {
  const host = hostOrUrl.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/:?#]/)[0].toLowerCase()
  return host !== '' && HOST.test(host)
}

/**
 * Link-text terms match anywhere in the text, without word edges: link texts glue and inflect words
 * (`casinoonline`, `Online Casinos`), and a link is a short, single-purpose text, not a sentence.
 */
const LINK_TERMS = SPAM_LEXICON.terms.filter(t => t.linkText === true).map(t => escapeRegExp(t.term))
const LINK_TEXT = new RegExp(LINK_TERMS.join('|'), 'i')

/** Whether a text (a link's text or title, a hidden block) carries the terms that mark gambling links. */
export function hasSpamLinkText (text: string): boolean {
  return LINK_TEXT.test(text)
}
