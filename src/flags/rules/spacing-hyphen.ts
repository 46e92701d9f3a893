import type { Finding, Rule } from '../rule.js'
import { isEnglishWord, isTitleCaseWord } from '../text.js'

/**
 * `e -government`, `Anti -Epidemic`, `Beijing -Tianjin -Hebei`: MT splits a hyphenated word with a space before the
 * hyphen. A word, a space, a hyphen glued to a letter; further ` -word` links extend the same flag. The lookbehind
 * anchors each match at a word start, and the chain is extended with a sticky regex, one link at a time, so an
 * endless word or an endless chain is scanned once. Dashes with spaces on both sides (`word - word`), list bullets
 * negative numbers (`-5`) and command-line options (`rsync -t`, `gcc -O3`, `rm -rf`: the part after the hyphen must
 * have three letters or more, or be a particle such as `-up`, or sit inside a chain such as `all -in -one`) do not
 * match. Seen on human web pages (WCXB dev) and not flagged, for a single link: suspended compounds and options after a
 * small word (`kid-tested and -approved`, `the -all flag`), a hyphen used as a dash before a function word
 * (`backpacking -the skills`), an all-capital word before it (`UDP -over- TCP`), and a part after the hyphen that is
 * neither an English word (word-list) nor a capitalized name (`curl -fsSL`, `tar -xzf`, `Evangelion -esque`).
 */
const FIRST = /(?<![\p{L}\p{N}\p{M}-])[\p{L}\p{N}\p{M}]+[ \t]+-[\p{L}\p{M}]{2}[\p{L}\p{N}\p{M}]*/gu
const PARTICLES = new Set(['up', 'in', 'on', 'by', 'to', 'of', 'go', 'do'])
const LINK = /[ \t]+-[\p{L}\p{M}][\p{L}\p{N}\p{M}]*/uy
/** Words before ` -x` that make it a suspended compound or a command option (`and -run`, `the -all flag`). */
const SMALL_WORDS = new Set(['and', 'or', 'nor', 'to', 'the', 'a', 'an', 'new', 'in', 'with', 'for'])
/** Words after ` -` that make the hyphen a dash (`everything you need to start backpacking -the skills`). */
const DASH_WORDS = new Set(['the', 'and', 'but', 'or', 'which', 'that', 'this', 'a', 'an', 'it', 'we', 'you', 'they'])

/**
 * The spaced hyphens of a text in order (the space or tab before each), each kind searched for again only once the
 * reader has passed its last find: a text without a tab before a hyphen was searched for one to its end from every
 * candidate (a segment of 25 split words read 25 times).
 */
class SpacedHyphens {
  private space = -2
  private tab = -2
  constructor (private readonly text: string) {}

  /** Where the next spaced hyphen at or after `from` is, -1 when there is none. */
  next (from: number): number {
    if (this.space !== -1 && this.space < from) this.space = this.text.indexOf(' -', from)
    if (this.tab !== -1 && this.tab < from) this.tab = this.text.indexOf('\t-', from)
    const space = this.space
    const tab = this.tab
    return space < 0 ? tab : tab < 0 ? space : Math.min(space, tab)
  }
}

/**
 * Where `FIRST` may next match, at or after `from`: a match ends its word with the spaces before a hyphen, so it
 * cannot start before the run of non-space characters that precedes the next spaced hyphen (the word is inside that
 * run). The pattern's look-behind is tried at every position it scans: starting there skips the text between.
 */
function nextCandidate (hyphens: SpacedHyphens, text: string, from: number): number {
  let at = hyphens.next(from)
  if (at < 0) return -1
  while (at > from && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--
  while (at > from && !/\s/.test(text[at - 1])) at--
  return at
}

const rule: Rule = {
  id: 'spacing-hyphen',
  category: 'spacing',
  severity: 'warning',
  description: 'A space inside a hyphenated word (`e -government`, `Beijing -Tianjin -Hebei`).',
  lang: 'en',
  example: { text: 'Wang Qinmin pointed out that e -government has become an indispensable means.' },
  check (segment) {
    const text = segment.text
    const out: Finding[] = []
    const hyphens = new SpacedHyphens(text)
    for (let from = nextCandidate(hyphens, text, 0); from >= 0; from = nextCandidate(hyphens, text, FIRST.lastIndex)) {
      FIRST.lastIndex = from
      const m = FIRST.exec(text)
      if (m === null) break
      let end = m.index + m[0].length
      let links = 1
      LINK.lastIndex = end
      for (let l = LINK.exec(text); l !== null; l = LINK.exec(text)) { end = LINK.lastIndex; links++ }
      FIRST.lastIndex = end
      // A two-letter tail counts inside a chain (`all -in -one`) or when it is a particle (`bottom -up`, `built -in`):
      // `rm -rf` is a command line.
      const tail = m[0].slice(m[0].lastIndexOf('-') + 1)
      if (links === 1 && tail.length < 3 && !PARTICLES.has(tail.toLowerCase())) continue
      const head = m[0].slice(0, m[0].search(/[ \t]/))
      if (links === 1) {
        // `kid-tested and -approved`, `the -all flag`: a suspended compound or an option after a small word.
        if (SMALL_WORDS.has(head.toLowerCase()) || DASH_WORDS.has(tail.toLowerCase())) continue
        // `UDP -over- TCP`, `COSMOS -Cosmos`: a label or acronym, not a split word.
        if (head.length > 1 && head === head.toUpperCase() && /\p{L}/u.test(head)) continue
        // `curl -fsSL`, `tar -xzf`, `go build -asan`, `Evangelion -esque`: the part after the hyphen is no word and no
        // name (a split MT word is one: `e -government`, `Anti -Epidemic`, `Beijing -Tianjin`).
        if (!isTitleCaseWord(tail) && !isEnglishWord(tail)) continue
      }
      const found = text.slice(m.index, end)
      const fixed = found.replace(/[ \t]+-/g, '-')
      out.push({ start: m.index, end, message: `Space inside the hyphenated word “${fixed}”.`, suggestion: fixed })
    }
    return out
  }
}
export default rule
