'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTRPC } from '~/trpc/react';
import type { RouterOutputs } from '~/trpc/types';

type Doc = RouterOutputs['document']['list'][number];

/** The case's documents, kept live: an import or a feed's new items show up without a reload (LiveProvider refreshes the list). */
export function DocumentList({ caseId, initial }: { caseId: string; initial: Doc[] }) {
  const trpc = useTRPC();
  const docs = useQuery(trpc.document.list.queryOptions({ caseId }, { initialData: initial })).data;
  return (
    <section className="panel" aria-labelledby="documents-heading">
      <div className="panel-header">
        <h2 id="documents-heading">Documents</h2>
        <span className="muted small" data-testid="document-count">
          {docs.length} {docs.length === 1 ? 'article' : 'articles'}
        </span>
      </div>
      {docs.length === 0 ? (
        <p className="empty">No documents yet. A lead can import articles.</p>
      ) : (
        <table className="data" data-testid="documents">
          <thead>
            <tr>
              <th>Outlet</th>
              <th>Published</th>
              <th>Title</th>
            </tr>
          </thead>
          <tbody>
            {docs.map((d) => (
              <tr key={d.id}>
                <td>{d.outlet}</td>
                <td className="mono">
                  {d.publishedDate ?? 'unknown'}
                  {d.publishedApproximate ? ' (approx.)' : ''}
                </td>
                <td>
                  <Link href={`/cases/${caseId}/documents/${d.id}`}>{d.title}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
