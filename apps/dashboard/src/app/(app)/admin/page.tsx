import type { Metadata } from 'next';
import { isLead } from '@claimdesk/claim-model';
import { AccountsPanel } from '~/components/admin/accounts-panel';
import { CaseSettingsPanel } from '~/components/admin/case-settings-panel';
import { requireSessionUser } from '~/server/auth';
import { serverCaller } from '~/server/caller';

export const metadata: Metadata = { title: 'Admin' };

export default async function AdminPage() {
  const user = await requireSessionUser('/admin');
  // Leads manage their cases' settings here; accounts and membership stay with admins.
  if (!isLead(user.role)) {
    return <p className="alert info">Only leads change case settings, and only admins manage accounts. Ask a lead or an admin.</p>;
  }
  const isAdmin = user.role === 'admin';
  const cases = await serverCaller(user).case.list();
  return (
    <>
      <div className="page-header">
        <h1>Admin</h1>
      </div>
      <div className="stack">
        {isAdmin ? <AccountsPanel myId={user.id} /> : null}
        <CaseSettingsPanel cases={cases.map((c) => ({ id: c.id, name: c.name }))} canAddMembers={isAdmin} />
      </div>
    </>
  );
}
