import { STATUS_LABELS, formatDate, formatNumber, type Report } from '@claimdesk/claim-model/report';
import { drawLines, linesOf } from './blocks';
import type { PageFrame } from './page-frame';
import { CONTENT_WIDTH, COLOURS, PAGE, STYLES, lineHeight } from './theme';

/** The report's first lines: what it is, the case, as of when, who approved, and the counts. */
export function masthead(frame: PageFrame, report: Report): void {
  const c = report.header.counts;
  frame.rule(PAGE.left, PAGE.width - PAGE.right, frame.y, 3.5, COLOURS.ink);
  frame.y += 9;
  frame.text('Verified summary report', STYLES.kicker, PAGE.left, frame.y);
  frame.y += lineHeight(STYLES.kicker) + 2;
  drawLines(frame, linesOf(frame, [{ text: report.case.name, style: STYLES.title }]));
  frame.y += 3;
  const approvers = report.header.approvers.length > 0 ? report.header.approvers.join(', ') : 'no approvals yet';
  drawLines(frame, linesOf(frame, [{ text: `As of ${formatDate(report.asOf)} · Approved by ${approvers}`, style: STYLES.meta }]));
  frame.y += 8;
  counts(frame, [
    ['Documents', c.documents],
    ['Claims', c.claims],
    ['Disputes', c.disputes],
    ['Key figures', c.keyFigures],
    ['Still disputed', c.stillDisputed],
    ['Unverified', c.unverified],
  ]);
  const notes = [
    report.options.metrics ? `Measures: ${report.options.metrics.join(', ')}.` : '',
    report.options.includeOpen ? '' : 'Open disputes are left out of this edition.',
    c.disputesByStatus.length > 0
      ? `Disputes by status: ${c.disputesByStatus.map((s) => `${STATUS_LABELS[s.status]} ${formatNumber(s.count)}`).join(' · ')}.`
      : '',
  ].filter((n) => n !== '');
  for (const note of notes) drawLines(frame, linesOf(frame, [{ text: note, style: STYLES.footnote }]));
  frame.y += 4;
}

function counts(frame: PageFrame, cells: [string, number][]): void {
  const height = 40;
  const width = CONTENT_WIDTH / cells.length;
  const top = frame.y;
  const doc = frame.pdf;
  doc.save().lineWidth(0.6).strokeColor(COLOURS.rule).rect(PAGE.left, top, CONTENT_WIDTH, height).stroke();
  cells.forEach((_, i) => {
    if (i === 0) return;
    const x = PAGE.left + i * width;
    doc.moveTo(x, top).lineTo(x, top + height).stroke();
  });
  doc.restore();
  cells.forEach(([label, value], i) => {
    const x = PAGE.left + i * width + 7;
    frame.text(label, STYLES.countLabel, x, top + 5);
    frame.text(formatNumber(value), STYLES.countValue, x, top + 17);
  });
  frame.y = top + height + 6;
}
