/**
 * An article written as a run of sibling sections of one kind (a framework page: each section a `div` wrapping
 * `div.row > div.col > div.section` with its heading and paragraphs). The points of the scoring flow only a few
 * containers up, so one section won and the others were lost (a government health page of WCXB kept 3% of its
 * text). The scoring now takes the sections' parent when the winner lies in one of three or more sections of its
 * kind that hold prose; listings of link cards and a lone article beside a sidebar are not taken for sections.
 */
import t from 'tap'
import { processPage } from '../src/pipeline.js'

const SECTIONS: Array<[string, string[]]> = [
  ['What are meditation and mindfulness?', [
    'Meditation has a history that goes back thousands of years, and many meditative techniques began in Eastern ' +
      'traditions. The term refers to a variety of practices that focus on mind and body integration.',
    'Some types of meditation involve maintaining mental focus on a particular sensation, such as breathing, a ' +
      'sound, a visual image, or a mantra, which is a repeated word or phrase.'
  ]],
  ['Are meditation and mindfulness practices safe?', [
    'Meditation and mindfulness practices usually are considered to have few risks. However, few studies have ' +
      'examined these practices for potentially harmful effects, so it is not possible to make definite statements.'
  ]],
  ['How popular are meditation and mindfulness?', [
    'According to the National Health Interview Survey, an annual nationally representative survey, the percentage ' +
      'of adults who practiced meditation rose from 4.1 percent in 2012 to 14.2 percent in 2017, 17.3 percent in ' +
      '2022, and 18.5 percent in 2023, in the United States, across all age groups, regions, and incomes.'
  ]],
  ['What does the research show?', [
    'Many studies have investigated meditation for different conditions, and there is evidence that it may reduce ' +
      'blood pressure as well as symptoms of irritable bowel syndrome and flare-ups in people who have had colitis.',
    'It may ease symptoms of anxiety and depression, and may help people with insomnia, researchers have found.'
  ]]
]

const section = (heading: string, paragraphs: string[]): string =>
  '<div><div class="row"><div class="col"><div class="css-g8r7kc">' +
  `<h2>${heading}</h2><div class="css-1w7tu5a"><div class="css-1z0obd3">` +
  paragraphs.map(p => `<p>${p}</p>`).join('') + '</div></div></div></div></div></div>'

/** A references section as such pages end with: citations, each a link (most of its text in links). */
const REFERENCES = '<div><div class="row"><div class="col"><div class="css-g8r7kc"><h2>Key References</h2>' +
  '<div class="css-1w7tu5a"><div class="css-1z0obd3">' +
  [1, 2, 3, 4, 5, 6].map(i => `<p>Author A, Author B. <a href="https://doi.org/10.1000/${i}">Meditation programs ` +
    `for psychological stress and well-being: a systematic review and meta-analysis, part ${i}</a>. ` +
    `Journal of Medicine. 2014;174(${i}):357-368.</p>`).join('') + '</div></div></div></div></div></div>'

/** The page's table of contents at the head of the article: short lines, all links. */
const CONTENTS = '<div class="toc-box"><h3>On this page</h3><ul>' +
  SECTIONS.map(([h], i) => `<li><a href="#s${i}">${h}</a></li>`).join('') + '</ul></div>'

const page = (main: string, aside = ''): string =>
  '<!doctype html><html><head><title>Meditation and Mindfulness: Effectiveness and Safety</title></head><body>' +
  '<nav><a href="/">Home</a> <a href="/health">Health Info</a> <a href="/research">Research</a></nav>' +
  `<main><div class="container"><div class="body-col">${main}</div>${aside}</div></main>` +
  '<footer><a href="/contact">Contact Us</a> <a href="/policies">Policies</a></footer></body></html>'

const bodyText = (html: string): string =>
  processPage({ content: html, format: 'html' }).article.body.map(b => b.text).join('\n')

t.test('every section of an article written as sibling sections is kept', async t => {
  const text = bodyText(page(CONTENTS + SECTIONS.map(([h, ps]) => section(h, ps)).join('') + REFERENCES))
  for (const [heading, paragraphs] of SECTIONS) {
    t.ok(text.includes(heading), `heading kept: ${heading}`)
    for (const p of paragraphs) t.ok(text.includes(p.slice(0, 60)), `paragraph kept: ${p.slice(0, 40)}…`)
  }
})

t.test('a listing of link cards beside the article is not taken for its sections', async t => {
  const card = (i: number): string =>
    '<div><div class="card"><a href="/story/' + i + '">Another story on the same subject, number ' + i +
    ' of this series about health</a> <a href="/topic/' + i + '">Topic ' + i + '</a></div></div>'
  const aside = '<aside class="more">' + [1, 2, 3, 4].map(card).join('') + '</aside>'
  const text = bodyText(page(SECTIONS.slice(0, 2).map(([h, ps]) => section(h, ps)).join(''), aside))
  t.ok(text.includes('Meditation has a history'), 'the article is kept')
  t.notOk(text.includes('Another story on the same subject'), 'the link cards are not')
})

t.test('sections of its kind that are link lists do not count toward a run', async t => {
  const links = (i: number): string =>
    '<div><div class="row"><div class="col"><div class="css-g8r7kc"><h2>Related ' + i + '</h2>' +
    '<div class="css-1w7tu5a"><div class="css-1z0obd3"><p>' +
    [1, 2, 3, 4, 5, 6].map(j => `<a href="/r/${i}/${j}">Related reading on meditation and sleep, part ${i}.${j}</a>`).join(' ') +
    '</p></div></div></div></div></div></div>'
  const prose = SECTIONS.slice(0, 2).map(([h, ps]) => section(h, ps)).join('')
  const text = bodyText(page(prose + links(1) + links(2) + links(3)))
  t.ok(text.includes('Meditation has a history'), 'the article is kept')
  t.notOk(text.includes('Related reading on meditation'), 'the link sections are not')
})
