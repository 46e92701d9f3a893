/**
 * htmlparser2's tokenizer, reading runs of plain characters with `indexOf` instead of one state call each.
 *
 * The tokenizer's main loop calls a state function per character. In text and in a quoted attribute value, every
 * character other than `<` / `&` (text) or the quote / `&` (a value) leaves the state as it is: the loop only moves
 * on. `FastTokenizer` jumps straight to the character before the next one that matters, so the loop's next step
 * sees it exactly as the character-by-character loop would; the events (and so the tree) are the same. Its
 * `fastForwardTo` (comments, script and style content, the rest of an end tag) is `indexOf` too.
 *
 * Linear on every shape: the next position of each of the four characters is kept and searched again only once
 * the reading has passed it, so each search starts past the previous answer (a run of `&` with no `<` after it
 * does not search to the end of the page once per `&`).
 */
import { Tokenizer } from 'htmlparser2'

/** The tokenizer's members this subclass reads or replaces (private in htmlparser2's types, public in its code). */
interface TokenizerInternals {
  index: number
  buffer: string
  offset: number
  decodeEntities: boolean
  write (chunk: string): void
  stateText (c: number): void
  handleInAttributeValue (c: number, quote: number): void
  fastForwardTo (c: number): boolean
}

type TokenizerOptions = ConstructorParameters<typeof Tokenizer>[0]
type TokenizerCallbacks = ConstructorParameters<typeof Tokenizer>[1]
const Base = Tokenizer as unknown as new (options: TokenizerOptions, cbs: TokenizerCallbacks) => TokenizerInternals

const LT = 0x3c
const AMP = 0x26
const DQUOTE = 0x22
const SQUOTE = 0x27

class FastTokenizer extends Base {
  // where the next `<`, `&`, `"` and `'` stand in the buffer at or after the last search (the buffer's length: none)
  private nextLt = -1
  private nextAmp = -1
  private nextDq = -1
  private nextSq = -1

  override write (chunk: string): void {
    this.nextLt = this.nextAmp = this.nextDq = this.nextSq = -1
    super.write(chunk)
  }

  /** The position in the buffer of the first `c` at or after `from` (the buffer's length when there is none). */
  private find (c: number, from: number, known: number): number {
    if (known >= from) return known
    const at = this.buffer.indexOf(String.fromCharCode(c), from)
    return at < 0 ? this.buffer.length : at
  }

  private nextOf (c: number, from: number): number {
    switch (c) {
      case LT: return (this.nextLt = this.find(c, from, this.nextLt))
      case AMP: return (this.nextAmp = this.find(c, from, this.nextAmp))
      case DQUOTE: return (this.nextDq = this.find(c, from, this.nextDq))
      default: return (this.nextSq = this.find(c, from, this.nextSq))
    }
  }

  /** Moves the reading to the character before the first `a` or `b` after this one (the last one when neither). */
  private skipTo (a: number, b: number): void {
    const from = this.index + 1 - this.offset
    this.index = Math.min(this.nextOf(a, from), this.nextOf(b, from)) + this.offset - 1
  }

  override stateText (c: number): void {
    if (c === LT || c === AMP || !this.decodeEntities) super.stateText(c)
    else this.skipTo(LT, AMP)
  }

  override handleInAttributeValue (c: number, quote: number): void {
    if (c === quote || c === AMP || !this.decodeEntities || (quote !== DQUOTE && quote !== SQUOTE)) {
      super.handleInAttributeValue(c, quote)
    } else {
      this.skipTo(quote, AMP)
    }
  }

  override fastForwardTo (c: number): boolean {
    const at = this.buffer.indexOf(String.fromCharCode(c), this.index + 1 - this.offset)
    if (at >= 0) {
      this.index = at + this.offset
      return true
    }
    // as the original loop leaves it: the last character, which the main loop's increment then passes
    this.index = this.buffer.length + this.offset - 1
    return false
  }
}

/** The tokenizer class to hand htmlparser2's `Parser` (its `Tokenizer` option). */
export const fastTokenizer = FastTokenizer as unknown as typeof Tokenizer
