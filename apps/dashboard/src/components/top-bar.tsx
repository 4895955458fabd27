import Link from 'next/link';
import type { SessionUser } from '@claimdesk/auth';
import { SignOutButton } from './sign-out-button';

// Roles nest (admin ⊃ lead ⊃ reviewer): an admin is shown as the lead they also are.
const ROLE_LABEL = { admin: 'lead · admin', lead: 'lead', reviewer: 'reviewer' } as const;

export function TopBar({ user }: { user: SessionUser }) {
  return (
    <header className="topbar">
      <Link href="/cases" className="brand">
        Claimdesk
      </Link>
      <nav className="topnav" aria-label="Main">
        <Link href="/cases">Cases</Link>
        {user.role === 'admin' || user.role === 'lead' ? <Link href="/admin">Admin</Link> : null}
      </nav>
      <div className="usermenu">
        <span className="user-name">
          {user.name} <span className="topbar-role">· {ROLE_LABEL[user.role]}</span>
        </span>
        <SignOutButton />
      </div>
    </header>
  );
}
