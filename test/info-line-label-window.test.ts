/**
 * Issue #11: `parseInfoLine` asks its label pattern (`LABEL_ANY`) and the glued Latin label's only within
 * `LABEL_WINDOW_UNITS` units (white space aside) before each colon, not at every position of the line. Exact only while
 * a label's match ends at the first colon after its start and holds no more units than a label of the list: this test
 * holds data/metadata-labels.json to that (no label holds a colon, white space at its ends, or a character other than
 * ASCII and Han, whose case-insensitive matches are one unit each), and the reader to its readings of labels far into
 * a line, spread by white space, or glued.
 */
import t from 'tap'
import { loadData } from '../src/data.js'
import { LABEL_WINDOW_UNITS, parseInfoLine } from '../src/text/fields.js'

interface LabelsFile { labels: Array<{ label: string }> }
const LABELS = loadData<LabelsFile>('metadata-labels.json').labels.map(l => l.label)

t.test('every label is one the window reads whole', async t => {
  t.ok(LABELS.length > 200)
  t.same(LABELS.filter(l => /[:：]/u.test(l)), [], 'no colon')
  t.same(LABELS.filter(l => l !== l.trim()), [], 'no white space at its ends')
  t.same(LABELS.filter(l => !/^[\x20-\x7e\p{Script=Han}]+$/u.test(l)), [], 'ASCII and Han only')
  // an opening bracket, then the label's units other than white space
  t.same(LABELS.filter(l => 1 + l.replace(/\s+/g, '').length > LABEL_WINDOW_UNITS), [], 'within the window')
})

t.test('labels far into a line, spread by white space or glued, read as before', async t => {
  const prose = '中新网广州11月26日电 中共中央党校与社会科学文献出版社在会上共同发布了报告，'.repeat(3)
  t.equal(parseInfoLine(prose + '来源：中国新闻网', null), null)
  t.same(parseInfoLine('2021-11-26 16:24　来源：中国新闻网　作者：张三', null)?.fields.map(f => [f.field, f.value]),
    [['source', '中国新闻网'], ['author', '张三']])
  t.same(parseInfoLine('Editor    in   charge   :   Zhou Min', null)?.fields.map(f => [f.field, f.value]),
    [['editor', 'Zhou Min']])
  t.same(parseInfoLine('Source: Publicity DepartmentResponsible editor: Zhou Min', null)?.fields
    .map(f => [f.field, f.value]), [['source', 'Publicity Department'], ['editor', 'Zhou Min']])
  t.same(parseInfoLine('【 责任编辑：李四 】', null)?.fields.map(f => [f.field, f.value]), [['editor', '李四']])
})
