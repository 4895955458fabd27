'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTRPC } from '~/trpc/react';

const HEARTBEAT_MS = 10_000;

/** Says "I am looking at this" every few seconds and shows who else is. */
export function PresenceBar({ caseId, disputeId, myId }: { caseId: string; disputeId: string; myId: string }) {
  const trpc = useTRPC();
  const { mutate } = useMutation(trpc.presence.heartbeat.mutationOptions());
  const others = useQuery({ ...trpc.presence.list.queryOptions({ caseId }), refetchInterval: HEARTBEAT_MS });
  useEffect(() => {
    mutate({ caseId, disputeId });
    const timer = setInterval(() => mutate({ caseId, disputeId }), HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [caseId, disputeId, mutate]);
  const here = (others.data ?? []).filter((p) => p.disputeId === disputeId && p.userId !== myId);
  return (
    <div className="presence" aria-live="polite">
      {here.length === 0 ? <span className="muted small">Nobody else is looking at this dispute.</span> : (
        <span className="small">
          Also here:{' '}
          {here.map((p) => (
            <span key={p.userId} className="avatar" title={p.name}>
              {p.name}
            </span>
          ))}
        </span>
      )}
    </div>
  );
}
