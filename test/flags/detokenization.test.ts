/**
 * The spacing slips MT's detokenizer leaves (spacing-unit-symbol, spacing-quote-inside, spacing-compound-hyphen):
 * true cases quoted from the development MT (WMT 2021 TED zh→en), false cases from human references and WCXB pages.
 */
import t from 'tap'
import { spans } from './helpers.js'

const on = { rules: { 'spacing-quote-inside': 'warning', 'spacing-compound-hyphen': 'warning' } } as const

t.test('spacing-unit-symbol', async t => {
  t.same(spans('spacing-unit-symbol', 'Not only will it warm up to 155 ° F, 43 or 44 ° C for two days, but also it ' +
    'will remain warm.'), [['° F', '°F'], ['° C', '°C']])
  // Not: SI's space before the sign, the sign glued to its letter, a degree sign before a word, angles.
  t.same(spans('spacing-unit-symbol', 'Not only will it raise itself to 115 Fahrenheit, 43 or 44 degrees Centigrade. ' +
    'The temperature stayed within the 195 – 205 °F range, dropped by only 3 °F, and a 30° Cooler turn of 90 ° ' +
    'followed.'), [])
})

t.test('spacing-quote-inside', async t => {
  t.same(spans('spacing-quote-inside', 'It took decades before people began to use the term " black holes " and ' +
    'realized that black holes were real objects.', on), [['" black holes "', '"black holes"']])
  t.same(spans('spacing-quote-inside', 'But let\'s look at the so-called " lower strata of society" , which is ' +
    'unskilled manual work.', on), [['" lower strata of society"', '"lower strata of society"']])
  t.same(spans('spacing-quote-inside', 'It\'s really the most crucial part (matter also means " matter ") - that ' +
    'if you put energy and matter in the universe.', on), [['" matter "', '"matter"']])
  t.same(spans('spacing-quote-inside', 'The “ bridge camera ” is technically in the same category.', on), [
    ['“ bridge camera ”', '“bridge camera”']
  ])
  // Not: tight quotes; inch marks (`12.87" x 5.55"`); a pair cut by a missing mark; code; off unless asked for.
  t.same(spans('spacing-quote-inside', 'Darwin said, "I guess something has evolved with it." The term "black hole" ' +
    'stuck.', on), [])
  t.same(spans('spacing-quote-inside', 'The Freebird75 measures 12.87" x 5.55" (327 mm x 141 mm).', on), [])
  t.same(spans('spacing-quote-inside', 'I like the "recycle when this fades" note even when he claims they\'re ' +
    '"fine" despite the hole in them."', on), [])
  t.same(spans('spacing-quote-inside', 'slice(0, 6) on "price = 100" gives "price "', on), [])
  t.same(spans('spacing-quote-inside', 'They began to use the term " black holes " then.'), [])
})

t.test('spacing-compound-hyphen', async t => {
  t.same(spans('spacing-compound-hyphen', 'I think it tells us about this possibility of self - assembly, ' +
    'self - replication and self - repair in our body structures.', on), [
    ['self - assembly', 'self-assembly'], ['self - replication', 'self-replication'], ['self - repair', 'self-repair']
  ])
  t.same(spans('spacing-compound-hyphen', 'Now it starts moving in three - dimensional space - up or down.', on), [
    ['three - dimensional', 'three-dimensional']
  ])
  t.same(spans('spacing-compound-hyphen', 'This is a 10 - fold gap, and the exponential function magnifies it.', on), [
    ['10 - fold', '10-fold']
  ])
  // Not: a dash between clauses (human references and WCXB pages), after a name, a decimal or a price.
  t.same(spans('spacing-compound-hyphen', 'As such, it cheated on two levels - unbelievable. Some of the icebergs ' +
    'are very young - thousands of years old. I used GitHub’s Copilot Agent as well - these are asynchronous. ' +
    'Mood Board, Round 2 - refine your ideas. It clocks in at F/5.9 - which means it collects light. Meals cost ' +
    '$11.75 - average is $11. The heart of it all - telling stories. 8 - a dungeon game.', on), [])
  t.same(spans('spacing-compound-hyphen', 'This means that we have some form of self - replication.'), [])
})
