import {
  RELATION_LABELS,
  SERIES_COLOURS,
  UNVERIFIED_LABELS,
  chainText,
  formatDate,
  plural,
  type Report,
  type UnverifiedClaim,
} from '@claimdesk/claim-model/report';
import { drawLines, heightOf, linesOf, paragraph, sectionHeading } from './blocks';
import { CHART_HEIGHT, drawChart } from './chart';
import type { PageFrame } from './page-frame';
import { displayUrl } from './sources-table';
import { Table, type Cell } from './table';
import { CONTENT_WIDTH, COLOURS, PAGE, RATING_COLOURS, STYLES, lineHeight } from './theme';

const UNVERIFIED_COLUMNS = [
  { header: 'Figure', share: 0.13 },
  { header: 'Why', share: 0.11 },
  { header: 'Original source', share: 0.19 },
  { header: 'Outlet', share: 0.14 },
  { header: 'Sentence quoted', share: 0.43 },
];

function unverifiedCells(u: UnverifiedClaim): Cell[] {
  const s = u.source;
  return [
    [
      { text: s.figureText ?? '', style: STYLES.cellBold },
      { text: u.metricLabel ?? '', style: STYLES.cellNote },
    ],
    [{ text: u.reasons.map((r) => UNVERIFIED_LABELS[r]).join(', '), style: { ...STYLES.cellNote, upper: true } }],
    [
      { text: s.originalSource, style: STYLES.cell },
      { text: chainText(s), style: STYLES.cellNote },
    ],
    [
      { text: s.outlet, style: STYLES.cell },
      { text: formatDate(s.publishedDate), style: STYLES.cellNote },
    ],
    [
      { text: `“${s.quote}”`, style: STYLES.quote },
      ...(s.url === null ? [] : [{ text: displayUrl(s.url), style: STYLES.cellLink, link: s.url, gapBefore: 1.5 }]),
    ],
  ];
}

export async function unverifiedSection(
  frame: PageFrame,
  report: Report,
  drain: () => Promise<void>,
): Promise<void> {
  const intro =
    report.unverified.length === 0
      ? 'No single-source or hedged figures of note.'
      : 'Figures that rest on one original source or that the source itself hedges. Do not present them as established.';
  const table = new Table(frame, UNVERIFIED_COLUMNS, CONTENT_WIDTH);
  const first = report.unverified[0];
  sectionHeading(frame, 'Unverified', 30 + (first ? table.startHeight(unverifiedCells(first)) : 0));
  paragraph(frame, intro, report.unverified.length === 0 ? STYLES.bodyMuted : STYLES.body);
  for (const [i, u] of report.unverified.entries()) {
    table.row(unverifiedCells(u));
    if (i % 200 === 199) await drain();
  }
  table.end();
}

export function timelineSection(frame: PageFrame, report: Report): void {
  const legendHeight = (n: number) => Math.ceil(n / 2) * lineHeight(STYLES.legend) + 4;
  const firstChart = report.timeline[0];
  sectionHeading(frame, 'Figures over time', firstChart ? 60 + CHART_HEIGHT + legendHeight(firstChart.series.length) : 30);
  if (report.timeline.length === 0) {
    paragraph(frame, 'No dated figures.', STYLES.bodyMuted);
    return;
  }
  paragraph(
    frame,
    'Each mark is one original source’s figure on the date it holds for: a dot for an exact value, a bar for a range, an arrow for an open-ended “at least”; a diamond (or an outlined bar) is the desk’s verdict.',
    STYLES.footnote,
    8,
  );
  for (const m of report.timeline) {
    const title = linesOf(frame, [{ text: m.metricLabel, style: STYLES.h3 }]);
    frame.ensure(heightOf(title) + CHART_HEIGHT + legendHeight(m.series.length) + 16);
    drawLines(frame, title);
    drawChart(frame, m);
    // The legend in two columns: colour swatch, then the series' label.
    const colWidth = CONTENT_WIDTH / 2;
    m.series.forEach((s, i) => {
      const x = PAGE.left + (i % 2) * colWidth;
      const top = frame.y + Math.floor(i / 2) * lineHeight(STYLES.legend);
      const colour = SERIES_COLOURS[i % SERIES_COLOURS.length] ?? '#333333';
      frame.pdf.save().rect(x, top + 2.5, 7, 7).fill(colour).restore();
      const label = `${s.label}${s.resolved ? '' : ' (open)'}`;
      const [line = ''] = frame.measure.wrap(label, STYLES.legend, colWidth - 16);
      frame.text(line, STYLES.legend, x + 11, top);
    });
    frame.y += legendHeight(m.series.length);
    if (m.omittedSeries > 0) {
      paragraph(frame, `${plural(m.omittedSeries, 'less severe dispute')} of this measure not shown.`, STYLES.footnote);
    }
    frame.y += 10;
  }
}

export function methodologySection(frame: PageFrame, report: Report): void {
  const m = report.methodology;
  sectionHeading(frame, 'Methodology', 60);
  for (const p of m.paragraphs) paragraph(frame, p, STYLES.body);
  frame.y += 4;
  const intervals = new Table(frame, [
    { header: 'Written', share: 0.5 },
    { header: 'Counted as', share: 0.5 },
  ], CONTENT_WIDTH);
  for (const i of m.intervals) intervals.row([[{ text: i.written, style: STYLES.cell }], [{ text: i.interval, style: STYLES.cell }]]);
  intervals.end(10);
  const relations = new Table(frame, [
    { header: 'Relation', share: 0.22 },
    { header: 'Meaning', share: 0.78 },
  ], CONTENT_WIDTH);
  for (const r of m.relations) {
    relations.row([[{ text: RELATION_LABELS[r.kind], style: STYLES.cellBold }], [{ text: r.meaning, style: STYLES.cell }]]);
  }
  relations.end(10);
  const ratings = new Table(frame, [
    { header: 'Verdict', share: 0.22 },
    { header: 'Meaning', share: 0.78 },
  ], CONTENT_WIDTH);
  for (const r of m.ratings) {
    const colour = RATING_COLOURS[r.rating] ?? COLOURS.ink;
    ratings.row([
      [{ text: r.label, style: { ...STYLES.cellBold, color: colour, upper: true, tracking: 0.4 } }],
      [{ text: r.meaning, style: STYLES.cell }],
    ]);
  }
  ratings.end(10);
}

export async function reviewersSection(frame: PageFrame, report: Report, drain: () => Promise<void>): Promise<void> {
  sectionHeading(frame, 'Reviewers and approvals', 60);
  if (report.reviewers.length > 0) {
    const people = new Table(frame, [
      { header: 'Reviewer', share: 0.34 },
      { header: 'Role', share: 0.24 },
      { header: 'Proposed', share: 0.14, align: 'right' },
      { header: 'Approved', share: 0.14, align: 'right' },
      { header: 'Votes', share: 0.14, align: 'right' },
    ], CONTENT_WIDTH);
    for (const r of report.reviewers) {
      people.row([
        [{ text: r.name, style: STYLES.cell }],
        [{ text: r.role, style: STYLES.cell }],
        [{ text: String(r.proposed), style: STYLES.cell }],
        [{ text: String(r.approved), style: STYLES.cell }],
        [{ text: String(r.votes), style: STYLES.cell }],
      ]);
    }
    people.end(10);
  }
  if (report.approvals.length === 0) {
    paragraph(frame, 'No approvals yet.', STYLES.bodyMuted);
    return;
  }
  const approvals = new Table(frame, [
    { header: 'Dispute', share: 0.4 },
    { header: 'Verdict', share: 0.14 },
    { header: 'Proposed by', share: 0.16 },
    { header: 'Approved by', share: 0.16 },
    { header: 'Approved on', share: 0.14 },
  ], CONTENT_WIDTH);
  for (const [i, a] of report.approvals.entries()) {
    approvals.row([
      [{ text: a.title, style: STYLES.cell }],
      [{ text: a.rating, style: { ...STYLES.cellBold, color: RATING_COLOURS[a.rating] ?? COLOURS.ink, upper: true, tracking: 0.3 } }],
      [{ text: a.proposedBy, style: STYLES.cell }],
      [{ text: a.approvedBy, style: STYLES.cell }],
      [{ text: formatDate(a.approvedAt), style: STYLES.cell }],
    ]);
    if (i % 500 === 499) await drain();
  }
  approvals.end(10);
}

export function colophon(frame: PageFrame, report: Report): void {
  const text = `Claimdesk verified summary report · ${report.case.name} · as of ${formatDate(report.asOf)} · schema version ${report.schemaVersion}`;
  const lines = linesOf(frame, [{ text, style: STYLES.footnote }]);
  frame.ensure(heightOf(lines) + 16);
  frame.y += 8;
  frame.rule(PAGE.left, PAGE.width - PAGE.right, frame.y);
  frame.y += 6;
  drawLines(frame, lines);
}
