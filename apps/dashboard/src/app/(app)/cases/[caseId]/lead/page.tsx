import type { Metadata } from 'next';
import { isLead } from '@claimdesk/claim-model';
import { LeadDashboard } from '~/components/lead/lead-dashboard';
import { requireSessionUser } from '~/server/auth';
import { requireIds } from '~/server/load';

export const metadata: Metadata = { title: 'Lead dashboard' };

export default async function LeadDashboardPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  requireIds(caseId);
  const user = await requireSessionUser(`/cases/${caseId}/lead`);
  return (
    <>
      <div className="page-header">
        <h1>Lead dashboard</h1>
      </div>
      {isLead(user.role) ? <LeadDashboard caseId={caseId} /> : <p className="alert info">The lead dashboard is for leads. Your work is in My queue.</p>}
    </>
  );
}
