'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '~/lib/errors';
import { formatInterval, formatTimestamp } from '~/lib/format';
import { useTRPC } from '~/trpc/react';
import type { DisputeDetail } from '~/trpc/types';
import { RATING_LABEL } from './verdict-form';
import type { Viewer } from './workflow-actions';

type Verdict = DisputeDetail['verdicts'][number];

const STATE_LABEL: Record<Verdict['state'], string> = { proposed: 'Proposed', approved: 'Approved', sent_back: 'Sent back', superseded: 'Superseded' };

/** One proposed verdict's decision: second reviewers vote (four eyes), leads approve or send back with a note. */
function Decision({ disputeId, verdict, viewer, fourEyes }: { disputeId: string; verdict: Verdict; viewer: Viewer; fourEyes: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const opts = {
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: trpc.dispute.byId.queryKey({ disputeId }) }), queryClient.invalidateQueries({ queryKey: trpc.dispute.list.pathKey() })]),
    onError: (e: unknown) => setError(describeError(e)),
    onSuccess: () => setNote(''),
  };
  const vote = useMutation(trpc.verdict.vote.mutationOptions(opts));
  const approve = useMutation(trpc.verdict.approve.mutationOptions(opts));
  const sendBack = useMutation(trpc.verdict.sendBack.mutationOptions(opts));
  const mine = verdict.proposerId === viewer.id;
  const voted = verdict.votes.some((v) => v.voterId === viewer.id);
  const agreeing = verdict.votes.filter((v) => v.agree).length;
  const pending = vote.isPending || approve.isPending || sendBack.isPending;
  const base = { verdictId: verdict.id, expectedVersion: verdict.version };
  if (mine && !viewer.isLead) return <p className="muted small">Waiting for {fourEyes ? 'a second reviewer and ' : ''}a lead.</p>;
  return (
    <div className="decision stack">
      <div className="field">
        <label htmlFor={`note-${verdict.id}`}>Note {viewer.isLead ? '(required to send back)' : '(optional)'}</label>
        <textarea id={`note-${verdict.id}`} value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
      </div>
      <div className="row wrap">
        {fourEyes && !mine && !voted ? (
          <>
            <button type="button" className="button" disabled={pending} onClick={() => { setError(null); vote.mutate({ ...base, agree: true, note }); }}>
              Agree (second reviewer)
            </button>
            <button type="button" className="button" disabled={pending} onClick={() => { setError(null); vote.mutate({ ...base, agree: false, note }); }}>
              Disagree
            </button>
          </>
        ) : null}
        {viewer.isLead && !mine ? (
          <button type="button" className="button primary" disabled={pending || (fourEyes && agreeing === 0)} title={fourEyes && agreeing === 0 ? 'Four eyes: a second reviewer must agree first' : undefined} onClick={() => { setError(null); approve.mutate({ ...base, note }); }}>
            Approve
          </button>
        ) : null}
        {viewer.isLead ? (
          <button type="button" className="button" disabled={pending} onClick={() => { setError(null); if (!note.trim()) setError('Say what needs another look before sending it back.'); else sendBack.mutate({ ...base, note }); }}>
            Send back
          </button>
        ) : null}
        {mine && viewer.isLead ? <span className="muted small">You proposed this: another lead approves it.</span> : null}
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function VerdictList({ disputeId, verdicts, viewer, fourEyes, names }: { disputeId: string; verdicts: Verdict[]; viewer: Viewer; fourEyes: boolean; names: Map<string, string> }) {
  if (verdicts.length === 0) return <p className="muted">No verdict yet.</p>;
  return (
    <ol className="verdicts">
      {verdicts.map((v) => (
        <li key={v.id} className={`verdict v-${v.state}`}>
          <div className="row wrap">
            <span className={`badge verdict-state ${v.state}`}>{STATE_LABEL[v.state]}</span>
            <strong>{RATING_LABEL[v.rating]}</strong>
            <span className="mono">
              {formatInterval({ low: v.low, high: v.high })} {v.unit ?? ''}
            </span>
            {v.asOf ? <span className="muted small">as of {v.asOf}</span> : null}
          </div>
          <p className="rationale">{v.rationale}</p>
          <div className="muted small">
            Proposed by {v.proposerId ? (names.get(v.proposerId) ?? (names.size ? 'a former member' : '…')) : 'the command line'} · {formatTimestamp(v.proposedAt)} UTC
            {v.approverId ? ` · decided by ${names.get(v.approverId) ?? 'a lead'}` : ''}
            {v.decisionNote ? ` — “${v.decisionNote}”` : ''}
          </div>
          {fourEyes ? (
            <div className="small four-eyes">
              Four eyes: {v.votes.filter((x) => x.agree).length} agree, {v.votes.filter((x) => !x.agree).length} disagree
              {v.votes.map((x) => (
                <span key={x.voterId} className="vote">
                  {' '}
                  · {names.get(x.voterId) ?? 'a reviewer'} {x.agree ? 'agrees' : 'disagrees'}
                  {x.note ? ` (“${x.note}”)` : ''}
                </span>
              ))}
            </div>
          ) : null}
          {v.state === 'proposed' ? <Decision disputeId={disputeId} verdict={v} viewer={viewer} fourEyes={fourEyes} /> : null}
        </li>
      ))}
    </ol>
  );
}
