import type { Finding, Rule } from '../rule.js'

/**
 * `e -government`, `Anti -Epidemic`, `Beijing -Tianjin -Hebei`: MT splits a hyphenated word with a space before the
 * hyphen. A word, a space, a hyphen glued to a letter; further ` -word` links extend the same flag. The lookbehind
 * anchors each match at a word start, and the chain is extended with a sticky regex, one link at a time, so an
 * endless word or an endless chain is scanned once. Dashes with spaces on both sides (`word - word`), list bullets
 * negative numbers (`-5`) and command-line options (`rsync -t`, `gcc -O3`, `rm -rf`: the part after the hyphen must have
 * three letters or more, or be a particle such as `-up`, or sit inside a chain such as `all -in -one`) do not match.
 */
const FIRST = /(?<![\p{L}\p{N}\p{M}-])[\p{L}\p{N}\p{M}]+[ \t]+-[\p{L}\p{M}]{2}[\p{L}\p{N}\p{M}]*/gu
const PARTICLES = new Set(['up', 'in', 'on', 'by', 'to', 'of', 'go', 'do'])
const LINK = /[ \t]+-[\p{L}\p{M}][\p{L}\p{N}\p{M}]*/uy

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
    FIRST.lastIndex = 0
    for (let m = FIRST.exec(text); m !== null; m = FIRST.exec(text)) {
      let end = m.index + m[0].length
      let links = 1
      LINK.lastIndex = end
      for (let l = LINK.exec(text); l !== null; l = LINK.exec(text)) { end = LINK.lastIndex; links++ }
      FIRST.lastIndex = end
      // A two-letter tail counts inside a chain (`all -in -one`) or when it is a particle (`bottom -up`, `built -in`):
      // `rm -rf` is a command line.
      const tail = m[0].slice(m[0].lastIndexOf('-') + 1)
      if (links === 1 && tail.length < 3 && !PARTICLES.has(tail.toLowerCase())) continue
      const found = text.slice(m.index, end)
      const fixed = found.replace(/[ \t]+-/g, '-')
      out.push({ start: m.index, end, message: `Space inside the hyphenated word “${fixed}”.`, suggestion: fixed })
    }
    return out
  }
}
export default rule
