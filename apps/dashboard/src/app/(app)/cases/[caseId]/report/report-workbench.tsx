'use client';

import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import type { ReportFormat } from '@claimdesk/claim-model/report';
import { describeError } from '~/lib/errors';
import { useTRPC } from '~/trpc/react';
import { downloadFile, downloadPdf } from './download-file';

interface Props {
  caseId: string;
  canExport: boolean;
  metrics: { id: string; label: string }[];
}

const DOWNLOADS: { format: ReportFormat; label: string; hint: string }[] = [
  { format: 'pdf', label: 'PDF', hint: 'print-ready, paginated' },
  { format: 'html', label: 'HTML', hint: 'self-contained page' },
  { format: 'md', label: 'Markdown', hint: 'for editors and wikis' },
  { format: 'csv', label: 'CSV', hint: 'one row per source claim' },
  { format: 'json', label: 'JSON', hint: 'versioned schema' },
  { format: 'claimreview', label: 'ClaimReview', hint: 'schema.org JSON-LD' },
];

/** "2022-01-09T18:00" typed in local time → an ISO moment; empty means now. */
function toIso(local: string): string | undefined {
  if (local === '') return undefined;
  const ms = Date.parse(local);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** Options on the left, the report as it will be published on the right, downloads for leads. */
export function ReportWorkbench({ caseId, canExport, metrics }: Props) {
  const trpc = useTRPC();
  const [asOfLocal, setAsOfLocal] = useState('');
  const [includeOpen, setIncludeOpen] = useState(true);
  const [chosen, setChosen] = useState<string[]>([]);
  const options = {
    caseId,
    asOf: toIso(asOfLocal),
    includeOpen,
    metrics: chosen.length > 0 ? chosen : undefined,
  };
  // Typing a date should not refetch on every keystroke.
  const deferred = useDeferredValue(options);
  const preview = useQuery({
    ...trpc.report.preview.queryOptions({ ...deferred, format: 'html' }),
    placeholderData: keepPreviousData,
  });
  const exportFile = useMutation(trpc.report.export.mutationOptions());
  const [pending, setPending] = useState<ReportFormat | null>(null);
  const [pdfError, setPdfError] = useState<string | null>(null);

  function download(format: ReportFormat) {
    setPending(format);
    setPdfError(null);
    if (format === 'pdf') {
      // The PDF streams from its own route: a large case never travels as one base64 string.
      const query = new URLSearchParams();
      if (options.asOf) query.set('asOf', options.asOf);
      if (!options.includeOpen) query.set('includeOpen', 'false');
      for (const metric of options.metrics ?? []) query.append('metric', metric);
      downloadPdf(`/cases/${encodeURIComponent(caseId)}/report/pdf?${query.toString()}`)
        .catch((error: unknown) => setPdfError(error instanceof Error ? error.message : String(error)))
        .finally(() => setPending(null));
      return;
    }
    exportFile.mutate(
      {
        ...options,
        format,
        reportUrl: `${window.location.origin}/cases/${encodeURIComponent(caseId)}/report`,
      },
      { onSuccess: (file) => downloadFile(file), onSettled: () => setPending(null) },
    );
  }

  // Links in the report open in a new tab; the sandbox runs no script and gives the page no access to ours.
  const srcDoc = preview.data?.content.replace('<head>', '<head><base target="_blank">');

  return (
    <div className="report-layout">
      <aside className="stack">
        <section className="panel" aria-labelledby="report-options">
          <div className="panel-header">
            <h2 id="report-options" style={{ margin: 0, fontSize: 14 }}>
              Options
            </h2>
          </div>
          <div className="panel-body stack">
            <div className="field">
              <label htmlFor="report-as-of">As of</label>
              <input
                id="report-as-of"
                type="datetime-local"
                value={asOfLocal}
                onChange={(e) => setAsOfLocal(e.target.value)}
              />
              <span className="muted small">Empty: now. Verdicts approved later do not count.</span>
            </div>
            <label className="check">
              <input
                type="checkbox"
                checked={includeOpen}
                onChange={(e) => setIncludeOpen(e.target.checked)}
              />
              Include disputes still open
            </label>
            <fieldset className="field" style={{ border: 0, padding: 0, margin: 0 }}>
              <legend>Metrics</legend>
              <span className="muted small">None ticked: every metric.</span>
              <div
                style={{
                  maxHeight: 220,
                  overflow: 'auto',
                  border: '1px solid var(--border)',
                  borderRadius: 'var(--radius)',
                  padding: 4,
                }}
              >
                {metrics.map((m) => (
                  <label key={m.id} className="check">
                    <input
                      type="checkbox"
                      checked={chosen.includes(m.id)}
                      onChange={(e) =>
                        setChosen(e.target.checked ? [...chosen, m.id] : chosen.filter((id) => id !== m.id))
                      }
                    />
                    {m.label}
                  </label>
                ))}
              </div>
            </fieldset>
          </div>
        </section>
        <section className="panel" aria-labelledby="report-downloads">
          <div className="panel-header">
            <h2 id="report-downloads" style={{ margin: 0, fontSize: 14 }}>
              Download
            </h2>
          </div>
          <div className="panel-body stack" style={{ gap: 'var(--space-2)' }}>
            {canExport ? (
              DOWNLOADS.map((d) => (
                <button
                  key={d.format}
                  type="button"
                  className="button"
                  disabled={pending !== null}
                  onClick={() => download(d.format)}
                  style={{ justifyContent: 'space-between' }}
                >
                  <span>{pending === d.format ? `Preparing ${d.label}…` : d.label}</span>
                  <span className="muted small">{d.hint}</span>
                </button>
              ))
            ) : (
              <p className="muted small" style={{ margin: 0 }}>
                Leads download and publish the report. You can read it here.
              </p>
            )}
            {exportFile.error && (
              <div className="alert" role="alert" style={{ color: 'var(--danger)' }}>
                {describeError(exportFile.error)}
              </div>
            )}
            {pdfError && (
              <div className="alert" role="alert" style={{ color: 'var(--danger)' }}>
                {pdfError}
              </div>
            )}
          </div>
        </section>
      </aside>
      <section className="panel" aria-label="Report preview" style={{ overflow: 'hidden' }}>
        {preview.error ? (
          <div className="alert" role="alert" style={{ margin: 'var(--space-4)', color: 'var(--danger)' }}>
            {describeError(preview.error)}
          </div>
        ) : srcDoc === undefined ? (
          <p className="empty">Building the report…</p>
        ) : (
          <iframe
            title="Report preview"
            sandbox="allow-popups allow-popups-to-escape-sandbox"
            srcDoc={srcDoc}
            className="report-frame"
            style={{ opacity: preview.isPlaceholderData ? 0.6 : 1 }}
          />
        )}
      </section>
    </div>
  );
}
