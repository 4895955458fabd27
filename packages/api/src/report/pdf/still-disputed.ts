import { STATUS_LABELS, plural, type CompetingValue, type OpenDispute } from '@claimdesk/claim-model/report';
import { itemHead, drawRelations } from './item-head';
import type { PageFrame } from './page-frame';
import { sourceCells, sourcesTable } from './sources-table';
import { Table, type Cell } from './table';
import { CONTENT_WIDTH, STYLES } from './theme';

const VALUE_COLUMNS = [
  { header: 'Value', share: 0.18 },
  { header: 'As written', share: 0.32 },
  { header: 'Given by', share: 0.5 },
];

function valueCells(v: CompetingValue): Cell[] {
  return [
    [{ text: v.valueText, style: STYLES.cellBold }],
    [{ text: v.figureTexts.map((t) => `“${t}”`).join(', '), style: STYLES.cell }],
    v.givenBy.flatMap((g) => [
      { text: g.originalSource, style: STYLES.cell },
      ...(g.via.length > 0 ? [{ text: `via ${g.via.join(', ')}`, style: STYLES.cellNote }] : []),
    ]),
  ];
}

/** One open dispute: who gives which value (a small table), then every source claim. */
export function openDispute(frame: PageFrame, d: OpenDispute, first: boolean): void {
  const previous = d.previousRating === null ? '' : ` · reopened after a “${d.previousRating}” verdict`;
  const values = new Table(frame, VALUE_COLUMNS, CONTENT_WIDTH);
  const firstValue = d.values[0];
  itemHead(
    frame,
    {
      title: d.title,
      verdict: null,
      byline: `Status: ${STATUS_LABELS[d.status]} · ${plural(d.independentSourceCount, 'independent source')}${previous}`,
      first,
    },
    d.relations.length > 0 ? 24 : values.startHeight(firstValue === undefined ? undefined : valueCells(firstValue)),
  );
  drawRelations(frame, d.relations);
  for (const v of d.values) values.row(valueCells(v));
  values.end(4);
  const sources = sourcesTable(frame);
  for (const s of d.sources) sources.row(sourceCells(s));
  sources.end(12);
}
