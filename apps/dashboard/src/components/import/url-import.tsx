'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { describeError } from '~/lib/errors';
import { useTRPC } from '~/trpc/react';
import type { RouterOutputs } from '~/trpc/types';

type UrlResult = RouterOutputs['source']['importUrls']['results'][number];

const LABEL: Record<UrlResult['status'], [string, string]> = {
  imported: ['Imported', 'consistent'],
  revision: ['New revision', 'revision'],
  duplicate: ['Already in the case', 'single_source'],
  skipped: ['Skipped', 'single_source'],
  rejected: ['Refused', 'conflict'],
};

/** Addresses one per line (or separated by spaces): each page is fetched on the server and imported with its own metadata. */
export function UrlImport({ caseId }: { caseId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [results, setResults] = useState<UrlResult[]>([]);
  const [error, setError] = useState<string | null>(null);
  const importUrls = useMutation(trpc.source.importUrls.mutationOptions());
  const urls = text.split(/\s+/).filter((u) => u.length > 0);

  async function run() {
    setError(null);
    setResults([]);
    try {
      const report = await importUrls.mutateAsync({ caseId, urls });
      setResults(report.results);
      setText(report.results.filter((r) => r.status === 'rejected').map((r) => r.url).join('\n'));
      await queryClient.invalidateQueries({ queryKey: trpc.document.list.pathKey() });
      await queryClient.invalidateQueries({ queryKey: trpc.dispute.list.pathKey() });
    } catch (e) {
      setError(describeError(e));
    }
  }

  return (
    <section className="panel panel-body stack" aria-labelledby="urls-heading">
      <h2 id="urls-heading">Import by address</h2>
      <div className="field">
        <label htmlFor="urls">Article addresses, one per line</label>
        <textarea id="urls" rows={4} value={text} placeholder="https://news.example/2022/01/06/almaty-toll" onChange={(e) => setText(e.target.value)} />
        <span className="muted small">Each page is fetched by the server; its title, outlet, date and author come from the page. Up to 50 at once.</span>
      </div>
      <div>
        <button type="button" className="button primary" disabled={urls.length === 0 || importUrls.isPending} onClick={() => void run()}>
          {importUrls.isPending ? `Fetching ${urls.length} ${urls.length === 1 ? 'page' : 'pages'}…` : urls.length === 0 ? 'Import addresses' : `Import ${urls.length} ${urls.length === 1 ? 'address' : 'addresses'}`}
        </button>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {results.length > 0 ? (
        <div className="table-scroll">
          <table className="data" data-testid="url-results">
            <thead>
              <tr>
                <th scope="col">Address</th>
                <th scope="col">Result</th>
                <th scope="col">Article</th>
              </tr>
            </thead>
            <tbody>
              {results.map((r, i) => {
                const [label, tone] = LABEL[r.status];
                return (
                  <tr key={`${r.url}-${i}`}>
                    <td className="url-cell">{r.url}</td>
                    <td>
                      <span className={`badge ${tone}`}>{label}</span>
                    </td>
                    <td>
                      {r.status === 'rejected' || r.status === 'skipped' ? (
                        r.reason
                      ) : r.status === 'duplicate' ? (
                        <>
                          <Link href={`/cases/${caseId}/documents/${r.documentId}`}>{r.title}</Link>
                          <span className="muted"> — the same article is already in this case; nothing changed</span>
                        </>
                      ) : (
                        <>
                          <Link href={`/cases/${caseId}/documents/${r.documentId}`}>{r.title}</Link>
                          <span className="muted">
                            {' '}
                            — {r.outlet}
                            {r.publishedDate ? `, ${r.publishedDate}` : ''}
                            {r.status === 'revision' ? ` (revision ${r.revision})` : ''} · {r.claimCount} claims, {r.disputeCount} disputes touched
                          </span>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
