/** The frequent-character set from `data/common-han.json`, both scripts in one Set. */
import { loadData } from '../data.js'

interface CommonHanFile { simplified: string, traditional: string }

const file = loadData<CommonHanFile>('common-han.json')

export const COMMON_HAN: ReadonlySet<string> = new Set([...file.simplified, ...file.traditional])
