/**
 * A blog's name in its owner's form (`张晓明的日志`, `爱吃鱼的程序猿的博客`, `小鱼的个人空间`): a name, 的, at most a
 * few characters and one of the words of data/title-owner.json. Blog hosts put it in the page's `<title>` (the
 * metadata stage reads the owner out of it) and in the heading above every post (the HTML front end reads that
 * heading as the blog's name, never the headline).
 */
import { loadData } from '../data.js'
import { escapeRegExp } from './index.js'
import { TITLE_WORDS } from './not-names.js'

interface TitleOwnerFile { words: Array<{ word: string }>, diaryWords: Array<{ word: string }> }
const OWNER_DATA = loadData<TitleOwnerFile>('title-owner.json')
const OWNER_WORDS = OWNER_DATA.words.map(w => w.word)
/** Characters a blog name may hold between 的 and its word (`的技术博客`, `的ChinaUnix博客`, `的个人空间`). */
const OWNER_WORD_PREFIX = 9
// the owner's name ends at the last 的 before the word (`爱吃鱼的程序猿的博客`: the name holds a 的 of its own); Cantonese
// 嘅 and Japanese の stand for 的 (`POSSESSIVE`), and a diary's word right after it may end it (`阿欣の小窩`, a Hong Kong
// Multiply blog's name: zh-blogs b638 of session 65's unseen round; with words before the diary's, `阿澄的旅行笔记`, the
// whole is an account's name)
const DIARY_WORDS = OWNER_DATA.diaryWords.map(w => escapeRegExp(w.word)).join('|')
const OWNER_PART = new RegExp(`^(.{2,30})[的嘅の](?:[\\p{Script=Han}A-Za-z]{0,${OWNER_WORD_PREFIX}}` +
  `(?:${OWNER_WORDS.map(escapeRegExp).join('|')})|(?:${DIARY_WORDS}))$`, 'u')
/** The marks a personal blog's name is set between (`~ 阿欣の小窩 ~`, `★小鱼的个人空间★`). */
const NAME_DECORATION = /^[\s~～★☆♥❤*]+|[\s~～★☆♥❤*]+$/gu

/** The owner a blog's name names (`张晓明的日志` -> `张晓明`); undefined when the text is no blog name. */
export function blogOwner (text: string): string | undefined {
  return OWNER_PART.exec(text.replace(NAME_DECORATION, ''))?.[1].trim()
}

/**
 * The separators of a `<title>`'s parts (`标题 - NAME的日志 - 网易博客`, `标题_NAME的博客-CSDN博客`); an underscore
 * between Latin letters or digits is part of a screen name (`kaige_dev的技术博客`), no separator.
 */
const TITLE_PARTS = /\s+[-–—|｜]\s+|[|｜]|_(?![A-Za-z0-9])|(?<![A-Za-z0-9])_|(?<=[\p{Script=Han}])-(?=[\p{Script=Han}A-Za-z])/u

/** The parts of a `<title>` (`标题 - 梧桐听雨 - 博客园`), its separators left out. */
export const titleParts = (s: string): string[] => s.split(TITLE_PARTS).map(p => p.trim()).filter(p => p !== '')

/** The blog's owner a part of a `<title>` names (`回家过年 - 张晓明的日志 - 网易博客` -> `张晓明`); undefined when none. */
export function titleOwner (title: string): string | undefined {
  for (const part of titleParts(title)) {
    const owner = blogOwner(part)
    if (owner !== undefined) return owner
  }
  return undefined
}

/** A name that ends in a Latin letter or a digit. */
const LATIN_END = /[A-Za-z0-9]$/

/**
 * The possessive after an owner's name: 的, Cantonese 嘅, classical 之, and Japanese の as Hong Kong and Taiwan names
 * borrow it for 的 (`阿輝の生活雜記`, a Hong Kong portal's blog: zh-blogs b564 of session 62's unseen round).
 */
const POSSESSIVE = /^[的嘅之の]/u

// a diary's word right after the owner's name (`柏舟札记`)
const DIARY_START = new RegExp(`^(?:${DIARY_WORDS})`, 'u')

/**
 * Whether `site` is a blog's name made of `name`, then 的 (`聽嵐的山路札記`, `小鱼的个人空间`), a diary's word right
 * after it (`柏舟札记`) or an English possessive (`阿Ben's Homepage`): a personal blog named after its writer, not a
 * site that `name` would be a short form of.
 */
export function namedAfter (site: string, name: string): boolean {
  if (name === '' || !site.startsWith(name)) return false
  // a Latin name is set off from the Han text after it by a space (`Kit 的部落格`, a Macau student's Jekyll blog: zh-blogs
  // b470 of session 58's unseen round)
  const rest = LATIN_END.test(name) ? site.slice(name.length).trimStart() : site.slice(name.length)
  // and an English possessive (`阿Ben's Homepage`, `Tom’s Blog`: zh-blogs b118 of session 38's unseen round)
  // (Cantonese writes 嘅 for 的: `大埔阿Sam嘅自留地`, a Hong Kong blog's name, zh-blogs b228 of session 42's unseen round;
  // classical Chinese 之: `阿木之家`)
  // a doctor's or a teacher's title between the name and the possessive (`郑玥大夫的个人网站`, a doctor's own site on a
  // medical portal: zh-blogs b565 of session 62's unseen round)
  const untitled = rest.replace(TITLE_START, '')
  return POSSESSIVE.test(untitled) || DIARY_START.test(rest) || /^['’]s\s/.test(rest)
}

/** A professional title opening what follows a name (`大夫`, `医师`, `教授`: data/author-validation.json's titles). */
const TITLE_START = new RegExp(`^(?:${TITLE_WORDS})`, 'u')
