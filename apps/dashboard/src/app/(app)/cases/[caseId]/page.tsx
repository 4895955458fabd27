import type { Metadata } from 'next';
import Link from 'next/link';
import { requireSessionUser } from '~/server/auth';
import { serverCaller } from '~/server/caller';
import { orNotFound, requireIds } from '~/server/load';

export const metadata: Metadata = { title: 'Case' };

export default async function CasePage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  requireIds(caseId);
  const user = await requireSessionUser(`/cases/${caseId}`);
  const api = serverCaller(user);
  const theCase = await orNotFound(api.case.byId({ caseId }));
  const docs = await api.document.list({ caseId });
  return (
    <>
      <div className="breadcrumbs">
        <Link href="/cases">Cases</Link> / {theCase.name}
      </div>
      <div className="page-header">
        <h1>{theCase.name}</h1>
      </div>
      <section className="panel" aria-labelledby="documents-heading">
        <div className="panel-header">
          <h2 id="documents-heading">Documents</h2>
          <span className="muted small">{docs.length} articles</span>
        </div>
        {docs.length === 0 ? (
          <p className="empty">No documents yet. A lead can import articles.</p>
        ) : (
          <table className="data">
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
    </>
  );
}
