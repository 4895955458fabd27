'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { useTRPC } from '~/trpc/react';

/**
 * "New since you last looked": the conflicting figures that joined this dispute after the reader's previous visit.
 * The visit is remembered once per page view, so figures arriving while the page is open stay marked new.
 */
export function NewSinceLastLook({ caseId, disputeId }: { caseId: string; disputeId: string }) {
  const trpc = useTRPC();
  const news = useQuery(trpc.alert.disputeNews.queryOptions({ disputeId }));
  const markSeen = useMutation(trpc.alert.markSeen.mutationOptions());
  const marked = useRef(false);
  useEffect(() => {
    if (marked.current || !news.isFetched) return;
    marked.current = true;
    markSeen.mutate({ disputeId });
  }, [news.isFetched, disputeId, markSeen]);
  const claims = news.data?.claims ?? [];
  if (claims.length === 0) return null;
  return (
    <div className="alert warn" role="status" data-testid="new-since-last-look">
      <strong>New since you last looked:</strong> {claims.length} conflicting {claims.length === 1 ? 'figure' : 'figures'} joined this dispute —{' '}
      {claims.map((c, i) => (
        <span key={c.claimId}>
          {i > 0 ? '; ' : ''}“{c.text}” (<Link href={`/cases/${caseId}/documents/${c.documentId}`}>{c.outlet}</Link>)
        </span>
      ))}
    </div>
  );
}
