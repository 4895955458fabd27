import type { Metadata } from 'next';
import { isLead } from '@claimdesk/claim-model';
import { defaultLexicon } from '@claimdesk/claim-model/lexicon';
import { requireSessionUser } from '~/server/auth';
import { ReportWorkbench } from './report-workbench';
import { requireIds } from '~/server/load';

export const metadata: Metadata = { title: 'Report' };

/** The verified summary report: a live preview with its options; leads download it in every format. */
export default async function ReportPage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  requireIds(caseId);
  const user = await requireSessionUser(`/cases/${caseId}/report`);
  const metrics = defaultLexicon.metrics.map((m) => ({ id: m.id, label: m.label }));
  return (
    <>
      <div className="page-header">
        <h1>Verified summary report</h1>
      </div>
      <ReportWorkbench caseId={caseId} canExport={isLead(user.role)} metrics={metrics} />
    </>
  );
}
