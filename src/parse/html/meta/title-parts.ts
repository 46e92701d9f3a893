/**
 * The shapes of a title shared by the title, headline and information-line readers: the separators of
 * an announced title's parts, the shortest headline, a title-naming class, a subtitle's leading dash.
 */

/**
 * Shortest `<h1>` that the announced title starts with, a separator after it, taken as the headline: in
 * Latin-equivalent characters (a Han character counts two: `冬至`, `春运`, a blog's or a thread's two-character
 * title, is as long as `Zinc`).
 */
export const MIN_HEADLINE = 4
/**
 * The separators between the parts of an announced title, blog hosts' too (`标题 @ 博客名 :: 痞客邦 PIXNET ::`,
 * Movable Type's `博客名: 标题`), a spaced double hyphen (`岷江日報 Minjiang Daily -- 菲華社會 -- 标题`, zh-news n137), and
 * one or two hyphens between Han text (`青禾慈善基金会--新闻动态`, Dreamweaver templates';
 * `企业新闻-浙江康恒药业股份有限公司`).
 */
export const ANNOUNCED_PARTS = /\s+(?:[-–—|｜@]|--)\s+|\s*::\s*|[_|｜]|:\s+|(?<=\p{Script=Han})-{1,2}(?=\p{Script=Han})/u

/**
 * A class or id token that names a title (`doctitle`, `bt_title`, `news-title`, `biaoti`, `headline`: a Hong Kong
 * paper's `<td class="headline">` under a `<title>` that shortens it, zh-news n101 of session 36; a message's or a
 * post's subject, `msg_subject`, a Taiwan city portal's press release cell under a `<title>` of the portal alone:
 * zh-gov g276 of session 58's unseen round, where a thread header's `top_subject` holds its label and read count too,
 * SMF's; `_cont` after it (`title_cont`, a home-made ASP association site's title cell under a `<title>` of the
 * association and its section: zh-org o214 of session 58's unseen round); a width after it as old table templates
 * write (`main_title_575`; not a one-digit level, `title2`, as often a subheading's class as a headline's: zh-news
 * n306, n318 beside zh-org o233 of session 60's unseen round), or a style and a number (`titlestyle58291`, 博达 VSB's
 * cells beside `timestyle58291` and `authorstyle58291`: zh-org o187 of session 54's unseen round); ASP.NET's ids
 * (`ctl00_ContentPlaceHolder1_lblTitle`); and `bt`, `news_bt`: the initials of 标题 on Chinese CMSs, `xj_tit`: its short
 * form, session 37's unseen round), not a subtitle's (`subtitle`, and `fubiaoti`, `futitle`: 副标题 in pinyin, zh-news
 * n258 of session 41's unseen round), an intro title's over the headline (`introtitle`, `pretitle`, `yinti`: 引题,
 * zh-news n366 of session 47's unseen round) nor a sidebar box's (`left_title`, `side_title`).
 */
const TITLE_TOKEN = new RegExp('^(?!sub|fu(?!ll)|left|right|side|intro|pre-?tit|yin)[a-z0-9_-]*?' +
  '(?:title|biaoti|headline|(?:msg|message|news|article|post|blog|entry)[_-]?subject)' +
  '(?:[_-]?\\d{2,4}|style\\d{2,8}|[_-]cont)?$|^(?:[a-z]+[_-])?(?:bt|tit)$', 'i')
/** Whether a class-and-id string holds a title's token (`TITLE_TOKEN`). */
export const titleNamed = (named: string): boolean => named.split(/\s+/).some(t => TITLE_TOKEN.test(t))
/** A subtitle's dash before it (`――沅溪古镇…见闻`, `——`, `--`). */
export const SUBTITLE_DASH = /^[―—–-]{1,2}\s*/u
