/** Every rule pagewash runs, in report order. docs/rules.md is generated from this list (scripts/rules-doc.ts). */
import type { Rule } from '../rule.js'
import spacingHyphen from './spacing-hyphen.js'
import spacingMissing from './spacing-missing.js'
import spacingBeforePunctuation from './spacing-before-punctuation.js'
import spacingUnitSymbol from './spacing-unit-symbol.js'
import spacingQuoteInside from './spacing-quote-inside.js'
import spacingCompoundHyphen from './spacing-compound-hyphen.js'
import punctuationUnpaired from './punctuation-unpaired.js'
import punctuationApostrophe from './punctuation-apostrophe.js'
import punctuationFullwidth from './punctuation-fullwidth.js'
import repetitionWord from './repetition-word.js'
import repetitionPhrase from './repetition-phrase.js'
import repetitionSuchAs from './repetition-such-as.js'
import repetitionEcho from './repetition-echo.js'
import terminologyCalque from './terminology-calque.js'
import capitalizationMidsentence from './capitalization-midsentence.js'
import untranslatedCjk from './untranslated-cjk.js'
import fragmentSentence from './fragment-sentence.js'
import truncation from './truncation.js'
import zhHalfwidthPunctuation from './zh-halfwidth-punctuation.js'
import zhSpamResidue from './zh-spam-residue.js'
import encodingMojibake from './encoding-mojibake.js'
import bilingualNumbers from './bilingual-numbers.js'
import bilingualOmission from './bilingual-omission.js'
import bilingualUntranslated from './bilingual-untranslated.js'
import bilingualGlossary from './bilingual-glossary.js'
import bilingualNames from './bilingual-names.js'
import bilingualLanguage from './bilingual-language.js'
import bilingualPinyin from './bilingual-pinyin.js'

export const RULES: readonly Rule[] = [
  spacingHyphen,
  spacingMissing,
  spacingBeforePunctuation,
  spacingUnitSymbol,
  spacingQuoteInside,
  spacingCompoundHyphen,
  punctuationUnpaired,
  punctuationApostrophe,
  punctuationFullwidth,
  repetitionWord,
  repetitionPhrase,
  repetitionSuchAs,
  repetitionEcho,
  terminologyCalque,
  capitalizationMidsentence,
  untranslatedCjk,
  fragmentSentence,
  truncation,
  zhHalfwidthPunctuation,
  zhSpamResidue,
  encodingMojibake,
  bilingualNumbers,
  bilingualOmission,
  bilingualUntranslated,
  bilingualPinyin,
  bilingualGlossary,
  bilingualLanguage,
  bilingualNames
]
