/** Frequent-character sets from `data/common-han.json` (see its `source`). */
import { loadData } from '../data.js'

interface CommonHanFile { simplified: string, traditional: string, gb2312Level1: string, big5Level1: string }

const file = loadData<CommonHanFile>('common-han.json')

/** About 550 most frequent characters, in both scripts: a correct decoding of running text is full of them. */
export const COMMON_HAN: ReadonlySet<string> = new Set([...file.simplified, ...file.traditional])
/** GB 2312 level 1: 3,755 commonly used simplified characters. */
export const GB2312_LEVEL1: ReadonlySet<string> = new Set(file.gb2312Level1)
/** Big5 level 1: 5,401 frequently used traditional characters. */
export const BIG5_LEVEL1: ReadonlySet<string> = new Set(file.big5Level1)
