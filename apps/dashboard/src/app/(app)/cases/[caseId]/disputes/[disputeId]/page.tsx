import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { isLead } from '@claimdesk/claim-model';
import { NewSinceLastLook } from '~/components/alerts/new-since-last-look';
import { DisputeView } from '~/components/dispute/dispute-view';
import { requireSessionUser } from '~/server/auth';
import { serverCaller } from '~/server/caller';
import { orNotFound, requireIds } from '~/server/load';

export const metadata: Metadata = { title: 'Dispute' };

export default async function DisputePage({ params }: { params: Promise<{ caseId: string; disputeId: string }> }) {
  const { caseId, disputeId } = await params;
  requireIds(caseId, disputeId);
  const user = await requireSessionUser(`/cases/${caseId}/disputes/${disputeId}`);
  const api = serverCaller(user);
  const dispute = await orNotFound(api.dispute.byId({ disputeId }));
  if (dispute.caseId !== caseId) notFound();
  const theCase = await api.case.byId({ caseId });
  return (
    <>
      <div className="breadcrumbs">
        <Link href={`/cases/${caseId}/disputes`}>All disputes</Link> / {dispute.metric?.replace(/_/g, ' ')}
      </div>
      <NewSinceLastLook caseId={caseId} disputeId={disputeId} />
      <DisputeView caseId={caseId} disputeId={disputeId} initial={dispute} viewer={{ id: user.id, name: user.name, isLead: isLead(user.role) }} fourEyes={theCase.fourEyes} />
    </>
  );
}
