/**
 * Words beside a date that make it some other date than the page's publication (data/html-other-dates.json): a
 * post's edit stamp (`本帖最后由 X 于 2010-5-8 10:02 编辑`, `编辑于 2019-06-02`): an update; a user's registration,
 * login or birthday in a profile panel (`注册时间 2008-3-2`, `註冊`, `Joined`): no date of the page at all. Read by the
 * HTML front end's date walks and by the metadata stage's line readers, from the one list.
 */
import { loadData } from '../data.js'
import { escapeRegExp } from './index.js'

interface Word { word: string }
interface OtherDatesFile { words: Word[], editWords: Word[], profileWords: Word[] }

export const OTHER_DATES = loadData<OtherDatesFile>('html-other-dates.json')

/** Any of the words, case-insensitive, anywhere in a text. */
export const anyWord = (words: Word[]): RegExp => new RegExp(words.map(w => escapeRegExp(w.word)).join('|'), 'i')

/** A post's edit stamp: an update. */
export const EDIT_STAMP = anyWord(OTHER_DATES.editWords)
/** A user's registration, login or birthday in a profile panel: the user's date, not the page's. */
export const PROFILE_DATE = anyWord(OTHER_DATES.profileWords)
