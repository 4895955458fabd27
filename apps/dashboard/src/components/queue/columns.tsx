import { createColumnHelper } from '@tanstack/react-table';
import Link from 'next/link';
import { RELATION_LABEL, STATUS_LABEL, formatAgo, formatDateRange, humanise } from '~/lib/format';
import type { DisputeRow } from '~/trpc/types';

const column = createColumnHelper<DisputeRow>();

/** The queue's columns; widths are fixed so virtualised rows never shift while scrolling. */
export function queueColumns(caseId: string, selectable: boolean) {
  return [
    ...(selectable
      ? [
          column.display({
            id: 'select',
            size: 40,
            header: ({ table }) => (
              <input
                type="checkbox"
                aria-label="Select all loaded disputes"
                checked={table.getIsAllRowsSelected()}
                ref={(el) => {
                  if (el) el.indeterminate = table.getIsSomeRowsSelected();
                }}
                onChange={table.getToggleAllRowsSelectedHandler()}
              />
            ),
            cell: ({ row }) => (
              <input
                type="checkbox"
                aria-label={`Select dispute ${humanise(row.original.metric)}`}
                checked={row.getIsSelected()}
                onChange={row.getToggleSelectedHandler()}
              />
            ),
          }),
        ]
      : []),
    column.accessor('metric', {
      header: 'Metric',
      size: 190,
      cell: (info) => (
        <Link href={`/cases/${caseId}/disputes/${info.row.original.id}`} className="row-link">
          {humanise(info.getValue())}
          {info.row.original.newEvidence ? <span className="badge conflict new-evidence">new evidence</span> : null}
        </Link>
      ),
    }),
    column.accessor('status', {
      header: 'Status',
      size: 120,
      cell: (info) => <span className={`badge status s-${info.getValue()}`}>{STATUS_LABEL[info.getValue()]}</span>,
    }),
    column.accessor('primaryRelation', {
      header: 'Relation',
      size: 150,
      cell: (info) => <span className={`badge ${info.getValue()}`}>{RELATION_LABEL[info.getValue()]}</span>,
    }),
    column.accessor('severity', { header: 'Severity', size: 72, cell: (info) => <span className="num-cell">{Math.round(info.getValue())}</span> }),
    column.accessor('subject', { header: 'Subject', size: 140, cell: (info) => humanise(info.getValue()) }),
    column.accessor('place', { header: 'Place', size: 120, cell: (info) => humanise(info.getValue()) }),
    column.display({
      id: 'asOf',
      header: 'As of',
      size: 190,
      cell: ({ row }) => <span className="mono">{formatDateRange(row.original.asOfFrom, row.original.asOfTo)}</span>,
    }),
    column.display({
      id: 'sources',
      header: 'Sources',
      size: 80,
      cell: ({ row }) => (
        <span className="num-cell" title={`${row.original.claimCount} reports from ${row.original.independentSourceCount} independent sources`}>
          {row.original.claimCount} / {row.original.independentSourceCount}
        </span>
      ),
    }),
    column.accessor('assigneeName', { header: 'Assignee', size: 130, cell: (info) => info.getValue() ?? <span className="muted">—</span> }),
    column.accessor('lastActivityAt', {
      header: 'Last activity',
      size: 110,
      cell: (info) => <span title={new Date(info.getValue()).toISOString()}>{formatAgo(info.getValue())}</span>,
    }),
  ];
}
