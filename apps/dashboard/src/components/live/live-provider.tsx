'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTRPC } from '~/trpc/react';
import { LiveHighlightContext } from './live-context';

const HIGHLIGHT_MS = 2500;

/**
 * Follows the case's activity over server-sent events. Every entry refreshes what it touches (lists, the item, its
 * discussion); entries by other people also flash the row or page once. A dropped stream resumes from the last id.
 */
export function LiveProvider({ caseId, myId, children }: { caseId: string; myId: string; children: ReactNode }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [highlighted, setHighlighted] = useState<ReadonlySet<string>>(new Set());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  const flash = useCallback((id: string) => {
    setHighlighted((prev) => new Set(prev).add(id));
    const existing = timers.current.get(id);
    if (existing) clearTimeout(existing);
    timers.current.set(
      id,
      setTimeout(() => {
        timers.current.delete(id);
        setHighlighted((prev) => {
          const next = new Set(prev);
          next.delete(id);
          return next;
        });
      }, HIGHLIGHT_MS),
    );
  }, []);

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((t) => clearTimeout(t));
  }, []);

  const subscription = useSubscription(
    trpc.activity.onCaseActivity.subscriptionOptions(
      { caseId },
      {
        // The stream starts "from now": refetch what is on screen once it is live, so nothing that happened between
        // the page's first load and the stream's start is missed.
        onStarted: () => void queryClient.invalidateQueries(),
        onData: ({ data: event }) => {
          // One refresh per kind of screen; TanStack Query refetches only what is on screen now.
          void queryClient.invalidateQueries({ queryKey: trpc.dispute.list.pathKey() });
          void queryClient.invalidateQueries({ queryKey: trpc.activity.list.pathKey() });
          void queryClient.invalidateQueries({ queryKey: trpc.dashboard.get.pathKey() });
          if (event.entityType === 'dispute' && event.entityId) {
            const input = { itemType: 'dispute' as const, itemId: event.entityId };
            void queryClient.invalidateQueries({ queryKey: trpc.dispute.byId.queryKey({ disputeId: event.entityId }) });
            void queryClient.invalidateQueries({ queryKey: trpc.alert.disputeNews.queryKey({ disputeId: event.entityId }) });
            if (event.action.startsWith('comment.')) void queryClient.invalidateQueries({ queryKey: trpc.comment.list.queryKey(input) });
            if (event.action.startsWith('evidence.')) void queryClient.invalidateQueries({ queryKey: trpc.evidence.list.queryKey(input) });
          }
          if (event.entityType === 'document') void queryClient.invalidateQueries({ queryKey: trpc.document.list.pathKey() });
          if (event.entityType === 'feed') void queryClient.invalidateQueries({ queryKey: trpc.feed.list.pathKey() });
          if (event.actorId !== myId && event.entityId) flash(event.entityId);
        },
      },
    ),
  );

  return (
    <LiveHighlightContext.Provider value={highlighted}>
      {subscription.status === 'error' ? (
        <div className="alert warn live-status" role="status">
          Live updates paused: {subscription.error?.message ?? 'the connection dropped'}. Reconnecting…
        </div>
      ) : null}
      {children}
    </LiveHighlightContext.Provider>
  );
}
