import { humanise } from './format';
import type { ReportSnapshot } from './snapshot';

/** Turns lexicon ids into the labels a reader sees. */
export interface Labeller {
  metric(id: string): string;
  subject(id: string): string;
  place(id: string): string;
  /** "Deaths — Law enforcement — Almaty". */
  title(dispute: { metric: string; subject: string | null; place: string | null }): string;
}

export function labellerFor(snapshot: ReportSnapshot): Labeller {
  const l = snapshot.labels ?? {};
  const metric = (id: string) => l.metrics?.[id] ?? humanise(id);
  const subject = (id: string) => l.subjects?.[id] ?? humanise(id);
  const place = (id: string) => l.places?.[id] ?? humanise(id);
  return {
    metric,
    subject,
    place,
    title: (d) =>
      [
        metric(d.metric),
        d.subject === null ? null : subject(d.subject),
        d.place === null ? null : place(d.place),
      ]
        .filter((part): part is string => part !== null)
        .join(' — '),
  };
}
