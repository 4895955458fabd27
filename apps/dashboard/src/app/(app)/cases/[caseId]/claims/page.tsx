import type { Metadata } from 'next';
import { isLead } from '@claimdesk/claim-model';
import { ClaimTriage } from '~/components/claims/claim-triage';
import { requireSessionUser } from '~/server/auth';
import { requireIds } from '~/server/load';

export const metadata: Metadata = { title: 'Claims' };

export default async function ClaimsPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  requireIds(caseId);
  const user = await requireSessionUser(`/cases/${caseId}/claims`);
  return (
    <>
      <div className="page-header">
        <h1>Claims to triage</h1>
      </div>
      <ClaimTriage caseId={caseId} isLead={isLead(user.role)} />
    </>
  );
}
