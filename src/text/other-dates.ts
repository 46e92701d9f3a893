/**
 * Words beside a date that make it some other date than the page's publication (data/html-other-dates.json): a
 * post's edit stamp (`本帖最后由 X 于 2010-5-8 10:02 编辑`, `编辑于 2019-06-02`): an update; a user's registration,
 * login or birthday in a profile panel (`注册时间 2008-3-2`, `註冊`, `Joined`): no date of the page at all. Read by the
 * HTML front end's date walks and by the metadata stage's line readers, from the one list.
 */
import { loadData } from '../data.js'
import { escapeRegExp } from './index.js'

interface Word { word: string }
interface OtherDatesFile { words: Word[], editWords: Word[], profileWords: Word[], memberWords: Word[] }

export const OTHER_DATES = loadData<OtherDatesFile>('html-other-dates.json')

/** Any of the words, case-insensitive, anywhere in a text. */
export const anyWord = (words: Word[]): RegExp => new RegExp(words.map(w => escapeRegExp(w.word)).join('|'), 'i')

/** A post's edit stamp: an update. */
export const EDIT_STAMP = anyWord(OTHER_DATES.editWords)
const MEMBER_WORD = OTHER_DATES.memberWords.map(w => escapeRegExp(w.word)).join('|')
/**
 * A count of members (`2.3万 成员`, `成员 48213 人`, `12.4k members`): a group's or a channel's card, whose date is the
 * group's creation. A count only: the word alone is in headlines and sentences (`政治局成员`), and a date after it
 * (`班子成员 2024-03-05`) is no count.
 */
const MEMBER_COUNT = `(?<![\\d.,])\\d[\\d.,]*\\s*(?:[万萬千kK]\\s*)?(?:位|名)?\\s*(?:${MEMBER_WORD})|` +
  `(?:${MEMBER_WORD})\\s*[:：]?\\s*\\d[\\d,]*(?![\\d年/.-])`
/**
 * A user's registration, login or birthday in a profile panel, or a group's card counting its members: the user's or
 * the group's date, not the page's.
 */
export const PROFILE_DATE = new RegExp(`${anyWord(OTHER_DATES.profileWords).source}|${MEMBER_COUNT}`, 'i')
