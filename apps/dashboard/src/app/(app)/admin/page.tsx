import type { Metadata } from 'next';
import { AccountsPanel } from '~/components/admin/accounts-panel';
import { CaseSettingsPanel } from '~/components/admin/case-settings-panel';
import { requireSessionUser } from '~/server/auth';
import { serverCaller } from '~/server/caller';

export const metadata: Metadata = { title: 'Admin' };

export default async function AdminPage() {
  const user = await requireSessionUser('/admin');
  if (user.role !== 'admin') {
    return <p className="alert info">Only admins manage accounts. Ask an admin for changes to accounts or case membership.</p>;
  }
  const cases = await serverCaller(user).case.list();
  return (
    <>
      <div className="page-header">
        <h1>Admin</h1>
      </div>
      <div className="stack">
        <AccountsPanel myId={user.id} />
        <CaseSettingsPanel cases={cases.map((c) => ({ id: c.id, name: c.name }))} />
      </div>
    </>
  );
}
