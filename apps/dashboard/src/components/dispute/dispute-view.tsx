'use client';

import { useQuery } from '@tanstack/react-query';
import { readAnalysis, readClaimPayload, sourceColours } from '~/lib/analysis';
import { RELATION_LABEL, STATUS_LABEL, formatDateRange, formatInterval, humanise } from '~/lib/format';
import { useLiveHighlights } from '~/components/live/live-context';
import { useTRPC } from '~/trpc/react';
import type { DisputeDetail } from '~/trpc/types';
import { Discussion } from './discussion';
import { EvidencePanel } from './evidence-panel';
import { HistoryPanel } from './history-panel';
import { NumberLine, type LineValue } from './number-line';
import { PresenceBar } from './presence-bar';
import { SourceTable, type SourceRow } from './source-table';
import { ValueTimeline, type TimedValue } from './value-timeline';
import { VerdictForm } from './verdict-form';
import { VerdictList } from './verdict-list';
import { WorkflowActions, type Viewer } from './workflow-actions';

interface Props {
  caseId: string;
  disputeId: string;
  initial: DisputeDetail;
  viewer: Viewer;
  fourEyes: boolean;
}

/** The heart of the review: the figures, their sources, the relation, the discussion and the verdict. */
export function DisputeView({ caseId, disputeId, initial, viewer, fourEyes }: Props) {
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.dispute.byId.queryOptions({ disputeId }), initialData: initial });
  const members = useQuery(trpc.case.members.queryOptions({ caseId }));
  const live = useLiveHighlights();
  const d = query.data;
  const analysis = readAnalysis(d.analysis);
  const people = members.data ?? [];
  const names = new Map(people.map((m) => [m.id, m.name]));

  const colourOf = sourceColours((analysis?.independentSources ?? []).map((s) => s.source));
  const sourceOfClaim = new Map<string, string>();
  for (const s of analysis?.independentSources ?? []) for (const id of s.claimIds) sourceOfClaim.set(id, s.source);

  const rows: SourceRow[] = (d.claims ?? []).map((c) => {
    const source = sourceOfClaim.get(c.id) ?? c.originalSource ?? c.outlet;
    return { id: c.id, documentId: c.documentId, outlet: c.outlet, documentTitle: c.documentTitle, publishedDate: c.publishedDate, asOf: c.asOf, spanStart: c.spanStart, text: c.text, low: c.low, high: c.high, payload: readClaimPayload(c.payload), colour: colourOf.get(source) ?? '#555', source };
  });
  const lineValues: LineValue[] = rows.map((r) => ({ id: r.id, label: r.source === r.outlet ? r.outlet : `${r.outlet} ← ${r.source}`, written: r.payload?.figure?.text ?? formatInterval({ low: r.low, high: r.high }), interval: { low: r.low, high: r.high }, colour: r.colour, source: r.source }));
  const timed: TimedValue[] = lineValues.flatMap((v, i) => {
    const asOf = rows[i]?.asOf;
    return asOf ? [{ ...v, asOf }] : [];
  });
  const unit = analysis?.unit ?? rows[0]?.payload?.figure?.unit ?? 'count';
  const status = d.status ?? 'new';
  const isAssignee = d.assigneeId === viewer.id;
  const hasProposal = (d.verdicts ?? []).some((v) => v.state === 'proposed');
  const passages = rows.map((r) => ({ key: r.id, documentId: r.documentId, spanStart: r.spanStart, spanEnd: r.spanStart + r.text.length, label: `${r.outlet}: ${r.text.length > 90 ? `${r.text.slice(0, 89)}…` : r.text}` }));

  return (
    <div className="dispute">
      <div className={`page-header dispute-header ${live.has(disputeId) ? 'live-flash' : ''}`} data-testid="dispute-header">
        <div>
          <h1>
            {humanise(d.metric)}
            {d.subject ? ` · ${humanise(d.subject)}` : ''}
            {d.place ? ` · ${humanise(d.place)}` : ''}
          </h1>
          <div className="row wrap meta-row">
            <span className={`badge status s-${status}`}>{STATUS_LABEL[status]}</span>
            {(analysis?.relations ?? []).map((r) => (
              <span key={r.kind} className={`badge ${r.kind}`}>
                {RELATION_LABEL[r.kind]}
              </span>
            ))}
            <span className="muted small">severity {Math.round(d.severity ?? 0)}</span>
            <span className="muted small">as of {formatDateRange(d.asOfFrom, d.asOfTo)}</span>
            <span className="muted small">assignee: {d.assigneeName ?? 'nobody'}</span>
            {d.newEvidence ? <span className="badge conflict">New evidence since the verdict</span> : null}
          </div>
        </div>
        <PresenceBar caseId={caseId} disputeId={disputeId} myId={viewer.id} />
      </div>

      <WorkflowActions item={{ id: disputeId, status, assigneeId: d.assigneeId ?? null, version: d.version ?? 1 }} viewer={viewer} members={people} />

      <div className="dispute-grid">
        <div className="stack">
          <section className="panel" aria-labelledby="figures-heading">
            <div className="panel-header">
              <h2 id="figures-heading">The figures</h2>
              <span className="muted small">{analysis?.valueSummary.text}</span>
            </div>
            <div className="panel-body">
              <NumberLine values={lineValues} unit={unit} />
              <h3 className="chart-heading">Over time (by as-of date)</h3>
              <ValueTimeline values={timed} unit={unit} />
            </div>
          </section>

          <section className="panel" aria-labelledby="sources-heading">
            <div className="panel-header">
              <h2 id="sources-heading">Sources</h2>
              <span className="muted small">
                {rows.length} reports, {analysis?.independentSources.length ?? d.independentSourceCount} independent source{(analysis?.independentSources.length ?? d.independentSourceCount) === 1 ? '' : 's'}
              </span>
            </div>
            <SourceTable caseId={caseId} rows={rows} />
          </section>

          <section className="panel" aria-labelledby="discussion-heading">
            <div className="panel-header">
              <h2 id="discussion-heading">Discussion</h2>
            </div>
            <div className="panel-body">
              <Discussion disputeId={disputeId} people={people} />
            </div>
          </section>
        </div>

        <div className="stack">
          <section className="panel" aria-labelledby="relations-heading">
            <div className="panel-header">
              <h2 id="relations-heading">Why this is a dispute</h2>
            </div>
            <div className="panel-body stack">
              <ul className="relations">
                {(analysis?.relations ?? []).map((r) => (
                  <li key={r.kind}>
                    <span className={`badge ${r.kind}`}>{RELATION_LABEL[r.kind]}</span> {r.reason}
                  </li>
                ))}
              </ul>
              <div>
                <h3>Independence</h3>
                <p className="small">
                  {rows.length} report{rows.length === 1 ? '' : 's'}, {analysis?.independentSources.length ?? d.independentSourceCount} independent source{(analysis?.independentSources.length ?? 0) === 1 ? '' : 's'}.
                </p>
                <ul className="independence">
                  {(analysis?.independentSources ?? []).map((s) => (
                    <li key={s.source}>
                      <span className="swatch" style={{ background: colourOf.get(s.source) }} aria-hidden="true" />
                      <strong>{s.source}</strong> <span className="muted small">({humanise(s.kind)})</span>
                      {s.relayedBy.length ? <span className="small"> — relayed by {s.relayedBy.join(', ')}</span> : null}
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          </section>

          <section className="panel" aria-labelledby="verdict-heading">
            <div className="panel-header">
              <h2 id="verdict-heading">Verdict</h2>
              {fourEyes ? <span className="badge status">Four eyes required</span> : null}
            </div>
            <div className="panel-body stack">
              <VerdictList disputeId={disputeId} verdicts={d.verdicts ?? []} viewer={viewer} fourEyes={fourEyes} names={names} />
              {isAssignee && status === 'in_review' && !hasProposal ? <VerdictForm disputeId={disputeId} version={d.version ?? 1} unit={unit} defaultAsOf={d.asOfTo ?? null} /> : null}
              {!isAssignee && status === 'in_review' ? <p className="muted small">Only the assignee ({d.assigneeName ?? 'nobody'}) proposes the verdict.</p> : null}
            </div>
          </section>

          <section className="panel" aria-labelledby="evidence-heading">
            <div className="panel-header">
              <h2 id="evidence-heading">Evidence</h2>
            </div>
            <div className="panel-body">
              <EvidencePanel caseId={caseId} disputeId={disputeId} passages={passages} />
            </div>
          </section>

          <section className="panel" aria-labelledby="history-heading">
            <div className="panel-header">
              <h2 id="history-heading">History</h2>
            </div>
            <div className="panel-body">
              <HistoryPanel caseId={caseId} disputeId={disputeId} />
            </div>
          </section>
        </div>
      </div>
    </div>
  );
}
