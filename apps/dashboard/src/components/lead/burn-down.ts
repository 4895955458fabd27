export interface DailyCount {
  day: string;
  itemType: string;
  status: string;
  n: number;
}

const CLOSING = new Set(['resolved', 'dismissed']);

/** ISO days from `from` to `to` inclusive. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/**
 * Open disputes at the end of each day, worked backwards from today's open count: a day's closures (resolved or
 * dismissed) were still open the day before.
 */
export function burnDown(daily: DailyCount[], openNow: number, days: string[]): { day: string; open: number }[] {
  const closedOn = new Map<string, number>();
  for (const d of daily) if (d.itemType === 'dispute' && CLOSING.has(d.status)) closedOn.set(d.day, (closedOn.get(d.day) ?? 0) + d.n);
  const out: { day: string; open: number }[] = [];
  let open = openNow;
  for (let i = days.length - 1; i >= 0; i--) {
    const day = days[i] ?? '';
    out.push({ day, open });
    open += closedOn.get(day) ?? 0;
  }
  return out.reverse();
}

/** Resolved, proposed and dismissed disputes per day, one row per day for a stacked bar chart. */
export function throughputByDay(daily: DailyCount[], days: string[]): { day: string; resolved: number; verdict_proposed: number; dismissed: number }[] {
  const rows = new Map(days.map((day) => [day, { day, resolved: 0, verdict_proposed: 0, dismissed: 0 }]));
  for (const d of daily) {
    const row = rows.get(d.day);
    if (!row || d.itemType !== 'dispute') continue;
    if (d.status === 'resolved' || d.status === 'verdict_proposed' || d.status === 'dismissed') row[d.status] += d.n;
  }
  return [...rows.values()];
}
