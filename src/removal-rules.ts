/**
 * The machine-readable ids of removals: every entry of an Article's `removed` carries one of these as `rule`, beside
 * its human `reason` (which may change wording and carries the evidence). Code decides by the id, never by the
 * prose; clients may too. The OpenAPI schema (routes/schemas.ts) and the README's table list them from here.
 *
 * A lower module: every stage may import it; it imports nothing.
 */
export const REMOVAL_RULES = {
  // 2 HTML front end (src/parse/html)
  'hidden-spam-links': 'a hidden element linking to gambling sites',
  'hidden-spam-terms': 'a hidden element carrying gambling terms',
  'hidden-link-farm': 'a hidden block of links to several other sites (the shape of an SEO injection)',
  'hidden-spam-context': 'a short hidden line of no sentence on a page whose hidden blocks show gambling',
  'hidden-element': 'an element hidden from the reader (hidden attribute, aria-hidden, hiding style, marquee)',
  'spam-links': 'visible links to gambling sites, one removal per containing block',
  'spam-redirect-script': 'an inline script that sends search engines\' visitors (or anyone) to another site',
  'spam-written-script': 'an inline script that writes gambling links into the page (a hidden link farm)',
  'page-chrome': '`<nav>`, `<footer>`, `<aside>`, small `<header>`/`<form>`, ARIA landmarks outside the article',
  'unlikely-class': 'a class/id that marks navigation, related lists or boilerplate, outside the content',
  'boilerplate-class': 'a class/id inside the content that marks navigation, related lists or boilerplate',
  'teaser-list': 'a list of headings linking to other pages',
  'dated-listing': 'a table or list of short, dated links to other pages (a reply tree, related stories)',
  'link-list': 'a block made mostly of links',
  'duplicate-content': 'a second copy of the content (the page carries its text twice)',
  'lone-link': 'a lone link inside the content',
  'related-link': 'a link to another story after a related-story label',
  'related-label': 'a related-story label before links to other stories',
  'title-heading': 'the heading that repeats the page title',
  'thread-replies': 'the replies after a forum thread\'s opening post',
  'post-header': 'a BBS post\'s header lines in its text (sender, title, station and time), read into the metadata',
  'signature': 'a BBS post\'s signature and the station\'s stamps after its `--` line',
  'post-view-chrome': 'the bars and lines of a BBS web view around the post it prints in a `<pre>`',
  // 3 spam (src/spam)
  'spam-account-line': 'a gambling term beside login and register links',
  'spam-promo-line': 'a betting promotion line: a brand beside a bonus or an account link',
  'spam-keyword-stuffing': 'a line stuffed with gambling terms',
  'spam-url': 'a URL of a gambling site in the text',
  'spam-brand-injection': 'a gambling brand spliced into a sentence',
  'spam-title-repeat': 'a repeat of the title with a brand spliced in',
  'spam-title-brand': 'a gambling brand spliced into the page title',
  'spam-title-keywords': 'a page title of gambling keywords alone (a hacked site\'s): the page\'s headline is read',
  'spam-title-prefix': 'gambling keywords put before the page title (a hacked site\'s): the title after them is read',
  // 4 boilerplate (src/boilerplate)
  'mt-debris': 'stray machine-translation debris (alone or glued to a label)',
  'end-marker': 'an end-of-article marker (`（完）`, `-END-`), alone or at the end of the last paragraph',
  'after-end': 'what follows the end of the article: after an end marker, a tail section, closing teasers',
  'related-inset': 'a related-content label inside the article',
  'media-placeholder': 'an image file name or media placeholder',
  'navigation-label': 'a navigation or search label',
  'breadcrumb': 'a breadcrumb above the article',
  'menu-line': 'short menu labels side by side above the article',
  'boilerplate-line': 'a footer or toolbar line from data/boilerplate.json (ad labels, print lines, contacts, …)',
  'link-block': 'a block made of links above the article',
  'signature-issuer': 'the issuing body in the signature of an official document',
  'author-bio': 'the author\'s biography or author box after the article',
  // 5 metadata (src/metadata)
  'info-line': 'an article information line (date, source, author, editor fields) read into its fields',
  'date-line': 'a publication date line, a date glued to the start of a line, or a relative date line',
  'byline': 'a byline near the top of the text, read into the authors (a translated role line anywhere: editors too)',
  'title-line': 'the title line, or the title repeated in the body, read into the title',
  'headline-label': 'a short channel label or kicker above the headline',
  'dateline': 'a news dateline opening a paragraph, and the reporter credit after it',
  'credit': 'a reporter, writer or editor credit at the end of a paragraph',
  // 6 structure (src/structure)
  'doubled-text': 'the same text twice on one line (caption and alt text scraped side by side)',
  'photo-credit': 'a photo credit, alone or taken off a caption',
  // (2, after either front end, for runs of 64 copies or more: src/parse/repeats.ts, one removal per run)
  'repeated-block': 'a block that repeats the one before it',
  'summary-copy': 'a summary box that repeats the start of the text, cut short with an ellipsis'
} as const

export type RemovalRule = keyof typeof REMOVAL_RULES

export const REMOVAL_RULE_IDS = Object.keys(REMOVAL_RULES) as RemovalRule[]
