'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { describeError, fieldErrors } from '~/lib/errors';
import { useTRPC } from '~/trpc/react';
import { LexiconEditor } from './lexicon-editor';

/** One case's members and settings: four eyes, staleness threshold, description, lexicon. Only admins add and remove members. */
export function CaseSettingsPanel({ cases, canAddMembers }: { cases: { id: string; name: string }[]; canAddMembers: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [caseId, setCaseId] = useState(cases[0]?.id ?? '');
  const theCase = useQuery({ ...trpc.case.byId.queryOptions({ caseId }), enabled: caseId !== '' });
  const members = useQuery({ ...trpc.case.members.queryOptions({ caseId }), enabled: caseId !== '' });
  // The account list is for admins; a lead sees the members but adds nobody here.
  const users = useQuery({ ...trpc.user.list.queryOptions(), enabled: canAddMembers });
  const [fourEyes, setFourEyes] = useState(false);
  const [stale, setStale] = useState('48');
  const [description, setDescription] = useState('');
  const [newMember, setNewMember] = useState('');
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    if (!theCase.data) return;
    setFourEyes(theCase.data.fourEyes);
    setStale(String(theCase.data.staleAfterHours));
    setDescription(theCase.data.description);
  }, [theCase.data]);

  const save = useMutation(
    trpc.case.updateSettings.mutationOptions({
      onSuccess: () => {
        setErrors({});
        setMessage({ kind: 'info', text: 'Settings saved.' });
      },
      onError: (e) => {
        setErrors(fieldErrors(e));
        setMessage({ kind: 'error', text: describeError(e) });
      },
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.case.byId.queryKey({ caseId }) }),
    }),
  );
  const addMember = useMutation(
    trpc.case.addMember.mutationOptions({
      onSuccess: () => setMessage({ kind: 'info', text: 'Member added.' }),
      onError: (e) => setMessage({ kind: 'error', text: describeError(e) }),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.case.members.queryKey({ caseId }) }),
    }),
  );

  const removeMember = useMutation(
    trpc.case.removeMember.mutationOptions({
      // Reversible (add them back), so no confirmation step; their open views of the case close at once.
      onSuccess: (_, input) => setMessage({ kind: 'info', text: `${members.data?.find((m) => m.id === input.userId)?.name ?? 'The member'} no longer has access to this case.` }),
      onError: (e) => setMessage({ kind: 'error', text: describeError(e) }),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.case.members.queryKey({ caseId }) }),
    }),
  );

  function onSave(event: FormEvent) {
    event.preventDefault();
    const hours = Number(stale);
    if (!Number.isInteger(hours) || hours < 1) {
      setErrors({ staleAfterHours: 'Enter a whole number of hours, at least 1' });
      return;
    }
    save.mutate({ caseId, fourEyes, staleAfterHours: hours, description });
  }

  const memberIds = new Set((members.data ?? []).map((m) => m.id));
  const candidates = (users.data ?? []).filter((u) => !memberIds.has(u.id) && !u.disabled);

  return (
    <section className="panel" aria-labelledby="case-settings-heading">
      <div className="panel-header">
        <h2 id="case-settings-heading">Case settings and membership</h2>
        <div className="row">
          <label htmlFor="settings-case">Case</label>
          <select id="settings-case" className="narrow-select" value={caseId} onChange={(e) => { setCaseId(e.target.value); setMessage(null); }}>
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="panel-body grid-2 settings-grid">
        <form className="stack" onSubmit={onSave} noValidate aria-label="Case settings">
          <label className="check">
            <input type="checkbox" checked={fourEyes} onChange={(e) => setFourEyes(e.target.checked)} /> Four eyes: a second reviewer must agree before a lead approves a verdict
          </label>
          <div className="field">
            <label htmlFor="stale-hours">Stale after (hours without activity)</label>
            <input id="stale-hours" type="number" min={1} value={stale} onChange={(e) => setStale(e.target.value)} aria-invalid={errors.staleAfterHours ? true : undefined} aria-describedby={errors.staleAfterHours ? 'stale-error' : undefined} />
            {errors.staleAfterHours ? (
              <span id="stale-error" className="field-error">
                {errors.staleAfterHours}
              </span>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor="case-description">Description</label>
            <textarea id="case-description" value={description} onChange={(e) => setDescription(e.target.value)} rows={3} />
          </div>
          <div>
            <button type="submit" className="button primary" disabled={save.isPending || caseId === ''}>
              {save.isPending ? 'Saving…' : 'Save settings'}
            </button>
          </div>
        </form>
        <div className="stack">
          <h3>Members</h3>
          <ul className="members">
            {members.data?.map((m) => (
              <li key={m.id} className="row">
                <span>{m.name}</span> <span className="muted small">{m.email} · {m.role}{m.disabled ? ' · disabled' : ''}</span>
                {canAddMembers ? (
                  <button type="button" className="button link small" aria-label={`Remove ${m.name} from this case`} disabled={removeMember.isPending} onClick={() => removeMember.mutate({ caseId, userId: m.id })}>
                    Remove
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
          {canAddMembers ? (
            <div className="row wrap">
              <label htmlFor="add-member">Add</label>
              <select id="add-member" className="narrow-select" value={newMember} onChange={(e) => setNewMember(e.target.value)}>
                <option value="">Choose a person…</option>
                {candidates.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name} ({u.email})
                  </option>
                ))}
              </select>
              <button type="button" className="button" disabled={!newMember || addMember.isPending} onClick={() => { addMember.mutate({ caseId, userId: newMember }); setNewMember(''); }}>
                Add member
              </button>
            </div>
          ) : null}
        </div>
      </div>
      {caseId !== '' && theCase.data ? (
        <div className="panel-body lexicon-section">
          <LexiconEditor caseId={caseId} current={theCase.data.lexiconOverride ?? null} />
        </div>
      ) : null}
      {message ? (
        <p className={`alert ${message.kind} inline-alert settings-message`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
