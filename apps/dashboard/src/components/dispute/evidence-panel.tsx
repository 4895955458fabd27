'use client';

import { EVIDENCE_STANCES, isOneOf, type EvidenceStance } from '@claimdesk/claim-model';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { describeError } from '~/lib/errors';
import { formatTimestamp } from '~/lib/format';
import { useTRPC } from '~/trpc/react';

export interface Passage {
  key: string;
  documentId: string;
  spanStart: number;
  spanEnd: number;
  label: string;
}

const STANCE_LABEL: Record<EvidenceStance, string> = { supports: 'Supports', refutes: 'Refutes', context: 'Context' };

/** Evidence for the dispute: a link, or a passage of a case document, each with its stance. */
export function EvidencePanel({ caseId, disputeId, passages }: { caseId: string; disputeId: string; passages: Passage[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = { itemType: 'dispute' as const, itemId: disputeId };
  const list = useQuery(trpc.evidence.list.queryOptions(input));
  const [kind, setKind] = useState<'url' | 'document'>('url');
  const [url, setUrl] = useState('');
  const [passage, setPassage] = useState(passages[0]?.key ?? '');
  const [stance, setStance] = useState<EvidenceStance>('supports');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = useMutation(
    trpc.evidence.add.mutationOptions({
      onSuccess: () => {
        setUrl('');
        setNote('');
        setError(null);
      },
      onError: (e) => setError(describeError(e)),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.evidence.list.queryKey(input) }),
    }),
  );

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (kind === 'url') {
      if (!/^https?:\/\/\S+$/.test(url.trim())) {
        setError('Enter an http or https link.');
        return;
      }
      add.mutate({ ...input, stance, note, source: { kind: 'url', url: url.trim() } });
    } else {
      const chosen = passages.find((p) => p.key === passage);
      if (!chosen) {
        setError('Choose a passage.');
        return;
      }
      add.mutate({ ...input, stance, note, source: { kind: 'document', documentId: chosen.documentId, spanStart: chosen.spanStart, spanEnd: chosen.spanEnd } });
    }
  }

  return (
    <div className="evidence">
      {list.isError ? <p className="field-error">Evidence could not be loaded: {describeError(list.error)}</p> : null}
      {list.data?.length === 0 ? <p className="muted">No evidence attached yet.</p> : null}
      <ul className="evidence-list">
        {list.data?.map((e) => (
          <li key={e.id}>
            <span className={`badge stance-${e.stance}`}>{STANCE_LABEL[e.stance]}</span>{' '}
            {e.url ? (
              <a href={e.url} target="_blank" rel="noreferrer noopener">
                {e.url}
              </a>
            ) : e.documentId ? (
              <Link href={`/cases/${caseId}/documents/${e.documentId}?from=${e.spanStart ?? 0}&to=${e.spanEnd ?? 0}`}>“{e.quote}”</Link>
            ) : null}
            {e.note ? <div className="small">{e.note}</div> : null}
            <div className="muted small">
              {e.addedByName ?? 'Command line'} · {formatTimestamp(e.addedAt)} UTC
            </div>
          </li>
        ))}
      </ul>
      <form className="stack evidence-form" onSubmit={onSubmit} noValidate>
        <fieldset className="row wrap plain">
          <legend>Add evidence</legend>
          <label className="check">
            <input type="radio" name="evidence-kind" checked={kind === 'url'} onChange={() => setKind('url')} /> Link
          </label>
          <label className="check">
            <input type="radio" name="evidence-kind" checked={kind === 'document'} onChange={() => setKind('document')} /> Passage of a case document
          </label>
        </fieldset>
        {kind === 'url' ? (
          <div className="field">
            <label htmlFor="evidence-url">Link</label>
            <input id="evidence-url" type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…" />
          </div>
        ) : (
          <div className="field">
            <label htmlFor="evidence-passage">Passage</label>
            <select id="evidence-passage" value={passage} onChange={(e) => setPassage(e.target.value)}>
              {passages.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="row wrap">
          <div className="field">
            <label htmlFor="evidence-stance">Stance</label>
            <select id="evidence-stance" value={stance} onChange={(e) => setStance(isOneOf(EVIDENCE_STANCES, e.target.value) ? e.target.value : 'context')}>
              {EVIDENCE_STANCES.map((s) => (
                <option key={s} value={s}>
                  {STANCE_LABEL[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="field grow">
            <label htmlFor="evidence-note">Note</label>
            <input id="evidence-note" type="text" value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
        </div>
        {error ? (
          <span className="field-error" role="alert">
            {error}
          </span>
        ) : null}
        <div>
          <button type="submit" className="button" disabled={add.isPending}>
            {add.isPending ? 'Adding…' : 'Add evidence'}
          </button>
        </div>
      </form>
    </div>
  );
}
