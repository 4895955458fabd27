import type { ReactNode } from 'react';
import { isLead } from '@claimdesk/claim-model';
import { CaseNav } from '~/components/case-nav';
import { LiveProvider } from '~/components/live/live-provider';
import { requireSessionUser } from '~/server/auth';
import { serverCaller } from '~/server/caller';
import { orNotFound, requireIds } from '~/server/load';

/** Every page of a case shares its navigation; a case the person cannot see is a 404 here already. */
export default async function CaseLayout({ children, params }: { children: ReactNode; params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  requireIds(caseId);
  const user = await requireSessionUser(`/cases/${caseId}`);
  const api = serverCaller(user);
  await orNotFound(api.case.byId({ caseId }));
  const cases = await api.case.list();
  return (
    <>
      <CaseNav caseId={caseId} cases={cases.map((c) => ({ id: c.id, name: c.name }))} isLead={isLead(user.role)} />
      <LiveProvider caseId={caseId} myId={user.id}>
        {children}
      </LiveProvider>
    </>
  );
}
