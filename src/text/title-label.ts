/**
 * `主题：`, `标题：`: a board's or a CMS's field label printed before the title in its title cell (data/title-tags.json
 * `labels`), no word of the title. One pattern for the HTML front end (finding the printed headline) and the metadata
 * stage (cleaning the title).
 */
import { loadData } from '../data.js'
import { listedWords } from './index.js'

const LABELS = loadData<{ labels: Array<{ words: string[] }> }>('title-tags.json').labels

/** A label, its colon and the white space after it; the title's first character follows. */
const LABEL = `(?:${listedWords(LABELS)})\\s*[:：]\\s*(?=\\S)`

/** The label at the start of a title (the metadata stage's title). */
export const TITLE_LABEL_PREFIX = new RegExp(`^${LABEL}`, 'u')

/** The label after the white space a text node opens with (`　主题：…`: the front end's headline cell). */
export const TITLE_LABEL_AFTER_SPACE = new RegExp(`^\\s*${LABEL}`, 'u')
