'use client';

import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { flexRender, getCoreRowModel, useReactTable, type RowSelectionState } from '@tanstack/react-table';
import { QueueRow } from './queue-row';
import { useVirtualizer } from '@tanstack/react-virtual';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { mayTakeItem } from '@claimdesk/claim-model/workflow';
import { describeError } from '~/lib/errors';
import { parseQueueFilters, serializeQueueFilters, toListInput, type QueueFilters } from '~/lib/queue-filters';
import { useTRPC } from '~/trpc/react';
import { useLiveHighlights } from '~/components/live/live-context';
import { queueColumns } from './columns';
import { BulkAssignBar } from './bulk-assign-bar';
import { QueueFilterBar } from './queue-filter-bar';
import { ShortcutsDialog } from './shortcuts-dialog';
import { useQueueKeyboard } from './use-queue-keyboard';
import { SearchCapNotice } from '~/components/search-cap-notice';
import { countLabel } from '~/lib/format';

export interface QueueUser {
  id: string;
  name: string;
  isLead: boolean;
}

interface Props {
  caseId: string;
  mode: 'mine' | 'all';
  user: QueueUser;
}

const ROW_HEIGHT = 34;

/** The reviewer's home: a virtualised table of disputes, pages loaded as the person scrolls. */
export function DisputeQueue({ caseId, mode, user }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const filters = useMemo(() => parseQueueFilters(searchParams), [searchParams]);
  const input = toListInput(caseId, filters, mode === 'mine' ? 'me' : undefined);
  const query = useInfiniteQuery(trpc.dispute.list.infiniteQueryOptions(input, { getNextPageParam: (last) => last.nextCursor }));
  const rows = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const highlighted = useLiveHighlights();

  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [active, setActive] = useState(0);
  const [help, setHelp] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const columns = useMemo(() => queueColumns(caseId, user.isLead), [caseId, user.isLead]);
  const table = useReactTable({
    data: rows,
    columns,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    state: { rowSelection },
    onRowSelectionChange: setRowSelection,
    enableRowSelection: user.isLead,
  });
  const tableRows = table.getRowModel().rows;

  const virtualizer = useVirtualizer({ count: tableRows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 16 });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  useEffect(() => {
    // Load the next page before the person reaches the end, so scrolling never stops on a spinner.
    if (hasNextPage && !isFetchingNextPage && lastIndex >= tableRows.length - 40) void fetchNextPage();
  }, [lastIndex, tableRows.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  const setFilters = useCallback(
    (next: QueueFilters) => {
      const qs = serializeQueueFilters(next);
      setActive(0);
      setRowSelection({});
      router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
    },
    [pathname, router],
  );

  const assign = useMutation(
    trpc.dispute.assign.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.dispute.list.pathKey() }),
    }),
  );

  const assignRowToMe = useCallback(
    (index: number) => {
      const row = rows[index];
      if (!row) return;
      if (row.assigneeId === user.id) {
        setMessage({ kind: 'info', text: 'This dispute is already assigned to you.' });
        return;
      }
      // Leads may assign anything; a reviewer takes only what nobody has and nobody has started (claim-model).
      if (!user.isLead && !mayTakeItem({ id: user.id, role: 'reviewer' }, row)) {
        setMessage({ kind: 'error', text: row.assigneeId ? `${row.assigneeName ?? 'Someone'} already has this dispute. Ask a lead to hand it to you.` : 'Its review has started, so only a lead can assign it. Ask a lead to hand it to you.' });
        return;
      }
      assign.mutate(
        { disputeId: row.id, expectedVersion: row.version, assigneeId: user.id },
        {
          onSuccess: () => setMessage({ kind: 'info', text: `Assigned "${row.metric.replace(/_/g, ' ')}" to you.` }),
          onError: (error) => setMessage({ kind: 'error', text: describeError(error) }),
        },
      );
    },
    [assign, rows, user],
  );

  useQueueKeyboard({
    count: tableRows.length,
    active,
    setActive: (index) => {
      setActive(index);
      virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    open: (index) => {
      const row = rows[index];
      if (row) router.push(`/cases/${caseId}/disputes/${row.id}`);
    },
    assignToMe: assignRowToMe,
    toggleSelect: (index) => tableRows[index]?.toggleSelected(),
    showHelp: () => setHelp(true),
    focusSearch: () => searchRef.current?.focus(),
  });

  // Arriving from the navigation, focus would stay on the tab's link, whose own Enter re-opens the tab: the
  // queue takes focus instead, so j/k/Enter work at once. Focus someone has put elsewhere is left alone.
  useEffect(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body || focused.closest('nav')) scrollRef.current?.focus({ preventScroll: true });
  }, []);

  const selectedRows = table.getSelectedRowModel().rows.map((r) => r.original);
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const colCount = columns.length;

  return (
    <section className="panel queue" aria-labelledby="queue-heading">
      <div className="panel-header">
        <h2 id="queue-heading">{mode === 'mine' ? 'Assigned to me' : 'Disputes'}</h2>
        <span className="muted small">
          <span aria-live="polite" data-testid="queue-count">
            {query.isPending ? 'Loading…' : countLabel(rows.length, 'dispute', hasNextPage)}
          </span>
          {' · '}
          <button type="button" className="button link" onClick={() => setHelp(true)}>
            Keyboard: ?
          </button>
        </span>
      </div>
      <QueueFilterBar filters={filters} onChange={setFilters} showAssignee={mode === 'all'} searchRef={searchRef} />
      <SearchCapNotice cappedAt={query.data?.pages[0]?.searchCappedAt} listing="disputes" />
      {message ? (
        <div className={`alert ${message.kind} inline-alert`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}{' '}
          <button type="button" className="button link" onClick={() => setMessage(null)}>
            Dismiss
          </button>
        </div>
      ) : null}
      {user.isLead && selectedRows.length > 0 ? (
        <BulkAssignBar caseId={caseId} selected={selectedRows} me={user} onDone={(text, kind) => { setMessage({ kind, text }); setRowSelection({}); }} />
      ) : null}
      {query.isError ? (
        <div className="alert error inline-alert" role="alert">
          The disputes could not be loaded: {describeError(query.error)}{' '}
          <button type="button" className="button link" onClick={() => void query.refetch()}>
            Try again
          </button>
        </div>
      ) : null}
      <div ref={scrollRef} className="queue-scroll" tabIndex={-1}>
        <table className="data queue-table" aria-rowcount={rows.length + 1} data-testid="queue-table">
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th key={header.id} style={{ width: header.getSize() }} scope="col">
                    {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {paddingTop > 0 ? (
              <tr aria-hidden="true">
                <td colSpan={colCount} style={{ height: paddingTop, padding: 0, border: 0 }} />
              </tr>
            ) : null}
            {items.map((item) => {
              const row = tableRows[item.index];
              if (!row) return null;
              return <QueueRow key={row.id} row={row} index={item.index} height={ROW_HEIGHT} active={item.index === active} selected={row.getIsSelected()} flash={highlighted.has(row.id)} onActivate={setActive} />;
            })}
            {paddingBottom > 0 ? (
              <tr aria-hidden="true">
                <td colSpan={colCount} style={{ height: paddingBottom, padding: 0, border: 0 }} />
              </tr>
            ) : null}
          </tbody>
        </table>
        {query.isPending ? <p className="empty">Loading disputes…</p> : null}
        {!query.isPending && !query.isError && rows.length === 0 ? (
          <p className="empty">
            {mode === 'mine'
              ? filters.q || filters.status.length || filters.relation ? 'Nothing assigned to you matches these filters.' : 'No disputes assigned to you — pick from All disputes.'
              : filters.q || filters.status.length || filters.relation || filters.metric || filters.outlet || filters.minSeverity !== null ? 'No dispute matches these filters.' : 'No disputes in this case yet. Import articles to find them.'}
          </p>
        ) : null}
        {isFetchingNextPage ? <p className="muted small loading-more">Loading more…</p> : null}
      </div>
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
    </section>
  );
}
