'use client';

import { useQuery } from '@tanstack/react-query';
import { describeError } from '~/lib/errors';
import { formatTimestamp } from '~/lib/format';
import { useTRPC } from '~/trpc/react';

/** "verdict.approved" → "verdict approved". */
const phrase = (action: string) => action.replace(/[._]/g, ' ');

/** The append-only log of this dispute, newest first. */
export function HistoryPanel({ caseId, disputeId }: { caseId: string; disputeId: string }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.activity.list.queryOptions({ caseId, entityType: 'dispute', entityId: disputeId, limit: 50 }));
  if (history.isPending) return <p className="muted">Loading history…</p>;
  if (history.isError) return <p className="field-error">The history could not be loaded: {describeError(history.error)}</p>;
  if (history.data.items.length === 0) return <p className="muted">Nothing has happened to this dispute yet.</p>;
  return (
    <ol className="history">
      {history.data.items.map((a) => (
        <li key={a.id}>
          <span className="mono muted">{formatTimestamp(a.at)}</span> <strong>{a.actorName ?? 'System'}</strong> {phrase(a.action)}
        </li>
      ))}
    </ol>
  );
}
