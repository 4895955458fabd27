'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { describeError } from '~/lib/errors';
import { STATUS_LABEL, formatInterval, humanise } from '~/lib/format';
import { useTRPC } from '~/trpc/react';
import { locateSentences, segmentText, type Highlight } from './segments';

/** The article exactly as imported, with every claim's sentence marked by its workflow status; a click shows the claim. */
export function DocumentReader({ caseId, documentId, text, meta }: { caseId: string; documentId: string; text: string; meta: ReactNode }) {
  const trpc = useTRPC();
  const params = useSearchParams();
  const claims = useQuery(trpc.claim.list.queryOptions({ caseId, documentId, limit: 100 }));
  const [selected, setSelected] = useState<string | null>(params.get('claim'));
  const detail = useQuery({ ...trpc.claim.byId.queryOptions({ claimId: selected ?? '' }), enabled: selected !== null });

  const highlights = useMemo(() => {
    const items = claims.data?.items ?? [];
    const spans = locateSentences(text, items);
    const bySpan = new Map<string, Highlight>();
    for (const c of items) {
      const span = spans.get(c.id);
      if (!span) continue;
      const key = `${span.start}:${span.end}`;
      const existing = bySpan.get(key);
      if (existing) existing.ids?.push(c.id);
      else bySpan.set(key, { ...span, id: c.id, ids: [c.id], className: `claim-mark st-${c.status}` });
    }
    const out: Highlight[] = [...bySpan.values()];
    const from = Number(params.get('from'));
    const to = Number(params.get('to'));
    if (Number.isInteger(from) && Number.isInteger(to) && to > from) out.push({ start: from, end: to, id: 'passage', className: 'passage-mark' });
    return out;
  }, [claims.data, text, params]);
  const segments = useMemo(() => segmentText(text, highlights), [text, highlights]);

  useEffect(() => {
    const wanted = params.get('claim');
    const target = wanted ? document.querySelector<HTMLElement>(`mark[data-claims~="${CSS.escape(wanted)}"]`) : document.getElementById('claim-passage');
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }, [segments, params]);

  const byId = new Map((claims.data?.items ?? []).map((c) => [c.id, c]));
  const chosen = selected ? byId.get(selected) : undefined;
  const siblings = (selected ? highlights.find((h) => h.ids?.includes(selected))?.ids : undefined)?.filter((id) => id !== selected) ?? [];

  return (
    <div className="grid-2">
      <article className="panel panel-body">
        {claims.isError ? <p className="field-error">Claims could not be loaded: {describeError(claims.error)}</p> : null}
        <div className="reader" data-testid="document-text">
          {segments.map((s, i) =>
            s.highlight ? (
              s.highlight.id === 'passage' ? (
                <mark key={i} id="claim-passage" tabIndex={-1} className={s.highlight.className}>
                  {s.text}
                </mark>
              ) : (
                // The mark itself is the button: a <button> inside would lay out as one atomic box and lose the
                // highlight on every line but the last.
                <mark
                  key={i}
                  id={`claim-${s.highlight.id}`}
                  data-claims={s.highlight.ids?.join(' ')}
                  role="button"
                  tabIndex={0}
                  aria-pressed={selected !== null && (s.highlight.ids?.includes(selected) ?? false)}
                  className={`${s.highlight.className}${selected !== null && s.highlight.ids?.includes(selected) ? ' chosen' : ''}`}
                  onClick={() => setSelected(s.highlight?.id ?? null)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter' || event.key === ' ') {
                      event.preventDefault();
                      setSelected(s.highlight?.id ?? null);
                    }
                  }}
                >
                  {s.text}
                </mark>
              )
            ) : (
              s.text
            ),
          )}
        </div>
      </article>
      <aside className="stack reader-aside">
        <div className="panel panel-body">
          <h2>Claims in this article</h2>
          <p className="small muted">{claims.isPending ? 'Loading…' : `${claims.data?.items.length ?? 0} claims; click a marked sentence to see one.`}</p>
          <ul className="legend small">
            <li><span className="claim-mark st-new">new</span></li>
            <li><span className="claim-mark st-in_review">in review</span></li>
            <li><span className="claim-mark st-resolved">resolved</span></li>
            <li><span className="claim-mark st-dismissed">dismissed</span></li>
          </ul>
        </div>
        {chosen ? (
          <div className="panel panel-body stack" aria-live="polite" data-testid="claim-detail">
            <h2>{chosen.metric ? humanise(chosen.metric) : humanise(chosen.kind)}</h2>
            <dl className="meta-list">
              <dt>Status</dt>
              <dd>{STATUS_LABEL[chosen.status]}</dd>
              {chosen.low !== null || chosen.high !== null ? (
                <>
                  <dt>Figure</dt>
                  <dd>
                    {formatInterval({ low: chosen.low, high: chosen.high })} {chosen.unit ?? ''}
                  </dd>
                </>
              ) : null}
              <dt>Source</dt>
              <dd>{chosen.originalSource ?? chosen.outlet}</dd>
              <dt>As of</dt>
              <dd>{chosen.asOf ?? '—'}</dd>
            </dl>
            {siblings.length ? (
              <div className="small">
                Same sentence:{' '}
                {siblings.map((id) => (
                  <button key={id} type="button" className="button link" onClick={() => setSelected(id)}>
                    {humanise(byId.get(id)?.metric ?? byId.get(id)?.kind)} {formatInterval({ low: byId.get(id)?.low ?? null, high: byId.get(id)?.high ?? null })}
                  </button>
                ))}
              </div>
            ) : null}
            {detail.data?.disputeIds?.length ? (
              detail.data.disputeIds.map((id) => (
                <Link key={id} href={`/cases/${caseId}/disputes/${id}`} className="button primary">
                  Open its dispute
                </Link>
              ))
            ) : detail.isPending ? null : (
              <p className="muted small">This claim is not part of a dispute.</p>
            )}
          </div>
        ) : null}
        <div className="panel panel-body">{meta}</div>
      </aside>
    </div>
  );
}
