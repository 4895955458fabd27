import type { Interval, RelationKind, WorkflowStatus } from '@claimdesk/claim-model';

export const STATUS_LABEL: Record<WorkflowStatus, string> = {
  new: 'New',
  triaged: 'Triaged',
  assigned: 'Assigned',
  in_review: 'In review',
  verdict_proposed: 'Verdict proposed',
  resolved: 'Resolved',
  dismissed: 'Dismissed',
  reopened: 'Reopened',
};

export const RELATION_LABEL: Record<RelationKind, string> = {
  conflict: 'Conflict',
  revision: 'Revision',
  scope: 'Scope difference',
  consistent: 'Consistent',
  single_source: 'Single source',
};

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** "1 dispute", "12 disputes", "50+ disputes" (`more`: the list goes on beyond what is loaded). */
export function countLabel(count: number, noun: string, more = false): string {
  return `${count.toLocaleString('en')}${more ? '+' : ''} ${noun}${count === 1 && !more ? '' : 's'}`;
}

export function formatNumber(value: number): string {
  return number.format(value);
}

/** An interval as a reader says it: "18", "13–20", "≥ 13", "≤ 100". */
export function formatInterval({ low, high }: Interval): string {
  if (low === null && high === null) return 'unknown';
  if (low === null && high !== null) return `≤ ${formatNumber(high)}`;
  if (high === null && low !== null) return `≥ ${formatNumber(low)}`;
  if (low === high && low !== null) return formatNumber(low);
  return `${formatNumber(low ?? 0)}–${formatNumber(high ?? 0)}`;
}

/** A taxonomy id as words: `law_enforcement` → "law enforcement". */
export function humanise(id: string | null | undefined): string {
  return id ? id.replace(/_/g, ' ') : '—';
}

/** Milliseconds since the epoch as "27 Nov 14:05" (UTC, so every reviewer reads the same time). */
export function formatTimestamp(ms: number): string {
  const d = new Date(ms);
  const month = d.toLocaleString('en', { month: 'short', timeZone: 'UTC' });
  return `${d.getUTCDate()} ${month} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

/** "3 min ago", "2 h ago", "4 d ago" — relative to `now`. */
export function formatAgo(ms: number, now = Date.now()): string {
  const minutes = Math.max(0, Math.round((now - ms) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.round(hours / 24)} d ago`;
}

export function formatDateRange(from: string | null | undefined, to: string | null | undefined): string {
  if (!from && !to) return '—';
  if (!to || from === to) return from ?? '—';
  return `${from ?? '?'} → ${to}`;
}
