/** Every rule on real text: positive cases from the MT seeds, negative cases from correct English and seed 004. */
import t from 'tap'
import { RULES, runRules, segmentLanguage } from '../../src/flags/index.js'
import { flagsOf, seedLine, spans } from './helpers.js'

t.test('every rule flags its own documented example', async t => {
  for (const rule of RULES) {
    const ex = rule.example
    const options = { source: ex.source, glossary: ex.glossary, rules: { [rule.id]: rule.severity } }
    const flags = flagsOf(rule.id, ex.text, options)
    t.ok(flags.length > 0, `${rule.id} flags its example`)
  }
})

t.test('spacing-hyphen', async t => {
  t.same(spans('spacing-hyphen', seedLine('000', 'e -government has become')).slice(0, 3), [
    ['e -government', 'e-government'], ['re -production', 're-production'], ['higher -quality', 'higher-quality']
  ])
  t.same(spans('spacing-hyphen', seedLine('003', 'Beijing -Tianjin')), [[
    'Beijing -Tianjin -Hebei', 'Beijing-Tianjin-Hebei'
  ]])
  t.same(spans('spacing-hyphen', 'The 5th Digital China Construction Summit (Digital Anti -Epidemic) Forum'), [[
    'Anti -Epidemic', 'Anti-Epidemic'
  ]])
  t.same(spans('spacing-hyphen', 'organized the "cross -provincial general office" cooperation'), [[
    'cross -provincial', 'cross-provincial'
  ]])
  // Not: well-formed hyphens, spaced dashes, bullets, negative numbers, end markers.
  t.same(spans('spacing-hyphen', 'A well-known, state-owned Beijing-Tianjin-Hebei firm - as planned - grew; it was ' +
    '-5 C. - END -'), [])
})

t.test('spacing-missing', async t => {
  t.same(spans('spacing-missing', seedLine('001', 'delivered a video speech.Photo')), [[
    'speech.Photo', 'speech. Photo'
  ]])
  t.same(spans('spacing-missing', seedLine('003', '80.4%throughout')), [['80.4%throughout', '80.4% throughout']])
  t.same(spans('spacing-missing', seedLine('000', 'Lazi mouth!The')), [['mouth!The', 'mouth! The']])
  t.same(spans('spacing-missing', 'On Nov. 17, the C.P.C and the U.S. met; see Hebei.com.cn, e.g. ' +
    '1668686896850.jpg, growth of 3.5%, www.Example.com, mail John.Smith@example.org, Co., Ltd.'), [])
  t.same(spans('spacing-missing', 'Read it at https://example.org/news.Today and C:\\docs\\report.Final'), [])
})

t.test('spacing-before-punctuation', async t => {
  t.same(spans('spacing-before-punctuation',
    'The forum was held in Fuzhou , and experts from the provinces attended .'), [[
    ' ,', ','
  ], [' .', '.']])
  t.same(spans('spacing-before-punctuation',
    'This scene was distressing ... and then the .NET team met at 10 :30 - END -'), [])
  // A habit of the whole segment (a failed detokenizer) is flagged, every mark of it.
  t.same(spans('spacing-before-punctuation', 'Data , platforms and services were shared ; the results were good .'), [[
    ' ,', ','
  ], [' ;', ';'], [' .', '.']])
  // Not: one or two link-boundary spaces in otherwise well-spaced web prose (WCXB dev pages).
  t.same(spans('spacing-before-punctuation', 'We have other beginners guides to photography like how to use a ' +
    'camera , our breakdown of different types of lenses , and how to take better photos. Read more of our ' +
    'thoughts.'), [])
  t.same(spans('spacing-before-punctuation',
    'For $2000 , it really is the best bang for your buck out of this list.'), [])
  t.same(spans('spacing-before-punctuation', 'LinkedIn Patrick Reinhart , VP, Services and Thought Leadership , ' +
    'Conductor. He writes, edits, and speaks.'), [])
  t.same(spans('spacing-before-punctuation', 'the character U+0041 0x 41 can be written as a single byte 0x 41 , ' +
    'but also with two bytes 0x C1 81 , or three bytes 0x E0 81 81 .'), [])
  t.same(spans('spacing-before-punctuation', 'LinkedIn X Steven van Vessum , VP of Organic Marketing , FamilyCare'), [])
  // Not: spaced-out code.
  t.same(spans('spacing-before-punctuation', 'sz_find ( text , length , pattern , 3 ); print ( match , match . ' +
    'offset_within ( haystack ))'), [])
})

t.test('punctuation-unpaired', async t => {
  const line = seedLine('001', 'digital wings')
  const f = flagsOf('punctuation-unpaired', line)
  t.equal(f.length, 1)
  t.equal(f[0].text, '“')
  t.equal(f[0].suggestion, '”')
  t.equal(line.slice(f[0].start - 12, f[0].end + 1), 'development “.')
  t.same(spans('punctuation-unpaired',
    'The Central Party School (National School of Administration said so.'), [['(', undefined]])
  t.same(spans('punctuation-unpaired', 'It grew (fast] and then slowed.'), [[']', ')']])
  t.same(spans('punctuation-unpaired', 'He said ” no.'), [['”', undefined]])
  t.same(spans('punctuation-unpaired', 'She said "we will go and left.'), [['"', undefined]])
  // Not: balanced quotes and brackets, list markers, a paragraph that opens a multi-paragraph quotation.
  t.same(spans('punctuation-unpaired', seedLine('004', "'government' and 'digital'")), [])
  t.same(spans('punctuation-unpaired', 'Three exceptions: a) secrets; b) trade; 1) and 2) too. The “Guidance ' +
    'Opinions” (2022) say "yes".'), [])
  t.same(spans('punctuation-unpaired', '“Reform is not a slogan. It is the work of every day.'), [])
  t.same(spans('punctuation-unpaired', seedLine('003', 'Digital government construction is a long')), [])
  // Human web pages (WCXB dev): quotes spanning blocks, escaped quotes, `”` as opener, spaced quotes, emoticons,
  // list markers `1.)`, cut lines and code.
  const doc = (texts: string[]) => runRules(texts.map((text, i) => ({ pointer: `/blocks/${i}/text`, text })))
    .filter(f => f.rule === 'punctuation-unpaired').map(f => [f.pointer, f.text])
  t.same(doc(['“They\'ve done great work for us at very affordable', 'prices,” said Jordan Anthony, certified ' +
    'nutritionist.']), [])
  t.same(doc([
    'The weather was fine.', 'prices,” said Jordan Anthony, certified nutritionist.'
  ]), [['/blocks/1/text', '”']])
  t.same(doc([
    'He does have one thing to add, however. “The downside is the Hummer has the aerodynamics of a brick.',
    'So highway range suffers,” he said.'
  ]), [])
  t.same(spans('punctuation-unpaired',
    'He told Car Talk, “While gas owners hesitate, EV owners know the trucks tow better.'), [])
  t.same(spans('punctuation-unpaired', 'It’s time to say \\”yes\\” to the dress if you want to avoid rush fees.'), [])
  t.same(spans('punctuation-unpaired', 'Then came comprehension questions (”What does indexOf return if not ' +
    'found?”) and an exercise.'), [])
  t.same(spans('punctuation-unpaired', 'This college essay tip is by Mira " Coach Mira " Simon, Independent ' +
    'Educational Consultant.'), [])
  t.same(spans('punctuation-unpaired', 'Then re-read this blog post ;-). Keep it simple. =) 1.) Showing then ' +
    'telling works.'), [])
  t.same(spans('punctuation-unpaired',
    'header into every single HTML file (and god help you if you needed to change'), [])
  t.same(spans('punctuation-unpaired', 'WITH recent_orders AS ('), [])
  // Still flagged: a quote opened mid-sentence and never closed, mismatched pairs.
  t.same(spans('punctuation-unpaired', 'Don\'t be tempted to deviate from your budget with "Iit sure would be nice. ' +
    'This is how budgets fail.'), [['"', undefined]])
  t.same(spans('punctuation-unpaired',
    'For a product to “fly off the shelf,“ three factors must be true:'), [['“', undefined], ['“', undefined]])
})

t.test('punctuation-apostrophe', async t => {
  t.same(spans('punctuation-apostrophe', seedLine('001', 'China‘s e-government')), [['‘', '’'], ['‘', '’']])
  t.same(spans('punctuation-apostrophe', 'the People’s Government and the ‘one-stop’ service'), [])
})

t.test('punctuation-fullwidth', async t => {
  t.same(spans('punctuation-fullwidth', 'The forum was held in Fuzhou，and experts attended（online）：yes。'), [
    ['，', ','], ['（', '('], ['）', ')'], ['：', ':'], ['。', '.']
  ])
  // Full-width punctuation inside an untranslated Chinese run is the untranslated rule's.
  const mixed = 'The official said the slogan 数字中国，建设 was printed in Chinese on every poster.'
  t.same(spans('punctuation-fullwidth', mixed), [])
  t.same(spans('untranslated-cjk', mixed), [['数字中国，建设', undefined]])
})

t.test('repetition-word', async t => {
  t.same(spans('repetition-word', 'The forum discussed the the role of data.'), [['the the', 'the']])
  t.same(spans('repetition-word', 'The the forum.'), [['The the', 'The']])
  t.same(spans('repetition-word',
    'Wang said that that question was ignored; what it is is clear; Bora Bora; 20 20; the, the'), [])
  t.same(spans('repetition-word', 'I should have agreed really really well; layers layers layers! haystack = ' +
    '"Straße STRASSE strasse"'), [])
  t.same(spans('repetition-word', 'Follow the same guidelines as you did for for your DIY projects.'), [[
    'for for', 'for'
  ]])
})

t.test('repetition-phrase', async t => {
  t.same(spans('repetition-phrase', seedLine('000', 'worked together and worked together')), [[
    'worked together and worked together', 'worked together'
  ]])
  // Seed 003's line has both: `coordination and coordination` is a marked problem of the seed (issue #13).
  t.same(spans('repetition-phrase', seedLine('003', 'more fair and more fair')), [[
    'coordination and coordination', 'coordination'
  ], ['more fair and more fair', 'more fair']])
  t.same(spans('repetition-phrase', 'data sharing in the in the region, safe and reliable, safe and reliable.'), [[
    'in the in the', 'in the'
  ], ['safe and reliable, safe and reliable', 'safe and reliable']])
  // Not (WCXB dev pages): one-word chains, comma repeats that go on, noun phrases, table rows, case-differing cells.
  for (const ok of [
    'Our community is growing, and more and more people are taking action in their own yards.',
    'First of all, there is war after war after war in which blood has been spilt.',
    'Dhamaka follows suit, hopping from region to region to offer a taste of street food.',
    'It is not so much a talent as it is a skill, a skill that can be learned.',
    'I know, I know! Patience, grasshopper.',
    'Wiring can be hooked to the tape and the tape can be retracted.',
    'Free plan or free trial Free plan Free plan or free trial 14-day free trial',
    'Prepay Rate\tPay on Arrival Rate\tPrepay Rate\tPay on Arrival Rate.',
    'Fees 2.9% + $0.30 transaction fees Transaction fees 0% – 2%.'
  ]) t.same(spans('repetition-phrase', ok), [], ok)
  t.same(spans('repetition-phrase', 'more and more children; again and again; New York, New York; step by step'), [])
})

t.test('repetition-such-as', async t => {
  t.same(spans('repetition-such-as', seedLine('000', 'such as emerging')), [[
    'emerging information technology such as emerging information technology', 'emerging information technology'
  ]])
  t.same(spans('repetition-such-as',
    'digital technologies such as blockchain, artificial intelligence, and big data'), [])
})

t.test('repetition-echo', async t => {
  const line = seedLine('000', 'And speech.')
  t.same(spans('repetition-echo', line), [[' And speech.', '']])
  t.same(spans('repetition-echo', 'He delivered a speech. And then he left. Speech matters.'), [])
})

t.test('terminology-calque', async t => {
  t.same(spans('terminology-calque', seedLine('000', 'new crown pneumonia')).filter(([s]) => s.includes('crown')), [[
    'new crown pneumonia', 'COVID-19'
  ]])
  t.same(spans('terminology-calque', seedLine('000', 'dynamic clearing zero')).map(([s]) => s), [
    'electronic government affairs', 'my country', 'electronic government affairs', 'dynamic clearing zero',
    'electronic government affairs'
  ])
  t.same(spans('terminology-calque', 'Yang Jie, secretary of the Chinese mobile party group'), [[
    'Chinese mobile', 'China Mobile'
  ]])
  t.same(spans('terminology-calque', 'My country has 1.4 billion people.'), [['My country', 'China']])
  t.same(spans('terminology-calque', 'the National Electronic Government Expert Committee'), [[
    'Electronic Government', 'E-Government'
  ]])
  t.same(spans('terminology-calque', '15 provincial self -service aircraft'), [[
    'self -service aircraft', 'self-service terminal'
  ]])
  // Not: ordinary English that shares words with a calque.
  t.same(spans('terminology-calque', 'Chinese mobile phone makers; the editor in charge of the page; China Mobile; ' +
    'COVID-19; a new crown for the king'), [])
  // A glossary entry from the request; it can also override a built-in entry.
  const glossary = [
    { term: 'digital government', preferred: 'e-government', note: 'house style' },
    { term: 'my country', preferred: 'the PRC' }
  ]
  t.same(spans('terminology-calque', 'Digital government in my country grows.', { glossary }), [[
    'Digital government', 'E-government'
  ], ['my country', 'the PRC']])
  t.match(flagsOf('terminology-calque', 'Digital government grows.', { glossary })[0].message, /Glossary.*house style/)
})

t.test('capitalization-midsentence', async t => {
  const got = (needle: string, seedId: string): string[] =>
    flagsOf('capitalization-midsentence', seedLine(seedId, needle)).map(f => f.text)
  t.same(got('construction Goals', '001'), ['Goals'])
  t.same(got('development Achieve', '001'), ['Achieve'])
  t.same(got('discusses and Leading', '001'), ['Leading'])
  t.same(got('very high The horizontal', '001'), ['The'])
  t.same(got('data Orderly', '000'), ['Orderly'])
  t.same(got('hub Function', '003'), ['Function'])
  t.same(got('so Enterprises', '003'), ['Enterprises'])
  t.same(got('basics Digital', '003'), ['Digital', 'The'])
  t.same(flagsOf('capitalization-midsentence', 'and promote data Orderly shared.').map(f => f.suggestion), ['orderly'])
  // Table rows and list cells joined by spaces have no sentence end: every cell starts with a capital (WCXB dev).
  t.same(flagsOf('capitalization-midsentence', 'Breaks down development into manageable units Not ideal for ' +
    'projects without defined features'), [])
  t.same(flagsOf('capitalization-midsentence',
    'Set a clear goal Decide what you want to learn or solve before you register'), [])
  // Lists of names: `or Conditions`, `Stories or Highlights`.
  t.same(flagsOf('capitalization-midsentence', 'The options to choose from were Light, Composition, Subject, or ' +
    'Conditions with "Composition" the favorite.'), [])
  t.same(flagsOf('capitalization-midsentence',
    'Customers can click on links in Stories or Highlights to access the shop.'), [])
  // A common word used as a name twice in the document is a name (a car-rental brand, WCXB dev); once, a slip.
  const doc = (texts: string[]) => runRules(texts.map((text, i) => ({ pointer: `/blocks/${i}/text`, text })))
    .filter(f => f.rule === 'capitalization-midsentence').map(f => [f.pointer, f.text])
  t.same(doc([
    'The study awarded Enterprise an impressive score of 734.', 'We found Enterprise to be more expensive than Hertz.'
  ]), [])
  t.same(doc([
    'The study awarded Enterprise an impressive score of 734.', 'We found prices to be higher than at Hertz.'
  ]), [['/blocks/0/text', 'Enterprise']])
  // The object of a preposition that names things, or a title after `called` (WCXB dev pages): named, not glued.
  for (const named of [
    'Stories: Employ product stickers in Stories, a key tool for businesses with smaller followings.',
    'Enhance visuals with blend modes and filters under Effects to add subtle texture and delight.',
    'Use an organic microbial fertilizer like Grow to feed your low light plants year round.',
    'Patients can take a free class called Achieving a Healthy Weight.'
  ]) t.same(flagsOf('capitalization-midsentence', named), [], named)
  // ... but the function word that opens a glued sentence is flagged after them too (`in The`).
  t.same(flagsOf('capitalization-midsentence', 'We met in The city grew fast.').map(f => f.text), ['The'])
  // Function words glued again and again are still flagged: `very high The horizontal`, `villages The development`.
  t.same(doc([
    'China has a very high The horizontal index.', 'towns and villages The development needs grew.'
  ]), [['/blocks/0/text', 'The'], ['/blocks/1/text', 'The']])
  // Never proper nouns, acronyms, titles of documents, Title Case headings.
  for (const ok of [
    'under the leadership of the Party Central Committee with Comrade Xi Jinping as the core',
    'the decision of the Party Central Committee and the State Council',
    'the Department of Planning and Development of the National Health and Health Commission',
    'with the release of the Guidelines for the Construction of the National Integrated Government Big Data System, ' +
      'we will act',
    'the Ministry of Education said on Monday that AI technology and the Digital China strategy matter',
    'The 5th Digital China Construction Summit Electronic Government Affairs Forum Was Held in Fuzhou',
    'officials said in May that the plan works'
  ]) t.same(flagsOf('capitalization-midsentence', ok), [], ok)
})

t.test('untranslated-cjk', async t => {
  t.same(spans('untranslated-cjk', seedLine('000', 'Chu Zha')), [['色', undefined]])
  t.same(spans('untranslated-cjk', 'A total of 9 varie搜索'), [['搜索', undefined]])
  t.same(spans('untranslated-cjk', 'The Great Wall is long.'), [])
})

t.test('fragment-sentence', async t => {
  t.same(spans('fragment-sentence', seedLine('003', 'computing power. run.')), [['run.', undefined]])
  t.same(spans('fragment-sentence', seedLine('003', 'Merge guarantee.')), [['Merge guarantee.', undefined]])
  t.same(spans('fragment-sentence', seedLine('000', 'Fujian Experience.')), [['Fujian Experience.', undefined]])
  t.same(spans('fragment-sentence', 'The plan was approved. But slowly.'), [['But slowly.', undefined]])
  // Not: emphatic fragments and reference lists of web English (WCXB dev pages).
  for (const ok of [
    'There are SO MANY travel insurance companies out there. Too many. It can be overwhelming.',
    'Hot tip: do this an hour before you go to bed the night before baking. Trust me.',
    'Answer engines are the new search frontier. Optimize accordingly.',
    'Here is our hotel hack to you. BOOK DIRECT. Use the hotel website.',
    'In the lower right click on New Device. Click Continue.',
    'What would be best for a family? A solo traveller? Honeymooners? And so on.',
    'It was built by a contractor moving your things. And the movers? These are efficient.',
    'Introducing Gemini CLI: your open-source AI agent. Google Blog. https://blog.google/technology/',
    'Prevalence of harm in mindfulness-based stress reduction. Psychological Medicine. August 18, 2020.',
    'Early Native Americans called it the "Three Sisters." system. This system referred to planting corn.',
    'I found two thermostats in the living room controlling... something. The floor heating is wireless.',
    'Several systems have coverage for up to 6,500 sq. ft. of coverage or more per satellite.'
  ]) t.same(spans('fragment-sentence', ok), [], ok)
  // Not: echo fragments (their own rule), imperatives, short complete sentences, quoted speech, the first sentence.
  t.same(spans('fragment-sentence', seedLine('000', 'And speech.')), [])
  t.same(spans('fragment-sentence', 'Provide strong technical support. Prices rose. Orders did not. He left. Nobody ' +
    'knows. “Now it goes.” Thank you.'), [])
  t.same(spans('fragment-sentence', 'Merge guarantee.'), [])
})

t.test('truncation', async t => {
  t.same(spans('truncation', seedLine('000', 'in Tibeta')), [['Tibeta...', undefined]])
  t.same(spans('truncation', seedLine('000', 'distressing ...')), [['distressing ...', undefined]])
  t.same(spans('truncation', 'Harbin Haibing Information Technology Co., Ltd. is a national high -tech enterpris…  '),
    [['enterpris…', undefined]])
  t.same(spans('truncation', 'He paused... and went on. It ended.'), [])
  // Teasers on real web pages (WCXB dev): cut mid-word or at a word boundary with a spaced ellipsis.
  t.same(spans('truncation',
    'for food transportation and storage, our long-life drink concep ...'), [['concep ...', undefined]])
  t.same(spans('truncation',
    'Experience interactive panels, exclusive solution showcases, and …'), [['and …', undefined]])
  t.same(spans('truncation', 'staff development and training, …'), [['…', undefined]])
  // Not: a whole word trailing off, as bloggers write (WCXB dev).
  t.same(spans('truncation', 'Until next time…'), [])
  t.same(spans('truncation', 'A zero waste lifestyle can never be zero because...'), [])
  t.same(spans('truncation', 'So, in no particular order…'), [])
  t.same(spans('truncation', 'just so you don\'t end up with a little extra "flavoring"…'), [])
  t.same(spans('truncation', '1–2 Weeks To Go…'), [])
  t.same(spans('truncation', 'the price is 2,000...'), [])
  t.same(spans('truncation', 'But speaking of RTOS…'), [])
})

t.test('zh-halfwidth-punctuation', async t => {
  const line = seedLine('002', '《蓝皮书》指出,近年来')
  const f = flagsOf('zh-halfwidth-punctuation', line)
  t.ok(f.length >= 5)
  t.ok(f.every(x => [',', ':', '(', ')', ';'].includes(x.text)))
  t.same(spans('zh-halfwidth-punctuation', '报告:中国(2021)发布'), [[':', '：'], ['(', '（'], [')', '）']])
  // Not: digits, times, numbers, English inside Chinese.
  t.same(spans('zh-halfwidth-punctuation', '来源:中国新闻网 2021-11-26 16:24 共1,000人参加会议'), [[':', '：']])
  // English-only rules never fire on Chinese text, and Chinese rules never on English.
  t.same(spans('spacing-before-punctuation', '数字政府 ,建设 。'), [])
  t.same(spans('zh-halfwidth-punctuation', 'Shandong: digital (government), yes.'), [])
})

t.test('zh-spam-residue', async t => {
  t.same(spans('zh-spam-residue', '必威体育:网推出专题报道,展现必威体育:在补齐养老事业短板'), [['必威体育', ''], ['必威体育', '']])
  t.same(spans('zh-spam-residue', '国家体育总局发布全民健身计划。'), [])
})

t.test('negatives seen on real web English (WCXB dev pages): code, inch marks, labels, names, styles', async t => {
  const none = (rule: string, text: string) => t.same(spans(rule, text), [], `${rule}: ${text}`)
  none('spacing-missing', 'dst, err := os.Create(dstName) and assert.Equal(t, name)')
  none('spacing-missing', 'Set the level in appsettings.Development.json first.')
  none('spacing-hyphen', 'Run rsync -t -l -r -c and grep -i -A 3 with gcc -O3, or rm -rf the folder.')
  none('spacing-hyphen',
    'Run curl -fsSL https://tailscale.com/install.sh | sh, then tar -xzf the file and go build -asan.')
  none('spacing-hyphen', 'The cookies are kid-tested and -approved; the company is women-founded and -run.')
  none('spacing-hyphen',
    'We add an -all flag to the CLI; everything you need to start backpacking -the skills and the gear.')
  none('spacing-hyphen', 'Mullvad has two modes: " UDP -over- TCP " and an Evangelion -esque creation; COSMOS ' +
    '-Cosmos flowers.')
  none('spacing-missing', 'ctx context.Context, and nylasClient *nylas.Client; options.IgnoreRequestContent = true')
  none('spacing-missing', 'builder.Services')
  // Still flagged: sentences glued on human pages are the same spacing error as MT's `speech.Photo` (WCXB dev).
  t.same(spans('spacing-missing', 'reducing energy consumption while you’re away.This eliminates the need for ' +
    'manual adjustments.'), [[
    'away.This', 'away. This'
  ]])
  t.same(spans('spacing-hyphen', 'a bottom -up approach with built -in tools and all -in -one kiosks'), [[
    'bottom -up', 'bottom-up'
  ], ['built -in', 'built-in'], ['all -in -one', 'all-in-one']])
  none('punctuation-unpaired', 'Dig holes 18" deep; the loaf is 9" x 4" and testers were 5’5” to 5’11” tall.')
  none('capitalization-midsentence', 'What makes Perez’s Moving a different company? Cleanliness is Key: yes. A ' +
    'fusion of Old-meets-New cuisine.')
  none('capitalization-midsentence',
    'Everything gets synced to Drive. According to the annual Digital 2021 report, it grew.')
  none('repetition-phrase', 'Platform support Yes Yes Yes Yes and 265 lbs 265 lbs, and so on and so on.')
  none('repetition-word', 'the same attention as in in-person classes, a win win deal')
  none('repetition-echo', 'Zero waste is never zero. Never. Is that cool? Cool. Thank you, Pocket Wifi. Thank you.')
  none('fragment-sentence', 'Mocks are like payday loans. Convenient. You absolutely can! And you should. Less ' +
    'paperwork. Fewer missed jobs. More profit.')
  none('fragment-sentence', 'A systematic review and meta-analysis of trials. Psychological Medicine. ' +
    '2020;6(4):e03834.')
  none('truncation', 'My advice is simple (trust me…)')
  none('punctuation-unpaired', 'See the “ Handling your luggage ” section; the French, who "knew nothing of it ' +
    'until 1645", smiled :) and #1) the guide.')
  none('spacing-before-punctuation', 'Source : Xinhua News Agency ! Really ?')
  t.equal(segmentLanguage('builder.Services.ConfigureHttpClientDefaults(builder => {'), 'other')
  t.equal(segmentLanguage('The forum (held in Fuzhou) ended; experts left.'), 'en')
})
