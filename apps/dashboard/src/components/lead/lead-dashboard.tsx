'use client';

import { WORKFLOW_STATUSES } from '@claimdesk/claim-model';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { describeError } from '~/lib/errors';
import { STATUS_LABEL, formatAgo, humanise } from '~/lib/format';
import { useTRPC } from '~/trpc/react';
import { burnDown, daysBetween, throughputByDay } from './burn-down';

const COLOURS = { open: '#1f4fbf', resolved: '#1d6b3a', proposed: '#8a5a00', dismissed: '#5f6874', high: '#b42318', medium: '#c2410c', low: '#8a5a00' };
const DAYS = 30;

function hours(ms: number | null): string {
  if (ms === null) return '—';
  const h = ms / 3_600_000;
  return h < 1 ? `${Math.round(ms / 60_000)} min` : h < 48 ? `${h.toFixed(1)} h` : `${(h / 24).toFixed(1)} d`;
}

function Chart({ title, summary, children }: { title: string; summary: string; children: React.ReactElement }) {
  return (
    <section className="panel chart-panel" aria-label={title}>
      <div className="panel-header">
        <h2>{title}</h2>
        <span className="muted small">{summary}</span>
      </div>
      <div className="panel-body chart-body">
        <ResponsiveContainer width="100%" height={220}>
          {children}
        </ResponsiveContainer>
      </div>
    </section>
  );
}

/** Progress of a case for its leads: every chart shows its numbers on hover, and the lists link to the work. */
export function LeadDashboard({ caseId }: { caseId: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.dashboard.get.queryOptions({ caseId }));
  if (query.isPending) return <p className="muted">Loading the dashboard…</p>;
  if (query.isError) return <p className="alert error">The dashboard could not be loaded: {describeError(query.error)}</p>;
  const d = query.data;
  const statusRows = WORKFLOW_STATUSES.map((s) => ({ status: STATUS_LABEL[s], disputes: d.disputesByStatus[s], claims: d.claimsByStatus[s] }));
  const total = WORKFLOW_STATUSES.reduce((n, s) => n + d.disputesByStatus[s], 0);
  const openNow = total - d.disputesByStatus.resolved - d.disputesByStatus.dismissed;
  const today = new Date().toISOString().slice(0, 10);
  const days = daysBetween(new Date(Date.now() - (DAYS - 1) * 86_400_000).toISOString().slice(0, 10), today);
  const burn = burnDown(d.throughput, openNow, days).map((r) => ({ ...r, day: r.day.slice(5) }));
  const perDay = throughputByDay(d.throughput, days).map((r) => ({ ...r, day: r.day.slice(5) }));
  const conflicts = [
    { severity: 'High', open: d.openConflictsBySeverity.high },
    { severity: 'Medium', open: d.openConflictsBySeverity.medium },
    { severity: 'Low', open: d.openConflictsBySeverity.low },
  ];
  const workload = d.reviewers.map((r) => ({ name: r.name || 'Unknown', open: r.open, resolved: r.resolved }));

  return (
    <div className="stack">
      <div className="kpis">
        <div className="kpi panel"><span className="kpi-n">{total}</span><span className="muted small">disputes</span></div>
        <div className="kpi panel"><span className="kpi-n">{openNow}</span><span className="muted small">open</span></div>
        <div className="kpi panel"><span className="kpi-n">{d.disputesByStatus.verdict_proposed}</span><span className="muted small">awaiting approval</span></div>
        <div className="kpi panel"><span className="kpi-n">{d.disputesByStatus.resolved}</span><span className="muted small">resolved</span></div>
        <div className="kpi panel"><span className="kpi-n">{d.stale.count}</span><span className="muted small">stale (&gt; {d.stale.afterHours} h)</span></div>
      </div>
      <div className="chart-grid">
        <Chart title="Status breakdown" summary={`${total} disputes, ${WORKFLOW_STATUSES.reduce((n, s) => n + d.claimsByStatus[s], 0)} claims`}>
          <BarChart data={statusRows} layout="vertical" margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="status" width={110} tick={{ fontSize: 12 }} interval={0} />
            <Tooltip />
            <Bar dataKey="disputes" name="Disputes" fill={COLOURS.open} />
          </BarChart>
        </Chart>
        <Chart title="Burn-down" summary={`open disputes, last ${DAYS} days`}>
          <LineChart data={burn} margin={{ right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" tick={{ fontSize: 11 }} interval={4} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Line type="stepAfter" dataKey="open" name="Open disputes" stroke={COLOURS.open} strokeWidth={2} dot={false} />
          </LineChart>
        </Chart>
        <Chart title="Reviewer workload" summary={`${d.reviewers.length} ${d.reviewers.length === 1 ? 'reviewer' : 'reviewers'} with work`}>
          <BarChart data={workload} margin={{ right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="open" name="Open" stackId="w" fill={COLOURS.open} />
            <Bar dataKey="resolved" name="Resolved" stackId="w" fill={COLOURS.resolved} />
          </BarChart>
        </Chart>
        <Chart title="Open conflicts by severity" summary={`${conflicts.reduce((n, c) => n + c.open, 0)} open conflicts`}>
          <BarChart data={conflicts} margin={{ right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="severity" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="open" name="Open conflicts" fill={COLOURS.high} />
          </BarChart>
        </Chart>
        <Chart title="Throughput per day" summary={`last ${DAYS} days`}>
          <BarChart data={perDay} margin={{ right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" tick={{ fontSize: 11 }} interval={4} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="resolved" name="Resolved" stackId="t" fill={COLOURS.resolved} />
            <Bar dataKey="verdict_proposed" name="Verdict proposed" stackId="t" fill={COLOURS.proposed} />
            <Bar dataKey="dismissed" name="Dismissed" stackId="t" fill={COLOURS.dismissed} />
          </BarChart>
        </Chart>
        <section className="panel" aria-labelledby="reviewers-heading">
          <div className="panel-header">
            <h2 id="reviewers-heading">Time to verdict</h2>
            <span className="muted small">median, assignment → proposal</span>
          </div>
          {d.reviewers.length === 0 ? (
            <p className="empty">No work assigned yet.</p>
          ) : (
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Reviewer</th>
                  <th scope="col" className="num">Open</th>
                  <th scope="col" className="num">Resolved</th>
                  <th scope="col" className="num">Median to verdict</th>
                </tr>
              </thead>
              <tbody>
                {d.reviewers.map((r) => (
                  <tr key={r.userId}>
                    <td>{r.name}</td>
                    <td className="num">{r.open}</td>
                    <td className="num">{r.resolved}</td>
                    <td className="num">{hours(r.medianMsToVerdict)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
      <section className="panel" aria-labelledby="stale-heading">
        <div className="panel-header">
          <h2 id="stale-heading">Stale disputes</h2>
          <span className="muted small">no activity for {d.stale.afterHours} hours · {d.stale.count} in all</span>
        </div>
        {d.stale.oldest.length === 0 ? (
          <p className="empty">Nothing is stale.</p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Dispute</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">Severity</th>
                <th scope="col">Last activity</th>
              </tr>
            </thead>
            <tbody>
              {d.stale.oldest.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link href={`/cases/${caseId}/disputes/${s.id}`}>
                      {humanise(s.metric)}
                      {s.subject ? ` · ${humanise(s.subject)}` : ''}
                    </Link>
                  </td>
                  <td>{STATUS_LABEL[s.status]}</td>
                  <td className="num">{Math.round(s.severity)}</td>
                  <td>{formatAgo(s.lastActivityAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
