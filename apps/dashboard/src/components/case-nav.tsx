'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';

interface CaseNavProps {
  caseId: string;
  cases: { id: string; name: string }[];
  isLead: boolean;
}

interface Tab {
  href: string;
  label: string;
  /** Also current for deeper paths (a dispute page belongs to All disputes). */
  prefix?: string;
}

/** The case's sections, by role, and a switcher to jump to the same section of another case. */
export function CaseNav({ caseId, cases, isLead }: CaseNavProps) {
  const pathname = usePathname();
  const router = useRouter();
  const base = `/cases/${caseId}`;
  const tabs: Tab[] = [
    { href: `${base}/queue`, label: 'My queue' },
    { href: `${base}/disputes`, label: 'All disputes', prefix: `${base}/disputes/` },
    { href: `${base}/claims`, label: 'Claims' },
    { href: base, label: 'Documents', prefix: `${base}/documents/` },
    ...(isLead ? [{ href: `${base}/import`, label: 'Import' }, { href: `${base}/feeds`, label: 'Feeds' }, { href: `${base}/lead`, label: 'Lead dashboard' }] : []),
    { href: `${base}/report`, label: 'Report', prefix: `${base}/report/` },
  ];
  const section = pathname.startsWith(base) ? pathname.slice(base.length).split('/').slice(0, 2).join('/') : '';

  return (
    <div className="casenav">
      <label className="visually-hidden" htmlFor="case-switcher">
        Case
      </label>
      <select
        id="case-switcher"
        className="case-switcher"
        value={caseId}
        onChange={(e) => {
          // Item pages belong to one case: switching keeps only the section (queue, disputes, import…).
          const keep = ['/queue', '/disputes', '/claims', '/import', '/feeds', '/lead', '/report'].includes(section) ? section : '';
          router.push(`/cases/${e.target.value}${keep}`);
        }}
      >
        {cases.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <nav aria-label="Case sections" className="casenav-tabs">
        {tabs.map((tab) => {
          const current = pathname === tab.href || (tab.prefix !== undefined && pathname.startsWith(tab.prefix));
          return (
            <Link key={tab.href} href={tab.href} aria-current={current ? 'page' : undefined}>
              {tab.label}
            </Link>
          );
        })}
      </nav>
    </div>
  );
}
