import { formatDate, plural, type KeyFigure } from '@claimdesk/claim-model/report';
import { drawLines, heightOf, linesOf } from './blocks';
import { drawRelations, itemHead } from './item-head';
import type { PageFrame } from './page-frame';
import { sourceCells, sourcesTable } from './sources-table';
import { STYLES } from './theme';

/** One resolved dispute: the verdict, the reconciled value and its date, the rationale, and every source claim. */
export function keyFigure(frame: PageFrame, k: KeyFigure, first: boolean): void {
  const votes =
    k.votes.length > 0
      ? ` · second reviewers: ${k.votes.map((v) => `${v.reviewer} (${v.agrees ? 'agrees' : 'disagrees'})`).join(', ')}`
      : '';
  const byline = `${plural(k.independentSourceCount, 'independent source')} · ${plural(k.sources.length, 'source claim')} · proposed by ${k.proposedBy}, approved by ${k.approvedBy} on ${formatDate(k.approvedAt)}${votes}`;
  const rationale =
    k.rationale.trim() === '' ? [] : linesOf(frame, [{ text: k.rationale, style: STYLES.body }]);
  const table = sourcesTable(frame);
  const firstSource = k.sources[0];
  const firstRow = firstSource === undefined ? undefined : sourceCells(firstSource);
  const next = rationale.length > 0 ? heightOf(rationale.slice(0, 2)) : table.startHeight(firstRow);
  itemHead(
    frame,
    {
      title: k.title,
      verdict: {
        rating: k.rating,
        label: k.ratingLabel,
        value: k.valueText,
        asOf: k.valueAsOf === null ? '' : `as of ${formatDate(k.valueAsOf)}`,
      },
      byline,
      first,
    },
    next,
  );
  if (rationale.length > 0) {
    drawLines(frame, rationale);
    frame.y += 5;
  }
  drawRelations(frame, k.relations);
  k.sources.forEach((s, i) => table.row(i === 0 && firstRow !== undefined ? firstRow : sourceCells(s)));
  table.end(12);
}
