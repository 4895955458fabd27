import type { Metadata } from 'next';
import { isLead } from '@claimdesk/claim-model';
import { ImportForm } from '~/components/import/import-form';
import { requireSessionUser } from '~/server/auth';
import { requireIds } from '~/server/load';

export const metadata: Metadata = { title: 'Import' };

export default async function ImportPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  requireIds(caseId);
  const user = await requireSessionUser(`/cases/${caseId}/import`);
  return (
    <>
      <div className="page-header">
        <h1>Import articles</h1>
      </div>
      {isLead(user.role) ? (
        <ImportForm caseId={caseId} />
      ) : (
        <p className="alert info">Only leads import articles. Ask a lead to add the sources you found.</p>
      )}
    </>
  );
}
