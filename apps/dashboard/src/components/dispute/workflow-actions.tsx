'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { isOneOf, WORKFLOW_STATUSES } from '@claimdesk/claim-model';
import { mayTakeItem } from '@claimdesk/claim-model/workflow';
import { conflictCurrent, describeError, isConflict } from '~/lib/errors';
import { useTRPC } from '~/trpc/react';
import { ConflictNotice, type PendingConflict } from './conflict-notice';

export interface ItemState {
  id: string;
  status: string;
  assigneeId: string | null;
  version: number;
}

export interface Viewer {
  id: string;
  name: string;
  isLead: boolean;
}

interface Props {
  item: ItemState;
  viewer: Viewer;
  members: { id: string; name: string; disabled: boolean }[];
}

/** The workflow steps that apply now, for this person; each sends the version they saw. */
export function WorkflowActions({ item, viewer, members }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<PendingConflict | null>(null);
  const [assignee, setAssignee] = useState(item.assigneeId ?? viewer.id);
  const [reason, setReason] = useState('');
  const names = new Map(members.map((m) => [m.id, m.name]));

  const groupRef = useRef<HTMLDivElement>(null);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.dispute.byId.queryKey({ disputeId: item.id }) }),
      queryClient.invalidateQueries({ queryKey: trpc.dispute.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.activity.list.pathKey() }),
    ]);
  const opts = { onSettled: refresh };
  const triage = useMutation(trpc.dispute.triage.mutationOptions(opts));
  const start = useMutation(trpc.dispute.startReview.mutationOptions(opts));
  const assign = useMutation(trpc.dispute.assign.mutationOptions(opts));
  const dismiss = useMutation(trpc.dispute.dismiss.mutationOptions(opts));
  const reopen = useMutation(trpc.dispute.reopen.mutationOptions(opts));
  const pending = [triage, start, assign, dismiss, reopen].some((m) => m.isPending);
  const acted = useRef(false);
  // After a step the pressed button is usually gone (the step no longer applies) and focus falls to the page:
  // once the step has settled (its buttons enabled again), keep focus in this group, so the next Tab goes on
  // from here instead of from the top of the page.
  useEffect(() => {
    const focused = document.activeElement;
    if (!pending && acted.current && (!focused || focused === document.body)) groupRef.current?.focus({ preventScroll: true });
  }, [item.status, item.assigneeId, pending]);

  /** Runs a step; a CONFLICT keeps the step so it can be re-applied on the version now on the server. */
  function run(action: string, step: (version: number) => Promise<unknown>, version = item.version) {
    const seen = { status: item.status, assigneeId: item.assigneeId };
    setError(null);
    setConflict(null);
    acted.current = true;
    step(version).catch((err: unknown) => {
      if (isConflict(err)) setConflict({ action, message: describeError(err), current: conflictCurrent(err), seen, reapply: (v) => run(action, step, v) });
      else setError(describeError(err));
    });
  }

  const s = item.status;
  const isAssignee = item.assigneeId === viewer.id;
  // Leads use the assign control below; a reviewer takes what nobody has and nobody has started.
  const canTake = !viewer.isLead && isOneOf(WORKFLOW_STATUSES, s) && mayTakeItem({ id: viewer.id, role: 'reviewer' }, { status: s, assigneeId: item.assigneeId });
  const canStart = isAssignee && (s === 'assigned' || s === 'reopened');
  // A reviewer with no step here is told where the work goes on, rather than shown an empty bar.
  const idle = !viewer.isLead && s !== 'new' && !canTake && !canStart;
  const next =
    isAssignee && s === 'in_review'
      ? 'Your review: discuss, add evidence and propose a verdict below.'
      : s === 'verdict_proposed'
        ? 'A verdict waits for a lead (see Verdict).'
        : item.assigneeId && !isAssignee && !['resolved', 'dismissed'].includes(s)
          ? 'Assigned to someone else: you can still discuss and add evidence.'
          : 'No workflow step for you here now.';
  return (
    <div ref={groupRef} tabIndex={-1} className="workflow" role="group" aria-label="Workflow actions">
      {idle ? <p className="muted small workflow-idle">{next}</p> : null}
      <div className="row wrap">
        {s === 'new' ? (
          <button type="button" className="button" disabled={pending} onClick={() => run('Triage', (v) => triage.mutateAsync({ disputeId: item.id, expectedVersion: v }))}>
            Mark check-worthy (triage)
          </button>
        ) : null}
        {canTake ? (
          <button type="button" className="button primary" disabled={pending} onClick={() => run('Assign to me', (v) => assign.mutateAsync({ disputeId: item.id, expectedVersion: v, assigneeId: viewer.id }))}>
            Assign to me
          </button>
        ) : null}
        {canStart ? (
          <button type="button" className="button primary" disabled={pending} onClick={() => run('Start review', (v) => start.mutateAsync({ disputeId: item.id, expectedVersion: v }))}>
            Start review
          </button>
        ) : null}
        {viewer.isLead && !['resolved', 'dismissed'].includes(s) ? (
          <span className="row assign-control">
            <label htmlFor="assign-to">Assign to</label>
            <select id="assign-to" className="narrow-select" value={assignee} onChange={(e) => setAssignee(e.target.value)}>
              {!names.has(viewer.id) ? <option value={viewer.id}>{viewer.name} (me)</option> : null}
              {members
                .filter((m) => !m.disabled)
                .map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                    {m.id === viewer.id ? ' (me)' : ''}
                  </option>
                ))}
            </select>
            <button type="button" className="button" disabled={pending || assignee === item.assigneeId} onClick={() => run('Assign', (v) => assign.mutateAsync({ disputeId: item.id, expectedVersion: v, assigneeId: assignee }))}>
              Assign
            </button>
          </span>
        ) : null}
        {viewer.isLead && (s === 'new' || s === 'triaged') ? (
          <button type="button" className="button danger" disabled={pending} onClick={() => run('Dismiss', (v) => dismiss.mutateAsync({ disputeId: item.id, expectedVersion: v, reason: reason.trim() || undefined }))}>
            Dismiss as not check-worthy
          </button>
        ) : null}
      </div>
      {viewer.isLead && s === 'resolved' ? (
        <div className="row wrap reopen">
          <div className="field grow">
            <label htmlFor="reopen-reason">Reason to reopen</label>
            <input id="reopen-reason" type="text" value={reason} onChange={(e) => setReason(e.target.value)} placeholder="e.g. a new source changes the figure" />
          </div>
          <button type="button" className="button" disabled={pending} onClick={() => run('Reopen', (v) => reopen.mutateAsync({ disputeId: item.id, expectedVersion: v, reason }))}>
            Reopen
          </button>
        </div>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {conflict ? <ConflictNotice conflict={conflict} names={names} onDiscard={() => { setConflict(null); void refresh(); }} /> : null}
    </div>
  );
}
