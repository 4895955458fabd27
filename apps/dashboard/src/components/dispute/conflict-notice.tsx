'use client';

import { STATUS_LABEL } from '~/lib/format';
import { isOneOf, WORKFLOW_STATUSES } from '@claimdesk/claim-model';

export interface PendingConflict {
  /** What the person tried, in words ("Start review"). */
  action: string;
  message: string;
  current: unknown;
  /** The item as this person saw it when they acted (the screen refreshes after the conflict). */
  seen: { status: string; assigneeId: string | null };
  /** Runs the same change again against the version now on the server. */
  reapply: (version: number) => void;
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && name in value ? (value as Record<string, unknown>)[name] : undefined;
}

/** Shows what another person changed and lets this person re-apply their change or drop it. Nothing typed is lost. */
export function ConflictNotice({ conflict, names, onDiscard }: { conflict: PendingConflict; names: Map<string, string>; onDiscard: () => void }) {
  const mine = conflict.seen;
  const status = field(conflict.current, 'status');
  const assignee = field(conflict.current, 'assigneeId');
  const version = field(conflict.current, 'version');
  const changes: string[] = [];
  if (isOneOf(WORKFLOW_STATUSES, status) && status !== mine.status) changes.push(`status is now ${STATUS_LABEL[status]}`);
  if ((typeof assignee === 'string' || assignee === null) && assignee !== mine.assigneeId) changes.push(assignee ? `assigned to ${names.get(assignee) ?? 'someone else'}` : 'unassigned');
  return (
    <div className="alert warn conflict" role="alert">
      <strong>Someone else changed this dispute before your “{conflict.action}” was saved.</strong>{' '}
      {changes.length ? `Now: ${changes.join(', ')}.` : conflict.message}
      <div className="row conflict-actions">
        {typeof version === 'number' ? (
          <button type="button" className="button primary" onClick={() => conflict.reapply(version)}>
            Re-apply “{conflict.action}”
          </button>
        ) : null}
        <button type="button" className="button" onClick={onDiscard}>
          Discard mine and show theirs
        </button>
      </div>
    </div>
  );
}
