import type { Metadata } from 'next';
import Link from 'next/link';
import { DocumentList } from '~/components/documents/document-list';
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
      <DocumentList caseId={caseId} initial={docs} />
    </>
  );
}
