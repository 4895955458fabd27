'use client';

import { flexRender, type Row } from '@tanstack/react-table';
import { memo } from 'react';
import type { DisputeRow } from '~/trpc/types';

interface Props {
  row: Row<DisputeRow>;
  index: number;
  height: number;
  active: boolean;
  selected: boolean;
  flash: boolean;
  onActivate: (index: number) => void;
}

/**
 * One table row. Memoised on what it shows, so scrolling re-renders only the rows that come into view rather than
 * every visible row on every frame.
 */
export const QueueRow = memo(function QueueRow({ row, index, height, active, selected, flash, onActivate }: Props) {
  const classes = [active ? 'active' : '', selected ? 'selected' : '', flash ? 'live-flash' : ''].join(' ').trim();
  return (
    <tr className={classes || undefined} aria-rowindex={index + 2} aria-selected={selected} data-active={active || undefined} onClick={() => onActivate(index)} style={{ height }}>
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
      ))}
    </tr>
  );
});
