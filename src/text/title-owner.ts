/**
 * A blog's name in its owner's form (`张晓明的日志`, `爱吃鱼的程序猿的博客`, `小鱼的个人空间`): a name, 的, at most a
 * few characters and one of the words of data/title-owner.json. Blog hosts put it in the page's `<title>` (the
 * metadata stage reads the owner out of it) and in the heading above every post (the HTML front end reads that
 * heading as the blog's name, never the headline).
 */
import { loadData } from '../data.js'
import { escapeRegExp } from './index.js'

const OWNER_WORDS = loadData<{ words: Array<{ word: string }> }>('title-owner.json').words.map(w => w.word)
/** Characters a blog name may hold between 的 and its word (`的技术博客`, `的ChinaUnix博客`, `的个人空间`). */
const OWNER_WORD_PREFIX = 9
// the owner's name ends at the last 的 before the word (`爱吃鱼的程序猿的博客`: the name holds a 的 of its own)
const OWNER_PART = new RegExp(
  `^(.{2,30})的[\\p{Script=Han}A-Za-z]{0,${OWNER_WORD_PREFIX}}(?:${OWNER_WORDS.map(escapeRegExp).join('|')})$`, 'u')

/** The owner a blog's name names (`张晓明的日志` -> `张晓明`); undefined when the text is no blog name. */
export function blogOwner (text: string): string | undefined {
  return OWNER_PART.exec(text.trim())?.[1].trim()
}
