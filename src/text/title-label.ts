/**
 * `主题：`, `标题：`: a board's or a CMS's field label printed before the title in its title cell (data/title-tags.json
 * `labels`), no word of the title. One pattern for the HTML front end (finding the printed headline) and the metadata
 * stage (cleaning the title).
 */
import { loadData } from '../data.js'
import { listedWords } from './index.js'

const LABELS = loadData<{ labels: Array<{ words: string[] }> }>('title-tags.json').labels

/** The label and its colon at the start of a title, white space after it; the title's first character follows. */
export const TITLE_LABEL_PREFIX = new RegExp(`^(?:${listedWords(LABELS)})\\s*[:：]\\s*(?=\\S)`, 'u')
