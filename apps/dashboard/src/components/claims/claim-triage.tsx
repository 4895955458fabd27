'use client';

import { CLAIM_KINDS, WORKFLOW_STATUSES, isOneOf, type ClaimKind, type WorkflowStatus } from '@claimdesk/claim-model';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { describeError } from '~/lib/errors';
import { STATUS_LABEL, countLabel, formatInterval, humanise } from '~/lib/format';
import { useTRPC } from '~/trpc/react';
import { SearchCapNotice } from '~/components/search-cap-notice';

/** Claim triage: is this statement check-worthy? Reviewers mark it; leads may dismiss it. */
export function ClaimTriage({ caseId, isLead }: { caseId: string; isLead: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<WorkflowStatus | ''>('new');
  const [kind, setKind] = useState<ClaimKind | ''>('');
  const [q, setQ] = useState('');
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const input = { caseId, status: status ? [status] : undefined, kind: kind || undefined, q: q.trim() || undefined, limit: 50 };
  const list = useInfiniteQuery(trpc.claim.list.infiniteQueryOptions(input, { getNextPageParam: (last) => last.nextCursor }));
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.claim.list.pathKey() });
  const opts = { onSettled: refresh, onError: (e: unknown) => setMessage({ kind: 'error' as const, text: describeError(e) }) };
  const triage = useMutation(trpc.claim.triage.mutationOptions(opts));
  const dismiss = useMutation(trpc.claim.dismiss.mutationOptions(opts));

  return (
    <section className="panel" aria-labelledby="claims-heading">
      <div className="panel-header">
        <h2 id="claims-heading">Claims</h2>
        <span className="muted small">{list.isPending ? 'Loading…' : countLabel(rows.length, 'claim', list.hasNextPage)}</span>
      </div>
      <form className="filterbar" role="search" aria-label="Filter claims" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="claim-q">Search</label>
          <input id="claim-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Words in the claims" />
        </div>
        <div className="field">
          <label htmlFor="claim-status">Status</label>
          <select id="claim-status" value={status} onChange={(e) => setStatus(isOneOf(WORKFLOW_STATUSES, e.target.value) ? e.target.value : '')}>
            <option value="">Any</option>
            {WORKFLOW_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="claim-kind">Kind</label>
          <select id="claim-kind" value={kind} onChange={(e) => setKind(isOneOf(CLAIM_KINDS, e.target.value) ? e.target.value : '')}>
            <option value="">Any</option>
            {CLAIM_KINDS.map((k) => (
              <option key={k} value={k}>
                {humanise(k)}
              </option>
            ))}
          </select>
        </div>
      </form>
      {message ? (
        <div className={`alert ${message.kind} inline-alert`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </div>
      ) : null}
      {list.isError ? <p className="alert error inline-alert">{describeError(list.error)}</p> : null}
      <SearchCapNotice cappedAt={list.data?.pages[0]?.searchCappedAt} listing="claims" />
      {!list.isPending && rows.length === 0 ? <p className="empty">No claim matches. New claims appear here when articles are imported.</p> : null}
      {rows.length > 0 ? (
        <div className="table-scroll">
          <table className="data" data-testid="claims-table">
            <thead>
              <tr>
                <th scope="col">Claim</th>
                <th scope="col">Figure</th>
                <th scope="col">Source</th>
                <th scope="col">Status</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <td className="claim-text">
                    <Link href={`/cases/${caseId}/documents/${c.documentId}?claim=${encodeURIComponent(c.id)}`}>{c.text.length > 160 ? `${c.text.slice(0, 159)}…` : c.text}</Link>
                    <div className="muted small">
                      {humanise(c.kind)}
                      {c.metric ? ` · ${humanise(c.metric)}` : ''} · score {c.score.toFixed(2)}
                    </div>
                  </td>
                  <td className="mono nowrap">{c.low !== null || c.high !== null ? `${formatInterval({ low: c.low, high: c.high })} ${c.unit ?? ''}` : '—'}</td>
                  <td>
                    {c.originalSource ?? '—'}
                    <div className="muted small">{c.outlet}</div>
                  </td>
                  <td>
                    <span className={`badge status s-${c.status}`}>{STATUS_LABEL[c.status]}</span>
                  </td>
                  <td className="nowrap">
                    {c.status === 'new' ? (
                      <button type="button" className="button" disabled={triage.isPending} onClick={() => triage.mutate({ claimId: c.id, expectedVersion: c.version })}>
                        Check-worthy
                      </button>
                    ) : null}{' '}
                    {isLead && (c.status === 'new' || c.status === 'triaged') ? (
                      <button type="button" className="button" disabled={dismiss.isPending} onClick={() => dismiss.mutate({ claimId: c.id, expectedVersion: c.version, reason: 'Not check-worthy' })}>
                        Dismiss
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.hasNextPage ? (
        <div className="panel-body">
          <button type="button" className="button" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {list.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </button>
        </div>
      ) : null}
    </section>
  );
}
