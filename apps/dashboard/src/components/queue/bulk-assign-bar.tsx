'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '~/lib/errors';
import { useTRPC } from '~/trpc/react';
import type { DisputeRow } from '~/trpc/types';
import type { QueueUser } from './dispute-queue';

interface Props {
  caseId: string;
  selected: DisputeRow[];
  me: QueueUser;
  onDone: (text: string, kind: 'info' | 'error') => void;
}

/** Leads assign many rows in one go; each row keeps its own version check, and every refusal is reported. */
export function BulkAssignBar({ caseId, selected, me, onDone }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const members = useQuery(trpc.case.members.queryOptions({ caseId }));
  const people = new Map<string, string>([[me.id, `${me.name} (me)`]]);
  for (const m of members.data ?? []) if (!m.disabled && m.id !== me.id) people.set(m.id, m.name);
  const [assigneeId, setAssigneeId] = useState(me.id);
  const [pending, setPending] = useState(false);
  const assign = useMutation(trpc.dispute.assign.mutationOptions());

  async function run() {
    setPending(true);
    const failures: string[] = [];
    for (const row of selected) {
      try {
        await assign.mutateAsync({ disputeId: row.id, expectedVersion: row.version, assigneeId });
      } catch (error) {
        failures.push(`${row.metric.replace(/_/g, ' ')}: ${describeError(error)}`);
      }
    }
    setPending(false);
    await queryClient.invalidateQueries({ queryKey: trpc.dispute.list.pathKey() });
    const done = selected.length - failures.length;
    onDone(failures.length ? `Assigned ${done} of ${selected.length}. Not assigned — ${failures.join(' · ')}` : `Assigned ${done} dispute${done === 1 ? '' : 's'} to ${people.get(assigneeId) ?? 'them'}.`, failures.length ? 'error' : 'info');
  }

  return (
    <div className="bulkbar" role="region" aria-label="Selected disputes">
      <strong>{selected.length} selected</strong>
      <label htmlFor="bulk-assignee">Assign to</label>
      <select id="bulk-assignee" value={assigneeId} onChange={(e) => setAssigneeId(e.target.value)} className="narrow-select">
        {[...people].map(([id, name]) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </select>
      <button type="button" className="button primary" disabled={pending} onClick={() => void run()}>
        {pending ? 'Assigning…' : `Assign ${selected.length}`}
      </button>
    </div>
  );
}
