import type { Metadata } from 'next';
import { isLead } from '@claimdesk/claim-model';
import { FeedsPanel } from '~/components/feeds/feeds-panel';
import { requireSessionUser } from '~/server/auth';

export const metadata: Metadata = { title: 'Feeds' };

export default async function FeedsPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const user = await requireSessionUser(`/cases/${caseId}/feeds`);
  return (
    <>
      <div className="page-header">
        <h1>Feeds</h1>
      </div>
      {isLead(user.role) ? <FeedsPanel caseId={caseId} /> : <p className="alert info">Leads choose the feeds a case follows. New articles from them appear in Documents.</p>}
    </>
  );
}
