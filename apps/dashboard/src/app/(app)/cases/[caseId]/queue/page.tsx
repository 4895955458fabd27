import type { Metadata } from 'next';
import { Suspense } from 'react';
import { isLead } from '@claimdesk/claim-model';
import { DisputeQueue } from '~/components/queue/dispute-queue';
import { requireSessionUser } from '~/server/auth';
import { requireIds } from '~/server/load';

export const metadata: Metadata = { title: 'My queue' };

export default async function MyQueuePage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  requireIds(caseId);
  const user = await requireSessionUser(`/cases/${caseId}/queue`);
  return (
    <>
      <div className="page-header">
        <h1>My queue</h1>
      </div>
      <Suspense>
        <DisputeQueue caseId={caseId} mode="mine" user={{ id: user.id, name: user.name, isLead: isLead(user.role) }} />
      </Suspense>
    </>
  );
}
