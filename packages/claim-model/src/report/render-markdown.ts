import { formatDate, formatNumber } from './format';
import type { KeyFigure, OpenDispute, Report, SourceClaim } from './report-schema';
import { RELATION_LABELS, STATUS_LABELS, UNVERIFIED_LABELS, chainText, plural } from './text-labels';

/** The report as CommonMark with GFM tables. Deterministic: the same report gives the same bytes. */
export function renderMarkdown(report: Report): string {
  const out: string[] = [];
  header(report, out);
  out.push('## Key figures', '');
  if (report.keyFigures.length === 0) out.push('_No dispute had an approved verdict at this moment._', '');
  report.keyFigures.forEach((k, i) => keyFigure(k, i + 1, out));
  if (report.options.includeOpen) {
    out.push('## Still disputed', '');
    if (report.stillDisputed.length === 0) out.push('_No open disputes._', '');
    report.stillDisputed.forEach((d, i) => openDispute(d, i + 1, out));
  }
  unverified(report, out);
  timeline(report, out);
  methodology(report, out);
  reviewers(report, out);
  out.push('---', '', `_Claimdesk verified summary report, schema version ${report.schemaVersion}._`, '');
  return out.join('\n');
}

const MARKUP = /[\\`*_[\]{}<>#|!~&]|[^\S ]| {2}|^[\d+=-]/;

/** Backslash-escapes what Markdown would otherwise read as markup, and keeps text on one line. */
export function md(text: string): string {
  // Most text needs no escaping; testing once is much cheaper than four replacements (large reports).
  if (!MARKUP.test(text)) return text;
  return text
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_[\]{}<>#|!~&])/g, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+=])/, '\\$1');
}

function link(text: string, url: string | null): string {
  return url === null ? md(text) : `[${md(text)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function header(report: Report, out: string[]): void {
  const c = report.header.counts;
  out.push(`# Verified summary report: ${md(report.case.name)}`, '');
  out.push(`**As of:** ${formatDate(report.asOf)}  `);
  out.push(
    `**Approved by:** ${report.header.approvers.length > 0 ? report.header.approvers.map(md).join(', ') : 'no approvals yet'}  `,
  );
  if (report.options.metrics) out.push(`**Metrics:** ${report.options.metrics.map(md).join(', ')}  `);
  if (!report.options.includeOpen) out.push('**Open disputes:** left out of this edition  ');
  out.push('');
  out.push(row(['Documents', 'Claims', 'Disputes', 'Key figures', 'Still disputed', 'Unverified']));
  out.push(row(['---:', '---:', '---:', '---:', '---:', '---:']));
  out.push(
    row([c.documents, c.claims, c.disputes, c.keyFigures, c.stillDisputed, c.unverified].map(formatNumber)),
  );
  out.push('');
  if (c.disputesByStatus.length > 0) {
    out.push(
      `Disputes by status: ${c.disputesByStatus.map((s) => `${STATUS_LABELS[s.status]} ${formatNumber(s.count)}`).join(' · ')}.`,
      '',
    );
  }
}

function relations(relationsList: KeyFigure['relations'], out: string[]): void {
  for (const r of relationsList) out.push(`- **${RELATION_LABELS[r.kind]}:** ${md(r.reason)}`);
  if (relationsList.length > 0) out.push('');
}

function sources(list: readonly SourceClaim[], out: string[]): void {
  list.forEach((s, i) => {
    const figure = s.figureText === null ? '' : ` — “${md(s.figureText)}”`;
    const hedged = s.hedges.length > 0 ? ` _(hedged: ${s.hedges.map(md).join(', ')})_` : '';
    out.push(
      `${i + 1}. **${md(s.originalSource)}**${figure}, ${link(s.outlet, s.url)}, ${formatDate(s.publishedDate)}${hedged}  `,
    );
    out.push(`   Attribution: ${md(chainText(s))}  `);
    out.push(`   > ${md(s.quote)}`);
    out.push('');
  });
}

function keyFigure(k: KeyFigure, n: number, out: string[]): void {
  out.push(`### ${n}. ${md(k.title)}`, '');
  const asOf = k.valueAsOf === null ? '' : ` as of ${formatDate(k.valueAsOf)}`;
  out.push(`**Verdict: ${k.ratingLabel} — ${md(k.valueText)}**${asOf}  `);
  out.push(
    `${plural(k.independentSourceCount, 'independent source')} · ${plural(k.sources.length, 'source claim')} · proposed by ${md(k.proposedBy)}, approved by ${md(k.approvedBy)} on ${formatDate(k.approvedAt)}`,
    '',
  );
  if (k.rationale.trim() !== '') out.push(md(k.rationale), '');
  if (k.votes.length > 0)
    out.push(
      `Second reviewers: ${k.votes.map((v) => `${md(v.reviewer)} (${v.agrees ? 'agrees' : 'disagrees'})`).join(', ')}.`,
      '',
    );
  relations(k.relations, out);
  out.push('**Sources**', '');
  sources(k.sources, out);
}

function openDispute(d: OpenDispute, n: number, out: string[]): void {
  out.push(`### ${n}. ${md(d.title)}`, '');
  const previous = d.previousRating === null ? '' : ` · reopened after a "${d.previousRating}" verdict`;
  out.push(
    `Status: ${STATUS_LABELS[d.status]} · ${plural(d.independentSourceCount, 'independent source')}${previous}`,
    '',
  );
  relations(d.relations, out);
  out.push(row(['Value', 'As written', 'Given by', 'Via']), row(['---', '---', '---', '---']));
  for (const v of d.values) {
    out.push(
      row([
        md(v.valueText),
        v.figureTexts.map((t) => `“${md(t)}”`).join(', '),
        v.givenBy.map((g) => md(g.originalSource)).join('; '),
        v.givenBy.map((g) => (g.via.length > 0 ? g.via.map(md).join(', ') : '—')).join('; '),
      ]),
    );
  }
  out.push('', '**Sources**', '');
  sources(d.sources, out);
}

function unverified(report: Report, out: string[]): void {
  out.push('## Unverified', '');
  if (report.unverified.length === 0) {
    out.push('_No single-source or hedged figures of note._', '');
    return;
  }
  out.push(
    'Figures that rest on one original source or that the source itself hedges. Do not present them as established.',
    '',
  );
  out.push(row(['Figure', 'Measure', 'Why', 'Original source', 'Outlet', 'Date', 'Sentence']));
  out.push(row(['---', '---', '---', '---', '---', '---', '---']));
  for (const u of report.unverified) {
    const s = u.source;
    out.push(
      row([
        md(s.figureText ?? ''),
        md(u.metricLabel ?? '—'),
        u.reasons.map((r) => UNVERIFIED_LABELS[r]).join(', '),
        md(s.originalSource),
        link(s.outlet, s.url),
        formatDate(s.publishedDate),
        md(s.quote),
      ]),
    );
  }
  out.push('');
}

function timeline(report: Report, out: string[]): void {
  out.push('## Figures over time', '');
  if (report.timeline.length === 0) out.push('_No dated figures._', '');
  for (const m of report.timeline) {
    out.push(`### ${md(m.metricLabel)}`, '');
    out.push(row(['Date', 'Series', 'Value', 'Source']), row(['---', '---', '---', '---']));
    for (const s of m.series) {
      for (const p of s.points) {
        const value = p.kind === 'verdict' ? `**${md(p.valueText)}** (verdict)` : md(p.valueText);
        out.push(row([formatDate(p.date), md(s.label), value, md(p.source)]));
      }
    }
    out.push('');
    if (m.omittedSeries > 0)
      out.push(`_${plural(m.omittedSeries, 'less severe dispute')} of this measure not shown._`, '');
  }
}

function methodology(report: Report, out: string[]): void {
  const m = report.methodology;
  out.push('## Methodology', '');
  for (const p of m.paragraphs) out.push(md(p), '');
  out.push(row(['Written', 'Counted as']), row(['---', '---']));
  for (const i of m.intervals) out.push(row([md(i.written), md(i.interval)]));
  out.push('', '**How values relate**', '');
  for (const r of m.relations) out.push(`- **${RELATION_LABELS[r.kind]}:** ${md(r.meaning)}`);
  out.push('', '**Verdict ratings**', '');
  for (const r of m.ratings) out.push(`- **${r.label}:** ${md(r.meaning)}`);
  out.push('');
}

function reviewers(report: Report, out: string[]): void {
  out.push('## Reviewers and approvals', '');
  if (report.reviewers.length > 0) {
    out.push(row(['Reviewer', 'Role', 'Verdicts proposed', 'Verdicts approved', 'Votes']));
    out.push(row(['---', '---', '---:', '---:', '---:']));
    for (const r of report.reviewers)
      out.push(row([md(r.name), md(r.role), String(r.proposed), String(r.approved), String(r.votes)]));
    out.push('');
  }
  if (report.approvals.length > 0) {
    out.push(
      row(['Dispute', 'Verdict', 'Proposed by', 'Approved by', 'Approved on']),
      row(['---', '---', '---', '---', '---']),
    );
    for (const a of report.approvals) {
      out.push(row([md(a.title), a.rating, md(a.proposedBy), md(a.approvedBy), formatDate(a.approvedAt)]));
    }
    out.push('');
  }
}
