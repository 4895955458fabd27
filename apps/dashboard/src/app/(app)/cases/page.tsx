import type { Metadata } from 'next';
import Link from 'next/link';
import { requireSessionUser } from '~/server/auth';
import { serverCaller } from '~/server/caller';

export const metadata: Metadata = { title: 'Cases' };

export default async function CasesPage() {
  const user = await requireSessionUser('/cases');
  const cases = await serverCaller(user).case.list();
  return (
    <>
      <div className="page-header">
        <h1>Cases</h1>
      </div>
      <section className="panel">
        {cases.length === 0 ? (
          <p className="empty">You are not a member of any case yet. Ask a lead to add you to one.</p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th>Case</th>
                <th className="num">Documents</th>
                <th className="hide-narrow">Created</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={`/cases/${c.id}`}>{c.name}</Link>
                    {c.description ? <div className="muted small">{c.description}</div> : null}
                  </td>
                  <td className="num">{c.documentCount}</td>
                  <td className="hide-narrow muted">{new Date(c.createdAt).toISOString().slice(0, 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
