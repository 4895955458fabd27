'use client';

import { VERDICT_RATINGS, isOneOf, type VerdictRating } from '@claimdesk/claim-model';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useDraft } from '~/hooks/use-draft';
import { conflictCurrent, describeError, fieldErrors, isConflict } from '~/lib/errors';
import { useTRPC } from '~/trpc/react';

const RATING_LABEL: Record<VerdictRating, string> = {
  confirmed: 'Confirmed',
  conflicting: 'Conflicting (sources disagree)',
  false: 'False',
  misleading: 'Misleading',
  unverifiable: 'Unverifiable',
};
export { RATING_LABEL };

interface Props {
  disputeId: string;
  version: number;
  unit: string;
  defaultAsOf: string | null;
}

function bound(text: string): number | null {
  const clean = text.replace(/[,\s]/g, '');
  return clean === '' ? null : Number(clean);
}

/** The assignee proposes a verdict. Every field is a draft until sent: a conflict or a sign-out loses nothing. */
export function VerdictForm({ disputeId, version, unit, defaultAsOf }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const key = `verdict:${disputeId}`;
  const [rating, setRating] = useDraft(`${key}:rating`, 'confirmed');
  const [low, setLow] = useDraft(`${key}:low`);
  const [high, setHigh] = useDraft(`${key}:high`);
  const [asOf, setAsOf] = useDraft(`${key}:asof`, defaultAsOf ?? '');
  const [rationale, setRationale, clearRationale] = useDraft(`${key}:rationale`);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflictVersion, setConflictVersion] = useState<number | null>(null);
  const propose = useMutation(
    trpc.verdict.propose.mutationOptions({
      onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: trpc.dispute.byId.queryKey({ disputeId }) }), queryClient.invalidateQueries({ queryKey: trpc.dispute.list.pathKey() })]),
    }),
  );

  function submit(expectedVersion: number) {
    const next: Record<string, string> = {};
    const lo = bound(low);
    const hi = bound(high);
    if (lo !== null && !Number.isFinite(lo)) next.low = 'Enter a number, or leave empty for an open bound';
    if (hi !== null && !Number.isFinite(hi)) next.high = 'Enter a number, or leave empty for an open bound';
    if (lo !== null && hi !== null && lo > hi) next.low = 'The low bound cannot be above the high bound';
    if (rationale.trim().length < 10) next.rationale = 'Explain the verdict in at least 10 characters';
    setErrors(next);
    if (Object.keys(next).length || !isOneOf(VERDICT_RATINGS, rating)) return;
    setConflictVersion(null);
    propose.mutate(
      { itemType: 'dispute', itemId: disputeId, expectedVersion, rating, low: lo, high: hi, unit: unit || null, asOf: asOf || null, rationale },
      {
        onSuccess: () => {
          clearRationale();
          setLow('');
          setHigh('');
        },
        onError: (error) => {
          if (isConflict(error)) {
            const current = conflictCurrent(error);
            const v = typeof current === 'object' && current !== null && 'version' in current ? Number(current.version) : NaN;
            setConflictVersion(Number.isFinite(v) ? v : null);
          }
          setErrors({ ...fieldErrors(error), form: describeError(error) });
        },
      },
    );
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    submit(version);
  }

  return (
    <form className="verdict-form stack" onSubmit={onSubmit} noValidate aria-labelledby="propose-heading">
      <h3 id="propose-heading">Propose a verdict</h3>
      <div className="field">
        <label htmlFor="rating">Rating</label>
        <select id="rating" value={rating} onChange={(e) => setRating(e.target.value)}>
          {VERDICT_RATINGS.map((r) => (
            <option key={r} value={r}>
              {RATING_LABEL[r]}
            </option>
          ))}
        </select>
      </div>
      <div className="grid-3">
        <div className="field">
          <label htmlFor="low">Reconciled low ({unit})</label>
          <input id="low" type="text" inputMode="decimal" value={low} onChange={(e) => setLow(e.target.value)} aria-invalid={errors.low ? true : undefined} aria-describedby={errors.low ? 'low-error' : undefined} placeholder="open" />
          {errors.low ? <span id="low-error" className="field-error">{errors.low}</span> : null}
        </div>
        <div className="field">
          <label htmlFor="high">Reconciled high ({unit})</label>
          <input id="high" type="text" inputMode="decimal" value={high} onChange={(e) => setHigh(e.target.value)} aria-invalid={errors.high ? true : undefined} aria-describedby={errors.high ? 'high-error' : undefined} placeholder="open" />
          {errors.high ? <span id="high-error" className="field-error">{errors.high}</span> : null}
        </div>
        <div className="field">
          <label htmlFor="as-of">As of</label>
          <input id="as-of" type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
          {errors.asOf ? <span className="field-error">{errors.asOf}</span> : null}
        </div>
      </div>
      <div className="field">
        <label htmlFor="rationale">Rationale</label>
        <textarea id="rationale" value={rationale} onChange={(e) => setRationale(e.target.value)} aria-invalid={errors.rationale ? true : undefined} aria-describedby={errors.rationale ? 'rationale-error' : undefined} placeholder="Which sources, which is original, why this range" />
        {errors.rationale ? <span id="rationale-error" className="field-error">{errors.rationale}</span> : null}
      </div>
      {errors.form ? (
        <div className="alert error" role="alert">
          {errors.form}
          {conflictVersion !== null ? (
            <div className="row conflict-actions">
              <button type="button" className="button primary" onClick={() => submit(conflictVersion)}>
                Re-apply my verdict
              </button>
              <span className="muted small">Your text is kept either way.</span>
            </div>
          ) : null}
        </div>
      ) : null}
      <div>
        <button type="submit" className="button primary" disabled={propose.isPending}>
          {propose.isPending ? 'Proposing…' : 'Propose verdict'}
        </button>
      </div>
    </form>
  );
}
