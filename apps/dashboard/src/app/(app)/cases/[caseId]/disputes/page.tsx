import type { Metadata } from 'next';
import { Suspense } from 'react';
import { isLead } from '@claimdesk/claim-model';
import { DisputeQueue } from '~/components/queue/dispute-queue';
import { requireSessionUser } from '~/server/auth';
import { requireIds } from '~/server/load';

export const metadata: Metadata = { title: 'All disputes' };

export default async function AllDisputesPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  requireIds(caseId);
  const user = await requireSessionUser(`/cases/${caseId}/disputes`);
  return (
    <>
      <div className="page-header">
        <h1>All disputes</h1>
      </div>
      <Suspense>
        <DisputeQueue caseId={caseId} mode="all" user={{ id: user.id, name: user.name, isLead: isLead(user.role) }} />
      </Suspense>
    </>
  );
}
