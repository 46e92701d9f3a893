/** Every rule pagewash runs, in report order. */
import type { Rule } from '../rule.js'
import untranslatedCjk from './untranslated-cjk.js'

export const RULES: readonly Rule[] = [untranslatedCjk]
