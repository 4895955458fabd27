import { chainText, formatDate, type SourceClaim } from '@claimdesk/claim-model/report';
import type { PageFrame } from './page-frame';
import { Table, type Cell } from './table';
import { CONTENT_WIDTH, STYLES } from './theme';

const COLUMNS = [
  { header: 'Original source', share: 0.22 },
  { header: 'Figure', share: 0.12 },
  { header: 'Outlet', share: 0.16 },
  { header: 'Sentence quoted', share: 0.5 },
];

/** Every source claim behind a figure: who said it first and through whom, the figure, where, and the sentence. */
export function sourceCells(s: SourceClaim): Cell[] {
  const quote: Cell = [
    { text: `“${s.quote}”`, style: STYLES.quote },
    ...(s.hedges.length > 0 ? [{ text: `Hedged: ${s.hedges.join(', ')}`, style: STYLES.hedge }] : []),
    ...(s.url === null ? [] : [{ text: displayUrl(s.url), style: STYLES.cellLink, link: s.url, gapBefore: 1.5 }]),
  ];
  return [
    [
      { text: s.originalSource, style: STYLES.cell },
      { text: chainText(s), style: STYLES.cellNote },
    ],
    [{ text: s.figureText ?? '—', style: STYLES.cellBold }],
    [
      { text: s.outlet, style: STYLES.cell },
      { text: formatDate(s.publishedDate), style: STYLES.cellNote },
    ],
    quote,
  ];
}

export function sourcesTable(frame: PageFrame): Table {
  return new Table(frame, COLUMNS, CONTENT_WIDTH);
}

/** The address without its scheme: the link itself keeps the full URL. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '');
}
