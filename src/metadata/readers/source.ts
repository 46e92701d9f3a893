/**
 * The source (the publisher or agency the article comes from): the front end's (`<meta name=source>`, `来源：` on
 * the HTML info line), the source fields of info lines and credits, and the organizations and site names found
 * where an author was expected. The chooser takes the strongest (data/metadata-evidence.json).
 */
import { choose, type Proposal } from '../choose.js'
import { loadData } from '../../data.js'
import { escapeRegExp, HAN } from '../../text/index.js'
import { unfilledField } from '../../text/fields.js'
import { editorValue } from './editors.js'

interface Entry { text: string }
interface SourceValidation {
  pictureCredits: Entry[]
  selfCredits: Entry[]
  postingDevices: { platforms: Entry[], makers: Entry[], clientWords: Entry[] }
}
const VALIDATION = loadData<SourceValidation>('source-validation.json')
/**
 * What a source line says when it names no source (data/source-validation.json): a picture's credit, not the
 * article's (`来源：资料图`), or the page crediting itself (`来源：本站原创`, `Source: this website original`).
 */
const NO_SOURCE = new Set([...VALIDATION.pictureCredits, ...VALIDATION.selfCredits].map(e => e.text.toLowerCase()))

/** A list's texts as alternatives, longest first (`手机版` before `手机`). */
const escaped = (entries: Entry[]): string =>
  entries.map(e => escapeRegExp(e.text)).sort((a, b) => b.length - a.length).join('|')
const { platforms, makers, clientWords } = VALIDATION.postingDevices
/**
 * A post's client tail after `来自` (data/source-validation.json postingDevices): a phone system or maker with a model
 * code or a client word after it (`(来自:诺基亚N73)` on a WAP board, zh-blogs b475 of session 58's unseen round;
 * `来自iPhone客户端`, `来自：HUAWEI MatePad 11`), or a phone system alone (`来自Android`). A maker alone or with other
 * words is a company (`华为技术有限公司`, `苹果日报`) and stays a source.
 */
const DEVICE_NAME = `(?:${escaped(platforms)}|${escaped(makers)})`
const MODEL_OR_CLIENT = `(?:${escaped(clientWords)}|[A-Za-z0-9][A-Za-z0-9 .+-]*)`
const POSTING_DEVICE = new RegExp(`^(?:${DEVICE_NAME}\\s*${MODEL_OR_CLIENT}|${escaped(platforms)})$`, 'iu')

// `《羊城晚报》`, `( 华声在线 )`: the name in the brackets that wrap it whole
const WRAPPED = /^[(（《〈【[]\s*([^()（）《》〈〉【】[\]]+?)\s*[)）》〉】\]]$/u

/**
 * A source value up to where the line goes on past it. A Chinese publisher's name holds no space: what follows the
 * first space is the page's furniture (`中国广播网(北京) 有0人参与 手机看新闻`, `新华网 新华微博`, `中新网 栏目:国内新闻`,
 * `南方日报 [ 25968589 ]`), and so is a bracket the name never opened (`新华网 】`, `解放牛网 【收藏】`). A Latin name
 * keeps its spaces (`China News Network`) and is left as found.
 */
export function sourceValue (raw: string): string {
  const s = raw.trim()
  const wrapped = WRAPPED.exec(s)?.[1] ?? s
  return HAN.test(wrapped.charAt(0)) ? editorValue(wrapped.split(/\s+/)[0]) : wrapped
}

/** The front end's source as a candidate (none when it is blank). */
export function markupSource (source: string | undefined): Array<Proposal<string>> {
  const s = source?.trim() ?? ''
  return s === '' ? [] : [{ kind: 'hint', value: s }]
}

/**
 * Longest source, in characters: `Hebei.com.cn·Hebei Cloud Client` is 31, `中华人民共和国国务院新闻办公室` 15. Longer is a
 * line read on past the name.
 */
const SOURCE_MAX = 80
/** What no publisher's name holds: a sentence's punctuation (`新华网10月13日上午，…开幕。`, a paragraph run on). */
const SENTENCE_MARK = /[，。！？；]/u

/**
 * A CMS account's login where a poster's label stands (`發佈者：lteu_web`, DotNetNuke's news module on a Hong Kong union's
 * site: zh-org o171 of session 51's unseen round; `发布者: admin`): lower-case letters with an underscore or digits,
 * or an administrator's default name. No publisher writes its name so.
 */
const LOGIN = /^(?:[a-z][a-z0-9]*_[a-z0-9_]*|[a-z]+\d+|admin|administrator|webmaster)$/

/**
 * A page's address (`出处: http://blog.example-chinaunix.net/u2/61234/showart_1056789.html`, a ChinaUnix blog's info line
 * giving the post's own link: zh-blogs b408 of session 53's unseen round): a path after the host, no publisher's name
 * (a site's bare host, `www.people.com.cn`, names the site and stays).
 */
const PAGE_ADDRESS = /^(?:https?:)?\/\/[^/\s]+\/\S/i

/**
 * A closing quotation mark the value never opened (`中讯社”或“`): the label was quoted inside a sentence (a copyright
 * notice's `凡注明“来源：中讯社”或“来源：中讯网”的所有文字…`: zh-news n442 of session 57's unseen round), no field.
 */
const UNOPENED_QUOTE = /^[^“「『]*[”」』]/u

/** Whether a source value is a name at all: not a sentence, not a paragraph run on after the label, no login. */
const isName = (value: string): boolean =>
  value.length <= SOURCE_MAX && !SENTENCE_MARK.test(value) && !LOGIN.test(value) && !PAGE_ADDRESS.test(value) &&
  !UNOPENED_QUOTE.test(value)

export function readSource (proposals: ReadonlyArray<Proposal<string>>): string | null {
  // `来源：资料图` under a picture credits the picture, `来源：本站原创` the page itself; `来源：{dede:field.source/}` nothing
  const article = proposals.filter(p => {
    const value = sourceValue(p.value)
    return !NO_SOURCE.has(value.toLowerCase()) && !unfilledField(value) && isName(value) &&
      !POSTING_DEVICE.test(WRAPPED.exec(p.value.trim())?.[1] ?? p.value.trim())
  })
  const chosen = choose('source', article)?.value
  const value = chosen === undefined ? '' : sourceValue(chosen)
  return value === '' ? null : value
}
